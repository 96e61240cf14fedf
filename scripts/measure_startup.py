#!/usr/bin/env python3
"""Time from process start to: main window shown, model ready, first result on screen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/measure_startup.py [PATH...]
"""

import time

T0 = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from engine.files.resources import samples_dir

    app = QApplication(sys.argv[:1])
    from desktop.app import AppController

    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / "pneumoscan_startup.ini"
    tmp.unlink(missing_ok=True)
    c = AppController(settings=QSettings(str(tmp), QSettings.Format.IniFormat), cache_path=None, ask_intended_use=False)
    c.window.show()
    app.processEvents()
    t_window = time.perf_counter() - T0
    marks = {}
    c.model_ready.connect(lambda clf: marks.setdefault("model", time.perf_counter() - T0))

    def first(pred) -> None:
        marks.setdefault("first_result", time.perf_counter() - T0)
        QTimer.singleShot(0, app.quit)

    c.batch.items_arrived.connect(first)
    c.open_paths(sys.argv[1:] or [str(samples_dir())])
    QTimer.singleShot(120000, app.quit)
    app.exec()
    c.shutdown()
    print(f"window shown {t_window:.2f} s, model ready {marks.get('model', float('nan')):.2f} s, "
          f"first result {marks.get('first_result', float('nan')):.2f} s after process start "
          f"({c.classifier.description if c.classifier else 'no model'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
