"""Input gate: refuse images outside the model's scope before a label is shown.

Each check has a reason code and a plain-language message.  Tag checks read
DICOM attributes where present (absent tags pass: PNG/JPEG carry none); the
image check compares the out-of-distribution score of the model's own pooled
features with the bundle's cut-off.  Settings may relax a tag check (an adult
clinic, say); a relaxed check is recorded with the result, never silent.
The OOD check cannot be relaxed.  The pixel age check (engine.scope: "looks
like an adult radiograph") is relaxed with the age tag check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

#: Checks that settings may relax.
RELAXABLE = ("modality", "body_part", "view", "age")

#: Used only for keys a bundle's population block lacks (validated bundles have them all).
DEFAULT_POPULATION: Mapping[str, Any] = {
    "age_years": [1, 5],
    "trained_age_years": [1, 5],
    "modalities": ["CR", "DX", "DR"],
    "body_parts": ["CHEST", "THORAX", "LUNG"],
    "views": ["AP", "PA"],
}
#: Words in SeriesDescription / ProtocolName / the coded view that mean a lateral projection.
LATERAL_HINT = re.compile(r"\b(LAT|LATERAL|LATERO[A-Z-]*|LL|RL|LLAT|RLAT|LEFT LATERAL|RIGHT LATERAL|X-?TABLE)\b")
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
    frontal = {v.upper() for v in pop["views"]}
    if view and (view in LATERAL_VIEWS or view not in frontal):
        kind = "a lateral view" if view in LATERAL_VIEWS else f"view {view}"
        out.append(("view", GateFinding(
            "view_not_frontal", f"Not assessed: {kind}. The model reads frontal (AP/PA) chest X-rays only.")))
    elif view not in frontal:
        # no ViewPosition saying AP/PA: descriptions and the coded view may still say "lateral"
        for key in ("ViewCodeMeaning", "SeriesDescription", "ProtocolName"):
            text = str(metadata.get(key, "")).upper()
            if LATERAL_HINT.search(text):
                out.append(("view", GateFinding(
                    "view_not_frontal", f"Not assessed: the file's {key} ({metadata.get(key)!s}) says this is a "
                    "lateral view. The model reads frontal (AP/PA) chest X-rays only.")))
                break
    raw_age = str(metadata.get("PatientAge", "") or "").strip()
    age = parse_age_years(raw_age)
    lo, hi = (float(x) for x in pop["age_years"])
    tlo, thi = (float(x) for x in pop.get("trained_age_years", pop["age_years"]))
    if raw_age and age is None:
        out.append(("age", GateFinding(
            "age_unreadable", f"Not assessed: the patient's age in the file ({raw_age!r}) cannot be read, so it cannot "
            f"be checked against the model's population (ages {lo:g}-{hi:g}). Correct the age in the source system.")))
    elif age is not None and not lo <= age <= hi:
        out.append(("age", GateFinding(
            "age_outside_population",
            f"Not assessed: the patient is {age:.0f} years old; this model is meant for patients aged "
            f"{lo:g}-{hi:g} (trained on children aged {tlo:g}-{thi:g}).")))
    return out


def check_ood(score: float | None, cutoff: float | None) -> GateFinding | None:
    if score is None or cutoff is None:
        return None
    if not score <= cutoff:  # also catches NaN
        return GateFinding(
            "out_of_distribution",
            f"Not assessed: the image does not look like the pediatric chest X-rays the model was trained on "
            f"(out-of-distribution score {score:.1f} > {cutoff:.1f}). It may be a lateral view, an adult's or "
            "another body part's radiograph, another kind of image, a photograph or a document.")
    return None


def check_adult(score: float | None, cutoff: float | None) -> GateFinding | None:
    """The pixel age check (engine.scope): relaxed together with the age tag check."""
    if score is None or cutoff is None:
        return None
    if not score < cutoff:
        return GateFinding(
            "looks_adult",
            f"Not assessed: this looks like an adult radiograph (adult-appearance score {score:.2f} >= cut-off "
            f"{cutoff:.2f}); the model reads children's chest X-rays. If the patient is a child, relax the age "
            "check (Settings, or --relax age; recorded with the result).")
    return None


def evaluate(metadata: Mapping[str, str], population: Mapping[str, Any] | None, ood_score: float | None,
             ood_cutoff: float | None, policy: GatePolicy | None = None, adult_score: float | None = None,
             adult_cutoff: float | None = None) -> tuple[list[GateFinding], list[str]]:
    """All findings that gate the image, and the names of relaxed checks that would have fired."""
    policy = policy or GatePolicy()
    findings: list[GateFinding] = []
    relaxed: list[str] = []
    tagged = check_tags(metadata, population)
    adult = check_adult(adult_score, adult_cutoff)
    if adult is not None:
        tagged.append(("age", adult))
    for name, finding in tagged:
        if name in policy.relaxed:
            relaxed.append(f"{name}:{finding.code}")
        else:
            findings.append(finding)
    ood = check_ood(ood_score, ood_cutoff)
    if ood is not None:
        findings.append(ood)
    return findings, relaxed
