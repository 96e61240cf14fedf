"""A batch of images through the analysis service: queueing, progress, cancel (asked on Esc), the summary."""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop import i18n
from desktop.controllers.workers import TaskRunner, TaskWorker, analyse_task
from desktop.views.dialogs import COUNTS
from desktop.views.main_window import MainWindow
from desktop.views.table_models import (
    ANALYSING,
    ERROR,
    OK,
    OUT_OF_SCOPE,
    PENDING,
    RESULT_TEXT,
    REVIEW_TEXT,
    StudyTableModel,
    shown,
)
from engine.product import fill
from engine.runners.results import Prediction


def _count_parts(counts: dict[str, int]) -> list[str]:
    # each count with its word and symbol on one line, however the summary wraps
    return [f"{shown(RESULT_TEXT[k]).replace(' ', '&nbsp;')}&nbsp;<b>{counts[k]}</b>" for k in ("pneumonia", "indeterminate", "normal", OUT_OF_SCOPE,
                                                           ERROR, PENDING) if counts.get(k)]


def summary_html(counts: dict[str, int], images: int, done: int, seconds: float, cancelled: bool,
                 not_images: int, reviews: dict[str, int] | None = None,
                 in_list: tuple[dict[str, int], int, int] | None = None) -> str:
    """The batch's line, then (``in_list``: counts, rows, studies) what the whole list holds -- the summary speaks
    for everything in view, not only the last batch."""
    parts = _count_parts(counts)
    rate = done / seconds if seconds > 0 else 0.0
    extra = (fill(QCoreApplication.translate("BatchSummary", "<br/>%1 other file(s) in the folder are not images (filter: %2)."),
                  i18n.number(not_images), shown(RESULT_TEXT[ERROR])) if not_images else "")
    if reviews:
        extra += QCoreApplication.translate("BatchSummary", "<br/>Readings: ") + ", ".join(
            f"{shown(REVIEW_TEXT[k]) if k in REVIEW_TEXT else k.replace('_', ' ')} <b>{v}</b>"
            for k, v in sorted(reviews.items()))
    if in_list is not None:
        lc, rows, studies = in_list
        extra += (fill(QCoreApplication.translate("BatchSummary", "<br/><b>In the list: %1, %2</b> &nbsp;"),
                       COUNTS.rows(rows), COUNTS.studies(studies))
                  + " &nbsp;\u00b7&nbsp; ".join(_count_parts(lc)))
    head = (QCoreApplication.translate("BatchSummary", "<b>Batch cancelled:</b> %1 of %2 images in %3 s (%4 images/s)<br/>") if cancelled
            else QCoreApplication.translate("BatchSummary", "<b>Batch finished:</b> %1 of %2 images in %3 s (%4 images/s)<br/>"))
    return (fill(head, i18n.number(done), i18n.number(images), i18n.number(seconds, 1), i18n.number(rate, 1))
            + " &nbsp;\u00b7&nbsp; ".join(parts) + extra)


class BatchController(QObject):
    """Runs one batch at a time; requests during a batch (or before the model is ready) are queued."""

    items_arrived = Signal(list)  # Predictions, in chunks, after the table has them
    finished = Signal(int)  # rows with a result

    def __init__(self, table: StudyTableModel, window: MainWindow, runner: TaskRunner) -> None:
        super().__init__()
        self.table, self.window, self.runner = table, window, runner
        self.service = None
        self.model_pending = False  # a model is loading: queue requests instead of dropping them
        self.worker: TaskWorker | None = None
        self.queued: list[str] = []
        self.paths: list[str] = []
        self.t0 = 0.0
        self.last_summary: dict | None = None
        self.closed = False

    def set_service(self, service) -> None:
        self.service = service
        if service is not None and self.queued:
            queued, self.queued = self.queued, []
            self.analyse(queued)

    def redo_other_operating_point(self) -> int:
        """Every result decided under other settings than the service's (bundle, site profile, relaxed checks,
        precision) is decided again -- failed and not-assessed rows included -- from the cached model outputs where
        they exist (engine.runners.cache: no model run for a change of decision).  Returns how many rows."""
        if self.service is None:
            return 0
        key = self.service.classifier.decision_key
        stale = [r.path for r in self.table.rows if r.prediction is not None and r.decided_under != key
                 and r.status in (OK, OUT_OF_SCOPE, ERROR)]
        for p in stale:
            self.table.set_status(p, PENDING)
        self.analyse(stale)
        return len(stale)

    def analyse(self, paths: list[str], say: bool = False) -> None:
        """Analyse the rows of ``paths`` that have no result in force; ``say``: tell the user what was done when
        nothing needed doing (the menu's Analyse all / Analyse selected)."""
        rows = [self.table.rows[i] for i in (self.table.row_of(p) for p in paths) if i is not None]
        todo = [r.path for r in rows if r.status not in (OK, OUT_OF_SCOPE, ANALYSING)
                and not (r.status == ERROR and r.prediction is None and r.reason)]
        running = sum(r.status == ANALYSING for r in rows)
        if not todo and running and say:
            self.window.statusBar().showMessage(fill(self.tr(
                "%1 of the %2 image(s) asked for are being analysed now; the others already have results at the "
                "settings in force."), str(running), str(len(rows))), 10000)
            return
        if not todo:
            if say:
                self.window.statusBar().showMessage(
                    fill(self.tr("Nothing to analyse: the %1 image(s) asked for already have results at the settings "
                                 "in force (files that are not images cannot be analysed)."), str(len(rows))) if rows
                    else self.tr("No images to analyse."), 10000)
            return
        if say and (self.worker is not None or self.service is None):
            self.window.statusBar().showMessage(fill(self.tr("%1 image(s) queued: they are analysed when the current "
                                                             "batch or the model loading finishes."), str(len(todo))),
                                                10000)
        if self.service is None or self.worker is not None:
            if self.service is not None or self.model_pending:
                self.queued.extend(p for p in todo if p not in self.queued)
            return
        for p in todo:
            self.table.set_status(p, ANALYSING)
        self.paths, self.t0 = list(todo), time.perf_counter()
        # The heap built so far is set aside from the cyclic collector for the batch: a full collection walks
        # every object while holding the GIL, which stalled the GUI thread for 200-250 ms in a large process
        # (measured in the soak test). gc.unfreeze() at the end hands the objects back to it.
        gc.freeze()
        self.worker = self.runner.start(analyse_task(self.service, todo), "analysis", items_ready=self._arrived,
                                        progress=self._progress, finished=self._done)
        self.window.set_busy(True)

    def _arrived(self, preds: list[Prediction]) -> None:
        preds = self.table.set_predictions(preds)  # a batch finishing after its rows were closed adds nothing
        if not preds:
            return
        key = self.service.classifier.decision_key if self.service is not None else ""
        for p in preds:
            i = self.table.row_of(p.path)
            if i is not None:
                self.table.rows[i].decided_under = key
        self.items_arrived.emit(preds)

    def _progress(self, done: int, total: int) -> None:
        eta = ""
        if 0 < done < total:
            rate = done / max(time.perf_counter() - self.t0, 1e-6)
            eta = fill(self.tr("%1 img/s, about %2 s left"), i18n.number(rate, 1),
                       str(int((total - done) / rate) + 1))
        self.window.set_progress(done, total, eta)

    def _done(self, worker: TaskWorker) -> None:
        if self.worker is not worker:
            return
        self.worker = None
        gc.unfreeze()
        elapsed = time.perf_counter() - self.t0
        for r in self.table.rows:  # rows a cancel left unfinished go back to "not analysed"
            if r.status == ANALYSING:
                self.table.set_status(r.path, PENDING)
        self.window.set_busy(False)
        rows = [self.table.rows[i] for i in (self.table.row_of(p) for p in self.paths) if i is not None]
        counts = self.table.counts(rows)
        done = sum(v for k, v in counts.items() if k not in (PENDING, ANALYSING))
        self.last_summary = dict(counts, cancelled=worker.cancelled, images=len(rows), done=done, seconds=elapsed)
        not_images = sum(1 for r in self.table.rows if r.status == ERROR and r.prediction is None and r.reason)
        reviews: dict[str, int] = {}
        for r in rows:
            if r.reading_state:
                reviews[r.reading_state] = reviews.get(r.reading_state, 0) + 1
        self.last_summary["reviews"] = reviews
        in_list = (self.table.counts(), len(self.table.rows), len(self.table.studies()))
        self.last_summary["in_list"] = {"rows": in_list[1], "studies": in_list[2], **in_list[0]}
        if rows:  # a batch whose rows were closed (Close all, a replace) has nothing to summarise in this list
            self.window.study_list.summary.show_summary(
                summary_html(counts, len(rows), done, elapsed, worker.cancelled, not_images, reviews, in_list))
        self.finished.emit(sum(1 for r in self.table.rows if r.status in (OK, ERROR, OUT_OF_SCOPE)))
        if self.queued and not self.closed:
            queued, self.queued = self.queued, []
            self.analyse(queued)

    def ask_cancel(self) -> None:
        """Esc: cancelling a batch is a question, not a keystroke away."""
        if self.worker is None:
            return
        done = sum(1 for p in self.paths if (i := self.table.row_of(p)) is not None
                   and self.table.rows[i].status not in (ANALYSING, PENDING))
        self.window.ask_cancel(done, len(self.paths), self.cancel)

    def cancel(self) -> None:
        self.queued.clear()
        if self.worker is not None:
            self.worker.cancel()
