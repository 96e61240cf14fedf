"""What a viewer needs beyond the classifier's grey levels: the file's own units, its window presets and VOI LUTs,
and who the image belongs to (the corner overlay).

:func:`engine.image.io.load_image` with ``display=True`` attaches a :class:`DisplayData` to the image on screen (and to a
report's page); the batch never asks for it, so a folder of large DICOMs is not held twice in memory.  The patient's
name lives only here: it is never written to a result, the cache, a CSV or the audit log.

Window/level follows DICOM PS3.3 C.11.2.1.2 (LINEAR, LINEAR_EXACT, SIGMOID) on the values after the modality LUT, and
a VOI LUT (C.11.2.1.1) maps them through its table; MONOCHROME1 is inverted afterwards, as :mod:`engine.image.io` does.  For
a PNG / JPEG / TIFF the units are the stored values (0-255 or 0-65535).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np

from engine.product import QT_TRANSLATE_NOOP, Translate, english, fill

_CONTEXT = "Display"  # the translation context of the overlay's and the report's patient fields

#: The DICOM attributes of the corner overlay (PatientName only here, never in ``XrayImage.metadata``).
IDENTITY_FIELDS = ("PatientName", "PatientID", "PatientAge", "PatientSex", "PatientBirthDate", "StudyDate", "StudyTime",
                   "ViewPosition", "ImageLaterality", "Laterality", "PatientOrientation", "AccessionNumber",
                   "InstitutionName", "StudyDescription", "SeriesDescription", "BodyPartExamined", "Modality")

_OPPOSITE = {"L": "R", "R": "L", "A": "P", "P": "A", "H": "F", "F": "H"}


@dataclass(frozen=True)
class Window:
    """A window (centre, width) in the file's units, with its name (the file's explanation, or ours)."""

    name: str
    centre: float
    width: float
    function: str = ""  # "" = the file's VOI LUT Function; the full and min-max ranges are LINEAR_EXACT


@dataclass(frozen=True, eq=False)
class VoiLut:
    """A VOI LUT of the file: input values from ``first_mapped`` on map to ``table`` (already scaled to [0, 1])."""

    name: str
    first_mapped: int
    table: np.ndarray


@dataclass(frozen=True, eq=False)
class DisplayData:
    """The image in its file's units for window/level, its presets, and its identity for the overlay.

    ``values`` are the modality values of a DICOM (None for a raster, whose values are ``pixels * scale``).
    ``default`` names the preset that gave ``XrayImage.pixels`` ("" for the full range).
    """

    values: np.ndarray | None
    scale: float
    value_range: tuple[float, float]
    units: str = ""
    windows: tuple[Window, ...] = ()
    luts: tuple[VoiLut, ...] = ()
    function: str = "LINEAR"
    invert: bool = False
    default: str = ""
    identity: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def full_range(self) -> Window:
        lo, hi = self.value_range
        return Window("Full range", (lo + hi) / 2.0, max(hi - lo, 1e-6), "LINEAR_EXACT")

    def min_max(self, pixels: np.ndarray) -> Window:
        v = self.values if self.values is not None else pixels * np.float32(self.scale)
        lo, hi = float(np.min(v)), float(np.max(v))
        return Window("Image min\u2013max", (lo + hi) / 2.0, max(hi - lo, 1e-6), "LINEAR_EXACT")

    def grey(self, pixels: np.ndarray, centre: float, width: float, function: str = "") -> np.ndarray:
        """The displayed grey levels in [0, 1] for a window in the file's units (before any user inversion);
        ``function`` "" is the file's own VOI LUT Function."""
        if self.values is None:  # a raster: the window on its stored values, which pixels hold scaled to [0, 1]
            return window_linear_exact(pixels, centre / self.scale, width / self.scale)
        out = apply_window(self.values, centre, width, function or self.function)
        return 1.0 - out if self.invert else out

    def grey_lut(self, lut: VoiLut) -> np.ndarray:
        assert self.values is not None
        idx = np.clip(np.rint(self.values).astype(np.int64) - lut.first_mapped, 0, len(lut.table) - 1)
        out = lut.table[idx]
        return 1.0 - out if self.invert else out

    def laterality_markers(self) -> tuple[str, str]:
        """(left edge, right edge) markers from PatientOrientation (PS3.3 C.7.6.1.1.1: its first value is the
        patient direction of the image's rows, left to right); ("", "") when the file does not say."""
        parts = [p.strip().upper() for p in str(self.identity.get("PatientOrientation", "")).replace("\\", " ").split()]
        if not parts or not parts[0] or any(ch not in _OPPOSITE for ch in parts[0]):
            return "", ""
        right = parts[0]
        return "".join(_OPPOSITE[ch] for ch in right), right


def window_linear_exact(x: np.ndarray, centre: float, width: float) -> np.ndarray:
    width = max(width, 1e-6)
    return np.clip((x - (centre - width / 2.0)) / width, 0.0, 1.0).astype(np.float32, copy=False)


def apply_window(x: np.ndarray, centre: float, width: float, function: str = "LINEAR") -> np.ndarray:
    """PS3.3 C.11.2.1.2 / C.11.2.1.3, output scaled to [0, 1]."""
    f = (function or "LINEAR").upper()
    if f == "SIGMOID":
        w = max(width, 1e-6)
        return (1.0 / (1.0 + np.exp(-4.0 * (x.astype(np.float32) - centre) / w))).astype(np.float32)
    if f == "LINEAR_EXACT" or width <= 1:
        return window_linear_exact(x, centre, width)
    # LINEAR: y = ((x - (c - 0.5)) / (w - 1) + 0.5), clipped
    return np.clip((x - (centre - 0.5)) / (width - 1.0) + 0.5, 0.0, 1.0).astype(np.float32, copy=False)


def lut_values(item: Any, little: bool = True) -> np.ndarray:
    """A LUT's entries as numbers: LUTData read as US is a list, read as OW (explicit VR, the usual way for 16-bit
    tables) it is raw bytes -- words in the dataset's byte order."""
    data = item.LUTData
    if isinstance(data, (bytes, bytearray)):
        bits = int(item.LUTDescriptor[2])
        return np.frombuffer(data, dtype=("<" if little else ">") + ("u2" if bits > 8 else "u1")).astype(np.float32)
    return np.asarray(list(data) if not isinstance(data, (int, float)) else [data], dtype=np.float32)


def person_name(value: Any) -> str:
    """A DICOM PN as people read it: "FAMILY, Given Middle" (components are ^-separated, PS3.5 6.2)."""
    text = str(value or "").split("=")[0].strip()  # the alphabetic group; ideographic / phonetic ones are not shown
    if not text:
        return ""
    parts = [p.strip() for p in text.split("^")]
    family, given = parts[0], " ".join(p for p in parts[1:3] if p)
    return f"{family.upper()}, {given}" if family and given else (family.upper() or given)


def dicom_display(ds: Any, values: np.ndarray | None, value_range: tuple[float, float], used: str,
                  invert: bool) -> DisplayData:
    """The display data of a DICOM dataset (``values``: after the modality LUT, before any VOI; ``used``: "lut",
    "window" or "" -- what engine.image.io applied to make the classifier's grey levels)."""
    from pydicom.multival import MultiValue

    def many(name: str) -> list:
        v = ds.get(name)
        if v is None:
            return []
        return list(v) if isinstance(v, (MultiValue, list, tuple)) else [v]

    windows: list[Window] = []
    centres, widths, names = many("WindowCenter"), many("WindowWidth"), many("WindowCenterWidthExplanation")
    for i, (c, w) in enumerate(zip(centres, widths)):
        try:
            c, w = float(c), float(w)
        except (TypeError, ValueError):
            continue
        if not (np.isfinite(c) and np.isfinite(w)) or w <= 0:
            continue
        name = str(names[i]).strip() if i < len(names) and str(names[i]).strip() else f"File window {i + 1}"
        windows.append(Window(name, c, w))
    luts: list[VoiLut] = []
    little = getattr(ds, "original_encoding", (None, True))[1] is not False
    for i, item in enumerate(ds.get("VOILUTSequence") or []):
        try:
            _n, first, bits = (int(v) for v in item.LUTDescriptor)
            data = lut_values(item, little)
            top = float(2 ** bits - 1)
            if 0 < float(data.max()) < top:  # declared 16 bits, filled 12 (as engine.image.io scales it)
                top = float(data.max())
            if data.size == 0 or top <= 0:
                continue
            name = str(item.get("LUTExplanation", "") or "").strip() or f"File VOI LUT {i + 1}"
            luts.append(VoiLut(name, first, data / np.float32(top)))
        except Exception:  # noqa: BLE001 - a malformed LUT is simply not offered (engine.image.io already fell back)
            continue
    rescale_type = str(ds.get("RescaleType", "") or "").strip()
    units = "HU" if rescale_type.upper() == "HU" else ("" if rescale_type.upper() in ("", "US") else rescale_type)
    identity = {}
    for name in IDENTITY_FIELDS:
        v = ds.get(name)
        if v is None:
            continue
        text = person_name(v) if name == "PatientName" else (
            "\\".join(str(x) for x in v) if isinstance(v, MultiValue) else str(v)).strip()
        if text:
            identity[name] = text[:128]
    default = (luts[0].name if used == "lut" and luts else windows[0].name if used == "window" and windows else "")
    return DisplayData(values=values, scale=1.0, value_range=value_range, units=units, windows=tuple(windows),
                       luts=tuple(luts), function=str(ds.get("VOILUTFunction", "LINEAR") or "LINEAR").strip().upper(),
                       invert=invert, default=default, identity=MappingProxyType(identity))


def raster_display(bit_depth: int) -> DisplayData:
    """A PNG / JPEG / TIFF: its stored values (0-255, 0-65535; a float TIFF's own range as 0-1)."""
    scale = float(2 ** bit_depth - 1) if bit_depth in (8, 16) else 1.0
    return DisplayData(values=None, scale=scale, value_range=(0.0, scale), units="")


def dicom_date(value: str) -> str:
    """DICOM DA ``YYYYMMDD`` (PS3.5 6.2) as ``YYYY-MM-DD``; anything else as it is (the one formatter of a date for
    the list, the overlay and the report)."""
    v = str(value or "").strip()
    return f"{v[:4]}-{v[4:6]}-{v[6:8]}" if len(v) == 8 and v.isdigit() else v


_AGE_UNITS = {"D": (QT_TRANSLATE_NOOP("Display", "%1 days"), QT_TRANSLATE_NOOP("Display", "%1 day")),
              "W": (QT_TRANSLATE_NOOP("Display", "%1 weeks"), QT_TRANSLATE_NOOP("Display", "%1 week")),
              "M": (QT_TRANSLATE_NOOP("Display", "%1 months"), QT_TRANSLATE_NOOP("Display", "%1 month")),
              "Y": (QT_TRANSLATE_NOOP("Display", "%1 years"), QT_TRANSLATE_NOOP("Display", "%1 year"))}


def age_text(value: str, tr: Translate = english) -> str:
    """A DICOM Age String in words ("003Y" -> "3 years"); anything else as it is."""
    import re

    m = re.fullmatch(r"\s*(\d{1,3})\s*([DWMY]?)\s*", str(value or "").upper())
    if not m:
        return str(value or "").strip()
    n, unit = int(m.group(1)), m.group(2) or "Y"
    return fill(tr(_CONTEXT, _AGE_UNITS[unit][n == 1]), str(n))


_LABELS = {"Name": QT_TRANSLATE_NOOP("Display", "Name"), "ID": QT_TRANSLATE_NOOP("Display", "ID"),
           "Age / sex": QT_TRANSLATE_NOOP("Display", "Age / sex"),
           "Study date": QT_TRANSLATE_NOOP("Display", "Study date"), "View": QT_TRANSLATE_NOOP("Display", "View"),
           "Laterality": QT_TRANSLATE_NOOP("Display", "Laterality"),
           "Accession": QT_TRANSLATE_NOOP("Display", "Accession"),
           "Institution": QT_TRANSLATE_NOOP("Display", "Institution")}
_ABSENT = QT_TRANSLATE_NOOP("Display", "not in the file")


def _fields(metadata: Mapping[str, str], identity: Mapping[str, str], tr: Translate) -> dict[str, str]:
    def t(text: str) -> str:
        return tr(_CONTEXT, text)

    md = {**metadata, **identity}
    age = age_text(md.get("PatientAge", ""), tr)
    if age and md.get("PatientAgeSource"):
        age += t(QT_TRANSLATE_NOOP("Display", " (from the dates)"))
    sex = {"F": "F", "M": "M", "O": t(QT_TRANSLATE_NOOP("Display", "other"))}.get(
        md.get("PatientSex", "").strip().upper(), "")
    view = " \u00b7 ".join(v for v in (md.get("ViewPosition", ""), md.get("ViewCodeMeaning", ""),
                                       md.get("BodyPartExamined", "")) if v)
    lat = md.get("ImageLaterality") or md.get("Laterality") or ""
    no_age = t(QT_TRANSLATE_NOOP("Display", "age not recorded"))
    no_sex = t(QT_TRANSLATE_NOOP("Display", "sex not recorded"))
    out = {"Name": md.get("PatientName", "") or t(_ABSENT), "ID": md.get("PatientID", "") or t(_ABSENT),
           "Age / sex": f"{age or no_age} / {sex or no_sex}",
           "Study date": dicom_date(md.get("StudyDate", "")) or t(_ABSENT), "View": view or t(_ABSENT)}
    if lat:
        out["Laterality"] = lat
    if md.get("AccessionNumber"):
        out["Accession"] = md["AccessionNumber"]
    if md.get("InstitutionName"):
        out["Institution"] = md["InstitutionName"]
    return out


def patient_fields(metadata: Mapping[str, str], identity: Mapping[str, str],
                   tr: Translate = english) -> list[tuple[str, str]]:
    """(label, value) of who and what the image is, for the overlay and the report: name, ID, age and sex, study date,
    view, accession; a missing value says so (an empty corner would look like a file that was checked)."""
    return [(tr(_CONTEXT, _LABELS[k]), v) for k, v in _fields(metadata, identity, tr).items()]


def overlay_corners(path: str, source_format: str, metadata: Mapping[str, str], identity: Mapping[str, str],
                    tr: Translate = english,
                    isolate: Callable[[str], str] = str) -> tuple[list[str], list[str], list[str]]:
    """The viewer's corner text: (top left: the patient, top right: the study, bottom left: the file).  A PNG / JPEG
    / TIFF holds no patient: its file name leads, and the overlay says the file names no one."""
    from pathlib import Path

    name = Path(path).name
    if source_format != "DICOM":
        return ([name, fill(tr(_CONTEXT, QT_TRANSLATE_NOOP("Display", "A %1 file holds no patient name, ID or age:")),
                            source_format),
                 tr(_CONTEXT, QT_TRANSLATE_NOOP("Display", "check the file name and folder"))],
                [], [str(Path(path).parent.name)])
    fields = {k: isolate(v) for k, v in _fields(metadata, identity, tr).items()}  # (the app: whole in Arabic)

    def said(key: str) -> str:
        return f"{tr(_CONTEXT, _LABELS[key])} {fields[key]}"

    top_left = [fields["Name"], said("ID"), fields["Age / sex"]]
    top_right = [said("Study date"), said("View")]
    top_right += [said(k) for k in ("Laterality", "Accession", "Institution") if k in fields]
    return top_left, top_right, [name]
