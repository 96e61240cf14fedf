"""``pneumoscan [PATH...]``: start the desktop application.

Options: ``--demo`` opens the bundled sample images, ``--model DIR`` uses
another model bundle, ``--self-test`` checks the installation and exits.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import threading
from pathlib import Path


def _guard_std_streams() -> None:
    """In a windowed (console-less) frozen build stdout/stderr are None."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log names files and may quote identifiers: each file it opens (the first and each one after a
    rollover) is this account's only (0600, engine.files.outputs), whatever the umask."""

    def _open(self):  # type: ignore[no-untyped-def]
        from engine.files.outputs import create_private

        create_private(self.baseFilename)
        return super()._open()


def setup_logging(verbose: bool = False) -> str:
    from engine.files.resources import user_log_dir

    folder = user_log_dir()
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    handlers[0].setLevel(logging.INFO if verbose else logging.WARNING)
    path = ""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = str(folder / "pneumoscan.log")
        fh = _PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        fh.setLevel(logging.DEBUG)
        handlers.append(fh)
    except OSError:
        pass
    logging.getLogger("PIL").setLevel(logging.INFO)  # Pillow's per-tag EXIF debug lines would fill the log
    logging.basicConfig(level=logging.DEBUG, handlers=handlers,
                        format="%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    return path


def install_excepthooks(notify) -> None:
    """Uncaught exceptions (main or worker threads) are logged and shown, never lost."""
    log = logging.getLogger("pneumoscan")

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        notify(f"{exc_type.__name__}: {exc}")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="pneumoscan", description="Pneumoscan: pediatric chest X-ray decision support")
    p.add_argument("paths", nargs="*", help="files or folders to open")
    p.add_argument("--demo", action="store_true", help="open the bundled sample images")
    p.add_argument("--model", help="model bundle folder (default: the bundled model)")
    p.add_argument("--self-test", action="store_true",
                   help="check the installation, print a report (also kept as self-test.txt in the log folder), "
                        "exit 0 if healthy")
    p.add_argument("--show-result", action="store_true",
                   help="with --self-test: also show the result in a window (Windows: the Start menu's 'Check this "
                        "installation', where the app has no console)")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def show_self_test_result(report: Path, passed: bool, message_box=None) -> str:  # type: ignore[no-untyped-def]
    """The self-test's result where there is no console: a Windows message box, from the report it wrote (no Qt
    here: the self-test ran Qt offscreen).  Elsewhere the printed report is the result.  Returns the text shown."""
    try:
        text = report.read_text(encoding="utf-8")
    except OSError as exc:
        text = f"The self-test {'passed' if passed else 'FAILED'}, but its report could not be read: {exc}"
    text = ("Pneumoscan works on this computer." if passed else
            "Pneumoscan's self-test FAILED: do not use it on this computer; give this text to whoever installed it."
            ) + f"\n\n{text}\n(kept in {report})"
    if message_box is None and sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        message_box = ctypes.windll.user32.MessageBoxW  # type: ignore[attr-defined]
    if message_box is not None:
        message_box(None, text, "Pneumoscan self-test", 0x40 if passed else 0x10)  # MB_ICONINFORMATION / ERROR
    return text


def install_language(app) -> str:  # type: ignore[no-untyped-def]
    """The interface language the user chose in Settings (default: the system's, if it ships; else English)."""
    from PySide6.QtCore import QLocale

    from desktop import i18n
    from desktop.settings import AppSettings

    language = i18n.resolve(AppSettings().language, QLocale.system().name(), i18n.shipped_languages())
    i18n.install(app, language)
    return language


def main(argv: list[str] | None = None) -> int:
    _guard_std_streams()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from desktop.selftest import run_self_test
        from engine.files.resources import user_log_dir

        report = user_log_dir() / "self-test.txt"
        code = run_self_test(args.model, report)
        if args.show_result:
            show_self_test_result(report, code == 0)
        return code
    setup_logging(args.verbose)

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Pneumoscan")
    app.setOrganizationName("Pneumoscan")
    install_language(app)

    from desktop.qt_guard import binding_problem

    problem = binding_problem()
    if problem:  # refuse to start a session the binding would crash mid-batch
        logging.getLogger(__name__).critical(problem)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QCoreApplication.translate("Main", "Pneumoscan cannot start safely"), problem)
        return 3

    from desktop.app import AppController

    controller = AppController(model_dir=args.model)

    def notify(text: str) -> None:
        # may be called from any thread: hop to the GUI thread
        QTimer.singleShot(0, controller.window, lambda: controller.window.show_message(
            QCoreApplication.translate("Main", "Unexpected error"), text,
            QCoreApplication.translate("Main", "The details are in the log folder (Help \u203a Open log folder).")))

    install_excepthooks(notify)
    controller.window.show()
    controller.start(list(args.paths), demo=args.demo)
    code = app.exec()
    controller.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
