#!/usr/bin/env python3
"""Fit an existing bundle's heatmap scale on its own validation split, and write it in.

    python scripts/fit_heatmap_scale.py assets/models/pneumoscan-densenet161 ../shared/data/kermany224

Runs the bundle's own graph (ONNX Runtime, exactly as the product does) on the validation images,
collects the raw Grad-CAM maps and fits the scale with training.calibrate.fit_heatmap_scale (the rule
new trainings use); stores it as ``heatmap`` in bundle.json and regenerates the model card.  The test
split is never read.  The bundle's identity changes: update engine/bundle/trust.py for the shipped bundle.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def raw_cams(bundle, paths: list[str], batch: int = 16) -> np.ndarray:
    """Raw (unscaled) Grad-CAM maps of ``paths`` from the bundle's runner."""
    from engine.image.io import load_image
    from engine.image.preprocess import preprocess
    from engine.runners.classifier import Classifier

    clf = Classifier(bundle, gate=False)
    out = []
    for i in range(0, len(paths), batch):
        x = np.stack([preprocess(load_image(p), bundle.preprocess_spec) for p in paths[i:i + batch]])
        _logit, cam, _pooled = clf.runner.run(x)
        out.append(cam)
    return np.concatenate(out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("bundle")
    p.add_argument("data", help="dataset root holding train/ (the bundle's training data)")
    args = p.parse_args(argv)
    from engine.bundle.model_bundle import load_bundle
    from training.calibrate import fit_heatmap_scale
    from training.data import bundle_validation_samples
    from training.model_card import write_model_card

    bundle = load_bundle(args.bundle)
    val = bundle_validation_samples(bundle.meta, args.data)
    heatmap = fit_heatmap_scale(raw_cams(bundle, [str(s.path) for s in val]), np.array([s.label for s in val]))
    raw = json.loads((bundle.path / "bundle.json").read_text(encoding="utf-8"))
    raw["heatmap"] = heatmap
    (bundle.path / "bundle.json").write_text(json.dumps(raw, indent=2) + "\n", encoding="utf-8")
    write_model_card(bundle.path, load_bundle(bundle.path).meta)
    print(json.dumps(heatmap, indent=2))
    print(f"new bundle identity: {load_bundle(bundle.path).digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
