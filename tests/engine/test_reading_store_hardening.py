"""What an adversarial pass over the reading features found (issue 26 review): each case stays fixed."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, make_dicom, trust_args, write_raster

ROOT = Path(__file__).resolve().parents[2]


def _pred(sha: str = "f1", label: str = "PNEUMONIA", band: str = "pneumonia", path: str = "/x/1.png"):
    from engine.runners.results import Prediction

    return Prediction(path=path, status="ok", sha256=sha, bundle_sha256="b1", label=label, band=band, p_pneumonia=0.9)


def _text(pdf: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed; .ci/run installs it")
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


# --------------------------------------------------------------------------- the reading database
def _old_schema(path: Path, rows: list[tuple]) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE reviews (file_sha256 TEXT, bundle_sha256 TEXT, verdict TEXT, note TEXT, final_label TEXT, "
               "reviewed_by TEXT, reviewed_at TEXT, path TEXT, model_label TEXT)")
    db.executemany("INSERT INTO reviews VALUES (?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


def test_migration_survives_nulls_case_a_downgrade_and_concurrent_opens(tmp_path: Path) -> None:
    from engine.records.readings import ReviewStore

    db = tmp_path / "r.sqlite"
    _old_schema(db, [("f1", "b1", "agree", None, "normal", None, None, None, None),
                     ("f2", "b1", "disagree", "n", "PNEUMONIA", "root", "2026-11-01T10:00:00+00:00", "/b.png", "NORMAL")])
    # three processes open the old database at once: every one opens, the rows are migrated once
    code = ("import sys; sys.path.insert(0, %r); from engine.records.readings import ReviewStore; "
            "s = ReviewStore(%r); print(len(s.all_current()))") % (str(ROOT), str(db))
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    outs = [p.communicate(timeout=60) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1][-500:] for o in outs]
    assert {o[0].strip() for o in outs} == {"2"}
    store = ReviewStore(db)
    assert store.current("f1").reading == "NORMAL" and store.current("f2").reading == "PNEUMONIA"
    store.close()
    # an older Pneumoscan recreates the first schema's table; the next open migrates it beside the first copy
    _old_schema(db, [("f3", "b1", "unsure", "", "", "root", "2026-11-02T10:00:00+00:00", "/c.png", "NORMAL")])
    store = ReviewStore(db)
    assert store.current("f3").reading == "UNSURE" and store.current("f1") is not None
    tables = {r[0] for r in store._db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"reviews_schema1", "reviews_schema1_1"} <= tables and "reviews" not in tables


def test_a_damaged_or_locked_database_is_a_clear_error_never_a_lost_reading(tmp_path: Path) -> None:
    from engine.records.readings import ReviewStore, ReviewStoreError, UnavailableStore

    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8).tobytes())
    with pytest.raises(ReviewStoreError, match="cannot be opened"):
        ReviewStore(bad)
    store = ReviewStore(tmp_path / "r.sqlite")
    store.record(_pred("f1"), "NORMAL", reader="Dr A")
    other = sqlite3.connect(tmp_path / "r.sqlite", timeout=0.1)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the database
    import engine.records.readings as reviews

    store._db.execute("PRAGMA busy_timeout=200")
    with pytest.raises(ReviewStoreError, match="NOT saved"):
        store.record(_pred("f1"), "PNEUMONIA", reader="Dr A")
    other.execute("ROLLBACK")
    assert store.current("f1").reading == "NORMAL"  # the refused act left nothing half-written
    assert reviews.BUSY_TIMEOUT >= 5
    # read-only (the command line) opens without writing, and an unavailable store refuses acts with its reason
    ro = ReviewStore(tmp_path / "r.sqlite", readonly=True)
    assert ro.current("f1").reading == "NORMAL"
    with pytest.raises(ReviewStoreError):
        ro.record(_pred("f2"), "NORMAL")
    gone = UnavailableStore(bad, "the disk is full")
    assert gone.current("f1") is None and gone.draft("f1") == ""
    with pytest.raises(ReviewStoreError, match="disk is full"):
        gone.record(_pred("f1"), "NORMAL")


def test_record_returns_its_own_act_and_cleans_what_it_stores(tmp_path: Path) -> None:
    from engine.records.readings import MAX_NOTE, ReviewStore

    a, b = ReviewStore(tmp_path / "r.sqlite"), ReviewStore(tmp_path / "r.sqlite")
    ra = a.record(_pred("f1"), "PNEUMONIA", reader="Dr A")
    rb = b.record(_pred("f1"), "NORMAL", reader="Dr B")
    assert (ra.reading, ra.reader) == ("PNEUMONIA", "Dr A") and (rb.reading, rb.reader) == ("NORMAL", "Dr B")
    r = a.record(_pred("f2"), "NORMAL", note="line one\nline two\u202e evil", reader="Dr \x07A\u202e")
    assert "\n" not in r.note and "\u202e" not in r.note and r.note.startswith("line one line two")
    assert "\x07" not in r.reader and "\u202e" not in r.reader and r.reader.startswith("Dr")
    with pytest.raises(ValueError, match="at most"):
        a.record(_pred("f3"), "NORMAL", note="x" * (MAX_NOTE + 1))
    assert a.record(_pred("f4"), "NORMAL", note="\ud800 lone surrogate").note.endswith("lone surrogate")


def test_readers_refuse_hand_edited_hashes_and_odd_names() -> None:
    from engine.records.readers import Reader, ReaderError, check_pin, clean_name, hash_pin, loads

    good = hash_pin("2468")
    kind, it, salt, want = good.split("$")
    for edited in (f"{kind}$9999999999999999999999$${salt}${want}", f"{kind}$200000${salt}$\u00e9\u00e9",
                   f"{kind}$50000000${salt}${want}", "garbage", f"{kind}$x${salt}${want}"):
        assert check_pin(Reader("A", edited), "2468") is False
    assert [r.name for r in loads(json.dumps([{"name": None}, {"name": "Jos\u00e9"}, {"name": "Jose\u0301"}]))] == ["Jos\u00e9"]
    with pytest.raises(ReaderError):
        clean_name("Dr \ud800")


# --------------------------------------------------------------------------- numbers and words
def test_a_perfect_small_fit_does_not_claim_certainty(tiny_bundle: Path) -> None:
    from engine.bundle.model_bundle import load_bundle
    from engine.decision.site_profile import fit_site_profile

    bundle = load_bundle(tiny_bundle)
    y = np.r_[np.zeros(30), np.ones(30)].astype(int)
    prof = fit_site_profile(bundle, np.where(y == 1, 3.0, -3.0) + np.linspace(-0.5, 0.5, 60), y, n_bootstrap=50,
                            n_out_of_bag=60)
    f = prof.figures()
    assert f.specificity == 1.0 and f.specificity_ci[0] < 0.9  # 30 of 30 right: at least the Wilson interval
    assert f.predictive(0.02)["ppv_ci"][0] < 0.5


def test_swapped_labels_and_non_finite_profiles_are_refused(tiny_bundle: Path, tmp_path: Path) -> None:
    from engine.bundle.model_bundle import load_bundle
    from engine.decision.site_profile import SiteProfileError, fit_site_profile, load_site_profile, save_site_profile

    bundle = load_bundle(tiny_bundle)
    y = np.r_[np.zeros(40), np.ones(40)].astype(int)
    z = np.where(y == 1, 2.0, -1.0) + np.linspace(-1, 1, 80)
    with pytest.raises(SiteProfileError, match="against the labels"):
        fit_site_profile(bundle, -z, y, n_bootstrap=10, n_out_of_bag=20)
    path = save_site_profile(fit_site_profile(bundle, z, y, n_bootstrap=10, n_out_of_bag=20), tmp_path / "p.json")
    for key in ("prevalence", "band_share"):
        meta = json.loads(path.read_text())
        meta[key] = float("nan") if key == "prevalence" else {"all": float("inf")}
        (tmp_path / "bad.json").write_text(json.dumps(meta))
        with pytest.raises(SiteProfileError, match="cannot be read"):
            load_site_profile(tmp_path / "bad.json", bundle.digest)


def test_prevalence_and_degenerate_figures_read_sensibly() -> None:
    from engine.decision.operating_point import OperatingFigures
    from engine.records.wording import predictive_statement, prevalence_text

    assert prevalence_text(0.001) == "0.1 %" and prevalence_text(0.995) == "99.5 %" and prevalence_text(0.2) == "20 %"
    zero = OperatingFigures(0.0, 1.0, (0.0, 0.1), (0.9, 1.0), 10, 10, "x")
    text = predictive_statement("PNEUMONIA", zero, 0.2)
    assert "nan" not in text and "cannot be computed" in text


def test_csv_text_cells_escape_line_separators_and_direction_overrides(tmp_path: Path) -> None:
    from engine.records.results_csv import read_csv_rows, write_csv
    from engine.runners.results import Prediction

    p = Prediction(path="a.png", status="error", error="one\u2028two \u202eevil\u0085end", sha256="ab" * 32)
    write_csv([p], tmp_path / "r.csv")
    cell = read_csv_rows(tmp_path / "r.csv")[0]["error"]
    assert "\u2028" not in cell and "\u202e" not in cell and "\u0085" not in cell
    assert "\\u2028" in cell and "\\u202e" in cell and "\\x85" in cell


# --------------------------------------------------------------------------- the report
@pytest.mark.needs_torch  # expects the random DenseNet test bundle's NORMAL results
def test_report_pages_never_pair_a_result_with_another_image_and_never_overflow(tmp_path: Path,
                                                                                tiny_bundle: Path) -> None:
    from engine.batch.analysis import Analysis
    from engine.bundle.model_bundle import load_bundle
    from engine.records.readings import ReviewStore
    from engine.records.report import write_report

    write_raster(tmp_path / "a.png", gradient(96, 96, maxval=255, seed=1).astype(np.uint8))
    make_dicom(tmp_path / "IM1", gradient(maxval=4095),
               extra={"SpecificCharacterSet": "ISO_IR 192", "PatientID": "\u738b\u4f1f", "AccessionNumber": "A" * 16})
    make_dicom(tmp_path / "IM2", gradient(maxval=4095, seed=3),
               extra={"SpecificCharacterSet": "ISO_IR 192", "PatientID": "\u674e\u4f1f"})
    bundle = load_bundle(tiny_bundle)
    preds = list(Analysis(bundle).run([str(tmp_path / n) for n in ("a.png", "IM1", "IM2")]))
    store = ReviewStore(tmp_path / "r.sqlite")
    store.record(preds[1], "PNEUMONIA", note="lobar opacity " * 142, reader="Dr A")  # 1,988 characters
    write_raster(tmp_path / "a.png", gradient(300, 200, maxval=255, seed=9).astype(np.uint8))  # replaced after analysis
    assert write_report(preds, tmp_path / "r.pdf", bundle, store) == 4
    text = _text(tmp_path / "r.pdf")
    assert "HAS CHANGED SINCE IT WAS ANALYSED" in text and "Results: NORMAL" in text and "Not 1" not in text
    assert "U+738B U+4F1F" in text and "U+674E U+4F1F" in text  # two patients, two identifiers, never two "□□"
    assert "more characters: the whole note is in the CSV" in text
    one = write_report(preds[1:2], tmp_path / "one.pdf", bundle, store)
    assert one == 1 and "Page 1 of 1" in _text(tmp_path / "one.pdf")
    assert write_report([], tmp_path / "empty.pdf", bundle) == 1 and "Images: 0" in _text(tmp_path / "empty.pdf")
    assert (tmp_path / "r.pdf").stat().st_mode & 0o077 == 0  # patient IDs inside: readable by this account only


def test_cli_keeps_going_without_a_readable_reading_database_and_says_what_a_resumed_report_leaves_out(
        tiny_bundle: Path, tmp_path: Path, monkeypatch) -> None:
    from engine.cli.predict import main
    from engine.files.resources import reviews_path
    from engine.records.results_csv import StreamingCsv

    folder = tmp_path / "s"
    folder.mkdir()
    for i in range(3):
        write_raster(folder / f"i{i}.png", gradient(96, 96, maxval=255, seed=i).astype(np.uint8))
    reviews_path().parent.mkdir(parents=True, exist_ok=True)
    reviews_path().write_bytes(b"not a database" * 300)
    out = tmp_path / "o.csv"
    assert main([str(folder), "--csv", str(out), "--model", str(tiny_bundle), *trust_args(tiny_bundle), "--quiet"]) == 0
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 4
    reviews_path().unlink()
    # an interrupted run with one finished row, resumed with --report: the report says what it leaves out
    from engine.batch.analysis import Analysis
    from engine.bundle.model_bundle import load_bundle

    partial = StreamingCsv(tmp_path / "r.csv", bundle_sha256=load_bundle(tiny_bundle).digest)
    partial.write(next(iter(Analysis(load_bundle(tiny_bundle)).run([str(folder / "i0.png")]))))
    partial.close()
    assert main([str(folder), "--csv", str(tmp_path / "r.csv"), "--model", str(tiny_bundle), *trust_args(tiny_bundle),
                 "--resume", "--report", str(tmp_path / "r.pdf"), "--quiet"]) == 0
    assert "Not in this report: 1 image(s) finished by an earlier, interrupted run" in _text(tmp_path / "r.pdf")
