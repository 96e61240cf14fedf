"""Qt model/view adapters over engine results."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from engine.inference import Prediction

PENDING, ANALYSING, OK, ERROR, OUT_OF_SCOPE = "pending", "analysing", "ok", "error", "out_of_scope"


@dataclass
class StudyRow:
    path: str
    status: str = PENDING
    prediction: Prediction | None = None
    reason: str = ""

    @property
    def label(self) -> str:
        return self.prediction.label or "" if self.prediction and self.prediction.ok else ""

    def meta(self, key: str) -> str:
        return self.prediction.metadata.get(key, "") if self.prediction else ""


# Text and symbol carry the label; colour only reinforces it (colour-blind safe).
LABEL_TEXT = {"PNEUMONIA": "\u25b2 PNEUMONIA", "NORMAL": "\u25cb NORMAL"}
LABEL_COLOUR = {"PNEUMONIA": QColor(200, 60, 40), "NORMAL": QColor(40, 120, 60)}
STATUS_TEXT = {PENDING: "not analysed", ANALYSING: "analysing\u2026", OK: "done", ERROR: "\u26a0 failed",
               OUT_OF_SCOPE: "\u2298 not assessed"}


class StudyTableModel(QAbstractTableModel):
    COLUMNS = ("File", "PatientID", "Study date", "View", "Label", "P(pneumonia)", "Status")
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[StudyRow] = []
        self._index: dict[str, int] = {}

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        p = row.prediction
        if role in (Qt.ItemDataRole.DisplayRole, self.SORT_ROLE):
            if col == 0:
                return Path(row.path).name
            if col == 1:
                return row.meta("PatientID")
            if col == 2:
                return row.meta("StudyDate")
            if col == 3:
                return row.meta("ViewPosition")
            if col == 4:
                return LABEL_TEXT.get(row.label, "") if role == Qt.ItemDataRole.DisplayRole else row.label
            if col == 5:
                if p is None or p.p_pneumonia is None:
                    return "" if role == Qt.ItemDataRole.DisplayRole else -1.0
                return f"{p.p_pneumonia:.3f}" if role == Qt.ItemDataRole.DisplayRole else p.p_pneumonia
            if col == 6:
                return STATUS_TEXT.get(row.status, row.status)
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and row.label:
            return LABEL_COLOUR[row.label]
        if role == Qt.ItemDataRole.ForegroundRole and col == 6 and row.status in (ERROR, OUT_OF_SCOPE):
            return QColor(170, 90, 0)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.status in (ERROR, OUT_OF_SCOPE):
                return row.reason
            return row.path
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    # ------------------------------------------------------------------ updates
    def add_paths(self, paths: list[str], reasons: dict[str, str] | None = None) -> int:
        """Append new paths (duplicates ignored); ``reasons`` marks non-images as failed."""
        new = [p for p in dict.fromkeys(paths) if p not in self._index]
        if not new:
            return 0
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
        for p in new:
            self._index[p] = len(self.rows)
            reason = (reasons or {}).get(p, "")
            self.rows.append(StudyRow(p, ERROR if reason else PENDING, None, reason))
        self.endInsertRows()
        return len(new)

    def row_of(self, path: str) -> int | None:
        return self._index.get(path)

    def set_status(self, path: str, status: str) -> None:
        i = self._index.get(path)
        if i is not None:
            self.rows[i].status = status
            self._changed(i)

    def set_prediction(self, pred: Prediction) -> None:
        i = self._index.get(pred.path)
        if i is None:
            self.add_paths([pred.path])
            i = self._index[pred.path]
        r = self.rows[i]
        r.prediction = pred
        r.status = pred.status if pred.status in (OK, OUT_OF_SCOPE) else ERROR
        r.reason = pred.error
        self._changed(i)

    def _changed(self, i: int) -> None:
        self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def clear(self) -> None:
        self.beginResetModel()
        self.rows.clear()
        self._index.clear()
        self.endResetModel()


class StudyFilterProxy(QSortFilterProxyModel):
    """Filter by label ("", NORMAL, PNEUMONIA), status and free text; sort by raw values."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.label_filter = ""
        self.status_filter = ""
        self.text_filter = ""
        self.setSortRole(StudyTableModel.SORT_ROLE)

    def set_filters(self, label: str | None = None, status: str | None = None, text: str | None = None) -> None:
        if label is not None:
            self.label_filter = label
        if status is not None:
            self.status_filter = status
        if text is not None:
            self.text_filter = text.strip().lower()
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        row: StudyRow = model.rows[source_row]  # type: ignore[attr-defined]
        if self.label_filter and row.label != self.label_filter:
            return False
        if self.status_filter and row.status != self.status_filter:
            return False
        if self.text_filter:
            hay = " ".join([row.path, row.meta("PatientID"), row.meta("AccessionNumber"), row.reason]).lower()
            if self.text_filter not in hay:
                return False
        return True
