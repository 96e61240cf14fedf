from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")


@pytest.fixture()
def qsettings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture()
def make_controller(qtbot, qsettings, tmp_path: Path):
    """Build AppControllers on temporary settings and cache; shut them down and check no thread is left."""
    made = []

    def make(model_dir=None, auto_analyse=False, ask_intended_use=False, settings=None, trust=True):
        from desktop.app import AppController
        from desktop.settings import AppSettings

        s = settings or qsettings
        AppSettings(s).auto_analyse = auto_analyse
        if model_dir is not None and trust:  # test bundles are not the shipped one: trusted as a user would
            from engine.bundle.model_bundle import load_bundle

            AppSettings(s).trust_bundle(load_bundle(model_dir, verify=False).digest)
        c = AppController(model_dir=model_dir or tmp_path / "no-model", settings=s,
                          cache_path=tmp_path / "cache.jsonl", ask_intended_use=ask_intended_use)
        qtbot.addWidget(c.window)
        made.append(c)
        if model_dir is not None and trust:
            qtbot.waitUntil(lambda: c.classifier is not None, timeout=60000)
        return c

    before = {t.ident for t in threading.enumerate()}
    yield make
    for c in made:
        c.window.close()
        c.shutdown()
        assert c.pool.pool.activeThreadCount() == 0, "a background task outlived its window"
    leftover = [t for t in threading.enumerate() if t.ident not in before and t.is_alive() and not t.daemon]
    assert not leftover, f"threads left running: {leftover}"


@pytest.fixture()
def xserver():
    """``start(width, height) -> DISPLAY``: a real X server (Xvfb) for the test, stopped afterwards; the test is
    skipped when one cannot start."""
    servers = []

    def start(width: int, height: int) -> str:
        display = f":{140 + len(servers) * 50 + os.getpid() % 50}"
        proc = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        servers.append(proc)
        sock = Path(f"/tmp/.X11-unix/X{display[1:]}")
        deadline = time.time() + 10
        while not sock.exists() and time.time() < deadline:
            time.sleep(0.05)
        if proc.poll() is not None or not sock.exists():
            pytest.skip(f"Xvfb could not start on {display}")
        return display

    yield start
    for proc in servers:
        proc.terminate()
        proc.wait(10)
