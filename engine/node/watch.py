"""The watch folder: files that appear in a folder (a modality's export share, a USB stick copied over) are
analysed once each, and only once they have stopped growing.

Polled, not notified: inotify and its kin do not see files written over SMB/NFS shares by another machine,
which is exactly where modalities export; a listing every second costs nothing at clinic scale.  A file is
*ready* when its size and modification time have not changed across polls for ``settle`` seconds.  Hidden files
and the usual partial-download names (``.tmp``, ``.part``, ``.partial``, ``.crdownload``) are left alone until
renamed.  What is already done is decided by the caller (``is_done``: the node's CSV, so a restart neither
re-analyses nor misses anything).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

PARTIAL_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".download", ".filepart")


def _candidates(root: Path) -> list[Path]:
    out: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.lower().endswith(PARTIAL_SUFFIXES):
                continue
            out.append(Path(folder) / name)
    return out


class WatchFolder:
    """Call :meth:`poll` periodically; it returns the files that became ready since the last call."""

    def __init__(self, root: str | os.PathLike[str], is_done: Callable[[Path], bool], settle: float = 2.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.root = Path(root)
        self.is_done = is_done
        self.settle = settle
        self.clock = clock
        self._pending: dict[Path, tuple[tuple[int, int], float]] = {}  # path -> (size, mtime), since when unchanged
        self._handed: dict[Path, tuple[int, int]] = {}  # path -> (size, mtime) when handed over or found done

    def poll(self) -> list[Path]:
        now = self.clock()
        ready: list[Path] = []
        seen: set[Path] = set()
        for path in _candidates(self.root):
            try:
                st = path.stat()
            except OSError:
                continue
            seen.add(path)
            sig = (st.st_size, st.st_mtime_ns)
            if self._handed.get(path) == sig:
                continue
            before = self._pending.get(path)
            if before is None or before[0] != sig:
                self._pending[path] = (sig, now)
                continue
            if now - before[1] < self.settle:
                continue
            del self._pending[path]
            self._handed[path] = sig
            if not self.is_done(path):
                ready.append(path)
        for gone in set(self._pending) - seen:
            del self._pending[gone]
        for gone in set(self._handed) - seen:
            del self._handed[gone]
        return ready
