"""engine.checks.scope and the checks fitted together (training.fit_checks): the adult-appearance score, the
feature ensemble, joint cut-offs.

Gathered, when the tests were named for the modules they test, from: test_scope.py (Issue 16: the input checks
fitted together (training.fit_checks): the feature-ensemble out-of-distribution score and the).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, write_raster


def _images(folder: Path, n: int, kind: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        if kind == "child":
            img = np.roll(gradient(96, 96, maxval=255, seed=i).astype(np.uint8), 2 * i, axis=0)
        else:  # a different look: coarse bright blocks (stands in for "adult" in a random-weight network)
            rng = np.random.default_rng(i)
            img = np.kron(rng.integers(0, 255, (6, 6)), np.ones((16, 16))).astype(np.uint8)
        out.append(write_raster(folder / f"{kind}{i:02d}.png", img))
    return out


@pytest.fixture(scope="module")
def scope_bundle(tiny_bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from training.fit_checks import fit_gate

    root = tmp_path_factory.mktemp("scope")
    dst = root / "bundle"
    shutil.copytree(tiny_bundle, dst)
    child, adult = _images(root / "child", 40, "child"), _images(root / "adult", 24, "adult")
    fit_gate(dst, child[:28], child[28:], adult[:16], "generated test images (tests only)", c=1.0)
    return dst, root


def _assert_refused(src: Path, tmp_path: Path, edit, match: str) -> None:
    """A copy of ``src`` with ``edit`` applied to its bundle.json is refused with a message matching ``match``."""
    import json

    from engine import errors
    from engine.bundle.model_bundle import load_bundle

    dst = tmp_path / "b"
    shutil.copytree(src, dst)
    meta = json.loads((dst / "bundle.json").read_text())
    edit(meta)
    (dst / "bundle.json").write_text(json.dumps(meta))
    with pytest.raises(errors.BundleError, match=match):
        load_bundle(dst)


@pytest.mark.hazard("H-017")
def test_the_scope_block_records_its_fit_and_is_part_of_the_bundle_identity(scope_bundle, tiny_bundle) -> None:
    from engine.bundle.model_bundle import load_bundle

    b = load_bundle(scope_bundle[0])
    a = b.meta["scope"]["adult"]
    assert a["validation_pass_rate"] >= 0.99 and a["train_images"] == 28 and a["adult_images"] == 16
    assert list(b.meta["scope"]["inputs"]) == ["pooled_mid", "pooled"]  # both dense blocks' features
    assert a["augmented_copies"] == 1 and "equipment augmentation" in a["method"]
    assert b.meta["ood"]["validation_pass_rate_all_checks"] >= 0.99  # the joint rule
    assert a["negatives"] == "generated test images (tests only)"
    assert b.digest != load_bundle(tiny_bundle).digest
    data = bytearray((b.path / "scope.safetensors").read_bytes())
    data[-5] ^= 1
    (b.path / "scope.safetensors").write_bytes(bytes(data))
    from engine import errors

    with pytest.raises(errors.BundleError, match="checksum"):
        load_bundle(b.path)
    (b.path / "scope.safetensors").write_bytes(bytes(data[:-5]) + bytes([data[-5] ^ 1]) + bytes(data[-4:]))
    load_bundle(b.path)


@pytest.mark.hazard("H-011", "H-017")
def test_an_adult_looking_image_is_not_assessed_unless_the_age_check_is_relaxed(scope_bundle) -> None:
    from engine.checks.input_gate import GatePolicy
    from engine.runners.classifier import Classifier

    bundle_dir, root = scope_bundle
    adult = sorted((root / "adult").glob("*.png"))[16:]  # not used in the fit
    res = list(Classifier(bundle_dir, device="cpu").predict_many(adult))
    # the blocks are out of distribution too (refitted on the 28 gradients): the adult check must fire as well
    gated = [r for r in res if "looks_adult" in r.gate_codes]
    assert len(gated) >= len(adult) // 2
    assert all(r.status == "out_of_scope" and "looks like an adult's radiograph" in r.error for r in gated)
    for r in gated:  # the numbers in the details, the plain words first; no relax advice where an age is stated
        detail = r.gate_details[r.gate_codes.index("looks_adult")]
        assert detail.startswith("Adult-appearance score") and ("relaxed" in detail) == (not r.metadata.get("PatientAge"))
    relaxed = list(Classifier(bundle_dir, device="cpu", gate_policy=GatePolicy(frozenset({"age"}), 12)
                              ).predict_many(adult))
    # relaxed only where the file states no age (issue 28): a stated age keeps the check
    no_age = [r for r in relaxed if not r.metadata.get("PatientAge")]
    assert not any("looks_adult" in r.gate_codes for r in no_age)
    assert sum(any(c.startswith("age:looks_adult") for c in r.relaxed_checks) for r in relaxed) == \
        sum(1 for r in gated if not r.metadata.get("PatientAge"))
    assert all("looks_adult" in r.gate_codes for r in relaxed if r.metadata.get("PatientAge")
               and any(g.path == r.path for g in gated))


@pytest.mark.parametrize("edit", [
    lambda m: m.__setitem__("scope", [1]),
    lambda m: m["scope"]["adult"].__setitem__("cutoff_int8", "inf"),
    lambda m: m["scope"]["adult"].__setitem__("cutoff_int8", None),
    lambda m: m["scope"]["adult"].__setitem__("cutoff", float("nan")),
])
@pytest.mark.hazard("H-017")
def test_a_malformed_scope_block_is_refused_with_a_message(scope_bundle, tmp_path: Path, edit) -> None:
    _assert_refused(scope_bundle[0], tmp_path, edit, "scope block|not readable")


@pytest.mark.hazard("H-017")
def test_the_adult_score_is_a_csv_column(scope_bundle) -> None:
    from engine.records.results_csv import COLUMNS, row_for
    from engine.runners.classifier import Classifier

    bundle_dir, root = scope_bundle
    pred = next(Classifier(bundle_dir, device="cpu").predict_many(sorted((root / "child").glob("*.png"))[:1]))
    assert "adult_score" in COLUMNS and pred.adult_score is not None
    assert float(row_for(pred)["adult_score"]) == pytest.approx(pred.adult_score, abs=1e-3)


@pytest.mark.hazard("H-017")
def test_the_feature_ensemble_reads_two_graph_outputs_and_scores_like_its_parts(scope_bundle) -> None:
    from engine.bundle.model_bundle import load_bundle
    from engine.runners.classifier import Classifier

    b = load_bundle(scope_bundle[0])
    assert [la["output"] for la in b.meta["ood"]["layers"]] == ["pooled_mid", "pooled"]
    assert "pooled_mid" in list(b.meta["onnx"]["outputs"])
    clf = Classifier(b, device="cpu")
    x = np.random.default_rng(0).normal(size=(3, *clf.runner.session.get_inputs()[0].shape[1:])).astype(np.float32)
    _, _, feats = clf.runner.run_all(x)
    ens = clf.ood
    assert ens is not None and set(feats) == {"pooled", "pooled_mid"}
    by_hand = sum((la.model.score(feats[la.output]) - la.centre) / la.spread for la in ens.layers)
    np.testing.assert_allclose(ens.score(feats), by_hand)


@pytest.mark.hazard("H-032")
def test_the_mid_output_is_the_third_dense_blocks_spatial_mean_on_both_backends(scope_bundle) -> None:
    import torch

    from engine.bundle.model_bundle import load_bundle, load_state_dict
    from engine.runners.classifier import Classifier
    from engine.runners.torch_backend.network import build_model

    b = load_bundle(scope_bundle[0])
    net = build_model(b.meta)
    net.load_state_dict(load_state_dict(b))
    seen = []
    net.features.denseblock3.register_forward_hook(lambda _m, _i, out: seen.append(out.mean((2, 3))))
    x = np.random.default_rng(1).normal(size=(2, 3, *b.meta["input"]["size"])).astype(np.float32)
    with torch.no_grad():
        net.eval()(torch.from_numpy(x))
    _, _, feats = Classifier(b, device="cpu", backend="onnx").runner.run_all(x)
    np.testing.assert_allclose(feats["pooled_mid"], seen[0].numpy(), rtol=1e-3, atol=1e-4)
    _, _, tfeats = Classifier(b, device="cpu", backend="torch").runner.run_all(x)  # forward hooks (CUDA path)
    np.testing.assert_allclose(tfeats["pooled_mid"], seen[0].numpy(), rtol=1e-5, atol=1e-6)


@pytest.mark.hazard("H-016", "H-049")
def test_joint_cutoffs_let_the_stated_share_pass_all_checks_together() -> None:
    from training.fit_checks import joint_cutoffs

    rng = np.random.default_rng(0)
    a, b = rng.normal(size=500), rng.normal(size=500)  # independent checks: 1 % each would refuse ~2 % together
    (ca, cb), q = joint_cutoffs([a, b], 0.99)
    assert np.mean((a <= ca) & (b <= cb)) >= 0.99 and q > 0.99
    assert np.mean((a <= ca) & (b <= cb)) < 0.995  # the smallest such quantile, not a looser one


@pytest.mark.parametrize("edit", [
    lambda m: m["ood"].__setitem__("layers", []),
    lambda m: m["ood"]["layers"][0].__setitem__("spread", 0.0),
    lambda m: m["ood"]["layers"][1].__setitem__("centre", "nan"),
    lambda m: m["ood"]["layers"][1].__setitem__("output", "logit"),
    lambda m: m["ood"]["layers"].append(dict(m["ood"]["layers"][0])),
    lambda m: m["scope"].__setitem__("inputs", ["pooled", "cam"]),
], ids=["no_layers", "zero_spread", "bad_centre", "not_a_feature_output", "duplicate_layer", "scope_reads_cam"])
@pytest.mark.hazard("H-016")
def test_a_malformed_feature_ensemble_is_refused_with_a_message(scope_bundle, tmp_path: Path, edit) -> None:
    _assert_refused(scope_bundle[0], tmp_path, edit, "ood.layers|scope.inputs")


def test_the_int8_graph_can_be_added_to_a_bundle_whose_checks_were_fitted_together(scope_bundle, tmp_path: Path) -> None:
    """training.quantize after training.fit_checks (the order `python -m training.quantize` takes on the shipped bundle)."""
    from engine.bundle.model_bundle import load_bundle
    from engine.runners.classifier import Classifier
    from training.data import Sample
    from training.quantize import add_int8

    dst = tmp_path / "b"
    shutil.copytree(scope_bundle[0], dst)
    child = sorted((scope_bundle[1] / "child").glob("*.png"))
    samples = [Sample(p, i % 2, f"P{i}") for i, p in enumerate(child)]
    out = add_int8(dst, samples[:8], samples[28:])
    assert list(out.meta["scope"]["inputs"]) == ["pooled_mid", "pooled"]
    clf = Classifier(out, device="cpu", precision="int8")
    assert clf.runner.precision == "int8" and "pooled_mid" in clf.runner.features
    assert clf.ood is not None and clf.ood.cutoff == out.meta["quantized"]["ood_cutoff"]
    assert clf.scope is not None and clf.scope.cutoff == out.meta["scope"]["adult"]["cutoff_int8"]
    assert load_bundle(dst).digest == out.digest


def test_the_torch_hooks_hold_one_forward_pass_at_most(scope_bundle) -> None:
    import torch

    from engine.runners.classifier import Classifier

    runner = Classifier(scope_bundle[0], device="cpu", backend="torch").runner
    x = torch.zeros(2, 3, 64, 64)  # the tiny bundle's input size
    with torch.no_grad():
        for _ in range(4):  # called directly, as the benchmark does: no run() clears the list
            runner.net(x)
    assert len(runner._mid) == 1
