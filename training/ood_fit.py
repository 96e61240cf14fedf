"""Fitting the out-of-distribution check: the Gaussians :mod:`engine.checks.ood` scores against.

scikit-learn's Ledoit-Wolf estimator on the training images' features, stored
full or in the compact probabilistic-PCA form; the engine only scores.  Why the
compact form keeps 384 directions is measured in ``docs/training.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from engine.checks.ood import FeatureEnsemble, Layer, OodModel

#: leading eigen-directions kept by the compact form (``docs/training.md``: rank 256 passed laterals that 384 gates)
DEFAULT_RANK = 384


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
    (``training.fit_checks.joint_cutoffs``).  Returns the ensemble and each layer's fit record.
    """
    layers, info = [], []
    for name in outputs:
        model, fit = fit_ood(train[name], val[name], rank=rank)
        d = model.score(val[name])
        layers.append(Layer(name, model.with_cutoff(float("inf")), float(d.mean()), float(d.std()) or 1.0))
        info.append({"output": name, "features": int(np.asarray(train[name]).shape[1]),
                     **{k: fit[k] for k in ("form", "rank", "shrinkage") if k in fit}})
    return FeatureEnsemble(tuple(layers), float("inf")), info
