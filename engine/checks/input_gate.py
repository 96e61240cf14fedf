"""Input gate: refuse images outside the model's scope before a label is shown.

Each check has a reason code and a plain-language message.  Tag checks read
DICOM attributes where present (absent tags pass: PNG/JPEG carry none); the
image check compares the out-of-distribution score of the model's own pooled
features with the bundle's cut-off.  Settings may relax a tag check (an adult
clinic, say); a relaxed check is recorded with the result, never silent.
The OOD check cannot be relaxed.  The pixel age check (engine.checks.scope: "looks
like an adult radiograph") is relaxed with the age tag check.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from engine.image.io import MAX_AGE_YEARS

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
    """One reason to withhold the label: a code, one short plain sentence, and the numbers behind it."""

    code: str
    message: str
    detail: str = ""


def pair(score: float, cutoff: float) -> tuple[str, str]:
    """A score and its cut-off printed with as many decimals (2 to 4) as it takes to tell them apart."""
    for digits in (2, 3, 4):
        a, b = f"{score:.{digits}f}", f"{cutoff:.{digits}f}"
        if a != b:
            break
    return a, b


#: The oldest age a relaxed age check may admit for images that record no age: a child's.
MAX_UNKNOWN_AGE = 18


@dataclass(frozen=True)
class GatePolicy:
    """Which tag checks the user relaxed (by name in :data:`RELAXABLE`).

    The age check is relaxed only in a stated range: ``unknown_age_max`` (years) says "images whose file records no
    age are children up to this age" -- it is required with ``age`` and admits nothing else.  An age the file states
    (or its valid dates give) outside the model's population is never relaxed, nor an age the file records that
    cannot be read or cannot be right, nor an adult-looking image whose file states a child's age (the image may
    belong to someone else): only where the file records no age at all does the clinic's statement replace it, and
    then the adult-appearance check is skipped (engine.checks.scope).
    """

    relaxed: frozenset[str] = field(default_factory=frozenset)
    unknown_age_max: float | None = None

    def __post_init__(self) -> None:
        bad = set(self.relaxed) - set(RELAXABLE)
        if bad:
            raise ValueError(f"cannot relax {sorted(bad)}; relaxable checks: {RELAXABLE}")
        if "age" in self.relaxed:
            if self.unknown_age_max is None:
                raise ValueError("the age check is relaxed only with the oldest age to admit for images with no "
                                 f"recorded age (for example age:12, at most {MAX_UNKNOWN_AGE})")
            if not 1 <= self.unknown_age_max <= MAX_UNKNOWN_AGE:
                raise ValueError(f"the oldest age to admit must be between 1 and {MAX_UNKNOWN_AGE} years")
        elif self.unknown_age_max is not None:
            object.__setattr__(self, "unknown_age_max", None)

    def describe(self) -> list[str]:
        """The relaxations in words, as the status bar, the CSV and the report state them."""
        out = []
        for name in sorted(self.relaxed):
            if name == "age":
                out.append(f"age: images with no recorded age assessed as children up to {self.unknown_age_max:g} "
                           "years (adult-appearance check skipped for them)")
            else:
                out.append(f"{name} check relaxed")
        return out

    @classmethod
    def parse(cls, text: str) -> GatePolicy:
        """``modality,age:12`` (the command line's ``--relax``); ValueError saying what is wrong."""
        names, age_max = set(), None
        for item in (x.strip() for x in text.split(",") if x.strip()):
            name, _, value = item.partition(":")
            if name == "age":
                try:
                    age_max = float(value) if value else None
                except ValueError:
                    raise ValueError(f"age:{value}: the oldest age to admit is a number of years") from None
            elif value:
                raise ValueError(f"{item}: only the age check takes a value")
            names.add(name)
        return cls(frozenset(names), age_max)


_AGE = re.compile(r"\s*(\d{1,3})\s*(D|DAYS?|W|WKS?|WEEKS?|M|MOS?|MONTHS?|Y|YRS?|YEARS?)?\.?\s*(?:OLD)?\s*")


def parse_age_years(value: str) -> float | None:
    """DICOM Age String (PS3.5 6.2, ``nnnD/W/M/Y``) to years; None if absent or malformed."""
    m = _AGE.fullmatch(str(value or "").upper())
    if not m:
        return None
    # a bare number (seen in the wild, e.g. "62") is read as years, the DICOM default unit of age; the words
    # RIS systems write ("62 years", "5 mo", "3 wks") are read too: an age a person can read is an age
    n, unit = int(m.group(1)), (m.group(2) or "Y")[0]
    return n / {"D": 365.25, "W": 52.18, "M": 12.0, "Y": 1.0}[unit]


def check_tags(metadata: Mapping[str, str], population: Mapping[str, Any] | None = None) -> list[tuple[str, GateFinding]]:
    """Tag findings as ``(check_name, finding)``; empty when every present tag is in scope."""
    pop = {**DEFAULT_POPULATION, **dict(population or {})}
    out: list[tuple[str, GateFinding]] = []
    modality = str(metadata.get("Modality", "")).strip().upper()
    allowed = "/".join(m.upper() for m in pop["modalities"])
    if modality and modality not in {m.upper() for m in pop["modalities"]}:
        out.append(("modality", GateFinding(
            "modality_not_radiograph", f"This is a {modality} image, not a plain chest X-ray.",
            f"Modality {modality}; the model reads {allowed} radiographs only.")))
    body = str(metadata.get("BodyPartExamined", "")).strip().upper()
    if body and body not in {b.upper() for b in pop["body_parts"]}:
        out.append(("body_part", GateFinding(
            "body_part_not_chest", f"The file says the body part is {body}, not the chest.",
            f"BodyPartExamined {body}; the model reads chest X-rays only.")))
    view = str(metadata.get("ViewPosition", "")).strip().upper()
    frontal = {v.upper() for v in pop["views"]}
    if view and (view in LATERAL_VIEWS or view not in frontal):
        kind = "This is a lateral view" if view in LATERAL_VIEWS else f"The view is {view}"
        out.append(("view", GateFinding(
            "view_not_frontal", f"{kind}; the model reads frontal (AP/PA) chest X-rays only.",
            f"ViewPosition {view}.")))
    elif view not in frontal:
        # no ViewPosition saying AP/PA: descriptions and the coded view may still say "lateral"
        for key in ("ViewCodeMeaning", "SeriesDescription", "ProtocolName"):
            text = str(metadata.get(key, "")).upper()
            if LATERAL_HINT.search(text):
                out.append(("view", GateFinding(
                    "view_not_frontal", "The file says this is a lateral view; the model reads frontal (AP/PA) chest "
                    "X-rays only.", f"{key}: {metadata.get(key)!s}.")))
                break
    raw_age = str(metadata.get("PatientAge", "") or "").strip()
    age = parse_age_years(raw_age)
    lo, hi = (float(x) for x in pop["age_years"])
    tlo, thi = (float(x) for x in pop.get("trained_age_years", pop["age_years"]))
    problem = str(metadata.get("PatientAgeProblem", "") or "").strip()
    if not problem and age is not None and age > MAX_AGE_YEARS:
        problem = f"The stated age ({raw_age}) is over {MAX_AGE_YEARS} years."
    # an age the file records but that cannot be read or cannot be right is not "no recorded age": the relaxation
    # for images with no age never covers it (a 62-year-old with a garbled birth date is still a 62-year-old)
    if problem:  # dates or an age that cannot be a person's (engine.image.io): no age is trusted, whatever the tag says
        out.append(("age_stated", GateFinding(
            "age_unreadable", "The patient's age in the file cannot be right, so it cannot be checked.",
            f"{problem} The model is meant for patients aged {lo:g}-{hi:g}.")))
    elif raw_age and age is None:
        out.append(("age_stated", GateFinding(
            "age_unreadable", "The patient's age in the file cannot be read, so it cannot be checked.",
            f"PatientAge {raw_age!r}; the model is meant for patients aged {lo:g}-{hi:g}. Correct the age in the "
            "source system.")))
    elif age is not None and not lo <= age <= hi:  # a stated age outside the population: never relaxed
        out.append(("age_stated", GateFinding(
            "age_outside_population",
            f"The patient is {_age_words(age)}; the model is meant for children aged {lo:g}-{hi:g}.",
            f"PatientAge {raw_age}; trained on children aged {tlo:g}-{thi:g}.")))
    return out


def _age_words(years: float) -> str:
    if years < 1:
        months = round(years * 12)
        return f"{months} month{'s' if months != 1 else ''} old"
    return f"{years:.0f} years old"


def check_ood(score: float | None, cutoff: float | None) -> GateFinding | None:
    if score is None or cutoff is None:
        return None
    if not score <= cutoff:  # also catches NaN
        s, c = pair(score, cutoff)
        return GateFinding(
            "out_of_distribution", "The image does not look like the children's chest X-rays the model was trained on.",
            f"Out-of-distribution score {s}, cut-off {c}. It may be a lateral view, an adult's or another body part's "
            "radiograph, another kind of image, a photograph or a document.")
    return None


def check_adult(score: float | None, cutoff: float | None, stated_age: float | None = None) -> GateFinding | None:
    """The pixel age check (engine.checks.scope): relaxed together with the age tag check.

    The advice to relax the age check is given only where the file states no age: a stated adult age is its own
    reason (check_tags), and a stated child's age beside an adult-looking image asks for the image to be checked.
    """
    if score is None or cutoff is None:
        return None
    if not score < cutoff:
        s, c = pair(score, cutoff)
        detail = f"Adult-appearance score {s}, cut-off {c}."
        if stated_age is None:
            detail += (" The file states no age. If the patient is a child, the age check can be relaxed in Settings "
                       "for images with no recorded age, up to a stated age (recorded with the result).")
        elif stated_age < 18:
            detail += (f" The file says the patient is {_age_words(stated_age)}: check that the image belongs to this "
                       "patient.")
        return GateFinding("looks_adult", "It looks like an adult's radiograph; the model reads children's chest X-rays.",
                           detail)
    return None


def evaluate(metadata: Mapping[str, str], population: Mapping[str, Any] | None, ood_score: float | None,
             ood_cutoff: float | None, policy: GatePolicy | None = None, adult_score: float | None = None,
             adult_cutoff: float | None = None) -> tuple[list[GateFinding], list[str]]:
    """All findings that gate the image, and the names of relaxed checks that would have fired."""
    policy = policy or GatePolicy()
    findings: list[GateFinding] = []
    relaxed: list[str] = []
    tagged = check_tags(metadata, population)
    raw_age = str(metadata.get("PatientAge", "") or "").strip()
    problem = str(metadata.get("PatientAgeProblem", "") or "").strip()
    usable = None if problem else parse_age_years(raw_age)
    if usable is not None and usable > MAX_AGE_YEARS:
        usable = None
    adult = check_adult(adult_score, adult_cutoff, usable)
    if adult is not None:
        # relaxable only where the file records no age at all: a stated child's age beside an adult-looking image,
        # or an age that is there but unreadable, asks for the image to be checked against the patient
        tagged.append(("age" if not raw_age and not problem else "age_stated", adult))
    for name, finding in tagged:
        if name in policy.relaxed:
            scope = (f" (no age recorded, admitted as a child up to {policy.unknown_age_max:g} years)"
                     if name == "age" else "")
            relaxed.append(f"{name}:{finding.code}{scope}")
        else:
            findings.append(finding)
    ood = check_ood(ood_score, ood_cutoff)
    if ood is not None:
        findings.append(ood)
    return findings, relaxed
