"""Issue 16: the pixel age check ("looks like an adult radiograph"), fitted into a bundle, relaxable with age."""

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
    from training.scope import add_scope

    root = tmp_path_factory.mktemp("scope")
    dst = root / "bundle"
    shutil.copytree(tiny_bundle, dst)
    child, adult = _images(root / "child", 40, "child"), _images(root / "adult", 24, "adult")
    add_scope(dst, child[:28], adult[:16], child[28:], "generated test images (tests only)", c=1.0)
    return dst, root


def test_the_scope_block_records_its_fit_and_is_part_of_the_bundle_identity(scope_bundle, tiny_bundle) -> None:
    from engine.bundle import load_bundle

    b = load_bundle(scope_bundle[0])
    a = b.meta["scope"]["adult"]
    assert a["validation_pass_rate"] >= 0.99 and a["train_images"] == 28 and a["adult_images"] == 16
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


def test_an_adult_looking_image_is_not_assessed_unless_the_age_check_is_relaxed(scope_bundle) -> None:
    from engine.gate import GatePolicy
    from engine.inference import Classifier

    bundle_dir, root = scope_bundle
    adult = sorted((root / "adult").glob("*.png"))[16:]  # not used in the fit
    res = list(Classifier(bundle_dir, device="cpu").predict_many(adult))
    gated = [r for r in res if r.status == "out_of_scope"]
    assert len(gated) >= len(adult) // 2
    assert all(r.gate_codes == ("looks_adult",) and "looks like an adult radiograph" in r.error for r in gated)
    relaxed = list(Classifier(bundle_dir, device="cpu", gate_policy=GatePolicy(frozenset({"age"}))).predict_many(adult))
    assert all(r.status == "ok" for r in relaxed)
    assert sum("age:looks_adult" in r.relaxed_checks for r in relaxed) == len(gated)


@pytest.mark.parametrize("edit", [
    lambda m: m.__setitem__("scope", [1]),
    lambda m: m["scope"]["adult"].__setitem__("cutoff_int8", "inf"),
    lambda m: m["scope"]["adult"].__setitem__("cutoff_int8", None),
    lambda m: m["scope"]["adult"].__setitem__("cutoff", float("nan")),
])
def test_a_malformed_scope_block_is_refused_with_a_message(scope_bundle, tmp_path: Path, edit) -> None:
    import json

    from engine import errors
    from engine.bundle import load_bundle

    dst = tmp_path / "b"
    shutil.copytree(scope_bundle[0], dst)
    meta = json.loads((dst / "bundle.json").read_text())
    edit(meta)
    (dst / "bundle.json").write_text(json.dumps(meta))
    with pytest.raises(errors.BundleError, match="scope block|not readable"):
        load_bundle(dst)


def test_the_adult_score_is_a_csv_column(scope_bundle) -> None:
    from engine.export import COLUMNS, row_for
    from engine.inference import Classifier

    bundle_dir, root = scope_bundle
    pred = next(Classifier(bundle_dir, device="cpu").predict_many(sorted((root / "child").glob("*.png"))[:1]))
    assert "adult_score" in COLUMNS and pred.adult_score is not None
    assert float(row_for(pred)["adult_score"]) == pytest.approx(pred.adult_score, abs=1e-3)
