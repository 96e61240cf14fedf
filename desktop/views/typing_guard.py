"""Widgets that ordinary typing cannot change.

A clinician types notes; keystrokes that land elsewhere must do nothing.  A
focused QComboBox jumps to the entry that starts with a typed letter (a typed
"N" would switch the result filter to NORMAL and hide the row on screen), and
a focused check box or button toggles on the space bar.  The viewer's and the
reading panel's buttons and check boxes therefore take no keyboard focus
(their actions have shortcuts with a modifier), and the combo boxes below
ignore plain printable keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget


def is_plain_typing(event) -> bool:
    """A key press that ordinary typing produces: printable text with no modifier but Shift."""
    mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
    text = event.text()
    return bool(text) and text.isprintable() and mods == Qt.KeyboardModifier.NoModifier


class StillComboBox(QComboBox):
    """A combo box that typed letters do not move (arrows, the mouse and the wheel still do)."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if is_plain_typing(event):
            event.ignore()
            return
        super().keyPressEvent(event)


class NoteLineEdit(QLineEdit):
    """The note field: Up and Down stay inside it (they would otherwise move to the next image while the clinician
    keeps typing, and the note would land on another child's image)."""

    def event(self, event) -> bool:  # noqa: D102
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down,
                                                                            Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            event.accept()  # taken here: the window's Next / Previous study shortcuts do not fire
            return True
        return super().event(event)


def no_keyboard_focus(*widgets: QWidget) -> None:
    """Buttons and check boxes that the space bar must not press: clicks only (their actions have shortcuts)."""
    for w in widgets:
        w.setFocusPolicy(Qt.FocusPolicy.NoFocus)
