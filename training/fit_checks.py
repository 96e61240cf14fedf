"""Fit a bundle's pixel input checks together and write them into it.

    python -m training.fit_checks BUNDLE --data ROOT [--adult DIR ... --sources "..."] [--c 1.0]

Two checks read the model's own features (no extra network pass):

* **Out of distribution** (engine.checks.ood.FeatureEnsemble): one Gaussian per feature
  vector -- the last dense block's (``pooled``) and the third's
  (``pooled_mid``, added to the graphs here where missing) -- fitted on the
  training images; each distance standardised by its validation mean and
  spread; the sum is the score (Lee et al. 2018's feature ensemble).
* **Adult appearance** (engine.checks.scope.ScopeModel), with ``--adult``: a
  class-balanced, L2-regularised logistic regression (scikit-learn) on both
  feature vectors, standardised: the training images (in scope) against adult
  frontal chest radiographs whose licences allow use in a product (sources and
  licences recorded in the bundle and the model card).  Without ``--adult`` a
  bundle's existing adult check is kept and only its cut-offs are refitted.
  Each image of both classes also enters the fit once re-rendered by the
  training's equipment augmentation, so the check learns age, not a source's
  equipment.  Chosen on licensed data only, by leaving one source of negatives
  out of the fit and measuring the gate on it (figures: ``docs/training.md``).

In scope are the bundle's training images only: never its validation images
(they choose the cut-offs), never the test split.  Research-only sets
(``../shared/data/scope_dev``) are never passed here: they were used to measure
the gate (``scripts/gate_report.py``) and to choose the feature layers, the
joint rule and ``--c``, so the figures measured on them are optimistic.

**Cut-offs, one rule for both checks and both precisions**: the two checks
together let ``pass_rate`` (99 %) of the validation images pass, each check's
cut-off at the same validation quantile.  Before, each check let 99 % pass on
its own, so together they refused about 2 % of the validation images.  The
statistics are fitted once, on the fp32 graph's features; the int8 graph's
cut-offs are refitted on its own validation features (why not refit the
statistics on int8 features too: ``docs/training.md``).
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from engine.checks.ood import OOD_FILE
from engine.checks.scope import SCOPE_FILE, ScopeModel, stack_inputs
from training.graphs import graph_features
from training.ood_fit import choose_cutoff, fit_ensemble

PASS_RATE = 0.99


def joint_cutoffs(val_scores: Sequence[np.ndarray], pass_rate: float = PASS_RATE) -> tuple[list[float], float]:
    """Cut-offs at one common validation quantile ``q``: the smallest ``q >= pass_rate`` at which an image passes
    every check in at least ``pass_rate`` of the validation images.  Returns the cut-offs and ``q``."""
    n = len(val_scores[0])
    q = pass_rate
    while True:
        cuts = [choose_cutoff(s, min(q, 1.0)) for s in val_scores]
        passed = np.all([s <= c for s, c in zip(val_scores, cuts)], axis=0)
        if passed.mean() >= pass_rate or q >= 1.0:
            return cuts, float(min(q, 1.0))
        q += 0.25 / n


def fit_scope(inside: np.ndarray, adult: np.ndarray, inputs: tuple[str, ...], c: float = 1.0) -> ScopeModel:
    """Logistic regression, in scope (0) vs adult (1), on standardised features; the cut-off is left open."""
    from sklearn.linear_model import LogisticRegression

    x = np.concatenate([inside, adult]).astype(np.float64)
    y = np.r_[np.zeros(len(inside)), np.ones(len(adult))]
    mean, scale = x.mean(0), x.std(0) + 1e-6
    lr = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit((x - mean) / scale, y)
    return ScopeModel(mean=mean.astype(np.float32), scale=scale.astype(np.float32), coef=lr.coef_[0].astype(np.float32),
                      intercept=float(lr.intercept_[0]), cutoff=float("inf"), inputs=inputs)


def _with_mid_output(src: Path, dst: Path) -> bool:
    """Copy the graph ``src`` to ``dst`` with the ``pooled_mid`` output added; False if it has it (or cannot)."""
    import onnx

    from training.onnx_export import add_mid_output

    model = onnx.load(str(src))
    if not add_mid_output(model):
        return False
    onnx.save(model, str(dst))
    return True


def fit_gate(bundle_dir: Path, train: Sequence[Path], val: Sequence[Path], adult: Sequence[Path] | None = None,
             sources: str | None = None, c: float = 1.0, pass_rate: float = PASS_RATE,
             augmented_copies: int = 1) -> Any:
    """Fit the checks (see the module notes) and write them into the bundle (``update_bundle``)."""
    from engine.bundle.model_bundle import load_bundle, thaw
    from training.bundle_writer import update_bundle
    from training.onnx_export import MID_OUTPUT

    bundle = load_bundle(bundle_dir)
    spec = bundle.preprocess_spec
    if bundle.onnx_path is None:
        raise ValueError("fitting the input checks needs the bundle's fp32 graph")
    files: dict[str, Path] = {}
    updates: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        graphs = {"fp32": bundle.onnx_path}
        if bundle.int8_onnx_path is not None:
            graphs["int8"] = bundle.int8_onnx_path
        for precision, path in list(graphs.items()):
            if _with_mid_output(path, Path(tmp) / path.name):
                files[path.name] = graphs[precision] = Path(tmp) / path.name
        import onnx

        names = {o.name for o in onnx.load(str(graphs["fp32"]), load_external_data=False).graph.output}
        outputs = (MID_OUTPUT, "pooled") if MID_OUTPUT in names else ("pooled",)
        f_train = graph_features(graphs["fp32"], list(train), spec, outputs)
        f_val = {p: graph_features(g, list(val), spec, outputs) for p, g in graphs.items()}
        ood, layers = fit_ensemble(f_train, f_val["fp32"], outputs)

        scope_meta = dict(bundle.meta.get("scope") or {})
        scope: ScopeModel | None = bundle.scope_model() if scope_meta else None
        adult_info: dict[str, Any] = dict(scope_meta.get("adult", {}))
        if adult:
            f_adult = graph_features(graphs["fp32"], list(adult), spec, outputs)
            inside, outside = [stack_inputs(f_train, outputs)], [stack_inputs(f_adult, outputs)]
            for k in range(augmented_copies):  # both classes, so the check cannot key on one source's equipment
                inside.append(stack_inputs(graph_features(graphs["fp32"], list(train), spec, outputs,
                                                     augment_seed=2 * k), outputs))
                outside.append(stack_inputs(graph_features(graphs["fp32"], list(adult), spec, outputs,
                                                      augment_seed=2 * k + 1), outputs))
            scope = fit_scope(np.concatenate(inside), np.concatenate(outside), outputs, c)
            adult_info = {
                "method": "logistic regression (class-balanced, L2, C=%g) on the standardised features of the last "
                          "and the third dense block: training images (in scope) against adult frontal chest "
                          "radiographs (out of scope)" % c
                          + (f", each image also once per copy re-rendered by the equipment augmentation "
                             f"({augmented_copies} cop{'y' if augmented_copies == 1 else 'ies'})"
                             if augmented_copies else ""),
                "augmented_copies": augmented_copies,
                "train_images": len(train), "adult_images": len(adult), "validation_images": len(val),
                "negatives": sources or "not recorded",
            }

        cut: dict[str, tuple[float, float | None, float]] = {}
        for precision, fv in f_val.items():
            scores = [ood.score(fv)] + ([scope.score(fv)] if scope is not None else [])
            cuts, q = joint_cutoffs(scores, pass_rate)
            cut[precision] = (cuts[0], cuts[1] if scope is not None else None, q)
        ood = ood.with_cutoff(cut["fp32"][0])
        ood.save(Path(tmp) / OOD_FILE)
        files[OOD_FILE] = Path(tmp) / OOD_FILE

        rates: dict[str, dict[str, float]] = {}  # per precision: share of validation images passing each check
        for precision, (c_ood, c_adult, _) in cut.items():
            fv = f_val[precision]
            ok_ood = ood.score(fv) <= c_ood
            ok_adult = scope.score(fv) < c_adult if scope is not None and c_adult is not None else np.ones_like(ok_ood)
            rates[precision] = {"ood": float(ok_ood.mean()), "adult": float(ok_adult.mean()),
                                "both": float((ok_ood & ok_adult).mean())}

        rule = (f"the checks together let {pass_rate:.0%} of the validation images pass, each check's cut-off at the "
                "same validation quantile")
        updates["ood"] = {
            "file": OOD_FILE,
            "method": "feature-ensemble Mahalanobis distance (Lee et al. 2018): one Ledoit-Wolf Gaussian of the "
                      "training images per feature vector (" + ", ".join(outputs) + "), each distance standardised "
                      "by its validation mean and spread, summed",
            "layers": [{**m, **{k: v for k, v in info.items() if k != "output"}}
                       for m, info in zip(ood.layers_meta(), layers)],
            "cutoff": cut["fp32"][0],
            "cutoff_rule": rule,
            "validation_quantile": cut["fp32"][2],
            "target_validation_pass_rate": pass_rate,
            "validation_pass_rate": rates["fp32"]["ood"],
            "train_images": len(train), "validation_images": len(val),
        }
        if "int8" in cut:
            updates["quantized"] = {**bundle.meta["quantized"], "ood_cutoff": cut["int8"][0],
                                    "ood_cutoff_rule": rule + ", on the int8 graph's validation features",
                                    "validation_pass_rates_int8": rates["int8"]}
        if scope is not None:
            if adult:
                scope.save(Path(tmp) / SCOPE_FILE)
                files[SCOPE_FILE] = Path(tmp) / SCOPE_FILE
            adult_info.update(cutoff=cut["fp32"][1], target_validation_pass_rate=pass_rate,
                              validation_pass_rate=rates["fp32"]["adult"], cutoff_rule=rule)
            if "int8" in cut:
                adult_info["cutoff_int8"] = cut["int8"][1]
            else:
                adult_info.pop("cutoff_int8", None)
            if adult:
                adult_info["adult_training_images_gated"] = float(np.mean(
                    scope.score(f_adult) >= adult_info["cutoff"]))
            updates["scope"] = {"file": SCOPE_FILE, "inputs": list(scope.inputs), "adult": adult_info}
        updates["ood"]["validation_pass_rate_all_checks"] = rates["fp32"]["both"]
        if bundle.onnx_path.name in files and bundle.meta.get("onnx"):
            updates["onnx"] = {**bundle.meta["onnx"], "outputs": ["logit", "cam", *outputs[::-1]]}
        out = update_bundle(bundle_dir, files, thaw(updates))
    if (out.path / "MODEL_CARD.md").is_file():
        from training.model_card import write_model_card

        write_model_card(out.path, out.meta)
    return out


def main(argv: list[str] | None = None) -> int:
    from engine.batch.discover import discover
    from engine.bundle.model_bundle import load_bundle
    from training.data import bundle_validation_samples, find_splits, read_split

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bundle")
    ap.add_argument("--data", required=True, help="the dataset root the bundle was trained on")
    ap.add_argument("--adult", action="append", default=[], help="a folder of permissively licensed adult frontal "
                    "chest radiographs (repeatable); without it the bundle's adult check is kept")
    ap.add_argument("--sources", help="one line naming the negatives' sources and licences (recorded in bundle.json "
                    "and the model card); required with --adult")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the logistic regression (the shipped "
                    "check: 1.0; among 0.01-100 it gated the most of a held-out source of negatives)")
    ap.add_argument("--augmented-copies", type=int, default=1, help="equipment-augmented copies of every image in the "
                    "adult check's fit (default 1; see the module notes)")
    args = ap.parse_args(argv)
    if args.adult and not args.sources:
        ap.error("--sources is required with --adult")
    bundle = load_bundle(args.bundle)
    val = bundle_validation_samples(bundle.meta, args.data)
    held = {s.path for s in val}
    train = [s.path for s in read_split(find_splits(args.data)["train"]) if s.path not in held]
    adult = discover(args.adult).images if args.adult else None
    out = fit_gate(Path(args.bundle), train, [s.path for s in val], adult, args.sources, args.c,
                   augmented_copies=args.augmented_copies)
    o = out.meta["ood"]
    print(f"{out.summary()}: out-of-distribution cut-off {o['cutoff']:.3f} ({', '.join(la['output'] for la in o['layers'])})"
          + (f", adult check cut-off {out.meta['scope']['adult']['cutoff']:.3f}" if out.meta.get("scope") else "")
          + f"; validation images passing both checks {o['validation_pass_rate_all_checks']:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
