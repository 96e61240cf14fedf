#!/usr/bin/env python3
"""Fit the indeterminate band of an existing bundle on its own validation split, and write it in.

    python scripts/refit_band.py assets/models/pneumoscan-densenet161 ../shared/data/kermany224

Rebuilds the validation split the bundle was trained with (patient-grouped, the
seed and fraction recorded in bundle.json), scores it with the engine exactly
as at inference, fits the band with training.calibrate.fit_band (the rule new
trainings use), stores it in bundle.json's decision block and regenerates the
model card.  The test split is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("bundle")
    p.add_argument("data", help="dataset root holding train/ (the bundle's training data)")
    p.add_argument("--max-error", type=float, default=0.02)
    args = p.parse_args(argv)

    from engine.bundle.model_bundle import load_bundle
    from engine.runners.classifier import Classifier
    from training.calibrate import fit_band
    from training.data import bundle_validation_samples

    bundle = load_bundle(args.bundle)
    val = bundle_validation_samples(bundle.meta, args.data)
    clf = Classifier(bundle, gate=False)
    preds = list(clf.predict_many([str(s.path) for s in val]))
    probs = np.array([pr.raw_p_pneumonia for pr in preds], dtype=np.float64)
    labels = np.array([s.label for s in val])
    if np.isnan(probs).any():
        sys.exit("some validation images failed to load")
    band = fit_band(probs, labels, bundle.threshold, args.max_error)
    raw = json.loads((bundle.path / "bundle.json").read_text(encoding="utf-8"))
    raw["decision"]["band"] = band
    (bundle.path / "bundle.json").write_text(json.dumps(raw, indent=2) + "\n", encoding="utf-8")
    from training.model_card import write_model_card

    write_model_card(bundle.path, load_bundle(bundle.path).meta)
    print(json.dumps(band, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
