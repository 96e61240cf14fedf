"""Study list: sortable, filterable table of files and their results."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop.models import ERROR, OK, OUT_OF_SCOPE, PENDING, StudyFilterProxy, StudyRow, StudyTableModel


class StudyListPanel(QWidget):
    current_changed = Signal(object)  # StudyRow or None

    def __init__(self, model: StudyTableModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = StudyFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((150, 90, 76, 44, 112, 84, 90)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.label_filter = QComboBox()
        self.label_filter.addItems(["All labels", "PNEUMONIA", "NORMAL"])
        self.status_filter = QComboBox()
        self.status_filter.addItems(["All statuses", "done", "failed", "not analysed", "not assessed (out of scope)"])
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText("Filter by file, PatientID, accession\u2026")
        self.text_filter.setClearButtonEnabled(True)
        self.label_filter.currentIndexChanged.connect(self._apply_filters)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.text_filter.textChanged.connect(self._apply_filters)

        top = QHBoxLayout()
        top.addWidget(self.text_filter, 1)
        top.addWidget(self.label_filter)
        top.addWidget(self.status_filter)
        self.setMinimumWidth(300)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)

    def _apply_filters(self) -> None:
        label = {0: "", 1: "PNEUMONIA", 2: "NORMAL"}[self.label_filter.currentIndex()]
        status = {0: "", 1: OK, 2: ERROR, 3: PENDING, 4: OUT_OF_SCOPE}[self.status_filter.currentIndex()]
        self.proxy.set_filters(label=label, status=status, text=self.text_filter.text())

    def _on_current(self, current, _previous) -> None:
        self.current_changed.emit(self.row_at(current))

    def row_at(self, proxy_index) -> StudyRow | None:
        if not proxy_index.isValid():
            return None
        src = self.proxy.mapToSource(proxy_index)
        return self.model.rows[src.row()]

    def current_row(self) -> StudyRow | None:
        return self.row_at(self.table.currentIndex())

    def selected_rows(self) -> list[StudyRow]:
        idx = self.table.selectionModel().selectedRows()
        return [r for r in (self.row_at(i) for i in idx) if r is not None]

    def select_offset(self, step: int) -> None:
        n = self.proxy.rowCount()
        if n == 0:
            return
        cur = self.table.currentIndex().row()
        new = 0 if cur < 0 else max(0, min(n - 1, cur + step))
        idx = self.proxy.index(new, 0)
        self.table.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(idx)

    def select_path(self, path: str) -> None:
        i = self.model.row_of(path)
        if i is None:
            return
        idx = self.proxy.mapFromSource(self.model.index(i, 0))
        if idx.isValid():
            self.table.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
