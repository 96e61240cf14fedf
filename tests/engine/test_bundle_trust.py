"""engine.bundle.model_bundle and engine.bundle.trust: which bundles may decide labels, and metadata refused
before it is trusted.

Gathered, when the tests were named for the modules they test, from: test_integrity.py (Trust what decides a
label; survive hostile files, names and disks without losing a row (issue 11)); test_precision_and_ood.py
(Issue 14: the compact out-of-distribution form, batched scoring, and the int8 graph's gate and selection).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from factories import with_int8_gate

from engine import errors
from engine.bundle.model_bundle import bundle_digest, load_bundle
from engine.bundle.trust import SHIPPED_BUNDLE_DIGESTS, require_trusted
from engine.cli.predict import main as predict_main
from engine.files.resources import default_model_dir
from engine.records.results_csv import read_csv_rows


def _copy_bundle(src: Path, dst: Path) -> Path:
    """A copy whose big files are links (cheap), bundle.json a real copy to edit."""
    dst.mkdir(parents=True)
    for f in src.iterdir():
        if f.name == "bundle.json":
            shutil.copy(f, dst / f.name)
        elif f.is_file():
            os.symlink(f.resolve(), dst / f.name)
    return dst


def _edit(bundle: Path, change) -> None:
    meta = json.loads((bundle / "bundle.json").read_text())
    change(meta)
    (bundle / "bundle.json").write_text(json.dumps(meta))


@pytest.mark.hazard("H-021")
def test_shipped_bundle_is_pinned() -> None:
    shipped = load_bundle(default_model_dir())
    assert shipped.digest in SHIPPED_BUNDLE_DIGESTS, "update engine/bundle/trust.py when the shipped bundle changes"
    assert require_trusted(shipped) == "shipped"
    assert shipped.digest == bundle_digest(json.loads((shipped.path / "bundle.json").read_text()))


@pytest.mark.parametrize("change", [
    lambda m: m["decision"].__setitem__("threshold", 0.75),  # inside the band: schema-valid, but not reviewed
    lambda m: m["ood"].__setitem__("cutoff", 1e9),
    lambda m: m["population"].__setitem__("age_years", [1, 4]),
], ids=["threshold", "ood_cutoff", "narrower_ages"])
@pytest.mark.hazard("H-021")
def test_edited_shipped_bundle_is_refused_unless_trusted(tmp_path: Path, mixed_folder: Path, change, capsys) -> None:
    edited = _copy_bundle(default_model_dir(), tmp_path / "edited")
    _edit(edited, change)
    out = tmp_path / "o.csv"
    assert predict_main([str(mixed_folder), "--csv", str(out), "--model", str(edited), "--quiet"]) == 3
    err = capsys.readouterr().err
    digest = load_bundle(edited).digest
    assert "not the one shipped" in err and digest in err and not out.exists()
    # the user can still trust it knowingly; the CSV then names the edited bundle's identity
    assert predict_main([str(mixed_folder), "--csv", str(out), "--model", str(edited), "--quiet",
                         "--trust-bundle", digest]) == 0
    rows = read_csv_rows(out)
    assert {r["bundle_sha256"] for r in rows} == {digest}


@pytest.mark.hazard("H-021")
def test_swapped_onnx_with_rewritten_hash_changes_the_identity(tmp_path: Path, tiny_bundle: Path) -> None:
    other = _copy_bundle(tiny_bundle, tmp_path / "swapped")
    (other / "model.onnx").unlink()
    (other / "model.onnx").write_bytes(b"not the reviewed graph")
    import hashlib

    _edit(other, lambda m: m["onnx"].__setitem__("sha256", hashlib.sha256(b"not the reviewed graph").hexdigest()))
    b = load_bundle(other)
    assert b.digest != load_bundle(tiny_bundle).digest
    with pytest.raises(errors.UntrustedBundleError):
        require_trusted(b, [load_bundle(tiny_bundle).digest])


@pytest.mark.parametrize("change,match", [
    (lambda m: m.pop("ood"), "out-of-distribution statistics"),
    (lambda m: m["ood"].__setitem__("cutoff", float("inf")), "not readable JSON|finite"),
    (lambda m: m["population"].__setitem__("age_years", [0, 99]), "wider than the trained ages"),
    (lambda m: m["decision"].__setitem__("threshold", "0.5"), "finite number"),
    (lambda m: m["decision"].__setitem__("threshold", 1.5), r"threshold must be in \(0, 1\)"),
    (lambda m: m["decision"].__setitem__("temperature", -1), "temperature > 0"),
    (lambda m: m.__setitem__("gate_override", {"ood": False}), "unknown top-level keys"),
    (lambda m: m["decision"].__setitem__("skip_gate", True), "unknown keys in the decision block"),
    (lambda m: m["training"].__setitem__("x", json.loads("[" * 40 + "]" * 40)), "nested deeper"),
    (lambda m: m.__setitem__("test_time_augmentation", {"gammas": [0.8, 100.0]}), "tone-curve exponents"),
    (lambda m: m.__setitem__("test_time_augmentation", {"gammas": []}), "tone-curve exponents"),
    (lambda m: m.__setitem__("test_time_augmentation", {"gammas": "0.8,1"}), "tone-curve exponents"),
    (lambda m: m.__setitem__("test_time_augmentation", {"gammas": [1.0, 1.0]}), "tone-curve exponents"),
], ids=["no_ood", "inf_cutoff", "wide_ages", "string_threshold", "threshold_range", "temperature", "unknown_key",
        "decision_key", "deep", "tta_range", "tta_empty", "tta_string", "tta_repeated"])
@pytest.mark.hazard("H-021")
def test_malformed_metadata_is_refused_with_exit_3(tmp_path: Path, tiny_bundle: Path, mixed_folder: Path, change,
                                                   match, capsys) -> None:
    bad = _copy_bundle(tiny_bundle, tmp_path / "bad")
    meta = json.loads((bad / "bundle.json").read_text())
    change(meta)
    (bad / "bundle.json").write_text(json.dumps(meta))  # json.dumps writes inf as Infinity: refused too
    with pytest.raises(errors.BundleError, match=match):
        load_bundle(bad)
    assert predict_main([str(mixed_folder), "--csv", str(tmp_path / "o.csv"), "--model", str(bad), "--quiet"]) == 3
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.hazard("H-021")
def test_huge_or_duplicate_key_metadata_is_refused(tmp_path: Path, tiny_bundle: Path) -> None:
    big = _copy_bundle(tiny_bundle, tmp_path / "big")
    (big / "bundle.json").write_text('{"x": "' + "a" * (3 << 20) + '"}')
    with pytest.raises(errors.BundleError, match="MB"):
        load_bundle(big)
    dup = _copy_bundle(tiny_bundle, tmp_path / "dup")
    text = (dup / "bundle.json").read_text()
    (dup / "bundle.json").write_text(text.replace('"decision": {', '"decision": {"threshold": 0.01, ', 1))
    with pytest.raises(errors.BundleError, match="duplicate"):
        load_bundle(dup)


@pytest.mark.hazard("H-021")
def test_editing_the_int8_gate_changes_the_bundle_identity(int8_bundle: Path, tmp_path: Path) -> None:
    from engine.bundle.model_bundle import load_bundle

    a = load_bundle(with_int8_gate(int8_bundle, tmp_path / "a", True))
    b = load_bundle(with_int8_gate(int8_bundle, tmp_path / "b", False))
    assert a.digest != b.digest
