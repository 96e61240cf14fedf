"""engine.checks.ood: the out-of-distribution score, its compact form and batched scoring (fitted by
training.ood_fit).

Gathered, when the tests were named for the modules they test, from: test_precision_and_ood.py (Issue 14: the
compact out-of-distribution form, batched scoring, and the int8 graph's gate and selection); test_safety.py
(Input gate, audit trail, fuzzing, and no lost work).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pydicom.data
import pytest
from factories import gradient, non_cxr_images

from engine.checks.ood import OodModel
from engine.runners.classifier import Classifier
from training.ood_fit import compact, fit_ood


def _features(n: int, dim: int = 40, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    mix = rng.normal(size=(dim, dim)) * np.linspace(3, 0.05, dim)  # strongly anisotropic
    return rng.normal(size=(n, dim)) @ mix + 5.0


def test_lowrank_form_equals_the_full_form_when_it_keeps_all_but_one_direction(tmp_path: Path) -> None:
    full, _ = fit_ood(_features(400), _features(100, seed=1), rank=None)
    x = _features(50, seed=2)
    lr = compact(full, rank=full.mean.shape[0] - 1)  # the one dropped direction keeps its own variance
    np.testing.assert_allclose(lr.score(x), full.score(x), rtol=2e-3)
    lr.save(tmp_path / "ood.safetensors")
    back = OodModel.load(tmp_path / "ood.safetensors", lr.cutoff)
    assert back.form == "lowrank" and back.components is not None and back.components.shape == (39, 40)
    np.testing.assert_allclose(back.score(x), lr.score(x), rtol=2e-3)  # float16 directions on disk


@pytest.mark.hazard("H-016")
def test_batched_scores_equal_one_at_a_time() -> None:
    model, _ = fit_ood(_features(400), _features(100, seed=1), rank=10)
    x = _features(16, seed=3)
    one = np.array([model.score(row)[0] for row in x])
    np.testing.assert_allclose(model.score(x), one, rtol=1e-5)


@pytest.mark.hazard("H-049")
def test_compact_fit_keeps_the_pass_rate_and_reports_how_many_decisions_changed() -> None:
    model, info = fit_ood(_features(600), _features(300, seed=1), pass_rate=0.99, rank=20)
    assert info["form"] == "lowrank" and info["rank"] == 20
    assert info["validation_pass_rate"] >= 0.99
    assert 0.0 <= info["validation_decisions_changed_vs_full"] <= 0.05
    far = _features(20, seed=4) * 6.0  # out-of-distribution
    assert np.mean(model.score(far) > model.cutoff) == 1.0


@pytest.mark.hazard("H-016")
def test_ood_score_separates_non_radiographs(tmp_path: Path) -> None:
    """OOD fit on one kind of image (synthetic 'radiographs'), far for everything else."""
    import torch
    from factories import bundle_meta, random_net

    from training.ood_fit import fit_ood

    meta = bundle_meta(64)
    net = random_net(meta, seed=3)
    from engine.image.preprocess import PreprocessSpec, preprocess

    def feats(images):
        x = torch.from_numpy(np.stack([preprocess(im, PreprocessSpec(64, 64)) for im in images]))
        with torch.no_grad():
            return net(x)[2].numpy()

    rng = np.random.default_rng(0)
    indist = [np.clip(gradient(96, 96, maxval=1.0, seed=s).astype(np.float32) * rng.uniform(0.8, 1.0), 0, 1)
              for s in range(160)]
    model, info = fit_ood(feats(indist[:120]), feats(indist[120:]), pass_rate=0.99)
    assert info["validation_pass_rate"] >= 0.99
    from engine.image.io import load_image

    others = [load_image(p).pixels for p in non_cxr_images(tmp_path / "junk", n=30)]
    scores = model.score(feats(others))
    assert (scores > model.cutoff).mean() >= 0.9


@pytest.mark.hazard("H-016", "H-049")
def test_shipped_model_gates_non_cxr_and_passes_test_split(shared_data: Path, tmp_path: Path) -> None:
    """The product's figures: <= 2 % of the official test split gated, >= 95 % of non-chest images."""
    from engine.batch.discover import discover
    from engine.bundle.model_bundle import load_bundle
    from engine.errors import ModelNotInstalledError
    from engine.files.resources import default_model_dir

    try:
        bundle = load_bundle(default_model_dir())
    except ModelNotInstalledError:
        pytest.skip("no bundled model")
    if bundle.ood_path is None:
        pytest.skip("bundled model has no OOD statistics")
    clf = Classifier(bundle, batch_size=16)
    test_files = discover([shared_data / "kermany224" / "test"]).images
    rng = np.random.default_rng(0)
    sample = [test_files[i] for i in rng.choice(len(test_files), 160, replace=False)]
    gated_test = [p for p in clf.predict_many(sample) if p.status == "out_of_scope"]
    assert len(gated_test) / len(sample) <= 0.02 + 0.03  # sampled: full-split figure is in the model card
    junk = non_cxr_images(tmp_path / "junk", n=60)
    junk += [Path(pydicom.data.get_testdata_file(n)) for n in ("CT_small.dcm", "MR_small.dcm")]
    preds = list(clf.predict_many(junk))
    gated = [p for p in preds if p.status == "out_of_scope"]
    assert len(gated) / len(preds) >= 0.95, [(Path(p.path).name, p.status, p.ood_score) for p in preds if p not in gated]


@pytest.mark.hazard("H-016", "H-017")
def test_shipped_model_refuses_real_adult_and_lateral_radiographs_without_tags(shared_data: Path) -> None:
    """The input gate on real out-of-scope radiographs with no DICOM tags (scope_dev: measured on, never fitted on):
    the targets of issue 16, at least 90 % of adult frontal and 95 % of lateral views not assessed. These folders
    helped choose the gate's settings, so the shares are optimistic (docs/safety.md); this keeps them from sliding."""
    from engine.batch.discover import discover
    from engine.bundle.model_bundle import load_bundle
    from engine.errors import ModelNotInstalledError
    from engine.files.resources import default_model_dir

    try:
        bundle = load_bundle(default_model_dir())
    except ModelNotInstalledError:
        pytest.skip("no bundled model")
    if bundle.meta.get("scope") is None:
        pytest.skip("bundled model has no adult-appearance check")
    clf = Classifier(bundle, batch_size=16)
    for folder, target in (("adult_frontal", 0.90), ("lateral", 0.95)):
        files = discover([shared_data / "scope_dev" / folder]).images
        assert len(files) >= 15
        preds = list(clf.predict_many(files))
        passed = [Path(p.path).name for p in preds if p.status != "out_of_scope"]
        assert 1 - len(passed) / len(preds) >= target, (folder, passed)
        assert all(p.result == "NOT_ASSESSED" for p in preds if p.status == "out_of_scope")  # stated, no label
