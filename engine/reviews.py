"""The clinician's answer to each result: agree / disagree / unsure, a note, who and when.

Stored in SQLite in the user data folder, in WAL mode with ``synchronous=FULL``:
a review is committed (and so durable, also against ``kill -9`` or a power
cut) before the app shows it as saved.  Keyed by the file's sha256 and the
bundle's identity: the same image reviewed under another model is another
review.  ``final_label`` is the clinician's label: the model's when they agree,
the other one when they disagree, none when unsure.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from engine.audit import os_user

VERDICTS = ("agree", "disagree", "unsure")
CLASS_NAMES = ("NORMAL", "PNEUMONIA")


@dataclass(frozen=True)
class Review:
    file_sha256: str
    bundle_sha256: str
    verdict: str
    note: str
    final_label: str
    reviewed_by: str
    reviewed_at: str
    path: str = ""
    model_label: str = ""


def final_label_for(verdict: str, model_label: str | None) -> str:
    if verdict == "agree":
        return model_label or ""
    if verdict == "disagree" and model_label in CLASS_NAMES:
        return CLASS_NAMES[1 - CLASS_NAMES.index(model_label)]
    return ""


class ReviewStore:
    """Thread-safe review store (one connection, serialised)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._closed = False
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # committed means on disk, WAL included
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS reviews (file_sha256 TEXT NOT NULL, bundle_sha256 TEXT NOT NULL, "
            "verdict TEXT NOT NULL CHECK (verdict IN ('agree','disagree','unsure')), note TEXT NOT NULL DEFAULT '', "
            "final_label TEXT NOT NULL DEFAULT '', reviewed_by TEXT NOT NULL, reviewed_at TEXT NOT NULL, "
            "path TEXT NOT NULL DEFAULT '', model_label TEXT NOT NULL DEFAULT '', "
            "PRIMARY KEY (file_sha256, bundle_sha256))")

    def record(self, file_sha256: str, bundle_sha256: str, verdict: str, model_label: str | None, note: str = "",
               path: str = "", user: str | None = None) -> Review:
        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {VERDICTS}")
        if not file_sha256 or not bundle_sha256:
            raise ValueError("a review needs the file's hash and the bundle's identity")
        review = Review(file_sha256, bundle_sha256, verdict, note.strip(), final_label_for(verdict, model_label),
                        user or os_user(), _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"), path,
                        model_label or "")
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO reviews VALUES (?,?,?,?,?,?,?,?,?)",
                             (review.file_sha256, review.bundle_sha256, review.verdict, review.note,
                              review.final_label, review.reviewed_by, review.reviewed_at, review.path,
                              review.model_label))
        return review

    def get(self, file_sha256: str, bundle_sha256: str) -> Review | None:
        with self._lock:
            if self._closed:  # results delivered while the app closes
                return None
            row = self._db.execute("SELECT * FROM reviews WHERE file_sha256=? AND bundle_sha256=?",
                                   (file_sha256, bundle_sha256)).fetchone()
        return Review(*row) if row else None

    def for_bundle(self, bundle_sha256: str) -> list[Review]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM reviews WHERE bundle_sha256=? ORDER BY reviewed_at",
                                    (bundle_sha256,)).fetchall()
        return [Review(*r) for r in rows]

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._db.close()
