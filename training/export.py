"""Best checkpoint -> calibrated, thresholded model bundle (+ test report)."""

from __future__ import annotations

import json
import logging
import os
import platform
from pathlib import Path
from typing import Any

import numpy as np

from engine.bundle import ModelBundle, as_stored, save_bundle
from engine.model import head_meta
from engine.ood import fit_ood
from training.calibrate import apply_calibration, choose_threshold, fit_band, fit_calibration
from training.data import CLASS_NAMES, XrayDataset, summarise
from training.train import TrainConfig, build_network, predict_outputs

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


def export_run(cfg: TrainConfig, result: dict[str, Any], train_s, val_s, splits: dict[str, Path], bundle_dir: Path,
               min_sensitivity: float = 0.95, version: str = "1.0.0", data_summary: dict | None = None,
               evaluate_test: bool = True) -> ModelBundle:
    import torch
    from torch.utils.data import DataLoader

    ck = torch.load(result["best_checkpoint"], map_location="cpu", weights_only=True)
    net = build_network(TrainConfig(**{**cfg.__dict__, "init": "none"}))
    # the bundle stores float16 weights: calibrate on exactly those
    net.load_state_dict(as_stored(ck["model"]))
    net.eval()
    device = torch.device("cuda") if torch.cuda.is_available() else torch.device("cpu")
    net.to(device)
    loader = DataLoader(XrayDataset(val_s, cfg.spec(), None), batch_size=64, shuffle=False)
    logits, val_feats, labels = predict_outputs(net, loader, device)
    # out-of-distribution statistics: training features, cut-off on validation (engine.ood)
    train_loader = DataLoader(XrayDataset(train_s, cfg.spec(), None), batch_size=64, shuffle=False)
    _, train_feats, _ = predict_outputs(net, train_loader, device)
    ood = fit_ood(train_feats, val_feats, pass_rate=0.99)
    net.cpu()
    cal = fit_calibration(logits, labels)
    probs = apply_calibration(logits, cal)
    threshold, at = choose_threshold(probs, labels, min_sensitivity)
    band = fit_band(probs, labels, threshold)
    last = [m for m in net.head.layers if isinstance(m, torch.nn.Linear)][-1]
    with torch.no_grad():
        last.bias += cal.shift  # engine: P = sigmoid(logit / T)
    from sklearn.metrics import roc_auc_score

    val_auc = float(roc_auc_score(labels, probs))
    out = Path(cfg.out_dir)
    np.savez(out / "val_predictions.npz", paths=np.array([str(s.path) for s in val_s]), labels=labels,
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
            "band": band,
        },
        "training": {
            "init": cfg.init, "image_size": cfg.image_size, "batch_size": cfg.batch_size, "epochs_max": cfg.epochs,
            "epochs_run": len(hist), "best_epoch": result.get("best_epoch"), "optimizer": "Adam",
            "lr_max": cfg.lr, "weight_decay": cfg.weight_decay, "schedule": "OneCycleLR (25 % warm-up, cosine)",
            "loss": "BCEWithLogits with pos_weight = n_normal / n_pneumonia",
            "augmentation": dict(cfg.augment.__dict__, flips="none"), "early_stopping":
                f"validation ROC-AUC, patience {cfg.patience}", "seed": cfg.seed, "device": result.get("device"),
            "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} logical CPUs"
                       + (f", {torch.cuda.get_device_name(0)}" if torch.cuda.is_available() else ""),
            "seconds": round(sum(h.get("seconds", 0) for h in hist), 1), "history": hist,
        },
        "data": {
            "dataset": "Kermany et al. 2018 pediatric chest X-ray (CC BY 4.0), resized 224x224 copy",
            "train": summarise(train_s), "validation": summarise(val_s),
            "validation_split": f"{cfg.val_fraction:.2f} of train, StratifiedGroupKFold by patient, seed {cfg.seed}",
            **(data_summary or {}),
        },
        "metrics": {},
        "intended_use": INTENDED_USE,
        "population": POPULATION,
    }
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
    (out / "bundle_meta.json").write_text(json.dumps(dict(meta), indent=2, default=str))
    return bundle
