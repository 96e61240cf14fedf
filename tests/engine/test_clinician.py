"""The clinician's side (issue 13): reviews, the printable report, site calibration."""

from __future__ import annotations

import csv
import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, trust_args, write_raster

from engine.bundle.model_bundle import load_bundle
from engine.runners.classifier import Classifier

ROOT = Path(__file__).resolve().parents[2]


# --------------------------------------------------------------------------- readings
def _pred(sha: str = "f1", bundle: str = "b1", site: str = "", label: str = "PNEUMONIA", band: str = "pneumonia",
          path: str = "/x/1.png", status: str = "ok"):
    from engine.runners.results import Prediction

    return Prediction(path=path, status=status, sha256=sha, bundle_sha256=bundle, site_profile=site,
                      label=label if status == "ok" else None, band=band if status == "ok" else "",
                      p_pneumonia=0.9 if status == "ok" else None)


def test_readings_are_durable_and_relate_to_the_result_they_answered(tmp_path: Path) -> None:
    from engine.records.readings import ReviewStore

    store = ReviewStore(tmp_path / "r.sqlite")
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    a = store.record(_pred("f1"), "PNEUMONIA", "consolidation RLL", reader="Dr A", account="shared")
    d = store.record(_pred("f2"), "NORMAL", reader="Dr A", account="shared")
    u = store.record(_pred("f3", label="NORMAL", band="normal"), "UNSURE", reader="Dr A", account="shared")
    i = store.record(_pred("f4", label="NORMAL", band="indeterminate"), "PNEUMONIA", reader="Nurse B", account="shared")
    assert [(r.verdict, r.final_label) for r in (a, d, u, i)] == \
        [("agree", "PNEUMONIA"), ("disagree", "NORMAL"), ("unsure", ""), ("resolved", "PNEUMONIA")]
    assert (a.reader, a.os_user, a.note, a.result) == ("Dr A", "shared", "consolidation RLL", "PNEUMONIA")
    assert a.reviewed_at.endswith("+00:00")  # stored in UTC
    # the same image's result under another site profile or bundle: the reading is from an earlier result
    assert a.answers(_pred("f1")) and not a.answers(_pred("f1", site="s1")) and not a.answers(_pred("f1", bundle="b2"))
    assert a.relation(_pred("f1", label="NORMAL", band="indeterminate")) == "earlier_result"
    assert store.get("f1", "b2") is None and store.current("f1").reading == "PNEUMONIA"
    with pytest.raises(ValueError):
        store.record(_pred("f5"), "maybe")
    with pytest.raises(ValueError, match="analysed"):
        store.record(_pred("f6", status="out_of_scope"), "NORMAL")
    # undo and clear are acts of their own; the history keeps everything
    store.record(_pred("f1"), "NORMAL", reader="Dr A")
    assert store.undo("f1", reader="Dr A").reading == "PNEUMONIA"
    store.clear("f1", reader="Dr A")
    assert store.current("f1") is None and store.can_undo("f1")
    assert store.undo("f1").reading == "PNEUMONIA"
    assert [e["action"] for e in store.history("f1")] == ["record", "record", "undo", "clear", "undo"]
    store.save_draft("f9", "typed, not saved")
    store.close()
    again = ReviewStore(tmp_path / "r.sqlite")
    assert again.draft("f9") == "typed, not saved" and len(again.all_current()) == 4
    # a process killed right after recording loses nothing it reported as saved
    code = ("import sys,os,signal; sys.path.insert(0, %r); sys.path.insert(0, %r); from engine.records.readings import ReviewStore; "
            "from engine.runners.results import Prediction; s = ReviewStore(%r); "
            "s.record(Prediction(path='k', status='ok', sha256='k1', bundle_sha256='b1', label='NORMAL', band='normal'), "
            "'NORMAL', reader='Dr K'); print('saved', flush=True); os.kill(os.getpid(), signal.SIGKILL)"
            ) % (str(ROOT), str(ROOT / "tests"), str(tmp_path / "k.sqlite"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "saved" and done.returncode == -signal.SIGKILL, done.stderr
    assert ReviewStore(tmp_path / "k.sqlite").current("k1").final_label == "NORMAL"


def test_first_schema_reviews_become_readings(tmp_path: Path) -> None:
    """A database of the agree / disagree / unsure schema is carried over: each review becomes the reading it implied."""
    import sqlite3

    from engine.records.readings import ReviewStore

    db = sqlite3.connect(tmp_path / "old.sqlite")
    db.execute("CREATE TABLE reviews (file_sha256 TEXT NOT NULL, bundle_sha256 TEXT NOT NULL, verdict TEXT NOT NULL, "
               "note TEXT NOT NULL DEFAULT '', final_label TEXT NOT NULL DEFAULT '', reviewed_by TEXT NOT NULL, "
               "reviewed_at TEXT NOT NULL, path TEXT NOT NULL DEFAULT '', model_label TEXT NOT NULL DEFAULT '', "
               "PRIMARY KEY (file_sha256, bundle_sha256))")
    db.executemany("INSERT INTO reviews VALUES (?,?,?,?,?,?,?,?,?)", [
        ("f1", "b1", "disagree", "n", "NORMAL", "root", "2026-11-01T10:00:00+00:00", "/a.png", "PNEUMONIA"),
        ("f2", "b1", "unsure", "", "", "root", "2026-11-01T10:01:00+00:00", "/b.png", "NORMAL")])
    db.commit()
    db.close()
    store = ReviewStore(tmp_path / "old.sqlite")
    assert store.current("f1").reading == "NORMAL" and store.current("f1").result == "PNEUMONIA"
    assert store.current("f2").reading == "UNSURE" and store.current("f1").reader == "root"
    store.close()
    assert len(ReviewStore(tmp_path / "old.sqlite").all_current()) == 2  # migrated once


def test_local_time_shows_the_zone() -> None:
    from engine.records.readings import local_time

    text = local_time("2026-12-03T12:00:00+00:00")
    assert text[:10] in ("2026-12-03", "2026-12-02", "2026-12-04") and "UTC" in text


def test_readers_pins_are_hashed_and_checked(tmp_path: Path) -> None:
    from engine.records.readers import Reader, ReaderError, check_pin, clean_name, dumps, hash_pin, loads

    h = hash_pin("2468")
    assert "2468" not in h and check_pin(Reader("A", h), "2468") and not check_pin(Reader("A", h), "2469")
    assert check_pin(Reader("B"), "")
    for bad in ("12", "abcd", "1234567890123"):
        with pytest.raises(ReaderError):
            hash_pin(bad)
    for bad in ("", "   ", "A\u202eB", "x" * 81):
        with pytest.raises(ReaderError):
            clean_name(bad)
    assert clean_name("  Dr   A.  Mensah ") == "Dr A. Mensah"
    assert [r.name for r in loads(dumps([Reader("A", h), Reader("a"), Reader("B")]) + "")] == ["A", "B"]
    assert loads("not json") == []


def test_readings_reach_the_csv(tmp_path: Path, tiny_bundle: Path) -> None:
    from engine.batch.analysis import Analysis
    from engine.records.readings import ReviewStore

    write_raster(tmp_path / "a.png", gradient(96, 96, maxval=255).astype(np.uint8))
    service = Analysis(load_bundle(tiny_bundle))
    (pred,) = list(service.run([str(tmp_path / "a.png")]))
    store = ReviewStore(tmp_path / "r.sqlite")
    other = "NORMAL" if pred.label == "PNEUMONIA" else "PNEUMONIA"
    store.record(pred, other, "=HYPERLINK(bad)", reader="Dr A", account="clinic")
    service.export_csv([pred], tmp_path / "o.csv", reviews=store)
    with (tmp_path / "o.csv").open(encoding="utf-8-sig", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert (row["reading"], row["final_label"], row["result"]) == (other, other, pred.result)
    assert row["review"] == ("disagree" if pred.result != "INDETERMINATE" else "resolved")
    assert row["review_note"].startswith("'=") and row["reviewed_by"] == "Dr A" and row["reviewed_by_account"] == "clinic"
    assert row["reviewed_at"].endswith("+00:00") and row["review_result"] == pred.result


# --------------------------------------------------------------------------- report
def _pdf_text(pdf: Path) -> str | None:
    if not shutil.which("pdftotext"):
        return None
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _page_count(pdf: Path) -> int:
    data = pdf.read_bytes()
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page/")


def test_report_has_text_page_numbers_and_patient_on_every_image_page(tmp_path: Path, tiny_bundle: Path) -> None:
    from factories import make_dicom

    from engine.batch.analysis import Analysis
    from engine.records.readings import ReviewStore
    from engine.records.report import write_report

    for i in range(2):
        write_raster(tmp_path / f"i{i}.png", gradient(96, 96, maxval=255, seed=i).astype(np.uint8))
    make_dicom(tmp_path / "IM1", gradient(maxval=4095))
    bundle = load_bundle(tiny_bundle)
    preds = list(Analysis(bundle).run([str(tmp_path / "i0.png"), str(tmp_path / "i1.png"), str(tmp_path / "IM1")]))
    store = ReviewStore(tmp_path / "r.sqlite")
    store.record(preds[2], "PNEUMONIA", "patchy RLL", reader="Dr Ama Mensah")
    n = write_report(preds, tmp_path / "r.pdf", bundle, store, prevalence=0.2)
    assert n == 4 and _page_count(tmp_path / "r.pdf") == 4
    one = write_report(preds[2:], tmp_path / "one.pdf", bundle, store)
    assert one == 1 and _page_count(tmp_path / "one.pdf") == 1  # one image, one page
    text = _pdf_text(tmp_path / "r.pdf")
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; .ci/run installs it")
    pages = [" ".join(p.split()) for p in text.split("\f")]
    assert "Page 1 of 4" in pages[0] and "Images: 3" in pages[0] and "Dr Ama Mensah" in pages[0]
    for k, page in enumerate(pages[1:4], start=2):
        assert f"Page {k} of 4" in page and "Patient ID" in page and "Study date" in page
    dicom_page = pages[3]
    assert "TEST-001" in dicom_page and "2026-01-01" in dicom_page and "patchy RLL" in dicom_page
    # the viewer's overlay on paper: the name (read from the file for the page only), age / sex and view
    assert "Patient: DOE, Jane" in dicom_page and "Age / sex: 3 years / F" in dicom_page and "View: AP" in dicom_page
    assert "plain image file: no patient name" in pages[1]
    assert "threshold 50" in dicom_page and "0.5" not in dicom_page.split("threshold")[1][:6]
    normal_pages = [p for p in pages[1:4] if "No pneumonia pattern found" in p]
    for p in normal_pages:
        assert "not assessed" in p and "Heatmap:" not in p  # a NORMAL page shows the radiograph once
    one_text = " ".join(_pdf_text(tmp_path / "one.pdf").split())
    # a one-image report is one page: the summary lines (model, identity, operating point) sit at its foot
    assert "Page 1 of 1" in one_text and "bundle identity" in one_text and "Operating point" in one_text


def test_report_cancel_leaves_nothing(tmp_path: Path, tiny_bundle: Path) -> None:
    import threading

    from engine.batch.analysis import Analysis
    from engine.records.report import ReportCancelled, write_report

    write_raster(tmp_path / "a.png", gradient(96, 96, maxval=255).astype(np.uint8))
    bundle = load_bundle(tiny_bundle)
    preds = list(Analysis(bundle).run([str(tmp_path / "a.png")])) * 5
    stop = threading.Event()
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if done == 2:
            stop.set()

    with pytest.raises(ReportCancelled):
        write_report(preds, tmp_path / "r.pdf", bundle, progress=progress, cancel=stop)
    assert seen == [(1, 5), (2, 5)] and not list(tmp_path.glob("*.pdf*")) and not list(tmp_path.glob(".r.pdf*"))


# --------------------------------------------------------------------------- site calibration
def test_site_profile_refits_the_operating_point_and_refuses_small_or_foreign(tiny_bundle: Path, tmp_path: Path) -> None:
    from engine.decision.site_profile import SiteProfileError, fit_site_profile, load_site_profile, save_site_profile

    bundle = load_bundle(tiny_bundle)
    rng = np.random.default_rng(0)
    y = np.r_[np.zeros(60), np.ones(90)].astype(int)
    logits = rng.normal(np.where(y == 1, 2.0, -1.0), 1.2)  # a "site" whose scores sit higher than validation's
    prof = fit_site_profile(bundle, logits, y, 0.95)
    m, inside = prof.meta["metrics"], prof.meta["metrics_in_sample"]
    assert inside["sensitivity"]["value"] >= 0.95  # the rule holds on the images it was chosen on...
    for k in ("sensitivity", "specificity"):  # ...and is measured out of sample, where it is not flattered
        assert m[k]["ci95"][0] <= m[k]["value"] <= m[k]["ci95"][1] and "out-of-bag" in m[k]["method"]
    assert m["specificity"]["value"] <= inside["specificity"]["value"] + 0.05
    f = prof.figures()
    assert f.sensitivity == m["sensitivity"]["value"] and "out of sample" in f.source
    assert prof.on_bundle_scale(prof.threshold) == pytest.approx(
        1 / (1 + np.exp(-((np.log(prof.threshold / (1 - prof.threshold)) - prof.b) / prof.a))))
    assert 0 <= prof.meta["band_share"]["all"] <= 1
    assert prof.meta["samples"] == {"NORMAL": 60, "PNEUMONIA": 90}
    path = save_site_profile(prof, tmp_path / "site.json")
    site_bundle = bundle.with_site(load_site_profile(path, bundle.digest))
    assert site_bundle.threshold == pytest.approx(prof.threshold) and site_bundle.site_profile == prof.digest
    assert site_bundle.digest == bundle.digest  # the bundle stays itself; the profile is recorded separately
    with pytest.raises(SiteProfileError, match="at least 30"):
        fit_site_profile(bundle, logits[:40], np.r_[np.zeros(20), np.ones(20)].astype(int))
    with pytest.raises(SiteProfileError, match="another model bundle"):
        load_site_profile(path, "0" * 64)
    meta = json.loads(path.read_text())
    meta["threshold"] = 1.5
    (tmp_path / "bad.json").write_text(json.dumps(meta))
    with pytest.raises(SiteProfileError, match="threshold"):
        load_site_profile(tmp_path / "bad.json", bundle.digest)


def test_calibrate_command_then_predict_with_the_profile(tiny_bundle: Path, tmp_path: Path, capsys) -> None:
    """pneumoscan-calibrate on a labelled folder writes a profile; pneumoscan-predict --site-profile records it."""
    from engine.cli.calibrate import main as calibrate_main
    from engine.cli.predict import main as predict_main

    src = tmp_path / "all"
    src.mkdir()
    for i in range(80):
        write_raster(src / f"i{i:02d}.png", np.roll(gradient(96, 96, maxval=255, seed=i).astype(np.uint8), i, 0))
    paths = sorted(str(p) for p in src.iterdir())
    logits = np.array([p.logit for p in Classifier(tiny_bundle).predict_many(paths)])
    order = np.argsort(logits)
    site = tmp_path / "site_images"
    for rank, i in enumerate(order):  # labels that follow the model's ranking, with a few errors
        label = "PNEUMONIA" if (rank >= 40) != (rank % 13 == 0) else "NORMAL"
        (site / label).mkdir(parents=True, exist_ok=True)
        shutil.copy(paths[i], site / label)
    profile = tmp_path / "site.json"
    assert calibrate_main([str(site), "--out", str(profile), "--model", str(tiny_bundle), *trust_args(tiny_bundle)]) == 0
    meta = json.loads(profile.read_text())
    assert meta["samples"]["NORMAL"] + meta["samples"]["PNEUMONIA"] == 80 and "site profile" in capsys.readouterr().out
    out = tmp_path / "o.csv"
    assert predict_main([str(src), "--csv", str(out), "--model", str(tiny_bundle), *trust_args(tiny_bundle),
                         "--site-profile", str(profile), "--quiet"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    from engine.decision.site_profile import profile_digest

    assert {r["site_profile"] for r in rows} == {profile_digest(meta)}
    assert {r["threshold"] for r in rows} == {f"{meta['threshold']:.6f}"}
    # another bundle refuses the profile: exit 3
    other = tmp_path / "other"
    from factories import write_test_bundle

    write_test_bundle(other, seed=9)
    assert predict_main([str(src), "--csv", str(tmp_path / "o2.csv"), "--model", str(other), *trust_args(other),
                         "--site-profile", str(profile), "--quiet"]) == 3


def test_predictive_values() -> None:
    from engine.decision.operating_point import predictive_values

    ppv, npv = predictive_values(0.95, 0.85, 0.3)
    assert ppv == pytest.approx(0.95 * 0.3 / (0.95 * 0.3 + 0.15 * 0.7)) and npv == pytest.approx(0.85 * 0.7 / (0.85 * 0.7 + 0.05 * 0.3))


# --------------------------------------------------------------------------- found by the second QA pass
@pytest.mark.parametrize("edit,match", [
    (lambda m: m.pop("band"), r"missing fields \['band'\]"),
    (lambda m: m["calibration"].__setitem__("b", 1e308), "outside what a fit produces"),
    (lambda m: m["calibration"].__setitem__("a", 50.0), "outside what a fit produces"),
    (lambda m: m.__setitem__("samples", {"NORMAL": 1, "PNEUMONIA": 1}), "'samples.NORMAL' is 1"),
    (lambda m: m["metrics"]["sensitivity"].__setitem__("value", 5), r"'metrics.sensitivity' is not a value in \[0, 1\]"),
    (lambda m: m.__setitem__("version", 1), "Calibrate again"),
], ids=["no_band", "huge_b", "huge_a", "few_samples", "bad_metric", "version_1"])
def test_hand_edited_site_profiles_are_refused(tiny_bundle: Path, tmp_path: Path, edit, match) -> None:
    from engine.decision.site_profile import SiteProfileError, fit_site_profile, load_site_profile, save_site_profile

    bundle = load_bundle(tiny_bundle)
    rng = np.random.default_rng(1)
    y = np.r_[np.zeros(40), np.ones(40)].astype(int)
    path = save_site_profile(fit_site_profile(bundle, rng.normal(np.where(y == 1, 2.0, -1.0), 1.0), y, n_bootstrap=50),
                             tmp_path / "p.json")
    meta = json.loads(path.read_text())
    edit(meta)
    path.write_text(json.dumps(meta))
    with pytest.raises(SiteProfileError, match=match):
        load_site_profile(path, bundle.digest)


def test_site_profile_with_duplicate_keys_is_refused(tiny_bundle: Path, tmp_path: Path) -> None:
    from engine.decision.site_profile import SiteProfileError, fit_site_profile, load_site_profile, save_site_profile

    bundle = load_bundle(tiny_bundle)
    y = np.r_[np.zeros(40), np.ones(40)].astype(int)
    path = save_site_profile(fit_site_profile(bundle, np.where(y == 1, 2.0, -1.0) + np.linspace(-1, 1, 80), y,
                                              n_bootstrap=0), tmp_path / "p.json")
    path.write_text(path.read_text().replace('"threshold":', '"threshold": 0.01, "threshold":', 1))
    with pytest.raises(SiteProfileError, match="duplicate"):
        load_site_profile(path, bundle.digest)


def test_repeated_rows_count_once_for_the_minimum(tiny_bundle: Path, tmp_path: Path) -> None:
    from engine.cli.calibrate import main as calibrate_main

    write_raster(tmp_path / "n.png", gradient(96, 96, maxval=255, seed=1).astype(np.uint8))
    write_raster(tmp_path / "p.png", gradient(96, 96, maxval=255, seed=2).astype(np.uint8))
    rows = "path,label\n" + "n.png,NORMAL\n" * 35 + "p.png,PNEUMONIA\n" * 35
    (tmp_path / "dup.csv").write_text(rows)
    assert calibrate_main([str(tmp_path / "dup.csv"), "--out", str(tmp_path / "d.json"), "--model", str(tiny_bundle),
                           *trust_args(tiny_bundle)]) == 2
    assert not (tmp_path / "d.json").exists()


def test_heatmap_file_names_carry_no_control_or_bidi_characters() -> None:
    from engine.batch.analysis import heatmap_file_name
    from engine.runners.results import Prediction

    name = heatmap_file_name(Prediction(path="/s/a\rb\nc_\u202egepj.jpeg", status="ok", sha256="ab" * 32))
    assert "\r" not in name and "\n" not in name and "\u202e" not in name and name.endswith("_abababab_heatmap.png")


def test_report_lines_without_spaces_are_cut_to_the_page() -> None:
    """A UID file name or a note with no spaces is cut by character: nothing runs off the paper."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from engine.records.report import _hard_wrap, fonts

    _regular, bold = fonts()
    name = "1.2.276.0.7230010.3.1.4.8323329.6904.1517875201.850819.dcm"
    lines = _hard_wrap([name, "short"], bold, 15, 300)
    assert "".join(lines[:-1]) == name and lines[-1] == "short" and len(lines) >= 3
    assert all(stringWidth(x, bold, 15) <= 300 for x in lines)
