"""A start-up check of the Qt binding itself.

PySide6(-Essentials) 6.12.0 drops one reference to ``True`` on every
``Signal.emit()`` under Python 3.11; after ~500 emits the interpreter frees
``True`` and aborts (``Fatal Python error: bool_dealloc``), taking the window and
any unsaved session with it.  ``pyproject.toml`` pins a binding without the bug;
this probe makes sure the binding actually running (a source install someone
upgraded, a rebuilt installer) is not a leaking one, before any batch starts.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _ProbeSignals(QObject):
    as_object = Signal(object)
    as_ints = Signal(int, int)
    as_list = Signal(list)
    as_strs = Signal(str, str)
    empty = Signal()


def true_refcount_drift(emits: int = 60) -> int:
    """How many references to ``True`` ``emits`` emits of each signal kind the app uses lost (0 when sound).

    60 emits per kind (300 in all) stays well below the ~500 that abort a leaking binding.
    """
    probe = _ProbeSignals()
    sink = []
    probe.as_object.connect(sink.append)
    probe.as_ints.connect(lambda a, b: None)
    probe.as_list.connect(sink.append)
    probe.as_strs.connect(lambda a, b: None)
    probe.empty.connect(lambda: None)
    before = sys.getrefcount(True)
    for i in range(emits):
        probe.as_object.emit(True)
        probe.as_ints.emit(i, emits)
        probe.as_list.emit([True])
        probe.as_strs.emit("a", "b")
        probe.empty.emit()
    sink.clear()
    after = sys.getrefcount(True)
    probe.deleteLater()
    # Python >= 3.12 makes True immortal (refcount fixed): no drift can show there, and none can harm.
    return max(0, before - after)


def binding_problem() -> str | None:
    """A message for the user if this Qt binding is known to crash long sessions, else None."""
    import PySide6

    drift = true_refcount_drift()
    if drift > 10:
        return (f"This installation's Qt binding (PySide6 {PySide6.__version__}) has a known defect: it loses a "
                f"reference on every signal (lost {drift} in a 300-signal check) and would crash Pneumoscan after a "
                "few hundred images. Reinstall Pneumoscan, or run 'python3 dev.py app' again to repair the "
                "environment (it installs the pinned PySide6-Essentials 6.11.3).")
    return None
