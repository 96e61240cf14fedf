"""Operating point and calibration, fitted on the validation split only."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Calibration:
    """``P = sigmoid((logit + shift) / temperature)``.

    The shift is folded into the head's last bias when the bundle is written,
    so the engine computes ``sigmoid(logit / temperature)``.
    """

    temperature: float
    shift: float
    method: str


def fit_calibration(logits: np.ndarray, labels: np.ndarray) -> Calibration:
    """Platt scaling (a logistic regression on the logit) on validation.

    A temperature alone cannot undo the constant offset that class weighting
    (``pos_weight``) puts on the logits; Platt's slope gives the temperature
    (1 / slope) and its intercept the shift.  scikit-learn fits it; the
    penalty is negligible (C = 1e6).
    """
    from sklearn.linear_model import LogisticRegression

    z = np.asarray(logits, dtype=np.float64).reshape(-1, 1)
    y = np.asarray(labels).astype(int)
    lr = LogisticRegression(C=1e6, solver="lbfgs", max_iter=1000).fit(z, y)
    a, b = float(lr.coef_[0, 0]), float(lr.intercept_[0])
    if a <= 0:
        raise ValueError("validation logits are anti-correlated with the labels: the model did not learn")
    return Calibration(temperature=1.0 / a, shift=b / a, method="Platt scaling on validation (temperature = 1/slope, "
                       "intercept folded into the head's last bias)")


def apply_calibration(logits: np.ndarray, cal: Calibration) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(np.asarray(logits, dtype=np.float64) + cal.shift) / cal.temperature))


def choose_threshold(probs: np.ndarray, labels: np.ndarray, min_sensitivity: float = 0.95) -> tuple[float, dict]:
    """Highest specificity with sensitivity >= ``min_sensitivity`` (ties: the highest threshold).

    Returns the threshold on the calibrated probability and the validation
    sensitivity/specificity it gives.
    """
    from sklearn.metrics import roc_curve

    fpr, tpr, thr = roc_curve(labels, probs)
    ok = (tpr >= min_sensitivity) & np.isfinite(thr)
    if not ok.any():
        raise ValueError(f"no threshold reaches sensitivity {min_sensitivity} on validation")
    best_fpr = fpr[ok].min()
    cand = np.where(ok & (fpr == best_fpr))[0]
    i = cand[np.argmax(thr[cand])]
    t = float(np.clip(thr[i], 1e-6, 1 - 1e-6))
    return t, {"val_sensitivity": float(tpr[i]), "val_specificity": float(1 - fpr[i])}


def fit_heatmap_scale(cams: np.ndarray, labels: np.ndarray, percentile: float = 99.0) -> dict:
    """One colour scale for every heatmap: the ``percentile`` of the raw Grad-CAM values of the validation
    PNEUMONIA images.  A map is shown as ``clip(cam / scale, 0, 1)`` (engine.heatmap.scale_cam), so full
    colour means as much evidence as the strongest 1 % of pneumonia evidence on validation, and a map
    with little evidence fades out instead of being stretched to its own peak."""
    c = np.maximum(np.asarray(cams, dtype=np.float64), 0.0)
    y = np.asarray(labels).astype(int)
    pos = c[y == 1].ravel()
    if pos.size == 0 or not np.isfinite(pos).all() or pos.max() <= 0:
        raise ValueError("no positive Grad-CAM evidence on the validation pneumonia images")
    scale = float(np.percentile(pos, percentile))
    neg = c[y == 0]
    return {"scale": scale, "rule": f"{percentile:g}th percentile of the raw Grad-CAM values of the validation "
            "PNEUMONIA images; shown as clip(cam / scale, 0, 1) on every image",
            "val_pneumonia_images": int((y == 1).sum()),
            "val_mean_peak_pneumonia": float(np.mean(np.clip(c[y == 1].reshape((y == 1).sum(), -1).max(1) / scale, 0, 1))),
            "val_mean_peak_normal": float(np.mean(np.clip(neg.reshape(len(neg), -1).max(1) / scale, 0, 1)))
            if len(neg) else None}


def fit_band(probs: np.ndarray, labels: np.ndarray, threshold: float, max_miss: float = 0.02) -> dict:
    """Indeterminate band around ``threshold``, fitted on validation.

    ``low`` is the highest score below which at most ``max_miss`` of the
    validation PNEUMONIA images fall (a NORMAL label misses at most that share of
    pneumonia); ``high`` is the lowest score above which at most ``max_miss`` of
    the validation NORMAL images lie (a PNEUMONIA label is wrong for at most that
    share of normals).  Scores in ``[low, high)`` are shown as "indeterminate".
    The band always contains the threshold, so it never flips a label.
    """
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(labels).astype(int)
    pos, neg = np.sort(p[y == 1]), np.sort(p[y == 0])
    if len(pos) == 0 or len(neg) == 0:
        raise ValueError("the band needs both classes on validation")
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
