"""How a result is said in words: one owner for the sentences of the app's result panel and of the report.

Plain words first, numbers after them.  A NORMAL result says what it means --
no pneumonia pattern found, other findings not assessed -- and no sentence
states a probability for the child on screen: the score ranks images against
the threshold, and how often a call is right at the clinic is said by PPV /
NPV from figures measured on images the operating point was not chosen on
(:meth:`engine.bundle.model_bundle.ModelBundle.operating_figures`).
"""

from __future__ import annotations

import math

from engine.decision.operating_point import OperatingFigures
from engine.runners.results import FAILED, INDETERMINATE, NORMAL, NOT_ASSESSED, PNEUMONIA, Prediction

NORMAL_MEANING = ("No pneumonia pattern found. Other findings (pneumothorax, effusion, a foreign body, a fracture…) "
                  "are not assessed.")
HEADLINE_WORDS = {PNEUMONIA: "PNEUMONIA", NORMAL: "NORMAL", INDETERMINATE: "Indeterminate \u2014 read carefully",
                  NOT_ASSESSED: "Not assessed", FAILED: "Could not be read"}
NO_PREVALENCE = ("How often a call is right depends on how common pneumonia is among the children you X-ray: set "
                 "your clinic's prevalence in Settings to see it.")


def format_score(p: float | None) -> str:
    """P(pneumonia) as a 0-100 score; never "0" or "100" (a model is never certain)."""
    if p is None:
        return ""
    if p >= 0.9995:
        return ">99.9"
    if p < 0.0005:
        return "<0.1"
    return f"{p * 100:.1f}" if p < 0.01 or p > 0.99 else f"{p * 100:.0f}"


def threshold_text(t: float | None) -> str:
    """A threshold on the one scale every screen and page uses: the 0-100 score."""
    return "" if t is None else f"{t * 100:.0f}"


def statement(pred: Prediction, band: tuple[float, float] | None = None) -> str:
    """What the result means, then its numbers, for an analysed image; the reasons for the others."""
    result = pred.result
    score, thr = format_score(pred.p_pneumonia), threshold_text(pred.threshold)
    if result == INDETERMINATE:
        lo, hi = band if band is not None else (pred.threshold or 0.0, pred.threshold or 0.0)
        return (f"No call: score {score} of 100 lies in the indeterminate band ({lo * 100:.0f}\u2013{hi * 100:.0f}) "
                "around the threshold, where the model is often wrong. Read the image carefully.")
    if result == PNEUMONIA:
        return f"Pneumonia pattern found: score {score} of 100, above the threshold {thr}."
    if result == NORMAL:
        return f"{NORMAL_MEANING} Score {score} of 100, below the threshold {thr}."
    if result == NOT_ASSESSED:
        return "No score: the input check withheld it."
    return ""


def _pct(v: float) -> str:
    """A share in whole percent; never "100 %" or "0 %" for a call (never certain)."""
    if v > 0.995:
        return "over 99 %"
    if v < 0.005:
        return "under 1 %"
    return f"{v:.0%}".replace("%", " %")


def prevalence_text(p: float) -> str:
    """A prevalence as set (0.1 % steps): "0.5 %", "20 %", "99.5 %" -- never rounded to 0 % or 100 %."""
    return f"{round(p * 100, 1):g} %"


def predictive_statement(result: str, figures: OperatingFigures | None, prevalence: float | None) -> str:
    """How often a PNEUMONIA (PPV) or NORMAL (NPV) call is right at the clinic's prevalence, with its range and
    where the figures were measured; empty for results that make no call."""
    if result not in (PNEUMONIA, NORMAL):
        return ""
    if figures is None:
        return ("This model records no sensitivity and specificity measured on images its threshold was not chosen "
                "on, so how often a call is right is not shown.")
    if prevalence is None:
        return NO_PREVALENCE
    pv = figures.predictive(prevalence)
    key, name = ("ppv", "PPV") if result == PNEUMONIA else ("npv", "NPV")
    ci = pv[f"{key}_ci"]
    if not math.isfinite(pv[key]) or (ci is not None and not all(math.isfinite(c) for c in ci)):
        return (f"How often a {result} call is right cannot be computed from the figures in force (sensitivity "
                f"{figures.sensitivity:.2f}, specificity {figures.specificity:.2f}).")
    rng = f"; 95 % range {_pct(ci[0])}\u2013{_pct(ci[1])}" if ci else ""
    f = figures

    def fig(v: float, c: tuple[float, float] | None) -> str:
        return f"{v:.2f}" + (f" ({c[0]:.2f}\u2013{c[1]:.2f})" if c else "")

    share = _pct(pv[key])
    share = share if share.startswith(("over", "under")) else f"about {share}"
    return (f"At a pneumonia prevalence of {prevalence_text(prevalence)}, {share} of {result} calls are "
            f"right ({name}{rng}). From sensitivity "
            f"{fig(f.sensitivity, f.sensitivity_ci)} and specificity {fig(f.specificity, f.specificity_ci)} measured "
            f"on {f.source}.")
