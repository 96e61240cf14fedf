"""MODEL_CARD.md from a bundle's metadata and its test report."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from engine.bundle.model_bundle import thaw


def _m(metrics: Mapping[str, Any], key: str) -> str:
    v = metrics.get(key)
    if not isinstance(v, Mapping):
        return "n/a"
    return f"{v['value']:.3f} (95 % CI {v['ci95'][0]:.3f}-{v['ci95'][1]:.3f})"


def _band_lines(band: Mapping[str, Any] | None) -> list[str]:
    if not band:
        return ["- Indeterminate band: none (every score gets a label)."]
    return [f"- Indeterminate band: pneumonia scores {band['low'] * 100:.1f}-{band['high'] * 100:.1f} (P(pneumonia) "
            f"{band['low']:.4f}-{band['high']:.4f}) are shown as \"Indeterminate - read carefully\" instead of a "
            f"label. Rule: {band['rule']}. On validation: {band['val_fraction_in_band']:.1%} of images fall in the band; "
            f"{band['val_pneumonia_below_low']:.1%} of pneumonia images score below it and "
            f"{band['val_normal_above_high']:.1%} of normal images above it; error rate outside the band "
            f"{band['val_error_outside_band']:.1%}."]


def render_model_card(meta: Mapping[str, Any], report_rel: str = "report",
                      faithfulness: Mapping[str, Any] | None = None,
                      candidates: Mapping[str, Mapping[str, Any]] | None = None) -> str:
    m = thaw(meta)
    tr, data, dec, met = m["training"], m["data"], m["decision"], m.get("metrics", {})
    cm = met.get("confusion_matrix", {}).get("rows_true_cols_pred", [[0, 0], [0, 0]])
    size = m["input"]["size"]
    hist = tr.get("history", [])
    lines = [
        f"# Model card: {m['name']} {m['version']}",
        "",
        "## Intended use",
        m["intended_use"],
        "",
        "## Model",
        f"- Architecture: torchvision {m['architecture']} backbone, task head: {m['head']['description']}.",
        f"- Input: {size[0]}x{size[1]} px greyscale replicated to 3 channels, ImageNet mean/std normalisation "
        "(engine.image.preprocess, shared by training and inference).",
        f"- Initialisation: {'ImageNet weights' if tr['init'] != 'none' else 'random (no ImageNet weights were available offline)'}.",
        f"- Decision threshold {dec['threshold']:.4f} on the calibrated P(pneumonia): {dec['rule']} "
        f"(validation sensitivity {dec.get('val_sensitivity', float('nan')):.3f}, specificity {dec.get('val_specificity', float('nan')):.3f}).",
        f"- Calibration: {dec['calibration']}; temperature {dec['temperature']:.4f}.",
        *_band_lines(dec.get("band")),
        f"- Weights: float16 safetensors (sha256 `{m['weights']['sha256']}`) and the same network as ONNX "
        f"(outputs logit, last-block Grad-CAM map, pooled features; float16 storage, float32 compute).",
        "",
        "## Data",
        f"- {data['dataset']}. Pediatric patients aged 1-5, Guangzhou Women and Children's Medical Center, "
        "anterior-posterior chest X-rays. Kermany et al. 2018, doi:10.17632/rscbjbr9sj, CC BY 4.0.",
        f"- Training: {data['train']['total']} images ({data['train']['NORMAL']} NORMAL, {data['train']['PNEUMONIA']} PNEUMONIA, "
        f"{data['train']['patients']} patients). Validation: {data['validation']['total']} images "
        f"({data['validation']['NORMAL']} NORMAL, {data['validation']['PNEUMONIA']} PNEUMONIA, {data['validation']['patients']} patients), "
        f"{data['validation_split']}.",
        f"- Test: the official test split ({met.get('n', 'n/a')} images), used only for the final report below, never to choose anything.",
        f"- Manifests: train sha256 `{data.get('train_manifest_sha256')}`, test sha256 `{data.get('test_manifest_sha256')}`.",
        "",
        "## Training recipe",
        f"- {tr['epochs_run']} epochs run (max {tr['epochs_max']}); the best checkpoint by validation ROC-AUC is epoch "
        f"{tr['best_epoch']} (early stopping on {tr['early_stopping']}); batch {tr['batch_size']}; {tr['optimizer']} with "
        f"{tr['schedule']} to lr {tr['lr_max']}; "
        f"{tr['loss']}; augmentation {tr['augmentation']}; seed {tr['seed']}.",
        f"- Generalisation switches: {_switches(m)}.",
        f"- Hardware: {tr['device'].upper()} ({tr['machine']}); training time {tr['seconds'] / 60:.0f} min "
        "(the machine was shared with other work during part of the run).",
        "",
        "| epoch | train loss | val loss | val ROC-AUC | s |",
        "|---|---|---|---|---|",
        *[f"| {h['epoch']} | {h['train_loss']:.4f} | {h['val_loss']:.4f} | {h['val_auc']:.4f} | {h['seconds']:.0f} |" for h in hist],
        "",
        "## Results on the official test split (624 images)",
        "",
        "| metric | value (95 % bootstrap CI) |",
        "|---|---|",
        *[f"| {k} | {_m(met, k)} |" for k in ("roc_auc", "pr_auc", "accuracy", "sensitivity", "specificity", "precision",
                                             "f1", "brier", "ece")],
        "",
        "Confusion matrix at the shipped threshold (rows: truth, columns: prediction):",
        "",
        "| | pred NORMAL | pred PNEUMONIA |",
        "|---|---|---|",
        f"| NORMAL | {cm[0][0]} | {cm[0][1]} |",
        f"| PNEUMONIA | {cm[1][0]} | {cm[1][1]} |",
        "",
        f"![ROC]({report_rel}/roc_curve.png) ![PR]({report_rel}/pr_curve.png) "
        f"![Reliability]({report_rel}/reliability.png) ![Confusion]({report_rel}/confusion_matrix.png)",
        "",
        *_shift_lines(m),
        *_heatmap_lines(m.get("heatmap"), faithfulness, candidates),
        *_int8_lines(m.get("quantized")),
        "## Input gate",
        *([f"- Out-of-distribution check: {m['ood']['method']}; cut-off {m['ood']['cutoff']:.2f}, "
           + (f"chosen so that {m['ood']['cutoff_rule']} (measured: {m['ood']['validation_pass_rate']:.1%} pass this "
              f"check, {m['ood']['validation_pass_rate_all_checks']:.1%} of {m['ood']['validation_images']} pass all)."
              if m['ood'].get('cutoff_rule') else
              f"chosen so that {m['ood']['target_validation_pass_rate']:.0%} of validation images pass (measured: "
              f"{m['ood']['validation_pass_rate']:.1%} of {m['ood']['validation_images']}).")] if m.get("ood") else []),
        *([f"- Adult-appearance check (`engine.checks.scope`, relaxed with the age check): {m['scope']['adult']['method']}; "
           f"{m['scope']['adult']['train_images']} training images against {m['scope']['adult']['adult_images']} adult "
           f"radiographs; cut-off {m['scope']['adult']['cutoff']:.2f} (log-odds), chosen "
           + (f"with the out-of-distribution check ({m['scope']['adult']['cutoff_rule']})"
              if m['scope']['adult'].get('cutoff_rule') else
              f"so that {m['scope']['adult']['target_validation_pass_rate']:.0%} of validation images pass")
           + f" (measured: {m['scope']['adult']['validation_pass_rate']:.1%} pass this check).",
           f"- Its negatives, with sources and licences: {m['scope']['adult']['negatives']}"] if m.get("scope") else []),
        f"- DICOM tag checks against the declared population: {m.get('population', {})}.",
        "- `scripts/gate_report.py` measures the share of the official test split and of generated "
        "non-chest-X-ray images that the gate refuses.",
        "",
        "## Known limits",
        "- Single centre, ages 1-5, one country: performance elsewhere (other equipment, adults, other populations) is unknown.",
        "- Trained on a resized copy (224x224, aspect ratio not kept, JPEG re-encoded) of the dataset; full-resolution "
        "DICOMs are squashed the same way at inference, but results are not directly comparable to full-resolution work.",
        f"- Input resolution {size[0]} px (chosen so that training fits a 2-core CPU); "
        + (f"the occlusion map is {m['heatmap']['grid']}x{m['heatmap']['grid']} cells before upsampling, each "
           f"{size[0] // m['heatmap']['grid']} px of the network's input."
           if m.get("heatmap", {}).get("method") == "occlusion" else
           f"the Grad-CAM map is {size[0] // 32}x{size[1] // 32} cells before upsampling: coarse."),
        "- The official test split is known to differ from train (62.5 % vs 74 % pneumonia, different look); the "
        "threshold chosen on validation may not transfer, which shows as the gap between validation and test specificity.",
        "- Heatmaps show what drove the score; they are not a localisation or segmentation of disease.",
        "- Byte-identical duplicates exist within patients in the dataset (grouped splits keep them on one side).",
    ]
    if tr["init"] == "none":
        lines.append("- Trained without ImageNet initialisation (weights unavailable offline); ImageNet "
                     "initialisation (`pneumoscan-train --init imagenet`) and full 224 px training on a GPU are the "
                     "first things to try to close the gap to the generalisation targets (test ROC-AUC >= 0.98, accuracy >= 0.93, "
                     "ECE <= 0.05).")
    return "\n".join(lines + _residual_risks(met)) + "\n"


def _residual_risks(metrics: Mapping[str, Any]) -> list[str]:
    """The risks Pneumoscan's hazard log keeps on purpose (engine.product.RESIDUAL_RISKS), with this model's test-split
    figures where it has them."""
    from engine.product import HAZARD_LOG, RESIDUAL_RISKS

    lines = ["", "## Hazards and residual risks",
             f"Pneumoscan's hazard log (`{HAZARD_LOG}` in the source tree) ties every known hazard to the control that "
             "reduces it and the test that verifies it. The risks it keeps on purpose:"]
    lines += [f"- {text} ({', '.join(ids)})" for ids, text in RESIDUAL_RISKS]
    cm = metrics.get("confusion_matrix", {}).get("rows_true_cols_pred")
    if cm and isinstance(metrics.get("specificity"), Mapping) and isinstance(metrics.get("sensitivity"), Mapping):
        (tn, fp), (fn, tp) = cm
        lines.append(f"- Measured on the official test split ({tn + fp + fn + tp} images, reported only): specificity "
                     f"{_m(metrics, 'specificity')}, {fp} of {tn + fp} normal children called PNEUMONIA; sensitivity "
                     f"{_m(metrics, 'sensitivity')}, {fn} of {fn + tp} pneumonias called NORMAL.")
    return lines


def write_model_card(bundle_dir: Path, meta: Mapping[str, Any]) -> Path:
    """MODEL_CARD.md from the metadata, plus report/faithfulness.json (scripts/heatmap_faithfulness.py) if present."""
    import json

    p = Path(bundle_dir) / "MODEL_CARD.md"
    faith_file = Path(bundle_dir) / "report" / "faithfulness.json"
    faith = json.loads(faith_file.read_text(encoding="utf-8")) if faith_file.is_file() else None
    candidates = {split: json.loads(f.read_text(encoding="utf-8")) for split in ("val", "test")
                  if (f := Path(bundle_dir) / "report" / f"heatmap_candidates_{split}.json").is_file()}
    p.write_text(render_model_card(meta, faithfulness=faith, candidates=candidates), encoding="utf-8")
    return p


def _switches(m: Mapping[str, Any]) -> str:
    tr = m["training"]
    aug = tr.get("augmentation", {})
    tta = m.get("test_time_augmentation")
    return "; ".join([
        f"validation scheme {tr.get('validation_scheme', 'patient')}, epoch chosen on {tr.get('selected_on', 'val ROC-AUC')}",
        "equipment augmentation" + ("" if isinstance(aug, Mapping) and aug.get("equipment") else " off"),
        f"mixup {tr['mixup_alpha']}" if tr.get("mixup_alpha") else "no mixup",
        f"label smoothing {tr['label_smoothing']}" if tr.get("label_smoothing") else "no label smoothing",
        f"EMA of the weights, decay {tr['ema_decay']}" if tr.get("ema_decay") else "no weight averaging",
        f"test-time augmentation over tone curves {list(tta['gammas'])}" if tta else "no test-time augmentation",
        f"ensemble of {m['ensemble']['members']} networks in one graph" if m.get("ensemble") else "one network"])


def _shift_lines(m: Mapping[str, Any]) -> list[str]:
    """Every validation the bundle records next to the test split, and why they differ."""
    dec, met, data = m["decision"], m.get("metrics", {}), m["data"]
    names = {"val": "validation (patient-grouped)", "val_series": "series hold-out (last-numbered patients)",
             "val_reacq": "validation re-acquired (other resolution, JPEG, tone curves, noise)"}
    rows = [(names.get(k, k), v) for k, v in dec.get("validation", {}).items() if isinstance(v, Mapping)]
    if not rows:  # bundles calibrated before the per-set record: the one validation split
        v = data["validation"]
        rows = [(names["val"], {"n": v["total"], "roc_auc": dec.get("val_roc_auc"), "sensitivity": dec.get("val_sensitivity"),
                                "specificity": dec.get("val_specificity")})]
    if met.get("roc_auc"):
        rows.append(("**official test split** (reported only)",
                     {"n": met.get("n"), **{k: met[k]["value"] for k in ("roc_auc", "accuracy", "sensitivity",
                                                                        "specificity", "ece") if k in met}}))

    def cell(v: Any) -> str:
        return f"{v:.3f}" if isinstance(v, (int, float)) and not isinstance(v, bool) else "n/a"

    aucs = [r["roc_auc"] for _, r in rows[:-1 if met.get("roc_auc") else None] if isinstance(r.get("roc_auc"), float)]
    lo, hi = (f"{min(aucs):.3f}", f"{max(aucs):.3f}") if aucs else ("", "")
    spread = (f" Here the validation ROC-AUC is {lo if lo == hi else f'{lo}-{hi}'} and the test split's "
              f"{met['roc_auc']['value']:.3f}." if aucs and met.get("roc_auc") else "")
    test, train = data.get("test", {}), data["train"]
    share = (f" Pneumonia is {train['PNEUMONIA'] / train['total']:.1%} of the training images and "
             f"{test['PNEUMONIA'] / test['total']:.1%} of the test images." if test.get("total") else "")
    return ["## Validation and the shift to the test split", "",
            "| set | images | ROC-AUC | accuracy | sensitivity | specificity | ECE |", "|---|---|---|---|---|---|---|",
            *[f"| {name} | {r.get('n', 'n/a')} | {cell(r.get('roc_auc'))} | {cell(r.get('accuracy'))} | "
              f"{cell(r.get('sensitivity'))} | {cell(r.get('specificity'))} | {cell(r.get('ece'))} |" for name, r in rows],
            "", "The threshold and the calibration were fitted on validation and applied unchanged to the test split. "
            "The test images come from the same hospital at another time; they look different (exposure, "
            "equipment, cropping) and have another class mix." + share + spread + " In every recipe recorded in "
            "`training/experiments.md` (in the source tree, with both validations and the test split), the "
            "validations built from the training images (patient-grouped, the last-numbered patients of each series, "
            "re-acquired copies) scored well above the test split, which lost mostly specificity: normal children of "
            "the new period are called PNEUMONIA more often, and the calibrated probabilities are too confident "
            "there. Expect the same at a new site until its own labelled images have checked the threshold.",
            *([] if m["training"].get("validation_scheme", "patient") != "patient" else [
                "", "This model was validated on the patient-grouped split only: it trained on most of the series "
                "hold-out, so it has no series hold-out number. `training/experiments.md` compares the shipped model "
                "with series-trained candidates on the validation images that no model trained on "
                "(`scripts/common_holdout.py`)."]), ""]


def _int8_lines(q: Mapping[str, Any] | None) -> list[str]:
    if not q:
        return []
    g, t = q["gate"], q.get("test_report_only")
    lines = ["## int8 on the CPU", "",
             f"- `{q['file']}`: {q['format']} static quantisation ({q['weights']} weights, {q['activations']} "
             f"activations, {', '.join(q['quantised_ops'])} only"
             + (f", float32 convolutions: {q['float_convolutions']}" if q.get("float_convolutions") else "")
             + f"; {q['calibration']}). {q['chosen']}.",
             f"- Gate ({g['rule']}), on {g['n']} validation images: ROC-AUC {g['auc_int8']:.4f} vs {g['auc_fp32']:.4f} "
             f"fp32; labels agree on {g['label_agreement']:.2%} (results with the indeterminate band: "
             f"{g.get('result_agreement_with_band', float('nan')):.2%}) -> **{'passed' if g['passed'] else 'failed'}**: "
             f"the CPU runs {'int8' if g['passed'] else 'fp32'} by default (`--precision` and Settings override).",
             f"- Speed when quantised (logit + Grad-CAM, batch 8, this machine): {q['images_per_s']['int8']:.0f} img/s int8 "
             f"vs {q['images_per_s']['fp32']:.0f} fp32.",
             f"- The out-of-distribution cut-off for int8 features is refitted on validation: {q['ood_cutoff']:.2f}."]
    if "cam_correlation" in g:
        lines.append(f"- Grad-CAM maps of int8 vs fp32 on validation: mean Pearson correlation {g['cam_correlation']:.3f}.")
    if t:
        lines.append(f"- Official test split (reported only, never used to decide): ROC-AUC {t['auc_int8']:.4f} vs "
                     f"{t['auc_fp32']:.4f}; labels agree on {t['label_agreement']:.2%}.")
    return lines + [""]


def _heatmap_lines(hm: Mapping[str, Any] | None, faith: Mapping[str, Any] | None,
                   candidates: Mapping[str, Mapping[str, Any]] | None = None) -> list[str]:
    lines = ["## Heatmaps", ""]
    occlusion = bool(hm) and hm.get("method") == "occlusion"  # type: ignore[union-attr]
    if occlusion:
        assert hm is not None
        lines += [f"- **What the map is**: {hm['description']}. A hot cell is a part of the image without which the "
                  "model's pneumonia score falls; it is *not* an outline of disease, and a cold cell does not mean the "
                  "lung there is clear (the model may use several regions, each of which alone changes little).",
                  f"- One colour scale for every image: the fall of the logit / {hm['scale']:.3g}, clipped to [0, 1] "
                  f"({hm['rule']}). On validation the mean peak is {hm['val_mean_peak_pneumonia']:.2f} on pneumonia "
                  f"images and {hm['val_mean_peak_normal']:.2f} on normal images: weak evidence fades out.",
                  "- Drawn as CAD marks are: a tint from the upper half of the colour map whose opacity grows with the "
                  "evidence, a cyan outline where it reaches half the scale and a cyan ring at the strongest cell."]
    elif hm:
        lines.append(f"- One colour scale for every image: raw Grad-CAM / {hm['scale']:.3g}, clipped to [0, 1] ({hm['rule']}). "
                     f"On validation the mean peak is {hm['val_mean_peak_pneumonia']:.2f} on pneumonia images and "
                     f"{hm['val_mean_peak_normal']:.2f} on normal images: weak evidence fades out.")
    else:
        lines.append("- Each map is scaled to its own peak (this bundle has no fitted scale).")
    lines.append("- Shown by default only for PNEUMONIA and indeterminate results (H shows a NORMAL result's map); "
                 "the CSV's `heatmap_shown` and exported overlays follow the same rule.")
    for split in ("val", "test"):
        c = (candidates or {}).get(split)
        if not c:
            continue
        head = ("Chosen on validation" if split == "val" else "Reported on the official test split (never chosen on)")
        lines += ["", f"{head}: the heatmap candidates on {c['images_called_pneumonia']} images the model calls "
                  f"PNEUMONIA (`scripts/heatmap_candidates.py`; deletion: the top 0-50 % of the map replaced by the "
                  "image's mean grey, mean P(pneumonia), lower = more faithful; insertion: the top 0-100 % pasted "
                  "into a NORMAL training radiograph, higher = more faithful; deletion (alt): the mean NORMAL "
                  "radiograph as the fill, on the log-odds; randomisation: Spearman correlation with the map of the "
                  "network whose last blocks were re-initialised, below 0.5 passes).", "",
                  "| candidate | grid | deletion | insertion | deletion (alt) | peaks at the border | s / image | randomisation |",
                  "|---|---|---|---|---|---|---|---|"]
        for name, r in c["candidates"].items():
            def f(v: Any, fmt: str = ".3f") -> str:
                return "-" if v is None else format(v, fmt)
            lines.append(f"| {name} | {r['grid'] or '-'} | {f(r['deletion'])} | {f(r['insertion'])} | "
                         f"{f(r['deletion_alt'], '.2f')} | {f(r['border_peaks'], '.0%')} | {f(r['seconds'], '.2f')} "
                         f"({r['runs_on']}) | {f(r['sanity_rho'], '.2f')} |")
        if split == "val":
            chosen = c.get("chosen")
            lines += ["", "The rule (written before the numbers; training/saliency_candidates.py): a grid of at least "
                      "8 x 8, deletion below and insertion above the centred and random maps, randomisation below 0.5, "
                      f"at most 1.5 s per image on the 2-core CPU; the lowest deletion wins. Chosen: **{chosen or 'none'}**."]
        else:
            lines += ["", "On the test split the randomisation check is not repeated (it tests the method and the network, "
                      "not the images), and s / image is reported, not a criterion (its measuring run may share the machine)."]
    if faith:
        d = faith["deletion_area"]
        shown = d.get("shown_map", d.get("gradcam"))
        name = f"the shown map ({faith.get('method', 'gradcam')})"
        lines += ["", f"Faithfulness of the map as shown on `{Path(faith['data']).name}` ({faith['images_called_pneumonia']} "
                  "images the model calls PNEUMONIA; `scripts/heatmap_faithfulness.py`): area under the deletion curve "
                  "(the mean P(pneumonia) while the top 0-50 % of the map is replaced by the image's mean grey; lower = "
                  "the map points at what the model used).", "",
                  "| map | deletion area |", "|---|---|",
                  f"| {name} | {shown:.3f} |", f"| random (smooth) | {d['random']:.3f} |",
                  f"| centred Gaussian | {d['centred_gaussian']:.3f} |", "",
                  f"Verdict: {faith['verdict']}.", ""]
        lines += ["| true class | map mass in the central chest region (15-90 % height, 15-85 % width) | maps peaking at the border |",
                  "|---|---|---|"]
        for cls in ("NORMAL", "PNEUMONIA"):
            m, b = faith["mass_in_chest_region"].get(cls), faith["peak_at_border"].get(cls)
            lines.append(f"| {cls} | {m:.0%} | {b:.0%} |" if m is not None else f"| {cls} | no evidence | - |")
    return lines + [""]
