"""The pixel scope check: does this radiograph look like an adult's?

Most clinic exports are PNG/JPEG without DICOM tags, so the age tag check
cannot fire.  This check reads the model's own pooled features (no extra
network pass): a logistic regression, fitted at training time
(``training.fit_checks``) on the training images (in scope) against permissively
licensed adult frontal chest radiographs (out of scope), scores how adult an
image looks.  The cut-off is chosen so that a stated share of the validation
images passes.  Relaxing the age check in Settings relaxes this check too.

Numpy only: the CPU build has no scikit-learn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SCOPE_FILE = "scope.safetensors"


@dataclass(frozen=True)
class ScopeModel:
    mean: np.ndarray  # (C,) feature standardisation
    scale: np.ndarray  # (C,)
    coef: np.ndarray  # (C,) on standardised features
    intercept: float
    cutoff: float  # on the log-odds of "adult"
    #: the graph outputs it reads, concatenated in this order (bundle.json ``scope.inputs``)
    inputs: tuple[str, ...] = ("pooled",)

    def score(self, features: Mapping[str, np.ndarray] | np.ndarray) -> np.ndarray:
        """Log-odds that each image is an adult radiograph: ``features`` maps each graph output to its (N, C)
        batch (or is the one (N, C) array when the check reads one output)."""
        if isinstance(features, Mapping):
            features = stack_inputs(features, self.inputs)
        x = (np.atleast_2d(np.asarray(features, dtype=np.float32)) - self.mean) / self.scale
        return (x @ self.coef + self.intercept).astype(np.float64)

    def save(self, path: str | Path) -> None:
        from safetensors.numpy import save_file

        save_file({"mean": self.mean.astype(np.float32), "scale": self.scale.astype(np.float32),
                   "coef": self.coef.astype(np.float32), "intercept": np.array([self.intercept], dtype=np.float64)},
                  str(path), metadata={"cutoff": repr(float(self.cutoff))})

    @classmethod
    def load(cls, path: str | Path, cutoff: float, inputs: tuple[str, ...] = ("pooled",)) -> ScopeModel:
        from safetensors.numpy import load_file

        t = load_file(str(path))
        return cls(mean=t["mean"], scale=t["scale"], coef=t["coef"], intercept=float(t["intercept"][0]),
                   cutoff=float(cutoff), inputs=tuple(inputs))


def stack_inputs(features: Mapping[str, np.ndarray], inputs: Sequence[str]) -> np.ndarray:
    """The check's input: the graph outputs ``inputs`` side by side, (N, sum of their widths)."""
    return np.concatenate([np.atleast_2d(features[k]) for k in inputs], axis=1)
