"""Study list (the worklist): the AI result first, filterable, sortable, columns the user can arrange.

The visible columns are Result (symbol + colour), Score, Reading (the
clinician's, beside the result, so a narrow list never pushes it out of view),
File (elided at the start, so numbered names stay distinguishable; full path in
the tooltip), PatientID and Study date.  DICOM columns with nothing to show (a
folder of JPEGs has no PatientID) stay hidden until a row has a value, so the
file names get the room.  Columns can be hidden (header context menu) and
dragged into another order; :meth:`header_state` and :meth:`hidden_columns`
let the controller remember that across sessions.  A batch summary stays above
the list until dismissed.

Two rules keep the reading loop safe:

* **Typing moves nothing.**  Type-ahead search is off and Tab leaves the list:
  no sequence of ordinary typing changes the selection (a typed letter only
  shows a hint in the status bar).
* **The row shown is the row highlighted.**  Keyboard moves always select the
  row they land on (Ctrl+arrow / Ctrl+Tab would otherwise move the shown row
  without the highlight), the current row is always part of the selection, the
  current row is framed when several are selected, and a filter that hides the
  shown row moves to the first row it shows -- or shows nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.table_models import (
    LABEL_TEXT,
    RESULT_TEXT,
    REVIEW_TEXT,
    StudyFilterProxy,
    StudyRow,
    StudyTableModel,
    shown,
)
from desktop.views.typing_guard import StillComboBox
from engine.records.wording import QT_TRANSLATE_NOOP, fill

#: Result filter entries: (text, result key).
RESULT_FILTERS = [(QT_TRANSLATE_NOOP("StudyTableModel", "All results"), ""), (RESULT_TEXT["pneumonia"], "pneumonia"),
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
        close.setToolTip(self.tr("Dismiss the batch summary"))
        close.setAutoRaise(True)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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


class WorklistTableView(QTableView):
    """A table view that typing cannot move and whose keyboard moves always select where they land."""

    typed = Signal(str)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt API
        self.typed.emit(search)  # type-ahead would jump to a row that starts with the typed letters

    def selectionCommand(self, index, event=None):  # noqa: N802 - Qt API
        cmd = super().selectionCommand(index, event)
        if event is not None and event.type() == QEvent.Type.KeyPress and cmd == QItemSelectionModel.SelectionFlag.NoUpdate:
            # Ctrl+arrow, Ctrl+Tab, Ctrl+Home...: Qt moves the current row without selecting it, so the image on
            # screen would no longer be the row highlighted.  Select it instead.
            return QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        return cmd


class CurrentRowDelegate(QStyledItemDelegate):
    """Frames the current row (the one on screen) so it stands out among several selected rows."""

    def __init__(self, view: QTableView, elide_left: bool = False) -> None:
        super().__init__(view)
        self.view = view
        self.elide_left = elide_left

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        if self.elide_left:  # numbered file names differ near their end: keep the part that tells them apart
            option.textElideMode = Qt.TextElideMode.ElideLeft
            width = option.rect.width() - 12
            fm = option.fontMetrics
            if width > 0 and fm.horizontalAdvance(option.text) > width:
                model = self.view.model().sourceModel()
                suffix = model.common_name_suffix() if hasattr(model, "common_name_suffix") else ""
                text = option.text
                if len(suffix) >= 3 and text.endswith(suffix) and len(text) > len(suffix):
                    text = text[:-len(suffix)] + "\u2026"  # the end all names share goes first
                option.text = fm.elidedText(text, Qt.TextElideMode.ElideLeft, width)
        if index.row() != self.view.currentIndex().row() and len(self.view.selectionModel().selectedRows()) > 1:
            # the other selected rows (for export, report, analysis) are pale: only the row on screen is highlighted
            option.palette.setColor(QPalette.ColorRole.Highlight, QColor(205, 222, 240))
            option.palette.setColor(QPalette.ColorRole.HighlightedText, QColor(20, 20, 20))

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        proxy = self.view.model()
        if getattr(proxy, "group_by_study", False) and index.row() > 0:
            rows = proxy.sourceModel().rows
            here = rows[proxy.mapToSource(index).row()].study
            above = rows[proxy.mapToSource(proxy.index(index.row() - 1, 0)).row()].study
            if here is not None and above is not None and here.key != above.key:  # a new study starts here
                painter.save()
                painter.setPen(QPen(QColor(60, 90, 140), 3))
                painter.drawLine(option.rect.topLeft(), option.rect.topRight())
                painter.restore()
        if index.row() == self.view.currentIndex().row() and len(self.view.selectionModel().selectedRows()) > 1:
            painter.save()
            painter.setPen(QPen(QColor(20, 20, 20), 2))
            r = option.rect.adjusted(0, 1, 0, -1)
            painter.drawLine(r.topLeft(), r.topRight())
            painter.drawLine(r.bottomLeft(), r.bottomRight())
            painter.restore()


class StudyListPanel(QWidget):
    current_changed = Signal(object)  # StudyRow or None: the row whose image and result go on screen
    header_changed = Signal()
    typed_in_list = Signal()

    def __init__(self, model: StudyTableModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = StudyFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.table = WorklistTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list instead of moving the current row
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setItemDelegate(CurrentRowDelegate(self.table))
        self.table.setItemDelegateForColumn(StudyTableModel.FILE, CurrentRowDelegate(self.table, elide_left=True))
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.typed.connect(lambda _s: self.typed_in_list.emit())
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(StudyTableModel.FILE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        fm = self.table.fontMetrics()

        def room(col: int, *samples: str) -> int:  # the widest of the column's title and its usual values, as shown
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            return max(fm.horizontalAdvance(t) for t in (title, *samples))

        widths = {StudyTableModel.RESULT: room(StudyTableModel.RESULT, shown(LABEL_TEXT["PNEUMONIA"])) + 22,
                  StudyTableModel.SCORE: room(StudyTableModel.SCORE) + 18,
                  StudyTableModel.PATIENT: room(StudyTableModel.PATIENT, "PatientID") + 14,
                  StudyTableModel.DATE: room(StudyTableModel.DATE, "2024-12-31") + 12,
                  StudyTableModel.VIEW: room(StudyTableModel.VIEW) + 20,
                  StudyTableModel.ACCESSION: room(StudyTableModel.ACCESSION) + 20,
                  StudyTableModel.REVIEW: room(StudyTableModel.REVIEW, shown(REVIEW_TEXT["disagree"])) + 14,
                  StudyTableModel.STUDY: room(StudyTableModel.STUDY, "TEST-001 \u00b7 2026") + 14}
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)
        # the reading sits beside the result: in a narrow list (a restored window, a small screen) the columns at the
        # right end are the ones pushed out of view, and the reading must never be one of them
        header.moveSection(header.visualIndex(StudyTableModel.REVIEW), 2)
        # which study, right after the file name: on a narrow list the file name keeps its room (the line between
        # studies still shows where one ends) and the Study column is the one scrolled out of view
        header.moveSection(header.visualIndex(StudyTableModel.STUDY), header.visualIndex(StudyTableModel.FILE) + 1)
        #: columns the user chose to hide (View, Accession by default); empty DICOM columns hide on their own
        self.user_hidden: set[int] = set(StudyTableModel.HIDDEN_BY_DEFAULT)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionMoved.connect(lambda *_: self.header_changed.emit())
        sel = self.table.selectionModel()
        sel.currentRowChanged.connect(self._on_current)
        sel.selectionChanged.connect(self._keep_current_selected)
        self._shown: StudyRow | None = None
        self._syncing = False
        self.proxy.set_grouped(True)  # a patient's images stay together, whatever else is open

        self.result_filter = StillComboBox()
        for text, _key in RESULT_FILTERS:
            self.result_filter.addItem(shown(text))
        self.result_filter.setToolTip(self.tr("Show only rows with this result"))
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filter (Ctrl+F): file, PatientID, accession\u2026"))
        self.text_filter.setClearButtonEnabled(True)
        self.result_filter.currentIndexChanged.connect(self._apply_filters)
        self.text_filter.textChanged.connect(self._apply_filters)
        self.shown_count = QLabel("")
        self.shown_count.setToolTip(self.tr("Rows shown by the filter, of all rows"))
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_count)
        for signal in (self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._schedule_sync)
        self._columns_timer = QTimer(self)
        self._columns_timer.setSingleShot(True)
        self._columns_timer.timeout.connect(self.refresh_columns)
        for signal in (model.rowsInserted, model.modelReset, model.dataChanged):
            signal.connect(lambda *_: self._columns_timer.start(0))
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
        self.refresh_columns()

    # ------------------------------------------------------------------ columns
    def _header_menu(self, pos) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """Checkable entries that show or hide each column (Result cannot be hidden)."""
        menu = QMenu(self.tr("Columns"), self)
        for col, name in enumerate(StudyTableModel.COLUMNS):
            empty = col in StudyTableModel.HIDDEN_WHEN_EMPTY and not self.model.has_values(col)
            act = QAction(shown(name) + (self.tr(" (nothing to show yet)") if empty else ""), menu)
            act.setCheckable(True)
            act.setChecked(col not in self.user_hidden)
            act.setEnabled(col != StudyTableModel.RESULT)
            act.toggled.connect(lambda on, c=col: self.set_column_visible(c, on))
            menu.addAction(act)
        return menu

    def set_column_visible(self, col: int, visible: bool) -> None:
        if col == StudyTableModel.RESULT:
            return
        (self.user_hidden.discard if visible else self.user_hidden.add)(col)
        self.refresh_columns()
        self.header_changed.emit()

    def refresh_columns(self) -> None:
        """Hide the columns the user hid and the DICOM columns no row has a value for."""
        header = self.table.horizontalHeader()
        # with two studies open the Study column names each row's patient and date: their own columns give the
        # file names the room instead
        by_study = StudyTableModel.STUDY not in self.user_hidden and self.model.has_values(StudyTableModel.STUDY)
        for col in range(len(StudyTableModel.COLUMNS)):
            hide = col in self.user_hidden or (col in StudyTableModel.HIDDEN_WHEN_EMPTY and not self.model.has_values(col)) \
                or (by_study and col in (StudyTableModel.PATIENT, StudyTableModel.DATE))
            if header.isSectionHidden(col) != hide:
                header.setSectionHidden(col, hide)

    def chosen_columns(self) -> list[str]:
        """Column names the user chose to see, in their on-screen order (shown once they have something to show)."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [StudyTableModel.COLUMNS[c] for c in logical if c not in self.user_hidden]

    def visible_columns(self) -> list[str]:
        """Visible column names in their on-screen order."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [StudyTableModel.COLUMNS[c] for c in logical if not header.isSectionHidden(c)]

    def header_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def hidden_columns(self) -> list[str]:
        return [StudyTableModel.COLUMNS[c] for c in sorted(self.user_hidden)]

    def restore_header_state(self, state, hidden: list[str] | None = None) -> None:
        header = self.table.horizontalHeader()
        if state is not None and header.restoreState(state):
            header.setSectionResizeMode(StudyTableModel.FILE, QHeaderView.ResizeMode.Stretch)
        if hidden is not None:
            self.user_hidden = {StudyTableModel.COLUMNS.index(n) for n in hidden if n in StudyTableModel.COLUMNS}
        self.user_hidden.discard(StudyTableModel.RESULT)  # the result is never hidden
        self.refresh_columns()

    def fit_columns(self) -> None:
        """Every visible column inside the list's width (after a maximise and restore, say): the fixed columns
        keep their widths, the file name takes what is left."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(StudyTableModel.FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(StudyTableModel.FILE, QHeaderView.ResizeMode.Stretch)

    # ------------------------------------------------------------------ filters
    def focus_filter(self) -> None:
        self.text_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_filter.selectAll()

    def clear_filters(self) -> None:
        self.text_filter.clear()
        self.result_filter.setCurrentIndex(0)

    def _apply_filters(self) -> None:
        key = RESULT_FILTERS[self.result_filter.currentIndex()][1]
        self.proxy.set_filters(result=key, text=self.text_filter.text())
        self._update_count()
        self.sync_current()

    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.shown_count.setText(fill(self.tr("%1 of %2"), str(shown), str(total)))

    # ------------------------------------------------------------------ selection
    def _on_current(self, current, _previous) -> None:
        self.table.viewport().update()  # the current row's highlight and frame move
        if not self._syncing:
            self._emit_current(self.row_at(current))

    def _emit_current(self, row: StudyRow | None) -> None:
        self._shown = row
        self.current_changed.emit(row)

    def _schedule_sync(self, *_args) -> None:
        QTimer.singleShot(0, self, self.sync_current)

    def sync_current(self) -> None:
        """After a filter, a sort, rows removed or a reset: the row on screen is the current row, and the current
        row is a visible, selected one -- the first visible row when the old one went away, nothing when none."""
        cur = self.current_row()
        if cur is None and self.proxy.rowCount() > 0:
            self.select_offset(0)
            return
        if cur is not None:
            idx = self.table.currentIndex()
            if not self.table.selectionModel().isRowSelected(idx.row(), QModelIndex()):
                self.table.selectionModel().select(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                   | QItemSelectionModel.SelectionFlag.Rows)
        if cur is not self._shown:
            self._emit_current(cur)

    def _keep_current_selected(self, *_args) -> None:
        """The current row is always among the selected ones: a Ctrl+click that deselects it moves the current
        row to another selected one (or keeps it selected when it was the only one)."""
        if self._syncing:
            return
        self.table.viewport().update()  # pale / full highlights depend on how many rows are selected
        sel = self.table.selectionModel()
        idx = self.table.currentIndex()
        if not idx.isValid() or sel.isRowSelected(idx.row(), QModelIndex()):
            return
        self._syncing = True
        try:
            rows = sel.selectedRows()
            if rows:
                sel.setCurrentIndex(rows[-1], QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                sel.select(idx, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._syncing = False
        self.table.viewport().update()
        cur = self.current_row()
        if cur is not self._shown:
            self._emit_current(cur)

    def row_at(self, proxy_index) -> StudyRow | None:
        if not proxy_index.isValid():
            return None
        src = self.proxy.mapToSource(proxy_index)
        return self.model.rows[src.row()] if 0 <= src.row() < len(self.model.rows) else None

    def current_row(self) -> StudyRow | None:
        return self.row_at(self.table.currentIndex())

    def selected_rows(self) -> list[StudyRow]:
        idx = self.table.selectionModel().selectedRows()
        return [r for r in (self.row_at(i) for i in sorted(idx, key=lambda i: i.row())) if r is not None]

    def filtered_rows(self) -> list[StudyRow]:
        """The rows the filter shows, in the list's order."""
        return [r for r in (self.row_at(self.proxy.index(i, 0)) for i in range(self.proxy.rowCount())) if r is not None]

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

    def select_index(self, i: int) -> None:
        """The i-th row the list shows (-1: the last): Home / End."""
        n = self.proxy.rowCount()
        if n == 0:
            return
        idx = self.proxy.index(i % n, 0)
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
            self.table.scrollTo(idx)
