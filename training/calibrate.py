"""Operating point and calibration, fitted on the validation split only."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# The operating-point rules have one owner, shared with site calibration (numpy only, in the engine).
from engine.decision.operating_point import choose_threshold, fit_band, fit_platt, sigmoid  # noqa: F401


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
    (1 / slope) and its intercept the shift.  The engine's one Platt fit
    (:func:`engine.decision.operating_point.fit_platt`) does it, here without
    its pull towards the identity (``prior=0``: these logits are not calibrated
    yet) and with an open slope range: plain maximum likelihood, as
    scikit-learn's unpenalised logistic regression would give
    (``tests/training/test_calibrate.py`` holds the two equal).
    """
    z = np.asarray(logits, dtype=np.float64).ravel()
    y = np.asarray(labels).astype(int).ravel()
    a, b = fit_platt(z, y, prior=0.0, slope_range=(-1e6, 1e6))
    if a <= 0:
        raise ValueError("validation logits are anti-correlated with the labels: the model did not learn")
    return Calibration(temperature=1.0 / a, shift=b / a, method="Platt scaling on validation (temperature = 1/slope, "
                       "intercept folded into the head's last bias)")


def apply_calibration(logits: np.ndarray, cal: Calibration) -> np.ndarray:
    return sigmoid((np.asarray(logits, dtype=np.float64) + cal.shift) / cal.temperature)


def fit_heatmap_scale(cams: np.ndarray, labels: np.ndarray, percentile: float = 99.0) -> dict:
    """One colour scale for every heatmap: the ``percentile`` of the raw Grad-CAM values of the validation
    PNEUMONIA images.  A map is shown as ``clip(cam / scale, 0, 1)`` (engine.image.heatmap.scale_cam), so full
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
