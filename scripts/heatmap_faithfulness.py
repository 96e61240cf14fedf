#!/usr/bin/env python3
"""Faithfulness of the product's heatmaps on a labelled folder (NORMAL/ and PNEUMONIA/, or manifest.csv).

    python scripts/heatmap_faithfulness.py ../shared/data/kermany224/test [--model BUNDLE] [--max-images N]
        [--out BUNDLE/report/faithfulness.json]

Prints and writes: the deletion-curve areas of the product's shown map (the bundle's method, made as the app
makes it: Classifier.explain, on the fixed scale), random maps and a centred Gaussian for the images the model
calls PNEUMONIA (lower = more faithful; training.faithfulness), the extra seconds per image the map costs, and
per true class the share of map mass inside the central chest region and the share of maps peaking at the
border among the images whose map is shown.  With --out in the bundle's report/ folder, the model card shows
the table.  A report, never used to choose anything.
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
    ap.add_argument("--maps-only-for-calls", action="store_true",
                    help="stop making maps after the last sampled PNEUMONIA call (quicker; the per-class shares then "
                         "cover only the images up to it)")
    args = ap.parse_args(argv)

    import time

    from engine.bundle.model_bundle import load_bundle
    from engine.files.resources import default_model_dir
    from engine.image.heatmap import shown_by_default
    from engine.image.io import load_image
    from engine.runners.classifier import Classifier
    from training.data import read_split
    from training.faithfulness import faithfulness, mass_in_box, peaks_at_border

    bundle = load_bundle(args.model or default_model_dir())
    clf = Classifier(bundle, gate=False)
    samples = read_split(args.data)
    preds = list(clf.predict_many([s.path for s in samples]))
    rng = np.random.default_rng(args.seed)
    shown = [(s, p) for s, p in zip(samples, preds) if shown_by_default(p)]
    calls = [k for k, (_s, p) in enumerate(shown) if p.label == "PNEUMONIA"]
    if args.max_images and len(calls) > args.max_images:  # the deletion curves' sample; maps for all shown
        calls = sorted(rng.choice(calls, args.max_images, replace=False).tolist())
    per_class: dict[str, dict[str, list]] = {"NORMAL": {"mass": [], "border": []}, "PNEUMONIA": {"mass": [], "border": []}}
    called, seconds = [], []
    for k, (s, p) in enumerate(shown):
        t0 = time.perf_counter()
        p = clf.explain(p)
        seconds.append(time.perf_counter() - t0)
        hm = p.heatmap
        if hm is None:
            continue
        cls = "PNEUMONIA" if s.label else "NORMAL"
        if hm.max() > 0:
            per_class[cls]["mass"].append(mass_in_box(hm))
            per_class[cls]["border"].append(peaks_at_border(hm))
        if k in calls:
            called.append((s.path, hm))
        if args.maps_only_for_calls and k >= max(calls, default=-1):
            break

    def predict(x: np.ndarray) -> np.ndarray:
        logit, _cam, _pooled = clf.runner.run(x.astype(np.float32))
        return np.array([bundle.probability(v) for v in logit])

    method = f"the {bundle.heatmap_method} map"
    items = ((load_image(path).pixels, hm) for path, hm in called)
    res = faithfulness(predict, bundle.preprocess_spec, items, seed=args.seed, method=method)
    report = {
        "bundle": bundle.summary(), "data": str(args.data), "images_called_pneumonia": res.n_images,
        "method": bundle.heatmap_method, "grid": bundle.heatmap_grid or None, "runner": clf.runner.description,
        "deletion_area": {"shown_map": res.area_map, "random": res.area_random, "centred_gaussian": res.area_gaussian},
        "map_seconds_per_image": {"median": float(np.median(seconds)) if seconds else None,
                                  "max": float(np.max(seconds)) if seconds else None, "n": len(seconds)},
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
