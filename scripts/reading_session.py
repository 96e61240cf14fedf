#!/usr/bin/env python3
"""Run the app on a folder for a scripted reading session driven from outside (xdotool under Xvfb).

    DISPLAY=:99 python scripts/reading_session.py FOLDER [--model DIR] [--reader NAME --pin 1234]

The app opens FOLDER, analyses it, shows the first row with the study list focused, and reports on stdout,
one JSON object a line:

* ``{"event": "ready", ...}`` once every row is analysed and the first image is on screen;
* ``{"event": "shown", "path": ...}`` each time an image is put on screen;
* ``{"event": "saved", "path": ..., "reading": ..., "reader": ..., "on_screen": ...}`` for each reading recorded
  (``on_screen``: the path of the image displayed at that moment);
* ``{"event": "state", ...}`` (the current row, the selection, the view toggles, the filter and the number of
  readings in the database) after each ``state`` line read from stdin;
* ``{"event": "final", ...}`` after ``quit`` on stdin (or when the window closes).

With ``--reader``, that reader (and PIN) is on the workstation's list before the session starts, so the first
reading asks who is reading with that name already selected.  Screenshots: ``shot PATH`` on stdin.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("folder")
    p.add_argument("--model", default=None)
    p.add_argument("--reader", default="")
    p.add_argument("--pin", default="")
    p.add_argument("--trust", action="store_true", help="trust the --model bundle (a test bundle)")
    args = p.parse_args(argv)
    os.environ.setdefault("PNEUMOSCAN_HOME", tempfile.mkdtemp(prefix="pneumoscan-session-"))

    from PySide6.QtCore import QObject, QSettings, QTimer, Signal
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["pneumoscan"])
    from desktop.app import AppController
    from desktop.settings import AppSettings
    from engine.records.readers import Reader, hash_pin

    settings = QSettings(os.path.join(os.environ["PNEUMOSCAN_HOME"], "settings.ini"), QSettings.Format.IniFormat)
    s = AppSettings(settings)
    s.auto_analyse = True
    if args.reader:
        s.set_readers([Reader(args.reader, hash_pin(args.pin) if args.pin else "")])
    if args.model and args.trust:
        from engine.bundle.model_bundle import load_bundle

        s.trust_bundle(load_bundle(args.model, verify=False).digest)
    c = AppController(model_dir=args.model, settings=settings, cache_path=None, ask_intended_use=False)
    w = c.window
    w.show()
    state = {"ready": False}

    def say(**kw) -> None:
        print(json.dumps(kw), flush=True)

    def snapshot() -> dict:
        sl = w.study_list
        cur = sl.current_row()
        return {"current": cur.path if cur else None, "selected": [r.path for r in sl.selected_rows()],
                "on_screen": c.viewing.displayed_row().path if c.viewing.displayed_row() else None,
                "heatmap": w.viewer.heatmap_check.isChecked(), "invert": w.viewer.invert_check.isChecked(),
                "zoom": w.viewer.view.transform().m11(), "text_filter": sl.text_filter.text(),
                "result_filter": sl.result_filter.currentIndex(), "preset": w.viewer.preset.currentText(),
                "readings": len(c.reviews.all_current()), "note": w.details.note_edit.text(),
                "focus": type(app.focusWidget()).__name__ if app.focusWidget() else None,
                "screen": [w.screen().geometry().width(), w.screen().geometry().height()]}

    def shown(path: str) -> None:
        say(event="shown", path=path)
        if not state["ready"] and c.table.rows and all(r.status in ("ok", "out_of_scope", "error") for r in c.table.rows):
            state["ready"] = True
            w.activateWindow()
            w.study_list.table.setFocus()
            QTimer.singleShot(300, lambda: say(event="ready", rows=[r.path for r in c.table.rows], **snapshot()))

    def analysed(_n: int) -> None:
        if not state["ready"]:
            w.study_list.select_offset(0)
            if c.viewing.displayed_row() is not None:
                shown(c.viewing.displayed_row().path)

    def saved(review) -> None:
        if review is not None:
            shown_row = c.viewing.displayed_row()
            say(event="saved", path=review.path, reading=review.reading, reader=review.reader,
                on_screen=shown_row.path if shown_row else None)

    class Commands(QObject):
        line = Signal(str)

    commands = Commands()

    def command(text: str) -> None:
        text = text.strip()
        if text == "state":
            say(event="state", **snapshot())
        elif text.startswith("shot "):
            shot = (w.screen()).grabWindow(0)
            say(event="shot", saved=shot.save(text[5:]))
        elif text == "quit":
            w.close()

    commands.line.connect(command)

    def read_stdin() -> None:
        for line in sys.stdin:
            commands.line.emit(line)
        commands.line.emit("quit")

    threading.Thread(target=read_stdin, daemon=True).start()
    c.image_shown.connect(shown)
    c.analysis_finished.connect(analysed)
    c.clinician.review_saved.connect(saved)
    c.open_paths([args.folder])
    QTimer.singleShot(600000, w.close)
    w.closing.connect(lambda: QTimer.singleShot(0, app.quit))
    app.exec()
    c.shutdown()
    from engine.records.readings import ReviewStore

    store = ReviewStore(c.reviews.path)
    say(event="final", database=str(c.reviews.path),
        readings=[{"path": r.path, "reading": r.reading, "reader": r.reader, "os_user": r.os_user}
                  for r in store.all_current()])
    return 0


if __name__ == "__main__":
    sys.exit(main())
