"""CSV export (schema, atomicity, formula neutralising) and the pneumoscan-predict command."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from factories import trust_args

from engine import errors
from engine.cli.predict import main as predict_main
from engine.records.results_csv import COLUMNS, CSV_SCHEMA_VERSION, StreamingCsv, read_csv_rows, write_csv
from engine.runners.results import Prediction


def _pred(path: str, **kw) -> Prediction:
    base = dict(path=path, status="ok", sha256="ab" * 32, label="PNEUMONIA", p_pneumonia=0.9, 
                threshold=0.5, model_name="m", model_version="1", model_sha256="cd" * 32, device="cpu",
                image_size=(100, 120), metadata={"PatientID": "=HYPERLINK(\"http://x\")", "StudyDate": "20260101"})
    base.update(kw)
    return Prediction(**base)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_schema_and_neutralising(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    n = write_csv([_pred("a.png"), _pred("-evil.png", status="error", label=None, p_pneumonia=None, 
                                          error_code="corrupt", error="@SUM(1)")], out)
    assert n == 2
    rows = _read(out)
    assert list(rows[0].keys()) == list(COLUMNS)
    assert "confidence" not in COLUMNS  # schema 4: it read as the opposite of the score on NORMAL rows
    assert rows[0]["result"] == "PNEUMONIA" and rows[1]["result"] == "FAILED"
    for col in ("path", "status", "result", "error", "label", "p_pneumonia", "threshold", "model_version",
                "model_sha256", "app_version", "PatientID", "StudyInstanceUID", "AccessionNumber"):
        assert col in COLUMNS
    assert rows[0]["PatientID"].startswith("'=")
    assert rows[1]["path"] == "'-evil.png" and rows[1]["error"] == "'@SUM(1)"
    assert rows[0]["p_pneumonia"] == "0.900000" and rows[0]["csv_schema"] == str(CSV_SCHEMA_VERSION)
    assert rows[0]["app_version"] and rows[0]["model_sha256"] == "cd" * 32
    assert "PatientName" not in COLUMNS


def test_never_overwrites_silently(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    write_csv([_pred("a.png")], out)
    with pytest.raises(errors.ExportError, match="already exists"):
        write_csv([_pred("b.png")], out)
    write_csv([_pred("b.png")], out, overwrite=True)
    assert _read(out)[0]["path"] == "b.png"


def test_failure_mid_write_leaves_previous_file_intact(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    write_csv([_pred("old.png")], out)
    before = out.read_bytes()

    def rows():
        yield _pred("new1.png")
        yield _pred("new2.png")
        raise OSError(28, "No space left on device")

    with pytest.raises(errors.ExportError, match="unchanged"):
        write_csv(rows(), out, overwrite=True)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]  # no temporary file left behind


def test_streaming_partial_survives_and_resumes(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    s = StreamingCsv(out)
    s.write(_pred("a.png"))
    s.write(_pred("b.png"))
    os.write(s.fd, b"c.png,c.png,ok")  # a row cut short by a kill (power cut mid-write)
    s.close()
    assert not out.exists()
    r = StreamingCsv(out, resume=True)
    assert r.done_paths() == {"a.png", "b.png"}
    r.write(_pred("c.png"))
    r.commit()
    assert [row["path"] for row in read_csv_rows(out)] == ["a.png", "b.png", "c.png"]


def test_cli_without_model_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = predict_main([str(tmp_path), "--csv", str(tmp_path / "o.csv"), "--model", str(tmp_path / "none")])
    assert code == 3
    assert "No model is installed" in capsys.readouterr().err


def test_cli_mixed_folder(tiny_bundle: Path, mixed_folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.csv"
    heat = tmp_path / "heat"
    code = predict_main([str(mixed_folder), "--csv", str(out), "--model", str(tiny_bundle), *trust_args(tiny_bundle), "--heatmaps", str(heat), "--heatmaps-all",
                         "--quiet", "--batch-size", "2"])
    assert code == 0
    rows = _read(out)
    names = sorted(Path(r["path"]).name for r in rows)
    assert names == ["IM0001", "a.png", "b.jpg", "empty.png", "notes.txt", "trunc.png"]
    status = {Path(r["path"]).name: r for r in rows}
    assert status["a.png"]["status"] == "ok" and status["a.png"]["label"] in ("NORMAL", "PNEUMONIA")
    assert status["notes.txt"]["status"] == "error" and status["notes.txt"]["error_code"] == "not_an_image"
    assert status["empty.png"]["error_code"] == "empty_file"
    assert status["IM0001"]["PatientID"] == "TEST-001"
    assert len(list(heat.glob("*.png"))) == 3
    summary = capsys.readouterr().out
    assert "3 ok (" in summary and "0 not assessed (out of scope), 3 failed" in summary and "images/s" in summary
    # a second run refuses to overwrite, exit 4
    assert predict_main([str(mixed_folder), "--csv", str(out), "--model", str(tiny_bundle), *trust_args(tiny_bundle), "--quiet"]) == 4


def test_cli_resume_skips_done(tiny_bundle: Path, mixed_folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.csv"
    from engine.bundle.model_bundle import load_bundle
    from engine.runners.classifier import Classifier

    partial = StreamingCsv(out)
    first = next(Classifier(load_bundle(tiny_bundle)).predict_many([mixed_folder / "a.png"]))
    partial.write(first)  # a row this bundle wrote for this file (a resumed row must verify)
    partial.close()
    assert predict_main([str(mixed_folder), "--csv", str(out), "--model", str(tiny_bundle), *trust_args(tiny_bundle),
                         "--quiet", "--resume", "--no-cache"]) == 0
    rows = _read(out)
    assert len(rows) == 6
    a = [r for r in rows if r["path"] == str(mixed_folder / "a.png")]
    assert len(a) == 1 and a[0]["p_pneumonia"] == f"{first.p_pneumonia:.6f}"  # kept once
    assert "1 resumed" in capsys.readouterr().out
