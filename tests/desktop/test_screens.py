"""The window fits the screens clinics have: 1366x768 at 100 % and 1920x1080 at 150 % scaling.

Each case starts a real X server (Xvfb), runs the app on the bundled model and
samples (scripts/screenshot_window.py), and asserts from the app's own report
that the window lies inside the screen, the result headline and score bar are
not clipped and the Result column is visible without horizontal scrolling.
The screenshots are kept in build/screenshots/ for a person to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots"

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None,
                                reason="Xvfb is not installed (apt-get install xvfb); .ci/run installs it")


@pytest.mark.parametrize("width,height,scale", [(1366, 768, "1"), (1920, 1080, "1.5")])
@pytest.mark.hazard("H-035")
def test_window_fits_screen(xserver, tmp_path, width, height, scale) -> None:
    display = xserver(width, height)
    SHOTS.mkdir(parents=True, exist_ok=True)
    out = SHOTS / f"pneumoscan_{width}x{height}_scale{scale}.png"
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=scale,
               PNEUMOSCAN_HOME=str(tmp_path / "home"))
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshot_window.py"), "--out", str(out)],
                          env=env, capture_output=True, text=True, timeout=240)
    if "could not connect to display" in proc.stderr or "xcb" in proc.stderr and "plugin" in proc.stderr:
        pytest.skip(f"Qt's xcb platform is unavailable here: {proc.stderr.strip()[-300:]}")
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    logical = (round(width / float(scale)), round(height / float(scale)))
    assert tuple(report["screen"]) == logical
    x, y, w, h = report["window"]
    assert x >= 0 and y >= 0 and x + w <= logical[0] and y + h <= logical[1], report
    assert report["headline_fits"] and report["score_bar_fits"], report
    assert report["result_column_visible"] and not report["horizontal_scroll_needed_for_result"], report
    assert report["visible_columns"][:2] == ["Result", "Score"]
    assert report["headline"] in ("\u25b2 PNEUMONIA", "\u25c7 Indeterminate \u2014 read carefully")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert out.is_file() and out.stat().st_size > 10_000
