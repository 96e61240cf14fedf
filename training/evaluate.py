"""Evaluation report: metrics with bootstrap confidence intervals, plots, report.json and report.md.

Metrics come from scikit-learn and plots from matplotlib; only the bootstrap
loop and expected calibration error (which scikit-learn does not provide) are
written here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from training.data import CLASS_NAMES, read_split

METRIC_NAMES = ("accuracy", "precision", "sensitivity", "specificity", "f1", "roc_auc", "pr_auc", "brier", "ece")


def expected_calibration_error(labels: np.ndarray, probs: np.ndarray, n_bins: int = 10) -> float:
    """ECE with equal-width bins (Guo et al. 2017): sum_b |B|/n * |acc_b - conf_b| for the positive class.

    scikit-learn has calibration_curve but no ECE; bins come from it.
    """
    from sklearn.calibration import calibration_curve

    labels = np.asarray(labels)
    probs = np.asarray(probs, dtype=np.float64)
    frac_pos, mean_pred = calibration_curve(labels, probs, n_bins=n_bins, strategy="uniform")
    edges = np.linspace(0, 1, n_bins + 1)
    idx = np.clip(np.digitize(probs, edges[1:-1]), 0, n_bins - 1)
    counts = np.bincount(idx, minlength=n_bins)
    counts = counts[counts > 0]  # calibration_curve drops empty bins
    return float(np.sum(counts / len(probs) * np.abs(frac_pos - mean_pred)))


def graph_logits(bundle, samples: Sequence[Any], *, reacquired: bool = False,
                 gammas: Sequence[float] = (1.0,)) -> np.ndarray:
    """The bundle's float32 graph's logit for each sample, read and preprocessed by the engine (for experiments).

    ``reacquired``: sample k is first re-rendered by re-acquisition variant k mod 4 (training.data.reacquire), as
    ``val_reacq`` is.  ``gammas``: the logit is averaged over these tone curves of the pixels.
    """
    from training.data import gamma_curve, reacquire
    from training.graphs import graph_features

    paths = [s.path for s in samples]

    def curve(gamma: float) -> Callable[[int, np.ndarray], np.ndarray]:
        return lambda k, px: gamma_curve(reacquire(px, k) if reacquired else px, gamma)

    return np.mean([graph_features(bundle.onnx_path, paths, bundle.preprocess_spec, ("logit",), transform=curve(g))
                    ["logit"].reshape(-1) for g in gammas], axis=0).astype(np.float64)


def point_metrics(labels: np.ndarray, probs: np.ndarray, threshold: float) -> dict[str, float]:
    from sklearn.metrics import (
        accuracy_score,
        average_precision_score,
        brier_score_loss,
        confusion_matrix,
        f1_score,
        precision_score,
        recall_score,
        roc_auc_score,
    )

    y = np.asarray(labels).astype(int)
    pred = (np.asarray(probs) >= threshold).astype(int)
    tn, fp, fn, tp = confusion_matrix(y, pred, labels=[0, 1]).ravel()
    both = len(set(y.tolist())) > 1
    return {
        "accuracy": float(accuracy_score(y, pred)),
        "precision": float(precision_score(y, pred, zero_division=0)),
        "sensitivity": float(recall_score(y, pred, zero_division=0)),
        "specificity": float(tn / (tn + fp)) if (tn + fp) else float("nan"),
        "f1": float(f1_score(y, pred, zero_division=0)),
        "roc_auc": float(roc_auc_score(y, probs)) if both else float("nan"),
        "pr_auc": float(average_precision_score(y, probs)) if both else float("nan"),
        "brier": float(brier_score_loss(y, probs)),
        "ece": expected_calibration_error(y, probs),
    }


def bootstrap_metrics(labels: np.ndarray, probs: np.ndarray, threshold: float, n: int = 2000,
                      seed: int = 0) -> dict[str, dict[str, Any]]:
    """Each metric with a percentile bootstrap 95 % interval (resampling images with replacement)."""
    y = np.asarray(labels).astype(int)
    p = np.asarray(probs, dtype=np.float64)
    point = point_metrics(y, p, threshold)
    rng = np.random.default_rng(seed)
    samples: dict[str, list[float]] = {k: [] for k in point}
    for _ in range(n):
        idx = rng.integers(0, len(y), len(y))
        if len(set(y[idx].tolist())) < 2:
            continue
        for k, v in point_metrics(y[idx], p[idx], threshold).items():
            samples[k].append(v)
    out = {}
    for k, v in point.items():
        arr = np.array([s for s in samples[k] if np.isfinite(s)])
        lo, hi = (np.percentile(arr, [2.5, 97.5]) if len(arr) else (float("nan"), float("nan")))
        out[k] = {"value": v, "ci95": [float(lo), float(hi)]}
    return out


def plots(labels: np.ndarray, probs: np.ndarray, threshold: float, out: Path, title: str) -> dict[str, str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.calibration import CalibrationDisplay
    from sklearn.metrics import ConfusionMatrixDisplay, PrecisionRecallDisplay, RocCurveDisplay

    y = np.asarray(labels).astype(int)
    pred = (np.asarray(probs) >= threshold).astype(int)
    files = {}
    fig, ax = plt.subplots(figsize=(4.5, 4))
    ConfusionMatrixDisplay.from_predictions(y, pred, display_labels=list(CLASS_NAMES), ax=ax, cmap="Blues", colorbar=False)
    ax.set_title(f"Confusion matrix (threshold {threshold:.3f})")
    files["confusion_matrix"] = "confusion_matrix.png"
    fig.tight_layout(); fig.savefig(out / files["confusion_matrix"], dpi=120); plt.close(fig)
    for key, disp in (("roc_curve", RocCurveDisplay), ("pr_curve", PrecisionRecallDisplay)):
        fig, ax = plt.subplots(figsize=(4.5, 4))
        disp.from_predictions(y, probs, ax=ax, name=title)
        ax.set_title(key.replace("_", " ").upper().replace("CURVE", "curve"))
        files[key] = f"{key}.png"
        fig.tight_layout(); fig.savefig(out / files[key], dpi=120); plt.close(fig)
    fig, ax = plt.subplots(figsize=(4.5, 4))
    CalibrationDisplay.from_predictions(y, probs, n_bins=10, ax=ax, name=title)
    ax.set_title("Reliability diagram")
    files["reliability"] = "reliability.png"
    fig.tight_layout(); fig.savefig(out / files["reliability"], dpi=120); plt.close(fig)
    return files


def write_report(labels: Sequence[int], probs: Sequence[float], threshold: float, out: Path, *, title: str,
                 extra: dict[str, Any] | None = None, n_bootstrap: int = 2000) -> dict[str, Any]:
    from sklearn.metrics import confusion_matrix

    out.mkdir(parents=True, exist_ok=True)
    y = np.asarray(labels).astype(int)
    p = np.asarray(probs, dtype=np.float64)
    metrics = bootstrap_metrics(y, p, threshold, n=n_bootstrap)
    cm = confusion_matrix(y, (p >= threshold).astype(int), labels=[0, 1])
    files = plots(y, p, threshold, out, title)
    report = {
        "title": title, "n": int(len(y)), "n_positive": int(y.sum()), "n_negative": int((1 - y).sum()),
        "threshold": threshold, "metrics": metrics,
        "confusion_matrix": {"labels": list(CLASS_NAMES), "rows_true_cols_pred": cm.tolist()},
        "bootstrap": {"n": n_bootstrap, "method": "percentile, images resampled with replacement"},
        "plots": files, **(extra or {}),
    }
    (out / "report.json").write_text(json.dumps(report, indent=2))
    lines = [f"# {title}", "", f"{len(y)} images ({int(y.sum())} PNEUMONIA, {int((1 - y).sum())} NORMAL); "
             f"decision threshold {threshold:.4f} on the calibrated P(pneumonia).", "",
             "| metric | value | 95 % CI |", "|---|---|---|"]
    for k in METRIC_NAMES:
        m = metrics[k]
        lines.append(f"| {k} | {m['value']:.4f} | {m['ci95'][0]:.4f} - {m['ci95'][1]:.4f} |")
    lines += ["", "Confusion matrix (rows: truth, columns: prediction):", "",
              "| | pred NORMAL | pred PNEUMONIA |", "|---|---|---|",
              f"| NORMAL | {cm[0, 0]} | {cm[0, 1]} |", f"| PNEUMONIA | {cm[1, 0]} | {cm[1, 1]} |", ""]
    for name, f in files.items():
        lines.append(f"![{name}]({f})")
    for k, v in (extra or {}).items():
        lines += ["", f"**{k}**: `{json.dumps(v, default=str)}`"]
    (out / "report.md").write_text("\n".join(lines) + "\n")
    return report


def evaluate_bundle(bundle, data: Path, out: Path, device: str = "auto", batch_size: int = 16,
                    n_bootstrap: int = 2000, progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Run the engine (exactly as the product does) on a labelled split and write the report."""
    from tqdm import tqdm

    from engine.runners.classifier import Classifier

    samples = read_split(data)
    # the classifier itself is evaluated on every image; the input gate is reported separately
    # (scripts/gate_report.py), so metrics are not computed on a gate-filtered subset
    clf = Classifier(bundle, device=device, batch_size=batch_size, gate=False)
    labels: list[int] = []
    probs: list[float] = []
    failed: list[dict[str, Any]] = []
    decided: list[int] = []
    bands: list[str] = []
    bar = tqdm(total=len(samples), unit="img", desc="evaluate")
    for s, pred in zip(samples, clf.predict_many([s.path for s in samples])):
        bar.update(1)
        if not pred.ok:
            failed.append({"path": str(s.path), "error": pred.error})
            continue
        labels.append(s.label)
        probs.append(pred.p_pneumonia)  # type: ignore[arg-type]  # (an ok result always has one)
        decided.append(int(pred.label == bundle.class_names[1]))  # the bundle's own decide(), via the engine
        bands.append(pred.band)
    bar.close()
    y, d, inside = np.asarray(labels), np.asarray(decided), np.asarray(bands) == "indeterminate"
    band_stats = {"n_indeterminate": int(inside.sum()), "fraction_indeterminate": float(inside.mean()) if len(y) else 0.0,
                  "accuracy_outside_band": float((d[~inside] == y[~inside]).mean()) if (~inside).any() else None,
                  "accuracy_inside_band": float((d[inside] == y[inside]).mean()) if inside.any() else None}
    extra = {"model": bundle.summary(), "device": clf.description, "data": str(data), "failed": failed,
             "indeterminate_band": band_stats}
    rep = write_report(labels, probs, bundle.threshold, out, title=f"{bundle.name} {bundle.version} on {Path(data).name}",
                       extra=extra, n_bootstrap=n_bootstrap)
    np.savetxt(out / "predictions.csv", np.column_stack([labels, probs]), delimiter=",", header="label,p_pneumonia",
               comments="", fmt=["%d", "%.6f"])
    return rep
