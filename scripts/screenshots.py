"""The app's windows in one language, at 1366 x 768: screenshots, and a check that no text is cut off.

    .venv/bin/python scripts/screenshots.py fr OUT_FOLDER       # French (a compiled desktop/i18n/pneumoscan_fr.qm)
    .venv/bin/python scripts/screenshots.py ar OUT_FOLDER       # Arabic: the layout mirrored
    .venv/bin/python scripts/screenshots.py pseudo OUT_FOLDER   # scripts/pseudo_locale.py: accented, 40 % longer

Run under Xvfb for real window decorations (``Xvfb :77 -screen 0 1366x768x24`` and ``DISPLAY=:77``) or offscreen.
It opens the bundled samples, analyses them, shows a PNEUMONIA result, then the dialogs a clinician meets (settings,
who is reading, the DICOM node, print scope, intended use, about), saves each as a PNG and prints every label or
button narrower than its text, and every window larger than the screen: a non-empty list exits 1.
tests/desktop/test_i18n.py runs the same check in the pseudo-locale.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCREEN = (1366, 768)


def cut_off(top: Any) -> list[str]:
    """Every visible label, button or check box of ``top`` narrower than its text, and ``top`` itself when it is
    larger than the screen."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractButton, QLabel

    out = []
    if top.width() > SCREEN[0] or top.height() > SCREEN[1]:
        out.append(f"{type(top).__name__} is {top.width()} x {top.height()}, larger than the screen")

    def scrolled_away(w: Any) -> bool:
        from PySide6.QtWidgets import QAbstractScrollArea

        parent = w.parentWidget()
        while parent is not None and parent is not top:
            if isinstance(parent, QAbstractScrollArea):
                return True
            parent = parent.parentWidget()
        return False

    def shown_width(w: Any) -> int:
        """The width of ``w`` left after every ancestor's clip (a scroll area's viewport, a dock, the window)."""
        r = QRect(w.mapTo(top, QPoint(0, 0)), w.size())
        parent = w.parentWidget()
        while parent is not None and parent is not top:
            r = r.intersected(QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget()
        return r.intersected(top.rect()).width()

    for w in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
        if not w.isVisibleTo(top) or w.width() <= 0:
            continue
        text = w.text() if hasattr(w, "text") else ""
        if not text or (isinstance(w, QLabel) and (w.wordWrap() or w.pixmap() is not None and not w.pixmap().isNull())):
            continue
        if isinstance(w, QLabel) and w.textFormat() != w.textFormat().PlainText and "<" in text:
            continue  # rich text lays itself out
        need, have = w.sizeHint().width(), shown_width(w)
        if have == 0 and w.width() > 0 and scrolled_away(w):
            continue  # below a scroll area's fold: scrolling shows it whole
        if have + 1 < need:
            out.append(f"{type(top).__name__} > {type(w).__name__} {text[:60]!r}: {have} px for {need} px")
    return out


def _wait(app: Any, done: Any, seconds: float = 180.0) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def run(lang: str, out: Path | None = None, qm_folder: Path | None = None) -> list[str]:
    """Show the app and its dialogs in ``lang``; returns what is cut off (and saves screenshots in ``out``)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(ROOT))
    from desktop import i18n
    from desktop.app import AppController
    from desktop.views import dialogs

    app = QApplication.instance() or QApplication([sys.argv[0]])
    tmp = Path(tempfile.mkdtemp(prefix="pneumoscan-shots-"))
    if lang == "pseudo":
        sys.path.insert(0, str(ROOT / "scripts"))
        from pseudo_locale import build

        qm_folder, lang = build(tmp / "qm").parent, "fr"
    i18n.install(app, lang, f"{lang}_{'EG' if lang == 'ar' else lang.upper()}", qm_folder)
    problems: list[str] = []
    c = AppController(settings=QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat),
                      cache_path=None, ask_intended_use=False)
    w = c.window
    try:
        w.resize(*SCREEN)
        if QGuiApplication.platformName() == "offscreen":
            w.show()  # a window as large as the 1366 x 768 screen (the offscreen screen has no such size)
        else:
            w.showMaximized()
        finished: list[int] = []
        c.analysis_finished.connect(finished.append)
        _wait(app, lambda: c.session.service is not None)
        c.open_samples()
        _wait(app, lambda: bool(finished))
        rows = c.table.rows
        target = next((i for i, r in enumerate(rows) if r.result_key == "pneumonia"), 0)
        w.study_list.select_offset(target)
        _wait(app, lambda: False, 1.5)

        def shot(widget: Any, name: str) -> None:
            app.processEvents()
            problems.extend(cut_off(widget))
            if out is not None:
                out.mkdir(parents=True, exist_ok=True)
                screen = QGuiApplication.primaryScreen()
                whole = screen.grabWindow(0) if QGuiApplication.platformName() == "xcb" else widget.grab()
                whole.save(str(out / f"{name}.png"))

        shot(w, "main_window")
        for name, make in (
                ("settings", lambda: dialogs.SettingsDialog.for_settings(c.settings, w, c.bundle)),
                ("reader", lambda: __import__("desktop.views.reader_dialog", fromlist=["x"]).ReaderDialog([], w)),
                ("dicom_node", lambda: dialogs.DicomNodeDialog(c.settings.node_values(), str(tmp / "store"), w)),
                ("print_scope", lambda: dialogs.ReportScopeDialog(
                    __import__("desktop.controllers.exports", fromlist=["x"]).scope_choices(w, c.table, image=True), w)),
                ("intended_use", lambda: dialogs.IntendedUseDialog(w)),
                ("about", lambda: dialogs.TextDialog(c.tr("About Pneumoscan"), dialogs.about_html(c.bundle, "cpu", tmp), w))):
            dlg = make()
            dlg.show()
            _wait(app, lambda: False, 0.4)
            shot(dlg, name)
            dlg.close()
    finally:
        c.shutdown()
        w.close()
        i18n.install(app, "en", "en_US")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    import os

    folder = os.environ.get("PNEUMOSCAN_QM")  # compiled translations elsewhere than desktop/i18n (optional)
    problems = run(argv[0], Path(argv[1]), Path(folder) if folder else None)
    print("\n".join(problems) or "nothing cut off")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
