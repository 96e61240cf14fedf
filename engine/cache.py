"""Durable result cache keyed by (file sha256, model weights sha256).

Re-opening a file that was already analysed with the same model returns the
stored result instead of running the model again, and a batch killed midway
loses nothing that was finished: each result is appended (and flushed) to a
JSON-lines file as soon as it exists.  A line cut short by a crash is ignored
on the next start.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import fields
from pathlib import Path
from types import MappingProxyType

import numpy as np

from engine.results import Prediction, Status

log = logging.getLogger(__name__)

_FIELDS = {f.name for f in fields(Prediction)} - {"cam", "features"}
#: Lines written in another format are not reused (2: gate reasons as short sentences with their numbers apart).
CACHE_FORMAT = 2


def _to_json(p: Prediction, variant: str = "") -> str:
    d = {k: getattr(p, k) for k in _FIELDS}
    d["_variant"] = variant
    d["_format"] = CACHE_FORMAT
    d["metadata"] = dict(p.metadata)
    d["image_size"] = list(p.image_size) if p.image_size else None
    d["cam"] = None if p.cam is None else np.round(p.cam, 5).tolist()
    return json.dumps(d, separators=(",", ":"))


def _from_json(line: str) -> tuple[Prediction, str]:
    d = json.loads(line)
    if d.pop("_format", 1) != CACHE_FORMAT:
        raise ValueError("written in another cache format")
    variant = str(d.pop("_variant", ""))
    cam = d.pop("cam", None)
    d["metadata"] = MappingProxyType(d.get("metadata") or {})
    if d.get("image_size") is not None:
        d["image_size"] = tuple(d["image_size"])
    for k in ("gate_codes", "gate_details", "relaxed_checks"):
        d[k] = tuple(d.get(k) or ())
    d = {k: v for k, v in d.items() if k in _FIELDS}
    return Prediction(**d, cam=None if cam is None else np.asarray(cam, dtype=np.float32)), variant


class ResultCache:
    """Thread-safe ``(file sha256, bundle identity, variant) -> Prediction`` store, persisted as JSON lines.

    Keyed by the bundle identity, not the weights: a changed threshold or band must not reuse old labels.

    Only successful results are cached: a file that failed is retried next
    time (the problem may have been fixed).
    """

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = Path(path) if path else None
        self._lock = threading.Lock()
        self._items: dict[tuple[str, str, str], Prediction] = {}
        if self.path and self.path.is_file():
            self._load()

    def _load(self) -> None:
        assert self.path is not None
        bad = 0
        with self.path.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                try:
                    p, variant = _from_json(line)
                except (ValueError, TypeError, KeyError):
                    bad += 1
                    continue
                self._items[(p.sha256, p.bundle_sha256, variant)] = p
        if bad:
            log.warning("result cache %s: ignored %d damaged or outdated line(s)", self.path, bad)

    def get(self, sha256: str, bundle_sha256: str, variant: str = "") -> Prediction | None:
        """``variant`` names anything else the result depends on (the relaxed gate checks)."""
        if not bundle_sha256:
            return None
        with self._lock:
            return self._items.get((sha256, bundle_sha256, variant))

    def put(self, p: Prediction, variant: str = "") -> None:
        if p.status == Status.ERROR or not p.sha256 or not p.bundle_sha256:
            return
        with self._lock:
            self._items[(p.sha256, p.bundle_sha256, variant)] = p
            if self.path is None:
                return
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as fh:
                    fh.write(_to_json(p, variant) + "\n")
                    fh.flush()
                    os.fsync(fh.fileno())
            except OSError as exc:  # a cache that cannot be written must not stop the analysis
                log.warning("result cache %s not written: %s", self.path, exc)

    def __len__(self) -> int:
        return len(self._items)
