"""engine.runners.classifier's precision choice: the int8 graph, its validation gate, and the fp32 fallback (made
by training.quantize).

Gathered, when the tests were named for the modules they test, from: test_precision_and_ood.py (Issue 14: the
compact out-of-distribution form, batched scoring, and the int8 graph's gate and selection).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from factories import with_int8_gate


def test_int8_block_records_the_gate_and_the_test_numbers_apart(int8_bundle: Path) -> None:
    from engine.bundle.model_bundle import load_bundle

    b = load_bundle(int8_bundle)
    q = b.meta["quantized"]
    g = q["gate"]
    import onnx

    assert b.int8_onnx_path is not None and b.int8_onnx_path.stat().st_size < b.onnx_path.stat().st_size
    ops = {n.op_type for n in onnx.load(str(b.int8_onnx_path)).graph.node}
    assert ops & {"QLinearConv", "QuantizeLinear"}  # integer convolutions (QOperator or QDQ)
    assert q["float_convolutions"].startswith("48 ")  # the last dense block stays float: the input checks read it
    assert g["passed"] == (g["auc_fp32"] - g["auc_int8"] <= 0.002 and g["label_agreement"] >= 0.99)
    assert set(q["formats_tried"]) == {"QDQ", "QOperator"} and q["format"] in q["formats_tried"]
    assert "passed" not in q["test_report_only"] and q["test_report_only"]["n"] == 4
    assert b.meta["ood"]["form"] == "lowrank" and b.meta["ood"]["validation_decisions_changed_vs_full"] <= 0.05


@pytest.mark.hazard("H-032")
def test_auto_precision_follows_the_gate_and_the_user_can_override(int8_bundle: Path, tmp_path: Path) -> None:
    from engine.bundle.model_bundle import load_bundle
    from engine.runners.classifier import Classifier

    passed = load_bundle(with_int8_gate(int8_bundle, tmp_path / "passed", True))
    failed = load_bundle(with_int8_gate(int8_bundle, tmp_path / "failed", False))
    assert Classifier(passed, device="cpu").runner.precision == "int8"
    assert Classifier(failed, device="cpu").runner.precision == "fp32"
    assert Classifier(passed, device="cpu", precision="fp32").runner.precision == "fp32"
    forced = Classifier(failed, device="cpu", precision="int8")
    assert forced.runner.precision == "int8" and "int8" in forced.description
    # int8 results are cached apart from fp32 ones, and use the cut-off refitted on int8 features
    assert forced.cache_variant != Classifier(failed, device="cpu", precision="fp32").cache_variant
    assert forced.ood is not None and forced.ood.cutoff == pytest.approx(failed.meta["quantized"]["ood_cutoff"])
    with pytest.raises(ValueError):
        Classifier(passed, device="cpu", precision="int4")


@pytest.mark.hazard("H-032")
def test_int8_and_fp32_agree_on_files(int8_bundle: Path, tmp_path: Path) -> None:
    from factories import gradient, write_raster

    from engine.runners.classifier import Classifier

    files = [write_raster(tmp_path / f"x{i}.png", gradient(90, 70, maxval=255, seed=i).astype(np.uint8)) for i in range(6)]
    r32 = list(Classifier(int8_bundle, device="cpu", precision="fp32", gate=False).predict_many(files))
    r8 = list(Classifier(int8_bundle, device="cpu", precision="int8", gate=False).predict_many(files))
    assert [r.status for r in r8] == ["ok"] * 6 and all("int8" in r.device for r in r8)
    np.testing.assert_allclose([r.logit for r in r8], [r.logit for r in r32], atol=0.25 + 0.1 * max(abs(r.logit) for r in r32))


@pytest.mark.hazard("H-032")
def test_an_installation_without_the_int8_file_runs_fp32_but_a_changed_one_is_refused(int8_bundle: Path,
                                                                                      tmp_path: Path) -> None:
    from engine import errors
    from engine.bundle.model_bundle import load_bundle
    from engine.runners.classifier import Classifier

    dst = with_int8_gate(int8_bundle, tmp_path / "b", True)
    (dst / "model_int8.onnx").unlink()
    assert Classifier(load_bundle(dst), device="cpu").runner.precision == "fp32"
    shutil.copyfile(int8_bundle / "model.onnx", dst / "model_int8.onnx")  # a different graph under the int8 name
    with pytest.raises(errors.BundleError, match="checksum"):
        load_bundle(dst)


@pytest.mark.hazard("H-032")
def test_cli_precision_flag_is_recorded_per_row(int8_bundle: Path, tmp_path: Path) -> None:
    import csv

    from factories import gradient, write_raster

    from engine.bundle.model_bundle import load_bundle
    from engine.cli.predict import main

    (tmp_path / "in").mkdir()
    write_raster(tmp_path / "in" / "a.png", gradient(96, 96, maxval=255).astype(np.uint8))
    digest = load_bundle(int8_bundle).digest
    for precision in ("fp32", "int8"):
        out = tmp_path / f"{precision}.csv"
        rc = main([str(tmp_path / "in"), "--model", str(int8_bundle), "--csv", str(out), "--trust-bundle", digest,
                   "--precision", precision, "--quiet", "--no-cache"])
        assert rc == 0
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        assert rows and all(precision in r["device"] for r in rows)


@pytest.mark.hazard("H-032")
def test_the_cpu_build_may_carry_only_the_int8_graph_when_it_passed_its_gate(int8_bundle: Path, tmp_path: Path,
                                                                               caplog: pytest.LogCaptureFixture) -> None:
    from engine import errors
    from engine.bundle.model_bundle import load_bundle
    from engine.runners.classifier import Classifier

    for passed in (True, False):
        dst = with_int8_gate(int8_bundle, tmp_path / str(passed), passed)
        (dst / "weights.safetensors").unlink()
        (dst / "model.onnx").unlink()
        for marker in ("WEIGHTS_OMITTED", "FP32_GRAPH_OMITTED"):
            (dst / marker).write_text("left out by the packager\n")
        if not passed:  # a graph that failed its gate is never the only one
            with pytest.raises(errors.BundleError, match="missing"):
                load_bundle(dst)
            continue
        b = load_bundle(dst)
        assert b.onnx_path is None and b.int8_onnx_path is not None
        assert Classifier(b, device="cpu").runner.precision == "int8"
        clf = Classifier(b, device="cpu", precision="fp32")
        assert clf.runner.precision == "int8" and any("only the int8 graph" in r.message for r in caplog.records)
        (dst / "model_int8.onnx").unlink()
        with pytest.raises(errors.BundleError, match="missing"):
            load_bundle(dst)


@pytest.mark.hazard("H-032")
def test_a_failed_int8_graph_is_never_chosen_because_the_fp32_graph_is_absent(int8_bundle: Path, tmp_path: Path) -> None:
    from engine.bundle.model_bundle import load_bundle
    from engine.runners.classifier import Classifier
    from training.bundle_writer import update_bundle

    dst = with_int8_gate(int8_bundle, tmp_path / "b", False)
    meta = json.loads((dst / "bundle.json").read_text())
    meta.pop("onnx")
    (dst / "bundle.json").write_text(json.dumps(meta))
    (dst / "model.onnx").unlink()
    update_bundle(dst, {}, {})  # re-validated and rewritten by the one writer
    b = load_bundle(dst)
    for precision in ("auto", "fp32"):
        clf = Classifier(b, device="cpu", precision=precision)
        assert clf.runner.backend == "torch" and clf.runner.precision == "fp32"  # the weights, not the failed graph


@pytest.mark.hazard("H-025")
def test_resuming_a_csv_at_another_precision_is_refused(int8_bundle: Path, tmp_path: Path) -> None:
    import csv

    from factories import gradient, write_raster

    from engine.bundle.model_bundle import load_bundle
    from engine.cli.predict import main

    (tmp_path / "in").mkdir()
    for i in range(3):
        write_raster(tmp_path / "in" / f"a{i}.png", gradient(96, 96, maxval=255, seed=i).astype(np.uint8))
    digest = load_bundle(int8_bundle).digest
    out = tmp_path / "r.csv"
    common = [str(tmp_path / "in"), "--model", str(int8_bundle), "--csv", str(out), "--trust-bundle", digest,
              "--quiet", "--no-cache"]
    assert main(common + ["--precision", "int8"]) == 0
    # turn the finished file back into an interrupted one: two rows done
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    out.unlink()
    (tmp_path / "r.csv.partial").write_text("\n".join(rows[:3]) + "\n", encoding="utf-8")
    assert main(common + ["--precision", "fp32", "--resume"]) == 4
    assert main(common + ["--precision", "int8", "--resume"]) == 0
    got = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert len(got) == 3 and all("int8" in r["device"] for r in got)
