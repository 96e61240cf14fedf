"""The node's store: every received object on disk, durably, before its sender is told it arrived.

``STORE/<StudyInstanceUID>/<SOPInstanceUID>.dcm``.  An object is written to a private temporary file in
``STORE/.pneumoscan/incoming``, flushed (``fsync``), renamed into place and its folder flushed: only then does the
C-STORE answer success.  UIDs become file names only when they are UIDs (digits and dots, at most 64
characters); anything else is replaced by a digest, so a sender cannot name a path.  The same object sent again
(same bytes) is kept once; a different object under an existing UID is kept beside it, never over it.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from engine.files.outputs import private_dir

_UID = re.compile(r"[0-9]+(\.[0-9]+)*")
SUFFIX = ".dcm"


def safe_uid(value: object) -> str:
    """A UID as a file name: itself when it is a UID, else ``x`` and a digest of it (never a path)."""
    text = str(value or "").strip().rstrip("\0")
    if _UID.fullmatch(text) and len(text) <= 64:
        return text
    return "x" + hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class DicomStore:
    """Received objects, laid out by study.  Thread-safe: each write has its own temporary file."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.incoming = self.root / ".pneumoscan" / "incoming"

    def open(self) -> None:
        """Create the folders (private) and remove temporary files a crash left behind: they were never answered
        with success, so their senders still hold them."""
        private_dir(self.root)
        private_dir(self.incoming)
        for leftover in self.incoming.glob("*.tmp"):
            try:
                leftover.unlink()
            except OSError:
                pass

    def path_for(self, study_uid: object, sop_uid: object) -> Path:
        return self.root / safe_uid(study_uid) / (safe_uid(sop_uid) + SUFFIX)

    def put(self, data: bytes, study_uid: object, sop_uid: object) -> tuple[Path, bool]:
        """Write ``data`` durably; ``(path, new)`` -- ``new`` is False when these very bytes were already stored.
        Raises OSError (a full disk, an unwritable store) with nothing left behind."""
        target = self.path_for(study_uid, sop_uid)
        digest = hashlib.sha256(data).hexdigest()
        if target.exists():
            if _sha256(target) == digest:
                return target, False
            target = target.with_name(f"{target.stem}-{digest[:12]}{SUFFIX}")
            if target.exists():
                return target, False
        private_dir(target.parent)
        fd, tmp = tempfile.mkstemp(prefix="obj-", suffix=".tmp", dir=self.incoming)
        try:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, target)
            tmp = ""
        finally:
            if tmp:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
        fsync_dir(target.parent)
        fsync_dir(self.root)
        return target, True

    def files(self) -> Iterator[Path]:
        """Every stored object (not the node's own folder)."""
        if not self.root.is_dir():
            return
        for study in sorted(self.root.iterdir()):
            if study.name.startswith(".") or not study.is_dir():
                continue
            yield from sorted(p for p in study.iterdir() if p.suffix == SUFFIX and p.is_file())


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
