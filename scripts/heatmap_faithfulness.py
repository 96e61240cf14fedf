#!/usr/bin/env python3
"""Faithfulness of the product's heatmaps on a labelled folder (NORMAL/ and PNEUMONIA/, or manifest.csv).

    python scripts/heatmap_faithfulness.py ../shared/data/kermany224/test [--model BUNDLE] [--max-images N]
        [--out BUNDLE/report/faithfulness.json]

Prints and writes: the deletion-curve areas of Grad-CAM, random maps and a centred Gaussian for the images
the model calls PNEUMONIA (lower = more faithful; training.faithfulness), and per true class the share of
map mass inside the central chest region and the share of maps peaking at the border.  With --out in the
bundle's report/ folder, the model card shows the table.  A report, never used to choose anything.
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
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--model", default=None)
    ap.add_argument("--max-images", type=int, default=0, help="PNEUMONIA calls to run deletion curves on (0: all)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=None)
    args = ap.parse_args(argv)

    from engine.bundle.model_bundle import load_bundle
    from engine.files.resources import default_model_dir
    from engine.image.io import load_image
    from engine.runners.classifier import Classifier
    from training.data import read_split
    from training.faithfulness import faithfulness, mass_in_box, peaks_at_border

    bundle = load_bundle(args.model or default_model_dir())
    clf = Classifier(bundle, gate=False)
    samples = read_split(args.data)
    preds = list(clf.predict_many([s.path for s in samples]))
    per_class: dict[str, dict[str, list]] = {"NORMAL": {"mass": [], "border": []}, "PNEUMONIA": {"mass": [], "border": []}}
    called = []
    for s, p in zip(samples, preds):
        if not p.ok or p.heatmap is None:
            continue
        hm = p.heatmap
        cls = "PNEUMONIA" if s.label else "NORMAL"
        if hm.max() > 0:
            per_class[cls]["mass"].append(mass_in_box(hm))
            per_class[cls]["border"].append(peaks_at_border(hm))
        if p.label == "PNEUMONIA":
            called.append((s.path, hm))
    rng = np.random.default_rng(args.seed)
    if args.max_images and len(called) > args.max_images:
        called = [called[i] for i in sorted(rng.choice(len(called), args.max_images, replace=False))]

    def predict(x: np.ndarray) -> np.ndarray:
        logit, _cam, _pooled = clf.runner.run(x.astype(np.float32))
        return np.array([bundle.probability(v) for v in logit])

    items = ((load_image(path).pixels, hm) for path, hm in called)
    res = faithfulness(predict, bundle.preprocess_spec, items, seed=args.seed)
    report = {
        "bundle": bundle.summary(), "data": str(args.data), "images_called_pneumonia": res.n_images,
        "deletion_area": {"gradcam": res.area_gradcam, "random": res.area_random, "centred_gaussian": res.area_gaussian},
        "deletion_curves": res.curves, "verdict": res.verdict,
        "heatmap_scale": bundle.heatmap_scale,
        "mass_in_chest_region": {k: float(np.nanmean(v["mass"])) if v["mass"] else None for k, v in per_class.items()},
        "peak_at_border": {k: float(np.mean(v["border"])) if v["border"] else None for k, v in per_class.items()},
        "images_with_any_evidence": {k: len(v["mass"]) for k, v in per_class.items()},
    }
    print(json.dumps({k: v for k, v in report.items() if k != "deletion_curves"}, indent=2))
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
