"""Qt model/view adapters over engine results."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from desktop import i18n
from engine.batch.study import Study, study_of
from engine.checks.input_gate import translate_reasons
from engine.image.display import dicom_date
from engine.product import number
from engine.records.readings import EARLIER
from engine.records.wording import CONTEXT as WORDING
from engine.records.wording import (
    HEADLINE_WORDS,
    QT_TRANSLATE_NOOP,
    READING_WORDS,
    VERDICT_WORDS,
    fill,
    format_score,  # noqa: F401 - re-exported: the one way the app prints a score
)
from engine.runners.results import Prediction, Status

#: Row states: the engine's result statuses, and two the app adds before a result exists.
OK, ERROR, OUT_OF_SCOPE = Status.OK.value, Status.ERROR.value, Status.OUT_OF_SCOPE.value
PENDING, ANALYSING = "pending", "analysing"


@dataclass
class StudyRow:
    path: str
    status: str = PENDING
    prediction: Prediction | None = None
    reason: str = ""
    review: object = None  # engine.records.readings.Review: the image's current reading (whatever result it answered), or None
    decided_under: str = ""  # engine.runners.classifier.Classifier.decision_key of the service that made ``prediction``
    study: Study | None = None  # engine.batch.study: from the DICOM header when opened, from the verified metadata once analysed
    sample: bool = False  # one of Pneumoscan's sample images (never mixed with a patient's)
    arrived_at: float = 0.0  # when the DICOM node received it (time.time()), 0 for files opened by hand
    unseen: bool = False  # arrived from the DICOM node and not yet shown on screen

    def __post_init__(self) -> None:
        if self.study is None:
            self.study = study_of(self.path)

    @property
    def label(self) -> str:
        return self.prediction.label or "" if self.prediction and self.prediction.ok else ""

    @property
    def band(self) -> str:
        return self.prediction.band if self.prediction and self.prediction.ok else ""

    @property
    def result_key(self) -> str:
        """What the Result column and the summary count: the band when analysed, else the status."""
        if self.status == OK:
            return self.band or self.label.lower() or OK
        return self.status

    @property
    def has_current_result(self) -> bool:
        """True when the row's prediction is the result in force (not one waiting to be redone)."""
        return self.prediction is not None and self.status in (OK, OUT_OF_SCOPE, ERROR)

    @property
    def reading_state(self) -> str:
        """"" (no reading), a verdict (agree / disagree / unsure / resolved), or ``earlier_result``."""
        if self.review is None:
            return ""
        return self.review.relation(self.prediction if self.has_current_result else None)  # type: ignore[attr-defined]

    def meta(self, key: str) -> str:
        return self.prediction.metadata.get(key, "") if self.prediction else ""


# Text and symbol carry the result; colour only reinforces it (colour-blind safe).
LABEL_TEXT = {"PNEUMONIA": QT_TRANSLATE_NOOP("StudyTableModel", "\u25b2 PNEUMONIA"),
              "NORMAL": QT_TRANSLATE_NOOP("StudyTableModel", "\u25cb NORMAL")}
LABEL_COLOUR = {"PNEUMONIA": QColor(200, 60, 40), "NORMAL": QColor(40, 120, 60)}
INDETERMINATE_TEXT = QT_TRANSLATE_NOOP("StudyTableModel", "\u25c7 Indeterminate")
INDETERMINATE_COLOUR = QColor(176, 112, 0)
RESULT_TEXT = {"pneumonia": LABEL_TEXT["PNEUMONIA"], "normal": LABEL_TEXT["NORMAL"], "indeterminate": INDETERMINATE_TEXT,
               PENDING: QT_TRANSLATE_NOOP("StudyTableModel", "\u00b7 not analysed"),
               ANALYSING: QT_TRANSLATE_NOOP("StudyTableModel", "\u2026 analysing"),
               ERROR: QT_TRANSLATE_NOOP("StudyTableModel", "\u26a0 failed"),
               OUT_OF_SCOPE: QT_TRANSLATE_NOOP("StudyTableModel", "\u2298 not assessed")}
RESULT_COLOUR = {"pneumonia": LABEL_COLOUR["PNEUMONIA"], "normal": LABEL_COLOUR["NORMAL"],
                 "indeterminate": INDETERMINATE_COLOUR, ERROR: QColor(170, 90, 0), OUT_OF_SCOPE: QColor(170, 90, 0),
                 PENDING: QColor(120, 120, 120), ANALYSING: QColor(120, 120, 120)}
#: Sort order of the Result column: what needs attention first.
RESULT_RANK = {"pneumonia": 0, "indeterminate": 1, "normal": 2, OUT_OF_SCOPE: 3, ERROR: 4, ANALYSING: 5, PENDING: 6}


#: The Reading column: the clinician's reading against the result (the tooltip says it in words).
REVIEW_TEXT = {"agree": QT_TRANSLATE_NOOP("StudyTableModel", "\u2713 agree"),
               "disagree": QT_TRANSLATE_NOOP("StudyTableModel", "\u2717 disagree"),
               "unsure": QT_TRANSLATE_NOOP("StudyTableModel", "? unsure"),
               "resolved": QT_TRANSLATE_NOOP("StudyTableModel", "\u25cf read"),
               EARLIER: QT_TRANSLATE_NOOP("StudyTableModel", "\u21bb again")}


def study_label(study: Study) -> str:
    """A study's name as the list shows it: a folder of plain images says "folder" in the interface's language."""
    if study.kind == "folder" and study.label.startswith("folder "):
        return fill(QCoreApplication.translate("StudyTableModel", "folder %1"), study.label[len("folder "):])
    # a DICOM study's parts (engine.batch.study): what is missing is said in the interface's language
    absent = {"no date": QCoreApplication.translate("StudyTableModel", "no date"),
              "no PatientID": QCoreApplication.translate("StudyTableModel", "no PatientID")}
    return " \u00b7 ".join(absent.get(part, part) for part in study.label.split(" \u00b7 "))


def word(text: str) -> str:
    """A reading or result word (NORMAL, PNEUMONIA, UNSURE, indeterminate...) in the interface's language."""
    key = READING_WORDS.get(text) or HEADLINE_WORDS.get(text)
    return QCoreApplication.translate(WORDING, key) if key else text


def shown(text: str) -> str:
    """A word of the study table (its columns, results and readings: English keys) in the interface's language."""
    return QCoreApplication.translate("StudyTableModel", text)


def format_probability(p: float | None) -> str:
    """P with three decimals, shown as ">0.999" / "<0.001" at the extremes."""
    if p is None:
        return ""
    if p >= 0.9995:
        return ">0.999"
    if p < 0.0005:
        return "<0.001"
    return f"{p:.3f}"


format_dicom_date = dicom_date  # engine.image.display: one formatter of a DICOM date


class StudyTableModel(QAbstractTableModel):
    #: English names: also the keys of the hidden columns in the settings (shown() translates them for display)
    COLUMNS = (QT_TRANSLATE_NOOP("StudyTableModel", "Result"), QT_TRANSLATE_NOOP("StudyTableModel", "Score"),
               QT_TRANSLATE_NOOP("StudyTableModel", "File"), QT_TRANSLATE_NOOP("StudyTableModel", "PatientID"),
               QT_TRANSLATE_NOOP("StudyTableModel", "Study date"), QT_TRANSLATE_NOOP("StudyTableModel", "View"),
               QT_TRANSLATE_NOOP("StudyTableModel", "Accession"), QT_TRANSLATE_NOOP("StudyTableModel", "Reading"),
               QT_TRANSLATE_NOOP("StudyTableModel", "Study"))
    RESULT, SCORE, FILE, PATIENT, DATE, VIEW, ACCESSION, REVIEW, STUDY = range(9)
    HIDDEN_BY_DEFAULT = (VIEW, ACCESSION)
    #: Columns shown only while some row has a value (an empty PatientID column takes the file names' room).
    HIDDEN_WHEN_EMPTY = (PATIENT, DATE, VIEW, ACCESSION, STUDY)
    ISOLATED = frozenset({SCORE, FILE, PATIENT, DATE, VIEW, ACCESSION, STUDY})
    META_KEYS = {PATIENT: "PatientID", DATE: "StudyDate", VIEW: "ViewPosition", ACCESSION: "AccessionNumber"}
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[StudyRow] = []
        self._index: dict[str, int] = {}
        self._suffix: str | None = None
        self._arrivals: dict[str, float] = {}  # study key -> its latest arrival from the DICOM node

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt idiom: an invalid index)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return shown(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self._data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and index.column() in self.ISOLATED and isinstance(value, str):
            return i18n.isolate(value)  # a file name, an ID, a date, a score: whole in a right-to-left row
        return value

    def _data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        p = row.prediction
        display = role == Qt.ItemDataRole.DisplayRole
        if role in (Qt.ItemDataRole.DisplayRole, self.SORT_ROLE):
            if col == self.RESULT:
                key = row.result_key
                text = shown(RESULT_TEXT.get(key, key))
                if p is not None and p.ok and p.relaxed_checks and row.has_current_result:
                    # let through by a relaxed check: marked first, never elided
                    text = "\u2691 " + self.tr("relaxed") + " \u00b7 " + text
                return text if display else RESULT_RANK.get(key, 9)
            if col == self.SCORE:
                if p is None or p.p_pneumonia is None or not row.has_current_result:
                    return "" if display else -1.0
                return number(i18n.TR, format_score(p.p_pneumonia)) if display else p.p_pneumonia
            if col == self.FILE:
                return ("\u25cf " + self.tr("new") + " \u00b7 " if row.unseen and display else "") + Path(row.path).name
            if col == self.PATIENT:
                return row.meta("PatientID")
            if col == self.DATE:
                return format_dicom_date(row.meta("StudyDate"))
            if col == self.VIEW:
                return row.meta("ViewPosition")
            if col == self.ACCESSION:
                return row.meta("AccessionNumber")
            if col == self.REVIEW:
                state = row.reading_state
                return shown(REVIEW_TEXT[state]) if display and state in REVIEW_TEXT else ("" if display else state)
            if col == self.STUDY:
                return study_label(row.study) if row.study is not None else ""
        if role == Qt.ItemDataRole.FontRole and row.unseen:
            from PySide6.QtGui import QFont

            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ForegroundRole and col == self.RESULT:
            return RESULT_COLOUR.get(row.result_key)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.REVIEW and row.reading_state == EARLIER:
            return QColor(170, 90, 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.status in (ERROR, OUT_OF_SCOPE):
                return f"{row.path}\n{translate_reasons(row.reason, i18n.TR)}"
            if row.unseen:
                return fill(self.tr("New from the X-ray unit (DICOM node), not yet opened\n%1"), row.path)
            if col == self.REVIEW and row.review is not None:
                r = row.review
                changed = (fill(self.tr("\nMade on an earlier result (%1); this result needs a new reading."),
                                word(r.result)) if row.reading_state == EARLIER else "")
                return (fill(self.tr("Reading %1 (%2) by %3, %4"), word(r.reading),
                             QCoreApplication.translate(WORDING, VERDICT_WORDS.get(r.verdict, r.verdict)), r.reader,
                             r.local_time())
                        + (fill(self.tr("\nNote: %1"), r.note) if r.note else "") + changed)
            if col == self.SCORE and p is not None and p.p_pneumonia is not None:
                return fill(self.tr("Pneumonia score (calibrated P(pneumonia) x 100); threshold %1"),
                            f"{p.threshold * 100:.0f}") if p.threshold is not None else self.tr("Pneumonia score")
            return row.path
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    # ------------------------------------------------------------------ updates
    def add_paths(self, paths: list[str], reasons: dict[str, str] | None = None,
                  tags: dict[str, dict[str, str]] | None = None, sample: bool = False) -> int:
        """Append new paths (duplicates ignored); ``reasons`` marks non-images as failed; ``tags``: each path's study
        tags from its header (engine.batch.study); ``sample``: Pneumoscan's own sample images."""
        new = [p for p in dict.fromkeys(paths) if p not in self._index]
        if not new:
            return 0
        start = len(self.rows)
        self._suffix = None
        self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
        for p in new:
            self._index[p] = len(self.rows)
            reason = (reasons or {}).get(p, "")
            self.rows.append(StudyRow(p, ERROR if reason else PENDING, None, reason,
                                      study=study_of(p, (tags or {}).get(p)), sample=sample))
        self.endInsertRows()
        return len(new)

    def add_arrival(self, path: str, study, when: float) -> int:
        """A row for an image that arrived (the DICOM node), marked new until it is opened: newest first -- above
        its study's other images when the study is in the list, else at the top (and, grouped by study, studies
        with arrivals come first, the latest on top: :class:`StudyFilterProxy`).  Rows are inserted, never moved,
        so the row on screen stays selected.  Returns its index."""
        if path in self._index:
            return self._index[path]
        at = next((i for i, r in enumerate(self.rows) if study is not None and r.study is not None
                   and r.study.key == study.key), 0)
        self._suffix = None
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, StudyRow(path, PENDING, None, "", study=study, arrived_at=when, unseen=True))
        self._index = {r.path: i for i, r in enumerate(self.rows)}
        if study is not None:
            self._arrivals[study.key] = max(when, self._arrivals.get(study.key, 0.0))
        self.endInsertRows()
        return at

    def mark_seen(self, path: str) -> None:
        i = self._index.get(path)
        if i is not None and self.rows[i].unseen:
            self.rows[i].unseen = False
            self._changed(i)

    def unseen(self) -> int:
        return sum(1 for r in self.rows if r.unseen)

    def study_arrival(self, key: str) -> float:
        """When the study's latest image arrived from the DICOM node (0: none did)."""
        return self._arrivals.get(key, 0.0)

    def common_name_suffix(self) -> str:
        """The end every file name in the list shares ("-0001.jpeg" for Kermany's names): a narrow File column drops
        it first, so the part that tells the files apart stays in view."""
        if self._suffix is None:
            names = [Path(r.path).name[::-1] for r in self.rows]
            self._suffix = os.path.commonprefix(names)[::-1] if len(names) > 1 else ""
        return self._suffix

    def row_of(self, path: str) -> int | None:
        return self._index.get(path)

    def set_status(self, path: str, status: str) -> None:
        i = self._index.get(path)
        if i is not None:
            self.rows[i].status = status
            self._changed(i)

    def set_predictions(self, preds: list[Prediction]) -> list[Prediction]:
        """Store a chunk of results for rows in the list; one dataChanged for the rows they span.  A result for a
        path no longer in the list (a batch still finishing after Close all or a replace) is dropped, never added
        back as a row.  Returns the results stored."""
        stored = [p for p in preds if p.path in self._index]
        changed = []
        for pred in stored:
            i = self._index[pred.path]
            r = self.rows[i]
            r.prediction = pred
            if pred.metadata.get("StudyInstanceUID") or pred.metadata.get("PatientID"):
                r.study = study_of(pred.path, pred.metadata)  # the verified header decides the study now
            r.status = str(pred.status) if pred.status in (OK, OUT_OF_SCOPE) else ERROR
            r.reason = pred.error
            changed.append(i)
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), self.columnCount() - 1))
        return stored

    def set_review(self, path: str, review: object) -> None:
        i = self._index.get(path)
        if i is not None:
            self.rows[i].review = review
            self._changed(i)

    def has_values(self, col: int) -> bool:
        """Whether any row has something to show in a DICOM column."""
        if col == self.STUDY:  # the Study column earns its room once two studies are open
            return len(self.studies()) > 1
        key = self.META_KEYS.get(col)
        return key is None or any(r.meta(key) for r in self.rows)

    def studies(self, rows: list[StudyRow] | None = None) -> list[Study]:
        """The studies of ``rows`` (all rows by default), in the order they first appear."""
        seen: dict[str, Study] = {}
        for r in self.rows if rows is None else rows:
            if r.prediction is None and r.status == ERROR and r.reason:
                continue  # a file that is not an image (a LICENSE.txt beside the DICOMs) is no study
            if r.study is not None and r.study.key not in seen:
                seen[r.study.key] = r.study
        return list(seen.values())

    def study_rows(self, key: str) -> list[StudyRow]:
        return [r for r in self.rows if r.study is not None and r.study.key == key]

    def counts(self, rows: list[StudyRow] | None = None) -> dict[str, int]:
        """Rows per result key (pneumonia / indeterminate / normal / out_of_scope / error / pending...)."""
        out: dict[str, int] = {}
        for r in self.rows if rows is None else rows:
            out[r.result_key] = out.get(r.result_key, 0) + 1
        return out

    def _changed(self, i: int) -> None:
        self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def clear(self) -> None:
        self.beginResetModel()
        self.rows.clear()
        self._index.clear()
        self._arrivals.clear()
        self._suffix = None
        self.endResetModel()


class StudyFilterProxy(QSortFilterProxyModel):
    """Filter by result ("", or a result key: pneumonia, indeterminate, normal, out_of_scope, error,
    pending -- statuses included) and free text; sort by raw values."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result_filter = ""
        self.text_filter = ""
        self.group_by_study = False
        self.setSortRole(StudyTableModel.SORT_ROLE)

    def set_grouped(self, on: bool) -> None:
        """Rows of one study together (studies in label order), sorted within it by the column chosen."""
        self.group_by_study = on
        if on and self.sortColumn() < 0:
            self.sort(StudyTableModel.STUDY, Qt.SortOrder.AscendingOrder)
        elif not on and self.sortColumn() == StudyTableModel.STUDY:
            self.sort(-1)  # back to the order the files were opened in
        self.invalidate()

    def lessThan(self, left, right) -> bool:  # noqa: N802 - Qt API
        if self.group_by_study:
            rows = self.sourceModel().rows  # type: ignore[attr-defined]
            a, b = rows[left.row()].study, rows[right.row()].study
            if a is not None and b is not None and a.key != b.key:
                ta, tb = self.sourceModel().study_arrival(a.key), self.sourceModel().study_arrival(b.key)  # type: ignore[attr-defined]
                if ta != tb:  # studies the X-ray unit sent come first, the latest on top, whichever the sort order
                    return ta > tb if self.sortOrder() == Qt.SortOrder.AscendingOrder else ta < tb
                # studies keep their order whichever way the column inside them is sorted
                before = (a.label, a.key) < (b.label, b.key)
                return before if self.sortOrder() == Qt.SortOrder.AscendingOrder else not before
            if left.column() == StudyTableModel.STUDY:
                return left.row() < right.row()  # within a study: the order the files were opened in
        return super().lessThan(left, right)

    def set_filters(self, result: str | None = None, text: str | None = None) -> None:
        if result is not None:
            self.result_filter = result
        if text is not None:
            self.text_filter = text.strip().lower()
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        row: StudyRow = model.rows[source_row]  # type: ignore[attr-defined]
        if self.result_filter and row.result_key != self.result_filter:
            return False
        if self.text_filter:
            hay = " ".join([row.path, row.meta("PatientID"), row.meta("AccessionNumber"), row.reason,
                            row.study.label if row.study else ""]).lower()
            if self.text_filter not in hay:
                return False
        return True
