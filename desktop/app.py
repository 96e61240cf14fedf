"""Composition root: engine services + main window, wired with signals.

The controller owns the state a session needs (the study table, the loaded
classifier, the result cache, running workers) and runs every engine call on
the worker pool, never on the GUI thread.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from engine import errors
from engine.audit import AuditLog
from engine.bundle import ModelBundle, load_bundle
from engine.cache import ResultCache
from engine.inference import Prediction
from engine.resources import default_model_dir, user_cache_dir, user_log_dir

from desktop import dialogs
from desktop.main_window import MainWindow
from desktop.models import ANALYSING, ERROR, OK, OUT_OF_SCOPE, PENDING, RESULT_TEXT, StudyRow, StudyTableModel
from desktop.settings import AppSettings
from desktop.workers import (TaskWorker, WorkerPool, analyse_task, discover_task, load_image_task, load_model_task)

log = logging.getLogger(__name__)


class AppController(QObject):
    model_ready = Signal(object)  # Classifier or None
    analysis_finished = Signal(int)
    discovery_finished = Signal(int)
    export_finished = Signal(str)
    image_shown = Signal(str)

    def __init__(self, model_dir: str | os.PathLike[str] | None = None, settings: QSettings | None = None,
                 cache_path: str | os.PathLike[str] | None = "default", ask_intended_use: bool = True) -> None:
        super().__init__()
        self.settings = AppSettings(settings)
        self.table = StudyTableModel()
        self.window = MainWindow(self.table)
        self.pool = WorkerPool(max_threads=3)
        self.model_dir = Path(model_dir) if model_dir else default_model_dir()
        self.bundle: ModelBundle | None = None
        self.classifier = None
        if cache_path == "default":
            cache_path = user_cache_dir() / "results.jsonl"
        self.cache = ResultCache(cache_path)
        self.audit = AuditLog(source="desktop")
        self.analysis: TaskWorker | None = None
        self._queued: list[str] = []
        self._image_worker: TaskWorker | None = None
        self._image_seq = 0
        self._current_image = None
        self._t0 = 0.0
        self._batch_paths: list[str] = []
        self.last_summary: dict | None = None
        self._shut_down = False
        self._wire()
        self._restore_window()
        self._update_actions()
        self.window.set_recent(self.settings.recent_folders(), self.open_paths)
        self.intended_use_dialog = None
        if ask_intended_use and not self.settings.intended_use_acknowledged:
            self.show_intended_use(require_ack=True)
        self.load_model()

    # ------------------------------------------------------------------ wiring
    def _wire(self) -> None:
        w = self.window
        w.act_open_files.triggered.connect(self.ask_open_files)
        w.act_open_folder.triggered.connect(self.ask_open_folder)
        w.act_export_all.triggered.connect(lambda: self.ask_export_csv(selected=False))
        w.act_export_selected.triggered.connect(lambda: self.ask_export_csv(selected=True))
        w.act_export_heatmaps.triggered.connect(self.ask_export_heatmaps)
        w.act_clear.triggered.connect(self.clear)
        w.act_analyse_all.triggered.connect(lambda: self.analyse([r.path for r in self.table.rows]))
        w.act_analyse_selected.triggered.connect(lambda: self.analyse([r.path for r in w.study_list.selected_rows()]))
        w.act_cancel.triggered.connect(self.ask_cancel_analysis)
        w.cancel_button.clicked.connect(self.cancel_analysis)  # the button is explicit: no question
        w.act_settings.triggered.connect(self.edit_settings)
        w.act_intended_use.triggered.connect(lambda: self.show_intended_use(require_ack=False))
        w.act_model_card.triggered.connect(
            lambda: dialogs.TextDialog("Model card", dialogs.model_card_html(self.bundle), w).open())
        w.act_shortcuts.triggered.connect(lambda: dialogs.TextDialog("Keyboard shortcuts", dialogs.shortcuts_html(), w).open())
        w.act_about.triggered.connect(lambda: dialogs.TextDialog(
            "About Pneumoscan", dialogs.about_html(self.bundle, self.classifier.description if self.classifier else "",
                                                   user_log_dir()), w).open())
        w.act_audit.triggered.connect(self.show_audit_log)
        w.act_log.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(user_log_dir()))))
        w.paths_dropped.connect(self.open_paths)
        w.welcome.samples_requested.connect(self.open_samples)
        w.welcome.open_files_requested.connect(self.ask_open_files)
        w.welcome.open_folder_requested.connect(self.ask_open_folder)
        w.welcome.recent_requested.connect(lambda folder: self.open_paths([folder]))
        w.study_list.current_changed.connect(self.show_row)
        w.closing.connect(self.shutdown)
        w.study_list.header_changed.connect(
            lambda: self.settings.save_study_list_header(w.study_list.header_state()))
        w.viewer.colour_map.currentTextChanged.connect(lambda name: setattr(self.settings, "colour_map", name))
        w.viewer.keep_wl.toggled.connect(lambda on: setattr(self.settings, "keep_window_level", on))

    def _restore_window(self) -> None:
        geo, state = self.settings.window_geometry(), self.settings.window_state()
        if geo is not None:
            self.window.restoreGeometry(geo)
            self.window.clamp_to_screen()  # a geometry saved on a bigger screen
        if state is not None:
            self.window.restoreState(state)
        self.window.study_list.restore_header_state(self.settings.study_list_header())
        self.window.viewer.colour_map.setCurrentText(self.settings.colour_map)
        self.window.viewer.keep_wl.setChecked(self.settings.keep_window_level)

    def _update_actions(self) -> None:
        w = self.window
        busy = self.analysis is not None
        can = self.classifier is not None
        w.act_analyse_all.setEnabled(can and bool(self.table.rows))
        w.act_analyse_selected.setEnabled(can and bool(self.table.rows))
        w.set_busy(busy)

    def _start(self, fn, name: str, succeeded=None, failed=None, items_ready=None, progress=None,
               finished=None, inline: bool = False) -> TaskWorker:
        """Run ``fn`` on the pool; every signal is connected before the worker starts (no lost results).

        A failure shows a message box unless ``inline`` (the ``failed`` slot shows it in place, and
        the review goes on without a dialog to dismiss).
        """
        worker = TaskWorker(fn, name)
        if not inline:
            worker.signals.failed.connect(lambda msg, details, n=name: self._task_failed(n, msg, details))
        for signal, slot in ((worker.signals.succeeded, succeeded), (worker.signals.failed, failed),
                             (worker.signals.items_ready, items_ready), (worker.signals.progress_changed, progress)):
            if slot is not None:
                signal.connect(slot)
        if finished is not None:
            worker.signals.finished.connect(lambda w=worker: finished(w))
        return self.pool.start(worker)

    def _task_failed(self, name: str, message: str, details: str) -> None:
        log.error("%s failed: %s\n%s", name, message, details)
        self.window.show_message(f"Pneumoscan: {name} failed", message,
                                 f"Details are in the log folder ({user_log_dir()}).")

    # ------------------------------------------------------------------ model
    def load_model(self) -> None:
        # schema only here, on the GUI thread; the worker's Classifier verifies the hashes of
        # ~130 MB once, off the GUI thread, and a mismatch reaches the user through its failure
        try:
            self.bundle = load_bundle(self.model_dir, verify=False)
        except errors.ModelNotInstalledError:
            self.bundle = None
            self.window.model_status.setText("No model installed \u2014 images can be opened and viewed, not analysed.")
            self.model_ready.emit(None)
            return
        except errors.BundleError as exc:
            self.bundle = None
            self.window.model_status.setText("The installed model cannot be used (see message).")
            self.window.show_message("Model problem", exc.message)
            self.model_ready.emit(None)
            return
        from engine.trust import require_trusted

        try:
            trust = require_trusted(self.bundle, self.settings.trusted_bundles())
        except errors.UntrustedBundleError:
            self.ask_trust(self.bundle)
            return
        self._load_trusted(trust)

    def ask_trust(self, bundle: ModelBundle) -> None:
        """A bundle that is not the shipped one decides labels only after the user confirms it (digest and
        model card shown); the choice is remembered and written to the audit log."""
        self.window.model_status.setText("Waiting for you to confirm the model bundle\u2026")
        dlg = dialogs.TrustBundleDialog(bundle, dialogs.model_card_html(bundle), self.window)
        self.trust_dialog = dlg

        def accepted() -> None:
            self.settings.trust_bundle(bundle.digest)
            self._load_trusted("trusted by the user")

        def rejected() -> None:
            self.audit.record_bundle(str(bundle.path), bundle.name, bundle.version, bundle.digest, "refused by the user")
            self.bundle = None
            self.window.model_status.setText("The model bundle was not trusted \u2014 images can be viewed, not analysed.")
            self.model_ready.emit(None)

        dlg.accepted.connect(accepted)
        dlg.rejected.connect(rejected)
        dlg.open()

    def _load_trusted(self, trust: str) -> None:
        assert self.bundle is not None
        self.audit.record_bundle(str(self.bundle.path), self.bundle.name, self.bundle.version, self.bundle.digest, trust)
        self.window.model_status.setText(f"Loading model {self.bundle.name} {self.bundle.version}\u2026")
        self._start(load_model_task(str(self.model_dir), self.settings.device, self.settings.batch_size,
                                    self.settings.relaxed_checks),
                    "loading the model", succeeded=self._model_loaded, failed=lambda *_: self._model_loaded(None))

    def _model_loaded(self, classifier) -> None:
        self.classifier = classifier
        self.bundle = classifier.bundle if classifier is not None else None
        self.window.details.set_band(self.bundle.band if self.bundle is not None else None)
        if classifier is not None:
            relaxed = classifier.gate_policy.relaxed
            note = f"  \u2014 RELAXED input checks: {', '.join(sorted(relaxed))}" if relaxed else ""
            self.window.model_status.setText(
                f"Model {self.bundle.name} {self.bundle.version} ready on {classifier.description}{note}")
        else:
            self.window.model_status.setText("Model could not be loaded \u2014 images can still be viewed.")
        self._update_actions()
        self.model_ready.emit(classifier)
        if classifier is not None and self._queued:
            queued, self._queued = self._queued, []
            self.analyse(queued)

    # ------------------------------------------------------------------ open
    def ask_open_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.window, "Open chest X-rays", "",
                                                "Images (*.dcm *.dicom *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)")
        if files:
            self.open_paths(files)

    def ask_open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, "Open a study folder")
        if folder:
            self.open_paths([folder])

    def start(self, paths: list[str], demo: bool = False) -> None:
        """What the window shows at launch: the given paths; on the very first launch, the analysed
        samples (once, remembered); otherwise the welcome view."""
        if demo:
            self.open_samples()
        if paths:
            self.open_paths(paths)
        elif not demo and not self.settings.samples_shown and self.bundle is not None:
            self.open_samples()
        elif not demo:
            self.window.show_welcome(True)

    def open_samples(self) -> None:
        """The bundled sample images, analysed (the same as ``--demo``)."""
        from engine.resources import samples_dir

        self.settings.mark_samples_shown()
        self.open_paths([str(samples_dir())], remember=False, analyse=True)

    def open_paths(self, paths: list[str], remember: bool = True, analyse: bool | None = None) -> None:
        self.window.show_welcome(False)
        if remember:
            for p in paths:
                if Path(p).is_dir():
                    self.settings.add_recent_folder(str(Path(p).resolve()))
        self.window.set_recent(self.settings.recent_folders(), self.open_paths)
        self.window.statusBar().showMessage("Searching for images\u2026")
        self._start(discover_task(list(paths)), "searching for images",
                    succeeded=lambda found: self._discovered(found, analyse))

    def _discovered(self, found, analyse: bool | None = None) -> None:
        self.window.statusBar().clearMessage()
        reasons = {str(s.path): s.reason for s in found.skipped}
        images = [str(p) for p in found.images]
        added = self.table.add_paths(images + list(reasons), reasons)
        self._update_actions()
        if self.window.study_list.current_row() is None and self.table.rows:
            self.window.study_list.select_offset(0)
        self.discovery_finished.emit(added)
        if (self.settings.auto_analyse if analyse is None else analyse) and images:
            self.analyse(images)

    def clear(self) -> None:
        self.cancel_analysis()
        self.table.clear()
        self.window.viewer.set_image(None)
        self.window.details.show_result(None, None)
        self.window.study_list.summary.hide()
        self.window.show_welcome(True)
        self._update_actions()

    # ------------------------------------------------------------------ analyse
    def analyse(self, paths: list[str]) -> None:
        rows = [self.table.rows[i] for i in (self.table.row_of(p) for p in paths) if i is not None]
        todo = [r.path for r in rows if r.status not in (OK, OUT_OF_SCOPE) and not (r.status == ERROR and r.prediction is None and r.reason)]
        if not todo:
            return
        if self.classifier is None:
            if self.bundle is not None:  # still loading: run when ready
                self._queued.extend(p for p in todo if p not in self._queued)
            return
        if self.analysis is not None:
            self._queued.extend(p for p in todo if p not in self._queued)
            return
        for p in todo:
            self.table.set_status(p, ANALYSING)
        self._batch_paths = list(todo)
        self._t0 = time.perf_counter()
        self.analysis = self._start(analyse_task(self.classifier, todo, self.cache), "analysis",
                                    items_ready=self._predictions_arrived, progress=self._progress,
                                    finished=self._analysis_done)
        self._update_actions()

    def _progress(self, done: int, total: int) -> None:
        eta = ""
        if done > 0 and total > done:
            rate = done / max(time.perf_counter() - self._t0, 1e-6)
            eta = f"{rate:.1f} img/s, about {int((total - done) / rate) + 1} s left"
        self.window.set_progress(done, total, eta)

    def _predictions_arrived(self, preds: list[Prediction]) -> None:
        self.table.set_predictions(preds)
        for pred in preds:
            self.audit.record_result(pred)
        cur = self.window.study_list.current_row()
        if cur is not None and any(cur.path == p.path for p in preds):
            self._show_prediction(cur)

    def _analysis_done(self, worker: TaskWorker) -> None:
        if self.analysis is not worker:
            return
        self.analysis = None
        elapsed = time.perf_counter() - self._t0
        for r in self.table.rows:  # rows a cancel left unfinished go back to "not analysed"
            if r.status == ANALYSING:
                self.table.set_status(r.path, PENDING)
        self._update_actions()
        self._show_batch_summary(worker.cancelled, elapsed)
        n = sum(1 for r in self.table.rows if r.status in (OK, ERROR, OUT_OF_SCOPE))
        self.analysis_finished.emit(n)
        if self._queued and not self._shut_down:
            queued, self._queued = self._queued, []
            self.analyse(queued)

    def _show_batch_summary(self, cancelled: bool, elapsed: float) -> None:
        rows = [self.table.rows[i] for i in (self.table.row_of(p) for p in self._batch_paths) if i is not None]
        counts = self.table.counts(rows)
        done = sum(v for k, v in counts.items() if k not in (PENDING, ANALYSING))
        self.last_summary = dict(counts, cancelled=cancelled, images=len(rows), done=done, seconds=elapsed)
        parts = [f"{RESULT_TEXT[k]} <b>{counts[k]}</b>" for k in ("pneumonia", "indeterminate", "normal", OUT_OF_SCOPE,
                                                                  ERROR, PENDING) if counts.get(k)]
        head = "Batch cancelled" if cancelled else "Batch finished"
        rate = done / elapsed if elapsed > 0 else 0.0
        skipped = sum(1 for r in self.table.rows if r.status == ERROR and r.prediction is None and r.reason)
        extra = f"<br/>{skipped} other file(s) in the folder are not images (filter: {RESULT_TEXT[ERROR]})." if skipped else ""
        self.window.study_list.summary.show_summary(
            f"<b>{head}:</b> {done} of {len(rows)} images in {elapsed:.1f} s ({rate:.1f} images/s)<br/>"
            + " &nbsp;\u00b7&nbsp; ".join(parts) + extra)

    def ask_cancel_analysis(self) -> None:
        """Esc: cancelling a batch is a question, not a keystroke away."""
        if self.analysis is None:
            return
        done = sum(1 for p in self._batch_paths if (i := self.table.row_of(p)) is not None
                   and self.table.rows[i].status not in (ANALYSING, PENDING))
        self.window.ask_cancel(done, len(self._batch_paths), self.cancel_analysis)

    def cancel_analysis(self) -> None:
        self._queued.clear()
        if self.analysis is not None:
            self.analysis.cancel()

    # ------------------------------------------------------------------ viewer
    def show_row(self, row: StudyRow | None) -> None:
        if row is None:
            return
        self.window.details.show_result(row.prediction, None, self.bundle.summary() if self.bundle else "")
        if row.status == ERROR:  # the reason is shown in place; no dialog interrupts the review
            reason = row.reason or (row.prediction.error if row.prediction else "") or "This file cannot be read."
            self._current_image = None
            self.window.viewer.set_image(None, message=f"\u26a0 {Path(row.path).name} cannot be shown.\n{reason}")
            self.window.details.show_result(row.prediction or Prediction(path=row.path, status="error", error=reason),
                                            None)
            return
        if self._image_worker is not None:
            self._image_worker.cancel()
        self._image_seq = getattr(self, "_image_seq", 0) + 1
        seq = self._image_seq
        self._image_worker = self._start(load_image_task(row.path), "opening the image",
                                         succeeded=lambda img, r=row, s=seq: self._image_loaded(r, img, s),
                                         failed=lambda msg, _details, r=row, s=seq: self._image_failed(r, msg, s),
                                         inline=True)

    def _image_failed(self, row: StudyRow, message: str, seq: int) -> None:
        if seq != self._image_seq:
            return
        self._current_image = None
        self.window.viewer.set_image(None, message=f"\u26a0 {Path(row.path).name} cannot be shown.\n{message}")
        self.window.details.show_result(Prediction(path=row.path, status="error", error=message), None)

    def _image_loaded(self, row: StudyRow, image, seq: int) -> None:
        if seq != self._image_seq:  # the user moved on to another image meanwhile
            return
        self._current_image = image
        heat = row.prediction.heatmap if row.prediction is not None and row.prediction.ok else None
        self.window.viewer.set_image(image.pixels, heat)
        self.window.details.show_result(row.prediction, image, self.bundle.summary() if self.bundle else "")
        self.image_shown.emit(row.path)

    def _show_prediction(self, row: StudyRow) -> None:
        img = self._current_image
        if img is not None and img.path == row.path and row.prediction is not None:
            self.window.viewer.set_heatmap(row.prediction.heatmap if row.prediction.ok else None)
            self.window.details.show_result(row.prediction, img)
        else:
            self.show_row(row)

    # ------------------------------------------------------------------ export
    def _rows_as_predictions(self, rows: list[StudyRow]) -> list[Prediction]:
        b = self.bundle
        out = []
        for r in rows:
            if r.prediction is not None:
                out.append(r.prediction)
            else:
                out.append(Prediction(path=r.path, status="error", error_code="not_analysed" if not r.reason else "not_an_image",
                                      error=r.reason or "Not analysed.", threshold=b.threshold if b else None,
                                      model_name=b.name if b else "", model_version=b.version if b else "",
                                      model_sha256=b.weights_sha256 if b else "",
                                      bundle_sha256=b.digest if b else ""))
        return out

    def ask_export_csv(self, selected: bool) -> None:
        rows = self.window.study_list.selected_rows() if selected else list(self.table.rows)
        if not rows:
            self.window.show_message("Nothing to export", "Open and analyse images first.", error=False)
            return
        path, _ = QFileDialog.getSaveFileName(self.window, "Export results as CSV", str(Path.home() / "pneumoscan_results.csv"),
                                              "CSV files (*.csv)")
        if path:
            self.export_csv(path, rows, overwrite=True)  # the save dialog already confirmed overwriting

    def export_csv(self, path: str, rows: list[StudyRow], overwrite: bool = False) -> TaskWorker:
        preds = self._rows_as_predictions(rows)

        def run(w: TaskWorker):
            from engine.export import write_csv

            try:
                n = write_csv(preds, path, overwrite=overwrite)
            except errors.ExportError as exc:
                self.audit.record_export(path, 0, ok=False, error=exc.message)
                raise
            self.audit.record_export(path, n)
            return str(path), n

        return self._start(run, "CSV export", succeeded=lambda res: self._exported(*res))

    def _exported(self, path: str, n: int) -> None:
        self.window.statusBar().showMessage(f"Exported {n} rows to {path}", 8000)
        self.export_finished.emit(path)

    def ask_export_heatmaps(self) -> None:
        rows = [r for r in (self.window.study_list.selected_rows() or self.table.rows) if r.prediction and r.prediction.ok]
        if not rows:
            self.window.show_message("Nothing to export", "No analysed images to export heatmaps for.", error=False)
            return
        folder = QFileDialog.getExistingDirectory(self.window, "Folder for heatmap overlays")
        if folder:
            self.export_heatmaps(folder, rows)

    def export_heatmaps(self, folder: str, rows: list[StudyRow]) -> TaskWorker:
        preds = [r.prediction for r in rows if r.prediction is not None and r.prediction.ok]
        opacity = self.window.viewer.opacity.value() / 100.0
        cmap = self.window.viewer.colour_map.currentText()

        def run(w: TaskWorker):
            from engine.heatmap import save_overlay_png
            from engine.io import load_image

            n = 0
            for i, p in enumerate(preds):
                if w.cancelled:
                    break
                img = load_image(p.path)
                save_overlay_png(Path(folder) / f"{Path(p.path).stem}_{p.sha256[:8]}_heatmap.png", img.pixels, p.heatmap, opacity, cmap)
                n += 1
                w.progress(i + 1, len(preds))
            self.audit.record_export(folder, n, kind="heatmap_png")
            return str(folder), n

        return self._start(run, "heatmap export", succeeded=lambda res: self._exported(*res))

    # ------------------------------------------------------------------ settings, help
    def edit_settings(self) -> None:
        s = self.settings
        dlg = dialogs.SettingsDialog(s.device, s.batch_size, s.auto_analyse, self.window, relaxed=s.relaxed_checks)
        if dlg.exec():
            relaxed = dlg.relaxed_checks()
            changed = (dlg.device.currentText() != s.device or dlg.batch.value() != s.batch_size
                       or relaxed != s.relaxed_checks)
            s.device, s.batch_size, s.auto_analyse = dlg.device.currentText(), dlg.batch.value(), dlg.auto.isChecked()
            s.relaxed_checks = relaxed
            if changed and self.analysis is None:
                self.classifier = None
                self._update_actions()
                self.load_model()

    def show_audit_log(self) -> None:
        from engine.audit import read_entries

        entries = read_entries(self.audit.path, limit=300)
        rows = []
        for e in reversed(entries):
            if e.get("event") == "result":
                r = e.get("result", {})
                what = f"{r.get('status')} {r.get('label') or ''} p={r.get('raw_p_pneumonia')} {','.join(r.get('gate', {}).get('codes', []))}"
                target = e.get("file", {}).get("path", "")
            else:
                x = e.get("export", {})
                what, target = f"export {x.get('kind')} {x.get('rows')} rows {'ok' if x.get('ok') else 'FAILED'}", x.get("path", "")
            rows.append(f"<tr><td>{e.get('time', '')}</td><td>{e.get('os_user', '')}</td><td>{what}</td><td>{target}</td></tr>")
        html = (f"<p>Audit log: {self.audit.path} (newest first, last {len(entries)} entries)</p>"
                "<table border=1 cellpadding=2><tr><th>time (UTC)</th><th>user</th><th>what</th><th>file</th></tr>"
                + "".join(rows) + "</table>")
        dlg = dialogs.TextDialog("Audit log", html, self.window)
        self.audit_dialog = dlg
        dlg.open()

    def show_intended_use(self, require_ack: bool) -> None:
        dlg = dialogs.IntendedUseDialog(self.window, require_ack=require_ack)
        if require_ack:
            dlg.accepted.connect(self.settings.acknowledge_intended_use)
        self.intended_use_dialog = dlg
        dlg.open()

    # ------------------------------------------------------------------ shutdown
    def shutdown(self) -> None:
        """Cancel background work and wait for it, so no thread outlives the window."""
        if self._shut_down:
            return
        self._shut_down = True
        self._queued.clear()
        self.settings.save_window(self.window.saveGeometry(), self.window.saveState())
        self.settings.save_study_list_header(self.window.study_list.header_state())
        self.settings.sync()
        if not self.pool.shutdown(60000):
            log.warning("background work did not finish within 60 s of closing")
        self.audit.close()
