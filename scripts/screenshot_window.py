#!/usr/bin/env python3
"""Open the app on images, analyse them, and save a screenshot of the whole screen.

Run under a real X server (Xvfb) to see what a clinic's monitor shows:

    Xvfb :99 -screen 0 1366x768x24 &  DISPLAY=:99 python scripts/screenshot_window.py --out shot.png
    QT_SCALE_FACTOR=1.5 (1920x1080 screen) checks a laptop at 150 % scaling.

Prints one JSON line: the screen, the window's geometry, and whether what must
be readable is (the window inside the screen, the result headline and the
threshold label unclipped, the Result column inside the study list).  Exit 0
when everything fits.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("paths", nargs="*")
    p.add_argument("--out", required=True)
    p.add_argument("--model", default=None)
    p.add_argument("--select", default="pneumonia", help="select the first row whose file name contains this")
    args = p.parse_args(argv)
    os.environ.setdefault("PNEUMOSCAN_HOME", tempfile.mkdtemp(prefix="pneumoscan-shot-"))

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from engine.files.resources import samples_dir

    app = QApplication.instance() or QApplication(["pneumoscan"])
    from desktop.app import AppController

    settings = QSettings(os.path.join(os.environ["PNEUMOSCAN_HOME"], "settings.ini"), QSettings.Format.IniFormat)
    c = AppController(model_dir=args.model, settings=settings, cache_path=None, ask_intended_use=False)
    c.window.show()
    state: dict = {}

    def shown(path: str) -> None:
        if args.select.lower() in Path(path).name.lower():
            QTimer.singleShot(600, grab)

    def analysed(_n: int) -> None:
        row = next((r for r in c.table.rows if args.select.lower() in Path(r.path).name.lower()), None)
        if row is None:
            QTimer.singleShot(300, grab)
        else:
            c.window.study_list.select_path(row.path)

    def grab() -> None:
        screen = c.window.screen() or QGuiApplication.primaryScreen()
        shot = screen.grabWindow(0)  # the whole screen: shows anything that falls off it
        state["saved"] = shot.save(args.out)
        w = c.window
        sg, ag, fg = screen.geometry(), screen.availableGeometry(), w.frameGeometry()
        d = w.details
        head = d.label
        headline_fits = head.width() >= min(head.fontMetrics().horizontalAdvance(head.text().split("\n")[0]),
                                            head.fontMetrics().horizontalAdvance("\u25b2 PNEUMONIA"))
        sl = w.study_list.table
        hdr = sl.horizontalHeader()
        result_col = hdr.sectionViewportPosition(0) + hdr.sectionSize(0) <= sl.viewport().width()
        bar_ok = d.bar.width() >= d.bar.minimumWidth()
        state["report"] = {
            "screen": [sg.width(), sg.height()], "available": [ag.x(), ag.y(), ag.width(), ag.height()],
            "device_pixel_ratio": screen.devicePixelRatio(),
            "window": [fg.x(), fg.y(), fg.width(), fg.height()],
            "window_inside_screen": ag.contains(fg) or sg.contains(fg),
            "headline": head.text(), "headline_fits": headline_fits,
            "score_bar_width": d.bar.width(), "score_bar_fits": bar_ok,
            "result_column_visible": result_col,
            "horizontal_scroll_needed_for_result": not result_col,
            "visible_columns": w.study_list.visible_columns(),
            "details_width": d.width(), "study_list_width": w.study_list.width(),
            "rows": len(c.table.rows),
        }
        app.quit()

    c.image_shown.connect(shown)
    c.analysis_finished.connect(analysed)
    c.open_paths(args.paths or [str(samples_dir())])
    QTimer.singleShot(120000, app.quit)
    app.exec()
    c.shutdown()
    rep = state.get("report", {"error": "timed out before the screenshot"})
    print(json.dumps(rep), flush=True)
    ok = bool(state.get("saved")) and all(rep.get(k) for k in ("window_inside_screen", "headline_fits", "score_bar_fits",
                                                               "result_column_visible"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
