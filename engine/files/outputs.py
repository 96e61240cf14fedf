"""How Pneumoscan writes files: privately, atomically, whole, and never over an input.

* **Private.**  Everything written under the user's folders (cache, audit log, reviews database, settings, logs)
  and every export it creates is readable by this account only: files 0600, folders 0700, whatever the umask
  (on Windows the per-user profile's ACLs already say so; ``chmod`` there only sets the read-only bit).
* **Atomic.**  An export goes to a private temporary file beside its target, is flushed to disk, and is then
  moved into place: a crash leaves the old file or the new one, never half of one.  Without ``overwrite`` the
  move is a hard link, which the operating system refuses when the name exists -- no window in which a file
  that appeared meanwhile would be replaced.
* **Whole.**  Append-only logs (the result cache, the audit log) are written one line per ``write`` on an
  ``O_APPEND`` descriptor; a write the disk cut short is rolled back, so a full disk cannot leave a torn line.
* **Never over an input.**  :func:`check_outputs` refuses an output that resolves (links and ``..`` followed,
  hard links compared by inode) to an input of the run or to another output of the same run, with or without
  ``--overwrite``; a heatmap folder may not be, or lie inside, a folder being analysed.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from engine import errors

# the permission primitives live in engine.files.private (engine.files.resources needs them too); re-exported here, where every
# writer looks for them
from engine.files.private import (  # noqa: F401
    PRIVATE_DIR,
    PRIVATE_FILE,
    _chmod,
    create_private,
    make_private,
    private_dir,
    tighten_dir,
)


# --------------------------------------------------------------------------- append-only logs
def open_append(path: str | os.PathLike[str]) -> int:
    """An ``O_APPEND`` descriptor on a private file (created 0600; an existing one of ours tightened to 0600).
    Links are not followed: a link planted at a log's name cannot redirect Pneumoscan's writes."""
    p = Path(path)
    private_dir(p.parent)
    # O_NONBLOCK: a FIFO planted at a log's name fails here (no reader) instead of blocking the run
    fd = os.open(p, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
                 | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file", str(p))
    try:
        if os.name != "nt" and st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) != PRIVATE_FILE:
            os.fchmod(fd, PRIVATE_FILE)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except OSError:
        pass
    return fd


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; OSError otherwise.  A FIFO, a device such as
    ``/dev/zero`` or a file that grows past ``limit`` is refused without blocking or filling memory."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", os.fspath(path))
        if st.st_size > limit:
            raise OSError(errno.EFBIG, f"larger than {limit} bytes", os.fspath(path))
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise OSError(errno.EFBIG, f"larger than {limit} bytes", os.fspath(path))
    return data


def append_line(fd: int, line: bytes) -> None:
    """Append ``line`` (ending in a newline) with one ``write``.  A write the disk cut short is rolled back (the
    file truncated to where the line began, when nothing else was appended meanwhile) and raised as ENOSPC: the
    log never holds a torn line that a later line would be glued to."""
    before = os.fstat(fd).st_size
    try:
        n = os.write(fd, line)
    except OSError:
        _roll_back(fd, before)
        raise
    if n != len(line):
        _roll_back(fd, before, before + n)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _roll_back(fd: int, before: int, expected: int | None = None) -> None:
    try:
        size = os.fstat(fd).st_size
        if size != before and (expected is None or size == expected):
            os.ftruncate(fd, before)
    except OSError:
        pass


# --------------------------------------------------------------------------- atomic exports
def atomic_write(target: str | os.PathLike[str], write: Callable[[int], None], overwrite: bool = False) -> Path:
    """Create ``target`` atomically: ``write(fd)`` fills a private temporary file beside it, which is flushed to
    disk and moved into place.  Without ``overwrite`` an existing ``target`` is never replaced (FileExistsError,
    even if it appeared while the file was being written); with it, the old file is replaced in one rename.
    Folders it has to create are private.  On failure nothing is left behind and the old file is unchanged."""
    t = Path(target)
    folder = t.parent if str(t.parent) else Path(".")
    if not overwrite and os.path.lexists(t):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(t))
    private_dir(folder)
    fd, tmp = tempfile.mkstemp(prefix=f".{t.name}.", suffix=".tmp", dir=folder)  # 0600
    try:
        try:
            write(fd)
            os.fsync(fd)
        finally:
            os.close(fd)
        if overwrite:
            os.replace(tmp, t)
        else:
            try:
                os.link(tmp, t)  # fails if the name exists: no-clobber, atomically
            except FileExistsError:
                raise
            except OSError:  # a file system without hard links (FAT, some shares): check, then rename
                if os.path.lexists(t):
                    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(t)) from None
                os.replace(tmp, t)
            else:
                os.unlink(tmp)
        tmp = ""
    finally:
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return t


def write_bytes_atomic(target: str | os.PathLike[str], data: bytes, overwrite: bool = False) -> Path:
    def write(fd: int) -> None:
        view = memoryview(data)
        while view:
            n = os.write(fd, view)
            view = view[n:]

    return atomic_write(target, write, overwrite)


# --------------------------------------------------------------------------- inputs vs outputs
def path_key(path: str | os.PathLike[str]) -> str:
    """One spelling per file: absolute, links and ``..`` resolved, case-folded where the file system folds case.
    ``data/x.png`` and ``/home/u/data/x.png`` are one file (discovery, ``--resume`` and the output checks)."""
    return os.path.normcase(os.path.realpath(os.path.abspath(os.fspath(path))))


def _identity(path: str | os.PathLike[str]) -> tuple[str, tuple[int, int] | None]:
    """(:func:`path_key`; (device, inode) if it exists) -- hard links share the second."""
    real = path_key(path)
    try:
        st = os.stat(real)
        return real, (st.st_dev, st.st_ino)
    except OSError:
        return real, None


def _same(a: tuple[str, tuple[int, int] | None], b: tuple[str, tuple[int, int] | None]) -> bool:
    return a[0] == b[0] or (a[1] is not None and a[1] == b[1])


def _inside(child: str, folder: str) -> bool:
    return child == folder or child.startswith(folder.rstrip(os.sep) + os.sep)


def check_outputs(inputs: Iterable[str | os.PathLike[str]], files: Mapping[str, str | os.PathLike[str] | None],
                  folders: Mapping[str, str | os.PathLike[str] | None] | None = None,
                  input_folders: Sequence[str | os.PathLike[str]] = (),
                  protected: Sequence[str | os.PathLike[str]] | None = None) -> None:
    """Refuse a run whose outputs would destroy an input or each other (:class:`engine.errors.ExportError`).

    ``inputs``: every file the run reads; ``files``: output files by what they are ("the CSV", "the report");
    ``folders``: output folders ("the heatmap folder"); ``input_folders``: folders being analysed.  An output file
    may not resolve to an input, to an input folder, or to another output (its own ``.partial`` / ``.lock``
    companions included, which callers list); an output folder may not resolve to an input, hold one directly, or lie inside
    a folder being analysed (the next run would read its overlays as radiographs).  No output may be, hold or lie
    inside a ``protected`` path: by default Pneumoscan's own files (:func:`own_files`: the user folders with the
    audit log, readings and cache, and the model in use), to which callers add what else the run reads (a site
    profile).
    """
    if protected is None:
        protected = own_files()
    outs = [(name, _identity(p)) for name, p in files.items() if p]
    dirs = [(name, _identity(p)) for name, p in (folders or {}).items() if p]
    in_dirs = [_identity(p) for p in input_folders]
    ins: dict[str, tuple[str | os.PathLike[str], tuple[str, tuple[int, int] | None]]] = {}
    for p in inputs:
        ident = _identity(p)
        ins.setdefault(ident[0], (p, ident))
    by_inode = {ident[1]: p for p, ident in ins.values() if ident[1] is not None}
    named = {**{k: v for k, v in (folders or {}).items() if v}, **{k: v for k, v in files.items() if v}}
    for name, ident in outs + dirs:
        hit = ins[ident[0]][0] if ident[0] in ins else (by_inode.get(ident[1]) if ident[1] is not None else None)
        if hit is not None:
            raise errors.ExportError(f"{name} ({os.fspath(named[name])}) is one of "
                                     f"the images being analysed ({os.fspath(hit)}); Pneumoscan never writes over an "
                                     "input. Choose another name.")
    for name, ident in outs:
        for d in in_dirs:
            if _same(ident, d):
                raise errors.ExportError(f"{name} ({os.fspath(files[name])}) is a folder being analysed; choose a "  # type: ignore[arg-type]
                                         "file name.")
    for name, ident in dirs:
        for p, pid in ins.values():
            if os.path.dirname(pid[0]) == ident[0]:  # an overlay's name could be an input's (its subfolders: no)
                raise errors.ExportError(f"{name} ({os.fspath(named[name])}) holds images being analysed "
                                         f"({os.fspath(p)}): an overlay could replace one. Choose an empty folder "
                                         "or one outside the studies.")
        for d in in_dirs:
            if _inside(ident[0], d[0]) or _same(ident, d):
                raise errors.ExportError(
                    f"{name} ({os.fspath((folders or {})[name])}) is inside a folder being analysed "  # type: ignore[arg-type]
                    f"({d[0]}): the overlays would be read as radiographs next time. Choose a folder outside it.")
    for name, ident in outs + dirs:
        for own in protected:
            oid = _identity(own)
            if _same(ident, oid) or _inside(ident[0], oid[0]):
                raise errors.ExportError(f"{name} ({os.fspath(named[name])}) would write over Pneumoscan's own "
                                         f"files ({os.fspath(own)}: the audit log, readings, cache, model or site "
                                         "profile). Choose another name.")
    every = outs + dirs
    for i, (a, ia) in enumerate(every):
        for b, ib in every[i + 1:]:
            if _same(ia, ib):
                raise errors.ExportError(f"{a} and {b} are the same file; give each output its own name.")


def own_files() -> list[Path]:
    """Pneumoscan's own folders (cache, data with the audit log and readings, logs) and the model in use: never
    an output's destination."""
    from engine.files.resources import default_model_dir, user_cache_dir, user_data_dir, user_log_dir

    return [user_cache_dir(), user_data_dir(), user_log_dir(), default_model_dir()]
