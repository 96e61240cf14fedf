"""engine.files.outputs and engine.files.private: no output destroys an input, another output or Pneumoscan's own
files; everything written is private.

Gathered, when the tests were named for the modules they test, from: test_integrity.py (Trust what decides a
label; survive hostile files, names and disks without losing a row (issue 11)); test_untrusted_disk.py (Issue
27: nothing read back from disk decides a label unverified, and no output ever destroys an input).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from factories import cache_file, fitted_site_profile, noisy_images, run_predict, trust_args

from engine.cli.predict import main as predict_main


@pytest.mark.hazard("H-024")
def test_links_planted_at_partial_or_lock_are_never_written_through(tmp_path: Path, tiny_bundle: Path,
                                                                     mixed_folder: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("VICTIM")
    (tmp_path / "p.csv.partial").symlink_to(victim)
    args = ["--model", str(tiny_bundle), *trust_args(tiny_bundle), "--quiet"]
    assert predict_main([str(mixed_folder), "--csv", str(tmp_path / "p.csv"), *args]) == 4
    (tmp_path / "l.csv.lock").symlink_to(victim)
    assert predict_main([str(mixed_folder), "--csv", str(tmp_path / "l.csv"), *args]) == 4
    assert victim.read_text() == "VICTIM"


@pytest.mark.parametrize("case", ["report_is_csv", "report_is_input", "csv_is_input_overwrite", "csv_links_to_input",
                                  "heatmaps_in_input_folder", "report_exists"])
@pytest.mark.hazard("H-024")
def test_no_output_destroys_an_input_or_another_output(tiny_bundle: Path, tmp_path: Path, case: str, capsys) -> None:
    """Before: --report wrote over the CSV just written (every row lost, exit 0) or over a radiograph; --csv naming
    an input with --overwrite replaced the radiograph.  Now: exit 4 before any analysis, every file unchanged."""
    folder = noisy_images(tmp_path / "s")
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
    assert run_predict(tiny_bundle, str(folder), *args) == 4
    err = capsys.readouterr().err
    assert "Traceback" not in err and ("never writes over an input" in err or "already exists" in err
                                       or "inside a folder being analysed" in err or "same file" in err), err
    assert {p: p.read_bytes() for p in folder.iterdir()} == before
    assert not csv_out.exists()
    if case == "report_exists":
        assert (tmp_path / "old.pdf").read_bytes() == b"an earlier report"


@pytest.mark.hazard("H-024")
def test_atomic_write_never_replaces_without_overwrite(tmp_path: Path) -> None:
    from engine.files.outputs import write_bytes_atomic

    t = tmp_path / "x.bin"
    write_bytes_atomic(t, b"one")
    with pytest.raises(FileExistsError):
        write_bytes_atomic(t, b"two")
    write_bytes_atomic(t, b"three", overwrite=True)
    assert t.read_bytes() == b"three" and sorted(p.name for p in tmp_path.iterdir()) == ["x.bin"]


@pytest.mark.hazard("H-029")
def test_everything_written_is_private_whatever_the_umask(tiny_bundle: Path, tmp_path: Path) -> None:
    """Before: cache, audit log, reviews database, CSV, heatmaps and report were 0644 in 0755 folders."""
    if os.name == "nt":
        pytest.skip("POSIX modes; the Windows profile's ACLs are per user")
    from engine.files.resources import reviews_path, user_cache_dir, user_data_dir, user_log_dir
    from engine.records.audit import default_audit_path
    from engine.records.readings import ReviewStore

    old = os.umask(0o022)
    try:
        folder = noisy_images(tmp_path / "s", 2)
        out = tmp_path / "out"
        assert run_predict(tiny_bundle, str(folder), "--csv", str(out / "r.csv"), "--heatmaps", str(out / "heat"),
                    "--heatmaps-all", "--report", str(out / "r.pdf")) == 0
        ReviewStore(reviews_path()).close()
    finally:
        os.umask(old)
    files = [cache_file(), default_audit_path(), reviews_path(), out / "r.csv", out / "r.pdf",
             *(out / "heat").iterdir(), cache_file().with_name("results.jsonl.key")]
    assert len(files) >= 8
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    for d in (user_cache_dir(), user_data_dir(), user_log_dir(), out, out / "heat"):
        assert stat.S_IMODE(d.stat().st_mode) == 0o700, d


@pytest.mark.parametrize("what", ["audit_log", "site_profile", "model"])
@pytest.mark.hazard("H-024")
def test_outputs_never_replace_pneumoscans_own_files(tiny_bundle: Path, tmp_path: Path, capsys, what: str) -> None:
    from engine.records.audit import default_audit_path

    folder = noisy_images(tmp_path / "s", 1)
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "first.csv")) == 0
    path, _meta = fitted_site_profile(tiny_bundle, tmp_path)
    target = {"audit_log": default_audit_path(), "site_profile": path, "model": tiny_bundle / "bundle.json"}[what]
    before = target.read_bytes()
    capsys.readouterr()
    assert run_predict(tiny_bundle, str(folder), "--site-profile", str(path), "--csv", str(target), "--overwrite") == 4
    assert "Pneumoscan's own files" in capsys.readouterr().err
    assert target.read_bytes()[: len(before)] == before  # the audit log may have grown by the refusal's record


@pytest.mark.hazard("H-024")
def test_an_input_inside_the_heatmap_folder_is_refused(tiny_bundle: Path, tmp_path: Path) -> None:
    folder = noisy_images(tmp_path / "s", 2)
    heat = tmp_path / "heat"
    heat.mkdir()
    (folder / "img1.png").rename(heat / "img1.png")
    assert run_predict(tiny_bundle, str(folder / "img0.png"), str(heat / "img1.png"), "--csv", str(tmp_path / "r.csv"),
                "--heatmaps", str(heat)) == 4


@pytest.mark.hazard("H-024")
def test_a_heatmap_folder_above_the_studies_is_fine(tiny_bundle: Path, tmp_path: Path) -> None:
    """Overlays can only collide with files directly in their folder: studies in a subfolder of it are safe."""
    folder = noisy_images(tmp_path / "desk" / "studies", 1)
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--heatmaps", str(tmp_path / "desk"),
                "--heatmaps-all") == 0
    assert len(list((tmp_path / "desk").glob("*_heatmap.png"))) == 1
