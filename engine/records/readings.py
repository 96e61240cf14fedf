"""The clinician's own reading of each image: NORMAL, PNEUMONIA or unsure, a note, who read it and when.

A *reading* is an explicit act on one image (the app records one only from a
button or a shortcut that typing cannot produce).  It belongs to the result it
answered: the bundle, the site profile and the result as displayed
(:func:`engine.runners.results.displayed_result`) are stored with it, and when the
image's current result differs (a site profile chosen, another bundle, other
settings) :meth:`Review.answers` is False: the reading is shown as *made on an
earlier result* and the row asks for a new one.

Stored in SQLite in the user data folder, in WAL mode with
``synchronous=FULL``: a reading is committed (and so durable, also against
``kill -9`` or a power cut) before the app shows it as saved.  The table is an
append-only history of acts -- ``record``, ``clear`` and ``undo`` -- keyed by
the file's sha256, so byte-identical copies share one reading, and nothing a
reader did is ever overwritten: the current reading is what the history leaves
(:meth:`ReviewStore.current`).  Notes typed but not yet saved with a reading
are kept as drafts (:meth:`ReviewStore.save_draft`), so a note is never lost.

Times are stored in UTC (ISO 8601); :func:`local_time` shows them in local time
with the zone.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine import errors
from engine.records.audit import os_user
from engine.runners.results import INDETERMINATE, NORMAL, PNEUMONIA, Prediction, displayed_result

#: What a reader can record: their own reading of the image.
UNSURE = "UNSURE"
READINGS = (NORMAL, PNEUMONIA, UNSURE)
#: How a reading relates to the result it answered (the CSV's ``review`` column).
AGREE, DISAGREE, UNSURE_VERDICT, RESOLVED, EARLIER = "agree", "disagree", "unsure", "resolved", "earlier_result"
#: Results a reading can answer: analysed images (an image the gate withheld or that failed has no result to read).
REVIEWABLE = (NORMAL, PNEUMONIA, INDETERMINATE)
ACTIONS = ("record", "clear", "undo")


class ReviewStoreError(errors.PneumoscanError):
    """The reading database cannot be opened, read or written (locked, full, damaged, read-only)."""

    code = "reviews_unavailable"


#: Directional overrides and isolates: they can make a note or a name read as something else (Trojan Source).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
#: How long a write waits for another process's write to finish before it is refused (seconds).
BUSY_TIMEOUT = 10.0
#: A note is kept whole up to this many characters (the app's field takes no more).
MAX_NOTE = 2000


def clean_text(text: str, limit: int = MAX_NOTE) -> str:
    """A note or name as stored: no control characters (they would end a CSV row or hide text), no lone
    surrogates (not encodable), at most ``limit`` characters."""
    import unicodedata

    out = "".join(" " if unicodedata.category(ch) == "Cc" else "" if ch in _BIDI_CONTROLS else ch
                  for ch in unicodedata.normalize("NFC", str(text)))
    out = out.encode("utf-8", "replace").decode("utf-8") if any(0xD800 <= ord(c) <= 0xDFFF for c in out) else out
    return out.strip()[:limit]


def utc_now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def local_time(iso_utc: str, seconds: bool = False) -> str:
    """A stored UTC time as local time with the zone, e.g. ``2026-12-03 14:05 CET (UTC+01:00)``."""
    try:
        t = _dt.datetime.fromisoformat(iso_utc)
    except (TypeError, ValueError):
        return str(iso_utc)
    if t.tzinfo is None:
        t = t.replace(tzinfo=_dt.UTC)
    t = t.astimezone()
    off = t.strftime("%z")
    offset = f"UTC{off[:3]}:{off[3:]}" if off else "UTC"
    name = t.tzname() or ""
    zone = f"{name} ({offset})" if name and not name.startswith(("UTC", "+", "-")) else offset
    return t.strftime("%Y-%m-%d %H:%M" + (":%S" if seconds else "")) + " " + zone


@dataclass(frozen=True)
class Review:
    """One reader's reading of one image (the current state of its history)."""

    file_sha256: str
    bundle_sha256: str
    site_profile: str
    result: str  # the result as displayed when the reading was made (engine.runners.results.displayed_result)
    reading: str  # NORMAL, PNEUMONIA or UNSURE
    note: str
    reader: str  # the named reader (who chose who they are in the app), or the OS account where no name was given
    os_user: str
    reviewed_at: str  # UTC, ISO 8601
    path: str = ""
    p_pneumonia: float | None = None
    event_id: int = 0

    @property
    def final_label(self) -> str:
        """The reader's label for the image (empty when unsure)."""
        return self.reading if self.reading in (NORMAL, PNEUMONIA) else ""

    @property
    def verdict(self) -> str:
        """How the reading relates to the result it answered: agree / disagree / unsure, or ``resolved`` where
        the result was INDETERMINATE (the model made no call to agree with)."""
        if self.reading == UNSURE:
            return UNSURE_VERDICT
        if self.result == INDETERMINATE:
            return RESOLVED
        return AGREE if self.reading == self.result else DISAGREE

    def answers(self, pred: Prediction | None) -> bool:
        """True when this reading was made on ``pred``'s result as it is displayed now: same bundle, same site
        profile, same result."""
        return (pred is not None and pred.bundle_sha256 == self.bundle_sha256
                and pred.site_profile == self.site_profile and displayed_result(pred) == self.result)

    def relation(self, pred: Prediction | None) -> str:
        """:attr:`verdict` when the reading answers ``pred``'s result, else ``earlier_result``."""
        return self.verdict if self.answers(pred) else EARLIER

    def local_time(self) -> str:
        return local_time(self.reviewed_at)


_COLUMNS = ("id", "action", "undoes", "file_sha256", "bundle_sha256", "site_profile", "result", "p_pneumonia",
            "reading", "note", "reader", "os_user", "at", "path")


class ReviewStore:
    """Thread-safe store of readings (one connection, serialised), with their full history."""

    def __init__(self, path: str | os.PathLike[str], readonly: bool = False) -> None:
        """Open (creating and migrating where needed) the reading database.  ``readonly`` (the command line, which
        only reads readings): opened read-only, nothing created or migrated.  Raises :class:`ReviewStoreError`."""
        self.path = Path(path)
        self.readonly = readonly
        self._lock = threading.Lock()
        self._closed = False
        try:
            if readonly:
                self._db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                           check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT)
                self._has_events = bool(self._db.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name='review_events'").fetchone())
                return
            from engine.files.outputs import create_private, make_private, private_dir

            private_dir(self.path.parent)
            create_private(self.path)  # before SQLite opens it: its -wal and -shm files take the database's mode
            for f in (self.path.with_name(self.path.name + "-wal"),
                      self.path.with_name(self.path.name + "-shm")):
                make_private(f)
            self._db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None,
                                       timeout=BUSY_TIMEOUT)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")  # committed means on disk, WAL included
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS review_events (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                "action TEXT NOT NULL CHECK (action IN ('record','clear','undo')), undoes INTEGER, "
                "file_sha256 TEXT NOT NULL, bundle_sha256 TEXT NOT NULL DEFAULT '', "
                "site_profile TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '', p_pneumonia REAL, "
                "reading TEXT NOT NULL DEFAULT '' CHECK (reading IN ('', 'NORMAL', 'PNEUMONIA', 'UNSURE')), "
                "note TEXT NOT NULL DEFAULT '', reader TEXT NOT NULL DEFAULT '', os_user TEXT NOT NULL DEFAULT '', "
                "at TEXT NOT NULL, path TEXT NOT NULL DEFAULT '')")
            self._db.execute("CREATE INDEX IF NOT EXISTS review_events_file ON review_events (file_sha256, id)")
            self._db.execute("CREATE TABLE IF NOT EXISTS note_drafts (file_sha256 TEXT PRIMARY KEY, note TEXT NOT NULL, "
                             "at TEXT NOT NULL)")
            self._has_events = True
            self._migrate_v1()
        except sqlite3.Error as exc:
            raise ReviewStoreError(f"The reading database {self.path} cannot be opened ({exc}). Readings cannot be "
                                   "recorded or shown until it is repaired or moved away.") from exc

    def _migrate_v1(self) -> None:
        """Reviews of the first schema (agree / disagree / unsure per file and bundle) become recorded readings:
        agree and disagree give the label the reader chose, unsure stays unsure.  The old table is kept, renamed.

        It runs inside one write transaction (a second process opening the same database waits, then finds
        nothing left to migrate).  The first schema recorded no site profile and no band: a migrated reading
        answers the model's own operating point and the label it had, so under a site profile it asks to be read
        again -- the safe side of not knowing."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                old = self._db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='reviews'").fetchone()
                if old:
                    for (sha, bundle, _verdict, note, final, by, at, path, model_label) in self._db.execute(
                            "SELECT file_sha256, bundle_sha256, verdict, note, final_label, reviewed_by, reviewed_at, "
                            "path, model_label FROM reviews ORDER BY reviewed_at").fetchall():
                        if not sha:
                            continue
                        final = str(final or "").strip().upper()
                        reading = final if final in (NORMAL, PNEUMONIA) else UNSURE
                        self._db.execute(
                            "INSERT INTO review_events (action, file_sha256, bundle_sha256, site_profile, result, "
                            "reading, note, reader, os_user, at, path) VALUES ('record',?,?,'',?,?,?,?,?,?,?)",
                            (sha, bundle or "", str(model_label or "").upper(), reading, clean_text(note or ""),
                             by or "", by or "", at or utc_now(), path or ""))
                    names = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                    target = next(f"reviews_schema1{'' if i == 0 else f'_{i}'}" for i in range(10_000)
                                  if f"reviews_schema1{'' if i == 0 else f'_{i}'}" not in names)
                    self._db.execute(f"ALTER TABLE reviews RENAME TO {target}")
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    # ------------------------------------------------------------------ acts
    def record(self, pred: Prediction, reading: str, note: str = "", reader: str = "",
               account: str | None = None) -> Review:
        """Record ``reader``'s reading of ``pred``'s image, answering its result as displayed now; returns the
        reading exactly as written (read back inside the same transaction: never another writer's).

        Raises ValueError for an unknown reading or an image without a result to read (not analysed, withheld
        by the input gate, failed), :class:`ReviewStoreError` when it cannot be written (nothing is then saved).
        """
        if reading not in READINGS:
            raise ValueError(f"a reading is one of {READINGS}, not {reading!r}")
        if len(note) > MAX_NOTE:
            raise ValueError(f"a note has at most {MAX_NOTE} characters (this one has {len(note)})")
        result = displayed_result(pred)
        if result not in REVIEWABLE or not pred.sha256 or not pred.bundle_sha256:
            raise ValueError("only an analysed image's result can be read")
        account = clean_text(account or os_user(), 200)
        event = self._append("record", None, pred.sha256, pred.bundle_sha256, pred.site_profile, result,
                             pred.p_pneumonia, reading, clean_text(note), clean_text(reader, 200) or account, account,
                             pred.path)
        self.discard_draft(pred.sha256)
        return _review(event)

    def clear(self, file_sha256: str, reader: str = "", account: str | None = None, path: str = "") -> None:
        """Withdraw the current reading of an image (the history keeps it)."""
        if self.current(file_sha256) is None:
            raise ValueError("There is no reading to clear.")
        account = clean_text(account or os_user(), 200)
        self._append("clear", None, file_sha256, "", "", "", None, "", "", clean_text(reader, 200) or account, account,
                     path)

    def last_act(self, file_sha256: str) -> dict[str, Any] | None:
        """The act :meth:`undo` would take back (record or clear), or None."""
        stack = _replay(self._read(file_sha256))
        return stack[-1] if stack else None

    def undo(self, file_sha256: str, reader: str = "", account: str | None = None) -> Review | None:
        """Undo the latest act (record or clear) on an image that is not undone yet; returns the reading now in
        force (None: none).  Raises ValueError when there is nothing to undo."""
        stack = _replay(self._read(file_sha256))
        if not stack:
            raise ValueError("There is nothing to undo on this image.")
        target = stack[-1]
        account = clean_text(account or os_user(), 200)
        self._append("undo", int(target["id"]), file_sha256, "", "", "", None, "", "", clean_text(reader, 200) or account,
                     account, str(target["path"]))
        return self.current(file_sha256)

    def _append(self, action: str, undoes: int | None, sha: str, bundle: str, site: str, result: str,
                p: float | None, reading: str, note: str, reader: str, account: str, path: str) -> dict[str, Any]:
        """Append one act and read it back in the same write transaction."""
        with self._lock:
            if self._closed or self.readonly:
                raise ReviewStoreError("The reading database is closed or read-only: nothing was saved.")
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    cur = self._db.execute(
                        "INSERT INTO review_events (action, undoes, file_sha256, bundle_sha256, site_profile, result, "
                        "p_pneumonia, reading, note, reader, os_user, at, path) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (action, undoes, sha, bundle, site, result, p, reading, note, reader, account, utc_now(),
                         clean_text(path, 4096)))
                    row = self._db.execute(f"SELECT {', '.join(_COLUMNS)} FROM review_events WHERE id=?",
                                           (cur.lastrowid,)).fetchone()
                    self._db.execute("COMMIT")
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                raise ReviewStoreError(f"The reading was NOT saved: the reading database {self.path} refused the write "
                                       f"({exc}). Free disk space, close other Pneumoscan windows, and try again.") from exc
        return dict(zip(_COLUMNS, row))

    # ------------------------------------------------------------------ queries
    def _events(self, file_sha256: str) -> list[dict[str, Any]]:
        if not self._has_events:
            return []
        rows = self._db.execute(f"SELECT {', '.join(_COLUMNS)} FROM review_events WHERE file_sha256=? ORDER BY id",
                                (file_sha256,)).fetchall()
        return [dict(zip(_COLUMNS, r)) for r in rows]

    def _read(self, file_sha256: str) -> list[dict[str, Any]]:
        with self._lock:
            if self._closed:  # results delivered while the app closes
                return []
            try:
                return self._events(file_sha256)
            except sqlite3.Error as exc:
                raise ReviewStoreError(f"The reading database {self.path} cannot be read ({exc}).") from exc

    def current(self, file_sha256: str) -> Review | None:
        """The reading in force for an image (whatever bundle or result it answered), or None."""
        if not file_sha256:
            return None
        stack = _replay(self._read(file_sha256))
        if not stack or stack[-1]["action"] != "record" or stack[-1]["reading"] not in READINGS:
            return None
        return _review(stack[-1])

    def get(self, file_sha256: str, bundle_sha256: str | None = None) -> Review | None:
        """The current reading of an image; with ``bundle_sha256``, only if it was made under that bundle."""
        r = self.current(file_sha256)
        return r if r is not None and (bundle_sha256 is None or r.bundle_sha256 == bundle_sha256) else None

    def can_undo(self, file_sha256: str) -> bool:
        return bool(_replay(self._read(file_sha256)))

    def history(self, file_sha256: str) -> list[dict[str, Any]]:
        """Every act on an image, oldest first (for the audit and the tests)."""
        return self._read(file_sha256)

    def all_current(self) -> list[Review]:
        """The reading in force of every image that has one."""
        with self._lock:
            try:
                shas = [r[0] for r in self._db.execute("SELECT DISTINCT file_sha256 FROM review_events").fetchall()] \
                    if self._has_events else []
            except sqlite3.Error as exc:
                raise ReviewStoreError(f"The reading database {self.path} cannot be read ({exc}).") from exc
        return [r for r in (self.current(s) for s in shas) if r is not None]

    # ------------------------------------------------------------------ drafts
    def save_draft(self, file_sha256: str, note: str) -> None:
        """Keep a note typed for an image but not yet saved with a reading (an empty note removes the draft).
        Raises :class:`ReviewStoreError` when it cannot be kept."""
        if not file_sha256:
            return
        with self._lock:
            if self._closed or self.readonly:
                return
            try:
                if note.strip():
                    self._db.execute("INSERT OR REPLACE INTO note_drafts VALUES (?,?,?)",
                                     (file_sha256, clean_text(note), utc_now()))
                else:
                    self._db.execute("DELETE FROM note_drafts WHERE file_sha256=?", (file_sha256,))
            except sqlite3.Error as exc:
                raise ReviewStoreError(f"The draft note could not be kept: the reading database {self.path} refused "
                                       f"the write ({exc}).") from exc

    def draft(self, file_sha256: str) -> str:
        with self._lock:
            if self._closed or not file_sha256 or not self._has_events:
                return ""
            try:
                row = self._db.execute("SELECT note FROM note_drafts WHERE file_sha256=?", (file_sha256,)).fetchone()
            except sqlite3.Error:
                return ""
        return str(row[0]) if row else ""

    def discard_draft(self, file_sha256: str) -> None:
        self.save_draft(file_sha256, "")

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._db.close()


def _review(e: dict[str, Any]) -> Review:
    return Review(str(e["file_sha256"]), str(e["bundle_sha256"] or ""), str(e["site_profile"] or ""),
                  str(e["result"] or ""), str(e["reading"]), str(e["note"] or ""), str(e["reader"] or ""),
                  str(e["os_user"] or ""), str(e["at"] or ""), str(e["path"] or ""), e["p_pneumonia"], int(e["id"]))


def _replay(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The acts still in force, oldest first: each ``undo`` removes the act it names."""
    stack: list[dict[str, Any]] = []
    for e in events:
        if e["action"] == "undo":
            stack = [s for s in stack if s["id"] != e["undoes"]]
        else:
            stack.append(e)
    return stack


class UnavailableStore:
    """Stands in for a reading database that cannot be opened: shows no readings and refuses every act with the
    reason, so the app still opens and analyses while saying plainly that nothing can be recorded."""

    readonly = True

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path, self.reason = Path(path), reason

    def _refuse(self, *_a: Any, **_k: Any) -> Any:
        raise ReviewStoreError(self.reason)

    record = clear = undo = save_draft = _refuse

    def current(self, _sha: str) -> None:
        return None

    def get(self, _sha: str, _bundle: str | None = None) -> None:
        return None

    def can_undo(self, _sha: str) -> bool:
        return False

    def draft(self, _sha: str) -> str:
        return ""

    def discard_draft(self, _sha: str) -> None:
        pass

    def history(self, _sha: str) -> list[dict[str, Any]]:
        return []

    def all_current(self) -> list[Review]:
        return []

    def close(self) -> None:
        pass
