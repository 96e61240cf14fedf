"""Files and folders readable by this account only: the permission primitives under every write Pneumoscan makes
(engine.files.outputs) and under its own folders (engine.files.resources).  Files 0600, folders 0700, whatever the umask; on
Windows the per-user profile's ACLs already say so."""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def private_dir(path: str | os.PathLike[str]) -> Path:
    """``path`` as a folder: created (with any missing parents) readable by this account only.

    Folders it creates are 0700 whatever the umask; an existing folder is left as it is unless this account owns
    it and it is one of Pneumoscan's own (callers pass those through :func:`tighten_dir`).
    """
    p = Path(path)
    missing: list[Path] = []
    q = p
    while not q.exists() and q != q.parent:
        missing.append(q)
        q = q.parent
    p.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    for m in missing:  # mkdir's mode is filtered by the umask: set it exactly
        _chmod(m, PRIVATE_DIR)
    return p


def tighten_dir(path: str | os.PathLike[str]) -> Path:
    """Pneumoscan's own user folder (cache, data, logs): created or, if it exists and is ours, made 0700."""
    p = private_dir(path)
    _chmod(p, PRIVATE_DIR, only_if_owned=True)
    return p


def create_private(path: str | os.PathLike[str]) -> None:
    """Create ``path`` empty and 0600 if it does not exist (links not followed), else make it 0600: for files that
    another library then writes (SQLite, QSettings, logging), which keep an existing file's mode."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE))
    make_private(path)


def make_private(path: str | os.PathLike[str]) -> None:
    """A file Pneumoscan wrote: 0600 (files it owns only; errors ignored -- a mode is never a reason to stop)."""
    _chmod(Path(path), PRIVATE_FILE, only_if_owned=True)


def _chmod(p: Path, mode: int, only_if_owned: bool = False) -> None:
    if os.name == "nt":  # pragma: no cover - the profile's ACLs decide there
        return
    try:
        st = os.stat(p, follow_symlinks=False)
        if stat.S_ISLNK(st.st_mode):
            return
        if only_if_owned and st.st_uid != os.getuid():
            return
        if stat.S_IMODE(st.st_mode) != mode:
            os.chmod(p, mode)
    except OSError:
        pass
