"""The clinician's side: answer each result (A / D / U and a note), print a report, calibrate to the clinic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from engine.audit import AuditLog
from engine.resources import user_data_dir
from engine.reviews import ReviewStore
from engine.results import Prediction

from desktop.main_window import MainWindow
from desktop.models import StudyRow, StudyTableModel
from desktop.settings import AppSettings
from desktop.workers import TaskRunner


class ClinicianController(QObject):
    review_saved = Signal(object)  # engine.reviews.Review
    report_written = Signal(str)
    profile_fitted = Signal(object)  # engine.site.SiteProfile

    def __init__(self, table: StudyTableModel, window: MainWindow, runner: TaskRunner, session, store: ReviewStore,
                 audit: AuditLog, settings: AppSettings, reload_model) -> None:
        super().__init__()
        self.table, self.window, self.runner, self.session = table, window, runner, session
        self.store, self.audit, self.settings, self.reload_model = store, audit, settings, reload_model
        self.profile_dialog: QMessageBox | None = None

    # ------------------------------------------------------------------ reviews
    def attach_reviews(self, preds: list[Prediction]) -> None:
        """Rows of arriving results show the reviews already saved for them (same file, same bundle)."""
        for p in preds:
            if p.sha256 and p.bundle_sha256:
                review = self.store.get(p.sha256, p.bundle_sha256)
                if review is not None:
                    self.table.set_review(p.path, review)

    def review(self, verdict: str, note: str | None = None) -> None:
        """Record the clinician's answer for the current row: committed to disk before it is shown as saved."""
        row = self.window.study_list.current_row()
        pred = row.prediction if row is not None else None
        if row is None or pred is None or not pred.ok:
            self.window.statusBar().showMessage("Only analysed images can be reviewed.", 5000)
            return
        if note is None:
            note = self.window.details.note_edit.text()
        review = self.store.record(pred.sha256, pred.bundle_sha256, verdict, pred.label, note, pred.path)
        self.audit.record_review(review)
        for r in self.table.rows:  # byte-identical copies of the file share the review
            if r.prediction is not None and r.prediction.sha256 == pred.sha256:
                self.table.set_review(r.path, review)
        self.window.details.show_review(review, pred)
        self.window.statusBar().showMessage(f"Review saved: {verdict}", 4000)
        self.review_saved.emit(review)

    def save_note(self) -> None:
        row = self.window.study_list.current_row()
        if row is None or row.review is None:
            self.window.statusBar().showMessage("Press A, D or U first: a note is saved with your review.", 6000)
            return
        self.review(row.review.verdict, self.window.details.note_edit.text())

    def show_current(self, row: StudyRow | None) -> None:
        self.window.details.show_review(row.review if row is not None else None,
                                        row.prediction if row is not None else None)

    # ------------------------------------------------------------------ report
    def ask_report(self) -> None:
        selected = self.window.study_list.selected_rows()
        rows = selected if len(selected) > 1 else list(self.table.rows)  # one selected row is the cursor, not a choice
        if not any(r.prediction is not None for r in rows):
            self.window.show_message("Nothing to print", "Analyse images first.", error=False)
            return
        path, _ = QFileDialog.getSaveFileName(self.window, "Save the report as PDF", str(Path.home() / "pneumoscan_report.pdf"),
                                              "PDF files (*.pdf)")
        if path:
            self.report(path, rows)

    def report(self, path: str, rows: list[StudyRow]):
        from engine.report import write_report

        preds = [r.prediction for r in rows if r.prediction is not None]
        bundle, store, cmap = self.session.bundle, self.store, self.window.viewer.colour_map.currentText()

        def run(w):
            pages = write_report(preds, path, bundle, store, cmap)
            self.audit.record_export(path, pages, kind="pdf_report", bundle_sha256=bundle.digest if bundle else "")
            return path

        return self.runner.start(run, "printing the report", succeeded=self._report_done)

    def _report_done(self, path: str) -> None:
        self.window.statusBar().showMessage(f"Report written to {path}", 8000)
        self.report_written.emit(path)

    # ------------------------------------------------------------------ site calibration
    def confirmed(self) -> tuple[list[float], list[int]]:
        """Logits and the clinician's final labels of the reviewed rows (agree / disagree, not unsure)."""
        logits, labels, seen = [], [], set()
        for r in self.table.rows:
            p, rv = r.prediction, r.review
            if p is not None and p.ok and p.logit is not None and rv is not None and rv.final_label \
                    and p.sha256 not in seen:  # the same image twice is one confirmation
                seen.add(p.sha256)
                logits.append(p.logit)
                labels.append(1 if rv.final_label == "PNEUMONIA" else 0)
        return logits, labels

    def calibrate(self) -> None:
        """Fit a site profile on the confirmed images (off the GUI thread), then offer to use it."""
        import numpy as np

        from engine.site import fit_site_profile

        bundle = self.session.bundle
        if bundle is None:
            return
        logits, labels = self.confirmed()
        own = bundle.with_site(None)

        def run(w):
            return fit_site_profile(own, np.asarray(logits), np.asarray(labels),
                                    source=f"{len(labels)} images confirmed in the app")

        self.runner.start(run, "site calibration", succeeded=self._fitted, inline=True,
                          failed=lambda msg, _d: self.window.show_message("Site calibration", msg))

    def _fitted(self, profile) -> None:
        m, s = profile.meta["metrics"], profile.meta["samples"]
        lines = [f"Fitted on {s['NORMAL']} NORMAL and {s['PNEUMONIA']} PNEUMONIA images you confirmed.",
                 f"Threshold {profile.threshold * 100:.0f} (the model's own: {self.session.bundle.with_site(None).threshold * 100:.0f})."]
        lines += [f"{k}: {v['value']:.3f} (95 % interval {v['ci95'][0]:.3f}-{v['ci95'][1]:.3f}), measured on the same images"
                  for k, v in m.items() if v["ci95"]]
        lines += [f"Warning: {w}" for w in profile.meta["warnings"]]
        box = QMessageBox(QMessageBox.Icon.Question, "Calibrate to this clinic", "\n".join(lines) +
                          "\n\nUse this operating point from now on?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(lambda: self.use_profile(profile))
        self.profile_dialog = box
        box.open()
        self.profile_fitted.emit(profile)

    def use_profile(self, profile) -> None:
        from engine.site import save_site_profile

        target = save_site_profile(profile, user_data_dir() / "site_profile.json")
        self.audit.record_site_profile(str(target), profile.digest, profile.meta["bundle_sha256"], profile.meta["samples"])
        self.settings.site_profile_path = str(target)
        self.reload_model()

    def use_bundle_point(self) -> None:
        self.settings.site_profile_path = ""
        self.reload_model()
