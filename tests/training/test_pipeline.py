"""Training pipeline on a tiny synthetic dataset generated in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from engine.image.io import load_image
from engine.image.preprocess import preprocess
from training.calibrate import apply_calibration, choose_threshold, fit_calibration
from training.data import AugmentConfig, XrayDataset, find_splits, patient_of, read_split, split_by_patient
from training.evaluate import point_metrics, write_report
from training.train import TrainConfig, train


def _dataset(root: Path, n_patients: int = 12, per_patient: int = 2) -> Path:
    rng = np.random.default_rng(0)
    for split in ("train", "test"):
        for cls in ("NORMAL", "PNEUMONIA"):
            (root / "chest_xray" / split / cls).mkdir(parents=True)
    for split, n in (("train", n_patients), ("test", 3)):
        for i in range(n):
            for k in range(per_patient):
                base = rng.normal(0.3, 0.05, (72, 72))
                cv2.imwrite(str(root / "chest_xray" / split / "NORMAL" / f"IM-{i:04d}-{k + 1:04d}.jpeg"),
                            np.clip(base * 255, 0, 255).astype(np.uint8))
                sick = base.copy()
                cy, cx = rng.integers(20, 52, 2)
                cv2.circle(sick, (int(cx), int(cy)), 12, 0.9, -1)
                cv2.imwrite(str(root / "chest_xray" / split / "PNEUMONIA" / f"person{i}_bacteria_{k}.jpeg"),
                            np.clip(sick * 255, 0, 255).astype(np.uint8))
    return root


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _dataset(tmp_path_factory.mktemp("synth"))


def _cfg(out: Path, **kw) -> TrainConfig:
    base = dict(out_dir=str(out), architecture="densenet121", image_size=32, batch_size=8, epochs=3, lr=3e-3,
                hidden=[16], dropout=0.0, patience=5, seed=0, val_fraction=0.25, device="cpu",
                augment=AugmentConfig(rotate_deg=2, scale=(0.98, 1.02), translate=0.01, brightness=0.02, contrast=0.02))
    base.update(kw)
    return TrainConfig(**base)


def test_patient_names() -> None:
    assert patient_of("person1234_bacteria_3.jpeg") == "PERSON1234"
    assert patient_of("IM-0115-0001.jpeg") == patient_of("IM-0115-0002.jpeg") == "IM-0115"
    assert patient_of("NORMAL2-IM-0412-0001.jpeg") == "NORMAL2-IM-0412"


def test_split_grouped_stratified_reproducible(synth: Path) -> None:
    samples = read_split(find_splits(synth)["train"])
    assert len(samples) == 48
    tr, va = split_by_patient(samples, 0.25, seed=3)
    assert not {s.patient for s in tr} & {s.patient for s in va}
    assert {s.label for s in va} == {0, 1}
    tr2, va2 = split_by_patient(samples, 0.25, seed=3)
    assert [s.path for s in va] == [s.path for s in va2]
    assert sorted(str(s.path) for s in tr + va) == sorted(str(s.path) for s in samples)


def test_manifest_layout(tmp_path: Path) -> None:
    d = tmp_path / "train"
    (d / "NORMAL").mkdir(parents=True)
    cv2.imwrite(str(d / "NORMAL" / "IM-0001-0001.jpeg"), np.zeros((70, 70), np.uint8))
    (d / "manifest.csv").write_text("relpath,label,label_id,subtype,sha256,bytes\nNORMAL/IM-0001-0001.jpeg,NORMAL,0,normal,x,1\n")
    s = read_split(d)
    assert len(s) == 1 and s[0].label == 0 and s[0].patient == "IM-0001"


@pytest.mark.hazard("H-033")
def test_golden_training_tensor_equals_inference_tensor(synth: Path) -> None:
    samples = read_split(find_splits(synth)["train"])[:4]
    cfg = _cfg(Path("unused"), image_size=48)
    ds = XrayDataset(samples, cfg.spec(), augment_cfg=None)
    for i, s in enumerate(samples):
        x, y = ds[i]
        np.testing.assert_array_equal(x.numpy(), preprocess(load_image(s.path), cfg.spec()))
        assert float(y) == s.label
    aug = XrayDataset(samples, cfg.spec(), augment_cfg=AugmentConfig())
    assert not np.array_equal(aug[0][0].numpy(), ds[0][0].numpy())


def test_training_reduces_loss_and_resumes(synth: Path, tmp_path: Path) -> None:
    samples = read_split(find_splits(synth)["train"])
    tr, va = split_by_patient(samples, 0.25, seed=0)
    out = tmp_path / "run"

    class Killed(Exception):
        pass

    def kill_after_two(record: dict) -> None:
        if record["epoch"] == 2:
            raise Killed  # the process dies right after epoch 2's checkpoint

    with pytest.raises(Killed):
        train(_cfg(out, epochs=4), tr, va, on_epoch=kill_after_two)
    assert (out / "best.pt").is_file() and (out / "last.pt").is_file()
    first = json.loads((out / "log.jsonl").read_text().splitlines()[0])
    res2 = train(_cfg(out, epochs=4), tr, va, resume=True)
    log = [json.loads(line) for line in (out / "log.jsonl").read_text().splitlines()]
    assert [r["epoch"] for r in log] == [1, 2, 3, 4]  # continued at epoch 3, did not start over
    assert log[0] == first
    assert [h["epoch"] for h in res2["history"]] == [1, 2, 3, 4]
    assert log[-1]["train_loss"] < log[0]["train_loss"]
    assert res2["best_val_auc"] >= 0.5


@pytest.mark.hazard("H-033")
def test_exported_bundle_reproduces_validation_predictions(synth: Path, tmp_path: Path) -> None:
    from engine.bundle.model_bundle import load_bundle
    from engine.runners.classifier import Classifier
    from training.make_bundle import export_run

    splits = find_splits(synth)
    samples = read_split(splits["train"])
    tr, va = split_by_patient(samples, 0.25, seed=0)
    cfg = _cfg(tmp_path / "run", epochs=2)
    res = train(cfg, tr, va)
    bundle = export_run(cfg, res, tr, va, splits, tmp_path / "bundle", min_sensitivity=0.5, evaluate_test=True)
    b = load_bundle(bundle.path)
    # the reported test ROC-AUC is the one scikit-learn computes from the saved test predictions, inside its CI
    from sklearn.metrics import roc_auc_score

    test = np.loadtxt(Path(cfg.out_dir) / "report_test" / "predictions.csv", delimiter=",", skiprows=1)
    auc = b.meta["metrics"]["roc_auc"]
    assert auc["value"] == pytest.approx(roc_auc_score(test[:, 0], test[:, 1]), abs=1e-6)
    assert auc["ci95"][0] <= auc["value"] <= auc["ci95"][1] and "ci95" in b.meta["metrics"]["accuracy"]
    assert 0 < b.threshold < 1 and b.temperature > 0
    saved = np.load(cfg.out_dir + "/val_predictions.npz")
    preds = list(Classifier(b, backend="onnx").predict_many(list(saved["paths"])))
    np.testing.assert_allclose([p.p_pneumonia for p in preds], saved["probs"], atol=1e-4)
    torch_preds = list(Classifier(b, backend="torch").predict_many(list(saved["paths"])))
    np.testing.assert_allclose([p.p_pneumonia for p in torch_preds], saved["probs"], atol=1e-4)
    assert (Path(cfg.out_dir) / "report_test" / "report.md").is_file()
    card = (b.path / "MODEL_CARD.md").read_text()
    assert "Confusion matrix" in card and f"{b.threshold:.4f}" in card
    assert (b.path / "report" / "roc_curve.png").is_file()


def test_metrics_known_by_construction(tmp_path: Path) -> None:
    y = np.array([0, 0, 1, 1])
    p = np.array([0.1, 0.6, 0.4, 0.9])
    m = point_metrics(y, p, 0.5)
    assert m["accuracy"] == 0.5 and m["sensitivity"] == 0.5 and m["specificity"] == 0.5
    assert m["roc_auc"] == 0.75 and m["brier"] == pytest.approx(0.185)
    perfect = point_metrics(y, np.array([0.0, 0.0, 1.0, 1.0]), 0.5)
    assert perfect["accuracy"] == perfect["roc_auc"] == perfect["pr_auc"] == 1.0
    assert perfect["brier"] == 0.0 and perfect["ece"] == 0.0
    rep = write_report(np.repeat(y, 10), np.repeat(p, 10), 0.5, tmp_path / "rep", title="synthetic", n_bootstrap=200)
    ci = rep["metrics"]["accuracy"]["ci95"]
    assert ci[0] <= 0.5 <= ci[1]
    for f in ("report.md", "report.json", "confusion_matrix.png", "roc_curve.png", "pr_curve.png", "reliability.png"):
        assert (tmp_path / "rep" / f).is_file()


@pytest.mark.hazard("H-042")
def test_threshold_rule_and_calibration() -> None:
    rng = np.random.default_rng(0)
    y = np.r_[np.zeros(500), np.ones(500)].astype(int)
    logits = np.r_[rng.normal(-1, 1, 500), rng.normal(1.5, 1, 500)] * 3 - 2  # over-confident and shifted
    cal = fit_calibration(logits, y)
    # true log-odds of two unit Gaussians 2.5 apart: 2.5 * raw + c, and logit = 3 * raw - 2, so T = 3 / 2.5
    assert cal.temperature == pytest.approx(1.2, rel=0.15)
    probs = apply_calibration(logits, cal)
    t, at = choose_threshold(probs, y, 0.95)
    pred = probs >= t
    assert pred[y == 1].mean() >= 0.95
    # any higher threshold would lose sensitivity below 0.95
    higher = np.sort(probs[probs > t])
    if len(higher):
        assert (probs >= higher[0])[y == 1].mean() < 0.95
    assert at["val_sensitivity"] >= 0.95


@pytest.mark.hazard("H-046")
def test_imagenet_initialisation_from_a_file_loads_every_feature_weight(tmp_path: Path) -> None:
    """No pretrained weights can be downloaded here; a user who has torchvision's file passes it with --init PATH.
    Its old-style DenseNet key names ("denselayer1.norm.1") are read, every feature weight lands in the network, and a
    missing file is a clear refusal, never a silent random start."""
    import re

    import torch
    import torchvision

    from training.train import ImageNetWeightsUnavailable, build_network

    ref = torchvision.models.densenet121(weights=None).state_dict()
    old_style = {re.sub(r"(denselayer\d+\.(?:norm|relu|conv))([12])\.", r"\1.\2.", k): v for k, v in ref.items()}
    assert any(".norm.1." in k for k in old_style)  # torchvision's published checkpoint naming
    path = tmp_path / "densenet121-imagenet.pth"
    torch.save(old_style, path)

    net = build_network(TrainConfig(out_dir=str(tmp_path), architecture="densenet121", init=str(path)))
    loaded = net.features.state_dict()
    feats = {k[len("features."):]: v for k, v in ref.items() if k.startswith("features.")}
    assert set(feats) <= set(loaded)
    assert all(torch.equal(loaded[k], v) for k, v in feats.items())
    with pytest.raises(ImageNetWeightsUnavailable, match="does not exist"):
        build_network(TrainConfig(out_dir=str(tmp_path), architecture="densenet121", init=str(tmp_path / "none.pth")))
