"""CSV export: one documented, version-stamped schema, written atomically.

One row per input file, UTF-8 with a BOM so spreadsheet programs detect the
encoding; the columns are :data:`COLUMNS`, the version :data:`CSV_SCHEMA_VERSION`.
What each column means, column by column, is ``docs/csv-schema.md`` (its one
description; ``tests/test_docs.py`` holds it equal to :data:`COLUMNS`).

Cells beginning with ``= + - @`` (or tab / carriage return) would be run as
formulas by spreadsheet programs (CSV injection); such text cells are prefixed
with an apostrophe.  Numbers are written as numbers.  No cell can end a row:
control characters (CR, LF and the rest of C0) inside text cells are written as
``\\xNN``, so Python's csv module and spreadsheets read exactly one row per file.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import platform
import re
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from engine import errors
from engine._version import __version__
from engine.files.outputs import path_key
from engine.image.heatmap import shown_by_default
from engine.runners.results import IDENTIFIERS, Prediction

#: 2: band, heatmap_shown, path_escaped and bundle_sha256 columns; 3: adult_score; 4: result, reading, review_result,
#: reviewed_by_account (reviewed_by is the named reader), confidence dropped
CSV_SCHEMA_VERSION = 5

COLUMNS: tuple[str, ...] = (
    "path", "path_escaped", "file_name", "status", "result", "error_code", "error", "label", "band", "heatmap_shown",
    "p_pneumonia", "threshold",
    "raw_p_pneumonia", "ood_score", "adult_score", "gate_codes", "relaxed_checks",
    "sha256", *IDENTIFIERS, "source_format", "image_height", "image_width", "exif_orientation", "device",
    "model_name", "model_version", "model_sha256", "bundle_sha256", "site_profile", "reading", "review", "review_result",
    "review_note", "reviewed_by", "reviewed_by_account", "reviewed_at", "final_label",
    "app_version", "csv_schema",
)

log = logging.getLogger(__name__)

_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: In text cells also: C1 controls (U+0085 ends a line for some readers), the line and paragraph separators, and the
#: directional overrides and isolates that can make a cell read as something else.
_TEXT_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape_controls(value: str) -> str:
    return _TEXT_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                             else f"\\u{ord(m.group()):04x}", value)


def _utf8_safe(value: str) -> str:
    """Text with lone surrogates (undecodable bytes of a file name) as ``\\xNN``: never an encoding error."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def neutralise(value: str) -> str:
    """Make a text cell inert in spreadsheet programs (OWASP CSV injection) and unable to end a row."""
    dangerous = value.startswith(_FORMULA_PREFIXES)
    value = _escape_controls(_utf8_safe(value))
    return "'" + value if dangerous or value.startswith(_FORMULA_PREFIXES) else value


def csv_path(path: str) -> tuple[str, bool]:
    """``(text, escaped)`` of a path for the ``path`` column: the path itself when it is plain UTF-8
    without control characters, else a lossless escape (see the schema above)."""
    raw = os.fsencode(path)
    try:
        text = raw.decode("utf-8")
        if not _TEXT_CONTROL.search(text) and not text.startswith("'"):
            return text, False
    except UnicodeDecodeError:
        pass
    out = []
    for i, ch in enumerate(raw.decode("utf-8", "surrogateescape")):
        code = ord(ch)
        if i == 0 and ch == "'":  # a leading apostrophe would read as the formula guard's: escaped, unambiguous
            out.append("\\x27")
        elif 0xDC80 <= code <= 0xDCFF:  # an undecodable byte
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\x{code:02x}")
        elif _TEXT_CONTROL.match(ch):  # C1 controls, line separators, direction overrides: their UTF-8 bytes
            out.append("".join(f"\\x{b:02x}" for b in ch.encode("utf-8")))
        elif ch == "\\":
            out.append("\\\\")
        else:
            out.append(ch)
    return "".join(out), True


def decode_csv_path(text: str) -> bytes:
    """The original bytes of an escaped ``path`` cell (``path_escaped`` = 1): the inverse of :func:`csv_path`."""
    out = bytearray()
    i = 0
    while i < len(text):
        if text.startswith("\\\\", i):
            out += b"\\"
            i += 2
        elif text.startswith("\\x", i) and len(text) >= i + 4:
            out.append(int(text[i + 2:i + 4], 16))
            i += 4
        else:
            out += text[i].encode("utf-8")
            i += 1
    return bytes(out)


def _fmt(x: float | None, digits: int = 6) -> str:
    return "" if x is None else f"{x:.{digits}f}"


def _fmt_p(x: float | None) -> str:
    """A probability with 6 decimals, never rounded to exactly 0 or 1."""
    return "" if x is None else _fmt(min(max(x, 1e-6), 1 - 1e-6))


def row_for(p: Prediction, review: Any = None) -> dict[str, str]:
    """The CSV row of one prediction (all values as strings), with the image's current reading
    (engine.records.readings.Review) if any."""
    h, w = p.image_size or ("", "")
    path_text, escaped = csv_path(p.path)
    answers = review is not None and review.answers(p)
    row: dict[str, Any] = {
        "path": path_text, "path_escaped": int(escaped), "file_name": Path(p.path).name, "status": str(p.status),
        "result": p.result, "error_code": p.error_code,
        "error": " ".join(p.gate_reasons) if p.gate_reasons else p.error, "label": p.label or "", "band": p.band,
        "heatmap_shown": int(shown_by_default(p)), "p_pneumonia": _fmt_p(p.p_pneumonia), "threshold": _fmt(p.threshold),
        "raw_p_pneumonia": _fmt_p(p.raw_p_pneumonia),
        "ood_score": _fmt(p.ood_score, 3), "adult_score": _fmt(p.adult_score, 3), "gate_codes": ";".join(p.gate_codes),
        "relaxed_checks": ";".join(p.relaxed_checks), "sha256": p.sha256, "source_format": p.source_format,
        "image_height": h, "image_width": w, "exif_orientation": p.metadata.get("ExifOrientation", ""),
        "device": p.device, "model_name": p.model_name,
        "model_version": p.model_version, "model_sha256": p.model_sha256, "bundle_sha256": p.bundle_sha256,
        "site_profile": p.site_profile, "app_version": __version__,
        "reading": getattr(review, "reading", ""), "review": review.relation(p) if review is not None else "",
        "review_result": getattr(review, "result", ""), "review_note": getattr(review, "note", ""),
        "reviewed_by": getattr(review, "reader", ""), "reviewed_by_account": getattr(review, "os_user", ""),
        "reviewed_at": getattr(review, "reviewed_at", ""),
        "final_label": review.final_label if answers else "",
        "csv_schema": CSV_SCHEMA_VERSION,
    }
    for k in IDENTIFIERS:
        row[k] = p.metadata.get(k, "")
    numeric = {"p_pneumonia", "threshold", "raw_p_pneumonia", "ood_score", "adult_score", "image_height", "image_width",
               "csv_schema", "path_escaped", "heatmap_shown"}
    out = {k: (str(v) if k in numeric else neutralise(str(v))) for k, v in row.items()}
    if escaped:
        out["path"] = "'" + path_text if path_text.startswith(_FORMULA_PREFIXES) else path_text
    return out


def _writer(fh: IO[str]) -> csv.DictWriter:
    w = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    return w


def _review_of(reviews: Any, p: Prediction) -> Any:
    """The image's current reading (engine.records.readings.ReviewStore.current), whatever result it answered; None when
    the reading database cannot be read (the row is still written, its reading columns empty)."""
    if reviews is None or not p.sha256:
        return None
    try:
        return reviews.current(p.sha256)
    except errors.PneumoscanError as exc:
        log.warning("reading of %s not read: %s", p.path, exc)
        return None


def write_csv(predictions: Iterable[Prediction], path: str | os.PathLike[str], overwrite: bool = False,
              reviews: Any = None) -> int:
    """Write all rows to ``path`` atomically and privately (engine.files.outputs.atomic_write); returns the number of rows.

    A crash, a full disk or a power cut leaves either the old file or the complete new one, never a half file; an
    existing file is replaced only with ``overwrite``.

    Raises
    ------
    engine.errors.ExportError
        The file exists and ``overwrite`` is False, or it cannot be written
        (the previous file, if any, is left intact).
    """
    from engine.files.outputs import atomic_write

    target = Path(path)
    if target.is_dir():
        raise errors.ExportError(f"{target} is a folder; choose a file name ending in .csv.")
    if target.exists() and not overwrite:
        raise errors.ExportError(f"{target} already exists. Choose another name or confirm overwriting.")
    n = 0

    def write(fd: int) -> None:
        nonlocal n
        with os.fdopen(os.dup(fd), "w", encoding="utf-8-sig", newline="") as fh:
            w = _writer(fh)
            for p in predictions:
                w.writerow(row_for(p, _review_of(reviews, p)))
                n += 1

    try:
        atomic_write(target, write, overwrite=overwrite)
    except FileExistsError:
        raise errors.ExportError(f"{target} already exists. Choose another name or confirm overwriting.") from None
    except OSError as exc:
        raise errors.ExportError(
            f"Could not write {target}: {exc.strerror or exc}. The previous file, if any, is unchanged."
        ) from exc
    return n


class OutputLock:
    """An exclusive, advisory lock on an output file (``TARGET.lock`` beside it), held while a run writes.

    A second run on the same target refuses at start and says which process
    holds it; the operating system drops the lock when the holder dies, so a
    killed run never leaves a stale lock behind.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self.path = target.with_name(target.name + ".lock")
        self.fh: IO[str] | None = None

    def acquire(self) -> None:
        try:
            # O_NOFOLLOW: a link planted at OUT.lock must not make us truncate the file it points to
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
            fh = os.fdopen(fd, "a+", encoding="utf-8")
        except OSError as exc:
            raise errors.ExportError(f"Cannot create the lock file {self.path}: {exc.strerror or exc}.") from exc
        try:
            _lock_nb(fh)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip() or "unknown"
            fh.close()
            raise errors.ExportError(
                f"{self.target} is being written by another Pneumoscan run (process {holder}). Wait for it to "
                "finish or choose another output file."
            ) from None
        try:  # the holder before us may have removed the lock file after we opened it: lock the one on disk
            same = os.path.samestat(os.fstat(fh.fileno()), os.stat(self.path, follow_symlinks=False))
        except OSError:
            same = False
        if not same:
            fh.close()
            return self.acquire()
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()} on {platform.node()}\n")
        fh.flush()
        self.fh = fh

    def release(self) -> None:
        if self.fh is not None:
            try:
                self.fh.seek(0)
                self.fh.truncate()
            except OSError:
                pass
            self.fh.close()  # closing drops the lock
            self.fh = None
            try:
                os.unlink(self.path)
            except OSError:
                pass


def _lock_nb(fh: IO[str]) -> None:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]  # Windows-only API
    else:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


class ResumeError(errors.ExportError):
    """A partial file that cannot be continued as it stands (the message names the line)."""


def cell_path(row: dict[str, str]) -> str:
    """The file a CSV row names: the inverse of :func:`csv_path` and of the formula guard."""
    text = row.get("path", "")
    if row.get("path_escaped") == "1":
        return os.fsdecode(decode_csv_path(text[1:] if text.startswith("'") and text[1:2] in _FORMULA_PREFIXES
                                           else text))
    return text[1:] if text.startswith("'") and text[1:2] in _FORMULA_PREFIXES else text


_STATUSES = ("ok", "out_of_scope", "error")


def _row_problem(row: dict[str, str], bundle: Any, relaxed: frozenset[str]) -> str:
    """Why a resumed row cannot be a row this bundle wrote, or "" (see :meth:`StreamingCsv.verify`)."""
    from engine.runners.cache import SHA256
    from engine.runners.results import FAILED, INDETERMINATE, NOT_ASSESSED

    status, result = row.get("status"), row.get("result")
    if bundle is not None and row.get("site_profile", "") != bundle.site_profile:
        return (f"decided at another operating point (site profile {row.get('site_profile') or 'none'}; this run: "
                f"{bundle.site_profile or 'none'}): resume with the same --site-profile")
    for item in filter(None, row.get("relaxed_checks", "").split(";")):
        if item.split(":")[0] not in relaxed:
            return f"relaxes the {item.split(':')[0]} check, which this run does not: resume with the same --relax"
    if status == "error":
        return "" if result == FAILED and not row.get("label") else "a failed row states a result"
    if status == "out_of_scope":
        return "" if result == NOT_ASSESSED and not row.get("label") and row.get("gate_codes") else \
            "a withheld row states a label"
    try:
        p = float(row.get("p_pneumonia", ""))
    except ValueError:
        return "its score is not a number"
    if not 0 <= p <= 1 or not SHA256.fullmatch(row.get("sha256", "")):
        return "its score or sha256 is not one the model writes"
    if bundle is None:
        return ""
    if row.get("threshold") != _fmt(bundle.threshold):
        return f"its threshold {row.get('threshold')} is not this bundle's ({_fmt(bundle.threshold)})"
    for q in (p, p - 1e-6, p + 1e-6):  # the score is printed to 6 decimals: either side of a boundary it may round
        label, band = bundle.decide(q)
        shown = INDETERMINATE if band == "indeterminate" else label
        if (row.get("label"), row.get("band"), result) == (label, band, shown):
            return ""
    return (f"its label {row.get('label')!r}, band {row.get('band')!r} and result {result!r} are not what the "
            f"bundle's rules make of its score {row.get('p_pneumonia')}")



class StreamingCsv:
    """Rows appended as results arrive, to ``TARGET.partial``; renamed to TARGET on commit.

    Used by the batch command line.  Each row is appended with one ``write`` (engine.files.outputs.append_line), so a
    killed batch or a full disk keeps every finished row whole; a resumed run checks the partial file row by row
    (:meth:`verify`) before it trusts any of it.  The target is locked for the whole run (:class:`OutputLock`);
    the partial file and the CSV are private to the account.
    """

    def __init__(self, target: str | os.PathLike[str], overwrite: bool = False, resume: bool = False,
                 bundle_sha256: str = "") -> None:
        self.target = Path(target)
        self.partial = self.target.with_name(self.target.name + ".partial")
        self.overwrite = overwrite
        self.bundle_sha256 = bundle_sha256
        if self.target.is_dir():
            raise errors.ExportError(f"{self.target} is a folder; choose a file name ending in .csv.")
        if os.path.lexists(self.target) and not overwrite:
            raise errors.ExportError(f"{self.target} already exists (or is a link). Choose another name or pass "
                                     "--overwrite.")
        self.rows = 0
        self._done: list[dict[str, str]] = []
        self._lines: list[int] = []
        self.dropped_torn = False
        self._torn_at = -1
        try:
            from engine.files.outputs import private_dir

            private_dir(self.target.parent if str(self.target.parent) else Path("."))
        except OSError as exc:
            raise errors.ExportError(f"Cannot create {self.target.parent}: {exc.strerror or exc}.") from exc
        self.lock = OutputLock(self.target)
        self.lock.acquire()
        try:
            self._open(resume, overwrite)
        except BaseException:
            self.lock.release()
            raise

    def _open(self, resume: bool, overwrite: bool = False) -> None:
        from engine.files.outputs import PRIVATE_FILE, append_line, make_private

        if self.partial.is_symlink():
            raise errors.ExportError(f"{self.partial} is a symbolic link; Pneumoscan does not write through links. "
                                     "Remove it and run again.")
        rows = len(read_csv_rows(self.partial)) if self.partial.is_file() else 0
        unfinished = rows > 0  # a partial file with its header only (stopped before any row) holds nothing to keep
        if unfinished and not resume and not overwrite:
            raise errors.ExportError(
                f"{self.partial} holds {rows} finished rows of an interrupted run. Continue it with --resume, or "
                "discard it with --overwrite.")
        flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        try:
            if resume and unfinished:
                self._read_partial()
                self.fd = os.open(self.partial, flags)
                make_private(self.partial)
                self.rows = len(self._done)
            else:
                self.fd = os.open(self.partial, flags | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
                make_private(self.partial)
                header = io.StringIO()
                csv.writer(header, lineterminator="\n").writerow(COLUMNS)
                append_line(self.fd, b"\xef\xbb\xbf" + header.getvalue().encode("utf-8"))
        except OSError as exc:
            raise errors.ExportError(f"Cannot write {self.partial}: {exc.strerror or exc}.") from exc

    def _read_partial(self) -> None:
        """Parse the partial file: its header, then each complete row (a torn last line, left by a crash before
        rows were written whole, is cut off).  What the rows say is checked by :meth:`verify`."""
        data = self.partial.read_bytes()
        end = data.rfind(b"\n") + 1
        if end < len(data):  # cut off only once every row has verified (:meth:`verify`): until then, left as it is
            data = data[:end]
            self._torn_at = end
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[:exc.start].count(b"\n") + 1
            raise ResumeError(f"{self.partial}, line {line}: not text this program wrote; it cannot be resumed. "
                              "Move it away, or start again with --overwrite.") from None
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(reader, [])
        except csv.Error:
            header = []
        if tuple(header) != COLUMNS:
            raise ResumeError(f"{self.partial} was written by another version of Pneumoscan (other columns); it "
                              "cannot be resumed. Move it away, or start again with --overwrite.")
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise ResumeError(f"{self.partial}, line {reader.line_num}: not a CSV row ({exc}); it cannot be "
                                  "resumed. Move it away, or start again with --overwrite.") from None
            if len(row) != len(COLUMNS):
                raise ResumeError(f"{self.partial}, line {reader.line_num}: {len(row)} cells where a row has "
                                  f"{len(COLUMNS)}; it cannot be resumed. Move it away, or start again with "
                                  "--overwrite.")
            self._done.append(dict(zip(COLUMNS, row)))
            self._lines.append(reader.line_num)

    def verify(self, run_files: Iterable[str | os.PathLike[str]], bundle: Any = None, relaxed: Iterable[str] = ()
               ) -> set[str]:
        """Check every resumed row against this run and return the :func:`path_key` of the files it finished.

        Each row must be of this schema, with a known status, of this bundle (and site profile), name a file of
        this run (compared after resolving the path: relative and absolute spellings are one file), appear once,
        state what the bundle's rules make of its score (``bundle``: label, band and result agree with
        ``p_pneumonia`` and the threshold in force), relax no check this run does not relax, and name a file whose
        bytes are still those it analysed (sha256 read again).  Anything else raises :class:`ResumeError` naming
        the line, and the partial file is kept exactly as it is for a person to look at; only then is a torn last
        line cut off.
        """
        done = self._verify(run_files, bundle, frozenset(relaxed))
        self._cut_torn_tail()
        return done

    def _cut_torn_tail(self) -> None:
        """Cut the torn last line (never a complete row) before anything is appended after it."""
        if self._torn_at >= 0:
            with self.partial.open("r+b") as fh:
                fh.truncate(self._torn_at)
            self.dropped_torn = True
            self._torn_at = -1

    def _verify(self, run_files: Iterable[str | os.PathLike[str]], bundle: Any, relaxed: frozenset[str]) -> set[str]:
        keys = {path_key(p) for p in run_files}
        seen: dict[str, int] = {}
        where = f"{self.partial}, line"
        fix = "Move it away, or start again with --overwrite."
        for line, row in zip(self._lines, self._done):
            if row.get("csv_schema") != str(CSV_SCHEMA_VERSION):
                raise ResumeError(f"{where} {line}: written with CSV schema {row.get('csv_schema')!r}, not "
                                  f"{CSV_SCHEMA_VERSION}. {fix}")
            if row.get("status") not in _STATUSES:
                raise ResumeError(f"{where} {line}: unknown status {row.get('status')!r}. {fix}")
            if self.bundle_sha256 and row.get("bundle_sha256") not in (self.bundle_sha256, ""):
                raise ResumeError(
                    f"{self.partial} holds results of another model bundle ({row.get('bundle_sha256', '')[:16]}, "
                    f"line {line}; this run uses {self.bundle_sha256[:16]}). Resuming would mix two models' results "
                    "in one file: finish it with the same --model, or start a new output file.")
            try:
                key = path_key(cell_path(row))
            except (ValueError, OSError):
                raise ResumeError(f"{where} {line}: its path cannot be read. {fix}") from None
            if key not in keys:
                hint = ("" if os.path.isabs(cell_path(row)) else " A relative path is read from the folder the "
                        "command runs in: resume from the folder the first run was started in.")
                raise ResumeError(f"{where} {line}: {cell_path(row)!r} is not a file of this run (not among the "
                                  f"files and folders given). Resume with the same paths, or start a new output "
                                  f"file.{hint}")
            if key in seen:
                raise ResumeError(f"{where} {line} repeats the row of {cell_path(row)!r} (line {seen[key]}). {fix}")
            seen[key] = line
            problem = _row_problem(row, bundle, relaxed)
            if problem:
                raise ResumeError(f"{where} {line}: {problem}. {fix}")
            if row.get("sha256"):
                from engine.image.io import sha256_of_file

                try:
                    now = sha256_of_file(cell_path(row))
                except (OSError, errors.PneumoscanError):
                    now = ""
                if now != row["sha256"]:
                    raise ResumeError(f"{where} {line}: {cell_path(row)!r} has changed or gone since it was analysed "
                                      "(its sha256 differs); its row no longer describes it. Start again with "
                                      "--overwrite to analyse the files as they are now.")
        return set(seen)

    def check_precision(self, precision: str) -> None:
        """Refuse to resume a partial file whose rows were computed at another precision (int8 / fp32): one
        file, one arithmetic.  A row's precision is read from its ``device`` column."""
        def of(row: dict[str, str]) -> str:
            return "int8" if ", int8)" in row.get("device", "") else "fp32"

        others = sorted({of(r) for r in self._done if r.get("device")} - {precision})
        if others:
            raise errors.ExportError(
                f"{self.partial} holds results computed in {others[0]}; this run computes in {precision}. Resuming "
                f"would mix them in one file: finish it with --precision {others[0]}, or start a new output file.")

    def write(self, p: Prediction, reviews: Any = None) -> None:
        """Append one row with one write; an OSError (a full disk) propagates and the file keeps whole rows only."""
        from engine.files.outputs import append_line

        self._cut_torn_tail()
        buf = io.StringIO()
        csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n").writerow(
            row_for(p, _review_of(reviews, p)))
        append_line(self.fd, buf.getvalue().encode("utf-8"))
        self.rows += 1

    def commit(self) -> Path:
        """Move the finished file into place: over an existing CSV only with ``overwrite`` (checked at the start;
        a file that appeared meanwhile is not replaced), atomically either way."""
        os.fsync(self.fd)
        os.close(self.fd)
        self.fd = -1
        if self.overwrite:
            os.replace(self.partial, self.target)
        else:
            try:
                os.link(self.partial, self.target)
            except FileExistsError:
                raise errors.ExportError(f"{self.target} appeared while this run was writing; the results are kept "
                                         f"in {self.partial}. Move one of them and rename the other.") from None
            except OSError:  # no hard links on this file system
                if self.target.exists():
                    raise errors.ExportError(f"{self.target} appeared while this run was writing; the results are "
                                             f"kept in {self.partial}.") from None
                os.replace(self.partial, self.target)
            else:
                os.unlink(self.partial)
        self.lock.release()
        return self.target

    def close(self) -> None:
        """Stop without committing: the partial file keeps every complete row; the lock is released."""
        if self.fd >= 0:
            try:
                os.close(self.fd)
            except OSError:
                pass
            self.fd = -1
        self.lock.release()

    def done_paths(self) -> set[str]:
        """The ``path`` cells of finished rows, as written (see :meth:`verify` for the files they name)."""
        return {r["path"][1:] if r["path"].startswith("'") and r["path"][1:2] in _FORMULA_PREFIXES else r["path"]
                for r in self._done}


def read_csv_rows(path: str | os.PathLike[str]) -> list[dict[str, str]]:
    """Rows of a CSV written by this module (complete rows only)."""
    text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
    if text and not text.endswith("\n"):
        text = text[: text.rfind("\n") + 1]  # drop a row cut short by a crash
    return [r for r in csv.DictReader(io.StringIO(text)) if r.get("csv_schema")]


class LiveCsv(StreamingCsv):
    """The node's CSV: rows appended to the file itself as results arrive, each flushed to disk, kept across
    restarts (``pneumoscan-node``).

    A file that exists is continued only if every row verifies (this schema, a known status, this bundle and
    operating point, a result that is what the bundle's rules make of its score); a torn last line, left by a
    power cut, is cut off.  Unlike a batch's partial file the same path may have several rows (a watched file
    replaced by a new one of the same name): the last one describes it.  Locked while the node runs.
    """

    def __init__(self, target: str | os.PathLike[str], bundle: Any) -> None:
        from engine.files.outputs import PRIVATE_FILE, append_line, make_private, private_dir

        self.target = self.partial = Path(target)
        self.overwrite = False
        self.bundle_sha256 = bundle.digest
        self.rows = 0
        self._done = []
        self._lines = []
        self.dropped_torn = False
        self._torn_at = -1
        if self.target.is_dir():
            raise errors.ExportError(f"{self.target} is a folder; choose a file name ending in .csv.")
        if self.target.is_symlink():
            raise errors.ExportError(f"{self.target} is a symbolic link; Pneumoscan does not write through links.")
        try:
            private_dir(self.target.parent if str(self.target.parent) else Path("."))
        except OSError as exc:
            raise errors.ExportError(f"Cannot create {self.target.parent}: {exc.strerror or exc}.") from exc
        self.lock = OutputLock(self.target)
        self.lock.acquire()
        flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        try:
            if self.target.is_file() and self.target.stat().st_size > 0:
                self._read_partial()
                for line, row in zip(self._lines, self._done):
                    problem = ("" if row.get("csv_schema") == str(CSV_SCHEMA_VERSION)
                               and row.get("status") in _STATUSES else "not a row of this version")
                    if not problem and row.get("bundle_sha256") not in (self.bundle_sha256, ""):
                        problem = "a result of another model bundle"
                    problem = problem or _row_problem(row, bundle, frozenset())
                    if problem:
                        raise ResumeError(f"{self.target}, line {line}: {problem}. The node continues only a CSV it "
                                          "wrote with this model: choose a new --csv, or move this one away.")
                self._cut_torn_tail()
                self.fd = os.open(self.target, flags)
                self.rows = len(self._done)
            else:
                self.fd = os.open(self.target, flags | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
                header = io.StringIO()
                csv.writer(header, lineterminator="\n").writerow(COLUMNS)
                append_line(self.fd, b"\xef\xbb\xbf" + header.getvalue().encode("utf-8"))
                os.fsync(self.fd)
            make_private(self.target)
        except OSError as exc:
            self.lock.release()
            raise errors.ExportError(f"Cannot write {self.target}: {exc.strerror or exc}.") from exc
        except BaseException:
            self.lock.release()
            raise

    def write(self, p: Prediction, reviews: Any = None) -> None:
        """Append one row and flush it to disk (a power cut keeps every row the node reported)."""
        super().write(p, reviews)
        os.fsync(self.fd)

    def analysed(self) -> dict[str, set[str]]:
        """``path_key -> {sha256, ...}`` of the rows so far (a failed row's sha256 may be empty)."""
        out: dict[str, set[str]] = {}
        for row in self._done:
            try:
                out.setdefault(path_key(cell_path(row)), set()).add(row.get("sha256", ""))
            except (ValueError, OSError):
                continue
        return out

    def close(self) -> None:
        if self.fd >= 0:
            try:
                os.fsync(self.fd)
            except OSError:
                pass
        super().close()
