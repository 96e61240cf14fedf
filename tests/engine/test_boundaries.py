"""Dependency direction: engine never pulls in Qt or training."""

import subprocess
import sys


def test_importing_engine_loads_no_qt_no_training_no_opencv() -> None:
    """OpenCV stays out of the run-time engine (CPU installer size); training may use it."""
    code = (
        "import sys, pkgutil, importlib, engine\n"
        "for m in pkgutil.iter_modules(engine.__path__):\n"
        "    importlib.import_module('engine.' + m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'training', 'desktop', 'cv2'))\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
