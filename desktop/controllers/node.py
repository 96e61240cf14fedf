"""The DICOM node inside the app: Analyse ▸ DICOM node, its state in the status bar, arrivals in the study list.

The engine's NodeService (engine.node.service) does the work on its own threads with its own analysis service
(the same bundle, gate settings and cache as the app's; a classifier of its own, so a batch the clinician runs and
an image arriving never share one).  Each result reaches the GUI thread through a queued Qt signal and is put at
the top of the study list -- next to its study's other images when the study is already there -- without moving
the row on screen.  A reading recorded on an image that arrived this way is sent back as a verified report when a
destination is set.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from engine.files.resources import user_data_dir
from engine.runners.results import Prediction

log = logging.getLogger(__name__)


def default_store() -> Path:
    return user_data_dir() / "dicom-store"


class NodeController(QObject):
    arrived = Signal(object, str)  # Prediction, origin ("dicom", "watch", "recovered"); emitted off the GUI thread
    state_changed = Signal(str)

    def __init__(self, table, window, settings, audit, cache_path: Path | None) -> None:
        super().__init__()
        self.table, self.window, self.settings, self.audit = table, window, settings, audit
        self.cache_path = cache_path
        self.service = None
        self.error = ""
        self.received: dict[str, Prediction] = {}  # sha256 -> result of an image that came through the node
        self.label = QLabel("DICOM node: off")
        self.label.setToolTip("Analyse \u25b8 DICOM node\u2026")
        window.statusBar().addPermanentWidget(self.label)
        self.arrived.connect(self._on_arrived)
        self.timer = QTimer(self)
        self.timer.setInterval(2000)
        self.timer.timeout.connect(self.refresh_label)
        self.on_results = None  # called with the new predictions once they are in the table (readings, viewer)

    # ------------------------------------------------------------------ lifecycle
    def start(self, bundle) -> None:
        """(Re)start with the settings in force and ``bundle`` (None: stopped until a model is ready)."""
        self.stop()
        values = self.settings.node_values()
        if not values["enabled"] or bundle is None:
            self.refresh_label()
            return
        from engine import errors
        from engine.batch.analysis import Analysis
        from engine.node.config import node_config
        from engine.node.service import NodeService
        from engine.records.results_csv import LiveCsv
        from engine.runners.cache import ResultCache

        try:
            config = node_config(values, default_store())
            analysis = Analysis(bundle, gate_policy=self.settings.gate_policy(), audit=self.audit,
                                precision=self.settings.precision, device=self.settings.device,
                                cache=ResultCache(self.cache_path) if self.cache_path else None)
            csv = LiveCsv(user_data_dir() / f"node-results-{bundle.digest[:12]}.csv", bundle)
        except (ValueError, errors.PneumoscanError) as exc:
            self._failed(str(exc))
            return
        service = NodeService(config, analysis, csv, audit=self.audit)
        service.listeners.append(lambda pred, job: self.arrived.emit(pred, job.origin))
        try:
            service.start()
        except OSError as exc:
            service.stop()
            self._failed(f"cannot listen on {config.bind}:{config.port}: {exc.strerror or exc}")
            return
        self.service, self.error = service, ""
        self.timer.start()
        self.refresh_label()

    def stop(self) -> None:
        self.timer.stop()
        if self.service is not None:
            service, self.service = self.service, None
            service.stop()
        self.refresh_label()

    def _failed(self, message: str) -> None:
        self.error = message
        log.error("DICOM node not started: %s", message)
        self.refresh_label()
        self.window.show_message("The DICOM node is not running", message,
                                 "Change it in Analyse \u25b8 DICOM node\u2026")

    # ------------------------------------------------------------------ what the status bar says
    def refresh_label(self) -> None:
        if self.service is None:
            text = f"DICOM node: not running ({self.error})" if self.error else "DICOM node: off"
        else:
            st = self.service.status()
            where = f"{self.service.config.ae_title} :{st['listening'][1]}" if st["listening"] else "watch folder"
            text = f"DICOM node: {where} \u00b7 {st['analysed']} analysed"
            if st["queued"]:
                text += f" \u00b7 {st['queued']} waiting"
            if self.service.outbox is not None:
                text += f" \u00b7 outbox {st['outbox']}" + (" (destination not answering)" if st["send_error"] else "")
        self.label.setText(text)
        self.state_changed.emit(text)

    # ------------------------------------------------------------------ arrivals
    def _on_arrived(self, pred: Prediction, origin: str) -> None:
        from engine.batch.study import study_of

        self.received[pred.sha256] = pred
        if self.table.row_of(pred.path) is None:
            self.table.add_arrival(pred.path, study_of(pred.path, pred.metadata))
        stored = self.table.set_predictions([pred])
        if stored:
            self.window.show_welcome(False)
            if self.on_results is not None:
                self.on_results(stored)
        self.refresh_label()

    def reading_recorded(self, review) -> None:
        """A reading of an image the node received: its verified report goes to the destination."""
        if review is None or self.service is None:
            return
        pred = self.received.get(getattr(review, "file_sha256", ""))
        if pred is not None and self.service.send_reading(pred, review):
            self.window.statusBar().showMessage("Your reading is being sent to "
                                                f"{self.service.config.send_to} as a verified report.", 8000)
