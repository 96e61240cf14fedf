"""Out-of-distribution score from the model's own pooled features.

A Gaussian fitted to the pooled DenseNet features of the training images
(Ledoit-Wolf shrunk covariance, from scikit-learn at training time); the score
is the Mahalanobis distance to it (Lee et al. 2018).  The cut-off is a quantile
of the validation images' distances, so a stated share of in-distribution
images passes.  Numpy only at inference: the CPU build has no torch and no
scikit-learn.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

OOD_FILE = "ood.safetensors"


@dataclass(frozen=True)
class OodModel:
    mean: np.ndarray  # (C,)
    precision: np.ndarray  # (C, C)
    cutoff: float

    def score(self, features: np.ndarray) -> np.ndarray:
        """Mahalanobis distance of each row of ``features`` (N, C) or of one vector (C,)."""
        x = np.atleast_2d(np.asarray(features, dtype=np.float64)) - self.mean
        d2 = np.einsum("nc,cd,nd->n", x, self.precision, x)
        out = np.sqrt(np.maximum(d2, 0.0))
        return out if np.ndim(features) > 1 else out[:1]

    def save(self, path: str | Path) -> None:
        from safetensors.numpy import save_file

        save_file({"mean": self.mean.astype(np.float32), "precision": self.precision.astype(np.float32)}, str(path),
                  metadata={"cutoff": repr(float(self.cutoff))})

    @classmethod
    def load(cls, path: str | Path, cutoff: float) -> "OodModel":
        from safetensors.numpy import load_file

        t = load_file(str(path))
        return cls(mean=t["mean"].astype(np.float64), precision=t["precision"].astype(np.float64), cutoff=float(cutoff))


def fit_ood(train_features: np.ndarray, val_features: np.ndarray, pass_rate: float = 0.99) -> tuple[OodModel, dict]:
    """Fit on training features; choose the cut-off so ``pass_rate`` of validation images pass."""
    from sklearn.covariance import LedoitWolf

    lw = LedoitWolf().fit(np.asarray(train_features, dtype=np.float64))
    model = OodModel(mean=lw.location_, precision=lw.precision_, cutoff=float("inf"))
    val = model.score(val_features)
    # a hair above the quantile so that at least pass_rate pass (ties, interpolation)
    cutoff = float(np.quantile(val, pass_rate, method="higher")) * 1.0001
    model = OodModel(mean=model.mean, precision=model.precision, cutoff=cutoff)
    info = {
        "method": "Mahalanobis distance of the pooled last-block features to a Ledoit-Wolf Gaussian of the training images",
        "cutoff": cutoff,
        "target_validation_pass_rate": pass_rate,
        "validation_pass_rate": float(np.mean(val <= cutoff)),
        "train_images": int(len(train_features)),
        "validation_images": int(len(val_features)),
        "shrinkage": float(lw.shrinkage_),
    }
    return model, info
