"""The reading loop under a real X server, driven by real key events (xdotool), at 1366x768 (issue 26).

* With the study list focused, typing an ordinary sentence records no reading, moves no selection and changes
  no view (heatmap, invert, zoom, filters, presets).
* A scripted session reads ten images by the documented actions only -- Ctrl+Shift+P / Ctrl+Shift+N, the reader's
  PIN once, Down -- and the database then holds exactly those ten readings, by the named reader, each on the
  image that was on screen when it was recorded.

Runs scripts/reading_session.py in Xvfb; skipped where Xvfb or xdotool is missing (.ci/run installs both).
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, write_raster

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "Normal lungs, heart size fine. Await culture; discuss at audit."

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
                                reason="needs Xvfb and xdotool (apt-get install xvfb xdotool); .ci/run installs them")


class Session:
    def __init__(self, proc: subprocess.Popen, env: dict) -> None:
        self.proc, self.env = proc, env
        self.lines: queue.Queue = queue.Queue()
        self.events: list[dict] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            line = line.strip()
            if line.startswith("{"):
                self.lines.put(json.loads(line))

    def wait(self, pred, timeout: float = 60.0) -> dict:
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                ev = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.proc.poll() is not None:
                    raise AssertionError(f"the app exited: {self.proc.stderr.read()[-3000:]}") from None
                continue
            self.events.append(ev)
            if pred(ev):
                return ev
        raise AssertionError(f"timed out; events so far: {self.events[-10:]}")

    def send(self, text: str) -> None:
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def state(self) -> dict:
        self.send("state")
        return self.wait(lambda e: e["event"] == "state")

    def xdo(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=60)


@pytest.fixture()
def session(tmp_path, tiny_bundle, xserver):
    display = xserver(1366, 768)
    folder = tmp_path / "study"
    folder.mkdir()
    for i in range(12):
        write_raster(folder / f"child{i:02d}.png", np.roll(gradient(96, 96, maxval=255, seed=i).astype(np.uint8), i, 0))
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PNEUMOSCAN_HOME=str(tmp_path / "home"))
    proc = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "reading_session.py"), str(folder),
                             "--model", str(tiny_bundle), "--trust", "--reader", "Dr Test", "--pin", "2468"],
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    s = Session(proc, env)
    try:
        yield s
    finally:
        if proc.poll() is None:
            try:
                s.send("quit")
                proc.wait(30)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()


@pytest.mark.hazard("H-001", "H-002")
def test_typing_moves_nothing_and_ten_readings_land_on_the_images_shown(session, tmp_path) -> None:
    try:
        ready = session.wait(lambda e: e["event"] == "ready", timeout=120)
    except AssertionError as exc:
        if "could not connect to display" in str(exc) or "xcb" in str(exc):
            pytest.skip(f"Qt's xcb platform is unavailable here: {str(exc)[-300:]}")
        raise
    assert ready["screen"] == [1366, 768] and ready["focus"] == "WorklistTableView"
    rows = ready["rows"]
    before = {k: ready[k] for k in ("current", "selected", "heatmap", "invert", "zoom", "text_filter", "result_filter",
                                    "preset", "readings")}
    assert before["current"] == rows[0] and before["readings"] == 0

    session.xdo("type", "--delay", "25", SENTENCE)
    time.sleep(1.0)
    after = session.state()
    assert {k: after[k] for k in before} == before, "typing changed something"

    # ten readings by the documented actions: Ctrl+Shift+P / Ctrl+Shift+N on the image on screen, then Down
    wanted = []
    for i in range(10):
        st = session.state()
        assert st["current"] == st["on_screen"] == rows[i], st
        reading = "PNEUMONIA" if i % 2 == 0 else "NORMAL"
        wanted.append((rows[i], reading))
        session.xdo("key", "ctrl+shift+p" if reading == "PNEUMONIA" else "ctrl+shift+n")
        if i == 0:  # who is reading: asked once, the listed reader preselected; the PIN, then Enter
            time.sleep(1.0)
            session.xdo("type", "--delay", "40", "2468")
            session.xdo("key", "Return")
        saved = session.wait(lambda e: e["event"] == "saved", timeout=30)
        assert (saved["path"], saved["reading"], saved["reader"]) == (rows[i], reading, "Dr Test")
        assert saved["on_screen"] == rows[i]
        session.xdo("key", "Down")
        if i < 9:
            session.wait(lambda e, p=rows[i + 1]: e["event"] == "shown" and e["path"] == p, timeout=30)
    session.send(f"shot {tmp_path / 'session.png'}")
    session.wait(lambda e: e["event"] == "shot")
    session.send("quit")
    final = session.wait(lambda e: e["event"] == "final", timeout=60)
    got = sorted((r["path"], r["reading"], r["reader"]) for r in final["readings"])
    assert got == sorted((p, r, "Dr Test") for p, r in wanted)
    shots = ROOT / "build" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    if (tmp_path / "session.png").is_file():
        shutil.copy(tmp_path / "session.png", shots / "reading_session_1366x768.png")
