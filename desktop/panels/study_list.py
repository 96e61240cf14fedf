"""Study list (the worklist): the AI result first, filterable, sortable, columns the user can arrange.

At the default size the visible columns are Result (symbol + colour), Score,
File (elided in the middle; full path in the tooltip), PatientID and Study date,
so no horizontal scrolling is needed to see a result.  Columns can be hidden
(header context menu) and dragged into another order; :meth:`header_state`
lets the controller remember that across sessions.  A batch summary stays
above the list until dismissed.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMenu, QTableView, QToolButton, QVBoxLayout, QWidget)

from desktop.models import RESULT_TEXT, StudyFilterProxy, StudyRow, StudyTableModel

#: Result filter entries: (text, result key).
RESULT_FILTERS = [("All results", ""), (RESULT_TEXT["pneumonia"], "pneumonia"),
                  (RESULT_TEXT["indeterminate"], "indeterminate"), (RESULT_TEXT["normal"], "normal"),
                  (RESULT_TEXT["out_of_scope"], "out_of_scope"), (RESULT_TEXT["error"], "error"),
                  (RESULT_TEXT["pending"], "pending")]


class BatchSummaryWidget(QFrame):
    """What a finished (or cancelled) batch found; stays until the user dismisses it."""

    dismissed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("BatchSummaryWidget { background: #eef3f8; border: 1px solid #9ab; }")
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("\u2715")
        close.setToolTip("Dismiss the batch summary")
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 4, 2, 4)
        lay.addWidget(self.text, 1)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_summary(self, html: str) -> None:
        self.text.setText(html)
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()


class StudyListPanel(QWidget):
    current_changed = Signal(object)  # StudyRow or None
    header_changed = Signal()

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
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # file names: keep start and extension
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(StudyTableModel.FILE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        fm = self.table.fontMetrics()
        widths = {StudyTableModel.RESULT: fm.horizontalAdvance("\u25b2 PNEUMONIA") + 22,
                  StudyTableModel.SCORE: fm.horizontalAdvance("Score") + 18,
                  StudyTableModel.PATIENT: fm.horizontalAdvance("PatientID") + 14,
                  StudyTableModel.DATE: fm.horizontalAdvance("2024-12-31") + 12,
                  StudyTableModel.VIEW: fm.horizontalAdvance("View") + 20,
                  StudyTableModel.ACCESSION: fm.horizontalAdvance("Accession") + 20,
                  StudyTableModel.REVIEW: fm.horizontalAdvance("Review") + 12}
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)
        for col in StudyTableModel.HIDDEN_BY_DEFAULT:
            header.setSectionHidden(col, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionMoved.connect(lambda *_: self.header_changed.emit())
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.result_filter = QComboBox()
        for text, _key in RESULT_FILTERS:
            self.result_filter.addItem(text)
        self.result_filter.setToolTip("Show only rows with this result")
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText("Filter: file, PatientID, accession\u2026")
        self.text_filter.setClearButtonEnabled(True)
        self.result_filter.currentIndexChanged.connect(self._apply_filters)
        self.text_filter.textChanged.connect(self._apply_filters)
        self.shown_count = QLabel("")
        self.shown_count.setToolTip("Rows shown by the filter, of all rows")
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self.summary = BatchSummaryWidget(self)

        top = QHBoxLayout()
        top.addWidget(self.text_filter, 1)
        top.addWidget(self.result_filter)
        top.addWidget(self.shown_count)
        self.setMinimumWidth(280)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.summary)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        self._update_count()

    # ------------------------------------------------------------------ columns
    def _header_menu(self, pos) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """Checkable entries that show or hide each column (Result cannot be hidden)."""
        header = self.table.horizontalHeader()
        menu = QMenu("Columns", self)
        for col, name in enumerate(StudyTableModel.COLUMNS):
            act = QAction(name, menu)
            act.setCheckable(True)
            act.setChecked(not header.isSectionHidden(col))
            act.setEnabled(col != StudyTableModel.RESULT)
            act.toggled.connect(lambda on, c=col: self.set_column_visible(c, on))
            menu.addAction(act)
        return menu

    def set_column_visible(self, col: int, visible: bool) -> None:
        if col == StudyTableModel.RESULT:
            return
        self.table.horizontalHeader().setSectionHidden(col, not visible)
        self.header_changed.emit()

    def visible_columns(self) -> list[str]:
        """Visible column names in their on-screen order."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [StudyTableModel.COLUMNS[c] for c in logical if not header.isSectionHidden(c)]

    def header_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state) -> None:
        header = self.table.horizontalHeader()
        if state is None or not header.restoreState(state):
            return
        header.setSectionHidden(StudyTableModel.RESULT, False)  # the result is never hidden
        header.setSectionResizeMode(StudyTableModel.FILE, QHeaderView.ResizeMode.Stretch)

    # ------------------------------------------------------------------ filters
    def _apply_filters(self) -> None:
        key = RESULT_FILTERS[self.result_filter.currentIndex()][1]
        self.proxy.set_filters(result=key, text=self.text_filter.text())
        self._update_count()

    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.shown_count.setText(f"{shown} of {total}")

    # ------------------------------------------------------------------ selection
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
