"""engine.records.readings: the clinician's readings -- durable, tied to the result they answered, migrated, and
never lost to a damaged database.

Gathered, when the tests were named for the modules they test, from: test_clinician.py (The clinician's side
(issue 13): reviews, the printable report, site calibration); test_reading_store_hardening.py (What an
adversarial pass over the reading features found (issue 26 review): each case stays fixed).
"""

from __future__ import annotations

import csv
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, write_raster

from engine.bundle.model_bundle import load_bundle

ROOT = Path(__file__).resolve().parents[2]


def _pred(sha: str = "f1", bundle: str = "b1", site: str = "", label: str = "PNEUMONIA", band: str = "pneumonia",
          path: str = "/x/1.png", status: str = "ok"):
    from engine.runners.results import Prediction

    return Prediction(path=path, status=status, sha256=sha, bundle_sha256=bundle, site_profile=site,
                      label=label if status == "ok" else None, band=band if status == "ok" else "",
                      p_pneumonia=0.9 if status == "ok" else None)


def _reading_pred(sha: str = "f1", label: str = "PNEUMONIA", band: str = "pneumonia", path: str = "/x/1.png"):
    from engine.runners.results import Prediction

    return Prediction(path=path, status="ok", sha256=sha, bundle_sha256="b1", label=label, band=band, p_pneumonia=0.9)


def _old_schema(path: Path, rows: list[tuple]) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE reviews (file_sha256 TEXT, bundle_sha256 TEXT, verdict TEXT, note TEXT, final_label TEXT, "
               "reviewed_by TEXT, reviewed_at TEXT, path TEXT, model_label TEXT)")
    db.executemany("INSERT INTO reviews VALUES (?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


@pytest.mark.hazard("H-003")
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


@pytest.mark.hazard("H-005")
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


@pytest.mark.hazard("H-003")
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


@pytest.mark.hazard("H-005")
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


@pytest.mark.hazard("H-005")
def test_a_damaged_or_locked_database_is_a_clear_error_never_a_lost_reading(tmp_path: Path) -> None:
    from engine.records.readings import ReviewStore, ReviewStoreError, UnavailableStore

    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8).tobytes())
    with pytest.raises(ReviewStoreError, match="cannot be opened"):
        ReviewStore(bad)
    store = ReviewStore(tmp_path / "r.sqlite")
    store.record(_reading_pred("f1"), "NORMAL", reader="Dr A")
    other = sqlite3.connect(tmp_path / "r.sqlite", timeout=0.1)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the database
    import engine.records.readings as reviews

    store._db.execute("PRAGMA busy_timeout=200")
    with pytest.raises(ReviewStoreError, match="NOT saved"):
        store.record(_reading_pred("f1"), "PNEUMONIA", reader="Dr A")
    other.execute("ROLLBACK")
    assert store.current("f1").reading == "NORMAL"  # the refused act left nothing half-written
    assert reviews.BUSY_TIMEOUT >= 5
    # read-only (the command line) opens without writing, and an unavailable store refuses acts with its reason
    ro = ReviewStore(tmp_path / "r.sqlite", readonly=True)
    assert ro.current("f1").reading == "NORMAL"
    with pytest.raises(ReviewStoreError):
        ro.record(_reading_pred("f2"), "NORMAL")
    gone = UnavailableStore(bad, "the disk is full")
    assert gone.current("f1") is None and gone.draft("f1") == ""
    with pytest.raises(ReviewStoreError, match="disk is full"):
        gone.record(_reading_pred("f1"), "NORMAL")


@pytest.mark.hazard("H-005")
def test_record_returns_its_own_act_and_cleans_what_it_stores(tmp_path: Path) -> None:
    from engine.records.readings import MAX_NOTE, ReviewStore

    a, b = ReviewStore(tmp_path / "r.sqlite"), ReviewStore(tmp_path / "r.sqlite")
    ra = a.record(_reading_pred("f1"), "PNEUMONIA", reader="Dr A")
    rb = b.record(_reading_pred("f1"), "NORMAL", reader="Dr B")
    assert (ra.reading, ra.reader) == ("PNEUMONIA", "Dr A") and (rb.reading, rb.reader) == ("NORMAL", "Dr B")
    r = a.record(_reading_pred("f2"), "NORMAL", note="line one\nline two\u202e evil", reader="Dr \x07A\u202e")
    assert "\n" not in r.note and "\u202e" not in r.note and r.note.startswith("line one line two")
    assert "\x07" not in r.reader and "\u202e" not in r.reader and r.reader.startswith("Dr")
    with pytest.raises(ValueError, match="at most"):
        a.record(_reading_pred("f3"), "NORMAL", note="x" * (MAX_NOTE + 1))
    assert a.record(_reading_pred("f4"), "NORMAL", note="\ud800 lone surrogate").note.endswith("lone surrogate")
