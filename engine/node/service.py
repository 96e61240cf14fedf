"""The node: received images and watched files through the one analysis service, rows to the CSV, results back.

``receiver / watch folder -> queue -> Analysis (cache, gate, model, audit) -> CSV row -> listeners -> outbox``

One worker thread analyses (a few queued images per forward pass); the receiver's threads only store.  Every
image is durable before it is queued (the store, or the watched folder itself), and *done* means "has a row in
the node's CSV": so a restart re-queues every stored image without a row and every watched file whose row is
missing or names other bytes, and analyses nothing twice.  A stop finishes the images in hand, flushes the CSV
and leaves the rest for the next start.
"""

from __future__ import annotations

import collections
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.batch.analysis import Analysis
from engine.files.outputs import path_key
from engine.node.config import NodeConfig
from engine.node.outbox import Outbox
from engine.node.receiver import StorageReceiver
from engine.node.store import DicomStore
from engine.node.watch import WatchFolder
from engine.records.audit import AuditLog
from engine.records.results_csv import LiveCsv
from engine.runners.results import Prediction

log = logging.getLogger("pneumoscan.node")

#: images analysed together when several are queued (one forward pass)
BATCH = 8


@dataclass
class Job:
    path: Path
    origin: str  # "dicom" (received), "watch" (a watched folder), "recovered" (stored before a restart), "resend"
    # (its row is written, its results are owed: engine.node.outbox ledger), "reading" (a new version of its report)
    queued: float = field(default_factory=time.perf_counter)  # when it became durable (end of the C-STORE)
    details: dict[str, Any] = field(default_factory=dict)
    tries: int = 0


Listener = Callable[[Prediction, Job], None]


class NodeService:
    """Receiver, watch folder, analysis worker and outbox of one node (``pneumoscan-node``, the app's node)."""

    def __init__(self, config: NodeConfig, analysis: Analysis, csv: LiveCsv, audit: AuditLog | None = None,
                 reviews: Any = None) -> None:
        self.config = config.check()
        self.analysis = analysis
        self.csv = csv
        self.audit = audit
        self.reviews = reviews
        self.store = DicomStore(self.config.store)
        self.receiver: StorageReceiver | None = None
        self.outbox: Outbox | None = None
        if self.config.send_to is not None:
            self.outbox = Outbox(self.config.state_dir / "outbox", self.config.send_to, self.config.ae_title,
                                 on_event=self._event, retry_max=self.config.retry_max_s)
        self.watch = (WatchFolder(self.config.watch, self._is_done, settle=self.config.watch_settle_s)
                      if self.config.watch else None)
        self.listeners: list[Listener] = []
        self.event_listeners: list[Callable[[str, dict[str, Any]], None]] = []  # (event, details), any thread
        self.analysed = 0
        self.last_error = ""
        self.latencies: collections.deque[float] = collections.deque(maxlen=10_000)  # C-STORE end -> CSV row, s
        self._queue: queue.Queue[Job] = queue.Queue()
        self._queued: set[str] = set()
        self._done = csv.analysed()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        """Open the store and outbox, queue what a previous run left, then listen and watch.  OSError when the
        port cannot be bound or the store cannot be created."""
        self.store.open()
        if self.outbox is not None:
            self.outbox.open()
        recovered = 0
        for path in self.store.files():
            if path_key(path) not in self._done:
                recovered += self._enqueue(Job(path, "recovered"))
        if recovered:
            log.info("%d stored image(s) had no result yet: queued", recovered)
        if self.outbox is not None:  # results owed when the node stopped (a crash between a row and the outbox)
            for key in self.outbox.owed():
                if key in self._done and Path(key).is_file():
                    recovered += self._enqueue(Job(Path(key), "resend"))
                elif key in self._done:
                    self.outbox.mark_queued(key)  # the image is gone: nothing can be made of it
        self._spawn(self._work, "pneumoscan-node-analysis")
        if self.watch is not None:
            self.watch.poll()  # the first listing starts the settle clock of what is already there
            self._spawn(self._watch_loop, "pneumoscan-node-watch")
        if self.outbox is not None:
            self.outbox.start()
        if self.config.listen:
            self.receiver = StorageReceiver(self.config, self.store, self._stored, self._event)
            self.receiver.start()
        self._event("started", {"config": self.config.summary(), "recovered": recovered})

    def _spawn(self, target: Callable[[], None], name: str) -> None:
        t = threading.Thread(target=target, name=name, daemon=True)
        t.start()
        self._threads.append(t)

    def stop(self, outbox_grace: float = 0.0) -> None:
        """Stop listening and watching, finish the images in hand, flush the CSV; queued images stay for the next
        start (they are on disk).  ``outbox_grace``: seconds to let the outbox deliver before it stops."""
        if self.receiver is not None:
            self.receiver.stop()
        self._stopping.set()
        for t in self._threads:
            t.join(timeout=600)
        self._threads.clear()
        if self.outbox is not None:
            if outbox_grace > 0:
                self.outbox.flush(outbox_grace)
            self.outbox.stop()
        self.csv.close()
        self._event("stopped", {"analysed": self.analysed, "left_queued": self._queue.qsize()})

    @property
    def address(self) -> tuple[str, int] | None:
        return self.receiver.address if self.receiver is not None and self.receiver.server is not None else None

    def status(self) -> dict[str, Any]:
        """What the status bar and the console say."""
        return {"listening": self.address, "received": self.receiver.received if self.receiver else 0,
                "refused": self.receiver.refused if self.receiver else 0, "analysed": self.analysed,
                "queued": self._queue.qsize(), "outbox": len(self.outbox.pending()) if self.outbox else 0,
                "sent": self.outbox.sent if self.outbox else 0,
                "send_error": self.outbox.last_error if self.outbox else "", "error": self.last_error}

    # ------------------------------------------------------------------ intake
    def _stored(self, path: Path, details: dict[str, str]) -> None:
        self._event("received", details)
        self._enqueue(Job(path, "dicom", details=details))

    def _enqueue(self, job: Job) -> int:
        if job.origin == "reading":  # a new version of a report: never merged with the image's own job
            self._queue.put(job)
            return 1
        key = path_key(job.path)
        with self._lock:
            if key in self._queued:
                return 0
            self._queued.add(key)
        self._queue.put(job)
        return 1

    def _is_done(self, path: Path) -> bool:
        """A watched file is done when the CSV has a row for these bytes (or a failed row for its path)."""
        shas = self._done.get(path_key(path))
        if not shas:
            return False
        if "" in shas and len(shas) == 1:
            return True
        from engine.image.io import sha256_of_file

        try:
            return sha256_of_file(path) in shas
        except Exception:  # noqa: BLE001 - unreadable now: analysing it gives its row a reason
            return False

    def _watch_loop(self) -> None:
        assert self.watch is not None
        while not self._stopping.wait(self.config.watch_interval_s):
            try:
                for path in self.watch.poll():
                    self._event("watched", {"path": str(path)})
                    self._enqueue(Job(path, "watch"))
            except Exception as exc:  # noqa: BLE001 - a share that went away: said, and tried again next poll
                self._error(f"watch folder {self.config.watch}: {exc}")

    # ------------------------------------------------------------------ analysis
    def _take(self) -> list[Job]:
        try:
            first = self._queue.get(timeout=0.2)
        except queue.Empty:
            return []
        jobs = [first]
        while len(jobs) < BATCH:
            try:
                jobs.append(self._queue.get_nowait())
            except queue.Empty:
                break
        return jobs

    def _work(self) -> None:
        while not self._stopping.is_set():
            jobs = self._take()
            images = [j for j in jobs if j.origin != "reading"]
            if images:
                self._analyse(images)
            for job in jobs:  # readings one by one, in the order recorded: each version names the one before
                if job.origin == "reading":
                    self._analyse([job])

    def _analyse(self, jobs: list[Job]) -> None:
        by_key = {path_key(j.path): j for j in jobs}
        written: set[str] = set()
        try:
            for pred in self.analysis.run([j.path for j in jobs]):
                key = path_key(pred.path)
                job = by_key.get(key)
                if job is not None and job.origin in ("resend", "reading"):  # its row exists: only results are owed
                    written.add(key)
                    if job.origin == "resend":
                        with self._lock:
                            self._queued.discard(key)
                    self._results_back(pred, job)
                    continue
                try:
                    if self.outbox is not None:
                        self.outbox.mark_pending(key)  # flushed before the row: a crash in between cannot lose it
                    self.csv.write(pred, self.reviews)
                except OSError as exc:
                    self._error(f"the CSV {self.csv.target} cannot be written ({exc.strerror or exc}); "
                                f"{pred.path} stays queued")
                    continue
                written.add(key)
                with self._lock:
                    self._done.setdefault(key, set()).add(pred.sha256)
                    self._queued.discard(key)
                    self.analysed += 1
                if job is not None:
                    self.latencies.append(time.perf_counter() - job.queued)
                    self._results_back(pred, job)
                    for listener in list(self.listeners):
                        try:
                            listener(pred, job)
                        except Exception:  # noqa: BLE001 - a listener (the app) never stops the node
                            log.exception("node listener failed")
        except Exception as exc:  # noqa: BLE001 - the analysis service makes rows of bad files; this is the rest
            self._error(f"analysis stopped on a batch: {exc}")
        for key, job in by_key.items():  # not written (the CSV's disk is full): tried again a little later
            if key not in written:
                if job.origin != "reading":
                    with self._lock:
                        self._queued.discard(key)
                self._retry_later(job)

    def _retry_later(self, job: Job) -> None:
        job.tries += 1
        if job.tries <= 1000 and not self._stopping.is_set():
            timer = threading.Timer(min(60.0, 2.0 * job.tries), self._enqueue, args=(job,))
            timer.daemon = True
            timer.start()

    # ------------------------------------------------------------------ results back
    def _results_back(self, pred: Prediction, job: Job) -> None:
        """Queue the image's Secondary Capture and SR (``job.origin`` "reading": the new version of its report for
        the reading in ``job.details``)."""
        if self.outbox is None:
            return
        from engine.records import dicom_results as dr

        key = path_key(job.path)
        reading = job.origin == "reading"
        try:
            source = dr.source_header(str(job.path))
        except dr.NotSendable as exc:
            log.info("no result sent for %s: %s", job.path, exc)
            self._event("not_sent", {"path": str(job.path), "reason": str(exc)})
            if not reading:
                self._owed_no_more(key)
            return
        bundle = self.analysis.bundle
        try:
            if not reading:
                pixels, shown = None, pred
                try:
                    from engine.image.heatmap import shown_by_default

                    # the bytes the result was made from, and the map the app shows (made for results that show one)
                    image = self.analysis.classifier.verified_image(pred)
                    pixels = image.pixels
                    if shown_by_default(pred):
                        shown = self.analysis.classifier.explain(pred, image)
                except Exception as exc:  # noqa: BLE001 - no picture to send; the report still goes
                    log.info("no Secondary Capture for %s: %s", job.path, exc)
                if pixels is not None:
                    sc = dr.secondary_capture(source, pixels, shown)
                    self.outbox.put(dr.encode(sc), "sc", str(sc.SOPInstanceUID), str(job.path))
                sr = dr.result_sr(source, pred, bundle)
                kind = "sr"
            else:
                review, withdrawn_by = job.details.get("review"), str(job.details.get("withdrawn_by", ""))
                previous = self.outbox.last_report(key, str(source.StudyInstanceUID)) or dr.result_sr(source, pred,
                                                                                                      bundle)
                sr = dr.result_sr(source, pred, bundle, review=review, previous=previous, withdrawn_by=withdrawn_by)
                kind = "sr_verified" if review is not None else "sr_withdrawn"
            data = dr.encode(sr)
            self.outbox.put(data, kind, str(sr.SOPInstanceUID), str(job.path))
            self.outbox.remember_report(key, data)
            if reading:
                self.outbox.mark_reading(key, str(job.details.get("stamp", "")))
        except OSError as exc:  # the disk refuses: still owed (the ledgers say so), tried again a little later
            self._error(f"the outbox cannot be written ({exc.strerror or exc}); the results of {job.path} are tried "
                        "again later")
            self._retry_later(Job(job.path, job.origin if reading else "resend", tries=job.tries, details=job.details))
            return
        except Exception as exc:  # noqa: BLE001 - an object that cannot be built is said, never a crash
            self._error(f"the result objects of {job.path} could not be made: {exc}")
        if not reading:
            self._owed_no_more(key)

    def _owed_no_more(self, key: str) -> None:
        if self.outbox is None:
            return
        try:
            self.outbox.mark_queued(key)
        except OSError as exc:  # at worst the objects are queued again at the next start: the same objects
            log.warning("outbox ledger not written: %s", exc)

    def send_reading(self, path: str | Path, review: Any = None, withdrawn_by: str = "") -> bool:
        """Queue the next version of an image's report for a reading recorded on it (``review``), or for its
        reading withdrawn (``withdrawn_by``, no review).  False when no destination is set or the image is not one
        this node analysed."""
        from engine.records.dicom_results import reading_stamp

        key = path_key(path)
        if self.outbox is None or key not in self._done or not Path(path).is_file():
            return False
        stamp = reading_stamp(review) if review is not None else f"withdrawn|{withdrawn_by}"
        self._queue.put(Job(Path(path), "reading", details={"review": review, "withdrawn_by": withdrawn_by,
                                                            "stamp": stamp}))
        return True

    def readings_to_send(self, current: Callable[[str], Any]) -> list[tuple[str, Any]]:
        """The images this node analysed whose reading (``current(sha256)``: the reading in force, or None) was
        never sent as it stands -- recorded, changed or cleared while the node was off or had no destination:
        ``(path, review or None)``."""
        if self.outbox is None:
            return []
        from engine.records.dicom_results import reading_stamp

        sent = self.outbox.readings_sent()
        out = []
        for key, shas in list(self._done.items()):
            review = None
            for sha in shas:
                if sha:
                    review = current(sha) or review
            stamp = reading_stamp(review) if review is not None else None
            last = sent.get(key)
            if review is not None and stamp != last:
                out.append((key, review))
            elif review is None and last is not None and not last.startswith("withdrawn|"):
                out.append((key, None))
        return out

    # ------------------------------------------------------------------ reporting
    def _error(self, message: str) -> None:
        self.last_error = message
        log.error("%s", message)
        self._event("error", {"message": message})

    def _event(self, name: str, details: dict[str, Any]) -> None:
        for listener in list(self.event_listeners):
            try:
                listener(name, details)
            except Exception:  # noqa: BLE001 - a listener (the app) never stops the node
                log.exception("node event listener failed")
        if self.audit is not None:
            try:
                self.audit.record_node(name, details)
            except OSError as exc:
                log.error("audit log not written: %s", exc)
