#!/usr/bin/env python3
"""Issue 15: compare models that were trained on different splits, on the images none of them trained on.

    .venv/bin/python scripts/common_holdout.py [--model SHIPPED] --candidate NAME=BUNDLE [...] [--data ROOT]

The shipped model validated on a patient-grouped split; the later runs hold out the series hold-out and their own
patient-grouped split.  H is the shipped model's validation split minus every image some candidate trained on.
Each model's float32 graph scores H and H's re-acquired copies (training.data.reacquire).  The rule, written before
any H number was seen (training/experiments.md): a candidate replaces the shipped model only if its H ROC-AUC beats
the shipped model's by more than twice the paired bootstrap standard deviation of the difference, and its
re-acquired H ROC-AUC is not lower.  The test split is not read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def paired_bootstrap_sd(labels: np.ndarray, a: np.ndarray, b: np.ndarray, n: int = 2000, seed: int = 0) -> float:
    """Standard deviation of ROC-AUC(b) - ROC-AUC(a) over resamples of the images (both models on the same ones)."""
    from sklearn.metrics import roc_auc_score

    rng = np.random.default_rng(seed)
    diffs = []
    while len(diffs) < n:
        i = rng.integers(0, len(labels), len(labels))
        if labels[i].min() != labels[i].max():
            diffs.append(roc_auc_score(labels[i], b[i]) - roc_auc_score(labels[i], a[i]))
    return float(np.std(diffs))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(ROOT / "assets" / "models" / "pneumoscan-densenet161"))
    ap.add_argument("--candidate", action="append", required=True, metavar="NAME=BUNDLE")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "kermany224"))
    args = ap.parse_args()

    from sklearn.metrics import roc_auc_score

    from engine.bundle.model_bundle import load_bundle
    from training.data import bundle_held_out, bundle_validation_samples, summarise
    from training.evaluate import graph_logits

    shipped = load_bundle(args.model)
    candidates = {name: load_bundle(path) for name, path in (c.split("=", 1) for c in args.candidate)}
    held = set.intersection(*(bundle_held_out(b.meta, args.data) for b in candidates.values()))
    h = [s for s in bundle_validation_samples(shipped.meta, args.data) if str(s.path) in held]
    y = np.array([s.label for s in h])
    print(f"H: {summarise(h)}")
    scores = {name: (graph_logits(b, h), graph_logits(b, h, reacquired=True))
              for name, b in {"shipped": shipped, **candidates}.items()}
    base, base_r = scores["shipped"]
    bundles = {"shipped": shipped, **candidates}
    print("| model | H ROC-AUC | H re-acquired ROC-AUC | H sens / spec at its own threshold | "
          "H AUC - shipped (paired bootstrap SD) | replaces the shipped model |")
    print("|---|---|---|---|---|---|")
    for name, (s, r) in scores.items():
        auc, auc_r = roc_auc_score(y, s), roc_auc_score(y, r)
        b = bundles[name]
        called = np.array([b.label_for(b.probability(v)) == b.class_names[1] for v in s])
        point = f"{called[y == 1].mean():.3f} / {1 - called[y == 0].mean():.3f}"
        if name == "shipped":
            print(f"| {name} | {auc:.4f} | {auc_r:.4f} | {point} | - | - |")
            continue
        diff, sd = auc - roc_auc_score(y, base), paired_bootstrap_sd(y, base, s)
        wins = diff > 2 * sd and auc_r >= roc_auc_score(y, base_r)
        print(f"| {name} | {auc:.4f} | {auc_r:.4f} | {point} | {diff:+.4f} ({sd:.4f}) | {'yes' if wins else 'no'} |",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
