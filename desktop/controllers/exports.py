"""CSV and heatmap exports from the app: the analysis service writes them on a worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog

from desktop.controllers.workers import TaskRunner, TaskWorker
from desktop.views.dialogs import COUNTS, ScopeDialog, rows_and_studies
from desktop.views.main_window import MainWindow
from desktop.views.table_models import StudyRow, StudyTableModel, study_label
from engine.product import fill
from engine.runners.results import Prediction


def scope_choices(window: MainWindow, table: StudyTableModel, shown: StudyRow | None = None,
                  image: bool = False) -> list[tuple[str, str, list[StudyRow]]]:
    """What an export can cover: the study on screen first (the default), then (``image``) the image on screen,
    the selected rows, the rows the filter shows, everything in the list."""
    sl = window.study_list
    cur = shown or sl.current_row()
    study = table.study_rows(cur.study.key) if cur is not None and cur.study is not None else []
    folder = cur is not None and cur.study is not None and cur.study.kind == "folder"
    name = (fill(QCoreApplication.translate("Scope", "The folder on screen (%1: plain images name no patient)"),
                 cur.study.label[len('folder '):]) if folder else
            fill(QCoreApplication.translate("Scope", "The study on screen (%1)"), study_label(cur.study)) if cur is not None and cur.study
            else QCoreApplication.translate("Scope", "The study on screen"))
    out = [("study", name, study)]
    if image:
        out.append(("screen", fill(QCoreApplication.translate("Scope", "The image on screen (%1)"), Path(cur.path).name) if cur
                    else QCoreApplication.translate("Scope", "The image on screen"), [cur] if cur is not None else []))
    return out + [("selected", QCoreApplication.translate("Scope", "The selected rows"), sl.selected_rows()),
                  ("filtered", QCoreApplication.translate("Scope", "The rows the filter shows"), sl.filtered_rows()),
                  ("all", QCoreApplication.translate("Scope", "Everything in the list"), list(table.rows))]


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_")[:60] or "study"


def save_start(settings, rows: list[StudyRow], stem: str, suffix: str) -> str:
    """Where a save dialog starts: the folder of the last export, else beside the study's folder (never inside an
    opened folder: the next opening would list the export as a file), with a name that says which study and when."""
    import datetime as _dt

    folder = Path(settings.export_dir) if settings is not None and settings.export_dir else None
    if folder is None or not folder.is_dir():
        parents = {Path(r.path).parent for r in rows}
        folder = next(iter(parents)).parent if len(parents) == 1 else Path.home()
        if not folder.is_dir() or folder == folder.parent:
            folder = Path.home()
    studies = {r.study.key: r.study for r in rows if r.study is not None}
    what = _slug(next(iter(studies.values())).label) if len(studies) == 1 else f"{len(studies)}_studies"
    return str(folder / f"{stem}_{what}_{_dt.date.today().isoformat()}{suffix}")


def output_refused(window: MainWindow, rows, files=None, folders=None, opened=()) -> bool:
    """The command line's rule in the app's save dialogs (engine.files.outputs.check_outputs): an export never replaces
    an image on the list or Pneumoscan's own files, and a heatmap folder is never a folder opened this session, a
    folder holding listed images, or inside one.  True (and said on screen) when refused."""
    from engine import errors
    from engine.files.outputs import check_outputs

    paths = [r.path for r in rows]
    study_folders = sorted({str(Path(p).parent) for p in paths} | set(opened)) if folders else []
    try:
        check_outputs(paths, files or {}, folders or {}, study_folders)
    except errors.ExportError as exc:
        window.show_message(QCoreApplication.translate("Scope", "Choose another name"), exc.message, error=False)
        return True
    return False


class ExportController(QObject):
    finished = Signal(str)

    def __init__(self, table: StudyTableModel, window: MainWindow, runner: TaskRunner, session, reviews=None,
                 settings=None) -> None:
        super().__init__()
        self.table, self.window, self.runner, self.session, self.reviews = table, window, runner, session, reviews
        self.settings = settings
        self.opened_folders: list[str] = []  # the study opener's list (desktop.app shares it)

    def rows_as_predictions(self, rows: list[StudyRow]) -> list[Prediction]:
        b = self.session.bundle
        return [r.prediction if r.prediction is not None else
                Prediction.failed(r.path, "not_an_image" if r.reason else "not_analysed", r.reason or "Not analysed.", b)
                for r in rows]

    def ask_csv(self, scope: str | None = None) -> None:
        """File > Export CSV: which rows (the study on screen by default; ``scope`` preselects one), then where."""
        choices = scope_choices(self.window, self.table)
        if not any(rows for _k, _t, rows in choices):
            self.window.show_message(self.tr("Nothing to export"), self.tr("Open and analyse images first."),
                                     error=False)
            return
        pending = sum(1 for r in self.table.rows if r.prediction is None and not r.reason)
        intro = self.tr("Export the results of:") + (fill(self.tr(
            "\n\n%1 image(s) in the list are not analysed yet: they are written with error_code not_analysed and no "
            "result. Export again when the analysis has finished."), str(pending)) if pending else "")
        dlg = self.scope_dialog = ScopeDialog(self.tr("Export CSV"), intro, choices, self.window)
        if scope:
            dlg.choose(scope)
        dlg.accepted.connect(lambda: self._csv_chosen(dlg.rows()))
        dlg.open()

    def _csv_chosen(self, rows: list[StudyRow]) -> None:
        if not rows:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, fill(self.tr("Export %1 as CSV"), rows_and_studies(rows)),
                                              save_start(self.settings, rows, "pneumoscan", ".csv"),
                                              self.tr("CSV files (*.csv)"))
        if path and not output_refused(self.window, self.table.rows, {self.tr("The CSV"): path}):
            if self.settings is not None:
                self.settings.export_dir = str(Path(path).parent)
            self.csv(path, rows, overwrite=True)  # the save dialog already confirmed overwriting

    def csv(self, path: str, rows: list[StudyRow], overwrite: bool = False) -> TaskWorker | None:
        service = self.session.service
        if service is None:
            self.window.show_message(self.tr("No model"), self.tr("Results can be exported once the model is loaded."),
                                     error=False)
            return None
        preds = self.rows_as_predictions(rows)
        held = rows_and_studies(rows)
        pending = sum(1 for r in rows if r.prediction is None and not r.reason)
        return self.runner.start(lambda w: (str(path), service.export_csv(preds, path, overwrite=overwrite,
                                                                          reviews=self.reviews)),
                                 self.tr("CSV export"), succeeded=lambda res: self._exported(*res, held=held, pending=pending))

    def ask_heatmaps(self) -> None:
        """File > Export heatmap overlays: which analysed rows (the study on screen by default), then where."""
        choices = [(k, t, [r for r in rows if r.prediction and r.prediction.ok])
                   for k, t, rows in scope_choices(self.window, self.table)]
        if not any(rows for _k, _t, rows in choices):
            self.window.show_message(self.tr("Nothing to export"), self.tr("No analysed images to export heatmaps for."),
                                     error=False)
            return
        dlg = self.scope_dialog = ScopeDialog(self.tr("Export heatmap overlays"),
                                              self.tr("Export the heatmap overlays of:"), choices, self.window)
        dlg.accepted.connect(lambda: self._heatmaps_chosen(dlg.rows()))
        dlg.open()

    def _heatmaps_chosen(self, rows: list[StudyRow]) -> None:
        if not rows:
            return
        start = str(Path(save_start(self.settings, rows, "x", "")).parent)
        folder = QFileDialog.getExistingDirectory(self.window, fill(self.tr("Folder for the heatmap overlays of %1"),
                                                                    rows_and_studies(rows)), start)
        if folder and not output_refused(self.window, self.table.rows, folders={self.tr("The heatmap folder"): folder},
                                         opened=self.opened_folders):
            if self.settings is not None:
                self.settings.export_dir = folder
            self.heatmaps(folder, rows)

    def heatmaps(self, folder: str, rows: list[StudyRow]) -> TaskWorker | None:
        service = self.session.service
        if service is None:
            return None
        preds = [r.prediction for r in rows if r.prediction is not None and r.prediction.ok]
        opacity = self.window.viewer.opacity.value() / 100.0
        cmap = self.window.viewer.colour_map.currentText()
        held = rows_and_studies(rows)
        return self.runner.start(
            lambda w: (str(folder), service.export_heatmaps(preds, folder, opacity, cmap, w.progress, w.cancel_event,
                                                            always=self.session.settings.heatmap_always)),
            self.tr("heatmap export"), succeeded=lambda res: self._exported(*res, held=held, what="overlays"))

    def _exported(self, path: str, n: int, held: str = "", what: str = "rows", pending: int = 0) -> None:
        self.last_exported = (path, n, held)
        count = COUNTS.rows(n) if what == "rows" else COUNTS.overlays(n)
        text = (fill(self.tr("Exported %1 to %2"), held, path) if held and what == "rows" else
                fill(self.tr("Exported %1 (%2) to %3"), count, held, path) if held else
                fill(self.tr("Exported %1 to %2"), count, path))
        if pending:
            text += fill(self.tr(" \u2014 %1 of them not analysed yet"), str(pending))
        self.window.statusBar().showMessage(text, 15000)
        self.finished.emit(path)
