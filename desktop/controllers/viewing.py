"""Showing one image: the viewer and the result panel follow the current row; nothing blocks.

:meth:`ViewingController.displayed_row` is the row whose image *and* result are
on screen now -- the one a reading applies to.  It is None while the current
row's image is still loading, so a reading can never land on the previous
image, and it follows every change of the current row (selection, filter,
Ctrl+Tab, Close all).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop import i18n
from desktop.controllers.workers import TaskRunner, load_image_task
from desktop.views.main_window import MainWindow
from desktop.views.table_models import ERROR, StudyRow
from engine.checks.input_gate import translate_reasons
from engine.errors import FileChangedError
from engine.image.heatmap import shown_by_default
from engine.product import fill
from engine.runners.results import Prediction


class ViewingController(QObject):
    """Loads the current row's image off the GUI thread and shows it with its result; an unreadable file
    shows its reason in place (no dialog), so Up/Down keep working."""

    image_shown = Signal(str)
    file_changed = Signal(str)  # the current row's file is no longer the bytes its result was made from

    def __init__(self, window: MainWindow, runner: TaskRunner, session, settings) -> None:
        super().__init__()
        self.window, self.runner, self.session, self.settings = window, runner, session, settings
        self.current_image = None
        self._displayed: StudyRow | None = None
        self._changed: StudyRow | None = None  # the current row, when its file changed since it was analysed
        self._worker = None
        self._map_worker = None
        self._seq = 0
        self._shown_pred: Prediction | None = None  # the result on screen, whose map is asked for when shown
        window.viewer.heatmap_check.toggled.connect(lambda on: on and self._request_map())

    def displayed_row(self) -> StudyRow | None:
        """The row whose image and result are on screen (None while one is loading, or when nothing is shown)."""
        return self._displayed

    def changed_row(self) -> StudyRow | None:
        """The current row when its file's bytes are no longer those its result was made from (nothing shown)."""
        return self._changed

    def _model_text(self) -> str:
        return self.session.bundle.summary() if self.session.bundle else ""

    def _heatmap_default(self, pred: Prediction | None) -> None:
        """Evidence is shown where there is a finding (PNEUMONIA, indeterminate); NORMAL on request (Ctrl+H)."""
        self.window.viewer.heatmap_check.setChecked(self.settings.heatmap_always or shown_by_default(pred))

    def predictions_arrived(self, preds: list[Prediction]) -> None:
        cur = self.window.study_list.current_row()
        if cur is not None and any(cur.path == p.path for p in preds):
            self.show_row(cur, refresh=True)

    def refresh_current(self) -> None:
        """Show the current row again (the operating point or the clinic's prevalence changed)."""
        self.show_row(self.window.study_list.current_row(), refresh=True)

    def clear(self) -> None:
        """Nothing on screen (Close all, or a filter that shows no row: then it says so)."""
        self._seq += 1
        if self._worker is not None:
            self._worker.cancel()
        self._displayed = None
        self._changed = None
        self._shown_pred = None
        self.current_image = None
        self.window.viewer.set_heatmap_status("")
        hidden = self.window.study_list.model.rowCount() > 0
        self.window.viewer.set_image(None, message=self.tr("No image matches the filter: change or clear it (Ctrl+F).")
                                     if hidden else None)
        self.window.details.show_result(None, None)
        if hidden:
            self.window.details.label.setText(self.tr("\u2014 no image shown"))

    def _show_result(self, row: StudyRow, image) -> Prediction | None:
        """The row's result in the panel, or "being analysed again" while it waits to be redone at the operating
        point now in force (no old number on screen); returns the result shown."""
        if row.prediction is not None and not row.has_current_result:
            self.window.details.show_pending(row.prediction, self._model_text())
            return None
        self.window.details.show_result(row.prediction, image, self._model_text())
        return row.prediction

    # ------------------------------------------------------------------ viewer
    def show_row(self, row: StudyRow | None, refresh: bool = False) -> None:
        if row is None:
            self.clear()
            return
        img = self.current_image
        if refresh and img is not None and img.path == row.path:
            pred = self._show_result(row, img)
            self._heatmap_default(pred)
            self.window.viewer.set_heatmap(pred.heatmap if pred is not None and pred.ok else None)
            self._displayed = row
            self._shown_pred = pred
            self._request_map()
            return
        self._displayed = None  # until this row's image is on screen, no reading can be recorded
        self._changed = None
        self._shown_pred = None
        self._show_result(row, None)
        if row.status == ERROR:  # the reason in place: no dialog interrupts the review
            self._seq += 1
            self._image_failed(row, row.reason or (row.prediction.error if row.prediction else "") or self.tr("Unreadable."),
                               self._seq, prediction=row.prediction)
            return
        if self._worker is not None:
            self._worker.cancel()
        self._seq += 1
        seq = self._seq
        analysed = row.prediction.sha256 if row.prediction is not None and row.prediction.sha256 else None
        self._worker = self.runner.start(load_image_task(row.path, analysed), self.tr("opening the image"), inline=True,
                                         succeeded=lambda img, r=row, s=seq: self._image_loaded(r, img, s),
                                         failed=lambda msg, _d, r=row, s=seq: self._image_failed(r, msg, s))

    def _image_failed(self, row: StudyRow, message: str, seq: int, prediction: Prediction | None = None) -> None:
        if seq != self._seq:
            return
        self.current_image = None
        self.window.viewer.set_image(None, message=fill(self.tr("\u26a0 %1 cannot be shown.\n%2"), Path(row.path).name,
                                                        translate_reasons(message, i18n.TR)))
        self.window.details.show_result(prediction or Prediction.failed(row.path, "unreadable", message), None)
        self._displayed = row

    def _image_loaded(self, row: StudyRow, image, seq: int) -> None:
        if seq != self._seq:  # the user moved on to another image meanwhile
            return
        if isinstance(image, FileChangedError):  # other bytes than the result's: neither is shown, no reading
            self.current_image = None
            self._changed = row
            self.window.viewer.set_image(None, message=fill(self.tr(
                "\u26a0 %1 changed since it was analysed.\nIts result is not shown beside other pixels, and no "
                "reading can be recorded until it is analysed again."), Path(row.path).name))
            self.window.details.show_result(Prediction.failed(row.path, image.code, image.message), None)
            self.window.details.show_reading(None, None)  # no reading section beside a result that is not shown
            self.file_changed.emit(row.path)
            return
        self.current_image = image
        pred = self._show_result(row, image)
        self._heatmap_default(pred)
        self.window.viewer.set_image(image.pixels, pred.heatmap if pred is not None and pred.ok else None, image=image)
        self._displayed = row
        self._shown_pred = pred
        self._request_map()
        self.image_shown.emit(row.path)

    # ------------------------------------------------------------------ the heatmap, made when it is to be shown
    def _request_map(self) -> None:
        """Make the shown result's map off the GUI thread when the heatmap is to be shown and the result has none
        yet (an occlusion bundle makes maps only for images on screen, exported or reported); the image is on
        screen meanwhile, with "making the heatmap" beside the heatmap box."""
        viewer, pred, service = self.window.viewer, self._shown_pred, self.session.service
        if pred is None or not pred.ok or pred.cam is not None or service is None or not viewer.heatmap_check.isChecked():
            viewer.set_heatmap_status("")
            return
        if self._map_worker is not None:
            self._map_worker.cancel()
        seq = self._seq
        viewer.set_heatmap_status(self.tr("making the heatmap\u2026"))
        self._map_worker = self.runner.start(lambda w, p=pred: service.explain(p), self.tr("making the heatmap"),
                                             inline=True,
                                             succeeded=lambda p, s=seq: self._map_ready(p, s),
                                             failed=lambda msg, _d, s=seq: self._map_failed(msg, s))

    def _map_ready(self, pred: Prediction, seq: int) -> None:
        if seq != self._seq or self._shown_pred is None or pred.path != self._shown_pred.path:
            return  # the user moved on: the map is kept by the classifier for when they come back
        self._shown_pred = pred
        self.window.viewer.set_heatmap_status("")
        self.window.viewer.set_heatmap(pred.heatmap)

    def _map_failed(self, message: str, seq: int) -> None:
        if seq == self._seq:
            self.window.viewer.set_heatmap_status(fill(self.tr("no heatmap: %1"), message))
