"""Durable result cache: the model's outputs per (file sha256, bundle identity, variant), never its labels.

Re-opening a file that was already analysed with the same bundle skips decoding and the model: the cache holds
what the model *computed* for those bytes (the logit, the gate's two scores, the Grad-CAM map) and what the
decoder *read* (size, format, the identifiers and tags the input gate reads).  The label, band and gate reasons
are never stored: on every hit they are recomputed from those outputs by the bundle's decision rules
(engine.runners.classifier.Classifier), so an edited line cannot state a label the model did not produce.

The file is untrusted input (another process, a restore from backup, a hand edit): every line is parsed by the
strict JSON reader the bundle and site profiles use (engine.files.strict) and checked field by field -- types, finite
numbers in their ranges, a known format, known tag names, a map of plausible size.  A line that fails costs a
recomputation of that file and one warning naming the count; it never decides a label and never stops a batch.
Each record is appended with one ``write`` on an ``O_APPEND`` descriptor (engine.files.outputs.append_line), so a
crash or a full disk cannot tear a line, and the file is private to the account (it holds paths and PatientIDs).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import math
import os
import re
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from engine.files import strict
from engine.files.outputs import append_line, open_append

log = logging.getLogger(__name__)

#: Lines of another format are not reused (3: model outputs only; labels, bands and reasons are recomputed).
CACHE_FORMAT = 3
#: A line longer than this is not a record (a 7x7 map with its tags is about 2 kB).
MAX_LINE = 64 * 1024
MAX_CAM_SIDE = 64
MAX_TAG = 1024
#: A sha256 as written (file and bundle identities, signatures).
SHA256 = re.compile(r"[0-9a-f]{64}")
#: |logit| beyond this is not a float32 network's output for a radiograph (and its probability is 0 or 1 anyway).
MAX_ABS_LOGIT = 1e4
MAX_ABS_SCORE = 1e9


@dataclass(frozen=True)
class ModelOutputs:
    """What the model computed and the decoder read for one file: everything a result is recomputed from."""

    sha256: str
    bundle_sha256: str
    variant: str
    logit: float
    ood_score: float | None
    adult_score: float | None
    cam: np.ndarray | None = field(repr=False, compare=False)
    image_size: tuple[int, int] = (0, 0)  # (height, width)
    source_format: str = ""
    metadata: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    device: str = ""


def _mac(key: bytes, body: str) -> str:
    return hmac.new(key, body.encode("ascii"), hashlib.sha256).hexdigest()


def to_line(o: ModelOutputs, key: bytes = b"") -> bytes:
    """One record as a JSON line, signed with ``key`` (HMAC-SHA256 over the record without its ``mac``)."""
    d: dict[str, Any] = {"_format": CACHE_FORMAT, "sha256": o.sha256, "bundle_sha256": o.bundle_sha256, "variant": o.variant,
         "logit": float(o.logit), "ood_score": o.ood_score, "adult_score": o.adult_score,
         # float32 values written exactly (a double's shortest repr round-trips them): a map read back is the map
         "cam": None if o.cam is None else np.asarray(o.cam, dtype=np.float32).astype(np.float64).tolist(),
         "image_size": list(o.image_size), "source_format": o.source_format, "metadata": dict(o.metadata),
         "device": o.device}
    body = json.dumps(d, separators=(",", ":"), ensure_ascii=True, allow_nan=False, sort_keys=True)
    d["mac"] = _mac(key, body)
    return (json.dumps(d, separators=(",", ":"), ensure_ascii=True, allow_nan=False, sort_keys=True) + "\n"
            ).encode("ascii")


class BadRecord(ValueError):
    """A cache line that is not a record this version wrote (the reason says which field)."""


def _number(d: Mapping[str, Any], key: str, limit: float, optional: bool = False) -> float | None:
    v = d.get(key)
    if v is None and optional:
        return None
    if not strict.is_number(v) or not math.isfinite(v) or abs(v) > limit:
        raise BadRecord(f"{key}: not a finite number within ±{limit:g}")
    return float(v)


def _text(d: Mapping[str, Any], key: str, limit: int = MAX_TAG) -> str:
    v = d.get(key)
    if not isinstance(v, str) or len(v) > limit:
        raise BadRecord(f"{key}: not a string of at most {limit} characters")
    return v


def from_line(line: bytes | str, key: bytes = b"") -> ModelOutputs:
    """A validated record, or :class:`BadRecord` saying which field is wrong -- or that it was not written with
    ``key`` (a hand edit, a line copied from another machine or account)."""
    from engine.image.io import FORMATS, MAX_SIDE, METADATA_KEYS, MIN_SIDE

    if len(line) > MAX_LINE:
        raise BadRecord("longer than any record")
    try:
        d = strict.loads(line if isinstance(line, str) else line.decode("utf-8"), max_depth=4)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise BadRecord(f"not strict JSON ({exc})") from None
    if not isinstance(d, dict):
        raise BadRecord("not a JSON object")
    if d.get("_format") != CACHE_FORMAT or isinstance(d.get("_format"), bool):
        raise BadRecord("written in another cache format")
    mac = d.pop("mac", None)
    try:
        body = json.dumps(d, separators=(",", ":"), ensure_ascii=True, allow_nan=False, sort_keys=True)
    except (ValueError, TypeError):
        raise BadRecord("not strict JSON") from None
    if not isinstance(mac, str) or not SHA256.fullmatch(mac) or not hmac.compare_digest(mac, _mac(key, body)):
        raise BadRecord("mac: not signed by this account's cache key (edited, or copied from elsewhere)")
    keys = {"_format", "sha256", "bundle_sha256", "variant", "logit", "ood_score", "adult_score", "cam", "image_size",
            "source_format", "metadata", "device"}
    if set(d) != keys:
        raise BadRecord(f"fields {sorted(set(d) ^ keys)} missing or unknown")
    for k in ("sha256", "bundle_sha256"):
        if not isinstance(d[k], str) or not SHA256.fullmatch(d[k]):
            raise BadRecord(f"{k}: not a sha256")
    variant = _text(d, "variant", 200)
    logit = _number(d, "logit", MAX_ABS_LOGIT)
    ood = _number(d, "ood_score", MAX_ABS_SCORE, optional=True)
    adult = _number(d, "adult_score", MAX_ABS_SCORE, optional=True)
    size = d["image_size"]
    if (not isinstance(size, list) or len(size) != 2 or not all(strict.is_int(v) and MIN_SIDE <= v <= MAX_SIDE
                                                                    for v in size)):
        raise BadRecord(f"image_size: not two integers in [{MIN_SIDE}, {MAX_SIDE}]")
    if d["source_format"] not in FORMATS:
        raise BadRecord("source_format: not a format Pneumoscan reads")
    meta = d["metadata"]
    if not isinstance(meta, dict) or not all(k in METADATA_KEYS and isinstance(v, str) and len(v) <= MAX_TAG
                                             for k, v in meta.items()):
        raise BadRecord("metadata: unknown tag names or values that are not short strings")
    cam = d["cam"]
    arr = None
    if cam is not None:
        if (not isinstance(cam, list) or not 1 <= len(cam) <= MAX_CAM_SIDE
                or not all(isinstance(r, list) and len(r) == len(cam[0]) and 1 <= len(r) <= MAX_CAM_SIDE for r in cam)
                or not all(strict.is_number(v) and math.isfinite(v) and abs(v) <= MAX_ABS_SCORE for r in cam for v in r)):
            raise BadRecord("cam: not a rectangular map of finite numbers")
        arr = np.asarray(cam, dtype=np.float32)
    return ModelOutputs(sha256=d["sha256"], bundle_sha256=d["bundle_sha256"], variant=variant, logit=float(logit),  # type: ignore[arg-type]
                        ood_score=ood, adult_score=adult, cam=arr, image_size=(int(size[0]), int(size[1])),
                        source_format=d["source_format"], metadata=MappingProxyType(dict(meta)),
                        device=_text(d, "device", 300))


KEY_BYTES = 32


def _key(cache_path: Path) -> bytes:
    """The account's cache key (``KEY`` beside the cache, 0600): made once, at random.  A line is used only if it
    was signed with it, so a hand-edited line -- or one from another machine -- costs a recomputation, never a
    result.  Without a readable key the cache is not used (a key for this process only: nothing on disk verifies
    with it), never trusted unsigned."""
    from engine.files.outputs import make_private, read_regular, write_bytes_atomic

    path = cache_path.with_name(cache_path.name + ".key")
    try:
        write_bytes_atomic(path, secrets.token_bytes(KEY_BYTES))  # never replaces one: made once per account
    except FileExistsError:
        pass
    except OSError as exc:
        log.warning("result cache key %s cannot be made (%s): the cache is not used", path, exc.strerror or exc)
        return secrets.token_bytes(KEY_BYTES)
    try:
        data = read_regular(path, 4096)
    except OSError as exc:
        log.warning("result cache key %s cannot be read (%s): the cache is not used", path, exc.strerror or exc)
        return secrets.token_bytes(KEY_BYTES)
    make_private(path)  # a key made by an earlier version or another umask
    if len(data) != KEY_BYTES:  # damaged: a new key (every line is then recomputed once)
        log.warning("result cache key %s is damaged: a new one is made", path)
        data = secrets.token_bytes(KEY_BYTES)
        try:
            write_bytes_atomic(path, data, overwrite=True)
        except OSError:
            pass
    return data


class ResultCache:
    """Thread-safe ``(file sha256, bundle identity, variant) -> ModelOutputs`` store, persisted as JSON lines.

    Keyed by the bundle identity, not the weights: a bundle with another decision rule is another key.  Only files
    the model ran on are cached: a file that failed is retried next time (the problem may have been fixed).
    """

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = Path(path) if path else None
        self._lock = threading.Lock()
        self._items: dict[tuple[str, str, str], ModelOutputs] = {}
        self.rejected = 0
        self._write_failed = False
        self.key = _key(self.path) if self.path else b""
        if self.path and self.path.is_file():
            from engine.files.outputs import make_private

            make_private(self.path)  # written by an earlier version or under another umask: this account's only
            self._load()

    def _load(self) -> None:
        assert self.path is not None
        reasons: dict[str, int] = {}
        try:
            with self.path.open("rb") as fh:
                for raw in fh:
                    if not raw.strip():
                        continue
                    try:
                        o = from_line(raw, self.key)
                    except BadRecord as exc:
                        key = str(exc).split(":")[0].split(" (")[0]
                        reasons[key] = reasons.get(key, 0) + 1
                        continue
                    self._items[(o.sha256, o.bundle_sha256, o.variant)] = o
        except OSError as exc:
            log.warning("result cache %s not read (%s): every file is analysed again", self.path, exc.strerror or exc)
            return
        self.rejected = sum(reasons.values())
        if reasons:
            log.warning("result cache %s: %d line(s) not used (%s); those files are analysed again", self.path,
                        self.rejected, ", ".join(f"{n} {k}" for k, n in sorted(reasons.items())))

    def get(self, sha256: str, bundle_sha256: str, variant: str = "") -> ModelOutputs | None:
        """``variant`` names anything else the model outputs depend on: the arithmetic (``"|int8"`` or ``""``).
        Relaxed checks and the site profile are not part of it: they are decisions, made again from the outputs."""
        if not bundle_sha256:
            return None
        with self._lock:
            return self._items.get((sha256, bundle_sha256, variant))

    def put(self, o: ModelOutputs) -> None:
        """Keep ``o`` and append it to the file (one write); a cache that cannot be written never stops a batch."""
        if not o.sha256 or not o.bundle_sha256:
            return
        try:
            line = to_line(o, self.key)
            from_line(line, self.key)  # what is written must read back (a non-finite score is not cached)
        except (BadRecord, ValueError) as exc:
            log.warning("result of %s not cached: %s", o.sha256[:12], exc)
            return
        with self._lock:
            self._items[(o.sha256, o.bundle_sha256, o.variant)] = o
            if self.path is None:
                return
            try:
                fd = open_append(self.path)  # per line: a cache file moved away meanwhile is simply started again
                try:
                    append_line(fd, line)
                finally:
                    os.close(fd)
            except OSError as exc:  # said once: a full disk would otherwise say it for every image
                if not self._write_failed:
                    log.warning("result cache %s not written: %s (results are still shown and exported; those "
                                "files are analysed again next time)", self.path, exc.strerror or exc)
                self._write_failed = True

    def __len__(self) -> int:
        return len(self._items)
