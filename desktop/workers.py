"""Background work: engine functions run on a thread pool, reported through Qt signals.

The engine is plain Python taking a progress callback and a cancel token; this
module adapts that to Qt (signals live on a QObject beside the QRunnable, as in
superqt).  Cancel only sets a flag the task polls.  Exceptions raised in a task
are caught at this boundary, logged with their traceback, and emitted as
``failed(message, details)`` so they reach the user instead of vanishing.
"""

from __future__ import annotations

import logging
import threading
import traceback
from dataclasses import replace
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from engine.errors import PneumoscanError

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    progress_changed = Signal(int, int)
    item_ready = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str, str)
    finished = Signal()


class TaskWorker(QRunnable):
    """Run ``fn(worker)`` off the GUI thread.

    ``fn`` may call ``worker.progress(done, total)``, ``worker.emit_item(obj)``
    and poll ``worker.cancelled``; its return value is emitted by ``succeeded``.
    """

    def __init__(self, fn: Callable[["TaskWorker"], Any], name: str = "task") -> None:
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

    def emit_item(self, item: Any) -> None:
        self.signals.item_ready.emit(item)

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


# --------------------------------------------------------------------------- tasks
def discover_task(paths: list[str]) -> Callable[[TaskWorker], Any]:
    def run(w: TaskWorker):
        from engine.discover import discover

        return discover(paths, cancel=lambda: w.cancelled)

    return run


def load_model_task(model_dir: str, device: str, batch_size: int, relaxed: list[str] | None = None
                    ) -> Callable[[TaskWorker], Any]:
    def run(w: TaskWorker):
        from engine.gate import GatePolicy
        from engine.inference import Classifier

        return Classifier(model_dir, device=device, batch_size=batch_size,
                          gate_policy=GatePolicy(frozenset(relaxed or ())))

    return run


def load_image_task(path: str) -> Callable[[TaskWorker], Any]:
    def run(w: TaskWorker):
        from engine.io import load_image

        return load_image(path)

    return run


def analyse_task(classifier, paths: list[str], cache) -> Callable[[TaskWorker], Any]:
    """Emit one Prediction per path (cached ones first-hand, the rest from the model)."""

    def run(w: TaskWorker):
        from engine.bundle import sha256_file

        total = len(paths)
        variant = ",".join(sorted(classifier.gate_policy.relaxed))
        done = 0
        todo = []
        w.progress(0, total)
        for path in paths:
            if w.cancelled:
                return done
            hit = None
            if cache is not None:
                try:
                    hit = cache.get(sha256_file(path), classifier.bundle.weights_sha256, variant)
                except OSError:
                    hit = None
            if hit is not None:
                w.emit_item(replace(hit, path=path))
                done += 1
                w.progress(done, total)
            else:
                todo.append(path)
        for pred in classifier.predict_many(todo, cancel=w.cancel_event):
            if cache is not None:
                cache.put(pred, variant)
            w.emit_item(pred)
            done += 1
            w.progress(done, total)
        return done

    return run
