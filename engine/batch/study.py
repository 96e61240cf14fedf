"""Which study an image belongs to, so a list, a summary and an export can keep patients apart.

A DICOM names its study (StudyInstanceUID) and patient (PatientID); a PNG or JPEG names neither, so its folder stands
for its study.  :func:`study_tags` reads the few tags needed from a DICOM header when a folder is opened (no pixels,
nothing trusted: once the image is analysed, its verified metadata decides the study again).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from engine.image.display import dicom_date

log = logging.getLogger(__name__)

#: The tags a study's identity and label come from.
STUDY_TAGS = ("StudyInstanceUID", "PatientID", "StudyDate", "AccessionNumber")


@dataclass(frozen=True, order=True)
class Study:
    """``key`` identifies the study (``uid:``, ``patient:`` or ``folder:``); ``label`` is what a person reads."""

    label: str
    key: str

    @property
    def kind(self) -> str:
        return self.key.split(":", 1)[0]


def study_of(path: str | os.PathLike[str], metadata: Mapping[str, str] | None = None) -> Study:
    """The study of an image: its StudyInstanceUID, else its PatientID and study date, else its folder."""
    md = metadata or {}
    uid, pid = str(md.get("StudyInstanceUID", "")).strip(), str(md.get("PatientID", "")).strip()
    date, acc = dicom_date(str(md.get("StudyDate", ""))), str(md.get("AccessionNumber", "")).strip()
    if uid or pid:
        parts = [pid or "no PatientID", date or "no date"]
        parts.append(f"Acc {acc}" if acc else f"UID \u2026{uid[-6:]}" if uid else "")
        label = " \u00b7 ".join(p for p in parts if p)
        return Study(label, f"uid:{uid}" if uid else f"patient:{pid}|{date}")
    folder = Path(path).parent
    return Study(f"folder {folder.name or folder}", f"folder:{folder}")


def study_tags(path: str | os.PathLike[str]) -> dict[str, str]:
    """The study tags of a DICOM file's header ({} for anything else, or a header that cannot be read)."""
    from engine.image.io import read_head, sniff_format

    try:
        if sniff_format(read_head(path, 512), Path(path).name) != "DICOM":
            return {}
        import pydicom

        ds = pydicom.dcmread(path, stop_before_pixels=True, force=True, specific_tags=list(STUDY_TAGS))
        return {t: str(ds.get(t, "") or "").strip()[:128] for t in STUDY_TAGS if str(ds.get(t, "") or "").strip()}
    except Exception:  # noqa: BLE001 - unreadable now: its folder stands for its study until it is analysed
        log.debug("no study tags from %s", path, exc_info=True)
        return {}


def count_studies(studies: Iterable[Study]) -> int:
    return len({s.key for s in studies})
