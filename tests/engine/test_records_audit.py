"""engine.records.audit: the audit trail -- entries, rotation, bundle identity and trust -- and a run that cannot
write it does not start.

Gathered, when the tests were named for the modules they test, from: test_integrity.py (Trust what decides a
label; survive hostile files, names and disks without losing a row (issue 11)); test_safety.py (Input gate,
audit trail, fuzzing, and no lost work); test_untrusted_disk.py (Issue 27: nothing read back from disk decides
a label unverified, and no output ever destroys an input).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from factories import gradient, make_dicom, noisy_images, run_predict, trust_args

from engine.bundle.model_bundle import load_bundle
from engine.cli.predict import main as predict_main
from engine.records.audit import AuditLog, read_entries
from engine.runners.classifier import Classifier


@pytest.mark.hazard("H-021")
def test_audit_log_records_bundle_identity_and_trust(tmp_path: Path, tiny_bundle: Path, mixed_folder: Path,
                                                     _user_dirs_in_tmp: Path) -> None:
    from engine.records.audit import read_entries

    assert predict_main([str(mixed_folder), "--csv", str(tmp_path / "o.csv"), "--model", str(tiny_bundle),
                         *trust_args(tiny_bundle), "--quiet"]) == 0
    entries = read_entries(next((_user_dirs_in_tmp / "data").glob("audit*.jsonl")))
    digest = load_bundle(tiny_bundle).digest
    bundle_events = [e for e in entries if e["event"] == "bundle"]
    assert bundle_events and bundle_events[-1]["bundle"]["bundle_sha256"] == digest
    assert bundle_events[-1]["bundle"]["trust"] == "trusted by the user"
    assert all(e["model"]["bundle_sha256"] == digest for e in entries if e["event"] == "result")
    exports = [e for e in entries if e["event"] == "export"]
    assert exports[-1]["export"]["ok"] is True and exports[-1]["export"]["bundle_sha256"] == digest


@pytest.mark.hazard("H-028")
def test_audit_entries_and_rotation(tiny_bundle: Path, tmp_path: Path) -> None:
    log_path = tmp_path / "audit" / "audit.jsonl"
    audit = AuditLog(log_path, max_bytes=2000, backups=3, source="test")
    dcm = make_dicom(tmp_path / "x.dcm", gradient(96, 96, maxval=4095))
    pred = next(Classifier(tiny_bundle).predict_many([dcm]))
    for _ in range(12):
        audit.record_result(pred)
    audit.record_export(tmp_path / "out.csv", 12)
    audit.close()
    files = sorted(log_path.parent.glob("audit.jsonl*"))
    assert 2 <= len(files) <= 4  # rotated by size, bounded number of backups
    entries = read_entries(log_path)
    assert entries[-1]["event"] == "export" and entries[-1]["export"]["rows"] == 12
    every = [e for f in files for e in read_entries(f)]
    result = next(e for e in every if e["event"] == "result")
    for key in ("time", "os_user", "app_version", "model", "file", "result"):
        assert key in result
    assert result["file"]["sha256"] == pred.sha256 and result["model"]["sha256"] == pred.model_sha256
    assert result["result"]["threshold"] == pred.threshold and result["result"]["gate"]["passed"] is True
    text = "".join(f.read_text() for f in files)
    assert "Doe" not in text and "PatientName" not in text  # the DICOM's patient name never appears


@pytest.mark.hazard("H-028")
def test_cli_writes_audit(tiny_bundle: Path, mixed_folder: Path, tmp_path: Path, _user_dirs_in_tmp: Path) -> None:
    from engine.cli.predict import main

    assert main([str(mixed_folder), "--csv", str(tmp_path / "o.csv"), "--model", str(tiny_bundle), *trust_args(tiny_bundle), "--quiet"]) == 0
    entries = read_entries(_user_dirs_in_tmp / "data" / "audit.jsonl")
    assert sum(e["event"] == "result" for e in entries) == 5  # five image candidates
    assert entries[-1]["event"] == "export" and entries[-1]["export"]["rows"] == 6


@pytest.mark.skipif(os.name == "nt" or (hasattr(os, "geteuid") and os.geteuid() == 0),
                    reason="a read-only folder is writable by root")
@pytest.mark.hazard("H-028")
def test_an_unwritable_audit_log_stops_the_run_before_analysis(tiny_bundle: Path, tmp_path: Path, capsys) -> None:
    from engine.files.resources import user_data_dir

    data = user_data_dir()
    os.chmod(data, 0o500)
    try:
        assert run_predict(tiny_bundle, str(noisy_images(tmp_path / "s", 1)), "--csv", str(tmp_path / "r.csv")) == 4
    finally:
        os.chmod(data, 0o700)
    assert "audit" in capsys.readouterr().err and not (tmp_path / "r.csv.partial").exists()


@pytest.mark.hazard("H-028")
def test_an_audit_log_that_cannot_be_opened_stops_the_run(tiny_bundle: Path, tmp_path: Path, capsys) -> None:
    """The same promise where permissions cannot be tested (root): the log's name is taken by a folder."""
    from engine.records.audit import default_audit_path

    default_audit_path().mkdir(parents=True)
    assert run_predict(tiny_bundle, str(noisy_images(tmp_path / "s", 1)), "--csv", str(tmp_path / "r.csv")) == 4
    err = capsys.readouterr().err
    assert "audit trail" in err and "Traceback" not in err
    assert not (tmp_path / "r.csv.partial").exists() and not (tmp_path / "r.csv").exists()
