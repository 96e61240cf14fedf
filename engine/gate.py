"""Input gate: refuse images outside the model's scope before a label is shown.

Each check has a reason code and a plain-language message.  Tag checks read
DICOM attributes where present (absent tags pass: PNG/JPEG carry none); the
image check compares the out-of-distribution score of the model's own pooled
features with the bundle's cut-off.  Settings may relax a tag check (an adult
clinic, say); a relaxed check is recorded with the result, never silent.
The OOD check cannot be relaxed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

#: Checks that settings may relax.
RELAXABLE = ("modality", "body_part", "view", "age")

DEFAULT_POPULATION: Mapping[str, Any] = {
    "age_years": [0, 18],
    "modalities": ["CR", "DX", "DR"],
    "body_parts": ["CHEST", "THORAX", "LUNG"],
    "views": ["AP", "PA"],
}
LATERAL_VIEWS = {"LL", "RL", "LAT", "LATERAL", "LLD", "RLD", "LATERAL LEFT", "LATERAL RIGHT", "XTABLE", "LAO", "RAO",
                 "LPO", "RPO"}


@dataclass(frozen=True)
class GateFinding:
    code: str
    message: str


@dataclass(frozen=True)
class GatePolicy:
    """Which tag checks the user relaxed (by name in :data:`RELAXABLE`)."""

    relaxed: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        bad = set(self.relaxed) - set(RELAXABLE)
        if bad:
            raise ValueError(f"cannot relax {sorted(bad)}; relaxable checks: {RELAXABLE}")


def parse_age_years(value: str) -> float | None:
    """DICOM Age String (PS3.5 6.2, ``nnnD/W/M/Y``) to years; None if absent or malformed."""
    m = re.fullmatch(r"\s*(\d{1,3})\s*([DWMY]?)\s*", str(value or "").upper())
    if not m:
        return None
    # a bare number (seen in the wild, e.g. "62") is read as years, the DICOM default unit of age
    n, unit = int(m.group(1)), m.group(2) or "Y"
    return n / {"D": 365.25, "W": 52.18, "M": 12.0, "Y": 1.0}[unit]


def check_tags(metadata: Mapping[str, str], population: Mapping[str, Any] | None = None) -> list[tuple[str, GateFinding]]:
    """Tag findings as ``(check_name, finding)``; empty when every present tag is in scope."""
    pop = {**DEFAULT_POPULATION, **dict(population or {})}
    out: list[tuple[str, GateFinding]] = []
    modality = str(metadata.get("Modality", "")).strip().upper()
    if modality and modality not in {m.upper() for m in pop["modalities"]}:
        out.append(("modality", GateFinding(
            "modality_not_radiograph",
            f"Not assessed: this is a {modality} image, not a plain radiograph (CR/DX). "
            "The model only reads chest X-rays.")))
    body = str(metadata.get("BodyPartExamined", "")).strip().upper()
    if body and body not in {b.upper() for b in pop["body_parts"]}:
        out.append(("body_part", GateFinding(
            "body_part_not_chest", f"Not assessed: the body part examined is {body}, not the chest.")))
    view = str(metadata.get("ViewPosition", "")).strip().upper()
    if view and (view in LATERAL_VIEWS or view not in {v.upper() for v in pop["views"]}):
        kind = "a lateral view" if view in LATERAL_VIEWS else f"view {view}"
        out.append(("view", GateFinding(
            "view_not_frontal", f"Not assessed: {kind}. The model reads frontal (AP/PA) chest X-rays only.")))
    age = parse_age_years(metadata.get("PatientAge", ""))
    lo, hi = (float(x) for x in pop["age_years"])
    if age is not None and not lo <= age <= hi:
        out.append(("age", GateFinding(
            "age_outside_population",
            f"Not assessed: the patient is {age:.0f} years old; this model is meant for patients aged "
            f"{lo:g}-{hi:g} (trained on children aged 1-5).")))
    return out


def check_ood(score: float | None, cutoff: float | None) -> GateFinding | None:
    if score is None or cutoff is None:
        return None
    if not score <= cutoff:  # also catches NaN
        return GateFinding(
            "out_of_distribution",
            f"Not assessed: the image does not look like the pediatric chest X-rays the model was trained on "
            f"(out-of-distribution score {score:.1f} > {cutoff:.1f}). It may be another kind of image, a "
            "photograph, a document, or a very unusual radiograph.")
    return None


def evaluate(metadata: Mapping[str, str], population: Mapping[str, Any] | None, ood_score: float | None,
             ood_cutoff: float | None, policy: GatePolicy | None = None) -> tuple[list[GateFinding], list[str]]:
    """All findings that gate the image, and the names of relaxed checks that would have fired."""
    policy = policy or GatePolicy()
    findings: list[GateFinding] = []
    relaxed: list[str] = []
    for name, finding in check_tags(metadata, population):
        if name in policy.relaxed:
            relaxed.append(f"{name}:{finding.code}")
        else:
            findings.append(finding)
    ood = check_ood(ood_score, ood_cutoff)
    if ood is not None:
        findings.append(ood)
    return findings, relaxed
