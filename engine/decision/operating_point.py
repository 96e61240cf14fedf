"""The operating-point rules, fitted on labelled images: numpy only (the CPU build has no scikit-learn).

One owner for each rule, used by training (fitting a bundle on validation) and
by site calibration (refitting on a clinic's confirmed images):

* :func:`fit_platt` -- probability calibration: a logistic regression of the
  label on one score, by Newton's method (two parameters; scikit-learn is not
  shipped, and a 2x2 Newton step is all it would do);
* :func:`choose_threshold` -- the highest specificity with sensitivity >= a
  minimum (ties: the highest threshold);
* :func:`fit_band` -- the indeterminate band around the threshold;
* :func:`operating_metrics` / :func:`bootstrap_ci` -- sensitivity, specificity,
  accuracy with percentile-bootstrap 95 % intervals.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np


def sigmoid(z: np.typing.ArrayLike) -> np.ndarray:
    """The logistic function, the one the engine and training use: bundle scores, site profiles, Platt fits."""
    z = np.clip(np.asarray(z, dtype=np.float64), -700.0, 700.0)  # exp() overflows beyond; P is 0 or 1 there anyway
    return 1.0 / (1.0 + np.exp(-z))


def fit_platt(scores: np.ndarray, labels: np.ndarray, iterations: int = 100, prior: float = 1.0,
              slope_range: tuple[float, float] = (0.2, 5.0)) -> tuple[float, float]:
    """``(a, b)`` of ``P = sigmoid(a * score + b)`` (Platt scaling), by Newton's method.

    ``scores`` are log-odds that are already calibrated somewhere else (the bundle's), so the fit is pulled
    towards the identity ``(a, b) = (1, 0)`` by a Gaussian prior of weight ``prior``: a small, separable
    sample (a clinic's first 60 images often are) then moves the calibration instead of sending ``a`` to
    infinity, and a large sample overrides the prior.  The slope is also kept in ``slope_range``: a
    recalibration of calibrated log-odds that needs more is a sign of too few images, and an unbounded
    slope would saturate every probability at 0 or 1 (and with it the threshold).
    """
    x = np.asarray(scores, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    if len(np.unique(y)) < 2:
        raise ValueError("Platt scaling needs both classes")
    a, b = 1.0, 0.0
    for _ in range(iterations * 4):  # damped steps: more of them
        p = sigmoid(a * x + b)
        w = np.clip(p * (1 - p), 1e-12, None)
        g = np.array([np.sum((p - y) * x) + prior * (a - 1.0), np.sum(p - y) + prior * b])
        h = np.array([[np.sum(w * x * x) + prior, np.sum(w * x)], [np.sum(w * x), np.sum(w) + prior]])
        step = np.linalg.solve(h, g)
        step *= min(1.0, 1.0 / max(float(np.max(np.abs(step))), 1e-12))  # damped: at most 1 per iteration
        a_new = float(np.clip(a - step[0], *slope_range))
        if a_new != a - step[0]:  # the slope is at its bound: a (damped) Newton step for the intercept alone
            db = g[1] / h[1, 1]
            step = np.array([a - a_new, float(np.clip(db, -1.0, 1.0))])
        a, b = a_new, b - step[1]
        if np.max(np.abs(step)) < 1e-10:
            break
    if not (math.isfinite(a) and math.isfinite(b)):
        raise ValueError("Platt scaling did not converge")
    return float(a), float(b)


def choose_threshold(probs: np.ndarray, labels: np.ndarray, min_sensitivity: float = 0.95) -> tuple[float, dict]:
    """Highest specificity with sensitivity >= ``min_sensitivity`` (ties: the highest threshold), over every
    observed score as a candidate threshold (a score >= threshold is called PNEUMONIA)."""
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(labels).astype(int)
    pos, neg = np.sort(p[y == 1]), np.sort(p[y == 0])
    if len(pos) == 0 or len(neg) == 0:
        raise ValueError("choosing a threshold needs both classes")
    cands = np.unique(p)[::-1]  # descending
    tpr = 1.0 - np.searchsorted(pos, cands, side="left") / len(pos)
    fpr = 1.0 - np.searchsorted(neg, cands, side="left") / len(neg)
    ok = tpr >= min_sensitivity
    if not ok.any():
        raise ValueError(f"no threshold reaches sensitivity {min_sensitivity}")
    best = fpr[ok].min()
    i = int(np.flatnonzero(ok & (fpr == best))[0])  # the first (highest) threshold with that specificity
    t = float(np.clip(cands[i], 1e-6, 1 - 1e-6))
    return t, {"val_sensitivity": float(tpr[i]), "val_specificity": float(1 - fpr[i])}


def fit_band(probs: np.ndarray, labels: np.ndarray, threshold: float, max_miss: float = 0.02) -> dict:
    """Indeterminate band around ``threshold``.

    ``low`` is the highest score below which at most ``max_miss`` of the
    PNEUMONIA images fall (a NORMAL label misses at most that share of
    pneumonia); ``high`` is the lowest score above which at most ``max_miss`` of
    the NORMAL images lie.  Scores in ``[low, high)`` are "indeterminate".  The
    band always contains the threshold, so it never flips a label.
    """
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(labels).astype(int)
    pos, neg = np.sort(p[y == 1]), np.sort(p[y == 0])
    if len(pos) == 0 or len(neg) == 0:
        raise ValueError("the band needs both classes")
    # quantiles with the "lower"/"higher" methods give actual observed scores, so the rates hold exactly
    low = float(np.quantile(pos, max_miss, method="lower"))
    high = float(np.quantile(neg, 1.0 - max_miss, method="higher"))
    low, high = min(low, threshold), max(high, threshold)
    high = float(np.nextafter(high, 2.0))  # [low, high): the normal at the quantile itself is inside the band
    inside = (p >= low) & (p < high)
    below, above = p < low, p >= high
    return {
        "low": low, "high": min(high, 1.0),
        "rule": (f"scores in [low, high) are indeterminate: below low at most {max_miss:.0%} of validation pneumonia, "
                 f"at or above high at most {max_miss:.0%} of validation normals"),
        "max_error_rate": max_miss,
        "val_fraction_in_band": float(inside.mean()),
        "val_pneumonia_below_low": float((below & (y == 1)).sum() / max(1, (y == 1).sum())),
        "val_normal_above_high": float((above & (y == 0)).sum() / max(1, (y == 0).sum())),
        "val_error_outside_band": float(((below & (y == 1)) | (above & (y == 0))).sum() / max(1, (~inside).sum())),
    }


def operating_metrics(probs: np.ndarray, labels: np.ndarray, threshold: float) -> dict[str, float]:
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(labels).astype(int)
    called = p >= threshold
    tp, fn = int(np.sum(called & (y == 1))), int(np.sum(~called & (y == 1)))
    tn, fp = int(np.sum(~called & (y == 0))), int(np.sum(called & (y == 0)))
    return {"sensitivity": tp / (tp + fn) if tp + fn else float("nan"),
            "specificity": tn / (tn + fp) if tn + fp else float("nan"),
            "accuracy": (tp + tn) / len(y) if len(y) else float("nan")}


def bootstrap_ci(probs: np.ndarray, labels: np.ndarray, threshold: float, n: int = 1000, seed: int = 0
                 ) -> dict[str, dict[str, Any]]:
    """Point values and percentile-bootstrap 95 % intervals (images resampled with replacement)."""
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(labels).astype(int)
    point = operating_metrics(p, y, threshold)
    rng = np.random.default_rng(seed)
    draws: dict[str, list[float]] = {k: [] for k in point}
    for _ in range(n):
        idx = rng.integers(0, len(y), len(y))
        for k, v in operating_metrics(p[idx], y[idx], threshold).items():
            if math.isfinite(v):
                draws[k].append(v)
    return {k: {"value": float(point[k]) if math.isfinite(point[k]) else None,
                "ci95": [float(np.percentile(d, 2.5)), float(np.percentile(d, 97.5))] if d else None}
            for k, d in draws.items()}


@dataclass(frozen=True)
class OperatingFigures:
    """Sensitivity and specificity of an operating point, measured on images it was *not* chosen on, with
    their 95 % intervals, the number of images of each class, and where they were measured (plain words)."""

    sensitivity: float
    specificity: float
    sensitivity_ci: tuple[float, float] | None
    specificity_ci: tuple[float, float] | None
    n_pneumonia: int
    n_normal: int
    source: str

    def predictive(self, prevalence: float) -> dict[str, Any]:
        """PPV and NPV at ``prevalence``, each with the range the intervals of sensitivity and specificity
        give (PPV and NPV rise with both, so the interval ends map to the range's ends)."""
        ppv, npv = predictive_values(self.sensitivity, self.specificity, prevalence)
        out: dict[str, Any] = {"ppv": ppv, "npv": npv, "ppv_ci": None, "npv_ci": None}
        if self.sensitivity_ci is not None and self.specificity_ci is not None:
            lo = predictive_values(self.sensitivity_ci[0], self.specificity_ci[0], prevalence)
            hi = predictive_values(self.sensitivity_ci[1], self.specificity_ci[1], prevalence)
            out["ppv_ci"], out["npv_ci"] = (lo[0], hi[0]), (lo[1], hi[1])
        return out


def wilson_interval(p: float, n: int, z: float = 1.959964) -> tuple[float, float]:
    """The Wilson score 95 % interval of a proportion ``p`` observed on ``n`` images: never (1, 1) for 30 of 30."""
    if n <= 0:
        return 0.0, 1.0
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def figures_from_metrics(metrics: Any, n_pneumonia: int, n_normal: int, source: str) -> OperatingFigures | None:
    """:class:`OperatingFigures` from a ``{"sensitivity": {"value", "ci95"}, "specificity": {...}}`` block, or None
    where it is missing or malformed (then no PPV / NPV is shown rather than a made-up one).

    Each interval is widened to cover at least the Wilson interval of its proportion on the images it was measured
    on: a resampling interval collapses to a point when every image was called right (a perfect fit on 30 normals
    gave specificity 1.00 (1.00-1.00), and a PPV ">99 %" that 30 images cannot support)."""
    def one(key: str, n: int) -> tuple[float, tuple[float, float] | None] | None:
        m = metrics.get(key) if isinstance(metrics, Mapping) else None
        if not isinstance(m, Mapping) or not _unit(m.get("value")):
            return None
        v, ci = float(m["value"]), m.get("ci95")
        lo, hi = wilson_interval(v, n)
        if isinstance(ci, (list, tuple)) and len(ci) == 2 and all(_unit(c) for c in ci) and ci[0] <= v <= ci[1]:
            lo, hi = min(lo, float(ci[0])), max(hi, float(ci[1]))
        return v, (lo, hi)

    if not (isinstance(n_pneumonia, int) and isinstance(n_normal, int)):
        return None
    sens, spec = one("sensitivity", n_pneumonia), one("specificity", n_normal)
    if sens is None or spec is None or n_pneumonia < 1 or n_normal < 1:
        return None
    return OperatingFigures(sens[0], spec[0], sens[1], spec[1], int(n_pneumonia), int(n_normal), source)


def _unit(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and 0.0 <= v <= 1.0


def predictive_values(sensitivity: float, specificity: float, prevalence: float) -> tuple[float, float]:
    """``(PPV, NPV)`` at a prevalence (Bayes' rule)."""
    tp = sensitivity * prevalence
    fp = (1 - specificity) * (1 - prevalence)
    fn = (1 - sensitivity) * prevalence
    tn = specificity * (1 - prevalence)
    return (tp / (tp + fp) if tp + fp > 0 else float("nan"), tn / (tn + fn) if tn + fn > 0 else float("nan"))
