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
from engine.product import QT_TRANSLATE_NOOP, Translate, fill, translate_filled

#: The gate's sentences, as templates: results store them filled in English (the CSV and the audit log stay
#: English); :func:`translate_reasons` says a stored sentence in the app's language.
CONTEXT = "Gate"
_MODALITY = QT_TRANSLATE_NOOP("Gate", "This is a %1 image, not a plain chest X-ray.")
_MODALITY_DETAIL = QT_TRANSLATE_NOOP("Gate", "Modality %1; the model reads %2 radiographs only.")
_BODY = QT_TRANSLATE_NOOP("Gate", "The file says the body part is %1, not the chest.")
_BODY_DETAIL = QT_TRANSLATE_NOOP("Gate", "BodyPartExamined %1; the model reads chest X-rays only.")
_LATERAL = QT_TRANSLATE_NOOP("Gate", "This is a lateral view; the model reads frontal (AP/PA) chest X-rays only.")
_VIEW = QT_TRANSLATE_NOOP("Gate", "The view is %1; the model reads frontal (AP/PA) chest X-rays only.")
_VIEW_DETAIL = QT_TRANSLATE_NOOP("Gate", "ViewPosition %1.")
_LATERAL_SAID = QT_TRANSLATE_NOOP("Gate", "The file says this is a lateral view; the model reads frontal (AP/PA) "
                                  "chest X-rays only.")
_TAG_DETAIL = QT_TRANSLATE_NOOP("Gate", "%1: %2.")
_OVER_AGE = QT_TRANSLATE_NOOP("Gate", "The stated age (%1) is over %2 years.")
_AGE_WRONG = QT_TRANSLATE_NOOP("Gate", "The patient's age in the file cannot be right, so it cannot be checked.")
_AGE_WRONG_DETAIL = QT_TRANSLATE_NOOP("Gate", "%1 The model is meant for patients aged %2-%3.")
_AGE_UNREAD = QT_TRANSLATE_NOOP("Gate", "The patient's age in the file cannot be read, so it cannot be checked.")
_AGE_UNREAD_DETAIL = QT_TRANSLATE_NOOP("Gate", "PatientAge %1; the model is meant for patients aged %2-%3. Correct "
                                       "the age in the source system.")
_AGE_OUT = QT_TRANSLATE_NOOP("Gate", "The patient is %1; the model is meant for children aged %2-%3.")
_AGE_OUT_DETAIL = QT_TRANSLATE_NOOP("Gate", "PatientAge %1; trained on children aged %2-%3.")
_MONTH, _MONTHS = QT_TRANSLATE_NOOP("Gate", "%1 month old"), QT_TRANSLATE_NOOP("Gate", "%1 months old")
_YEARS = QT_TRANSLATE_NOOP("Gate", "%1 years old")
_OOD = QT_TRANSLATE_NOOP("Gate", "The image does not look like the children's chest X-rays the model was trained on.")
_OOD_DETAIL = QT_TRANSLATE_NOOP("Gate", "Out-of-distribution score %1, cut-off %2. It may be a lateral view, an "
                                "adult's or another body part's radiograph, another kind of image, a photograph or a "
                                "document.")
_ADULT = QT_TRANSLATE_NOOP("Gate", "It looks like an adult's radiograph; the model reads children's chest X-rays.")
_ADULT_DETAIL = QT_TRANSLATE_NOOP("Gate", "Adult-appearance score %1, cut-off %2.")
_ADULT_NO_AGE = QT_TRANSLATE_NOOP("Gate", "The file states no age. If the patient is a child, the age check can be "
                                  "relaxed in Settings for images with no recorded age, up to a stated age (recorded "
                                  "with the result).")
_ADULT_CHILD_AGE = QT_TRANSLATE_NOOP("Gate", "The file says the patient is %1: check that the image belongs to this "
                                     "patient.")
_RELAXED_AGE = QT_TRANSLATE_NOOP("Gate", "age: images with no recorded age assessed as children up to %1 years "
                                 "(adult-appearance check skipped for them)")
_RELAXED = QT_TRANSLATE_NOOP("Gate", "%1 check relaxed")
TEXTS = (_MODALITY, _MODALITY_DETAIL, _BODY, _BODY_DETAIL, _LATERAL, _VIEW, _VIEW_DETAIL, _LATERAL_SAID, _OVER_AGE,
         _AGE_WRONG, _AGE_WRONG_DETAIL, _AGE_UNREAD, _AGE_UNREAD_DETAIL, _AGE_OUT, _AGE_OUT_DETAIL, _MONTH, _MONTHS,
         _YEARS, _OOD, _OOD_DETAIL, _ADULT, _ADULT_DETAIL, _ADULT_NO_AGE, _ADULT_CHILD_AGE, _RELAXED_AGE, _RELAXED,
         _TAG_DETAIL)


def translate_reasons(text: str, tr: Translate) -> str:
    """A gate sentence (or several, one per line) as stored with a result, in ``tr``'s language; a text that is
    not the gate's is returned as it is."""
    return "\n".join(translate_filled(line, CONTEXT, TEXTS, tr) for line in text.split("\n"))


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
                out.append(fill(_RELAXED_AGE, f"{self.unknown_age_max:g}"))
            else:
                out.append(fill(_RELAXED, name))
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
            "modality_not_radiograph", fill(_MODALITY, modality),
            fill(_MODALITY_DETAIL, modality, allowed))))
    body = str(metadata.get("BodyPartExamined", "")).strip().upper()
    if body and body not in {b.upper() for b in pop["body_parts"]}:
        out.append(("body_part", GateFinding(
            "body_part_not_chest", fill(_BODY, body), fill(_BODY_DETAIL, body))))
    view = str(metadata.get("ViewPosition", "")).strip().upper()
    frontal = {v.upper() for v in pop["views"]}
    if view and (view in LATERAL_VIEWS or view not in frontal):
        out.append(("view", GateFinding(
            "view_not_frontal", _LATERAL if view in LATERAL_VIEWS else fill(_VIEW, view), fill(_VIEW_DETAIL, view))))
    elif view not in frontal:
        # no ViewPosition saying AP/PA: descriptions and the coded view may still say "lateral"
        for key in ("ViewCodeMeaning", "SeriesDescription", "ProtocolName"):
            text = str(metadata.get(key, "")).upper()
            if LATERAL_HINT.search(text):
                out.append(("view", GateFinding(
                    "view_not_frontal", _LATERAL_SAID, fill(_TAG_DETAIL, key, str(metadata.get(key))))))
                break
    raw_age = str(metadata.get("PatientAge", "") or "").strip()
    age = parse_age_years(raw_age)
    lo, hi = (float(x) for x in pop["age_years"])
    tlo, thi = (float(x) for x in pop.get("trained_age_years", pop["age_years"]))
    problem = str(metadata.get("PatientAgeProblem", "") or "").strip()
    if not problem and age is not None and age > MAX_AGE_YEARS:
        problem = fill(_OVER_AGE, raw_age, str(MAX_AGE_YEARS))
    # an age the file records but that cannot be read or cannot be right is not "no recorded age": the relaxation
    # for images with no age never covers it (a 62-year-old with a garbled birth date is still a 62-year-old)
    if problem:  # dates or an age that cannot be a person's (engine.image.io): no age is trusted, whatever the tag says
        out.append(("age_stated", GateFinding(
            "age_unreadable", _AGE_WRONG, fill(_AGE_WRONG_DETAIL, problem, f"{lo:g}", f"{hi:g}"))))
    elif raw_age and age is None:
        out.append(("age_stated", GateFinding(
            "age_unreadable", _AGE_UNREAD, fill(_AGE_UNREAD_DETAIL, repr(raw_age), f"{lo:g}", f"{hi:g}"))))
    elif age is not None and not lo <= age <= hi:  # a stated age outside the population: never relaxed
        out.append(("age_stated", GateFinding(
            "age_outside_population",
            fill(_AGE_OUT, _age_words(age), f"{lo:g}", f"{hi:g}"), fill(_AGE_OUT_DETAIL, raw_age, f"{tlo:g}", f"{thi:g}"))))
    return out


def _age_words(years: float) -> str:
    if years < 1:
        months = round(years * 12)
        return fill(_MONTH if months == 1 else _MONTHS, str(months))
    return fill(_YEARS, f"{years:.0f}")


def check_ood(score: float | None, cutoff: float | None) -> GateFinding | None:
    if score is None or cutoff is None:
        return None
    if not score <= cutoff:  # also catches NaN
        s, c = pair(score, cutoff)
        return GateFinding(
            "out_of_distribution", _OOD, fill(_OOD_DETAIL, s, c))
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
        detail = fill(_ADULT_DETAIL, s, c)
        if stated_age is None:
            detail += " " + _ADULT_NO_AGE
        elif stated_age < 18:
            detail += " " + fill(_ADULT_CHILD_AGE, _age_words(stated_age))
        return GateFinding("looks_adult", _ADULT, detail)
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
