"""Who is reading: a named reader is chosen once per session, before the first reading is recorded.

A clinic's workstation is often shared under one OS account; the reader's name
(not only the account) goes with every reading into the database, the CSV, the
report and the audit log.  The list of readers is kept in the settings; a
reader may have a PIN (engine.records.readers: salted PBKDF2, never stored in clear).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QWidget,
)

from desktop.settings import AppSettings
from desktop.views.reader_dialog import ReaderDialog
from engine.records.audit import AuditLog
from engine.records.readers import Reader


class ReaderSession(QObject):
    """The reader of this session: chosen once, before the first reading; changed from the status bar."""

    changed = Signal(str)

    def __init__(self, settings: AppSettings, audit: AuditLog, parent_widget: QWidget) -> None:
        super().__init__()
        self.settings, self.audit, self.parent_widget = settings, audit, parent_widget
        self.reader: Reader | None = None
        self.dialog: ReaderDialog | None = None

    @property
    def name(self) -> str:
        return self.reader.name if self.reader is not None else ""

    def set_reader(self, reader: Reader, how: str = "chosen") -> None:
        self.reader = reader
        self.audit.record_reader(reader.name, how)
        self.changed.emit(reader.name)

    def choose(self, then: Callable[[], None] | None = None) -> ReaderDialog:
        """Ask who is reading (window-modal, non-blocking); ``then`` runs once a reader is chosen."""
        from PySide6.QtWidgets import QApplication

        dlg = self.dialog = ReaderDialog(self.settings.readers(), self.parent_widget, self.name)
        before = QApplication.focusWidget()

        def give_focus_back() -> None:
            # the window that asked gets its keyboard back (without a window manager nothing else would give it)
            self.parent_widget.activateWindow()
            if before is not None and before.isVisible():
                before.setFocus(Qt.FocusReason.PopupFocusReason)

        dlg.finished.connect(lambda _r: give_focus_back())

        def accepted() -> None:
            r = dlg.chosen
            if r is None:
                return
            if dlg.added:
                self.settings.set_readers(self.settings.readers() + [r])
            self.set_reader(r, "added and chosen" if dlg.added else "chosen")
            if then is not None:
                then()

        dlg.accepted.connect(accepted)
        dlg.open()
        return dlg

    def ensure(self, then: Callable[[], None]) -> bool:
        """True when a reader is chosen; else ask, run ``then`` once one is, and return False."""
        if self.reader is not None:
            return True
        self.choose(then)
        return False
