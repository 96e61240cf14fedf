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

from engine.bundle import load_bundle
from engine.inference import Classifier
from factories import gradient, trust_args, write_raster

ROOT = Path(__file__).resolve().parents[2]


# --------------------------------------------------------------------------- reviews
def test_reviews_are_durable_keyed_and_give_final_labels(tmp_path: Path) -> None:
    from engine.reviews import ReviewStore

    store = ReviewStore(tmp_path / "r.sqlite")
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    a = store.record("f1", "b1", "agree", "PNEUMONIA", "consolidation RLL", "/x/1.png", user="dr_a")
    d = store.record("f2", "b1", "disagree", "PNEUMONIA")
    u = store.record("f3", "b1", "unsure", "NORMAL")
    assert (a.final_label, d.final_label, u.final_label) == ("PNEUMONIA", "NORMAL", "")
    assert store.get("f1", "b2") is None  # another bundle: another review
    assert store.get("f1", "b1").note == "consolidation RLL" and store.get("f1", "b1").reviewed_by == "dr_a"
    with pytest.raises(ValueError):
        store.record("f4", "b1", "maybe", "NORMAL")
    store.close()
    # a process killed right after recording loses nothing it reported as saved
    code = ("import sys,os,signal; sys.path.insert(0, %r); from engine.reviews import ReviewStore; "
            "s = ReviewStore(%r); s.record('k1', 'b1', 'agree', 'NORMAL'); print('saved', flush=True); "
            "os.kill(os.getpid(), signal.SIGKILL)") % (str(ROOT), str(tmp_path / "k.sqlite"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "saved" and done.returncode == -signal.SIGKILL
    assert ReviewStore(tmp_path / "k.sqlite").get("k1", "b1").final_label == "NORMAL"


def test_reviews_reach_the_csv(tmp_path: Path, tiny_bundle: Path) -> None:
    from engine.analysis import Analysis
    from engine.reviews import ReviewStore

    write_raster(tmp_path / "a.png", gradient(96, 96, maxval=255).astype(np.uint8))
    service = Analysis(load_bundle(tiny_bundle))
    (pred,) = list(service.run([str(tmp_path / "a.png")]))
    store = ReviewStore(tmp_path / "r.sqlite")
    store.record(pred.sha256, pred.bundle_sha256, "disagree", pred.label, "=HYPERLINK(bad)")
    service.export_csv([pred], tmp_path / "o.csv", reviews=store)
    with (tmp_path / "o.csv").open(encoding="utf-8-sig", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["review"] == "disagree" and row["final_label"] in ("NORMAL", "PNEUMONIA") != pred.label
    assert row["review_note"].startswith("'=") and row["reviewed_by"] and row["reviewed_at"]


# --------------------------------------------------------------------------- report
def test_three_image_report_has_a_page_each_with_image_content(tmp_path: Path, tiny_bundle: Path) -> None:
    from engine.analysis import Analysis
    from engine.report import MARGIN, render_pages, write_report

    for i in range(3):
        write_raster(tmp_path / f"i{i}.png", gradient(96, 96, maxval=255, seed=i).astype(np.uint8))
    bundle = load_bundle(tiny_bundle)
    preds = list(Analysis(bundle).run(sorted(str(p) for p in tmp_path.glob("*.png"))))
    pages = render_pages(preds, bundle)
    assert len(pages) == 4
    for page in pages[1:]:
        img = np.asarray(page.convert("L"))
        box = img[250:700, MARGIN:MARGIN + 500]  # where the radiograph goes
        assert box.std() > 10 and (box < 250).mean() > 0.5  # an image, not a blank page
    n = write_report(preds, tmp_path / "r.pdf", bundle)
    data = (tmp_path / "r.pdf").read_bytes()
    assert n == 4 and data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 4


# --------------------------------------------------------------------------- site calibration
def test_site_profile_refits_the_operating_point_and_refuses_small_or_foreign(tiny_bundle: Path, tmp_path: Path) -> None:
    from engine.site import SiteProfileError, fit_site_profile, load_site_profile, save_site_profile

    bundle = load_bundle(tiny_bundle)
    rng = np.random.default_rng(0)
    y = np.r_[np.zeros(60), np.ones(90)].astype(int)
    logits = rng.normal(np.where(y == 1, 2.0, -1.0), 1.2)  # a "site" whose scores sit higher than validation's
    prof = fit_site_profile(bundle, logits, y, 0.95)
    m = prof.meta["metrics"]
    assert m["sensitivity"]["value"] >= 0.95 and m["specificity"]["ci95"][0] <= m["specificity"]["value"]
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
    from engine.cli import main as predict_main
    from engine.site_cli import main as calibrate_main

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
    from engine.site import profile_digest

    assert {r["site_profile"] for r in rows} == {profile_digest(meta)}
    assert {r["threshold"] for r in rows} == {f"{meta['threshold']:.6f}"}
    # another bundle refuses the profile: exit 3
    other = tmp_path / "other"
    from factories import write_test_bundle

    write_test_bundle(other, seed=9)
    assert predict_main([str(src), "--csv", str(tmp_path / "o2.csv"), "--model", str(other), *trust_args(other),
                         "--site-profile", str(profile), "--quiet"]) == 3


def test_predictive_values() -> None:
    from engine.decision import predictive_values

    ppv, npv = predictive_values(0.95, 0.85, 0.3)
    assert ppv == pytest.approx(0.95 * 0.3 / (0.95 * 0.3 + 0.15 * 0.7)) and npv == pytest.approx(0.85 * 0.7 / (0.85 * 0.7 + 0.05 * 0.3))


# --------------------------------------------------------------------------- found by the second QA pass
@pytest.mark.parametrize("edit,match", [
    (lambda m: m.pop("band"), "band is missing"),
    (lambda m: m["calibration"].__setitem__("b", 1e308), "outside what a fit produces"),
    (lambda m: m["calibration"].__setitem__("a", 50.0), "outside what a fit produces"),
    (lambda m: m.__setitem__("samples", {"NORMAL": 1, "PNEUMONIA": 1}), "at least 30"),
    (lambda m: m["metrics"]["sensitivity"].__setitem__("value", 5), r"in \[0, 1\]"),
], ids=["no_band", "huge_b", "huge_a", "few_samples", "bad_metric"])
def test_hand_edited_site_profiles_are_refused(tiny_bundle: Path, tmp_path: Path, edit, match) -> None:
    from engine.site import SiteProfileError, fit_site_profile, load_site_profile, save_site_profile

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
    from engine.site import SiteProfileError, fit_site_profile, load_site_profile, save_site_profile

    bundle = load_bundle(tiny_bundle)
    y = np.r_[np.zeros(40), np.ones(40)].astype(int)
    path = save_site_profile(fit_site_profile(bundle, np.where(y == 1, 2.0, -1.0) + np.linspace(-1, 1, 80), y,
                                              n_bootstrap=0), tmp_path / "p.json")
    path.write_text(path.read_text().replace('"threshold":', '"threshold": 0.01, "threshold":', 1))
    with pytest.raises(SiteProfileError, match="duplicate"):
        load_site_profile(path, bundle.digest)


def test_repeated_rows_count_once_for_the_minimum(tiny_bundle: Path, tmp_path: Path) -> None:
    from engine.site_cli import main as calibrate_main

    write_raster(tmp_path / "n.png", gradient(96, 96, maxval=255, seed=1).astype(np.uint8))
    write_raster(tmp_path / "p.png", gradient(96, 96, maxval=255, seed=2).astype(np.uint8))
    rows = "path,label\n" + "n.png,NORMAL\n" * 35 + "p.png,PNEUMONIA\n" * 35
    (tmp_path / "dup.csv").write_text(rows)
    assert calibrate_main([str(tmp_path / "dup.csv"), "--out", str(tmp_path / "d.json"), "--model", str(tiny_bundle),
                           *trust_args(tiny_bundle)]) == 2
    assert not (tmp_path / "d.json").exists()


def test_heatmap_file_names_carry_no_control_or_bidi_characters() -> None:
    from engine.analysis import heatmap_file_name
    from engine.results import Prediction

    name = heatmap_file_name(Prediction(path="/s/a\rb\nc_\u202egepj.jpeg", status="ok", sha256="ab" * 32))
    assert "\r" not in name and "\n" not in name and "\u202e" not in name and name.endswith("_abababab_heatmap.png")
