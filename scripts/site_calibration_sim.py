#!/usr/bin/env python3
"""What site calibration buys a clinic: the official test split treated as a new site.

    python scripts/site_calibration_sim.py ../shared/data/kermany224/test [--repeats 200] [--json out.json]

The model runs once over the folder (exactly as the product does; gated images left out).  For each size
n in 60, 125, 250, repeated --repeats times: n images are drawn as the clinic's confirmed images (half of
each class, as a clinic confirming a mix would; at least engine.decision.site_profile.MIN_PER_CLASS of each), a site profile
is fitted on them (engine.decision.site_profile.fit_site_profile: the bundle's own rules), and both the profile and the
bundle's own operating point are evaluated on the *remaining* images.  Prints mean and 5th percentile of
accuracy, sensitivity and specificity as a Markdown table.  Nothing here changes the shipped model.
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
    ap.add_argument("--repeats", type=int, default=200)
    ap.add_argument("--sizes", default="60,125,250")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    from engine.bundle.model_bundle import load_bundle
    from engine.decision.operating_point import operating_metrics, sigmoid
    from engine.decision.site_profile import fit_site_profile
    from engine.files.resources import default_model_dir
    from engine.runners.classifier import Classifier
    from training.data import read_split

    bundle = load_bundle(args.model or default_model_dir())
    pairs = [(str(s.path), s.label) for s in read_split(args.data)]  # manifest.csv, or NORMAL/ and PNEUMONIA/
    logits, labels = [], []
    for (_p, y), pred in zip(pairs, Classifier(bundle).predict_many([p for p, _ in pairs])):
        if pred.ok and pred.logit is not None:
            logits.append(pred.logit)
            labels.append(y)
    z, y = np.array(logits), np.array(labels)
    rng = np.random.default_rng(args.seed)
    rows = {}
    for n in [int(s) for s in args.sizes.split(",")]:
        own, site = [], []
        for _ in range(args.repeats):
            pick = np.concatenate([rng.choice(np.flatnonzero(y == c), n // 2 + (c == 1) * (n % 2), replace=False)
                                   for c in (0, 1)])
            rest = np.setdiff1d(np.arange(len(y)), pick)
            prof = fit_site_profile(bundle, z[pick], y[pick], n_bootstrap=0)
            own.append(operating_metrics(sigmoid(z[rest] / bundle.temperature), y[rest], bundle.threshold))
            p_site = np.array([prof.probability(v / bundle.temperature) for v in z[rest]])
            site.append(operating_metrics(p_site, y[rest], prof.threshold))
        for name, runs in ((f"bundle's own operating point (same held-out images as n={n})", own),
                           (f"site profile fitted on {n} local images", site)):
            rows[name] = {k: {"mean": float(np.mean([r[k] for r in runs])), "p5": float(np.percentile([r[k] for r in runs], 5))}
                          for k in ("accuracy", "sensitivity", "specificity")}
    print(f"{len(y)} images analysed ({int(y.sum())} PNEUMONIA, {int((1 - y).sum())} NORMAL); {args.repeats} repeats\n")
    print("| operating point | accuracy mean (5th pct) | sensitivity mean (5th pct) | specificity mean (5th pct) |")
    print("|---|---|---|---|")
    for name, m in rows.items():
        print(f"| {name} | " + " | ".join(f"{m[k]['mean']:.3f} ({m[k]['p5']:.3f})" for k in ("accuracy", "sensitivity",
                                                                                          "specificity")) + " |")
    if args.json:
        Path(args.json).write_text(json.dumps({"images": len(y), "repeats": args.repeats, "rows": rows}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
