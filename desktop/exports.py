"""CSV and heatmap exports from the app: the analysis service writes them on a worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from engine.results import Prediction

from desktop.main_window import MainWindow
from desktop.models import StudyRow, StudyTableModel
from desktop.workers import TaskRunner, TaskWorker


def output_refused(window: MainWindow, rows, files=None, folders=None, opened=()) -> bool:
    """The command line's rule in the app's save dialogs (engine.outputs.check_outputs): an export never replaces
    an image on the list or Pneumoscan's own files, and a heatmap folder is never a folder opened this session, a
    folder holding listed images, or inside one.  True (and said on screen) when refused."""
    from engine import errors
    from engine.outputs import check_outputs

    paths = [r.path for r in rows]
    study_folders = sorted({str(Path(p).parent) for p in paths} | set(opened)) if folders else []
    try:
        check_outputs(paths, files or {}, folders or {}, study_folders)
    except errors.ExportError as exc:
        window.show_message("Choose another name", exc.message, error=False)
        return True
    return False


class ExportController(QObject):
    finished = Signal(str)

    def __init__(self, table: StudyTableModel, window: MainWindow, runner: TaskRunner, session, reviews=None) -> None:
        super().__init__()
        self.table, self.window, self.runner, self.session, self.reviews = table, window, runner, session, reviews
        self.opened_folders: list[str] = []  # the study opener's list (desktop.app shares it)

    def rows_as_predictions(self, rows: list[StudyRow]) -> list[Prediction]:
        b = self.session.bundle
        return [r.prediction if r.prediction is not None else
                Prediction.failed(r.path, "not_an_image" if r.reason else "not_analysed", r.reason or "Not analysed.", b)
                for r in rows]

    def ask_csv(self, selected: bool) -> None:
        rows = self.window.study_list.selected_rows() if selected else list(self.table.rows)
        if not rows:
            self.window.show_message("Nothing to export", "Open and analyse images first.", error=False)
            return
        path, _ = QFileDialog.getSaveFileName(self.window, "Export results as CSV",
                                              str(Path.home() / "pneumoscan_results.csv"), "CSV files (*.csv)")
        if path and not output_refused(self.window, self.table.rows, {"The CSV": path}):
            self.csv(path, rows, overwrite=True)  # the save dialog already confirmed overwriting

    def csv(self, path: str, rows: list[StudyRow], overwrite: bool = False) -> TaskWorker | None:
        service = self.session.service
        if service is None:
            self.window.show_message("No model", "Results can be exported once the model is loaded.", error=False)
            return None
        preds = self.rows_as_predictions(rows)
        return self.runner.start(lambda w: (str(path), service.export_csv(preds, path, overwrite=overwrite,
                                                                          reviews=self.reviews)),
                                 "CSV export", succeeded=lambda res: self._exported(*res))

    def ask_heatmaps(self) -> None:
        rows = [r for r in (self.window.study_list.selected_rows() or self.table.rows) if r.prediction and r.prediction.ok]
        if not rows:
            self.window.show_message("Nothing to export", "No analysed images to export heatmaps for.", error=False)
            return
        folder = QFileDialog.getExistingDirectory(self.window, "Folder for heatmap overlays")
        if folder and not output_refused(self.window, self.table.rows, folders={"The heatmap folder": folder},
                                         opened=self.opened_folders):
            self.heatmaps(folder, rows)

    def heatmaps(self, folder: str, rows: list[StudyRow]) -> TaskWorker | None:
        service = self.session.service
        if service is None:
            return None
        preds = [r.prediction for r in rows if r.prediction is not None and r.prediction.ok]
        opacity = self.window.viewer.opacity.value() / 100.0
        cmap = self.window.viewer.colour_map.currentText()
        return self.runner.start(
            lambda w: (str(folder), service.export_heatmaps(preds, folder, opacity, cmap, w.progress, w.cancel_event,
                                                            always=self.session.settings.heatmap_always)),
            "heatmap export", succeeded=lambda res: self._exported(*res))

    def _exported(self, path: str, n: int) -> None:
        self.window.statusBar().showMessage(f"Exported {n} rows to {path}", 8000)
        self.finished.emit(path)
