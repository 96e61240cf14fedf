"""The dialog that asks who is reading: choose a named reader (with their PIN, if they have one) or add one.

Shown by :mod:`desktop.controllers.readers` before the first reading of a session is recorded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.records.readers import Reader, ReaderError, check_pin, clean_name, hash_pin


def _pin_edit(placeholder: str) -> QLineEdit:
    e = QLineEdit()
    e.setEchoMode(QLineEdit.EchoMode.Password)
    e.setPlaceholderText(placeholder)
    e.setMaxLength(12)
    return e


class ReaderDialog(QDialog):
    """Choose who you are (with your PIN if you set one), or add yourself to the list."""

    def __init__(self, readers: list[Reader], parent: QWidget | None = None, current: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is reading?"))
        self.readers = list(readers)
        self.chosen: Reader | None = None
        self.added = False
        intro = QLabel(self.tr("Your name goes with every reading you record: in the reading database, the CSV, the "
                               "report and the audit log. Choose it once per session."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        for r in self.readers:
            item = QListWidgetItem(r.name + (self.tr("  (PIN)") if r.has_pin else ""))
            item.setData(Qt.ItemDataRole.UserRole, r.name)
            self.list.addItem(item)
            if r.name == current or (not current and len(self.readers) == 1):
                self.list.setCurrentItem(item)
        self.pin = _pin_edit(self.tr("PIN"))
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        choose = QGroupBox(self.tr("I am"))
        cl = QFormLayout(choose)
        cl.addRow(self.list)
        cl.addRow(self.tr("PIN"), self.pin)
        add = QGroupBox(self.tr("Or add a reader"))
        al = QFormLayout(add)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("e.g. Dr A. Mensah"))
        self.new_name.setMaxLength(80)
        self.new_pin = _pin_edit(self.tr("optional, 4-12 digits"))
        self.new_pin2 = _pin_edit(self.tr("the PIN again"))
        for edit in (self.new_name, self.new_pin, self.new_pin2, self.pin):  # the hint whole, in any language
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
        al.addRow(self.tr("Name"), self.new_name)
        al.addRow(self.tr("PIN"), self.new_pin)
        al.addRow(self.tr("Repeat PIN"), self.new_pin2)
        self.new_name.textEdited.connect(lambda _t: self.list.setCurrentItem(None))
        self.message = QLabel("")
        self.message.setStyleSheet("color: #a05000;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Read as this reader"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(choose)
        choose.setVisible(bool(self.readers))  # kept in the layout (and alive) even when empty
        lay.addWidget(add)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self._selected(self.list.currentItem(), None)
        chosen = self._reader(self.list.currentItem())
        (self.pin if chosen is not None and chosen.has_pin else self.list if self.readers else self.new_name).setFocus()

    def _selected(self, item, _previous) -> None:
        r = self._reader(item)
        self.pin.setEnabled(r is not None and r.has_pin)
        self.pin.clear()
        if r is not None:
            self.new_name.clear()

    def _reader(self, item) -> Reader | None:
        if item is None:
            return None
        name = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.readers if r.name == name), None)

    def accept(self) -> None:  # noqa: D102 - validates before closing
        if self.new_name.text().strip():
            try:
                name = clean_name(self.new_name.text())
                if any(r.name.casefold() == name.casefold() for r in self.readers):
                    raise ReaderError(self.tr("%1 is already on the list: choose it above.").replace("%1", name))
                if self.new_pin.text() != self.new_pin2.text():
                    raise ReaderError(self.tr("The two PINs differ."))
                pin = hash_pin(self.new_pin.text()) if self.new_pin.text() else ""
            except ReaderError as exc:
                self.message.setText(str(exc))
                return
            self.chosen, self.added = Reader(name, pin), True
            super().accept()
            return
        r = self._reader(self.list.currentItem())
        if r is None:
            self.message.setText(self.tr("Choose your name, or add it."))
            return
        if not check_pin(r, self.pin.text()):
            self.message.setText(self.tr("That PIN is not this reader's."))
            self.pin.clear()
            return
        self.chosen = r
        super().accept()
