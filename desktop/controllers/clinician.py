"""The clinician's side: record their own reading of the image on screen, notes, the report, calibration to the clinic.

A reading is an explicit act: a button that takes no keyboard focus or a
Ctrl+Shift shortcut, on the image *on screen* -- the current row, whose image
and result are displayed (never a row whose image is still loading, never
another row).  It is committed before it is shown as saved, confirmed on
screen, audited, and can be undone or cleared (both audited).  The note typed
for an image is kept as a draft (in the reading database) until it is saved
with a reading, so moving to another row loses nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from desktop import i18n
from desktop.controllers.readers import ReaderSession
from desktop.controllers.workers import TaskRunner
from desktop.settings import AppSettings
from desktop.views.main_window import MainWindow
from desktop.views.table_models import OK, StudyRow, StudyTableModel, word
from engine.files.resources import user_data_dir
from engine.product import fill
from engine.records.audit import AuditLog, os_user
from engine.records.readings import ReviewStore, ReviewStoreError
from engine.records.wording import CONTEXT as WORDING
from engine.records.wording import VERDICT_WORDS
from engine.runners.results import PNEUMONIA


class ClinicianController(QObject):
    review_saved = Signal(object)  # engine.records.readings.Review, or None after a clear / an undo back to nothing
    report_written = Signal(str)
    report_cancelled = Signal()
    profile_fitted = Signal(object)  # engine.decision.site_profile.SiteProfile

    def __init__(self, table: StudyTableModel, window: MainWindow, runner: TaskRunner, session, store: ReviewStore,
                 audit: AuditLog, settings: AppSettings, reload_model, viewer_state) -> None:
        super().__init__()
        self.table, self.window, self.runner, self.session = table, window, runner, session
        self.store, self.audit, self.settings, self.reload_model = store, audit, settings, reload_model
        self.viewer_state = viewer_state  # desktop.controllers.viewing.ViewingController: what is on screen
        self.readers = ReaderSession(settings, audit, window)
        self.profile_dialog = None
        self.report_progress: QProgressDialog | None = None
        self._note_sha = ""  # the image whose note is in the note field
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(400)
        self._draft_timer.timeout.connect(self.save_draft)

    # ------------------------------------------------------------------ what a reading applies to
    def on_screen(self, quiet: bool = False) -> StudyRow | None:
        """The row whose image and result are on screen, if a reading can be recorded on it; else None (and why,
        in the status bar)."""
        row = self.window.study_list.current_row()
        shown = self.viewer_state.displayed_row()
        why = ""
        if row is None:
            why = self.tr("Open and select an image first.")
        elif row is self.viewer_state.changed_row():
            why = self.tr("This file changed since it was analysed: analyse it again before recording a reading.")
        elif row is not shown:
            why = self.tr("The image is still being shown: try again in a moment.")
        elif row.status != OK or row.prediction is None or not row.prediction.ok:
            why = self.tr("Only an analysed image's result can be read here.")
        if why:
            if not quiet:
                self.window.statusBar().showMessage(why, 6000)
            return None
        return row

    # ------------------------------------------------------------------ reviews
    def attach_reviews(self, preds) -> None:
        """Rows of arriving results show the image's current reading (which may answer an earlier result)."""
        for p in preds:
            review = self.store.current(p.sha256) if p.sha256 else None
            i = self.table.row_of(p.path)
            if i is not None and self.table.rows[i].review != review:  # one repaint per changed row only
                self.table.set_review(p.path, review)

    def _set_everywhere(self, sha256: str, review) -> None:
        for r in self.table.rows:  # byte-identical copies of the file share the reading
            if r.prediction is not None and r.prediction.sha256 == sha256:
                self.table.set_review(r.path, review)

    def reading(self, reading: str) -> None:
        """Record the reader's own reading of the image on screen (buttons and Ctrl+Shift+N / P / U)."""
        row = self.on_screen()
        if row is None or not self.readers.ensure(lambda: self.reading(reading)):
            return
        pred = row.prediction
        assert pred is not None
        note = self.window.details.note_edit.text()
        try:
            review = self.store.record(pred, reading, note, self.readers.name, os_user())
        except (ReviewStoreError, ValueError) as exc:
            self._not_saved(str(exc))
            return
        self.audit.record_review(review, "record")
        self._set_everywhere(pred.sha256, review)
        verdict = QCoreApplication.translate(WORDING, VERDICT_WORDS.get(review.verdict, review.verdict))
        self._show(row, fill(self.tr("Saved: %1 (%2), %3. Undo: Ctrl+Z."), word(reading), verdict, review.reader))
        self.window.statusBar().showMessage(fill(self.tr("Saved your reading %1 of %2 (%3) by %4."), word(reading),
                                                 Path(pred.path).name, verdict, review.reader), 6000)
        self.review_saved.emit(review)

    def _own_act(self, sha: str, what: str, current) -> bool:
        """Only the reader who made an act may undo or clear it (a PIN would otherwise protect nothing)."""
        owner = (self.store.last_act(sha) or {}).get("reader", "") if what == "undo" else \
            (current.reader if current else "")
        if owner and owner != self.readers.name:
            title = self.tr("Not yours to undo") if what == "undo" else self.tr("Not yours to clear")
            text = (self.tr("This was recorded by %1. Only %1 can undo it: choose %1 as the reader (Reading > Who is "
                            "reading...). You can record your own reading instead; both stay in the history.")
                    if what == "undo" else
                    self.tr("This was recorded by %1. Only %1 can clear it: choose %1 as the reader (Reading > Who is "
                            "reading...). You can record your own reading instead; both stay in the history."))
            self.window.show_message(title, fill(text, owner), error=False)
            return False
        return True

    def _keep_note(self, sha: str, before, after) -> None:
        """A note that an undo or a clear takes off the screen becomes a draft again: never lost."""
        if before is not None and before.note and (after is None or after.note != before.note):
            try:
                if not self.store.draft(sha):
                    self.store.save_draft(sha, before.note)
            except ReviewStoreError as exc:
                self.window.statusBar().showMessage(fill(self.tr("The note could not be kept as a draft: %1"),
                                                         exc.message), 10000)

    def undo(self) -> None:
        """Ctrl+Z / Undo: take back the last act on the image on screen (audited; by the reader who made it)."""
        self._take_back("undo")

    def clear(self) -> None:
        """Withdraw the reading of the image on screen (audited; the history keeps it; its note stays as a draft)."""
        self._take_back("clear")

    def _take_back(self, what: str) -> None:
        """Undo or clear on the image on screen: its reader only, the note kept as a draft, audited, confirmed."""
        row = self.on_screen()
        if row is None or not self.readers.ensure(lambda: self._take_back(what)):
            return
        sha = row.prediction.sha256
        before = self.store.current(sha)
        if not self._own_act(sha, what, before):
            return
        try:
            if what == "undo":
                review = self.store.undo(sha, self.readers.name, os_user())
            else:
                self.store.clear(sha, self.readers.name, os_user(), row.path)
                review = None
        except ReviewStoreError as exc:
            self._not_saved(exc.message)
            return
        except ValueError as exc:
            self.window.statusBar().showMessage(str(exc), 5000)
            return
        self._keep_note(sha, before, review)
        self.audit.record_review(review, what, sha, self.readers.name)
        self._set_everywhere(sha, review)
        if what == "undo":
            said = (fill(self.tr("Undone: the reading is %1 again."), word(review.reading)) if review is not None
                    else self.tr("Undone: this image has no reading now."))
        else:
            said = self.tr("Cleared: this image has no reading now (Undo brings it back).")
        self._show(row, said + (self.tr(" The note is kept as a draft.") if self.store.draft(sha) else ""))
        self.review_saved.emit(review)

    def _not_saved(self, why: str) -> None:
        """An act that did not reach the database: said at once, in a box that must be dismissed."""
        self.window.show_message(self.tr("Your reading was NOT saved"), why)
        self.window.statusBar().showMessage(fill(self.tr("Not saved: %1"), why), 10000)

    def save_note(self) -> None:
        """Enter in the note field: save the note with the reading in force on this result (a new act, audited);
        without one, the note stays a draft and the panel says how to save it."""
        row = self.on_screen()
        if row is None:
            return
        rv = row.review
        if rv is None or not rv.answers(row.prediction):
            self.save_draft()
            self.window.statusBar().showMessage(self.tr("The note is kept as a draft: record your reading (NORMAL, "
                                                        "PNEUMONIA or Unsure) to save it with the reading."), 8000)
            return
        self.reading(rv.reading)

    def note_edited(self, _text: str) -> None:
        self._draft_timer.start()

    def save_draft(self) -> None:
        """Keep the note field's text as the draft of the image it was typed for (never lost on a row change)."""
        self._draft_timer.stop()
        if not self._note_sha:
            return
        d = self.window.details
        try:
            self.store.save_draft(self._note_sha, d.note_edit.text() if d.note_is_draft() else "")
        except ReviewStoreError as exc:
            self.window.statusBar().showMessage(fill(self.tr("The draft note could not be kept: %1"), exc.message),
                                                10000)

    def show_current(self, row: StudyRow | None) -> None:
        """The reading section follows the row on screen; the note typed for the previous image is kept first."""
        self.save_draft()
        self._show(row)

    def _show(self, row: StudyRow | None, confirmed: str = "") -> None:
        pred = row.prediction if row is not None and row.has_current_result else None
        sha = pred.sha256 if pred is not None else ""
        self._note_sha = sha
        self.window.details.show_reading(row.review if row is not None else None, pred,
                                         can_undo=bool(sha) and self.store.can_undo(sha),
                                         draft=self.store.draft(sha) if sha else None, confirmed=confirmed)

    # ------------------------------------------------------------------ report
    def ask_report(self) -> None:
        """File > Print report: what to print (the study on screen by default, the image on screen, the selected
        rows, the rows the filter shows, everything), where, then a cancellable run with progress."""
        from desktop.controllers.exports import save_start, scope_choices
        from desktop.views.dialogs import ReportScopeDialog

        choices = scope_choices(self.window, self.table, self.viewer_state.displayed_row(), image=True)
        choices = [(k, t, [r for r in rows if r.prediction is not None]) for k, t, rows in choices]
        if not any(rows for _k, _t, rows in choices):
            self.window.show_message(self.tr("Nothing to print"), self.tr("Analyse images first."), error=False)
            return
        shown = self.viewer_state.displayed_row()
        # a folder of plain images may hold many children: its report starts from the image on screen
        default = "screen" if shown is not None and shown.study is not None and shown.study.kind == "folder" else "study"
        dlg = self.report_dialog = ReportScopeDialog(choices, self.window, default)

        def chosen() -> None:
            rows = dlg.rows()
            if not rows:
                return
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the report as PDF"),
                                                  save_start(self.settings, rows, "pneumoscan_report", ".pdf"),
                                                  self.tr("PDF files (*.pdf)"))
            from desktop.controllers.exports import output_refused

            if path and not output_refused(self.window, self.table.rows, {self.tr("The report"): path}):
                self.settings.export_dir = str(Path(path).parent)
                from desktop.views.dialogs import rows_and_studies

                self._report_held = rows_and_studies(rows)
                self.report(path, rows)

        dlg.accepted.connect(chosen)
        dlg.open()

    def report(self, path: str, rows: list[StudyRow]):
        from engine.records.report import ReportCancelled, write_report

        preds = [r.prediction for r in rows if r.prediction is not None]
        bundle, store, cmap = self.session.bundle, self.store, self.window.viewer.colour_map.currentText()
        prevalence = self.settings.prevalence
        progress = self.report_progress = QProgressDialog(fill(self.tr("Printing %1 page(s)\u2026"), str(len(preds))),
                                                          self.tr("Cancel"), 0, len(preds), self.window)
        progress.setWindowTitle(self.tr("Print report"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        service = self.session.service

        def run(w):
            try:
                mapped = service.with_maps(preds) if service is not None else preds  # the maps the viewer shows
                pages = write_report(mapped, path, bundle, store, cmap, prevalence=prevalence, progress=w.progress,
                                     cancel=w.cancel_event, tr=i18n.TR)
            except ReportCancelled:
                return None
            self.audit.record_export(path, pages, kind="pdf_report", bundle_sha256=bundle.digest if bundle else "")
            return path

        worker = self.runner.start(run, self.tr("printing the report"), succeeded=self._report_done,
                                   progress=lambda done, total: progress.setValue(done),
                                   finished=lambda _w: progress.close())
        progress.canceled.connect(worker.cancel)
        return worker

    def _report_done(self, path: str | None) -> None:
        if path is None:
            self.window.statusBar().showMessage(self.tr("Report cancelled: no file was written."), 8000)
            self.report_cancelled.emit()
            return
        held = getattr(self, "_report_held", "")
        self.window.statusBar().showMessage(fill(self.tr("Report of %1 written to %2"), held, path) if held else
                                            fill(self.tr("Report written to %1"), path), 15000)
        self.report_written.emit(path)

    # ------------------------------------------------------------------ site calibration
    def confirmed(self) -> tuple[list[float], list[int]]:
        """Logits and the clinicians' readings (NORMAL / PNEUMONIA, not unsure) of the images read under this bundle
        (the logit is this bundle's; a reading made at another operating point still labels the image)."""
        bundle = self.session.bundle
        logits, labels, seen = [], [], set()
        for r in self.table.rows:
            p, rv = r.prediction, r.review
            if (p is not None and p.ok and p.logit is not None and rv is not None and rv.final_label
                    and bundle is not None and rv.bundle_sha256 == bundle.digest and p.sha256 not in seen):
                seen.add(p.sha256)  # the same image twice is one confirmation
                logits.append(p.logit)
                labels.append(1 if rv.final_label == PNEUMONIA else 0)
        return logits, labels

    def calibrate(self) -> None:
        """Fit a site profile on the confirmed images (off the GUI thread), then show it and ask before using it."""
        import numpy as np

        from engine.decision.site_profile import fit_site_profile

        bundle = self.session.bundle
        if bundle is None:
            return
        logits, labels = self.confirmed()
        own = bundle.with_site(None)
        readers = sorted({r.review.reader for r in self.table.rows if r.review is not None and r.review.final_label})

        def run(w):
            return fit_site_profile(own, np.asarray(logits), np.asarray(labels),
                                    source=f"{len(labels)} images read in the app by {', '.join(readers) or 'nobody'}")

        self.runner.start(run, self.tr("site calibration"), succeeded=self._fitted, inline=True,
                          failed=lambda msg, _d: self.window.show_message(self.tr("Site calibration"),
                                                                          i18n.engine_text(msg)))

    def _fitted(self, profile) -> None:
        from desktop.views.dialogs import SiteProfileDialog

        box = self.profile_dialog = SiteProfileDialog(profile, self.session.bundle.with_site(None), self.window,
                                                      title=self.tr("Calibrate to this clinic"))
        box.accepted.connect(lambda: self.use_profile(profile))
        box.rejected.connect(lambda: self.audit.record_site_profile("", profile.digest, profile.meta["bundle_sha256"],
                                                                    profile.meta["samples"], "declined",
                                                                    self.readers.name))
        box.open()
        self.profile_fitted.emit(profile)

    def use_profile(self, profile) -> None:
        from engine.decision.site_profile import save_site_profile

        target = save_site_profile(profile, user_data_dir() / "site_profile.json")
        self.audit.record_site_profile(str(target), profile.digest, profile.meta["bundle_sha256"], profile.meta["samples"],
                                       "applied", self.readers.name)
        self.settings.site_profile_path = str(target)
        self.reload_model()

    def use_bundle_point(self) -> None:
        b = self.session.bundle
        if b is not None and b.site is not None:
            self.audit.record_site_profile(self.settings.site_profile_path, b.site_profile, b.digest,
                                           b.site.meta["samples"], "cleared", self.readers.name)
        self.settings.site_profile_path = ""
        self.reload_model()

