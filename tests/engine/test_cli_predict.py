"""pneumoscan-predict (engine.cli.predict): runs, exit codes, resume, interruptions, full disks and consoles.

Gathered, when the tests were named for the modules they test, from: test_export_cli.py (CSV export (schema,
atomicity, formula neutralising) and the pneumoscan-predict command); test_integrity.py (Trust what decides a
label; survive hostile files, names and disks without losing a row (issue 11)); test_messages_and_tools.py
(Plain messages (gate reasons, results), the CSV's result column, the batch's progress lines in a log, and
the); test_safety.py (Input gate, audit trail, fuzzing, and no lost work); test_untrusted_disk.py (Issue 27:
nothing read back from disk decides a label unverified, and no output ever destroys an input).
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from factories import (
    cache_file,
    csv_rows,
    gradient,
    identified_prediction,
    make_dicom,
    noisy_images,
    ok_prediction,
    run_predict,
    trust_args,
    write_raster,
)
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from engine import errors
from engine.bundle.model_bundle import load_bundle
from engine.cli.predict import main as predict_main
from engine.records.audit import read_entries
from engine.records.results_csv import (
    COLUMNS,
    StreamingCsv,
    csv_path,
    read_csv_rows,
)
from engine.runners.classifier import Classifier

ROOT = Path(__file__).resolve().parents[2]


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
    assert run_predict(tiny_bundle, str(folder), "--csv", str(out), "--no-cache") == 130
    monkeypatch.setattr(analysis.Analysis, "run", real)
    return out.with_name(out.name + ".partial")


_PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.mark.hazard("H-027")
def test_streaming_partial_survives_and_resumes(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    s = StreamingCsv(out)
    s.write(identified_prediction("a.png"))
    s.write(identified_prediction("b.png"))
    os.write(s.fd, b"c.png,c.png,ok")  # a row cut short by a kill (power cut mid-write)
    s.close()
    assert not out.exists()
    r = StreamingCsv(out, resume=True)
    assert r.done_paths() == {"a.png", "b.png"}
    r.write(identified_prediction("c.png"))
    r.commit()
    assert [row["path"] for row in read_csv_rows(out)] == ["a.png", "b.png", "c.png"]


def test_cli_without_model_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = predict_main([str(tmp_path), "--csv", str(tmp_path / "o.csv"), "--model", str(tmp_path / "none")])
    assert code == 3
    assert "No model is installed" in capsys.readouterr().err


@pytest.mark.hazard("H-020")
def test_cli_mixed_folder(tiny_bundle: Path, mixed_folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.csv"
    heat = tmp_path / "heat"
    code = predict_main([str(mixed_folder), "--csv", str(out), "--model", str(tiny_bundle), *trust_args(tiny_bundle), "--heatmaps", str(heat), "--heatmaps-all",
                         "--quiet", "--batch-size", "2"])
    assert code == 0
    rows = csv_rows(out)
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


@pytest.mark.hazard("H-027")
def test_cli_resume_skips_done(tiny_bundle: Path, mixed_folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.csv"
    from engine.bundle.model_bundle import load_bundle

    partial = StreamingCsv(out)
    first = next(Classifier(load_bundle(tiny_bundle)).predict_many([mixed_folder / "a.png"]))
    partial.write(first)  # a row this bundle wrote for this file (a resumed row must verify)
    partial.close()
    assert predict_main([str(mixed_folder), "--csv", str(out), "--model", str(tiny_bundle), *trust_args(tiny_bundle),
                         "--quiet", "--resume", "--no-cache"]) == 0
    rows = csv_rows(out)
    assert len(rows) == 6
    a = [r for r in rows if r["path"] == str(mixed_folder / "a.png")]
    assert len(a) == 1 and a[0]["p_pneumonia"] == f"{first.p_pneumonia:.6f}"  # kept once
    assert "1 resumed" in capsys.readouterr().out


@pytest.mark.hazard("H-027")
def test_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    first = StreamingCsv(out)
    with pytest.raises(errors.ExportError, match=f"process {os.getpid()}"):
        StreamingCsv(out)
    first.write(ok_prediction("/a.png"))
    first.commit()
    assert len(read_csv_rows(out)) == 1
    StreamingCsv(tmp_path / "o2.csv").close()  # the lock is released on commit and close
    StreamingCsv(tmp_path / "o2.csv", overwrite=True).close()


@pytest.mark.hazard("H-027")
def test_concurrent_cli_runs_on_one_csv(tmp_path: Path, tiny_bundle: Path, mixed_folder: Path) -> None:
    out = tmp_path / "o.csv"
    holder = StreamingCsv(out)  # another run is writing this file
    try:
        code = predict_main([str(mixed_folder), "--csv", str(out), "--model", str(tiny_bundle),
                             *trust_args(tiny_bundle), "--quiet"])
    finally:
        holder.close()
    assert code == 4


@pytest.mark.hazard("H-027")
def test_full_disk_exits_4_and_keeps_finished_rows(tmp_path: Path, tiny_bundle: Path, mixed_folder: Path,
                                                   monkeypatch, capsys, _user_dirs_in_tmp: Path) -> None:

    real_write = StreamingCsv.write
    calls = {"n": 0}

    def write(self, p, reviews=None):
        calls["n"] += 1
        if calls["n"] == 3:
            os.write(self.fd, csv_path(p.path)[0][:5].encode())  # a torn row, as a power cut can leave it
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(self, p, reviews)

    monkeypatch.setattr(StreamingCsv, "write", write)
    out = tmp_path / "o.csv"
    args = [str(mixed_folder), "--csv", str(out), "--model", str(tiny_bundle), *trust_args(tiny_bundle), "--quiet"]
    assert predict_main(args) == 4
    err = capsys.readouterr().err
    assert "No space left" in err and "--resume" in err and "Traceback" not in err
    partial = out.with_name(out.name + ".partial")
    assert len(read_csv_rows(partial)) == 2 and not out.exists()
    exports = [e for e in read_entries(next((_user_dirs_in_tmp / "data").glob("audit*.jsonl")))
               if e["event"] == "export"]
    assert exports[-1]["export"]["ok"] is False
    monkeypatch.setattr(StreamingCsv, "write", real_write)
    assert predict_main(args + ["--resume"]) == 0  # the torn line is cut, not glued onto the next path
    rows = read_csv_rows(out)
    assert len(rows) == 6 and len({r["path"] for r in rows}) == 6
    assert all(Path(r["path"]).exists() or r["status"] == "error" for r in rows)


@pytest.mark.hazard("H-025")
def test_resume_refuses_a_partial_of_another_bundle(tmp_path: Path, tiny_bundle: Path, mixed_folder: Path,
                                                    capsys) -> None:
    out = tmp_path / "o.csv"
    partial = StreamingCsv(out)
    partial.write(ok_prediction(str(mixed_folder / "a.png"), bundle_sha256="99" * 32))
    partial.close()
    assert predict_main([str(mixed_folder), "--csv", str(out), "--model", str(tiny_bundle), *trust_args(tiny_bundle),
                         "--quiet", "--resume"]) == 4
    assert "another model bundle" in capsys.readouterr().err


@pytest.mark.hazard("H-027")
def test_a_run_without_resume_never_discards_an_interrupted_runs_rows(tmp_path: Path, tiny_bundle: Path,
                                                                      mixed_folder: Path, capsys) -> None:
    out = tmp_path / "o.csv"
    partial = StreamingCsv(out, bundle_sha256=load_bundle(tiny_bundle).digest)
    partial.write(ok_prediction(str(mixed_folder / "a.png"), bundle_sha256=load_bundle(tiny_bundle).digest))
    partial.close()
    args = [str(mixed_folder), "--csv", str(out), "--model", str(tiny_bundle), *trust_args(tiny_bundle), "--quiet"]
    assert predict_main(args) == 4
    assert "--resume" in capsys.readouterr().err and len(read_csv_rows(out.with_name("o.csv.partial"))) == 1
    assert predict_main(args + ["--overwrite"]) == 0  # discarding it is an explicit choice
    assert len(read_csv_rows(out)) == 6


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


@pytest.mark.hazard("H-027")
def test_cli_resumes_after_kill(tiny_bundle: Path, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        write_raster(folder / f"img{i:03d}.png", np.roll(gradient(96, 96, maxval=255, seed=i).astype(np.uint8), i, 1))
    out = tmp_path / "r.csv"
    cmd = [sys.executable, "-m", "engine.cli.predict", str(folder), "--csv", str(out), "--model", str(tiny_bundle), *trust_args(tiny_bundle),
           "--batch-size", "1", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=dict(os.environ))
    partial = Path(str(out) + ".partial")
    deadline = time.time() + 240
    while time.time() < deadline:
        if partial.exists() and partial.read_text(encoding="utf-8-sig").count("\n") >= 6:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)  # a power cut, not a polite Ctrl-C
    proc.wait()
    assert not out.exists()
    from engine.records.results_csv import read_csv_rows

    kept = read_csv_rows(partial)
    assert 5 <= len(kept) < 40
    done = subprocess.run(cmd + ["--resume"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = read_csv_rows(out)
    assert sorted(r["path"] for r in rows) == sorted(str(p) for p in folder.iterdir())
    assert f"{len(kept)} resumed" in done.stdout
    assert not partial.exists()


@pytest.mark.hazard("H-011")
def test_cli_age_relaxation_needs_its_range_and_never_admits_a_stated_adult(tiny_bundle: Path, tmp_path: Path,
                                                                            capsys) -> None:
    from engine.cli.predict import main as predict_main
    from engine.records.results_csv import read_csv_rows

    folder = tmp_path / "s"
    folder.mkdir()
    make_dicom(folder / "adult.dcm", gradient(96, 96, maxval=4095), age="062Y")
    base = [str(folder), "--model", str(tiny_bundle), *trust_args(tiny_bundle), "--quiet"]
    assert predict_main([*base, "--csv", str(tmp_path / "a.csv"), "--relax", "age"]) == 2
    assert "oldest age" in capsys.readouterr().err
    assert predict_main([*base, "--csv", str(tmp_path / "b.csv"), "--relax", "age:12"]) == 0
    (row,) = read_csv_rows(tmp_path / "b.csv")
    assert row["result"] == "NOT_ASSESSED" and "age_outside_population" in row["gate_codes"]
    assert "children up to 12 years" in capsys.readouterr().err  # the relaxation is said in words


@pytest.mark.hazard("H-025")
def test_resume_drops_a_torn_line_and_analyses_its_file(tiny_bundle: Path, tmp_path: Path, monkeypatch) -> None:
    """Before: a torn last row stayed in the final CSV and its file was analysed again (two rows for it)."""
    folder = noisy_images(tmp_path / "s")
    partial = _interrupted(tiny_bundle, tmp_path, folder, 2, monkeypatch)
    data = partial.read_bytes()
    partial.write_bytes(data + data.splitlines(keepends=True)[-1][:40])  # a third row, torn
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--resume", "--no-cache") == 0
    rows = csv_rows(tmp_path / "r.csv")
    assert sorted(Path(r["path"]).name for r in rows) == [f"img{i}.png" for i in range(4)]


@pytest.mark.parametrize("damage,words", [
    ("duplicate", "repeats the row"),
    ("outside", "not a file of this run"),
    ("cells", "cells where a row has"),
])
@pytest.mark.hazard("H-025")
def test_resume_refuses_a_partial_file_that_does_not_verify(tiny_bundle: Path, tmp_path: Path, monkeypatch, capsys,
                                                            damage: str, words: str) -> None:
    """Before: a duplicated row stayed; rows for files outside the run were carried through verbatim."""
    folder = noisy_images(tmp_path / "s")
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
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--resume", "--no-cache") == 4
    err = capsys.readouterr().err
    assert words in err and "line 4" in err and "Traceback" not in err, err
    assert partial.read_bytes() == before and not (tmp_path / "r.csv").exists()


@pytest.mark.hazard("H-025")
def test_relative_and_absolute_spellings_are_one_run(tiny_bundle: Path, tmp_path: Path, monkeypatch) -> None:
    """Before: the same folder given relative and then absolute analysed every file twice."""
    folder = noisy_images(tmp_path / "s")
    monkeypatch.chdir(tmp_path)
    _interrupted(tiny_bundle, tmp_path, Path("s"), 2, monkeypatch)
    assert run_predict(tiny_bundle, str(folder.resolve()), "--csv", str(tmp_path / "r.csv"), "--resume", "--no-cache") == 0
    names = sorted(Path(r["path"]).name for r in csv_rows(tmp_path / "r.csv"))
    assert names == [f"img{i}.png" for i in range(4)]


@pytest.mark.hazard("H-027", "H-028")
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
    code = run_predict(tiny_bundle, str(noisy_images(tmp_path / "s", 6)), "--csv", str(tmp_path / "r.csv"))
    monkeypatch.setattr(outputs.os, "write", real_write)
    err = capsys.readouterr().err
    assert code == 4 and "Traceback" not in err and "Logging error" not in err, err
    assert "audit" in err and "--resume" in err and "not assessed" in err  # the summary is printed
    for line in audit.read_bytes().splitlines():
        json.loads(line)  # no torn line
    for line in cache_file().read_bytes().splitlines():
        json.loads(line)
    assert read_csv_rows(tmp_path / "r.csv.partial")  # the finished rows are kept


@pytest.mark.hazard("H-027")
def test_sigterm_is_an_interruption_with_its_record(tiny_bundle: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    """Before: SIGTERM exited 143 silently, with no audit record."""
    from engine.batch import analysis
    from engine.records.audit import default_audit_path

    real = analysis.Analysis.run

    def term_after_two(self, paths, skipped=(), progress=None, cancel=None):
        for i, pred in enumerate(real(self, paths, skipped, progress, cancel)):
            if i == 2:
                os.kill(os.getpid(), signal.SIGTERM)
            yield pred

    monkeypatch.setattr(analysis.Analysis, "run", term_after_two)
    assert run_predict(tiny_bundle, str(noisy_images(tmp_path / "s")), "--csv", str(tmp_path / "r.csv")) == 143
    err = capsys.readouterr().err
    assert "terminated" in err and "--resume" in err
    assert len(read_csv_rows(tmp_path / "r.csv.partial")) >= 2
    stops = [e for e in read_entries(default_audit_path()) if e.get("event") == "export"]
    assert stops and stops[-1]["export"]["error"] == "terminated"


@_PROPERTY
@given(st.binary(max_size=600) | st.lists(st.lists(st.text(max_size=8), max_size=len(COLUMNS) + 2), max_size=4).map(
    lambda rows: "\n".join(",".join(r) for r in rows).encode()))
@pytest.mark.hazard("H-025")
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


@pytest.mark.hazard("H-024")
def test_a_csv_kept_in_the_studies_folder_can_be_replaced_and_resumed(tiny_bundle: Path, tmp_path: Path,
                                                                      monkeypatch) -> None:
    folder = noisy_images(tmp_path / "s")
    out = folder / "results.csv"
    assert run_predict(tiny_bundle, str(folder), "--csv", str(out)) == 0
    assert run_predict(tiny_bundle, str(folder), "--csv", str(out), "--overwrite") == 0  # its own CSV is not an input
    rows = csv_rows(out)
    assert len(rows) == 4 and not any(r["file_name"] == "results.csv" for r in rows)
    out.unlink()
    _interrupted(tiny_bundle, tmp_path, folder, 2, monkeypatch, out)
    assert run_predict(tiny_bundle, str(folder), "--csv", str(out), "--resume", "--no-cache") == 0
    assert len(csv_rows(out)) == 4


@pytest.mark.parametrize("edit,words", [
    ("flip", "not what the bundle's rules make of its score"),
    ("changed_file", "has changed or gone since it was analysed"),
    ("site_profile", "another operating point"),
])
@pytest.mark.hazard("H-025")
def test_resume_refuses_rows_the_model_did_not_write(tiny_bundle: Path, tmp_path: Path, monkeypatch, capsys,
                                                     edit: str, words: str) -> None:
    """Before this review: a hand-edited label, a file changed since, or another site profile were carried through."""
    folder = noisy_images(tmp_path / "s")
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
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--resume", "--no-cache") == 4
    err = capsys.readouterr().err
    assert words in err and "line 2" in err, err
    assert partial.read_bytes() == before


@pytest.mark.hazard("H-025")
def test_resume_leaves_a_refused_partial_file_exactly_as_it_was(tiny_bundle: Path, tmp_path: Path, monkeypatch) -> None:
    folder = noisy_images(tmp_path / "s")
    partial = _interrupted(tiny_bundle, tmp_path, folder, 2, monkeypatch)
    lines = partial.read_bytes().splitlines(keepends=True)
    partial.write_bytes(b"".join(lines) + lines[1] + b"torn,tail")  # a repeated row, then a torn line
    before = partial.read_bytes()
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--resume", "--no-cache") == 4
    assert partial.read_bytes() == before


@pytest.mark.hazard("H-027")
def test_stops_outside_the_batch_are_recorded_and_leave_nothing_in_the_way(tiny_bundle: Path, tmp_path: Path,
                                                                           monkeypatch, capsys) -> None:
    from engine.batch import analysis
    from engine.records.audit import default_audit_path

    def term(*_a, **_k):
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(analysis.Analysis, "__init__", term)  # SIGTERM while the model loads
    folder = noisy_images(tmp_path / "s", 2)
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv")) == 143
    assert "terminated before the analysis began" in capsys.readouterr().err
    assert read_entries(default_audit_path())[-1]["export"]["error"] == "terminated before the analysis began"
    monkeypatch.undo()
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv")) == 0  # nothing left in the way


@pytest.mark.hazard("H-027")
def test_a_full_console_is_never_a_traceback(tiny_bundle: Path, tmp_path: Path, monkeypatch) -> None:
    class Full(io.StringIO):
        def write(self, _s):
            raise OSError(errno.ENOSPC, "No space left on device")

        def isatty(self):
            return False

    monkeypatch.setattr("sys.stdout", Full())
    monkeypatch.setattr("sys.stderr", Full())
    assert run_predict(tiny_bundle, str(noisy_images(tmp_path / "s", 2)), "--csv", str(tmp_path / "r.csv")) == 0
    assert len(read_csv_rows(tmp_path / "r.csv")) == 2


def test_an_unknown_device_is_a_usage_error_and_leaves_nothing(tiny_bundle: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        run_predict(tiny_bundle, str(noisy_images(tmp_path / "s", 1)), "--csv", str(tmp_path / "r.csv"), "--device", "foo")
    assert exc.value.code == 2 and not list(tmp_path.glob("r.csv*"))


@pytest.mark.hazard("H-024")
def test_a_dangling_link_at_the_csv_is_refused_at_the_start(tiny_bundle: Path, tmp_path: Path, capsys) -> None:
    (tmp_path / "r.csv").symlink_to(tmp_path / "nowhere" / "r.csv")
    assert run_predict(tiny_bundle, str(noisy_images(tmp_path / "s", 1)), "--csv", str(tmp_path / "r.csv")) == 4
    assert "images/s" not in capsys.readouterr().out  # refused before any analysis


@pytest.mark.hazard("H-025")
def test_one_file_by_two_spellings_is_one_row(tiny_bundle: Path, tmp_path: Path) -> None:
    folder = noisy_images(tmp_path / "s", 2)
    (tmp_path / "link").symlink_to(folder)
    assert run_predict(tiny_bundle, str(folder / "img0.png"), str(tmp_path / "link" / "img0.png"), "--csv",
                str(tmp_path / "r.csv")) == 0
    assert len(csv_rows(tmp_path / "r.csv")) == 1


@pytest.mark.hazard("H-025")
def test_a_name_starting_with_an_apostrophe_resumes(tiny_bundle: Path, tmp_path: Path, monkeypatch) -> None:
    folder = noisy_images(tmp_path / "s", 3)
    (folder / "img0.png").rename(folder / "'-a.png")
    _interrupted(tiny_bundle, tmp_path, folder, 2, monkeypatch)
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--resume", "--no-cache") == 0
    from engine.records.results_csv import cell_path

    assert sorted(Path(cell_path(r)).name for r in csv_rows(tmp_path / "r.csv")) == ["'-a.png", "img1.png", "img2.png"]
