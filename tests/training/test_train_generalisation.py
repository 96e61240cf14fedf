"""Issue 15 switches: series hold-out validation, re-acquired copies, equipment augmentation,
decoded-image cache, mixup / label smoothing / EMA, and ensembles exported as one graph."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pytest
import torch

from engine.image.io import load_image
from engine.image.preprocess import preprocess
from training.data import (
    EQUIPMENT_AUGMENT,
    REACQUIRE_VARIANTS,
    AugmentConfig,
    XrayDataset,
    augment,
    equipment_augment,
    find_splits,
    reacquire,
    read_split,
    series_of,
    split_series_holdout,
    validation_splits,
)
from training.train import TrainConfig, train

# patient numbers on both sides of the series hold-out cut-offs (IM 600, NORMAL2-IM 1200, person 1500)
NORMALS = [f"IM-{n:04d}" for n in (101, 102, 103, 104, 601, 602)] + [f"NORMAL2-IM-{n:04d}" for n in (401, 402, 1201, 1202)]
PERSONS = [101, 102, 103, 104, 105, 106, 1501, 1502, 1503, 1504]


def _series_dataset(root: Path) -> Path:
    rng = np.random.default_rng(1)
    for split in ("train", "test"):
        for cls in ("NORMAL", "PNEUMONIA"):
            (root / split / cls).mkdir(parents=True)

    def img(sick: bool) -> np.ndarray:
        base = rng.normal(0.3, 0.05, (64, 64))
        if sick:
            cy, cx = rng.integers(18, 46, 2)
            cv2.circle(base, (int(cx), int(cy)), 11, 0.9, -1)
        return np.clip(base * 255, 0, 255).astype(np.uint8)

    for split, normals, persons in (("train", NORMALS, PERSONS), ("test", ["IM-0001", "IM-0002"], [1, 2])):
        for k in range(2):
            for name in normals:
                cv2.imwrite(str(root / split / "NORMAL" / f"{name}-{k + 1:04d}.jpeg"), img(False))
            for n in persons:
                cv2.imwrite(str(root / split / "PNEUMONIA" / f"person{n}_bacteria_{k}.jpeg"), img(True))
    return root


@pytest.fixture(scope="module")
def series_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _series_dataset(tmp_path_factory.mktemp("series"))


def _cfg(out: Path, **kw) -> TrainConfig:
    base = dict(out_dir=str(out), architecture="densenet121", image_size=32, batch_size=4, epochs=2, lr=3e-3,
                hidden=[16], dropout=0.0, patience=5, seed=0, val_fraction=0.25, device="cpu",
                augment=AugmentConfig(rotate_deg=2, scale=(0.98, 1.02), translate=0.01, brightness=0.02, contrast=0.02),
                val_scheme="series", select_on="val_series")
    base.update(kw)
    return TrainConfig(**base)


@pytest.mark.hazard("H-042")
def test_series_names_and_holdout(series_data: Path) -> None:
    assert series_of("NORMAL2-IM-1201-0001.jpeg") == ("NORMAL2-IM", 1201)
    assert series_of("IM-0601-0001.jpeg") == ("IM", 601)
    assert series_of("person1502_virus_3.jpeg") == ("PERSON", 1502)
    assert series_of("other.png") is None
    samples = read_split(find_splits(series_data)["train"])
    rest, held = split_series_holdout(samples)
    held_patients = {s.patient for s in held}
    assert held_patients == {"IM-0601", "IM-0602", "NORMAL2-IM-1201", "NORMAL2-IM-1202"} | {f"PERSON{n}" for n in PERSONS if n >= 1500}
    tr, vals = validation_splits(samples, "series", 0.25, seed=0)
    assert set(vals) == {"val", "val_series"}
    groups = [{s.patient for s in tr}] + [{s.patient for s in v} for v in vals.values()]
    for i in range(3):
        for j in range(i + 1, 3):
            assert not groups[i] & groups[j]  # no patient in two sets
    assert len(tr) + sum(len(v) for v in vals.values()) == len(samples)
    tr_p, vals_p = validation_splits(samples, "patient", 0.25, seed=0)
    assert set(vals_p) == {"val"}
    with pytest.raises(ValueError):
        validation_splits(samples, "nonsense", 0.25, 0)


@pytest.mark.hazard("H-046")
def test_equipment_augmentation_changes_intensity_not_range() -> None:
    rng = np.random.default_rng(0)
    px = np.clip(rng.normal(0.4, 0.15, (96, 96)), 0, 1).astype(np.float32)
    assert not AugmentConfig().equipment and EQUIPMENT_AUGMENT.equipment
    always = AugmentConfig(gamma=0.4, p_curve=1, p_clahe=1, p_blur=1, noise=0.03, p_jpeg=1, p_resolution=1)
    out = equipment_augment(px, np.random.default_rng(3), always)
    assert out.dtype == np.float32 and out.shape == px.shape and 0 <= out.min() and out.max() <= 1
    assert np.abs(out - px).mean() > 0.01
    # seeded: the same generator state gives the same image
    np.testing.assert_array_equal(out, equipment_augment(px, np.random.default_rng(3), always))
    # each switch on its own does something
    for kw in (dict(gamma=0.4), dict(p_curve=1), dict(p_clahe=1), dict(p_blur=1), dict(p_sharpen=1), dict(noise=0.05),
               dict(p_jpeg=1), dict(p_resolution=1)):
        one = equipment_augment(px, np.random.default_rng(5), AugmentConfig(**kw))
        assert np.abs(one - px).mean() > 1e-3, kw
    # the full augment with equipment off is the original recipe (no intensity-curve step)
    plain = augment(px, np.random.default_rng(9), AugmentConfig())
    eq = augment(px, np.random.default_rng(9), replace(AugmentConfig(), gamma=0.4))
    assert not np.array_equal(plain, eq)


def test_reacquired_copies_are_fixed_and_different(series_data: Path) -> None:
    samples = read_split(find_splits(series_data)["train"])[:8]
    px = load_image(samples[0].path).pixels
    variants = [reacquire(px, v) for v in range(len(REACQUIRE_VARIANTS))]
    for v in variants:
        assert v.shape == px.shape and v.dtype == np.float32 and 0 <= v.min() and v.max() <= 1
        assert np.abs(v - px).mean() > 0.005
    spec = _cfg(Path("x")).spec()
    plain = XrayDataset(samples, spec, None)
    rq = XrayDataset(samples, spec, None, reacquired=True)
    rq2 = XrayDataset(samples, spec, None, reacquired=True)
    for i in range(4):
        assert not np.array_equal(plain[i][0].numpy(), rq[i][0].numpy())
        np.testing.assert_array_equal(rq[i][0].numpy(), rq2[i][0].numpy())  # deterministic: a fixed validation


def test_preloaded_cache_is_exact_and_shared(series_data: Path) -> None:
    samples = read_split(find_splits(series_data)["train"])[:6]
    spec = _cfg(Path("x")).spec()
    cache: dict = {}
    ds = XrayDataset(samples, spec, None, shared_cache=cache)
    ds.preload(threads=2)
    assert len(cache) == 6 and all(v.dtype == np.uint8 for v in cache.values())  # 8-bit JPEGs: stored exactly
    for i, s in enumerate(samples):
        np.testing.assert_array_equal(ds[i][0].numpy(), preprocess(load_image(s.path), spec))
    other = XrayDataset(samples[:2], spec, None, shared_cache=cache)
    assert other.pixels(0) is not None and len(cache) == 6


def test_mixup_smoothing_ema_train_select_and_resume(series_data: Path, tmp_path: Path) -> None:
    samples = read_split(find_splits(series_data)["train"])
    tr, vals = validation_splits(samples, "series", 0.25, seed=0)
    out = tmp_path / "run"
    cfg = _cfg(out, mixup=0.4, label_smoothing=0.1, ema=0.9, augment=replace(EQUIPMENT_AUGMENT, rotate_deg=2))
    class Killed(Exception):
        pass

    def kill_after_one(record: dict) -> None:
        if record["epoch"] == 1:
            raise Killed

    with pytest.raises(Killed):
        train(cfg, tr, vals, on_epoch=kill_after_one)
    assert "ema" in torch.load(out / "last.pt", weights_only=True)
    res = train(cfg, tr, vals, resume=True)
    hist = res["history"]
    assert [h["epoch"] for h in hist] == [1, 2]
    for h in hist:
        assert {"val_auc", "val_series_auc", "val_reacq_auc"} <= set(h) and h["selected_on"] == "val_series"
    assert res["selected_on"] == "val_series"
    # the checkpoint holds the averaged weights, not the last optimiser step
    best = torch.load(out / "best.pt", weights_only=True)["model"]
    last = torch.load(out / "last.pt", weights_only=True)["model"]
    k = "head.layers.1.weight"
    assert best.keys() == last.keys()
    if res["best_epoch"] == 2:
        assert not torch.equal(best[k], last[k])
    with pytest.raises(ValueError):
        train(replace(cfg, select_on="val_nothing", out_dir=str(tmp_path / "bad")), tr, vals)


def test_ensemble_of_runs_on_other_splits_validates_on_what_all_held_out(series_data: Path, tmp_path: Path) -> None:
    """Another --seed draws another patient-grouped split: an ensemble of such runs must not be calibrated or
    scored on images one member trained on, and the bundle's recorded split rebuilds the same sets."""
    from training.data import bundle_held_out, bundle_validation_samples
    from training.pipeline import _refuse_overwriting_a_members_split, held_out_by_all

    samples = read_split(find_splits(series_data)["train"])
    members = {}
    for seed in (0, 1, 4):
        run = tmp_path / f"seed{seed}"
        run.mkdir()
        (run / "split.json").write_text(json.dumps({"scheme": "series", "val_fraction": 0.25, "seed": seed}))
        members[seed] = str(run / "best.pt")
    _, vals = validation_splits(samples, "series", 0.25, seed=0)
    same, note = held_out_by_all(vals, samples, [members[0]])
    assert same == vals and note == {}  # one run on the export's own split: nothing to drop
    kept, note = held_out_by_all(vals, samples, [members[0], members[4]])
    train4 = {s.path for s in validation_splits(samples, "series", 0.25, seed=4)[0]}
    assert kept["val_series"] == vals["val_series"]  # the series hold-out does not depend on the seed
    assert 0 < len(kept["val"]) < len(vals["val"]) and not {s.path for s in kept["val"]} & train4
    assert [m["seed"] for m in note["member_splits"]] == [0, 4]
    with pytest.raises(ValueError, match="too few common validation images"):
        held_out_by_all(vals, samples, [members[0], members[1]])  # what these two both held out lacks a class
    # a run from before the series scheme recorded no scheme: it used the patient-grouped split
    old = tmp_path / "old"
    old.mkdir()
    (old / "split.json").write_text(json.dumps({"val_fraction": 0.25, "seed": 0}))
    _, patient_vals = validation_splits(samples, "patient", 0.25, seed=0)
    assert held_out_by_all(patient_vals, samples, [str(old / "best.pt")]) == (patient_vals, {})
    # exporting into a member's own run folder with another split would rewrite the record of what it held out
    with pytest.raises(ValueError, match="holds the record of the split"):
        _refuse_overwriting_a_members_split(tmp_path / "seed4", [members[4]], _cfg(tmp_path / "seed4", seed=0))
    _refuse_overwriting_a_members_split(tmp_path / "seed4", [members[4]], _cfg(tmp_path / "seed4", seed=4))
    _refuse_overwriting_a_members_split(tmp_path / "elsewhere", [members[4]], _cfg(tmp_path / "elsewhere", seed=0))
    meta = {"data": {"validation_split": "0.25 of train, StratifiedGroupKFold by patient, seed 0",
                     "validation": {"total": len(kept["val"])}, "member_splits": note["member_splits"]},
            "training": {"validation_scheme": "series"}}
    assert bundle_validation_samples(meta, series_data) == kept["val"]
    assert bundle_held_out(meta, series_data) == {str(s.path) for v in kept.values() for s in v}


def test_ensemble_is_one_graph_averaging_members(tmp_path: Path) -> None:
    import onnxruntime as ort

    from engine.image.preprocess import IMAGENET_MEAN, IMAGENET_STD, PreprocessSpec
    from engine.runners.torch_backend.network import EnsembleNet, PneumoscanNet, build_model, ensemble_size
    from training.onnx_export import export_onnx

    torch.manual_seed(0)
    members = [PneumoscanNet("densenet121", [8], 0.0).eval() for _ in range(2)]
    ens = EnsembleNet(members).eval()
    x = torch.randn(3, 3, 32, 32)
    mids: list[torch.Tensor] = []
    for m in members:
        m.features.denseblock3.register_forward_hook(lambda _m, _i, out: mids.append(out.mean((2, 3))))
    with torch.no_grad():
        outs = [m(x) for m in members]
        got = ens(x)
    for i in range(3):
        torch.testing.assert_close(got[i], (outs[0][i] + outs[1][i]) / 2)
    spec = PreprocessSpec(32, 32, 3, IMAGENET_MEAN, IMAGENET_STD, "area")
    export_onnx(ens, tmp_path / "ens.onnx", spec, fp16_storage=False)
    sess = ort.InferenceSession(str(tmp_path / "ens.onnx"), providers=["CPUExecutionProvider"])
    logit, cam, pooled, pooled_mid = sess.run(["logit", "cam", "pooled", "pooled_mid"], {"image": x.numpy()})
    np.testing.assert_allclose(logit, got[0].numpy(), atol=1e-4)
    np.testing.assert_allclose(cam, got[1].numpy(), atol=1e-4)
    np.testing.assert_allclose(pooled, got[2].numpy(), atol=1e-4)
    # the input checks' third-block features: the mean over the members, like the pooled ones
    np.testing.assert_allclose(pooled_mid, ((mids[0] + mids[1]) / 2).numpy(), rtol=1e-4, atol=1e-5)
    meta = {"architecture": "densenet121", "head": {"hidden": [8], "dropout": 0.0}, "ensemble": {"members": 2}}
    assert ensemble_size(meta) == 2 and isinstance(build_model(meta), EnsembleNet)
    assert set(build_model(meta).state_dict()) == set(ens.state_dict())


def test_tone_average_is_one_graph_averaging_tone_curves(tmp_path: Path) -> None:
    import onnxruntime as ort

    from engine.image.preprocess import IMAGENET_MEAN, IMAGENET_STD, PreprocessSpec
    from engine.runners.torch_backend.network import (
        EnsembleNet,
        PneumoscanNet,
        ToneAverage,
        build_model,
        passes_per_image,
    )
    from training.onnx_export import export_onnx

    torch.manual_seed(0)
    members = [PneumoscanNet("densenet121", [8], 0.0).eval() for _ in range(2)]
    ens = EnsembleNet(members).eval()
    tta = ToneAverage(ens, (0.8, 1.0, 1.25), IMAGENET_MEAN, IMAGENET_STD).eval()
    assert passes_per_image(tta) == 6 and set(tta.state_dict()) == set(ens.state_dict())
    mean, std = torch.tensor(IMAGENET_MEAN).view(1, 3, 1, 1), torch.tensor(IMAGENET_STD).view(1, 3, 1, 1)
    x = (torch.rand(2, 3, 32, 32) - mean) / std  # a preprocessed image: [0, 1] intensities, normalised
    mids: list[torch.Tensor] = []
    for m in members:
        m.features.denseblock3.register_forward_hook(lambda _m, _i, out: mids.append(out.mean((2, 3))))
    with torch.no_grad():
        curves = [ens(((x * std + mean) ** g - mean) / std) for g in (0.8, 1.0, 1.25)]
        mids.clear()
        got = tta(x)
    assert len(mids) == 6  # every member on every tone curve
    want_mid = (sum(mids) / 6).numpy()
    for i in range(3):
        torch.testing.assert_close(got[i], sum(c[i] for c in curves) / 3, rtol=1e-5, atol=1e-5)
    assert not torch.allclose(got[0], curves[1][0])  # the curves change the logit
    torch.testing.assert_close(tta.logits(x), got[0], rtol=1e-5, atol=1e-5)  # the logit-only path (benchmarks)
    export_onnx(tta, tmp_path / "tta.onnx", PreprocessSpec(32, 32, 3, IMAGENET_MEAN, IMAGENET_STD, "area"),
                fp16_storage=False)
    sess = ort.InferenceSession(str(tmp_path / "tta.onnx"), providers=["CPUExecutionProvider"])
    logit, cam, pooled, pooled_mid = sess.run(["logit", "cam", "pooled", "pooled_mid"], {"image": x.numpy()})
    for a, b in zip((logit, cam, pooled), got):
        np.testing.assert_allclose(a, b.numpy(), rtol=1e-4, atol=1e-4)
    # the input checks' third-block features: the mean over members and curves, as hooks on the members see them
    np.testing.assert_allclose(pooled_mid, want_mid, rtol=1e-4, atol=1e-5)
    meta = {"architecture": "densenet121", "head": {"hidden": [8], "dropout": 0.0}, "ensemble": {"members": 2},
            "input": {"mean": list(IMAGENET_MEAN), "std": list(IMAGENET_STD)},
            "test_time_augmentation": {"gammas": [0.8, 1.0, 1.25]}}
    built = build_model(meta)
    assert isinstance(built, ToneAverage) and built.gammas == (0.8, 1.0, 1.25)
    built.load_state_dict(ens.state_dict())  # the same tensors as without test-time augmentation
    with torch.no_grad():
        torch.testing.assert_close(built(x)[0], got[0])


def test_cli_records_switches_and_exports_ensemble(series_data: Path, tmp_path: Path) -> None:
    from engine.bundle.model_bundle import load_bundle
    from engine.runners.classifier import Classifier
    from training.cli import train_main

    run = tmp_path / "run"
    common = ["--data", str(series_data), "--arch", "densenet121", "--image-size", "32", "--batch-size", "4",
              "--device", "cpu", "--val-fraction", "0.25", "--seed", "0", "--min-sensitivity", "0.5",
              "--val-scheme", "series", "--augment", "equipment", "--mixup", "0.2", "--label-smoothing", "0.05",
              "--ema", "0.9"]
    assert train_main(common + ["--out", str(run), "--epochs", "2", "--no-resume"]) == 0
    b = load_bundle(run / "bundle")
    t = b.meta["training"]
    assert t["augmentation"]["equipment"] and t["augmentation"]["p_jpeg"] > 0
    assert t["mixup_alpha"] == 0.2 and t["label_smoothing"] == 0.05 and t["ema_decay"] == 0.9
    assert t["validation_scheme"] == "series" and t["selected_on"].startswith("val_series")
    assert set(b.meta["decision"]["validation"]) == {"fitted_on", "val", "val_series", "val_reacq"}
    assert b.meta["decision"]["validation"]["fitted_on"] == "val + val_series"
    assert "validation_series" in b.meta["data"]
    # the same run's checkpoints exported as a two-member ensemble: one graph, engine unchanged
    ck = str(run / "best.pt")
    out2 = tmp_path / "ens"
    assert train_main(common + ["--out", str(out2), "--epochs", "2", "--checkpoint", ck, "--checkpoint",
                                str(run / "last.pt")]) == 0
    e = load_bundle(out2 / "bundle")
    assert e.meta["ensemble"]["members"] == 2 and e.meta["training"]["ensemble_members"] == 2
    saved = np.load(out2 / "val_predictions.npz")
    paths = list(saved["paths"])[:6]
    onnx_p = [p.p_pneumonia for p in Classifier(e, backend="onnx").predict_many(paths)]
    torch_p = [p.p_pneumonia for p in Classifier(e, backend="torch").predict_many(paths)]
    np.testing.assert_allclose(onnx_p, saved["probs"][:6], atol=1e-4)
    np.testing.assert_allclose(torch_p, saved["probs"][:6], atol=1e-4)
    assert json.loads((out2 / "split.json").read_text())["scheme"] == "series"
    # the best checkpoint exported with test-time augmentation: recorded, and computed alike by both runtimes
    out3 = tmp_path / "tta"
    assert train_main(common + ["--out", str(out3), "--epochs", "2", "--checkpoint", ck, "--tta", "0.8,1,1.25"]) == 0
    t3 = load_bundle(out3 / "bundle")
    assert list(t3.meta["test_time_augmentation"]["gammas"]) == [0.8, 1.0, 1.25]
    assert "0.8" in t3.meta["training"]["test_time_augmentation"]
    saved3 = np.load(out3 / "val_predictions.npz")
    paths3 = list(saved3["paths"])[:6]
    runners = {}
    for backend in ("onnx", "torch"):  # the float32 graph (the int8 one is held to its own gate, training.quantize)
        clf = Classifier(t3, backend=backend, precision="fp32")
        got = clf.predict_many(paths3)
        np.testing.assert_allclose([p.p_pneumonia for p in got], saved3["probs"][:6], atol=1e-4)
        runners[backend] = clf.runner
    # the input checks' features: the torch runner's hooks average the same member x curve passes as the graph
    x = np.stack([preprocess(load_image(p), t3.preprocess_spec) for p in paths3])
    feats = {k: r.run_all(x)[2] for k, r in runners.items()}
    assert set(feats["torch"]) == set(feats["onnx"]) == {"pooled", "pooled_mid"}
    for name in feats["onnx"]:
        np.testing.assert_allclose(feats["torch"][name], feats["onnx"][name], rtol=1e-4, atol=1e-5)
    plain = np.load(run / "val_predictions.npz")
    assert list(plain["paths"]) == list(saved3["paths"])
    assert not np.allclose(plain["logits"], saved3["logits"])  # the tone curves change what the graph computes
    for bad in ("0.8,9", "1,1", ","):  # outside the bundle's range, a repeated curve, none
        with pytest.raises(SystemExit):
            train_main(common + ["--out", str(out3), "--checkpoint", ck, "--tta", bad])
