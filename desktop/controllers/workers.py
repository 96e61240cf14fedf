"""Background work: engine functions run on a thread pool, reported through Qt signals.

The engine is plain Python taking a progress callback and a cancel token; this
module adapts that to Qt (signals live on a QObject beside the QRunnable, as in
superqt).  Cancel only sets a flag the task polls.  Exceptions raised in a task
are caught at this boundary, logged with their traceback, and emitted as
``failed(message, details)`` so they reach the user instead of vanishing.

Results and progress of a batch reach the GUI in chunks, at most every
``FLUSH_SECONDS`` (:class:`BatchEmitter`): a 3,000-image batch costs the GUI
thread a few dozen queued calls per second instead of two per image, so
it stays responsive however fast the model runs.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from engine.errors import PneumoscanError

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    progress_changed = Signal(int, int)
    items_ready = Signal(list)
    succeeded = Signal(object)
    failed = Signal(str, str)
    finished = Signal()


class TaskWorker(QRunnable):
    """Run ``fn(worker)`` off the GUI thread.

    ``fn`` may call ``worker.progress(done, total)``, ``worker.emit_items([obj, ...])``
    and poll ``worker.cancelled``; its return value is emitted by ``succeeded``.
    """

    def __init__(self, fn: Callable[[TaskWorker], Any], name: str = "task") -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.name = name
        self.signals = WorkerSignals()
        self.cancel_event = threading.Event()
        self.done_event = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def cancel(self) -> None:
        self.cancel_event.set()

    def progress(self, done: int, total: int) -> None:
        self.signals.progress_changed.emit(done, total)

    def emit_items(self, items: list[Any]) -> None:
        if items:
            self.signals.items_ready.emit(list(items))

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self.fn(self)
        except Exception as exc:  # the boundary: nothing escapes silently
            log.error("background task %s failed", self.name, exc_info=True)
            message = exc.message if isinstance(exc, PneumoscanError) else f"{type(exc).__name__}: {exc}"
            self._emit(self.signals.failed, message, traceback.format_exc())
        else:
            self._emit(self.signals.succeeded, result)
        finally:
            self.done_event.set()
            self._emit(self.signals.finished)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # receiver already deleted while the app closes
            pass


class WorkerPool:
    """Owns the running workers so they can be cancelled and awaited on shutdown."""

    def __init__(self, max_threads: int = 3) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(max_threads)
        self.active: set[TaskWorker] = set()

    def start(self, worker: TaskWorker) -> TaskWorker:
        self.active.add(worker)
        worker.signals.finished.connect(lambda w=worker: self.active.discard(w))
        self.pool.start(worker)
        return worker

    def cancel_all(self) -> None:
        for w in list(self.active):
            w.cancel()

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        self.cancel_all()
        return self.pool.waitForDone(timeout_ms)


FLUSH_SECONDS = 0.1


class BatchEmitter:
    """Collect items and progress on the worker thread; hand them to the GUI in chunks.

    A chunk goes out when ``FLUSH_SECONDS`` have passed since the last one (so
    the first result of a slow batch still shows at once) and at the end.
    """

    def __init__(self, worker: TaskWorker, total: int, interval: float = FLUSH_SECONDS) -> None:
        self.worker, self.total, self.interval = worker, total, interval
        self.done = 0
        self.pending: list[Any] = []
        self.last = 0.0

    def add(self, item: Any) -> None:
        self.pending.append(item)
        self.done += 1
        if time.monotonic() - self.last >= self.interval:
            self.flush()

    def flush(self) -> None:
        self.last = time.monotonic()
        items, self.pending = self.pending, []
        self.worker.emit_items(items)
        self.worker.progress(self.done, self.total)


class TaskRunner:
    """Start engine functions on a :class:`WorkerPool`, every signal connected before the worker starts
    (so no result is lost).  A failure goes to ``on_failure(name, message, details)`` unless ``inline``
    (then only the task's own ``failed`` slot hears it: an unreadable image is shown in place, without
    a dialog to dismiss)."""

    def __init__(self, pool: WorkerPool, on_failure: Callable[[str, str, str], None]) -> None:
        self.pool = pool
        self.on_failure = on_failure

    def start(self, fn: Callable[[TaskWorker], Any], name: str, succeeded=None, failed=None, items_ready=None,
              progress=None, finished=None, inline: bool = False) -> TaskWorker:
        worker = TaskWorker(fn, name)
        if not inline:
            worker.signals.failed.connect(lambda msg, details, n=name: self.on_failure(n, msg, details))
        for signal, slot in ((worker.signals.succeeded, succeeded), (worker.signals.failed, failed),
                             (worker.signals.items_ready, items_ready), (worker.signals.progress_changed, progress)):
            if slot is not None:
                signal.connect(slot)
        if finished is not None:
            worker.signals.finished.connect(lambda w=worker: finished(w))
        return self.pool.start(worker)


# --------------------------------------------------------------------------- tasks
def discover_task(paths: list[str]) -> Callable[[TaskWorker], Any]:
    """(engine.batch.discover.Discovery, {image path: its DICOM study tags}): a study is known before it is analysed."""

    def run(w: TaskWorker):
        from engine.batch.discover import discover
        from engine.batch.study import study_tags

        found = discover(paths, cancel=lambda: w.cancelled)
        tags = {}
        for p in found.images:
            if w.cancelled:
                break
            tags[str(p)] = study_tags(p)
        return found, tags

    return run


def load_model_task(bundle, device: str, batch_size: int | None, policy, cache, audit,
                    precision: str = "auto") -> Callable[[TaskWorker], Any]:
    """The analysis service for an already trusted ``bundle`` (loaded schema-only on the GUI thread): its
    files' hashes are verified here, off the GUI thread, then the model is built."""

    def run(w: TaskWorker):
        from engine.batch.analysis import Analysis
        from engine.bundle.model_bundle import verify_files
        return Analysis(verify_files(bundle), device=device, batch_size=batch_size,
                        gate_policy=policy, cache=cache, audit=audit,
                        precision=precision)

    return run


def load_image_task(path: str, sha256: str | None = None) -> Callable[[TaskWorker], Any]:
    """The image on screen, with the file's units, presets and overlay identity.  With ``sha256`` (its result's),
    a file whose bytes changed since is not decoded: the task returns the :class:`~engine.errors.FileChangedError`
    (not raised: the viewer says it in place, and no reading can be recorded beside it)."""
    def run(w: TaskWorker):
        from engine.errors import FileChangedError
        from engine.image.io import load_image

        try:
            return load_image(path, display=True, sha256=sha256)
        except FileChangedError as exc:
            return exc

    return run


def analyse_task(service, paths: list[str]) -> Callable[[TaskWorker], Any]:
    """Emit the Predictions of ``paths`` in chunks (the service's loader serves cached ones without
    decoding them, and records every result in the audit log)."""

    def run(w: TaskWorker):
        out = BatchEmitter(w, len(paths))
        w.progress(0, len(paths))
        try:
            for pred in service.run(paths, cancel=w.cancel_event):
                out.add(pred)
        finally:
            out.flush()  # results already computed are never lost, also on cancel or failure
        return out.done

    return run
