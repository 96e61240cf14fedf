"""The DICOM node inside the app: Analyse ▸ DICOM node, its state in the status bar, arrivals in the study list.

The engine's NodeService (engine.node.service) does the work on its own threads with its own analysis service
(the same bundle, gate settings and cache as the app's; a classifier of its own, so a batch the clinician runs and
an image arriving never share one).  Each result reaches the GUI thread through a queued Qt signal and is put at
the top of the study list, marked new until it is opened -- next to its study's other images when the study is
already there -- without moving the row on screen.  A reading recorded (changed, cleared) on an image the node
analysed is sent as a new version of its report when a destination is set; readings recorded while the node was
off are found and sent when it starts.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desktop.views.table_models import word
from engine.files.resources import user_data_dir
from engine.product import fill
from engine.runners.results import Prediction

log = logging.getLogger(__name__)


def default_store() -> Path:
    return user_data_dir() / "dicom-store"


def plain_listen_error(exc: OSError, bind: str, port: int) -> str:
    """Why the node cannot listen, in words a technician can act on."""
    import errno

    if exc.errno == errno.EADDRINUSE:
        return fill(QCoreApplication.translate("NodeController", "Another program on this computer already uses port %1. Choose another port "
                       "(for example %2) in Analyse \u25b8 DICOM node\u2026 and enter the same port on the X-ray unit, or "
                       "stop the other program."), str(port), str(port + 1))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return fill(QCoreApplication.translate("NodeController", "This account may not listen on port %1 (ports below 1024 need an "
                       "administrator). Choose a port above 1024, such as 11112."), str(port))
    if exc.errno == errno.EADDRNOTAVAIL:
        return fill(QCoreApplication.translate("NodeController", "%1 is not an address of this computer. Choose 0.0.0.0 (every network "
                       "connection)."), bind)
    return fill(QCoreApplication.translate("NodeController", "Cannot listen on %1: %2."), f"{bind}:{port}", str(exc.strerror or exc))


class NodeController(QObject):
    arrived = Signal(object, str)  # Prediction, origin ("dicom", "watch", "recovered"); emitted off the GUI thread
    node_event = Signal(str, object)  # event name, details; emitted off the GUI thread
    state_changed = Signal(str)

    def __init__(self, table, window, settings, audit, cache_path: Path | None, reviews=None,
                 reader_name=lambda: "") -> None:
        super().__init__()
        self.table, self.window, self.settings, self.audit = table, window, settings, audit
        self.cache_path, self.reviews, self.reader_name = cache_path, reviews, reader_name
        self.service = None
        self.error = ""
        self.counts = {"analysed": 0, "refused": 0}  # since the app started, across restarts of the node
        self._base = dict(self.counts)
        self.label = QLabel(self.tr("DICOM node: off"))
        self.label.setToolTip(self.tr("Analyse \u25b8 DICOM node\u2026"))
        window.statusBar().addPermanentWidget(self.label)
        self.arrived.connect(self._on_arrived)
        self.node_event.connect(self._on_event)
        window.study_list.current_changed.connect(self._seen)
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
            self.error = ""
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
        service.event_listeners.append(lambda name, details: self.node_event.emit(name, details)
                                       if name in ("refused", "error") else None)
        try:
            service.start()
        except OSError as exc:
            service.stop()
            self._failed(plain_listen_error(exc, config.bind, config.port))
            return
        self.service, self.error = service, ""
        self._base = dict(self.counts)
        self.timer.start()
        self._send_owed_readings()
        self.refresh_label()

    def stop(self) -> None:
        self.timer.stop()
        if self.service is not None:
            service, self.service = self.service, None
            self._tally(service)
            service.stop()
        self.refresh_label()

    def _tally(self, service) -> None:
        st = service.status()
        self.counts = {"analysed": self._base["analysed"] + st["analysed"],
                       "refused": self._base["refused"] + st["refused"]}

    def _failed(self, message: str) -> None:
        self.error = message
        log.error("DICOM node not started: %s", message)
        self.refresh_label()
        self.window.show_message(self.tr("The DICOM node is not running"), message,
                                 self.tr("Change it in Analyse \u25b8 DICOM node\u2026"))

    # ------------------------------------------------------------------ what the status bar says
    def refresh_label(self) -> None:
        new = self.table.unseen()
        if self.service is None:
            text = (self.tr("DICOM node: not running \u2014 see Analyse \u25b8 DICOM node") if self.error
                    else self.tr("DICOM node: off"))
            self.label.setToolTip(self.error or self.tr("Analyse \u25b8 DICOM node\u2026"))
        else:
            self._tally(self.service)
            st = self.service.status()
            cfg = self.service.config
            where = (fill(self.tr("receiving as %1 on port %2"), cfg.ae_title, str(st["listening"][1]))
                     if st["listening"] else self.tr("watching"))
            text = fill(self.tr("DICOM node: %1 \u00b7 %2 analysed"), where, str(self.counts["analysed"]))
            if new:
                text += fill(self.tr(" \u00b7 %1 new"), str(new))
            if st["queued"]:
                text += fill(self.tr(" \u00b7 %1 waiting"), str(st["queued"]))
            if self.counts["refused"]:
                text += fill(self.tr(" \u00b7 %1 refused"), str(self.counts["refused"]))
            if self.service.outbox is not None and st["outbox"]:
                text += (fill(self.tr(" \u00b7 %1 result(s) waiting for %2"), str(st["outbox"]), str(cfg.send_to))
                         + (self.tr(" (not answering)") if st["send_error"] else ""))
            self.label.setToolTip(fill(self.tr("%1\nstore: %2"), cfg.summary(), str(cfg.store)))
        self.label.setText(text)
        self.state_changed.emit(text)

    # ------------------------------------------------------------------ arrivals
    def _on_arrived(self, pred: Prediction, origin: str) -> None:
        from engine.batch.study import study_of

        if self.table.row_of(pred.path) is None:
            self.table.add_arrival(pred.path, study_of(pred.path, pred.metadata), time.time())
        stored = self.table.set_predictions([pred])
        if stored:
            self.window.show_welcome(False)
            self.window.study_list.summary.hide()  # it spoke for a batch; the list has changed since
            if self.on_results is not None:
                self.on_results(stored)
            text = (self.tr("New from the X-ray unit: %1 \u2014 %2") if origin == "dicom" else
                    self.tr("New from the watch folder: %1 \u2014 %2") if origin == "watch" else
                    self.tr("New from the store: %1 \u2014 %2"))
            self.window.statusBar().showMessage(fill(text, word(pred.result),
                                                     pred.metadata.get("PatientID", "") or Path(pred.path).name), 10000)
        self.refresh_label()

    def _seen(self, row) -> None:
        if row is not None:
            self.table.mark_seen(row.path)
            self.refresh_label()

    def _on_event(self, name: str, details: dict) -> None:
        if name == "refused":
            # what was refused and why are the node's own (English) words, as its log has them
            self.window.statusBar().showMessage(fill(self.tr("DICOM node refused %1 from %2: %3"),
                                                     str(details.get("what", "an object")),
                                                     str(details.get("calling_ae") or self.tr("a sender")),
                                                     str(details.get("reason", ""))), 20000)
        elif name == "error":
            self.window.statusBar().showMessage(fill(self.tr("DICOM node: %1"), str(details.get("message", ""))), 20000)
        self.refresh_label()

    # ------------------------------------------------------------------ readings back to the PACS
    def reading_recorded(self, review) -> None:
        """A reading recorded, changed (``review``) or cleared (None) on the image on screen: when the node
        analysed it, the next version of its report is sent (or will be, once the node runs with a destination)."""
        path = getattr(review, "path", "") if review is not None else ""
        if not path:
            row = self.window.study_list.current_row()
            path = row.path if row is not None else ""
        if not path or not self._node_image(path):
            return
        if self.service is not None and self.service.send_reading(path, review, withdrawn_by=self.reader_name()):
            text = (self.tr("Sending your reading to %1 as a new version of this image's report.") if review is not None
                    else self.tr("Sending the withdrawal of the reading to %1 as a new version of this image's report."))
            self.window.statusBar().showMessage(fill(text, str(self.service.config.send_to)), 10000)
        elif self.service is None or self.service.outbox is None:
            self.window.statusBar().showMessage(self.tr("Saved. The DICOM node is not sending results now: this reading "
                                                        "goes to the PACS when the node runs with a destination."),
                                                12000)

    def _node_image(self, path: str) -> bool:
        from engine.files.outputs import path_key
        from engine.node.config import node_config

        try:
            cfg = node_config(self.settings.node_values(), default_store())
        except ValueError:
            return False
        key = path_key(path)
        return any(key.startswith(path_key(folder) + "/") or key.startswith(path_key(folder) + "\\")
                   for folder in (cfg.store, cfg.watch) if folder is not None)

    def _send_owed_readings(self) -> None:
        """Readings recorded, changed or cleared while the node was off or had no destination: sent now."""
        if self.service is None or self.service.outbox is None or self.reviews is None:
            return
        from engine import errors

        def current(sha: str):
            try:
                return self.reviews.current(sha)
            except errors.PneumoscanError:
                return None

        owed = self.service.readings_to_send(current)
        for path, review in owed:
            self.service.send_reading(path, review, withdrawn_by=self.reader_name() or "the reader")
        if owed:
            self.window.statusBar().showMessage(fill(self.tr("DICOM node: sending %1 reading(s) recorded while it was "
                                                             "not sending."), str(len(owed))), 10000)
