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
from engine.product import (  # the engine's one marker of texts the app translates
    QT_TRANSLATE_NOOP,
    Translate,
    fill,
    number,
)
from engine.product import english as _english
from engine.runners.results import FAILED, INDETERMINATE, NORMAL, NOT_ASSESSED, PNEUMONIA, Prediction

CONTEXT = "Wording"


NORMAL_MEANING = QT_TRANSLATE_NOOP("Wording", "No pneumonia pattern found. Other findings (pneumothorax, effusion, "
                                   "a foreign body, a fracture\u2026) are not assessed.")
HEADLINE_WORDS = {PNEUMONIA: QT_TRANSLATE_NOOP("Wording", "PNEUMONIA"), NORMAL: QT_TRANSLATE_NOOP("Wording", "NORMAL"),
                  INDETERMINATE: QT_TRANSLATE_NOOP("Wording", "Indeterminate \u2014 read carefully"),
                  NOT_ASSESSED: QT_TRANSLATE_NOOP("Wording", "Not assessed"),
                  FAILED: QT_TRANSLATE_NOOP("Wording", "Could not be read")}
#: The clinician's reading and verdict words (engine.records.readings) as screens and the report say them.
READING_WORDS = {"NORMAL": QT_TRANSLATE_NOOP("Wording", "NORMAL"), "PNEUMONIA": QT_TRANSLATE_NOOP("Wording", "PNEUMONIA"),
                 "UNSURE": QT_TRANSLATE_NOOP("Wording", "Unsure")}
VERDICT_WORDS = {"agree": QT_TRANSLATE_NOOP("Wording", "agree"), "disagree": QT_TRANSLATE_NOOP("Wording", "disagree"),
                 "resolved": QT_TRANSLATE_NOOP("Wording", "resolved indeterminate"),
                 "unsure": QT_TRANSLATE_NOOP("Wording", "unsure")}
NO_PREVALENCE = QT_TRANSLATE_NOOP("Wording", "How often a call is right depends on how common pneumonia is among the "
                                  "children you X-ray: set your clinic's prevalence in Settings to see it.")
_INDETERMINATE = QT_TRANSLATE_NOOP("Wording", "No call: score %1 of 100 lies in the indeterminate band (%2\u2013%3) "
                                   "around the threshold, where the model is often wrong. Read the image carefully.")
_PNEUMONIA = QT_TRANSLATE_NOOP("Wording", "Pneumonia pattern found: score %1 of 100, above the threshold %2.")
_NORMAL = QT_TRANSLATE_NOOP("Wording", "%1 Score %2 of 100, below the threshold %3.")
_NOT_ASSESSED = QT_TRANSLATE_NOOP("Wording", "No score: the input check withheld it.")
_NO_FIGURES = QT_TRANSLATE_NOOP("Wording", "This model records no sensitivity and specificity measured on images its "
                                "threshold was not chosen on, so how often a call is right is not shown.")
_UNCOMPUTABLE = QT_TRANSLATE_NOOP("Wording", "How often a %1 call is right cannot be computed from the figures in "
                                  "force (sensitivity %2, specificity %3).")
_PREDICTIVE = QT_TRANSLATE_NOOP("Wording", "At a pneumonia prevalence of %1, %2 of %3 calls are right (%4%5). From "
                                "sensitivity %6 and specificity %7 measured on %8.")
_RANGE = QT_TRANSLATE_NOOP("Wording", "; 95 % range %1\u2013%2")
_OVER = QT_TRANSLATE_NOOP("Wording", "over 99 %")
_UNDER = QT_TRANSLATE_NOOP("Wording", "under 1 %")
_ABOUT = QT_TRANSLATE_NOOP("Wording", "about %1")
_PPV, _NPV = QT_TRANSLATE_NOOP("Wording", "PPV"), QT_TRANSLATE_NOOP("Wording", "NPV")


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


def statement(pred: Prediction, band: tuple[float, float] | None = None, tr: Translate = _english) -> str:
    """What the result means, then its numbers, for an analysed image; the reasons for the others."""
    result = pred.result
    score, thr = number(tr, format_score(pred.p_pneumonia)), threshold_text(pred.threshold)
    if result == INDETERMINATE:
        lo, hi = band if band is not None else (pred.threshold or 0.0, pred.threshold or 0.0)
        return fill(tr(CONTEXT, _INDETERMINATE), score, f"{lo * 100:.0f}", f"{hi * 100:.0f}")
    if result == PNEUMONIA:
        return fill(tr(CONTEXT, _PNEUMONIA), score, thr)
    if result == NORMAL:
        return fill(tr(CONTEXT, _NORMAL), tr(CONTEXT, NORMAL_MEANING), score, thr)
    if result == NOT_ASSESSED:
        return tr(CONTEXT, _NOT_ASSESSED)
    return ""


def _pct(v: float, tr: Translate = _english) -> str:
    """A share in whole percent; never "100 %" or "0 %" for a call (never certain)."""
    if v > 0.995:
        return tr(CONTEXT, _OVER)
    if v < 0.005:
        return tr(CONTEXT, _UNDER)
    return f"{v:.0%}".replace("%", " %")


def prevalence_text(p: float, tr: Translate = _english) -> str:
    """A prevalence as set (0.1 % steps): "0.5 %", "20 %", "99.5 %" -- never rounded to 0 % or 100 %."""
    return number(tr, f"{round(p * 100, 1):g} %")


def predictive_statement(result: str, figures: OperatingFigures | None, prevalence: float | None,
                         tr: Translate = _english) -> str:
    """How often a PNEUMONIA (PPV) or NORMAL (NPV) call is right at the clinic's prevalence, with its range and
    where the figures were measured; empty for results that make no call."""
    if result not in (PNEUMONIA, NORMAL):
        return ""
    if figures is None:
        return tr(CONTEXT, _NO_FIGURES)
    if prevalence is None:
        return tr(CONTEXT, NO_PREVALENCE)
    pv = figures.predictive(prevalence)
    key, name = ("ppv", _PPV) if result == PNEUMONIA else ("npv", _NPV)
    call = tr(CONTEXT, HEADLINE_WORDS[result])
    ci = pv[f"{key}_ci"]
    if not math.isfinite(pv[key]) or (ci is not None and not all(math.isfinite(c) for c in ci)):
        return fill(tr(CONTEXT, _UNCOMPUTABLE), call, number(tr, f"{figures.sensitivity:.2f}"),
                    number(tr, f"{figures.specificity:.2f}"))
    rng = fill(tr(CONTEXT, _RANGE), _pct(ci[0], tr), _pct(ci[1], tr)) if ci else ""
    f = figures

    def fig(v: float, c: tuple[float, float] | None) -> str:
        return number(tr, f"{v:.2f}" + (f" ({c[0]:.2f}\u2013{c[1]:.2f})" if c else ""))

    share = _pct(pv[key], tr)
    share = share if pv[key] > 0.995 or pv[key] < 0.005 else fill(tr(CONTEXT, _ABOUT), share)
    return fill(tr(CONTEXT, _PREDICTIVE), prevalence_text(prevalence, tr), share, call, tr(CONTEXT, name), rng,
                fig(f.sensitivity, f.sensitivity_ci), fig(f.specificity, f.specificity_ci), f.source)
