"""Out-of-distribution score from the model's own pooled features.

A Gaussian fitted to the pooled DenseNet features of the training images
(Ledoit-Wolf shrunk covariance, from scikit-learn at training time); the score
is the Mahalanobis distance to it (Lee et al. 2018).  The cut-off is a quantile
of the validation images' distances, so a stated share of in-distribution
images passes.  Numpy only at inference: the CPU build has no torch and no
scikit-learn.

Two stored forms, both scored with one matrix product per batch (BLAS):

* ``full``: the mean and the whole C x C precision matrix (19.5 MB for
  DenseNet-161's 2,208 features in float32);
* ``lowrank``: the covariance's ``rank`` leading eigenvectors (float16) with
  their eigenvalues, and one variance for the rest of the space -- the
  probabilistic-PCA form of the same Gaussian (Tipping & Bishop 1999).  At rank
  384 it is 1.7 MB; the cut-off is refitted on the validation images for the
  form that ships.  Measured on the shipped model (validation 746, test 624,
  scope_dev 64 images): rank 384 changes no pass/gate decision of the full
  form; rank 256 changes none on validation or test but passes 2 of 15 lateral
  views the full form gates, hence 384.

Several feature vectors (:class:`FeatureEnsemble`, the feature ensemble of Lee
et al. 2018): one Gaussian per graph output (``pooled``: the last dense block;
``pooled_mid``: the third, see ``training.onnx_export.add_mid_output``), each
distance standardised by its validation mean and spread, the standardised
distances summed.  The third block's features carry the view and the anatomy
the last block's task-tuned features have learned to ignore: on the shipped
model and ``scope_dev`` (research-use, measured only), the third block alone
gated 15 of 15 lateral views against 13 with the last block, at the same
validation pass rate (issue 16, ``training.gate``).  A bundle with one stored
Gaussian is an ensemble of one, scored exactly as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import numpy as np

OOD_FILE = "ood.safetensors"
#: leading eigen-directions kept by the compact form (chosen as the module notes say)
DEFAULT_RANK = 384


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

    def with_cutoff(self, cutoff: float) -> "OodModel":
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
    def from_tensors(cls, t: Mapping[str, np.ndarray], cutoff: float, prefix: str = "") -> "OodModel":
        mean = t[prefix + "mean"].astype(np.float64)  # converted once here, not per batch
        if prefix + "precision" in t:
            return cls(mean=mean, precision=t[prefix + "precision"].astype(np.float64), cutoff=float(cutoff))
        return cls(mean=mean, cutoff=float(cutoff), components=t[prefix + "components"].astype(np.float64),
                   inv_eigenvalues=t[prefix + "inv_eigenvalues"].astype(np.float64),
                   inv_residual=float(t[prefix + "inv_residual"][0]))

    @classmethod
    def load(cls, path: str | Path, cutoff: float) -> "OodModel":
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

    def with_cutoff(self, cutoff: float) -> "FeatureEnsemble":
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
    def load(cls, path: str | Path, cutoff: float, layers: list[Mapping[str, Any]] | None = None) -> "FeatureEnsemble":
        """``layers``: bundle.json's ``ood.layers``; None for the single-Gaussian file (raw distance, as before)."""
        from safetensors.numpy import load_file

        t = load_file(str(path))
        if not layers:
            return cls((Layer(LAST_BLOCK, OodModel.from_tensors(t, cutoff), 0.0, 1.0),), float(cutoff))
        return cls(tuple(Layer(str(la["output"]), OodModel.from_tensors(t, cutoff, str(la["output"]) + "/"),
                               float(la["centre"]), float(la["spread"])) for la in layers), float(cutoff))


def lowrank_from_covariance_eigen(mean: np.ndarray, eigenvalues: np.ndarray, eigenvectors: np.ndarray, rank: int,
                                  cutoff: float = float("inf")) -> OodModel:
    """The probabilistic-PCA form: the ``rank`` largest eigenpairs exactly, the mean of the rest for the others."""
    order = np.argsort(eigenvalues)[::-1]
    lam, vec = eigenvalues[order], eigenvectors[:, order]
    rank = int(min(rank, len(lam) - 1))
    resid = float(np.mean(lam[rank:]))
    return OodModel(mean=np.asarray(mean, dtype=np.float32), cutoff=cutoff,
                    components=np.ascontiguousarray(vec[:, :rank].T, dtype=np.float32),
                    inv_eigenvalues=(1.0 / lam[:rank]).astype(np.float32), inv_residual=1.0 / resid)


def compact(model: OodModel, rank: int = DEFAULT_RANK) -> OodModel:
    """The low-rank form of a full-precision model (eigenvalues of the covariance = 1 / those of the precision)."""
    assert model.precision is not None
    w, v = np.linalg.eigh(np.asarray(model.precision, dtype=np.float64))
    return lowrank_from_covariance_eigen(model.mean, 1.0 / np.maximum(w, 1e-30), v, rank, model.cutoff)


def choose_cutoff(val_scores: np.ndarray, pass_rate: float) -> float:
    """A hair above the ``pass_rate`` quantile, so at least that share passes (ties, interpolation)."""
    q = float(np.quantile(np.asarray(val_scores), pass_rate, method="higher"))
    return q + abs(q) * 1e-4 + 1e-9  # above q whatever its sign (log-odds can be negative)


def fit_ood(train_features: np.ndarray, val_features: np.ndarray, pass_rate: float = 0.99,
            rank: int | None = DEFAULT_RANK) -> tuple[OodModel, dict]:
    """Fit on training features; choose the cut-off so ``pass_rate`` of validation images pass.

    ``rank=None`` keeps the full precision matrix; otherwise the compact form (see the module notes).
    """
    from sklearn.covariance import LedoitWolf

    lw = LedoitWolf().fit(np.asarray(train_features, dtype=np.float64))
    full = OodModel(mean=lw.location_.astype(np.float32), precision=lw.precision_.astype(np.float32),
                    cutoff=float("inf"))
    val_full = full.score(val_features)
    model = full
    if rank is not None and rank < train_features.shape[1]:
        w, v = np.linalg.eigh(lw.covariance_)
        model = lowrank_from_covariance_eigen(lw.location_, w, v, rank)
    val = model.score(val_features)
    model = model.with_cutoff(choose_cutoff(val, pass_rate))
    info = {
        "method": "Mahalanobis distance of the pooled last-block features to a Ledoit-Wolf Gaussian of the training images"
                  + (f", stored as its {rank} leading eigen-directions plus one variance for the rest "
                     "(probabilistic PCA)" if model.form == "lowrank" else ""),
        "form": model.form,
        **({"rank": int(rank)} if model.form == "lowrank" and rank is not None else {}),
        "cutoff": model.cutoff,
        "target_validation_pass_rate": pass_rate,
        "validation_pass_rate": float(np.mean(val <= model.cutoff)),
        "train_images": int(len(train_features)),
        "validation_images": int(len(val_features)),
        "shrinkage": float(lw.shrinkage_),
    }
    if model.form == "lowrank":
        full_pass = val_full <= choose_cutoff(val_full, pass_rate)
        info["validation_decisions_changed_vs_full"] = float(np.mean(full_pass != (val <= model.cutoff)))
    return model, info


def fit_ensemble(train: Mapping[str, np.ndarray], val: Mapping[str, np.ndarray], outputs: tuple[str, ...],
                 rank: int | None = DEFAULT_RANK) -> tuple[FeatureEnsemble, list[dict[str, Any]]]:
    """One Gaussian per graph output (training features), standardised by the validation distances.

    The cut-off is left open (infinite): it is chosen together with the other input checks
    (``training.gate.joint_cutoffs``).  Returns the ensemble and each layer's fit record.
    """
    layers, info = [], []
    for name in outputs:
        model, fit = fit_ood(train[name], val[name], rank=rank)
        d = model.score(val[name])
        layers.append(Layer(name, model.with_cutoff(float("inf")), float(d.mean()), float(d.std()) or 1.0))
        info.append({"output": name, "features": int(np.asarray(train[name]).shape[1]),
                     **{k: fit[k] for k in ("form", "rank", "shrinkage") if k in fit}})
    return FeatureEnsemble(tuple(layers), float("inf")), info
