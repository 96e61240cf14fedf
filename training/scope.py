"""Fit the pixel age check (engine.scope) and write it into a bundle.

    python -m training.scope BUNDLE --data ROOT --adult DIR [--adult DIR ...] [--sources SOURCES.md]

* In scope: the bundle's training images (never its validation images, which
  choose the cut-off; never the test split).
* Out of scope: adult frontal chest radiographs from folders whose licence
  allows use in a product (public domain, CC0, CC BY; their sources and
  licences go into ``bundle.json``'s scope block and the model card).  Research-
  only sets (``../shared/data/scope_dev``) are never passed here: their pixels
  are not fitted.  They were used to measure the gate (``scripts/gate_report.py``)
  and to choose ``--c`` and the negative sets, so the figures measured on them
  are optimistic; a hold-out of other patients is the real check.
* Features: the model's own pooled features, as the engine computes them (fp32
  graph); a class-balanced, L2-regularised logistic regression (scikit-learn)
  on standardised features.
* Cut-off: the log-odds that lets ``pass_rate`` of the validation images pass,
  refitted on the int8 graph's features for the int8 CPU path.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from engine.ood import choose_cutoff
from engine.scope import SCOPE_FILE, ScopeModel


def pooled_features(bundle: Any, paths: Sequence[Path], precision: str = "fp32") -> np.ndarray:
    """The engine's pooled features of ``paths`` (unreadable files are dropped)."""
    from engine.inference import Classifier

    clf = Classifier(bundle, batch_size=16, gate=False, keep_features=True, precision=precision, device="cpu")
    return np.stack([p.features for p in clf.predict_many(paths) if p.features is not None])


def fit_scope(inside: np.ndarray, adult: np.ndarray, val: np.ndarray, pass_rate: float = 0.99,
              c: float = 1.0) -> tuple[ScopeModel, dict[str, Any]]:
    """Logistic regression, in scope (0) vs adult (1); cut-off from the validation features."""
    from sklearn.linear_model import LogisticRegression

    x = np.concatenate([inside, adult]).astype(np.float64)
    y = np.r_[np.zeros(len(inside)), np.ones(len(adult))]
    mean, scale = x.mean(0), x.std(0) + 1e-6
    lr = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit((x - mean) / scale, y)
    model = ScopeModel(mean=mean.astype(np.float32), scale=scale.astype(np.float32),
                       coef=lr.coef_[0].astype(np.float32), intercept=float(lr.intercept_[0]), cutoff=float("inf"))
    cutoff = choose_cutoff(model.score(val), pass_rate)
    model = ScopeModel(model.mean, model.scale, model.coef, model.intercept, cutoff)
    info = {
        "method": "logistic regression (class-balanced, L2, C=%g) on the standardised pooled features: training "
                  "images (in scope) against adult frontal chest radiographs (out of scope)" % c,
        "cutoff": cutoff,
        "target_validation_pass_rate": pass_rate,
        "validation_pass_rate": float(np.mean(model.score(val) < cutoff)),
        "train_images": int(len(inside)), "adult_images": int(len(adult)), "validation_images": int(len(val)),
        "adult_training_images_gated": float(np.mean(model.score(adult) >= cutoff)),
    }
    return model, info


def add_scope(bundle_dir: Path, inside: Sequence[Path], adult: Sequence[Path], val: Sequence[Path],
              sources: str, c: float = 1.0) -> Any:
    from engine.bundle import load_bundle
    from training.bundle_writer import update_bundle

    bundle = load_bundle(bundle_dir)
    f_in, f_adult, f_val = (pooled_features(bundle, list(p)) for p in (inside, adult, val))
    model, info = fit_scope(f_in, f_adult, f_val, c=c)
    if bundle.int8_onnx_path is not None:
        info["cutoff_int8"] = choose_cutoff(model.score(pooled_features(bundle, list(val), "int8")),
                                            info["target_validation_pass_rate"])
    info["negatives"] = sources
    with tempfile.TemporaryDirectory() as tmp:
        model.save(Path(tmp) / SCOPE_FILE)
        out = update_bundle(bundle_dir, {SCOPE_FILE: Path(tmp) / SCOPE_FILE},
                            {"scope": {"file": SCOPE_FILE, "adult": info}})
    if (out.path / "MODEL_CARD.md").is_file():
        from training.model_card import write_model_card

        write_model_card(out.path, out.meta)
    return out


def main(argv: list[str] | None = None) -> int:
    from engine.bundle import load_bundle
    from engine.discover import discover
    from training.data import bundle_validation_samples, find_splits, read_split

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bundle")
    ap.add_argument("--data", required=True, help="the dataset root the bundle was trained on")
    ap.add_argument("--adult", action="append", required=True, help="a folder of permissively licensed adult "
                    "frontal chest radiographs (repeatable)")
    ap.add_argument("--sources", required=True, help="one line naming the negatives' sources and licences "
                    "(recorded in bundle.json and the model card)")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the logistic regression (the shipped "
                    "check: 1.0, chosen among 0.001-3 on scope_dev and a hold-out of the adult negatives)")
    args = ap.parse_args(argv)
    bundle = load_bundle(args.bundle)
    val = bundle_validation_samples(bundle.meta, args.data)
    held = {s.path for s in val}
    train = [s.path for s in read_split(find_splits(args.data)["train"]) if s.path not in held]
    adult = discover(args.adult).images
    out = add_scope(Path(args.bundle), train, adult, [s.path for s in val], args.sources, args.c)
    a = out.meta["scope"]["adult"]
    print(f"{out.summary()}: adult check cut-off {a['cutoff']:.3f}; validation pass {a['validation_pass_rate']:.1%}; "
          f"adult training images gated {a['adult_training_images_gated']:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
