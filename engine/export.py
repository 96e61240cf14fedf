"""CSV export: one documented, version-stamped schema, written atomically.

Schema (``CSV_SCHEMA_VERSION`` = 2), one row per input file, UTF-8 with a BOM
so spreadsheet programs detect the encoding:

=================  ==========================================================
column             meaning
=================  ==========================================================
path               the file as given (or found in a folder)
file_name          its base name
status             ``ok``, ``out_of_scope`` (input gate: no label, see error) or ``error``
error_code         machine-readable reason when status is ``error``
error              the reason in words
label              NORMAL or PNEUMONIA (empty unless status is ok): which side of the threshold
band               normal / indeterminate / pneumonia: ``indeterminate`` when p_pneumonia lies in the
                   bundle's validation-fitted band around the threshold (read carefully); empty unless ok
p_pneumonia        calibrated probability of pneumonia, 0-1 (printed inside [0.000001, 0.999999]:
                   a model never knows anything for certain, so 0 and 1 are never written)
confidence         probability of the shown label, 0-1
threshold          decision threshold on p_pneumonia
raw_p_pneumonia    the model's probability even when no label is shown (audit only)
ood_score          out-of-distribution score (Mahalanobis distance; gated above the bundle's cut-off)
gate_codes         reason codes of the input gate, ``;``-separated
relaxed_checks     gate checks the user relaxed in the settings that would have fired
sha256             sha256 of the file's bytes
PatientID ...      DICOM identifiers (never the patient's name)
source_format      PNG / JPEG / BMP / TIFF / DICOM
image_height/width pixels
device             what ran the model
model_name         model bundle name
model_version      model bundle version
model_sha256       sha256 of the model weights
app_version        Pneumoscan version
csv_schema         this schema's version
=================  ==========================================================

Cells beginning with ``= + - @`` (or tab / carriage return) would be run as
formulas by spreadsheet programs (CSV injection); such text cells are prefixed
with an apostrophe.  Numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path
from typing import IO, Any, Iterable

from engine import errors
from engine._version import __version__
from engine.inference import IDENTIFIERS, Prediction

CSV_SCHEMA_VERSION = 2  # 2: band column

COLUMNS: tuple[str, ...] = (
    "path", "file_name", "status", "error_code", "error", "label", "band", "p_pneumonia", "confidence", "threshold",
    "raw_p_pneumonia", "ood_score", "gate_codes", "relaxed_checks",
    "sha256", *IDENTIFIERS, "source_format", "image_height", "image_width", "device",
    "model_name", "model_version", "model_sha256", "app_version", "csv_schema",
)

_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """Make a text cell inert in spreadsheet programs (OWASP CSV injection)."""
    return "'" + value if value.startswith(_FORMULA_PREFIXES) else value


def _fmt(x: float | None, digits: int = 6) -> str:
    return "" if x is None else f"{x:.{digits}f}"


def _fmt_p(x: float | None) -> str:
    """A probability with 6 decimals, never rounded to exactly 0 or 1."""
    return "" if x is None else _fmt(min(max(x, 1e-6), 1 - 1e-6))


def row_for(p: Prediction) -> dict[str, str]:
    """The CSV row of one prediction (all values as strings)."""
    h, w = p.image_size or ("", "")
    row: dict[str, Any] = {
        "path": p.path, "file_name": Path(p.path).name, "status": p.status, "error_code": p.error_code,
        "error": p.error, "label": p.label or "", "band": p.band, "p_pneumonia": _fmt_p(p.p_pneumonia),
        "confidence": _fmt_p(p.confidence), "threshold": _fmt(p.threshold), "raw_p_pneumonia": _fmt_p(p.raw_p_pneumonia),
        "ood_score": _fmt(p.ood_score, 3), "gate_codes": ";".join(p.gate_codes),
        "relaxed_checks": ";".join(p.relaxed_checks), "sha256": p.sha256, "source_format": p.source_format,
        "image_height": h, "image_width": w, "device": p.device, "model_name": p.model_name,
        "model_version": p.model_version, "model_sha256": p.model_sha256, "app_version": __version__,
        "csv_schema": CSV_SCHEMA_VERSION,
    }
    for k in IDENTIFIERS:
        row[k] = p.metadata.get(k, "")
    numeric = {"p_pneumonia", "confidence", "threshold", "raw_p_pneumonia", "ood_score", "image_height", "image_width",
               "csv_schema"}
    return {k: (str(v) if k in numeric else neutralise(str(v))) for k, v in row.items()}


def _writer(fh: IO[str]) -> csv.DictWriter:
    w = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    return w


def write_csv(predictions: Iterable[Prediction], path: str | os.PathLike[str], overwrite: bool = False) -> int:
    """Write all rows to ``path`` atomically; returns the number of rows.

    The rows go to a temporary file in the same folder, which is flushed to
    disk and then renamed over the target: a crash, a full disk or a power cut
    leaves either the old file or the complete new one, never a half file.

    Raises
    ------
    engine.errors.ExportError
        The file exists and ``overwrite`` is False, or it cannot be written
        (the previous file, if any, is left intact).
    """
    target = Path(path)
    if target.exists() and not overwrite:
        raise errors.ExportError(f"{target} already exists. Choose another name or confirm overwriting.")
    if target.is_dir():
        raise errors.ExportError(f"{target} is a folder; choose a file name ending in .csv.")
    folder = target.parent if str(target.parent) else Path(".")
    tmp_name = None
    n = 0
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            w = _writer(fh)
            for p in predictions:
                w.writerow(row_for(p))
                n += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise errors.ExportError(
            f"Could not write {target}: {exc.strerror or exc}. The previous file, if any, is unchanged."
        ) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return n


class StreamingCsv:
    """Rows appended as results arrive, to ``TARGET.partial``; renamed to TARGET on commit.

    Used by the batch command line: each row is flushed as it is written, so a
    killed batch keeps every finished row in the partial file, and
    :meth:`done_paths` lets a resumed run skip them.
    """

    def __init__(self, target: str | os.PathLike[str], overwrite: bool = False, resume: bool = False) -> None:
        self.target = Path(target)
        self.partial = self.target.with_name(self.target.name + ".partial")
        if self.target.exists() and not overwrite:
            raise errors.ExportError(f"{self.target} already exists. Choose another name or pass --overwrite.")
        self.rows = 0
        existing = resume and self.partial.is_file() and self.partial.stat().st_size > 0
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            if existing:
                with self.partial.open(encoding="utf-8-sig", newline="") as fh:
                    header = next(csv.reader(fh), [])
                if tuple(header) != COLUMNS:
                    raise errors.ExportError(
                        f"{self.partial} was written by another version of Pneumoscan (other columns); "
                        "it cannot be resumed. Move it away or start without --resume.")
                self._done = read_csv_rows(self.partial)
                self.fh = self.partial.open("a", encoding="utf-8", newline="")
                self.w = csv.DictWriter(self.fh, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
                self.rows = len(self._done)
            else:
                self._done = []
                self.fh = self.partial.open("w", encoding="utf-8-sig", newline="")
                self.w = _writer(self.fh)
                self.fh.flush()
        except OSError as exc:
            raise errors.ExportError(f"Cannot write {self.partial}: {exc.strerror or exc}.") from exc

    def done_paths(self) -> set[str]:
        return {r["path"].lstrip("'") for r in self._done}

    def write(self, p: Prediction) -> None:
        self.w.writerow(row_for(p))
        self.fh.flush()
        self.rows += 1

    def commit(self) -> Path:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.partial, self.target)
        return self.target

    def close(self) -> None:
        if not self.fh.closed:
            self.fh.flush()
            self.fh.close()


def read_csv_rows(path: str | os.PathLike[str]) -> list[dict[str, str]]:
    """Rows of a CSV written by this module (complete rows only)."""
    text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
    if text and not text.endswith("\n"):
        text = text[: text.rfind("\n") + 1]  # drop a row cut short by a crash
    return [r for r in csv.DictReader(io.StringIO(text)) if r.get("csv_schema")]
