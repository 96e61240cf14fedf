#!/usr/bin/env python3
"""Compare the heatmap candidates on one split (issue 31; the rule is in training/saliency_candidates.py).

    python scripts/heatmap_candidates.py ../shared/data/kermany224 --split val [--max-images 60]
        [--out BUNDLE/report/heatmap_candidates_val.json]
    python scripts/heatmap_candidates.py ../shared/data/kermany224 --split test --out .../heatmap_candidates_test.json

For the images the product's classifier (default CPU path) calls PNEUMONIA: deletion and insertion areas (the
project's operator: the image's mean grey, on P(pneumonia); insertion into a training NORMAL radiograph the model
calls NORMAL, on P(pneumonia)), a second deletion operator (the mean NORMAL
training radiograph as the fill, on the log-odds), the share of maps peaking at the border, CPU seconds per
image, and the model-randomisation check.  On ``--split val`` it also says which candidate the rule ships.
On ``--split test`` it only reports: the test split never chooses.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman's rank correlation of two maps of the same shape; a constant map has changed completely (0)."""
    from scipy.stats import spearmanr

    a, b = np.ravel(a), np.ravel(b)
    if np.ptp(a) == 0 or np.ptp(b) == 0:
        return 0.0
    return float(spearmanr(a, b).statistic)


def training_normals(root: Path, exclude: set[str], n: int, size: tuple[int, int], seed: int) -> list[np.ndarray]:
    """``n`` training NORMAL radiographs outside the validation split, at ``size``: their mean is the second
    deletion operator's fill, and each in turn is the canvas of the insertion game."""
    from engine.image.imaging import resize
    from engine.image.io import load_image
    from training.data import read_split

    normals = [s for s in read_split(root / "train") if s.label == 0 and str(s.path) not in exclude]
    rng = np.random.default_rng(seed)
    pick = [normals[i] for i in sorted(rng.choice(len(normals), min(n, len(normals)), replace=False))]
    return [resize(load_image(s.path).pixels, *size) for s in pick]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", help="the Kermany root (train/ and test/)")
    ap.add_argument("--split", choices=("val", "test"), default="val")
    ap.add_argument("--model", default=None)
    ap.add_argument("--max-images", type=int, default=60)
    ap.add_argument("--sanity-images", type=int, default=12)
    ap.add_argument("--rise-masks", type=int, default=256)
    ap.add_argument("--normals", type=int, default=200, help="training NORMAL images averaged for the second operator")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=None)
    args = ap.parse_args(argv)

    from engine.bundle.model_bundle import load_bundle
    from engine.files.resources import default_model_dir
    from engine.image.heatmap import upsample
    from engine.image.imaging import resize
    from engine.image.io import load_image
    from engine.image.preprocess import preprocess
    from engine.runners.classifier import Classifier
    from engine.runners.saliency import coarse_to_fine_map, occlusion_map, rise_map, rise_masks
    from training import saliency_candidates as sc
    from training.data import bundle_validation_samples, read_split
    from training.faithfulness import (
        INSERT_KS,
        centred_gaussian,
        curve_area,
        deletion_curve,
        insertion_curve,
        peaks_at_border,
        random_map,
    )

    root = Path(args.data)
    bundle = load_bundle(args.model or default_model_dir())
    clf = Classifier(bundle, gate=False)
    spec = bundle.preprocess_spec
    net = sc._torch_net(bundle)
    rnd_net = sc.randomised_copy(net, seed=args.seed)
    val = bundle_validation_samples(bundle.meta, root)
    samples = val if args.split == "val" else read_split(root / "test")
    preds = list(clf.predict_many([s.path for s in samples]))
    called = [(s, p) for s, p in zip(samples, preds) if p.ok and p.label == "PNEUMONIA"]
    rng = np.random.default_rng(args.seed)
    if args.max_images and len(called) > args.max_images:
        called = [called[i] for i in sorted(rng.choice(len(called), args.max_images, replace=False))]
    size = (spec.height, spec.width)

    def logits(x: np.ndarray) -> np.ndarray:
        return clf.runner.run(np.ascontiguousarray(x, dtype=np.float32))[0]

    def probs(x: np.ndarray) -> np.ndarray:
        return np.array([bundle.probability(v) for v in logits(x)])

    normals = training_normals(root, {str(s.path) for s in val}, args.normals, (224, 224), args.seed)
    # insertion canvases: the training normals the model calls NORMAL (a blank, grey or mean canvas is PNEUMONIA to it)
    canvases = [c for c in normals if float(logits(preprocess(c, spec)[None])[0]) < 0]
    normal_fill = np.mean(normals, axis=0).astype(np.float32)
    masks = rise_masks(args.rise_masks, size, cells=8, seed=args.seed)

    names = (*sc.CANDIDATES, "centred", "random")
    acc: dict[str, dict[str, list[float]]] = {n: {"del": [], "ins": [], "alt": [], "border": [], "sec": [], "rho": []}
                                              for n in names}
    t_start = time.perf_counter()
    for idx, (s, p) in enumerate(called):
        pixels = load_image(s.path).pixels
        h, w = pixels.shape
        x = preprocess(pixels, spec)
        maps: dict[str, np.ndarray] = {}
        cams, t_cam = sc.timed(sc.cam_maps, net, x)
        for k in ("gradcam_b3", "layercam_b3", "gradcam_b2", "layercam_b2", "layercam_fused", "gradcam_b4"):
            maps[k] = cams[k]
            # Grad-CAM on the last block comes with the graph's forward pass: no extra cost on the product's path
            acc[k]["sec"].append(0.0 if k == "gradcam_b4" else t_cam)
        maps["occlusion_8"], t_occ = sc.timed(occlusion_map, logits, x, 8, clf.batch_size, float(p.logit))
        acc["occlusion_8"]["sec"].append(t_occ)
        maps["occlusion_c2f"], t_c2f = sc.timed(coarse_to_fine_map, logits, x, 8, 6, clf.batch_size,
                                                          float(p.logit))
        acc["occlusion_c2f"]["sec"].append(t_c2f)
        maps["rise"], t_rise = sc.timed(rise_map, logits, x, masks, clf.batch_size)
        acc["rise"]["sec"].append(t_rise)
        maps["centred"] = centred_gaussian(h, w)
        maps["random"] = random_map(h, w, rng)
        for n in ("centred", "random"):
            acc[n]["sec"].append(0.0)
        for n, m in maps.items():
            up = upsample(sc._peak(m), h, w)
            acc[n]["del"].append(curve_area(deletion_curve(probs, spec, pixels, up)))
            canvas = canvases[idx % len(canvases)]
            acc[n]["ins"].append(curve_area(insertion_curve(probs, spec, pixels, up, fill=canvas), INSERT_KS))
            acc[n]["alt"].append(curve_area(deletion_curve(logits, spec, pixels, up, fill=normal_fill)))
            if up.max() > 0:
                acc[n]["border"].append(float(peaks_at_border(up)))
        if idx < args.sanity_images:
            rcams = sc.cam_maps(rnd_net, x)
            for k in ("gradcam_b4", "gradcam_b3", "layercam_b3", "gradcam_b2", "layercam_b2", "layercam_fused"):
                acc[k]["rho"].append(spearman(cams[k], rcams[k]))
            f0, f1 = sc.torch_logits(net), sc.torch_logits(rnd_net)
            acc["occlusion_8"]["rho"].append(spearman(occlusion_map(f0, x, 8, 16), occlusion_map(f1, x, 8, 16)))
            acc["occlusion_c2f"]["rho"].append(spearman(coarse_to_fine_map(f0, x, 8, 6, 16),
                                                        coarse_to_fine_map(f1, x, 8, 6, 16)))
            small = masks[: min(len(masks), 128)]
            r0, r1 = (resize(rise_map(f, x, small, 16), 16, 16) for f in (f0, f1))
            acc["rise"]["rho"].append(spearman(r0, r1))
            acc["centred"]["rho"].append(1.0)  # the same map whatever the network
        print(f"[{idx + 1}/{len(called)}] {time.perf_counter() - t_start:.0f} s", file=sys.stderr, flush=True)

    rows = {}
    for n in names:
        a = acc[n]
        rows[n] = sc.CandidateRow(
            name=n, grid=sc.GRIDS[n], runs_on=sc.RUNS_ON.get(n, "torch" if n in sc.CANDIDATES else "-"),
            deletion=float(np.mean(a["del"])), insertion=float(np.mean(a["ins"])), deletion_alt=float(np.mean(a["alt"])),
            border_peaks=float(np.mean(a["border"])) if a["border"] else float("nan"),
            seconds=float(np.median(a["sec"])), sanity_rho=float(np.mean(a["rho"])) if a["rho"] else float("nan"),
            n=len(a["del"]))
    comp = sc.Comparison(split=args.split, rows=rows)
    report = {**comp.as_dict(), "bundle": bundle.summary(), "runner": clf.runner.description,
              "images_called_pneumonia": len(called), "insertion_canvases": len(canvases), "rise_masks": args.rise_masks, "sanity_images":
              min(args.sanity_images, len(called)), "rule": sc.__doc__.split("THE RULE")[1].strip()}
    if args.split == "val":
        chosen, verdicts = sc.choose(rows)
        report["chosen"], report["verdicts"] = chosen, verdicts
    hdr = f"{'candidate':16} {'grid':>4} {'deletion':>8} {'insertion':>9} {'del(alt)':>8} {'border':>6} {'s/img':>6} {'rho':>5}"
    print(hdr)
    for r in rows.values():
        print(f"{r.name:16} {r.grid:>4} {r.deletion:8.3f} {r.insertion:9.3f} {r.deletion_alt:8.3f} "
              f"{r.border_peaks:6.2f} {r.seconds:6.2f} {r.sanity_rho:5.2f}")
    if "chosen" in report:
        print("chosen by the rule:", report["chosen"])
        for k, v in report["verdicts"].items():
            print(f"  {k}: {'passes' if not v else '; '.join(v)}")
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
