"""Give a bundle the heatmap the candidates' rule chose (issue 31): method, grid and a refitted evidence scale.

    python -m training.heatmap_fit BUNDLE --data ../shared/data/kermany224 --method occlusion --grid 8 [--refine 6]
        [--candidates BUNDLE/report/heatmap_candidates_val.json] [--max-images 200]

The scale is fitted as the Grad-CAM scale was (training.calibrate.fit_heatmap_scale): the 99th percentile of the
raw map values of validation PNEUMONIA images (a random ``--max-images`` of them, each map an occlusion sweep on
the default CPU path), so full colour means as much evidence as the strongest 1 % of validation pneumonia
evidence and a weak map fades out.  Validation NORMAL images give the mean peak reported beside it.  Only
validation images are used; the bundle's other blocks are untouched (``bundle.json`` and the model card change,
so its identity does: pin the new digest in engine/bundle/trust.py).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np


def occlusion_maps(bundle: Any, paths: list[Path], grid: int, refine: int) -> np.ndarray:
    """Raw occlusion maps (n, grid, grid) of ``paths`` on the default CPU path (engine.runners.saliency)."""
    from engine.image.io import load_image
    from engine.image.preprocess import preprocess
    from engine.runners.classifier import Classifier
    from engine.runners.saliency import coarse_to_fine_map, occlusion_map

    clf = Classifier(bundle, gate=False)

    def forward(x: np.ndarray) -> np.ndarray:
        return clf.runner.run(np.ascontiguousarray(x, dtype=np.float32))[0]

    out = []
    for p in paths:
        x = preprocess(load_image(p), bundle.preprocess_spec)
        out.append(coarse_to_fine_map(forward, x, grid, refine, clf.batch_size) if refine
                   else occlusion_map(forward, x, grid, clf.batch_size))
    return np.stack(out)


def heatmap_block(maps: np.ndarray, labels: np.ndarray, grid: int, refine: int, candidates: str | None) -> dict:
    from training.calibrate import fit_heatmap_scale

    block = fit_heatmap_scale(maps, labels)
    sweep = (f"an {grid} x {grid} occlusion sweep" if not refine else
             f"an {grid} x {grid} occlusion map, coarse to fine ({grid // 2} x {grid // 2}, then its {refine} strongest "
             "cells again")
    block.update({
        "method": "occlusion", "grid": grid, "refine": refine,
        "rule": f"99th percentile of the raw occlusion-map values (the fall of the logit when a cell is hidden) of "
                f"{int((labels == 1).sum())} validation PNEUMONIA images; shown as clip(map / scale, 0, 1) on every image",
        "description": f"{sweep} through the bundle's own graph: each cell of the preprocessed image is set to the "
                       "mean grey in turn and the map is how much the pneumonia logit falls; made only for images "
                       "shown, exported, reported or sent",
        "val_normal_images": int((labels == 0).sum()),
    })
    if candidates:
        block["candidates"] = candidates
    return block


def main(argv: list[str] | None = None) -> int:
    from engine.bundle.model_bundle import load_bundle
    from training.bundle_writer import update_bundle
    from training.data import bundle_validation_samples

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bundle")
    ap.add_argument("--data", required=True)
    ap.add_argument("--method", choices=("occlusion",), default="occlusion")
    ap.add_argument("--grid", type=int, default=8)
    ap.add_argument("--refine", type=int, default=0)
    ap.add_argument("--max-images", type=int, default=200, help="validation PNEUMONIA images (and half as many NORMAL)")
    ap.add_argument("--candidates", default=None, help="the comparison that chose the method (a path in the bundle)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    bundle = load_bundle(args.bundle)
    val = bundle_validation_samples(bundle.meta, args.data)
    rng = np.random.default_rng(args.seed)
    pos = [s for s in val if s.label == 1]
    neg = [s for s in val if s.label == 0]
    pos = [pos[i] for i in sorted(rng.choice(len(pos), min(args.max_images, len(pos)), replace=False))]
    neg = [neg[i] for i in sorted(rng.choice(len(neg), min(args.max_images // 2, len(neg)), replace=False))]
    samples = pos + neg
    maps = occlusion_maps(bundle, [s.path for s in samples], args.grid, args.refine)
    labels = np.array([s.label for s in samples])
    block = heatmap_block(maps, labels, args.grid, args.refine, args.candidates)
    out = update_bundle(args.bundle, {}, {"heatmap": block})
    if (out.path / "MODEL_CARD.md").is_file():
        from training.model_card import write_model_card

        write_model_card(out.path, out.meta)
    print(json.dumps(block, indent=2))
    print(f"{out.summary()}: identity {out.digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
