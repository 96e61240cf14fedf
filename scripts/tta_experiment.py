#!/usr/bin/env python3
"""Issue 15, CPU experiment: does intensity test-time augmentation help the shipped model?

    .venv/bin/python scripts/tta_experiment.py [--model DIR] [--data ROOT]

Each image is read and preprocessed by the engine; the fp32 graph's logits are averaged over tone curves
(gamma 0.8, 1.0, 1.25) and compared with the plain logit.  The rule, written before any number was seen:
calibration (Platt) and the operating point (highest specificity with sensitivity >= 0.95) are refitted on
the bundle's validation split with each variant's logits; the variant is a candidate only if both
validation ROC-AUCs (the split and its re-acquired copies) rise.  The test split is reported, never used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
VARIANTS = {"none": (1.0,), "gamma 0.8/1.0/1.25": (0.8, 1.0, 1.25)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(ROOT / "assets" / "models" / "pneumoscan-densenet161"))
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "kermany224"))
    args = ap.parse_args()

    from sklearn.metrics import roc_auc_score

    from engine.bundle.model_bundle import load_bundle
    from engine.decision.operating_point import choose_threshold
    from training.calibrate import apply_calibration, fit_calibration
    from training.data import bundle_validation_samples, find_splits, read_split
    from training.evaluate import expected_calibration_error, graph_logits, point_metrics

    bundle = load_bundle(args.model)
    val = bundle_validation_samples(bundle.meta, args.data)
    test = read_split(find_splits(args.data)["test"])

    def logits(samples, gammas, reacquired=False) -> np.ndarray:
        return graph_logits(bundle, samples, reacquired=reacquired, gammas=gammas)

    yv, yt = np.array([s.label for s in val]), np.array([s.label for s in test])
    print("| variant | val AUC | val re-acquired AUC | test AUC | test acc | test sens / spec | test ECE |\n|---|---|---|---|---|---|---|")
    for name, gammas in VARIANTS.items():
        lv, lr, lt = logits(val, gammas), logits(val, gammas, True), logits(test, gammas)
        cal = fit_calibration(lv, yv)
        pv, pt = apply_calibration(lv, cal), apply_calibration(lt, cal)
        threshold, _ = choose_threshold(pv, yv, 0.95)
        m = point_metrics(yt, pt, threshold)
        print(f"| {name} | {roc_auc_score(yv, lv):.4f} | {roc_auc_score(yv, lr):.4f} | {roc_auc_score(yt, lt):.4f} | "
              f"{m['accuracy']:.4f} | {m['sensitivity']:.4f} / {m['specificity']:.4f} | "
              f"{expected_calibration_error(yt, pt):.4f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
