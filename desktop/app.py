"""Composition root: the engine's analysis service and the main window, wired with signals.

AppController builds the parts and connects them; the work lives in the controllers (desktop.controllers:
bundle_session -- bundle, trust, service -- batch, exports, viewing, studies, clinician, readers, and workers off
the GUI thread) and what is shown in the views (desktop.views: main window, panels, dialogs).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from desktop.controllers.batch import BatchController
from desktop.controllers.bundle_session import BundleSession
from desktop.controllers.clinician import ClinicianController
from desktop.controllers.exports import ExportController
from desktop.controllers.node import NodeController
from desktop.controllers.studies import StudyOpener
from desktop.controllers.viewing import ViewingController
from desktop.controllers.workers import TaskRunner, WorkerPool
from desktop.settings import AppSettings
from desktop.views import dialogs
from desktop.views.main_window import MainWindow
from desktop.views.table_models import PENDING, StudyTableModel
from engine.files.resources import default_model_dir, reviews_path, user_cache_dir, user_log_dir
from engine.product import fill
from engine.records.audit import AuditLog
from engine.records.readings import ReviewStore, ReviewStoreError, UnavailableStore
from engine.runners.cache import ResultCache

log = logging.getLogger(__name__)


class AppController(QObject):
    model_ready = Signal(object)  # the analysis service, or None

    def __init__(self, model_dir: str | os.PathLike[str] | None = None, settings: QSettings | None = None,
                 cache_path: str | os.PathLike[str] | None = "default", ask_intended_use: bool = True) -> None:
        super().__init__()
        self.settings = AppSettings(settings)
        self.table = StudyTableModel()
        self.window = w = MainWindow(self.table)
        self.pool = WorkerPool(max_threads=3)
        self.runner = TaskRunner(self.pool, self._task_failed)
        self.cache = ResultCache(user_cache_dir() / "results.jsonl" if cache_path == "default" else cache_path)
        self.audit = AuditLog(source="desktop")
        self.session = BundleSession(Path(model_dir) if model_dir else default_model_dir(), self.settings, w,
                                    self.runner, self.cache, self.audit)
        self.batch = BatchController(self.table, w, self.runner)
        try:
            self.reviews = ReviewStore(reviews_path())
        except ReviewStoreError as exc:  # the app still opens and analyses; it says nothing can be recorded
            log.error("%s", exc.message)
            self.reviews = UnavailableStore(reviews_path(), exc.message)
            QTimer.singleShot(0, self, lambda m=exc.message: self.window.show_message(self.tr("Readings cannot be recorded"), m))
        self.exports = ExportController(self.table, w, self.runner, self.session, self.reviews, self.settings)
        self.viewing = ViewingController(w, self.runner, self.session, self.settings)
        self.clinician = ClinicianController(self.table, w, self.runner, self.session, self.reviews, self.audit,
                                             self.settings, self.load_model, self.viewing)
        self.node = NodeController(self.table, w, self.settings, self.audit, self.cache.path, self.reviews,
                                   lambda: self.clinician.readers.name)
        self.node.on_results = self._node_results
        self.analysis_finished, self.export_finished = self.batch.finished, self.exports.finished
        self._audit_warned = False
        self._rebuild_after_batch = False
        self.batch.finished.connect(self._check_audit)
        self.batch.finished.connect(self._rebuild_if_asked)
        self.exports.finished.connect(self._check_audit)
        self.analyse, self.cancel_analysis = self.batch.analyse, self.batch.cancel
        self.opener = StudyOpener(self.table, w, self.runner, self.settings, self.session, self.batch.analyse, self.clear)
        self.discovery_finished = self.opener.discovery_finished
        self.exports.opened_folders = self.opener.opened_folders
        self.open_samples, self.open_paths = self.opener.open_samples, self.opener.open_paths
        self.export_csv, self.export_heatmaps, self._start = self.exports.csv, self.exports.heatmaps, self.runner.start
        self.image_shown = self.viewing.image_shown
        self.viewing.file_changed.connect(self._file_changed)
        self._shut_down = False
        self.intended_use_dialog: dialogs.IntendedUseDialog | None = None
        self._wire()
        self._restore_window()
        w.set_recent(self.settings.recent_folders(), self.open_paths)
        if ask_intended_use and not self.settings.intended_use_acknowledged:
            self.show_intended_use(require_ack=True)
        self.load_model()

    def start(self, paths: list[str], demo: bool = False) -> None:
        """Open the launch paths (or the samples) -- after the intended use is acknowledged, when it must be: no
        result is shown behind that notice."""
        dlg = self.intended_use_dialog
        if dlg is not None and dlg.isVisible() and getattr(dlg, "require_ack", False):
            dlg.accepted.connect(lambda: self.opener.start(paths, demo))
            return
        self.opener.start(paths, demo)

    # the parts, for tests and scripts
    bundle = property(lambda self: self.session.bundle)
    classifier = property(lambda self: self.session.service.classifier if self.session.service else None)
    trust_dialog = property(lambda self: self.session.trust_dialog)
    analysis = property(lambda self: self.batch.worker)
    last_summary = property(lambda self: self.batch.last_summary)
    _current_image = property(lambda self: self.viewing.current_image)

    def _wire(self) -> None:
        w, b, x, k = self.window, self.batch, self.exports, self.clinician
        for action, slot in ((w.act_open_files, self.opener.ask_open_files), (w.act_open_folder, self.opener.ask_open_folder),
                             (w.act_export_all, lambda: x.ask_csv()),
                             (w.act_export_selected, lambda: x.ask_csv("selected")),
                             (w.act_export_heatmaps, x.ask_heatmaps), (w.act_clear, self.clear),
                             (w.act_analyse_all, lambda: self.analyse([r.path for r in self.table.rows], say=True)),
                             (w.act_analyse_selected,
                              lambda: self.analyse([r.path for r in w.study_list.selected_rows()], say=True)),
                             (w.act_cancel, b.ask_cancel), (w.act_settings, self.edit_settings),
                             (w.act_dicom_node, self.edit_node), (w.act_open_received, self.open_received),
                             (w.act_read_normal, lambda: k.reading("NORMAL")),
                             (w.act_read_pneumonia, lambda: k.reading("PNEUMONIA")),
                             (w.act_read_unsure, lambda: k.reading("UNSURE")),
                             (w.act_undo_reading, k.undo), (w.act_clear_reading, k.clear),
                             (w.act_reader, lambda: k.readers.choose()),
                             (w.act_report, k.ask_report), (w.act_calibrate, k.calibrate),
                             (w.act_bundle_point, k.use_bundle_point),
                             (w.act_intended_use, lambda: self.show_intended_use(require_ack=False)),
                             (w.act_model_card, lambda: self.window.show_text(
                                 self.tr("Model card"), dialogs.model_card_html(self.bundle),
                                 self.bundle.path if self.bundle else None)),
                             (w.act_shortcuts, lambda: self.window.show_text(
                                 self.tr("Keyboard shortcuts"), dialogs.shortcuts_html(w.shortcut_actions()))),
                             (w.act_about, lambda: self.window.show_text(self.tr("About Pneumoscan"), dialogs.about_html(
                                 self.bundle, self.session.service.description if self.session.service else "",
                                 user_log_dir(), self.settings.site_contact))),
                             (w.act_audit, self.show_audit),
                             (w.act_log, lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(user_log_dir()))))):
            action.triggered.connect(slot)
        w.cancel_button.clicked.connect(b.cancel)  # the button is explicit: no question
        w.paths_dropped.connect(self.open_paths)
        w.welcome.samples_requested.connect(self.open_samples)
        w.welcome.open_files_requested.connect(self.opener.ask_open_files)
        w.welcome.open_folder_requested.connect(self.opener.ask_open_folder)
        w.welcome.recent_requested.connect(lambda folder: self.open_paths([folder]))
        w.study_list.current_changed.connect(k.show_current)  # the previous image's note is kept first
        w.study_list.current_changed.connect(self.viewing.show_row)
        w.details.reading_requested.connect(k.reading)
        w.details.undo_requested.connect(k.undo)
        w.details.clear_requested.connect(k.clear)
        w.details.note_edited.connect(k.note_edited)
        w.details.note_edit.returnPressed.connect(k.save_note)
        w.reader_button.clicked.connect(lambda: k.readers.choose())
        k.readers.changed.connect(lambda name: w.reader_button.setText(fill(self.tr("Reader: %1"), name)))
        w.closing.connect(self.shutdown)
        w.study_list.header_changed.connect(self._save_columns)
        w.viewer.colour_map.currentTextChanged.connect(lambda name: setattr(self.settings, "colour_map", name))
        w.viewer.keep_wl.toggled.connect(lambda on: setattr(self.settings, "keep_window_level", on))
        self.session.ready.connect(self._model_ready)
        k.review_saved.connect(self.node.reading_recorded)
        b.items_arrived.connect(k.attach_reviews)
        b.items_arrived.connect(self.viewing.predictions_arrived)
        b.items_arrived.connect(self._current_arrived)
        self.table.rowsInserted.connect(self._update_actions)

    def _file_changed(self, path: str) -> None:
        """The file on screen changed since its analysis: its row waits to be analysed again (Analyse selected), at
        once where the app analyses what it opens."""
        self.table.set_status(path, PENDING)
        if self.settings.auto_analyse:
            self.batch.analyse([path])

    def _node_results(self, preds) -> None:
        """Images the DICOM node analysed are in the list: their readings, the viewer and the actions follow."""
        key = self.session.service.classifier.decision_key if self.session.service is not None else ""
        for p in preds:
            i = self.table.row_of(p.path)
            if i is not None and self.node.service is not None:
                self.table.rows[i].decided_under = key
        self.clinician.attach_reviews(preds)
        self.viewing.predictions_arrived(preds)
        self._current_arrived(preds)
        self._update_actions()

    def open_received(self) -> None:
        """File > Open the images the DICOM node received: its store, like any folder (results from the cache)."""
        from desktop.controllers.node import default_store

        store = Path(self.settings.node_values()["store"] or default_store())
        if not store.is_dir():
            self.window.show_message(self.tr("No images received yet"), fill(self.tr(
                "The DICOM node's store (%1) is empty: turn the node on in Analyse \u25b8 DICOM node\u2026 and send "
                "images to it."), str(store)), error=False)
            return
        self.open_paths([str(store)])

    def edit_node(self) -> None:
        """Analyse > DICOM node: the settings, audited; the node restarts with them."""
        from desktop.controllers.node import default_store

        before = self.settings.node_values()
        dlg = self.node_dialog = dialogs.DicomNodeDialog(before, str(default_store()), self.window,
                                                         error=self.node.error)
        if not dlg.exec():
            return
        after = dlg.values()
        if after != before:
            self.settings.set_node_values(after)
            self.audit.record_setting("dicom_node", before, after)
        self.node.start(self.bundle if self.session.service is not None else None)

    def _current_arrived(self, preds) -> None:
        """A new result for the row on screen: its reading section follows (a reading may now answer an earlier
        result)."""
        cur = self.window.study_list.current_row()
        if cur is not None and any(p.path == cur.path for p in preds):
            self.clinician.show_current(cur)

    def _save_columns(self) -> None:
        sl = self.window.study_list
        self.settings.save_study_list_header(sl.header_state())
        self.settings.save_study_list_hidden(sl.hidden_columns())

    def show_audit(self) -> None:
        self.audit_dialog = dialogs.AuditDialog(self.audit.path, self.window)
        self.audit_dialog.open()

    def _restore_window(self) -> None:
        s, w = self.settings, self.window
        if s.window_geometry() is not None:
            w.restoreGeometry(s.window_geometry())
            w.clamp_to_screen()  # a geometry saved on a bigger screen
        if s.window_state() is not None:
            w.restoreState(s.window_state())
        w.study_list.restore_header_state(s.study_list_header(), s.study_list_hidden())
        w.viewer.colour_map.setCurrentText(s.colour_map)
        w.viewer.keep_wl.setChecked(s.keep_window_level)

    def _update_actions(self, *_args) -> None:
        can = self.session.service is not None and bool(self.table.rows)
        self.window.act_analyse_all.setEnabled(can)
        self.window.act_analyse_selected.setEnabled(can)

    def _rebuild_if_asked(self, *_args) -> None:
        """Settings changed during a batch: the model is rebuilt now, and every row decided again under them."""
        if self._rebuild_after_batch and self.batch.worker is None:
            self._rebuild_after_batch = False
            self.load_model()

    def _check_audit(self, *_args) -> None:
        """The audit trail is a promise: if it could not be written, say so on screen (once per session), with the
        reason -- the command line stops instead (engine.records.audit.AuditLog strict)."""
        if self.audit.failed and not self._audit_warned:
            self._audit_warned = True
            self.window.show_message(
                self.tr("The audit log is not being written"),
                fill(self.tr("Pneumoscan could not write its audit log (%1): results and exports since then are not "
                             "recorded in it. Free some disk space or ask for write access to the folder, then restart "
                             "Pneumoscan."), str(self.audit.failed)),
                fill(self.tr("Audit log: %1"), str(self.audit.path)))

    def _task_failed(self, name: str, message: str, details: str) -> None:
        log.error("%s failed: %s\n%s", name, message, details)
        self.window.show_message(fill(self.tr("Pneumoscan: %1 failed"), name), message,
                                 fill(self.tr("Details are in the log folder (%1)."), str(user_log_dir())))

    # ------------------------------------------------------------------ model
    def load_model(self) -> None:
        self.batch.set_service(None)
        self.batch.model_pending = True
        self.session.load()

    def _model_ready(self, service) -> None:
        self.batch.model_pending = False
        self._show_operating_point()
        self.batch.set_service(service)
        redone = self.batch.redo_other_operating_point()
        if redone:
            self.window.statusBar().showMessage(fill(self.tr("Settings changed: %1 result(s) are being decided again "
                                                             "under them (from the stored model outputs where "
                                                             "possible)."), str(redone)), 15000)
        self._update_actions()
        self.node.start(self.bundle if service is not None else None)
        self.model_ready.emit(service)

    def _show_operating_point(self) -> None:
        """Band, the operating point's out-of-sample figures and the clinic's prevalence, for the result panel."""
        b = self.bundle
        self.window.details.set_band(b.band if b is not None else None)
        self.window.details.set_operating(b.operating_figures() if b is not None else None, self.settings.prevalence)

    def clear(self) -> None:
        """Close all images: nothing of them stays on screen -- image, result, reading, note (kept as a draft),
        filter, summary."""
        self.clinician.save_draft()
        self.batch.cancel()
        self.table.clear()
        self.window.study_list.clear_filters()
        self.viewing.clear()
        self.clinician.show_current(None)
        self.window.study_list.summary.hide()
        self.window.show_welcome(True)
        self._update_actions()

    # ------------------------------------------------------------------ settings, help, shutdown
    def edit_settings(self) -> None:
        b = self.bundle
        dlg = self.settings_dialog = dialogs.SettingsDialog.for_settings(self.settings, self.window, b)
        if not dlg.exec():
            return
        before = self.settings.site_profile_path
        prevalence, readers = self.settings.prevalence, [r.name for r in self.settings.readers()]
        relaxed = self.settings.gate_policy().describe()
        precision = self.settings.precision
        rebuild = dlg.apply(self.settings)
        if self.settings.gate_policy().describe() != relaxed:  # it changes which images get a label
            self.audit.record_setting("relaxed_input_checks", relaxed, self.settings.gate_policy().describe())
        if self.settings.prevalence != prevalence:  # it changes every PPV / NPV on screen and in reports
            self.audit.record_setting("clinic_prevalence", prevalence, self.settings.prevalence)
        if [r.name for r in self.settings.readers()] != readers:
            self.audit.record_setting("readers", readers, [r.name for r in self.settings.readers()])
        if self.settings.precision != precision:
            self.audit.record_setting("precision", precision, self.settings.precision)
        after = self.settings.site_profile_path
        if after != before and b is not None:  # the choice is the event, whether it applies now or after a batch
            shown = dlg.site_profile_dialog.profile if dlg.site_profile_dialog is not None else None
            prof = shown if after else b.site
            self.audit.record_site_profile(after or before, prof.digest if prof else "", b.digest,
                                           prof.meta["samples"] if prof else None,
                                           "applied" if after else "cleared", self.clinician.readers.name)
        if rebuild and self.batch.worker is not None:  # never two operating points on screen: rebuild after the batch
            self._rebuild_after_batch = True
            self.window.statusBar().showMessage(self.tr("The new settings apply when the running batch finishes; its "
                                                        "results are then decided again under them."), 15000)
        if rebuild and self.batch.worker is None:
            self.load_model()  # device, batch size, relaxed checks or site profile changed: a new service
        elif b is not None:  # the prevalence may have changed: PPV / NPV follow, on the open result too
            self._show_operating_point()
            self.viewing.refresh_current()

    def show_intended_use(self, require_ack: bool) -> None:
        dlg = self.intended_use_dialog = dialogs.IntendedUseDialog(self.window, require_ack=require_ack)
        if require_ack:
            dlg.accepted.connect(self.settings.acknowledge_intended_use)
        dlg.open()

    def shutdown(self) -> None:
        """Cancel background work and wait for it, so no thread outlives the window."""
        if self._shut_down:
            return
        self._shut_down = self.batch.closed = True
        self.batch.cancel()
        self.node.stop()
        self.settings.save_window(self.window.saveGeometry(), self.window.saveState())
        self.clinician.save_draft()
        self._save_columns()
        self.settings.sync()
        if not self.pool.shutdown(60000):
            log.warning("background work did not finish within 60 s of closing")
        self.audit.close()
        self.reviews.close()
