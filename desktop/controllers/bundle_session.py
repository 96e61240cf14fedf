"""Which model the app uses: load the bundle's schema, confirm trust, build the analysis service off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop import i18n
from desktop.controllers.workers import TaskRunner, load_model_task
from desktop.settings import AppSettings
from desktop.views import dialogs
from desktop.views.main_window import MainWindow
from engine import errors
from engine.bundle.model_bundle import ModelBundle, load_bundle
from engine.bundle.trust import require_trusted
from engine.checks.input_gate import translate_reasons
from engine.product import fill
from engine.records.audit import AuditLog
from engine.runners.cache import ResultCache


class BundleSession(QObject):
    """Owns the bundle and the :class:`engine.batch.analysis.Analysis` service; ``ready`` carries the service or None."""

    ready = Signal(object)

    def __init__(self, model_dir: Path, settings: AppSettings, window: MainWindow, runner: TaskRunner,
                 cache: ResultCache, audit: AuditLog) -> None:
        super().__init__()
        self.model_dir, self.settings, self.window, self.runner = model_dir, settings, window, runner
        self.cache, self.audit = cache, audit
        self.bundle: ModelBundle | None = None
        self.service = None
        self.trust_dialog: dialogs.TrustBundleDialog | None = None

    def load(self) -> None:
        """Schema and identity here (fast); the files' hashes and the model in a worker."""
        self.service = None
        try:
            self.bundle = load_bundle(self.model_dir, verify=False)
        except errors.ModelNotInstalledError:
            return self._unusable(self.tr("No model installed \u2014 images can be opened and viewed, not analysed."))
        except errors.BundleError as exc:
            self.window.show_message(self.tr("Model problem"), exc.message)
            return self._unusable(self.tr("The installed model cannot be used (see message)."))
        try:
            trust = require_trusted(self.bundle, self.settings.trusted_bundles())
        except errors.UntrustedBundleError:
            return self._ask_trust(self.bundle)
        self._build(trust)

    def _apply_site_profile(self) -> None:
        """The clinic's site profile, if one is set and belongs to this bundle (else the bundle's own point)."""
        path = self.settings.site_profile_path
        if not path or self.bundle is None:
            return
        from engine.decision.site_profile import SiteProfileError, load_site_profile

        try:
            self.bundle = self.bundle.with_site(load_site_profile(path, self.bundle.digest))
        except SiteProfileError as exc:
            self.settings.site_profile_path = ""
            self.window.show_message(self.tr("Site profile not used"),
                                     fill(self.tr("%1 The model's own operating point is used."),
                                          i18n.engine_text(exc.message)))

    def _ask_trust(self, bundle: ModelBundle) -> None:
        """A bundle that is not the shipped one decides labels only after the user confirms it (digest and
        model card shown); the choice is remembered and written to the audit log."""
        self.window.model_status.setText(self.tr("Waiting for you to confirm the model bundle\u2026"))
        dlg = self.trust_dialog = dialogs.TrustBundleDialog(bundle, dialogs.model_card_html(bundle), self.window)

        def accepted() -> None:
            self.settings.trust_bundle(bundle.digest)
            self._build("trusted by the user")

        def rejected() -> None:
            self.audit.record_bundle(str(bundle.path), bundle.name, bundle.version, bundle.digest, "refused by the user")
            self._unusable(self.tr("The model bundle was not trusted \u2014 images can be viewed, not analysed."))

        dlg.accepted.connect(accepted)
        dlg.rejected.connect(rejected)
        dlg.open()

    def _build(self, trust: str) -> None:
        self._apply_site_profile()
        b = self.bundle
        assert b is not None
        self.audit.record_bundle(str(b.path), b.name, b.version, b.digest, trust)
        self.window.model_status.setText(fill(self.tr("Loading model %1\u2026"), f"{b.name} {b.version}"))
        s = self.settings
        self.runner.start(load_model_task(b, s.device, s.batch_size or None, s.gate_policy(), self.cache, self.audit,
                                          s.precision),
                          self.tr("loading the model"), succeeded=self._built, failed=lambda *_: self._built(None))

    def _built(self, service) -> None:
        self.service = service
        if service is None:
            self.bundle = None
            self.window.model_status.setText(self.tr("Model could not be loaded \u2014 images can still be viewed."))
        else:
            words = [translate_reasons(w, i18n.TR) for w in service.classifier.gate_policy.describe()]
            note = fill(self.tr("  \u2014 RELAXED input checks: %1"), "; ".join(words)) if words else ""
            if self.bundle.site is not None:
                note += f"  \u2014 {self.bundle.site.summary()}"
            self.window.model_status.setText(fill(self.tr("Model %1 ready on %2"),
                                                  f"{self.bundle.name} {self.bundle.version}", service.description)
                                             + note)
        self.ready.emit(service)

    def _unusable(self, text: str) -> None:
        self.bundle = None
        self.window.model_status.setText(text)
        self.ready.emit(None)
