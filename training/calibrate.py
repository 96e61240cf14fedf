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
