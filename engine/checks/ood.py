"""Out-of-distribution score from the model's own pooled features.

A Gaussian fitted to the pooled DenseNet features of the training images
(Ledoit-Wolf shrunk covariance, fitted by :mod:`training.ood_fit`); the score
is the Mahalanobis distance to it (Lee et al. 2018).  The cut-off is a quantile
of the validation images' distances, so a stated share of in-distribution
images passes.  Scoring only, numpy only: the CPU build has no torch and no
scikit-learn.

Two stored forms, both scored with one matrix product per batch (BLAS):

* ``full``: the mean and the whole C x C precision matrix (19.5 MB for
  DenseNet-161's 2,208 features in float32);
* ``lowrank``: the covariance's ``rank`` leading eigenvectors (float16) with
  their eigenvalues, and one variance for the rest of the space -- the
  probabilistic-PCA form of the same Gaussian (Tipping & Bishop 1999).  At rank
  384 it is 1.7 MB; the cut-off is refitted on the validation images for the
  form that ships (why 384: ``docs/training.md``, input checks).

Several feature vectors (:class:`FeatureEnsemble`, the feature ensemble of Lee
et al. 2018): one Gaussian per graph output (``pooled``: the last dense block;
``pooled_mid``: the third, see ``training.onnx_export.add_mid_output``), each
distance standardised by its validation mean and spread, the standardised
distances summed (what each block catches: ``docs/training.md``).  A bundle with one stored
Gaussian is an ensemble of one, scored exactly as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

OOD_FILE = "ood.safetensors"


@dataclass(frozen=True)
class OodModel:
    mean: np.ndarray  # (C,)
    cutoff: float
    precision: np.ndarray | None = None  # (C, C): the full form
    components: np.ndarray | None = None  # (k, C) orthonormal rows: the low-rank form
    inv_eigenvalues: np.ndarray | None = None  # (k,)
    inv_residual: float = 0.0  # 1 / the mean eigenvalue of the directions not kept

    @property
    def form(self) -> str:
        return "full" if self.precision is not None else "lowrank"

    def score(self, features: np.ndarray) -> np.ndarray:
        """Mahalanobis distance of each row of ``features`` (N, C), or of one vector (C,) as a 1-array."""
        # float64 throughout: the residual term is a difference of two large sums, scaled by 1 / a small
        # variance (float32 moved scores by up to 0.1, and with the batch's composition); still one BLAS
        # product per batch and layer: 0.21 ms per image for both checks on two layers, against ~10 ms for the
        # int8 model (measured on 2 cores)
        x = np.atleast_2d(np.asarray(features, dtype=np.float64)) - np.asarray(self.mean, dtype=np.float64)
        if self.precision is not None:
            d2 = np.einsum("nc,nc->n", x @ np.asarray(self.precision, dtype=np.float64), x)
        else:
            assert self.components is not None and self.inv_eigenvalues is not None
            proj = x @ np.asarray(self.components, dtype=np.float64).T  # (N, k); no copy: load() made them float64
            kept = np.einsum("nk,nk->n", proj, proj)
            rest = np.maximum(np.einsum("nc,nc->n", x, x) - kept, 0.0)
            d2 = (np.einsum("nk,k,nk->n", proj, np.asarray(self.inv_eigenvalues, dtype=np.float64), proj)
                  + rest * self.inv_residual)
        return np.sqrt(np.maximum(d2, 0.0))

    def with_cutoff(self, cutoff: float) -> OodModel:
        return OodModel(self.mean, float(cutoff), self.precision, self.components, self.inv_eigenvalues,
                        self.inv_residual)

    def tensors(self, prefix: str = "") -> dict[str, np.ndarray]:
        if self.precision is not None:
            t = {"mean": self.mean.astype(np.float32), "precision": self.precision.astype(np.float32)}
        else:
            assert self.components is not None and self.inv_eigenvalues is not None
            t = {"mean": self.mean.astype(np.float32), "components": self.components.astype(np.float16),
                 "inv_eigenvalues": self.inv_eigenvalues.astype(np.float32),
                 "inv_residual": np.array([self.inv_residual], dtype=np.float64)}
        return {prefix + k: v for k, v in t.items()}

    def save(self, path: str | Path) -> None:
        from safetensors.numpy import save_file

        save_file(self.tensors(), str(path), metadata={"cutoff": repr(float(self.cutoff)), "form": self.form})

    @classmethod
    def from_tensors(cls, t: Mapping[str, np.ndarray], cutoff: float, prefix: str = "") -> OodModel:
        mean = t[prefix + "mean"].astype(np.float64)  # converted once here, not per batch
        if prefix + "precision" in t:
            return cls(mean=mean, precision=t[prefix + "precision"].astype(np.float64), cutoff=float(cutoff))
        return cls(mean=mean, cutoff=float(cutoff), components=t[prefix + "components"].astype(np.float64),
                   inv_eigenvalues=t[prefix + "inv_eigenvalues"].astype(np.float64),
                   inv_residual=float(t[prefix + "inv_residual"][0]))

    @classmethod
    def load(cls, path: str | Path, cutoff: float) -> OodModel:
        from safetensors.numpy import load_file

        return cls.from_tensors(load_file(str(path)), cutoff)


#: The graph output the single-Gaussian form reads (bundles before the feature ensemble).
LAST_BLOCK = "pooled"


@dataclass(frozen=True)
class Layer:
    output: str  # the graph output it reads
    model: OodModel
    centre: float  # validation mean of the distance
    spread: float  # validation standard deviation of the distance


@dataclass(frozen=True)
class FeatureEnsemble:
    """Per-layer Mahalanobis distances, standardised on validation, summed; gated above ``cutoff``."""

    layers: tuple[Layer, ...]
    cutoff: float

    @property
    def outputs(self) -> tuple[str, ...]:
        return tuple(layer.output for layer in self.layers)

    def score(self, features: Mapping[str, np.ndarray]) -> np.ndarray:
        """The combined score of each image; ``features`` maps each graph output to its (N, C) batch."""
        return np.sum([(layer.model.score(features[layer.output]) - layer.centre) / layer.spread
                       for layer in self.layers], axis=0)

    def with_cutoff(self, cutoff: float) -> FeatureEnsemble:
        return FeatureEnsemble(self.layers, float(cutoff))

    def save(self, path: str | Path) -> None:
        """One safetensors file, each layer's tensors under ``<output>/``; centres and spreads go to bundle.json."""
        from safetensors.numpy import save_file

        tensors: dict[str, np.ndarray] = {}
        for layer in self.layers:
            tensors.update(layer.model.tensors(layer.output + "/"))
        save_file(tensors, str(path), metadata={"cutoff": repr(float(self.cutoff))})

    def layers_meta(self) -> list[dict[str, Any]]:
        return [{"output": la.output, "form": la.model.form, "centre": la.centre, "spread": la.spread}
                for la in self.layers]

    @classmethod
    def load(cls, path: str | Path, cutoff: float, layers: list[Mapping[str, Any]] | None = None) -> FeatureEnsemble:
        """``layers``: bundle.json's ``ood.layers``; None for the single-Gaussian file (raw distance, as before)."""
        from safetensors.numpy import load_file

        t = load_file(str(path))
        if not layers:
            return cls((Layer(LAST_BLOCK, OodModel.from_tensors(t, cutoff), 0.0, 1.0),), float(cutoff))
        return cls(tuple(Layer(str(la["output"]), OodModel.from_tensors(t, cutoff, str(la["output"]) + "/"),
                               float(la["centre"]), float(la["spread"])) for la in layers), float(cutoff))
