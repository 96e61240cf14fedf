"""Turn any mix of files and folders into a deterministic list of candidate images."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from engine.files.outputs import path_key
from engine.image.io import read_head, sniff_format

log = logging.getLogger(__name__)

#: Extensions that mark a file as meant to be an image even if its content is
#: damaged (it then becomes an error row, not a silent skip).
IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".jpe", ".bmp", ".tif", ".tiff", ".dcm", ".dicom", ".dic", ".dc3"})

#: Files and folders that operating systems and PACS viewers leave behind.
JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store", "__macosx", "$recycle.bin", "system volume information", "dicomdir"})


@dataclass(frozen=True)
class SkippedFile:
    path: Path
    reason: str
    code: str = "not_an_image"  # the CSV's error_code


@dataclass
class Discovery:
    """Result of :func:`discover`.

    ``images`` are the files to analyse, in a deterministic order.  ``skipped``
    are files found in folders that are not images (documents, reports...),
    each with a reason, so a batch can still report them.  Hidden files and OS
    junk are not listed at all; ``ignored`` only counts them.
    """

    images: list[Path] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    ignored: int = 0


NOT_REGULAR = "Not a regular file (a pipe, socket or device): Pneumoscan reads image files only."


def _not_regular_reason(path: Path) -> str | None:
    """The row's reason if ``path`` (links followed) is a FIFO, socket or device; None for regular files."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # the reader reports missing or unreadable files itself
    return None if stat.S_ISREG(mode) or stat.S_ISDIR(mode) else NOT_REGULAR


def is_junk(name: str) -> bool:
    return name.startswith(".") or name.lower() in JUNK_NAMES or name.startswith("~$")


def is_image_candidate(path: Path) -> bool:
    """True when a file's content (or, failing that, its extension) says image."""
    if path.suffix.lower() in IMAGE_EXTENSIONS:
        return True
    try:
        head = read_head(path, 512)
    except PermissionError:
        raise  # the caller says "permission denied", not "not an image"
    except OSError:
        return False
    return sniff_format(head, path.name) is not None


def discover(paths: Iterable[str | os.PathLike[str]], cancel: callable | None = None) -> Discovery:  # type: ignore[valid-type]
    """Expand files and folders into candidate images.

    Parameters
    ----------
    paths
        Files and folders, in the order the user gave them.  Files given
        explicitly are always candidates (a bad one becomes an error row);
        folders are walked recursively in sorted order.
    cancel
        Optional callable returning True to stop early.

    Notes
    -----
    DICOM files are often written without an extension; they are recognised
    by the ``DICM`` marker at byte 128 or by a preamble-less group 0002/0008
    header.  Symbolic links are followed, but each real folder is visited
    once, so a link loop cannot recurse forever.
    """
    out = Discovery()
    seen_files: set[str] = set()
    seen_dirs: set[tuple[int, int]] = set()
    ignored = 0

    def add_image(p: Path) -> None:
        key = path_key(p)
        if key not in seen_files:
            seen_files.add(key)
            out.images.append(p)

    for raw in paths:
        p = Path(raw)
        if cancel is not None and cancel():
            break
        if p.is_dir():
            ignored += _walk(p, out, add_image, seen_files, seen_dirs, cancel)
        elif p.exists():
            reason = _not_regular_reason(p)
            if reason:
                out.skipped.append(SkippedFile(p, reason, "not_a_regular_file"))
            else:
                add_image(p)
        else:
            key = path_key(p)
            if key not in seen_files:
                seen_files.add(key)
                out.skipped.append(SkippedFile(p, "The file does not exist (it may have been moved or deleted).", "not_found"))
    out.ignored = ignored
    return out


def _walk(root: Path, out: Discovery, add_image: Callable[[Path], None], seen_files: set[str],
          seen_dirs: set[tuple[int, int]], cancel: Callable[[], bool] | None) -> int:
    ignored = 0
    stack = [root]
    while stack:
        if cancel is not None and cancel():
            break
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError:
            continue
        ident = (st.st_dev, st.st_ino)
        if ident in seen_dirs:
            log.debug("skipping already visited folder %s (symlink loop?)", folder)
            continue
        seen_dirs.add(ident)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            log.warning("cannot list %s: %s", folder, exc)
            out.skipped.append(SkippedFile(folder, f"The folder cannot be read: {exc.strerror or exc}.", "unreadable_folder"))
            continue
        subdirs: list[Path] = []
        for entry in entries:
            if is_junk(entry.name):
                ignored += 1
                continue
            path = Path(entry.path)
            try:
                if entry.is_dir(follow_symlinks=True):
                    subdirs.append(path)
                    continue
                if not entry.is_file(follow_symlinks=True):
                    if entry.is_symlink() and not os.path.exists(path):
                        out.skipped.append(SkippedFile(path, "Broken shortcut (symbolic link to a missing file).", "broken_link"))
                    else:  # FIFO, socket or device, maybe behind a link: a row, never a read
                        out.skipped.append(SkippedFile(path, _not_regular_reason(path) or NOT_REGULAR, "not_a_regular_file"))
                    continue
            except OSError:
                continue
            try:
                candidate = is_image_candidate(path)
            except PermissionError:
                out.skipped.append(SkippedFile(path, "Permission denied: this user account cannot read the file. "
                                                     "Ask the owner of the folder for read access.", "permission_denied"))
                continue
            if candidate:
                add_image(path)
            else:
                key = path_key(path)
                if key not in seen_files:
                    seen_files.add(key)
                    out.skipped.append(
                        SkippedFile(path, "Not an image Pneumoscan can read (supported: PNG, JPEG, BMP, TIFF, DICOM).")
                    )
        # depth-first, files of a folder before its subfolders, subfolders in name order
        stack.extend(reversed(subdirs))
    return ignored
