"""Issue 27: nothing read back from disk decides a label unverified, and no output ever destroys an input.

One test (or one parametrised group) per case the attacker's and the unlucky clinic's pass found; each says what
used to happen.  The property-based tests at the end feed the three readers of untrusted files (the result cache,
the resume reader, the site-profile loader) arbitrary bytes and arbitrary JSON.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import signal
import stat
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, make_dicom, trust_args, write_raster
from PIL import Image

from engine import errors
from engine.cli.predict import main as predict_main
from engine.image.io import load_image
from engine.records.results_csv import COLUMNS, StreamingCsv, read_csv_rows


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _images(folder: Path, n: int = 4) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    for i in range(n):
        g = gradient(96, 80, 255, seed=i).astype(np.float32) + rng.normal(0, 20, (96, 80))
        write_raster(folder / f"img{i}.png", np.clip(g, 0, 255).astype(np.uint8))
    return folder


def _run(tiny_bundle: Path, *args: str) -> int:
    return predict_main([*args, "--model", str(tiny_bundle), *trust_args(tiny_bundle), "--quiet"])


def _cache_file() -> Path:
    from engine.files.resources import user_cache_dir

    return user_cache_dir() / "results.jsonl"


# --------------------------------------------------------------------------- 1. the result cache
def test_an_edited_cache_line_never_changes_a_result(tiny_bundle: Path, tmp_path: Path, caplog) -> None:
    """Before: one appended line with the file's sha256 and ``"label": "NORMAL", "p_pneumonia": 0.01`` made a
    PNEUMONIA image NORMAL; a NaN, a band that contradicts the label, an unknown status passed; "abc" crashed
    every later batch.  Now: lines hold model outputs only, signed; every hit is decided again."""
    folder = _images(tmp_path / "s")
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "a.csv")) == 0
    first = {r["sha256"]: r for r in _rows(tmp_path / "a.csv")}
    lines = _cache_file().read_bytes().splitlines()
    assert len(lines) == 4
    for raw in lines:
        rec = json.loads(raw)
        assert not {"label", "band", "status", "p_pneumonia", "error"} & set(rec)  # outputs only, never decisions
    forged = []
    for raw in lines:
        rec = json.loads(raw)
        forged.append({**rec, "logit": -rec["logit"] if rec["logit"] else 25.0})  # another "model output", old mac
        forged.append({**rec, "label": "NORMAL", "p_pneumonia": 0.01, "band": "normal"})  # the old attack
    with _cache_file().open("ab") as fh:
        for rec in forged:
            fh.write(json.dumps(rec).encode() + b"\n")
        fh.write(b'{"_format": 3, "logit": NaN}\n{"_format": 3, "logit": "abc"}\n\xff\xfe garbage\n')
        fh.write(b'{"sha256": ' + b"[" * 5000 + b"\n")
    caplog.set_level("WARNING")
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "b.csv")) == 0
    second = {r["sha256"]: r for r in _rows(tmp_path / "b.csv")}
    for sha, row in first.items():
        for col in ("status", "result", "label", "band", "p_pneumonia", "gate_codes"):
            assert second[sha][col] == row[col], (col, row["path"])
    assert any("not used" in r.getMessage() and "mac" in r.getMessage() for r in caplog.records)


def test_cache_hits_are_decided_by_the_bundle_in_force(tiny_bundle: Path, tmp_path: Path) -> None:
    """The same outputs under another decision rule give that rule's labels (nothing decided is read back)."""
    from engine.bundle.model_bundle import load_bundle
    from engine.runners.cache import ResultCache
    from engine.runners.classifier import Classifier

    folder = _images(tmp_path / "s")
    files = sorted(folder.iterdir())
    cache = ResultCache(tmp_path / "c.jsonl")
    bundle = load_bundle(tiny_bundle)
    fresh = list(Classifier(bundle, cache=cache).predict_many(files))
    again = list(Classifier(bundle, cache=ResultCache(tmp_path / "c.jsonl")).predict_many(files))
    for a, b in zip(fresh, again):
        assert (a.status, a.label, a.band, a.p_pneumonia, a.gate_codes, a.logit) == (
            b.status, b.label, b.band, b.p_pneumonia, b.gate_codes, b.logit)
        assert a.cam is not None and b.cam is not None and np.allclose(a.cam, b.cam, atol=1e-5)


def test_the_cache_writes_whole_lines_and_survives_a_full_disk(tmp_path: Path, monkeypatch) -> None:
    from engine.files import outputs
    from engine.runners.cache import ModelOutputs, ResultCache

    cache = ResultCache(tmp_path / "c.jsonl")
    rec = ModelOutputs(sha256="a" * 64, bundle_sha256="b" * 64, variant="", logit=1.5, ood_score=0.1,
                       adult_score=-2.0, cam=np.ones((7, 7), np.float32), image_size=(100, 90), source_format="PNG")
    cache.put(rec)
    size = (tmp_path / "c.jsonl").stat().st_size
    real = os.write

    def half(fd, data):  # a disk that fills in the middle of the line
        return real(fd, bytes(data)[: len(data) // 2])

    monkeypatch.setattr(outputs.os, "write", half)
    cache.put(ModelOutputs(**{**rec.__dict__, "sha256": "c" * 64}))  # logged, never raised
    monkeypatch.setattr(outputs.os, "write", real)
    assert (tmp_path / "c.jsonl").stat().st_size == size  # the half line was rolled back
    assert len(ResultCache(tmp_path / "c.jsonl")) == 1


# --------------------------------------------------------------------------- 2. outputs never destroy inputs
@pytest.mark.parametrize("case", ["report_is_csv", "report_is_input", "csv_is_input_overwrite", "csv_links_to_input",
                                  "heatmaps_in_input_folder", "report_exists"])
def test_no_output_destroys_an_input_or_another_output(tiny_bundle: Path, tmp_path: Path, case: str, capsys) -> None:
    """Before: --report wrote over the CSV just written (every row lost, exit 0) or over a radiograph; --csv naming
    an input with --overwrite replaced the radiograph.  Now: exit 4 before any analysis, every file unchanged."""
    folder = _images(tmp_path / "s")
    img = folder / "img0.png"
    before = {p: p.read_bytes() for p in folder.iterdir()}
    csv_out = tmp_path / "r.csv"
    args = {"report_is_csv": ["--csv", str(csv_out), "--report", str(csv_out)],
            "report_is_input": ["--csv", str(csv_out), "--report", str(img)],
            "csv_is_input_overwrite": ["--csv", str(img), "--overwrite"],
            "csv_links_to_input": ["--csv", str(tmp_path / "link.csv"), "--overwrite"],
            "heatmaps_in_input_folder": ["--csv", str(csv_out), "--heatmaps", str(folder / "heat")],
            "report_exists": ["--csv", str(csv_out), "--report", str(tmp_path / "old.pdf")]}[case]
    if case == "csv_links_to_input":
        (tmp_path / "link.csv").symlink_to(img)
    if case == "report_exists":
        (tmp_path / "old.pdf").write_bytes(b"an earlier report")
    assert _run(tiny_bundle, str(folder), *args) == 4
    err = capsys.readouterr().err
    assert "Traceback" not in err and ("never writes over an input" in err or "already exists" in err
                                       or "inside a folder being analysed" in err or "same file" in err), err
    assert {p: p.read_bytes() for p in folder.iterdir()} == before
    assert not csv_out.exists()
    if case == "report_exists":
        assert (tmp_path / "old.pdf").read_bytes() == b"an earlier report"


def test_report_is_written_beside_the_csv_and_replaced_only_with_overwrite(tiny_bundle: Path, tmp_path: Path) -> None:
    folder = _images(tmp_path / "s", 2)
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--report", str(tmp_path / "r.pdf")) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF") and len(_rows(tmp_path / "r.csv")) == 2
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--report", str(tmp_path / "r.pdf"),
                "--overwrite") == 0


def test_atomic_write_never_replaces_without_overwrite(tmp_path: Path) -> None:
    from engine.files.outputs import write_bytes_atomic

    t = tmp_path / "x.bin"
    write_bytes_atomic(t, b"one")
    with pytest.raises(FileExistsError):
        write_bytes_atomic(t, b"two")
    write_bytes_atomic(t, b"three", overwrite=True)
    assert t.read_bytes() == b"three" and sorted(p.name for p in tmp_path.iterdir()) == ["x.bin"]


# --------------------------------------------------------------------------- 3. truncated and corrupt images
def _jpeg(progressive: bool) -> bytes:
    rng = np.random.default_rng(3)
    g = gradient(256, 224, 255).astype(np.float32) + rng.normal(0, 25, (256, 224))
    buf = io.BytesIO()
    Image.fromarray(np.clip(g, 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=92, progressive=progressive)
    return buf.getvalue()


def _scans(data: bytes) -> list[int]:
    out, i = [], 0
    while (i := data.find(b"\xff\xda", i)) >= 0:
        out.append(i)
        i += 2
    return out


def _jpeg_corpus() -> list[tuple[str, bytes]]:
    cases = []
    for kind in ("baseline", "progressive"):
        data = _jpeg(kind == "progressive")
        first = _scans(data)[0]
        body = len(data) - first
        for frac in (0.2, 0.5, 0.8, 0.97):
            cut = data[: first + int(body * frac)]
            cases.append((f"{kind}_{int(frac * 100)}pct_eoi", cut + b"\xff\xd9"))
            cases.append((f"{kind}_{int(frac * 100)}pct_no_eoi", cut))
        if kind == "progressive":  # whole scans only, closed properly: libjpeg says nothing about these
            for k in range(1, len(_scans(data))):
                cases.append((f"progressive_first_{k}_scans_eoi", data[: _scans(data)[k]] + b"\xff\xd9"))
    return cases


@pytest.mark.parametrize("name,data", _jpeg_corpus(), ids=[n for n, _ in _jpeg_corpus()])
def test_truncated_jpegs_are_failed_rows(tmp_path: Path, name: str, data: bytes) -> None:
    """Before: a progressive JPEG holding only its first scan(s) and an EOI passed (7 of 40 cut normals were called
    PNEUMONIA); a baseline JPEG cut and closed with an EOI was grey-filled and labelled."""
    p = tmp_path / f"{name}.jpg"
    p.write_bytes(data)
    with pytest.raises((errors.TruncatedFileError, errors.CorruptImageError)) as exc:
        load_image(p)
    assert "cut short" in exc.value.message or "part of its image data" in exc.value.message or \
        "damaged" in exc.value.message


@pytest.mark.parametrize("progressive", [False, True])
def test_whole_jpegs_still_load(tmp_path: Path, progressive: bool) -> None:
    p = tmp_path / "whole.jpg"
    p.write_bytes(_jpeg(progressive))
    assert load_image(p).pixels.shape == (256, 224)


def test_a_png_cut_short_and_closed_is_a_failed_row(tmp_path: Path) -> None:
    buf = io.BytesIO()
    rng = np.random.default_rng(0)
    Image.fromarray(rng.integers(0, 255, (200, 200), dtype=np.uint8)).save(buf, "PNG")
    data = buf.getvalue()
    iend = data[-12:]
    p = tmp_path / "cut.png"
    p.write_bytes(data[: len(data) // 2] + iend)
    with pytest.raises(errors.ImageReadError):
        load_image(p)


def test_real_jpegs_raise_no_decoder_warning(shared_data: Path) -> None:
    """The strict decode fails no real image: every JPEG of the official test split loads."""
    files = sorted((shared_data / "kermany224" / "test").rglob("*.jpeg"))
    assert len(files) == 624
    for f in files:
        load_image(f)


# --------------------------------------------------------------------------- 4. EXIF orientation
@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_exif_orientation_is_applied_and_recorded(tiny_bundle: Path, tmp_path: Path, fmt: str) -> None:
    """Before: a radiograph stored sideways with an Orientation tag was analysed sideways (and mostly called adult)."""
    upright = np.clip(gradient(120, 90, 255).astype(np.float32), 0, 255).astype(np.uint8)
    upright[:20, :30] = 255  # a mark in the top-left corner
    stored = np.rot90(upright, k=1)  # as a camera held sideways stores it; Orientation 6 turns it back
    exif = Image.Exif()
    exif[0x0112] = 6
    folder = tmp_path / "s"
    folder.mkdir()
    path = folder / ("side.jpg" if fmt == "JPEG" else "side.png")
    Image.fromarray(np.ascontiguousarray(stored)).save(path, fmt, exif=exif, **({"quality": 100} if fmt == "JPEG" else {}))
    img = load_image(path)
    assert img.pixels.shape == upright.shape
    assert np.abs(img.pixels * 255 - upright).mean() < 3  # upright, as a viewer shows it
    assert img.metadata["ExifOrientation"] == "6"
    from training.data import XrayDataset

    assert XrayDataset._decode(path).shape == upright.shape  # training reads it upright too (same loader)
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv")) == 0
    row = _rows(tmp_path / "r.csv")[0]
    assert row["exif_orientation"] == "6" and (row["image_height"], row["image_width"]) == ("120", "90")


# --------------------------------------------------------------------------- 5. impossible dates
@pytest.mark.parametrize("tags,why", [
    ({"PatientBirthDate": "20240601", "StudyDate": "20230101"}, "after the study date"),
    ({"PatientBirthDate": "29990101", "StudyDate": "20230101"}, "in the future"),
    ({"PatientBirthDate": "20200101", "StudyDate": "29990101"}, "in the future"),
    ({"PatientBirthDate": "18000101", "StudyDate": "20230101"}, "over 150"),
    ({"PatientAge": "200Y"}, "over 150"),
])
def test_dates_that_cannot_be_an_age_gate_the_image(tmp_path: Path, tags: dict, why: str) -> None:
    """Before: a birth date after the study date ran no age check and the image got a label."""
    from engine.checks.input_gate import check_tags

    path = make_dicom(tmp_path / "x.dcm", gradient(96, 96, 4095).astype(np.uint16))
    import pydicom

    ds = pydicom.dcmread(path)
    for k, v in tags.items():
        setattr(ds, k, v)
    ds.save_as(path)
    meta = load_image(path).metadata
    findings = [f for _name, f in check_tags(meta)]
    codes = [f.code for f in findings]
    assert "age_unreadable" in codes, (meta, codes)
    assert why in " ".join(f.detail for f in findings)


# --------------------------------------------------------------------------- 6. site profiles
def _profile(tiny_bundle: Path, tmp_path: Path) -> tuple[Path, dict]:
    from engine.bundle.model_bundle import load_bundle
    from engine.decision.site_profile import fit_site_profile, save_site_profile

    rng = np.random.default_rng(1)
    y = np.r_[np.zeros(40), np.ones(40)].astype(int)
    prof = fit_site_profile(load_bundle(tiny_bundle), rng.normal(np.where(y == 1, 2.0, -1.0), 1.0), y,
                            n_bootstrap=50, n_out_of_bag=40)
    path = save_site_profile(prof, tmp_path / "site.json")
    return path, json.loads(path.read_text())


@pytest.mark.parametrize("edit,field", [
    (lambda m: m.__setitem__("threshold", 1e-6), "threshold"),
    (lambda m: m.__setitem__("threshold", 0.999999), "threshold"),
    (lambda m: m.__setitem__("version", True), "version"),
    (lambda m: m["samples"].__setitem__("NORMAL", 10 ** 30), "samples.NORMAL"),
    (lambda m: m["samples"].__setitem__("PNEUMONIA", 40.5), "samples.PNEUMONIA"),
    (lambda m: m["metrics"]["sensitivity"].update(value=1.0, ci95=[0.7, 0.9]), "metrics.sensitivity"),
    (lambda m: m["metrics_in_sample"]["sensitivity"].__setitem__("value", 0.987), "metrics_in_sample"),
    (lambda m: m["metrics"]["accuracy"].update(value=0.99, ci95=[0.9, 1.0]), "metrics.accuracy"),
    (lambda m: m.__setitem__("prevalence", 0.9), "prevalence"),
    (lambda m: m.__setitem__("score_range", {"low": 0.5, "high": 0.4}), "score_range"),
], ids=["threshold_tiny", "threshold_huge", "version_true", "samples_1e30", "samples_float", "sensitivity_claimed",
        "in_sample_not_a_share", "accuracy_outside", "prevalence", "score_range"])
def test_site_profiles_are_checked_field_by_field(tiny_bundle: Path, tmp_path: Path, capsys, edit, field) -> None:
    """Before: thresholds of 1e-6 or 0.999999, ``version: true``, 10^30 samples and a claimed sensitivity of 1.0
    beside contradicting counts were accepted.  Now: exit 3 naming the field."""
    path, meta = _profile(tiny_bundle, tmp_path)
    edit(meta)
    path.write_text(json.dumps(meta))
    folder = _images(tmp_path / "s", 1)
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--site-profile", str(path)) == 3
    err = capsys.readouterr().err
    assert f"'{field}'" in err and "Traceback" not in err, err


def test_a_fitted_profile_passes_its_own_checks(tiny_bundle: Path, tmp_path: Path) -> None:
    path, meta = _profile(tiny_bundle, tmp_path)
    assert meta["score_range"]["low"] < meta["threshold"] <= meta["score_range"]["high"]
    folder = _images(tmp_path / "s", 1)
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--site-profile", str(path)) == 0


# --------------------------------------------------------------------------- 7. --resume verifies the partial file
def _interrupted(tiny_bundle: Path, tmp_path: Path, folder: Path, after: int, monkeypatch,
                 out: Path | None = None) -> Path:
    """A run on ``folder`` stopped (Ctrl+C) after ``after`` rows; the partial file it left (``out``: the CSV)."""
    out = out or tmp_path / "r.csv"
    from engine.batch import analysis

    real = analysis.Analysis.run

    def stop_after(self, paths, skipped=(), progress=None, cancel=None):
        for i, pred in enumerate(real(self, paths, skipped, progress, cancel)):
            if i == after:
                raise KeyboardInterrupt
            yield pred

    monkeypatch.setattr(analysis.Analysis, "run", stop_after)
    assert _run(tiny_bundle, str(folder), "--csv", str(out), "--no-cache") == 130
    monkeypatch.setattr(analysis.Analysis, "run", real)
    return out.with_name(out.name + ".partial")


def test_resume_drops_a_torn_line_and_analyses_its_file(tiny_bundle: Path, tmp_path: Path, monkeypatch) -> None:
    """Before: a torn last row stayed in the final CSV and its file was analysed again (two rows for it)."""
    folder = _images(tmp_path / "s")
    partial = _interrupted(tiny_bundle, tmp_path, folder, 2, monkeypatch)
    data = partial.read_bytes()
    partial.write_bytes(data + data.splitlines(keepends=True)[-1][:40])  # a third row, torn
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--resume", "--no-cache") == 0
    rows = _rows(tmp_path / "r.csv")
    assert sorted(Path(r["path"]).name for r in rows) == [f"img{i}.png" for i in range(4)]


@pytest.mark.parametrize("damage,words", [
    ("duplicate", "repeats the row"),
    ("outside", "not a file of this run"),
    ("cells", "cells where a row has"),
])
def test_resume_refuses_a_partial_file_that_does_not_verify(tiny_bundle: Path, tmp_path: Path, monkeypatch, capsys,
                                                            damage: str, words: str) -> None:
    """Before: a duplicated row stayed; rows for files outside the run were carried through verbatim."""
    folder = _images(tmp_path / "s")
    partial = _interrupted(tiny_bundle, tmp_path, folder, 2, monkeypatch)
    lines = partial.read_bytes().splitlines(keepends=True)
    if damage == "duplicate":
        partial.write_bytes(b"".join(lines) + lines[1])
    elif damage == "outside":
        partial.write_bytes(b"".join(lines) + lines[1].replace(b"img0.png", b"other.png"))
    else:
        partial.write_bytes(b"".join(lines) + b"a,b,c\n")
    before = partial.read_bytes()
    capsys.readouterr()
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--resume", "--no-cache") == 4
    err = capsys.readouterr().err
    assert words in err and "line 4" in err and "Traceback" not in err, err
    assert partial.read_bytes() == before and not (tmp_path / "r.csv").exists()


def test_relative_and_absolute_spellings_are_one_run(tiny_bundle: Path, tmp_path: Path, monkeypatch) -> None:
    """Before: the same folder given relative and then absolute analysed every file twice."""
    folder = _images(tmp_path / "s")
    monkeypatch.chdir(tmp_path)
    _interrupted(tiny_bundle, tmp_path, Path("s"), 2, monkeypatch)
    assert _run(tiny_bundle, str(folder.resolve()), "--csv", str(tmp_path / "r.csv"), "--resume", "--no-cache") == 0
    names = sorted(Path(r["path"]).name for r in _rows(tmp_path / "r.csv"))
    assert names == [f"img{i}.png" for i in range(4)]


# --------------------------------------------------------------------------- 8. the audit trail is a promise
@pytest.mark.skipif(os.name == "nt" or (hasattr(os, "geteuid") and os.geteuid() == 0),
                    reason="a read-only folder is writable by root")
def test_an_unwritable_audit_log_stops_the_run_before_analysis(tiny_bundle: Path, tmp_path: Path, capsys) -> None:
    from engine.files.resources import user_data_dir

    data = user_data_dir()
    os.chmod(data, 0o500)
    try:
        assert _run(tiny_bundle, str(_images(tmp_path / "s", 1)), "--csv", str(tmp_path / "r.csv")) == 4
    finally:
        os.chmod(data, 0o700)
    assert "audit" in capsys.readouterr().err and not (tmp_path / "r.csv.partial").exists()


def test_an_audit_log_that_cannot_be_opened_stops_the_run(tiny_bundle: Path, tmp_path: Path, capsys) -> None:
    """The same promise where permissions cannot be tested (root): the log's name is taken by a folder."""
    from engine.records.audit import default_audit_path

    default_audit_path().mkdir(parents=True)
    assert _run(tiny_bundle, str(_images(tmp_path / "s", 1)), "--csv", str(tmp_path / "r.csv")) == 4
    err = capsys.readouterr().err
    assert "audit trail" in err and "Traceback" not in err
    assert not (tmp_path / "r.csv.partial").exists() and not (tmp_path / "r.csv").exists()


def test_a_disk_filling_mid_run_stops_with_exit_4_and_no_torn_line(tiny_bundle: Path, tmp_path: Path,
                                                                  monkeypatch, capsys) -> None:
    """Before: exit 1, "Logging error" tracebacks, torn JSON lines in the audit log and the cache."""
    from engine.files import outputs
    from engine.records.audit import default_audit_path

    audit = default_audit_path()
    real_write = os.write
    state = {"n": 0}

    def filling(fd, data):
        target = os.readlink(f"/proc/self/fd/{fd}") if os.path.exists(f"/proc/self/fd/{fd}") else ""
        if target.endswith("audit.jsonl"):
            state["n"] += 1
        if target.endswith("results.jsonl") or (target.endswith("audit.jsonl") and state["n"] > 3):
            real_write(fd, bytes(data)[:17])  # the disk is full half-way into a line
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to tell the audit log's descriptor")
    monkeypatch.setattr(outputs.os, "write", filling)
    code = _run(tiny_bundle, str(_images(tmp_path / "s", 6)), "--csv", str(tmp_path / "r.csv"))
    monkeypatch.setattr(outputs.os, "write", real_write)
    err = capsys.readouterr().err
    assert code == 4 and "Traceback" not in err and "Logging error" not in err, err
    assert "audit" in err and "--resume" in err and "not assessed" in err  # the summary is printed
    for line in audit.read_bytes().splitlines():
        json.loads(line)  # no torn line
    for line in _cache_file().read_bytes().splitlines():
        json.loads(line)
    assert read_csv_rows(tmp_path / "r.csv.partial")  # the finished rows are kept


def test_sigterm_is_an_interruption_with_its_record(tiny_bundle: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    """Before: SIGTERM exited 143 silently, with no audit record."""
    from engine.batch import analysis
    from engine.records.audit import default_audit_path, read_entries

    real = analysis.Analysis.run

    def term_after_two(self, paths, skipped=(), progress=None, cancel=None):
        for i, pred in enumerate(real(self, paths, skipped, progress, cancel)):
            if i == 2:
                os.kill(os.getpid(), signal.SIGTERM)
            yield pred

    monkeypatch.setattr(analysis.Analysis, "run", term_after_two)
    assert _run(tiny_bundle, str(_images(tmp_path / "s")), "--csv", str(tmp_path / "r.csv")) == 143
    err = capsys.readouterr().err
    assert "terminated" in err and "--resume" in err
    assert len(read_csv_rows(tmp_path / "r.csv.partial")) >= 2
    stops = [e for e in read_entries(default_audit_path()) if e.get("event") == "export"]
    assert stops and stops[-1]["export"]["error"] == "terminated"


# --------------------------------------------------------------------------- 9. private by default
def test_everything_written_is_private_whatever_the_umask(tiny_bundle: Path, tmp_path: Path) -> None:
    """Before: cache, audit log, reviews database, CSV, heatmaps and report were 0644 in 0755 folders."""
    if os.name == "nt":
        pytest.skip("POSIX modes; the Windows profile's ACLs are per user")
    from engine.files.resources import reviews_path, user_cache_dir, user_data_dir, user_log_dir
    from engine.records.audit import default_audit_path
    from engine.records.readings import ReviewStore

    old = os.umask(0o022)
    try:
        folder = _images(tmp_path / "s", 2)
        out = tmp_path / "out"
        assert _run(tiny_bundle, str(folder), "--csv", str(out / "r.csv"), "--heatmaps", str(out / "heat"),
                    "--heatmaps-all", "--report", str(out / "r.pdf")) == 0
        ReviewStore(reviews_path()).close()
    finally:
        os.umask(old)
    files = [_cache_file(), default_audit_path(), reviews_path(), out / "r.csv", out / "r.pdf",
             *(out / "heat").iterdir(), _cache_file().with_name("results.jsonl.key")]
    assert len(files) >= 8
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    for d in (user_cache_dir(), user_data_dir(), user_log_dir(), out, out / "heat"):
        assert stat.S_IMODE(d.stat().st_mode) == 0o700, d


# --------------------------------------------------------------------------- 10. property-based
hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_json = st.recursive(st.none() | st.booleans() | st.floats(allow_nan=True) | st.integers() | st.text(max_size=20),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
                     max_leaves=20)
_PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_PROPERTY
@given(st.binary(max_size=400) | _json.map(lambda v: json.dumps(v).encode()))
def test_cache_reader_never_crashes_and_never_invents_a_record(tmp_path: Path, line: bytes) -> None:
    from engine.runners.cache import BadRecord, ResultCache, from_line

    with pytest.raises(BadRecord):
        from_line(line, b"k" * 32)  # nothing but a line signed with the key is a record
    path = tmp_path / "c.jsonl"
    path.write_bytes(line + b"\n" + line)
    assert len(ResultCache(path)) == 0


@_PROPERTY
@given(st.dictionaries(st.sampled_from(["_format", "sha256", "bundle_sha256", "variant", "logit", "ood_score",
                                        "adult_score", "cam", "image_size", "source_format", "metadata", "device",
                                        "mac", "label"]), _json, max_size=14))
def test_cache_reader_refuses_any_unsigned_record(record: dict) -> None:
    from engine.runners.cache import BadRecord, from_line

    with pytest.raises(BadRecord):
        from_line(json.dumps({**record, "_format": 3}), b"k" * 32)


@_PROPERTY
@given(st.binary(max_size=600) | st.lists(st.lists(st.text(max_size=8), max_size=len(COLUMNS) + 2), max_size=4).map(
    lambda rows: "\n".join(",".join(r) for r in rows).encode()))
def test_resume_reader_never_crashes_and_never_accepts_a_foreign_row(tmp_path: Path, body: bytes) -> None:
    target = tmp_path / "r.csv"
    header = ",".join(COLUMNS).encode() + b"\n"
    for data in (body, header + body):
        (tmp_path / "r.csv.partial").write_bytes(data)
        try:
            s = StreamingCsv(target, resume=True, bundle_sha256="b" * 64)
        except errors.ExportError:
            continue
        try:
            done = s.verify([tmp_path / "only.png"])
            assert done <= {os.path.normcase(os.path.realpath(tmp_path / "only.png"))}
        except errors.ExportError:
            pass
        finally:
            s.close()


@_PROPERTY
@given(st.binary(max_size=400) | _json.map(lambda v: json.dumps(v).encode()))
def test_site_profile_loader_refuses_anything_but_a_profile(tmp_path: Path, data: bytes) -> None:
    from engine.decision.site_profile import SiteProfileError, load_site_profile

    p = tmp_path / "p.json"
    p.write_bytes(data)
    with pytest.raises(SiteProfileError):
        load_site_profile(p, "b" * 64)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_site_profile_loader_refuses_any_single_field_change_it_cannot_vouch_for(tiny_bundle: Path, tmp_path: Path,
                                                                              data) -> None:
    """A real profile with one field replaced by arbitrary JSON either still verifies (the value is possible) or is
    refused with the field named -- never a crash."""
    from engine.bundle.model_bundle import load_bundle
    from engine.decision.site_profile import SiteProfileError, load_site_profile

    global _PROFILE
    if "_PROFILE" not in globals():
        _PROFILE = _profile(tiny_bundle, tmp_path)[1]
    meta = json.loads(json.dumps(_PROFILE))
    key = data.draw(st.sampled_from(sorted(meta)))
    meta[key] = data.draw(_json)
    p = tmp_path / "p.json"
    p.write_text(json.dumps(meta))
    try:
        load_site_profile(p, load_bundle(tiny_bundle, verify=False).digest)
    except SiteProfileError as exc:
        assert "Traceback" not in exc.message


# --------------------------------------------------------------------------- found by the adversarial review
@pytest.mark.parametrize("what", ["audit_log", "site_profile", "model"])
def test_outputs_never_replace_pneumoscans_own_files(tiny_bundle: Path, tmp_path: Path, capsys, what: str) -> None:
    from engine.records.audit import default_audit_path

    folder = _images(tmp_path / "s", 1)
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "first.csv")) == 0
    path, _meta = _profile(tiny_bundle, tmp_path)
    target = {"audit_log": default_audit_path(), "site_profile": path, "model": tiny_bundle / "bundle.json"}[what]
    before = target.read_bytes()
    capsys.readouterr()
    assert _run(tiny_bundle, str(folder), "--site-profile", str(path), "--csv", str(target), "--overwrite") == 4
    assert "Pneumoscan's own files" in capsys.readouterr().err
    assert target.read_bytes()[: len(before)] == before  # the audit log may have grown by the refusal's record


def test_a_csv_kept_in_the_studies_folder_can_be_replaced_and_resumed(tiny_bundle: Path, tmp_path: Path,
                                                                      monkeypatch) -> None:
    folder = _images(tmp_path / "s")
    out = folder / "results.csv"
    assert _run(tiny_bundle, str(folder), "--csv", str(out)) == 0
    assert _run(tiny_bundle, str(folder), "--csv", str(out), "--overwrite") == 0  # its own CSV is not an input
    rows = _rows(out)
    assert len(rows) == 4 and not any(r["file_name"] == "results.csv" for r in rows)
    out.unlink()
    _interrupted(tiny_bundle, tmp_path, folder, 2, monkeypatch, out)
    assert _run(tiny_bundle, str(folder), "--csv", str(out), "--resume", "--no-cache") == 0
    assert len(_rows(out)) == 4


@pytest.mark.parametrize("edit,words", [
    ("flip", "not what the bundle's rules make of its score"),
    ("changed_file", "has changed or gone since it was analysed"),
    ("site_profile", "another operating point"),
])
def test_resume_refuses_rows_the_model_did_not_write(tiny_bundle: Path, tmp_path: Path, monkeypatch, capsys,
                                                     edit: str, words: str) -> None:
    """Before this review: a hand-edited label, a file changed since, or another site profile were carried through."""
    folder = _images(tmp_path / "s")
    partial = _interrupted(tiny_bundle, tmp_path, folder, 2, monkeypatch)
    rows = list(csv.DictReader(io.StringIO(partial.read_text(encoding="utf-8-sig"))))
    if edit == "flip":
        r = rows[0]
        flip = {"NORMAL": "PNEUMONIA", "PNEUMONIA": "NORMAL"}
        r["label"], r["result"] = flip[r["label"]], flip.get(r["result"], r["result"])
        r["band"] = "pneumonia" if r["label"] == "PNEUMONIA" else "normal"
    elif edit == "site_profile":
        rows[0]["site_profile"] = "ab" * 32
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    partial.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode())
    if edit == "changed_file":
        (folder / "img0.png").write_bytes((folder / "img1.png").read_bytes())
    before = partial.read_bytes()
    capsys.readouterr()
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--resume", "--no-cache") == 4
    err = capsys.readouterr().err
    assert words in err and "line 2" in err, err
    assert partial.read_bytes() == before


def test_resume_leaves_a_refused_partial_file_exactly_as_it_was(tiny_bundle: Path, tmp_path: Path, monkeypatch) -> None:
    folder = _images(tmp_path / "s")
    partial = _interrupted(tiny_bundle, tmp_path, folder, 2, monkeypatch)
    lines = partial.read_bytes().splitlines(keepends=True)
    partial.write_bytes(b"".join(lines) + lines[1] + b"torn,tail")  # a repeated row, then a torn line
    before = partial.read_bytes()
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--resume", "--no-cache") == 4
    assert partial.read_bytes() == before


def test_stops_outside_the_batch_are_recorded_and_leave_nothing_in_the_way(tiny_bundle: Path, tmp_path: Path,
                                                                           monkeypatch, capsys) -> None:
    from engine.batch import analysis
    from engine.records.audit import default_audit_path, read_entries

    def term(*_a, **_k):
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(analysis.Analysis, "__init__", term)  # SIGTERM while the model loads
    folder = _images(tmp_path / "s", 2)
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv")) == 143
    assert "terminated before the analysis began" in capsys.readouterr().err
    assert read_entries(default_audit_path())[-1]["export"]["error"] == "terminated before the analysis began"
    monkeypatch.undo()
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv")) == 0  # nothing left in the way


def test_a_full_console_is_never_a_traceback(tiny_bundle: Path, tmp_path: Path, monkeypatch) -> None:
    class Full(io.StringIO):
        def write(self, _s):
            raise OSError(errno.ENOSPC, "No space left on device")

        def isatty(self):
            return False

    monkeypatch.setattr("sys.stdout", Full())
    monkeypatch.setattr("sys.stderr", Full())
    assert _run(tiny_bundle, str(_images(tmp_path / "s", 2)), "--csv", str(tmp_path / "r.csv")) == 0
    assert len(read_csv_rows(tmp_path / "r.csv")) == 2


def test_an_unknown_device_is_a_usage_error_and_leaves_nothing(tiny_bundle: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        _run(tiny_bundle, str(_images(tmp_path / "s", 1)), "--csv", str(tmp_path / "r.csv"), "--device", "foo")
    assert exc.value.code == 2 and not list(tmp_path.glob("r.csv*"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.timeout(60)
def test_a_fifo_or_device_as_site_profile_is_refused_without_waiting(tiny_bundle: Path, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.json")
    for profile in (tmp_path / "fifo.json", Path("/dev/zero")):
        assert _run(tiny_bundle, str(_images(tmp_path / "s", 1)), "--csv", str(tmp_path / "r.csv"),
                    "--site-profile", str(profile)) == 3


def test_a_dangling_link_at_the_csv_is_refused_at_the_start(tiny_bundle: Path, tmp_path: Path, capsys) -> None:
    (tmp_path / "r.csv").symlink_to(tmp_path / "nowhere" / "r.csv")
    assert _run(tiny_bundle, str(_images(tmp_path / "s", 1)), "--csv", str(tmp_path / "r.csv")) == 4
    assert "images/s" not in capsys.readouterr().out  # refused before any analysis


def test_one_file_by_two_spellings_is_one_row(tiny_bundle: Path, tmp_path: Path) -> None:
    folder = _images(tmp_path / "s", 2)
    (tmp_path / "link").symlink_to(folder)
    assert _run(tiny_bundle, str(folder / "img0.png"), str(tmp_path / "link" / "img0.png"), "--csv",
                str(tmp_path / "r.csv")) == 0
    assert len(_rows(tmp_path / "r.csv")) == 1


def test_a_name_starting_with_an_apostrophe_resumes(tiny_bundle: Path, tmp_path: Path, monkeypatch) -> None:
    folder = _images(tmp_path / "s", 3)
    (folder / "img0.png").rename(folder / "'-a.png")
    _interrupted(tiny_bundle, tmp_path, folder, 2, monkeypatch)
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--resume", "--no-cache") == 0
    from engine.records.results_csv import cell_path

    assert sorted(Path(cell_path(r)).name for r in _rows(tmp_path / "r.csv")) == ["'-a.png", "img1.png", "img2.png"]


def test_an_input_inside_the_heatmap_folder_is_refused(tiny_bundle: Path, tmp_path: Path) -> None:
    folder = _images(tmp_path / "s", 2)
    heat = tmp_path / "heat"
    heat.mkdir()
    (folder / "img1.png").rename(heat / "img1.png")
    assert _run(tiny_bundle, str(folder / "img0.png"), str(heat / "img1.png"), "--csv", str(tmp_path / "r.csv"),
                "--heatmaps", str(heat)) == 4


@pytest.mark.parametrize("tags", [{"PatientBirthDate": "20200230"}, {"StudyDate": "00000000"},
                                  {"PatientBirthDate": "2020-01-01"}])
def test_a_date_that_is_no_date_gates_the_age(tmp_path: Path, tags: dict) -> None:
    import pydicom

    from engine.checks.input_gate import check_tags

    path = make_dicom(tmp_path / "x.dcm", gradient(96, 96, 4095).astype(np.uint16))
    ds = pydicom.dcmread(path)
    for k, v in tags.items():
        setattr(ds, k, v)
    ds.save_as(path)
    assert "age_unreadable" in [f.code for _n, f in check_tags(load_image(path).metadata)]


def _jpeg_bytes(**kw) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(np.clip(gradient(128, 112, 255), 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=90, **kw)
    return buf.getvalue()


def test_harmless_jpeg_oddities_still_load(tmp_path: Path) -> None:
    """libjpeg's "extraneous bytes before marker" warning and stray bytes between segments are common and harmless."""
    d = _jpeg_bytes()
    cases = {"extraneous": d[:-2] + b"\0" * 16 + b"\xff\xd9",
             "stray_after_app0": d[:20] + b"\0\0" + d[20:]}
    for name, data in cases.items():
        (tmp_path / f"{name}.jpg").write_bytes(data)
        assert load_image(tmp_path / f"{name}.jpg").pixels.shape == (128, 112), name


def test_a_jpeg_compressed_dicom_cut_short_is_a_failed_row(tmp_path: Path, shared_data: Path) -> None:
    import pydicom
    from pydicom.encaps import encapsulate, generate_frames

    src = next((shared_data / "dicom").glob("1.2.276*.dcm"))
    ds = pydicom.dcmread(src)
    frame = next(generate_frames(ds.PixelData, number_of_frames=1))
    ds.PixelData = encapsulate([frame[: len(frame) // 2] + b"\xff\xd9"])
    ds.save_as(tmp_path / "cut.dcm")
    with pytest.raises(errors.TruncatedFileError):
        load_image(tmp_path / "cut.dcm")
    load_image(src)


def test_a_png_whose_data_holds_too_few_rows_is_a_failed_row(tmp_path: Path) -> None:
    import struct
    import zlib

    w, h = 100, 100
    rows = b"".join(b"\0" + bytes([i % 256]) * w for i in range(h // 2))  # half the rows, a complete zlib stream

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    (tmp_path / "half.png").write_bytes(png)
    with pytest.raises(errors.TruncatedFileError, match="of its rows"):
        load_image(tmp_path / "half.png")


def test_orientation_stored_as_text_is_not_applied_and_tiff_orientation_is_recorded(tmp_path: Path) -> None:
    upright = np.clip(gradient(120, 90, 255), 0, 255).astype(np.uint8)
    ex = Image.Exif()
    ex[0x0112] = 6
    Image.fromarray(np.ascontiguousarray(np.rot90(upright))).save(tmp_path / "t.tif", exif=ex)
    img = load_image(tmp_path / "t.tif")
    assert img.pixels.shape == upright.shape and img.metadata.get("ExifOrientation") == "6"
    import struct

    # an EXIF block whose Orientation is the text "6" (type ASCII): not an orientation a viewer applies
    ifd = struct.pack("<H", 1) + struct.pack("<HHI", 0x0112, 2, 2) + b"6\0\0\0" + struct.pack("<I", 0)
    Image.fromarray(upright).save(tmp_path / "s.jpg", exif=b"Exif\0\0II*\0" + struct.pack("<I", 8) + ifd,
                                  quality=95)
    img = load_image(tmp_path / "s.jpg")
    assert img.pixels.shape == upright.shape and "ExifOrientation" not in img.metadata


def test_a_heatmap_folder_above_the_studies_is_fine(tiny_bundle: Path, tmp_path: Path) -> None:
    """Overlays can only collide with files directly in their folder: studies in a subfolder of it are safe."""
    folder = _images(tmp_path / "desk" / "studies", 1)
    assert _run(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--heatmaps", str(tmp_path / "desk"),
                "--heatmaps-all") == 0
    assert len(list((tmp_path / "desk").glob("*_heatmap.png"))) == 1
