"""The first thing a user sees without images: what the product does, and one click to see it do it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from engine.records.wording import QT_TRANSLATE_NOOP

INTENDED_USE_LINE = QT_TRANSLATE_NOOP("WelcomeWidget", "Decision support for frontal chest X-rays of children: a "
                                      "pneumonia score, a label and a heatmap for each image. The clinician reads "
                                      "the image and decides.")


class WelcomeWidget(QWidget):
    samples_requested = Signal()
    open_files_requested = Signal()
    open_folder_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        title = QLabel("Pneumoscan")
        title.setStyleSheet("font-size: 26px; font-weight: bold;")
        if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:  # a Latin name on the reading side
            title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        use = QLabel(QCoreApplication.translate("WelcomeWidget", INTENDED_USE_LINE))
        use.setWordWrap(True)
        use.setStyleSheet("color: #444;")
        self.samples_button = QPushButton(self.tr("Analyse the sample images"))
        self.samples_button.setToolTip(self.tr("Open and analyse the bundled examples: a normal and a pneumonia radiograph, "
                                       "a pediatric DICOM, and an adult DICOM that is shown as out of scope"))
        self.samples_button.setDefault(True)
        self.folder_button = QPushButton(self.tr("Open folder\u2026"))
        self.files_button = QPushButton(self.tr("Open files\u2026"))
        for b in (self.samples_button, self.folder_button, self.files_button):
            b.setMinimumHeight(34)
            b.setMaximumWidth(320)
        self.samples_button.clicked.connect(self.samples_requested)
        self.folder_button.clicked.connect(self.open_folder_requested)
        self.files_button.clicked.connect(self.open_files_requested)
        self.recent_title = QLabel(self.tr("Recent folders"))
        self.recent_title.setStyleSheet("font-weight: bold; margin-top: 12px;")
        self.recent = QListWidget()
        self.recent.setMaximumWidth(560)
        self.recent.setMaximumHeight(160)
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        hint = QLabel(self.tr("You can also drag files or folders onto this window."))
        hint.setStyleSheet("color: #777;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 40, 40, 40)
        for w in (title, use, self.samples_button, self.folder_button, self.files_button, self.recent_title,
                  self.recent, hint):
            lay.addWidget(w)
        lay.addStretch(1)
        self.set_recent([])

    def set_recent(self, folders: list[str]) -> None:
        self.recent.clear()
        for f in folders:
            item = QListWidgetItem(f"{Path(f).name}    \u2014 {f}")
            item.setData(Qt.ItemDataRole.UserRole, f)
            item.setToolTip(f)
            self.recent.addItem(item)
        self.recent_title.setVisible(bool(folders))
        self.recent.setVisible(bool(folders))
