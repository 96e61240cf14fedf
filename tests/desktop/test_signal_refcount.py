"""Regression: the Qt binding must not leak references on Signal.emit().

PySide6(-Essentials) 6.12.0 under Python 3.11 drops one reference to ``True``
per emit; Python aborts after ~500 emits (``bool_dealloc``), which killed the
app ~490 images into the 624-image test split.  This emits 20,000+ signals of
every kind the app uses, on the GUI thread and queued from a worker thread,
and checks ``sys.getrefcount(True)`` as it goes, so a leaking binding fails
here with a message long before it could abort the test process.
"""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QObject


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def on_any(self, *args) -> None:
        self.count += 1


def _connect_all(signals, receiver: _Receiver) -> None:
    for name in ("progress_changed", "items_ready", "succeeded", "failed", "finished"):
        getattr(signals, name).connect(receiver.on_any)


def _emit_round(signals, i: int) -> None:
    signals.progress_changed.emit(i, 20000)
    signals.items_ready.emit([True, i])
    signals.succeeded.emit(True)
    signals.failed.emit("message", "details")
    signals.finished.emit()


def _check(before: int, emitted: int) -> None:
    lost = before - sys.getrefcount(True)
    assert lost <= 50, (f"the Qt binding lost {lost} references to True in {emitted} signal emits: "
                        "it would crash the app after a few hundred images (see pyproject.toml's PySide6 pin)")


@pytest.mark.hazard("H-034")
def test_direct_emits_keep_true_alive(qapp) -> None:
    from desktop.controllers.workers import WorkerSignals

    signals, receiver = WorkerSignals(), _Receiver()
    _connect_all(signals, receiver)
    before = sys.getrefcount(True)
    rounds = 4000  # x 5 signals = 20,000 emits
    for i in range(rounds):
        _emit_round(signals, i)
        if i % 20 == 0:  # 100 emits: fail long before a leaking binding aborts (~500)
            _check(before, 5 * (i + 1))
    _check(before, 5 * rounds)
    assert receiver.count == 5 * rounds


@pytest.mark.hazard("H-034")
def test_queued_emits_from_a_worker_thread_keep_true_alive(qapp, qtbot) -> None:
    """The app's real path: emitted on a pool thread, delivered on the GUI thread."""
    from desktop.controllers.workers import WorkerSignals

    signals, receiver = WorkerSignals(), _Receiver()
    _connect_all(signals, receiver)
    before = sys.getrefcount(True)
    rounds, chunk = 4000, 20
    for start in range(0, rounds, chunk):
        t = threading.Thread(target=lambda s=start: [_emit_round(signals, i) for i in range(s, s + chunk)])
        t.start()
        t.join()
        qtbot.waitUntil(lambda s=start: receiver.count == 5 * (s + chunk), timeout=10000)
        _check(before, 5 * (start + chunk))
    assert receiver.count == 5 * rounds


@pytest.mark.hazard("H-034")
def test_startup_guard_accepts_this_binding(qapp) -> None:
    from desktop.qt_guard import binding_problem, true_refcount_drift

    assert true_refcount_drift() == 0
    assert binding_problem() is None


@pytest.mark.hazard("H-034")
def test_startup_guard_reports_a_leaking_binding(qapp, monkeypatch) -> None:
    import desktop.qt_guard as guard

    monkeypatch.setattr(guard, "true_refcount_drift", lambda emits=60: 300)
    message = guard.binding_problem()
    assert message is not None and "6.11.3" in message and "crash" in message
