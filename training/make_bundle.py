"""Best checkpoint -> calibrated, thresholded model bundle (+ test report)."""

from __future__ import annotations

import json
import logging
import os
import platform
from pathlib import Path
from typing import Any

import numpy as np

from engine.bundle.model_bundle import ModelBundle
from engine.runners.torch_backend.network import EnsembleNet, head_meta, with_tta
from training.bundle_writer import as_stored, save_bundle
from training.calibrate import apply_calibration, choose_threshold, fit_band, fit_calibration, fit_heatmap_scale
from training.data import CLASS_NAMES, REACQUIRE_VARIANTS, SERIES_HOLDOUT, XrayDataset, read_split, summarise
from training.ood_fit import fit_ood
from training.train import TrainConfig, build_network, predict_outputs, val_sets

log = logging.getLogger(__name__)

INTENDED_USE = (
    "Decision support for reading frontal (AP/PA) chest radiographs of children (trained on ages 1-5). "
    "It flags images whose appearance suggests pneumonia and shows which regions drove that score. "
    "It is not a diagnosis: the clinician reads the image and decides. Not for lateral views, adults, "
    "other body parts, CT/MR or photographs."
)

POPULATION = {
    # the evidence: Kermany et al. trained and tested on ages 1-5; older or younger children are
    # gated by default and a clinic may relax the age check knowingly (recorded with each result)
    "age_years": [1, 5],
    "trained_age_years": [1, 5],
    "modalities": ["CR", "DX", "DR"],
    "body_parts": ["CHEST", "THORAX", "LUNG"],
    "views": ["AP", "PA"],
    "note": "Kermany et al. 2018: pediatric patients aged 1-5, Guangzhou Women and Children's Medical Center",
}


def load_network(cfg: TrainConfig, checkpoints: list[str]):
    """The stored (float16-rounded) network of one checkpoint, or an :class:`EnsembleNet` of several."""
    import torch

    members = []
    for path in checkpoints:
        ck = torch.load(path, map_location="cpu", weights_only=True)
        net = build_network(TrainConfig(**{**cfg.__dict__, "init": "none"}))
        net.load_state_dict(as_stored(ck.get("model", ck)))  # the bundle stores float16 weights: use exactly those
        members.append(net.eval())
    return members[0] if len(members) == 1 else EnsembleNet(members).eval()


def validation_outputs(net, cfg: TrainConfig, val_s, device, cache: dict | None = None
                       ) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray, list]]:
    """Per validation set (incl. the re-acquired copies): logits, pooled features, labels, samples."""
    from torch.utils.data import DataLoader

    out = {}
    for name, (samples, rq) in val_sets(val_s, cfg.reacquired_val).items():
        loader = DataLoader(XrayDataset(samples, cfg.spec(), None, seed=cfg.seed, reacquired=rq, shared_cache=cache),  # type: ignore[var-annotated, arg-type]  # (a torch-style dataset, torch not imported at module level)
                            batch_size=64, shuffle=False, num_workers=cfg.num_workers)
        logits, feats, labels = predict_outputs(net, loader, device)
        out[name] = (logits, feats, labels, samples)
    return out


def export_run(cfg: TrainConfig, result: dict[str, Any], train_s, val_s, splits: dict[str, Path], bundle_dir: Path,
               min_sensitivity: float = 0.95, version: str = "1.0.0", data_summary: dict | None = None,
               evaluate_test: bool = True, checkpoints: list[str] | None = None) -> ModelBundle:
    """Calibrate the selected checkpoint(s) on validation and write the bundle (+ the test report).

    ``val_s`` is a list (one patient-grouped validation) or a dict of named sets
    (``val``, ``val_series``).  Calibration, the threshold and the indeterminate
    band are fitted on all real validation images together (not the re-acquired
    copies); each set's metrics at that threshold go into ``decision.validation``.
    Several ``checkpoints`` make an ensemble: one graph averaging the members.
    """
    import torch
    from torch.utils.data import DataLoader

    from training.evaluate import point_metrics

    checkpoints = checkpoints or result.get("checkpoints") or [result["best_checkpoint"]]
    net = load_network(cfg, checkpoints)
    spec = cfg.spec()
    # what the bundle's graph computes: calibration, the cut-offs and the heatmap scale are fitted on its outputs
    run_net = with_tta(net, tuple(cfg.tta), spec.mean, spec.std)
    device = torch.device("cuda") if torch.cuda.is_available() else torch.device("cpu")
    run_net.to(device)
    outs = validation_outputs(run_net, cfg, val_s, device)
    real = [k for k in outs if k != "val_reacq"]
    logits = np.concatenate([outs[k][0] for k in real])
    labels = np.concatenate([outs[k][2] for k in real])
    cal_samples = [s for k in real for s in outs[k][3]]
    val_feats = outs["val"][1]
    # out-of-distribution statistics: training features, cut-off on validation (engine.checks.ood)
    train_loader = DataLoader(XrayDataset(train_s, spec, None), batch_size=64, shuffle=False,  # type: ignore[var-annotated, arg-type]  # (a torch-style dataset, torch not imported at module level)
                              num_workers=cfg.num_workers)
    _, train_feats, _ = predict_outputs(run_net, train_loader, device)
    ood = fit_ood(train_feats, val_feats, pass_rate=0.99)
    # one colour scale for every heatmap, from the validation pneumonia images' raw Grad-CAM (engine.image.heatmap)
    val_cams: list = []
    predict_outputs(run_net, DataLoader(XrayDataset(outs["val"][3], spec, None), batch_size=64, shuffle=False,  # type: ignore[arg-type]  # a torch-style dataset
                                    num_workers=cfg.num_workers), device, cams=val_cams)
    heatmap = fit_heatmap_scale(np.concatenate(val_cams), outs["val"][2])
    run_net.cpu()
    cal = fit_calibration(logits, labels)
    probs = apply_calibration(logits, cal)
    threshold, at = choose_threshold(probs, labels, min_sensitivity)
    band = fit_band(probs, labels, threshold)
    lasts = net.last_linears() if isinstance(net, EnsembleNet) else \
        [[m for m in net.head.layers if isinstance(m, torch.nn.Linear)][-1]]
    with torch.no_grad():
        for last in lasts:
            last.bias += cal.shift  # type: ignore[operator, misc]  # engine: P = sigmoid(logit / T); the mean of the members shifts alike
    from sklearn.metrics import roc_auc_score

    val_auc = float(roc_auc_score(labels, probs))
    per_set = {}
    for k, (lg, _f, lb, _smp) in outs.items():
        m = point_metrics(lb, apply_calibration(lg, cal), threshold)
        per_set[k] = {"n": int(len(lb)), **{x: m[x] for x in ("roc_auc", "accuracy", "sensitivity", "specificity", "ece")}}
    out = Path(cfg.out_dir)
    np.savez(out / "val_predictions.npz", paths=np.array([str(s.path) for s in cal_samples]), labels=labels,
             logits=logits + cal.shift, probs=probs)

    hist = result.get("history", [])
    meta: dict[str, Any] = {
        "name": "pneumoscan-densenet161" if cfg.architecture == "densenet161" else f"pneumoscan-{cfg.architecture}",
        "version": version,
        "architecture": cfg.architecture,
        "head": head_meta(cfg.hidden, cfg.dropout),
        "class_names": list(CLASS_NAMES),
        "input": cfg.spec().to_meta(),
        "decision": {
            "threshold": threshold,
            "rule": f"highest validation specificity with validation sensitivity >= {min_sensitivity}",
            **at,
            "temperature": cal.temperature,
            "calibration": cal.method,
            "val_roc_auc": val_auc,
            "validation": {"fitted_on": " + ".join(real), **per_set},
            "band": band,
        },
        "heatmap": heatmap,
        "training": {
            "init": cfg.init, "image_size": cfg.image_size, "batch_size": cfg.batch_size, "epochs_max": cfg.epochs,
            "epochs_run": len(hist), "best_epoch": result.get("best_epoch"), "optimizer": "Adam",
            "lr_max": cfg.lr, "weight_decay": cfg.weight_decay, "schedule": "OneCycleLR (25 % warm-up, cosine)",
            "loss": "BCEWithLogits with pos_weight = n_normal / n_pneumonia"
                    + (f", label smoothing {cfg.label_smoothing}" if cfg.label_smoothing else ""),
            "augmentation": dict(cfg.augment.__dict__, flips="none", equipment=cfg.augment.equipment),
            "mixup_alpha": cfg.mixup, "label_smoothing": cfg.label_smoothing,
            "ema_decay": cfg.ema, "weights": "exponential moving average" if cfg.ema else "last optimiser step",
            "test_time_augmentation": f"tone curves u ** {list(cfg.tta)}, averaged in the graph" if cfg.tta else "none",
            "ensemble_members": len(checkpoints),
            "validation_scheme": cfg.val_scheme, "selected_on": f"{cfg.select_on} ROC-AUC",
            "early_stopping": f"{cfg.select_on} ROC-AUC, patience {cfg.patience}", "seed": cfg.seed,
            "device": result.get("device"),
            "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} logical CPUs"
                       + (f", {torch.cuda.get_device_name(0)}" if torch.cuda.is_available() else ""),
            "seconds": round(sum(h.get("seconds", 0) for h in hist), 1), "history": hist,
        },
        "data": {
            "dataset": "Kermany et al. 2018 pediatric chest X-ray (CC BY 4.0), resized 224x224 copy",
            "train": summarise(train_s),
            "validation": summarise(val_s if not isinstance(val_s, dict) else val_s["val"]),
            **({"validation_series": summarise(val_s["val_series"]),
                "validation_series_rule": f"patients numbered at or above {SERIES_HOLDOUT} in their series "
                                          "(IM-, NORMAL2-IM-, person), held out whole"}
               if isinstance(val_s, dict) and "val_series" in val_s else {}),
            **({"validation_reacquired": f"the validation images re-rendered, one variant each: {list(REACQUIRE_VARIANTS)}"}
               if cfg.reacquired_val else {}),
            "validation_split": f"{cfg.val_fraction:.2f} of train, StratifiedGroupKFold by patient, seed {cfg.seed}",
            **(data_summary or {}),
        },
        "metrics": {},
        "intended_use": INTENDED_USE,
        "population": POPULATION,
    }
    if len(checkpoints) > 1:
        meta["ensemble"] = {"members": len(checkpoints), "combine": "mean of the members' logits, Grad-CAM maps and "
                            "pooled features, inside the one ONNX graph"}
    if cfg.tta:
        meta["test_time_augmentation"] = {
            "gammas": list(cfg.tta),
            "combine": "mean of the logits, Grad-CAM maps and pooled features over the tone curves u ** gamma of the "
                       "[0, 1] preprocessed image, inside the one ONNX graph (engine.runners.torch_backend.network.ToneAverage)"}
    bundle = save_bundle(bundle_dir, net.state_dict(), meta, overwrite=True, ood=ood)
    if evaluate_test and "test" in splits:
        from training.evaluate import evaluate_bundle

        report = evaluate_bundle(bundle, splits["test"], out / "report_test")
        meta["metrics"] = {"split": "official Kermany test split (624 images), used only for this report",
                           **report["metrics"], "confusion_matrix": report["confusion_matrix"],
                           "n": report["n"], "bootstrap": report["bootstrap"]}
        meta["data"]["test"] = {"total": report["n"], "PNEUMONIA": report["n_positive"], "NORMAL": report["n_negative"]}
        bundle = save_bundle(bundle_dir, net.state_dict(), meta, overwrite=True, ood=ood)
        import shutil

        shutil.copytree(out / "report_test", bundle.path / "report", dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("predictions.csv"))
        from training.model_card import write_model_card

        write_model_card(bundle.path, bundle.meta)
    # the int8 CPU graph, calibrated on training images and gated on validation (training.quantize)
    from training.quantize import add_int8, calibration_samples

    val_main = val_s["val"] if isinstance(val_s, dict) else val_s
    bundle = add_int8(bundle.path, calibration_samples(list(train_s), 128, cfg.seed), val_main,
                      read_split(splits["test"]) if evaluate_test and "test" in splits else None)
    # the input checks, fitted together on both graphs' features (training.fit_checks; the adult check needs licensed
    # negatives: `python -m training.fit_checks BUNDLE --adult DIR ...` adds it)
    from training.fit_checks import fit_gate

    bundle = fit_gate(bundle.path, [s.path for s in train_s], [s.path for s in val_main])
    (out / "bundle_meta.json").write_text(json.dumps(dict(bundle.meta), indent=2, default=str))
    return bundle
