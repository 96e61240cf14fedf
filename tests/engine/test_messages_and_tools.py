"""Plain messages (gate reasons, results), the CSV's result column, the batch's progress lines in a log, and the
inference benchmark kept alive on a tiny bundle (issue 26)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, trust_args, write_raster

ROOT = Path(__file__).resolve().parents[2]


def test_gate_reasons_are_short_plain_sentences_with_the_numbers_apart() -> None:
    from engine.checks.input_gate import check_adult, check_ood, check_tags, evaluate, pair

    assert pair(6.8312, 6.79) == ("6.83", "6.79") and pair(6.8012, 6.8004) == ("6.801", "6.800")
    ood = check_ood(6.8012, 6.8004)  # once "6.8 > 6.8": now as many decimals as tell them apart
    assert "6.8 > 6.8" not in ood.detail and "score 6.801, cut-off 6.800" in ood.detail
    assert "score" not in ood.message and ood.message.endswith(".")
    # a DICOM that states an adult age: two plain reasons, and no advice to relax the age check
    findings, _ = evaluate({"PatientAge": "062Y"}, None, 1.0, 5.0, None, adult_score=4.31, adult_cutoff=-0.02)
    assert [f.code for f in findings] == ["age_outside_population", "looks_adult"]
    assert findings[0].message == "The patient is 62 years old; the model is meant for children aged 1-5."
    assert all("relax" not in (f.message + f.detail).lower() for f in findings)
    assert findings[1].detail.startswith("Adult-appearance score 4.31, cut-off -0.02")
    # no age in the file: the pixels are the only evidence, and the detail says what can be done
    adult = check_adult(4.31, -0.02, None)
    assert "relaxed in Settings" in adult.detail and "relax" not in adult.message.lower()
    # a stated child's age beside an adult-looking image: check the image belongs to the patient
    assert "belongs to this patient" in check_adult(4.31, -0.02, 3.0).detail
    (view,) = check_tags({"ViewPosition": "LL"})
    assert view[1].message == "This is a lateral view; the model reads frontal (AP/PA) chest X-rays only."


def test_every_result_has_one_word_in_the_csv(tmp_path: Path) -> None:
    from engine.records.results_csv import read_csv_rows, write_csv
    from engine.runners.results import Prediction

    base = dict(sha256="ab" * 32, threshold=0.5, p_pneumonia=0.3)
    preds = [Prediction(path="p.png", status="ok", label="PNEUMONIA", band="pneumonia", **base),
             Prediction(path="n.png", status="ok", label="NORMAL", band="normal", **base),
             Prediction(path="i.png", status="ok", label="NORMAL", band="indeterminate", **base),
             Prediction(path="g.png", status="out_of_scope", error="A.\nB.", gate_codes=("x", "y"),
                        gate_details=("1", "2"), sha256="cd" * 32),
             Prediction.failed("f.png", "corrupt", "Cut short.")]
    write_csv(preds, tmp_path / "r.csv")
    rows = read_csv_rows(tmp_path / "r.csv")
    assert [r["result"] for r in rows] == ["PNEUMONIA", "NORMAL", "INDETERMINATE", "NOT_ASSESSED", "FAILED"]
    assert rows[3]["error"] == "A. B." and "\\x0a" not in rows[3]["error"]  # reasons read as sentences in a cell
    assert preds[3].gate_reasons == ("A.", "B.")


def test_progress_in_a_log_is_plain_lines(tiny_bundle: Path, tmp_path: Path) -> None:
    """pneumoscan-predict writing to a log (stderr not a terminal): a few plain lines, no carriage-return redraws."""
    from engine.cli.predict import PlainProgress, progress_reporter

    folder = tmp_path / "s"
    folder.mkdir()
    for i in range(5):
        write_raster(folder / f"i{i}.png", gradient(96, 96, maxval=255, seed=i).astype(np.uint8))
    done = subprocess.run([sys.executable, "-m", "engine.cli.predict", str(folder), "--csv", str(tmp_path / "o.csv"),
                           "--model", str(tiny_bundle), *trust_args(tiny_bundle)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "\r" not in done.stderr and "5 of 5 files (100%)" in done.stderr
    buf = io.StringIO()
    p = PlainProgress(1000, interval=0.0, stream=buf)
    for _ in range(1000):
        p.update()
    p.close()
    assert buf.getvalue().count("\n") == 1000 and "\r" not in buf.getvalue()
    assert isinstance(progress_reporter(3, False, io.StringIO()), PlainProgress)


@pytest.mark.needs_torch  # the benchmark counts the network's FLOPs with torch
def test_inference_benchmark_runs_end_to_end_on_a_tiny_bundle(tiny_bundle: Path, tmp_path: Path) -> None:
    """bench/inference.py (every step: the model alone, the end-to-end pipeline and the no-op pipeline that broke
    once) on a 64 px random bundle and six images, each rate measured for a fraction of a second."""
    folder = tmp_path / "img"
    folder.mkdir()
    for i in range(6):
        write_raster(folder / f"i{i}.png", gradient(96, 96, maxval=255, seed=i).astype(np.uint8))
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "inference.py"), "--model", str(tiny_bundle),
                           "--data", str(folder), "--n", "8", "--n-noop", "16", "--skip-memory", "--skip-naive",
                           "--seconds", "0.05", "--json", str(out)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    res = json.loads(out.read_text())
    for key in ("b_model", "c_end_to_end", "pipeline_noop_images_per_s", "floor_images_per_s"):
        assert res[key] > 0, key
    assert set(res["targets"]) >= {"c_end_to_end >= 0.9 x b_model (same precision)", "pipeline_noop_images_per_s >= 400"}
    assert "(p) the file pipeline with a no-op model" in done.stdout


@pytest.mark.parametrize("prevalence", [0.05, 0.2, 0.5])
def test_predictive_ranges_contain_the_value(prevalence: float) -> None:
    from engine.decision.operating_point import OperatingFigures

    f = OperatingFigures(0.99, 0.74, (0.98, 1.0), (0.68, 0.79), 390, 234, "test")
    pv = f.predictive(prevalence)
    assert pv["ppv_ci"][0] <= pv["ppv"] <= pv["ppv_ci"][1] and pv["npv_ci"][0] <= pv["npv"] <= pv["npv_ci"][1]


