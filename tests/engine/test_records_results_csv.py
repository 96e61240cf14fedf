"""engine.records.results_csv: the CSV -- schema, cells that cannot start a formula or end a row, atomic writes,
streaming and resume.

Gathered, when the tests were named for the modules they test, from: test_export_cli.py (CSV export (schema,
atomicity, formula neutralising) and the pneumoscan-predict command); test_integrity.py (Trust what decides a
label; survive hostile files, names and disks without losing a row (issue 11)); test_messages_and_tools.py
(Plain messages (gate reasons, results), the CSV's result column, the batch's progress lines in a log, and
the); test_reading_store_hardening.py (What an adversarial pass over the reading features found (issue 26
review): each case stays fixed).
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

import numpy as np
import pytest
from factories import csv_rows, gradient, identified_prediction, ok_prediction, trust_args, write_raster

from engine import errors
from engine.bundle.model_bundle import load_bundle
from engine.cli.predict import main as predict_main
from engine.records.results_csv import (
    COLUMNS,
    CSV_SCHEMA_VERSION,
    StreamingCsv,
    csv_path,
    decode_csv_path,
    read_csv_rows,
    write_csv,
)
from engine.runners.classifier import Classifier
from engine.runners.results import Prediction


@pytest.mark.hazard("H-026")
def test_schema_and_neutralising(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    n = write_csv([identified_prediction("a.png"), identified_prediction("-evil.png", status="error", label=None, p_pneumonia=None, 
                                          error_code="corrupt", error="@SUM(1)")], out)
    assert n == 2
    rows = csv_rows(out)
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


@pytest.mark.hazard("H-024")
def test_never_overwrites_silently(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    write_csv([identified_prediction("a.png")], out)
    with pytest.raises(errors.ExportError, match="already exists"):
        write_csv([identified_prediction("b.png")], out)
    write_csv([identified_prediction("b.png")], out, overwrite=True)
    assert csv_rows(out)[0]["path"] == "b.png"


@pytest.mark.hazard("H-027")
def test_failure_mid_write_leaves_previous_file_intact(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    write_csv([identified_prediction("old.png")], out)
    before = out.read_bytes()

    def rows():
        yield identified_prediction("new1.png")
        yield identified_prediction("new2.png")
        raise OSError(28, "No space left on device")

    with pytest.raises(errors.ExportError, match="unchanged"):
        write_csv(rows(), out, overwrite=True)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]  # no temporary file left behind


@pytest.mark.hazard("H-026")
def test_no_cell_can_end_a_row_or_start_a_formula(tmp_path: Path) -> None:
    preds = [ok_prediction("/s/a\rb.png"), ok_prediction("/s/c\nd.png"),
             ok_prediction("/s/e.png", metadata={"PatientID": "X\r=1+1", "StudyDate": "\r@SUM(A1)"}),
             ok_prediction("/s/=cmd.png", error="\t=evil")]
    out = tmp_path / "r.csv"
    write_csv(preds, out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 4
    assert rows[0]["path"] == "/s/a\\x0db.png" and rows[0]["path_escaped"] == "1"
    assert rows[2]["PatientID"] == "X\\x0d=1+1" and rows[2]["StudyDate"] == "'\\x0d@SUM(A1)"
    assert rows[3]["error"].startswith("'")
    for r in rows:
        for k, v in r.items():
            assert "\r" not in v and "\n" not in v
            if k not in ("p_pneumonia", "threshold"):
                assert not v.startswith(("=", "+", "-", "@", "\t", "\r")), (k, v)


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
@pytest.mark.hazard("H-026")
def test_file_name_that_is_not_utf8_is_escaped_losslessly_and_never_stops_the_batch(
        tmp_path: Path, tiny_bundle: Path, capsys) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    raw = os.fsencode(str(folder)) + b"/bad\xff\xfename.png"
    g = gradient(96, 96, maxval=255).astype(np.uint8)
    write_raster(folder / "good.png", g)
    with open(raw, "wb") as fh:
        fh.write((folder / "good.png").read_bytes())
    write_raster(folder / "zz_after.png", g)
    out = tmp_path / "o.csv"
    args = [str(folder), "--csv", str(out), "--model", str(tiny_bundle), *trust_args(tiny_bundle), "--quiet"]
    assert predict_main(args) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3 and all(r["status"] == "ok" for r in rows)
    esc = next(r for r in rows if r["path_escaped"] == "1")
    assert esc["path"].endswith("bad\\xff\\xfename.png")
    # lossless: the escape decodes back to the original bytes
    text = esc["path"]
    assert decode_csv_path(text) == raw
    assert csv_path(os.fsdecode(raw)) == (text, True)
    # --resume over the same name works (the partial holds the escaped form)

    partial = StreamingCsv(tmp_path / "p.csv", bundle_sha256=load_bundle(tiny_bundle).digest)
    partial.write(next(Classifier(load_bundle(tiny_bundle)).predict_many([os.fsdecode(raw)])))  # a real row
    partial.close()
    assert predict_main([str(folder), "--csv", str(tmp_path / "p.csv"), "--model", str(tiny_bundle),
                         *trust_args(tiny_bundle), "--quiet", "--resume"]) == 0
    assert len(read_csv_rows(tmp_path / "p.csv")) == 3


@pytest.mark.hazard("H-010")
def test_every_result_has_one_word_in_the_csv(tmp_path: Path) -> None:
    from engine.records.results_csv import read_csv_rows, write_csv

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


@pytest.mark.hazard("H-026")
def test_csv_text_cells_escape_line_separators_and_direction_overrides(tmp_path: Path) -> None:
    from engine.records.results_csv import read_csv_rows, write_csv

    p = Prediction(path="a.png", status="error", error="one\u2028two \u202eevil\u0085end", sha256="ab" * 32)
    write_csv([p], tmp_path / "r.csv")
    cell = read_csv_rows(tmp_path / "r.csv")[0]["error"]
    assert "\u2028" not in cell and "\u202e" not in cell and "\u0085" not in cell
    assert "\\u2028" in cell and "\\u202e" in cell and "\\x85" in cell


@pytest.mark.hazard("H-026")
def test_fuzzed_names_and_tags_give_one_row_each(tmp_path: Path) -> None:
    """Seeded names and DICOM text tags full of control bytes, quotes, separators, formula starts and bytes
    that are not UTF-8: the CSV reads back with exactly one row per file and every path decodes losslessly."""
    rng = np.random.default_rng(11)
    alphabet = [bytes([b]) for b in range(1, 256) if b != 0x2F] + [b'"', b",", b"=", b"+", b"-", b"@", b"\r\n"]
    preds, raws = [], []
    for i in range(400):
        name = b"".join(alphabet[int(k)] for k in rng.integers(0, len(alphabet), int(rng.integers(1, 24))))
        raw = b"/studies/" + name + f"_{i}".encode()
        raws.append(raw)
        tag = "".join(chr(int(c)) for c in rng.integers(0, 0x250, int(rng.integers(0, 16))))
        preds.append(ok_prediction(os.fsdecode(raw), metadata={"PatientID": tag, "StudyDate": tag[::-1]}, error=tag))
    out = tmp_path / "fuzz.csv"
    write_csv(preds, out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 400
    for raw, row in zip(raws, rows):
        text = row["path"][1:] if row["path"].startswith("'") and row["path"][1:2] in "=+-@\t\r" else row["path"]
        assert (decode_csv_path(text) if row["path_escaped"] == "1" else text.encode("utf-8")) == raw
        assert all("\r" not in v and "\n" not in v for v in row.values())
