"""The outbox: results wait on disk until the destination has them.

Each object is written durably to ``STORE/.pneumoscan/outbox`` (the object, and beside it a small JSON record:
its sha256, how often it was tried, when to try next) before the analysis of its image is considered done.  A
sender thread delivers what is due over one association per round; success removes the object, any failure
leaves it where it is and waits longer before the next try (5 s, 10 s, 20 s... up to ``retry_max``).  A restart
finds the outbox as it was.  An object whose bytes no longer match its record is not sent (moved aside to
``outbox/damaged``): nothing read back from disk is trusted unverified.  Every send and every failure is audited.

Between an image's CSV row and its objects in the outbox a crash could lose the send, so the outbox keeps a
ledger (``ledger.txt``): ``pending <path>`` is flushed before the row is written, ``queued <path>`` once its
objects are in the outbox (or once it is known they cannot be made).  A start re-sends every pending path that
was never queued; the result of a resend is the same objects (their UIDs derive from the source and the bundle),
so the PACS never holds a duplicate.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from engine.files.outputs import private_dir, write_bytes_atomic
from engine.node.config import Destination, check_ae_title
from engine.node.store import fsync_dir
from engine.product import QT_TRANSLATE_NOOP, fill

log = logging.getLogger("pneumoscan.node")

FIRST_RETRY_S = 5.0
#: C-STORE statuses that mean the destination has the object (success and the warnings)
DELIVERED = {0x0000, 0xB000, 0xB006, 0xB007}

OnEvent = Callable[[str, dict[str, Any]], None]


class Outbox:
    """Durable queue of DICOM objects for one destination, with a sender thread (:meth:`start`)."""

    def __init__(self, folder: str | os.PathLike[str], destination: Destination, calling_ae: str,
                 on_event: OnEvent | None = None, retry_max: float = 300.0, first_retry: float = FIRST_RETRY_S,
                 clock: Callable[[], float] = time.time) -> None:
        self.folder = Path(folder)
        self.damaged = self.folder / "damaged"
        self.destination = destination
        self.calling_ae = check_ae_title(calling_ae)
        self.on_event = on_event or (lambda _name, _details: None)
        self.retry_max, self.first_retry = retry_max, first_retry
        self.clock = clock
        self.sent = 0
        self.failures = 0
        self.last_error = ""
        self._wake = threading.Condition()
        self._stop = False
        self._thread: threading.Thread | None = None
        self._seq = 0
        self._put_lock = threading.Lock()
        self.next_round = 0.0  # when the destination is tried next (after a failed association)
        self._down_tries = 0
        self._kicked = False

    # ------------------------------------------------------------------ queue
    def open(self) -> None:
        private_dir(self.folder)
        for leftover in self.folder.glob(".*.tmp"):
            try:
                leftover.unlink()
            except OSError:
                pass
        for record in self.folder.glob("*.json"):  # a crash between the record and its object: nothing was queued
            if not record.with_suffix(".dcm").exists():
                try:
                    record.unlink()
                except OSError:
                    pass

    def put(self, data: bytes, kind: str, sop_uid: str, source: str = "") -> Path:
        """Queue one encoded object durably (OSError when the disk refuses: the caller keeps its image pending)."""
        digest = hashlib.sha256(data).hexdigest()
        with self._put_lock:
            self._seq += 1
            stem = f"{time.time_ns():020d}-{self._seq:06d}-{kind}"
        obj = self.folder / f"{stem}.dcm"
        record = {"sha256": digest, "kind": kind, "sop_instance": sop_uid, "source": source, "tries": 0,
                  "next_try": 0.0, "queued": time.time(), "last_error": ""}
        # the record first: an object is queued when its .dcm appears, and the sender never sees one without it
        write_bytes_atomic(obj.with_suffix(".json"), json.dumps(record).encode("utf-8"))
        write_bytes_atomic(obj, data)
        fsync_dir(self.folder)
        with self._wake:
            self._kicked = True
            self._wake.notify_all()
        return obj

    # ------------------------------------------------------------------ the ledger
    @property
    def ledger(self) -> Path:
        return self.folder / "ledger.txt"

    def _ledger_line(self, what: str, key: str) -> None:
        from engine.files.outputs import append_line, open_append

        fd = open_append(self.ledger)
        try:
            append_line(fd, f"{what} {json.dumps(key)}\n".encode())
            os.fsync(fd)
        finally:
            os.close(fd)

    def mark_pending(self, key: str) -> None:
        """Before an image's row is written: its results are owed (OSError when the disk refuses)."""
        self._ledger_line("pending", key)

    def mark_queued(self, key: str) -> None:
        """Its objects are in the outbox (or cannot be made): nothing more is owed."""
        self._ledger_line("queued", key)

    def owed(self) -> list[str]:
        """Paths whose results were owed when the node stopped and were never queued; the ledger is compacted to
        them.  Lines that are not the ledger's own are skipped (never a reason to send more than was owed)."""
        if not self.ledger.is_file():
            return []
        owed: dict[str, None] = {}
        for line in self.ledger.read_text(encoding="utf-8", errors="replace").splitlines():
            what, _, rest = line.partition(" ")
            try:
                key = json.loads(rest)
            except ValueError:
                continue
            if not isinstance(key, str):
                continue
            if what == "pending":
                owed[key] = None
            elif what == "queued":
                owed.pop(key, None)
        text = "".join(f"pending {json.dumps(k)}\n" for k in owed)
        write_bytes_atomic(self.ledger, text.encode("utf-8"), overwrite=True)
        return list(owed)

    # ------------------------------------------------------------------ readings sent, and the last report
    @property
    def readings_file(self) -> Path:
        return self.folder / "readings.txt"

    def mark_reading(self, key: str, stamp: str) -> None:
        """A verified (or withdrawn) report of a reading is in the outbox: ``stamp`` (when|what|who, or
        ``withdrawn``) is what was sent last for ``key``."""
        from engine.files.outputs import append_line, open_append

        fd = open_append(self.readings_file)
        try:
            append_line(fd, (json.dumps([key, stamp]) + "\n").encode())
            os.fsync(fd)
        finally:
            os.close(fd)

    def readings_sent(self) -> dict[str, str]:
        """``key -> stamp`` of the last report sent for each image's reading (lines not of this form skipped)."""
        out: dict[str, str] = {}
        if self.readings_file.is_file():
            for line in self.readings_file.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    key, stamp = json.loads(line)
                except (ValueError, TypeError):
                    continue
                if isinstance(key, str) and isinstance(stamp, str):
                    out[key] = stamp
        return out

    def _last_path(self, key: str) -> Path:
        return self.folder / "reports" / (hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest() + ".dcm")

    def remember_report(self, key: str, data: bytes) -> None:
        """The last report sent for an image: the predecessor of its next version."""
        path = self._last_path(key)
        private_dir(path.parent)
        write_bytes_atomic(path, data, overwrite=True)

    def last_report(self, key: str, study_uid: str) -> Any:
        """The last report sent for ``key`` if it reads as one (a Comprehensive 3D SR of this study), else None:
        only its UIDs are used, as the next version's predecessor."""
        from pydicom import dcmread

        path = self._last_path(key)
        try:
            ds = dcmread(path, stop_before_pixels=True)
        except Exception:  # noqa: BLE001 - missing or damaged: the next version names the model's report instead
            return None
        if str(ds.get("SOPClassUID", "")) != "1.2.840.10008.5.1.4.1.1.88.34" or \
                str(ds.get("StudyInstanceUID", "")) != study_uid:
            return None
        return ds

    def pending(self) -> list[Path]:
        return sorted(self.folder.glob("*.dcm"))

    def _record(self, obj: Path) -> dict[str, Any] | None:
        try:
            rec = json.loads(obj.with_suffix(".json").read_text(encoding="utf-8"))
            if not isinstance(rec, dict) or not isinstance(rec.get("sha256"), str):
                return None
            return rec
        except (OSError, ValueError):
            return None

    def _set_aside(self, obj: Path, why: str) -> None:
        private_dir(self.damaged)
        for p in (obj, obj.with_suffix(".json")):
            try:
                os.replace(p, self.damaged / p.name)
            except OSError:
                pass
        log.error("outbox: %s not sent and set aside in %s: %s", obj.name, self.damaged, why)
        self.on_event("send_refused", {"object": obj.name, "reason": why, "destination": str(self.destination)})

    # ------------------------------------------------------------------ sending
    def _backoff(self, tries: int) -> float:
        return float(min(self.retry_max, self.first_retry * 2 ** max(0, tries - 1)))

    def _due(self) -> list[tuple[Path, dict[str, Any], bytes]]:
        now = self.clock()
        out = []
        for obj in self.pending():
            rec = self._record(obj)
            if rec is None:
                self._set_aside(obj, "its record is missing or unreadable")
                continue
            if float(rec.get("next_try", 0)) > now:
                continue
            try:
                data = obj.read_bytes()
            except OSError as exc:
                self._set_aside(obj, f"it cannot be read ({exc.strerror or exc})")
                continue
            if hashlib.sha256(data).hexdigest() != rec["sha256"]:
                self._set_aside(obj, "its bytes changed on disk since it was queued (sha256 differs)")
                continue
            out.append((obj, rec, data))
        return out

    def send_round(self) -> int:
        """Try every due object once over one association; the number delivered."""
        if self.clock() < self.next_round:
            return 0
        due = self._due()
        if not due:
            return 0
        from io import BytesIO

        from pydicom import dcmread
        from pynetdicom import AE

        ae = AE(ae_title=self.calling_ae)
        ae.acse_timeout = ae.dimse_timeout = ae.network_timeout = 30
        classes: dict[str, set[str]] = {}
        parsed = []
        for obj, rec, data in due:
            try:
                ds = dcmread(BytesIO(data))
            except Exception as exc:  # noqa: BLE001 - an object we cannot read back is never sent
                self._set_aside(obj, f"it does not parse ({exc})")
                continue
            classes.setdefault(str(ds.SOPClassUID), set()).add(str(ds.file_meta.TransferSyntaxUID))
            parsed.append((obj, rec, ds))
        for uid, syntaxes in classes.items():
            ae.add_requested_context(uid, sorted(syntaxes | {"1.2.840.10008.1.2.1", "1.2.840.10008.1.2"}))
        dest = self.destination
        try:
            assoc = ae.associate(dest.host, dest.port, ae_title=dest.ae_title)
        except Exception as exc:  # noqa: BLE001 - an unresolvable host, a refused socket: the destination is down
            return self._down(f"cannot connect ({exc})", len(parsed))
        if not assoc.is_established:
            why = "association rejected" if assoc.is_rejected else "no answer (down or unreachable)"
            return self._down(why, len(parsed))
        delivered = 0
        try:
            for obj, rec, ds in parsed:
                if not assoc.is_established:
                    break
                status = assoc.send_c_store(ds)
                code = int(getattr(status, "Status", -1)) if status else -1
                if code in DELIVERED:
                    self._delivered(obj, rec, code)
                    delivered += 1
                else:
                    why = f"status 0x{code:04X}" if code >= 0 else "no response (connection lost)"
                    self._failed(obj, rec, why)
        finally:
            if assoc.is_established:
                assoc.release()
        self._down_tries = 0
        self.next_round = 0.0
        return delivered

    def _down(self, why: str, n: int) -> int:
        self._down_tries += 1
        wait = self._backoff(self._down_tries)
        self.next_round = self.clock() + wait
        self.failures += 1
        self.last_error = f"{self.destination}: {why}"
        log.warning("outbox: %s; %d object(s) wait on disk, next try in %.0f s", self.last_error, n, wait)
        self.on_event("send_failed", {"destination": str(self.destination), "reason": why, "waiting": n,
                                      "retry_in_s": wait})
        return 0

    def _delivered(self, obj: Path, rec: dict[str, Any], code: int) -> None:
        for p in (obj, obj.with_suffix(".json")):
            try:
                p.unlink()
            except OSError:
                pass
        self.sent += 1
        self.last_error = ""
        self.on_event("sent", {"destination": str(self.destination), "kind": rec.get("kind"),
                               "sop_instance": rec.get("sop_instance"), "source": rec.get("source"),
                               "status": f"0x{code:04X}", "tries": int(rec.get("tries", 0)) + 1})

    def _failed(self, obj: Path, rec: dict[str, Any], why: str) -> None:
        tries = int(rec.get("tries", 0)) + 1
        wait = self._backoff(tries)
        rec.update(tries=tries, next_try=self.clock() + wait, last_error=why)
        try:
            write_bytes_atomic(obj.with_suffix(".json"), json.dumps(rec).encode("utf-8"), overwrite=True)
        except OSError:
            pass  # the object stays queued; its next try is simply sooner
        self.failures += 1
        self.last_error = f"{rec.get('kind')} {rec.get('sop_instance')}: {why}"
        log.warning("outbox: %s refused by %s: %s; next try in %.0f s", obj.name, self.destination, why, wait)
        self.on_event("send_failed", {"destination": str(self.destination), "kind": rec.get("kind"),
                                      "sop_instance": rec.get("sop_instance"), "reason": why, "tries": tries,
                                      "retry_in_s": wait})

    # ------------------------------------------------------------------ thread
    def start(self) -> None:
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="pneumoscan-outbox", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop:
            try:
                self.send_round()
            except Exception:  # noqa: BLE001 - the sender never dies; what failed stays queued
                log.exception("outbox: unexpected error; the objects stay queued")
            with self._wake:
                if self._stop:
                    break
                if not self._kicked:
                    self._wake.wait(timeout=self._next_wait())
                self._kicked = False

    def _next_wait(self) -> float:
        now = self.clock()
        waits = [max(0.0, self.next_round - now)] if self.next_round > now else []
        for obj in self.pending():
            rec = self._record(obj)
            if rec is not None:
                waits.append(max(0.0, float(rec.get("next_try", 0)) - now))
        return min([*waits, 5.0]) if waits else 5.0

    def flush(self, timeout: float) -> bool:
        """Wait up to ``timeout`` s for the outbox to empty (for a stop or a test); True when empty."""
        end = time.monotonic() + timeout
        while self.pending() and time.monotonic() < end:
            with self._wake:
                self._kicked = True
                self._wake.notify_all()
            time.sleep(0.1)
        return not self.pending()

    def stop(self) -> None:
        self._stop = True
        with self._wake:
            self._wake.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=60)
            self._thread = None


def echo(destination: Destination, calling_ae: str, timeout: float = 5.0) -> str:
    """A C-ECHO to the destination, said in words (the app's *Test the destination*)."""
    from pynetdicom import AE

    ae = AE(ae_title=check_ae_title(calling_ae))
    ae.acse_timeout = ae.dimse_timeout = ae.network_timeout = timeout
    ae.add_requested_context("1.2.840.10008.1.1")
    try:
        assoc = ae.associate(destination.host, destination.port, ae_title=destination.ae_title)
    except Exception as exc:  # noqa: BLE001 - an unresolvable host name: said
        return fill(_UNREACHABLE, str(destination), str(exc))
    if assoc.is_rejected:
        return fill(_REFUSED, str(destination), calling_ae)
    if not assoc.is_established:
        return fill(_SILENT, str(destination))
    try:
        status = assoc.send_c_echo()
    finally:
        if assoc.is_established:
            assoc.release()
    code = int(getattr(status, "Status", -1)) if status else -1
    return fill(_ANSWERS, str(destination)) if code == 0 else fill(_ANSWERED, str(destination), f"{code:#06x}")


#: What :func:`echo` says, as templates (the app shows them in its language: :data:`ECHO_TEXTS`).
_UNREACHABLE = QT_TRANSLATE_NOOP("Echo", "%1 cannot be reached: %2")
_REFUSED = QT_TRANSLATE_NOOP("Echo", "%1 refused the connection: add %2 to its known senders, and check its AE title.")
_SILENT = QT_TRANSLATE_NOOP("Echo", "%1 does not answer: check the address and port, and that it is switched on.")
_ANSWERS = QT_TRANSLATE_NOOP("Echo", "%1 answers: results can be sent.")
_ANSWERED = QT_TRANSLATE_NOOP("Echo", "%1 answered %2.")
ECHO_TEXTS = (_UNREACHABLE, _REFUSED, _SILENT, _ANSWERS, _ANSWERED)
