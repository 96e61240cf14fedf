"""Command lines: ``pneumoscan-train`` and ``pneumoscan-evaluate``."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path


def _gammas(text: str) -> tuple[float, ...]:
    """``--tta``: comma-separated tone-curve exponents within the range a bundle may hold."""
    from engine.bundle.model_bundle import TTA_GAMMA_RANGE, TTA_MAX_CURVES

    try:
        gammas = tuple(float(v) for v in text.split(",") if v.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text!r}") from None
    lo, hi = TTA_GAMMA_RANGE
    if (not 1 <= len(gammas) <= TTA_MAX_CURVES or len(set(gammas)) != len(gammas)
            or not all(lo <= g <= hi for g in gammas)):
        raise argparse.ArgumentTypeError(f"give 1-{TTA_MAX_CURVES} different exponents between {lo:g} and {hi:g}")
    return gammas


def train_main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="pneumoscan-train", description="Train a Pneumoscan model and export a bundle.")
    p.add_argument("--data", required=True, help="dataset root (Kaggle chest_xray layout or kermany224 with manifests)")
    p.add_argument("--out", required=True, help="run folder (checkpoints, logs); reused to resume")
    p.add_argument("--bundle", help="where to write the model bundle (default: OUT/bundle)")
    p.add_argument("--init", default="none", help="none | imagenet (torch hub cache) | PATH to torchvision weights")
    p.add_argument("--arch", default="densenet161", choices=["densenet161", "densenet121"])
    p.add_argument("--image-size", type=int, default=128)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--epochs", type=int, default=6)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--patience", type=int, default=3)
    p.add_argument("--val-fraction", type=float, default=0.15)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--device", default="auto")
    p.add_argument("--workers", type=int, default=0)
    p.add_argument("--min-sensitivity", type=float, default=0.95,
                   help="operating point: highest specificity with validation sensitivity >= this")
    g = p.add_argument_group("generalisation; defaults reproduce the original recipe")
    g.add_argument("--val-scheme", default="patient", choices=["patient", "series"],
                   help="series: also hold out the last-numbered patients of each acquisition series (val_series)")
    g.add_argument("--select-on", default=None, choices=["val", "val_series", "val_reacq"],
                   help="validation set whose ROC-AUC picks the epoch (default: val_series with --val-scheme series)")
    g.add_argument("--augment", default="basic", choices=["basic", "equipment"],
                   help="equipment: add gamma/contrast curves, CLAHE, blur/sharpen, noise, JPEG, resolution loss")
    g.add_argument("--mixup", type=float, default=0.0, help="mixup Beta(a, a); 0 = off")
    g.add_argument("--label-smoothing", type=float, default=0.0)
    g.add_argument("--ema", type=float, default=0.0, help="per-step EMA decay of the weights (e.g. 0.99); 0 = off")
    g.add_argument("--tta", type=_gammas, default=(), metavar="G1,G2,...",
                   help="test-time augmentation: average the outputs over these tone curves (u ** G of the [0, 1] "
                        "image; 1 = as is) inside the exported graph, e.g. 0.8,1,1.25; the CPU cost is that many "
                        "passes. Off by default")
    g.add_argument("--no-reacquired-val", action="store_true", help="do not score the re-acquired validation copies")
    g.add_argument("--checkpoint", action="append", default=None, metavar="PT",
                   help="skip training: export these checkpoints (several = one ensemble graph) with the given settings")
    p.add_argument("--no-resume", action="store_true")
    p.add_argument("--version", default="1.0.0", help="version written into the bundle")
    p.add_argument("--max-steps", type=int, default=None, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    from training.data import EQUIPMENT_AUGMENT, AugmentConfig
    from training.pipeline import run_training
    from training.train import ImageNetWeightsUnavailable, TrainConfig

    select_on = args.select_on or ("val_series" if args.val_scheme == "series" else "val")
    cfg = TrainConfig(out_dir=args.out, architecture=args.arch, image_size=args.image_size, batch_size=args.batch_size,
                      epochs=args.epochs, lr=args.lr, init=args.init, patience=args.patience, seed=args.seed,
                      val_fraction=args.val_fraction, device=args.device, num_workers=args.workers,
                      max_steps_per_epoch=args.max_steps,
                      augment=EQUIPMENT_AUGMENT if args.augment == "equipment" else AugmentConfig(),
                      val_scheme=args.val_scheme, select_on=select_on, mixup=args.mixup,
                      label_smoothing=args.label_smoothing, ema=args.ema, tta=args.tta,
                      reacquired_val=not args.no_reacquired_val)
    try:
        result = run_training(cfg, Path(args.data), bundle_dir=Path(args.bundle) if args.bundle else None,
                              resume=not args.no_resume, min_sensitivity=args.min_sensitivity, version=args.version,
                              checkpoints=args.checkpoint)
    except ImageNetWeightsUnavailable as exc:
        print(f"pneumoscan-train: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({k: v for k, v in result.items() if k != "history"}, indent=2, default=str))
    return 0


def evaluate_main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="pneumoscan-evaluate", description="Evaluate a model bundle on a labelled folder.")
    p.add_argument("--model", default=None, help="bundle folder (default: the bundled model)")
    p.add_argument("--data", required=True, help="split folder with NORMAL/ and PNEUMONIA/ (or manifest.csv)")
    p.add_argument("--out", required=True, help="report folder (report.md, report.json, PNG plots)")
    p.add_argument("--device", default="auto")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--bootstrap", type=int, default=2000)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    from engine.bundle.model_bundle import load_bundle
    from engine.errors import BundleError
    from engine.files.resources import default_model_dir
    from training.evaluate import evaluate_bundle

    try:
        bundle = load_bundle(args.model or default_model_dir())
    except BundleError as exc:
        print(f"pneumoscan-evaluate: {exc}", file=sys.stderr)
        return 3
    report = evaluate_bundle(bundle, Path(args.data), Path(args.out), device=args.device,
                             batch_size=args.batch_size, n_bootstrap=args.bootstrap)
    m = report["metrics"]
    print(f"ROC-AUC {m['roc_auc']['value']:.4f}  accuracy {m['accuracy']['value']:.4f}  "
          f"sensitivity {m['sensitivity']['value']:.4f}  specificity {m['specificity']['value']:.4f}  -> {args.out}/report.md")
    return 0
