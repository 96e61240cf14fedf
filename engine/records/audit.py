"""Audit trail: an append-only JSON-lines log of what Pneumoscan told whom.

One line per result and per export: time (UTC), OS user, app version, model
name/version/hash, input file path and sha256, the result (status, label,
probability, threshold, gate decision).  Never pixel data and never patient
names (Pneumoscan does not read them).  Rotated by size: ``audit.jsonl``,
``audit.jsonl.1``, ...  (by hand, not the standard library's RotatingFileHandler:
its write failures print "Logging error" tracebacks and leave torn lines on a full
disk, and it cannot make a failure stop a run).
"""

from __future__ import annotations

import datetime as _dt
import getpass
import json
import logging
import os
import platform
import threading
from pathlib import Path
from typing import Any

from engine._version import __version__
from engine.runners.results import Prediction, Status

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_BACKUPS = 10


def default_audit_path() -> Path:
    from engine.files.resources import user_data_dir

    return user_data_dir() / "audit.jsonl"


def os_user() -> str:
    """The OS login name (recorded as who did what)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (service accounts, containers)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


class AuditError(OSError):
    """The audit log cannot be written: the command line stops rather than analyse without its trail."""


class AuditLog:
    """Thread-safe appender of one JSON line per event, one ``write`` per line (engine.files.outputs.append_line: a full
    disk leaves no torn line), private to the account (0600 in a 0700 folder).

    ``strict`` (the command line): a line that cannot be written raises :class:`AuditError` -- the trail is a
    promise, so a run stops (exit 4) rather than go on without it.  Otherwise (the app, which says so on screen) a
    failure is logged once and the entries are dropped.  Rotated by size: ``audit.jsonl``, ``audit.jsonl.1``, ...
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 backups: int = DEFAULT_BACKUPS, source: str = "", strict: bool = False) -> None:
        self.path = Path(path) if path else default_audit_path()
        self.source = source
        self.strict = strict
        self.max_bytes, self.backups = max_bytes, backups
        self._lock = threading.Lock()
        self.failed = ""  # why the last write failed ("" while all is well)
        self._base = {"os_user": os_user(), "host": platform.node(), "app_version": __version__}

    def _rotate(self, incoming: int) -> None:
        try:
            size = self.path.stat().st_size
        except OSError:
            return
        if not self.max_bytes or size + incoming <= self.max_bytes or size == 0:
            return
        for i in range(self.backups - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{i}")
            if older.exists():
                os.replace(older, self.path.with_name(f"{self.path.name}.{i + 1}"))
        if self.backups > 0:
            os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))

    def _write(self, event: str, body: dict[str, Any]) -> None:
        from engine.files.outputs import append_line, open_append

        entry = {"time": _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds"), "event": event,
                 **self._base, "source": self.source, **body}
        line = (json.dumps(entry, ensure_ascii=True, separators=(",", ":"), default=str) + "\n").encode("ascii")
        with self._lock:
            try:
                self._rotate(len(line))
                fd = open_append(self.path)
                try:
                    append_line(fd, line)
                finally:
                    os.close(fd)
                self.failed = ""
            except OSError as exc:
                reason = f"{exc.strerror or exc}"
                if self.strict:
                    raise AuditError(exc.errno, f"the audit log {self.path} cannot be written ({reason})") from None
                if not self.failed:
                    log.warning("audit log %s not written: %s", self.path, reason)
                self.failed = reason

    def check(self) -> None:
        """Raise :class:`AuditError` now if the log cannot be written (before any analysis)."""
        from engine.files.outputs import open_append

        try:
            os.close(open_append(self.path))
        except OSError as exc:
            raise AuditError(exc.errno, f"the audit log {self.path} cannot be written ({exc.strerror or exc})") from None

    def record_result(self, p: Prediction) -> None:
        self._write("result", {
            "model": {"name": p.model_name, "version": p.model_version, "sha256": p.model_sha256,
                      "bundle_sha256": p.bundle_sha256, "site_profile": p.site_profile or None},
            "file": {"path": p.path, "sha256": p.sha256},
            "result": {"status": str(p.status), "label": p.label, "band": p.band or None, "p_pneumonia": p.p_pneumonia,
                       "raw_p_pneumonia": p.raw_p_pneumonia, "threshold": p.threshold,
                       "gate": {"passed": p.status == Status.OK, "codes": list(p.gate_codes),
                                "relaxed": list(p.relaxed_checks), "ood_score": p.ood_score},
                       "error_code": p.error_code or None},
            "device": p.device,
        })

    def record_export(self, target: str | os.PathLike[str], rows: int, kind: str = "csv", ok: bool = True,
                      error: str = "", bundle_sha256: str = "") -> None:
        self._write("export", {"export": {"kind": kind, "path": str(target), "rows": rows, "ok": ok,
                                          "error": error or None, "bundle_sha256": bundle_sha256 or None}})

    def record_review(self, review: Any, action: str = "record", file_sha256: str = "", reader: str = "") -> None:
        """A reading recorded (``review``: engine.records.readings.Review), cleared or undone (``review``: the reading
        in force afterwards, or None)."""
        body: dict[str, Any] = {"action": action, "file_sha256": getattr(review, "file_sha256", "") or file_sha256,
                                "reader": getattr(review, "reader", "") if action == "record" else reader}
        if review is not None:
            body.update({"bundle_sha256": review.bundle_sha256, "site_profile": review.site_profile or None,
                         "path": review.path, "result": review.result, "reading": review.reading,
                         "verdict": review.verdict, "final_label": review.final_label, "note": review.note,
                         "reviewed_by": review.reader, "reviewed_at": review.reviewed_at})
        self._write("review", {"review": body})

    def record_setting(self, name: str, old: Any, new: Any) -> None:
        """A setting that changes what the screen says (the clinic's prevalence, the readers' list)."""
        self._write("setting", {"setting": {"name": name, "old": old, "new": new}})

    def record_reader(self, name: str, how: str) -> None:
        """A named reader starts (or ends) reading on this workstation (``how``: "chosen", "added", ...)."""
        self._write("reader", {"reader": {"name": name, "how": how}})

    def record_site_profile(self, path: str, digest: str, bundle_sha256: str, samples: Any, action: str = "applied",
                            reader: str = "") -> None:
        """A site profile put in force (``applied``), refused by the user (``declined``) or left (``cleared``)."""
        self._write("site_profile", {"site_profile": {"path": path, "sha256": digest, "bundle_sha256": bundle_sha256,
                                                      "samples": samples, "action": action, "reader": reader or None}})

    def record_bundle(self, bundle_path: str, name: str, version: str, digest: str, trust: str) -> None:
        """Which bundle decides labels from now on, and why it is trusted ("shipped" / "trusted by the user")."""
        self._write("bundle", {"bundle": {"path": str(bundle_path), "name": name, "version": version,
                                          "bundle_sha256": digest, "trust": trust}})

    def record_node(self, action: str, details: dict[str, Any]) -> None:
        """The DICOM node: an object received, refused (with its reason and the status answered), a file watched,
        a result sent or not, a start, a stop."""
        self._write("dicom_node", {"node": {"action": action, **details}})

    def close(self) -> None:
        """Nothing is held open between entries; kept for callers that close what they open."""


def read_entries(path: str | os.PathLike[str], limit: int | None = None) -> list[dict[str, Any]]:
    """Entries of one audit file (newest last); damaged lines are skipped."""
    out: list[dict[str, Any]] = []
    p = Path(path)
    if not p.is_file():
        return out
    for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return out[-limit:] if limit else out
