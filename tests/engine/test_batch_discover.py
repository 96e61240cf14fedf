"""engine.batch.discover: folders walked in a stable order, DICOM sniffed, links and special files made rows.

Gathered, when the tests were named for the modules they test, from: test_discover.py; test_integrity.py
(Trust what decides a label; survive hostile files, names and disks without losing a row (issue 11)).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, make_dicom, trust_args, write_raster

from engine.batch.discover import discover
from engine.records.results_csv import read_csv_rows


def _tree(root: Path) -> Path:
    g = gradient(maxval=255).astype(np.uint8)
    (root / "study" / "series2").mkdir(parents=True)
    (root / "study" / ".hidden_dir").mkdir()
    write_raster(root / "study" / "b.png", g)
    write_raster(root / "study" / "a.jpg", g)
    make_dicom(root / "study" / "series2" / "IM000001", gradient(maxval=4095))  # no extension
    make_dicom(root / "study" / "series2" / "RAW2", gradient(maxval=4095), preamble=False)
    write_raster(root / "study" / ".hidden_dir" / "x.png", g)
    (root / "study" / "Thumbs.db").write_bytes(b"\x00" * 100)
    (root / "study" / ".DS_Store").write_bytes(b"\x00" * 100)
    (root / "study" / ".secret.png").write_bytes(b"junk")
    (root / "study" / "report.txt").write_text("findings: none")
    (root / "study" / "broken.png").write_text("not really a png")
    return root / "study"


ROOT = Path(__file__).resolve().parents[2]


def test_recursive_sorted_and_sniffed(tmp_path: Path) -> None:
    study = _tree(tmp_path)
    found = discover([study])
    names = [p.relative_to(study).as_posix() for p in found.images]
    assert names == ["a.jpg", "b.png", "broken.png", "series2/IM000001", "series2/RAW2"]
    assert [s.path.name for s in found.skipped] == ["report.txt"]
    assert "Not an image" in found.skipped[0].reason
    assert found.ignored == 4  # .hidden_dir, Thumbs.db, .DS_Store, .secret.png
    assert discover([study]).images == found.images  # deterministic


def test_files_keep_given_order_and_dedupe(tmp_path: Path) -> None:
    study = _tree(tmp_path)
    txt = study / "report.txt"
    found = discover([study / "b.png", txt, study / "a.jpg", study / "b.png", tmp_path / "missing.png"])
    assert [p.name for p in found.images] == ["b.png", "report.txt", "a.jpg"]
    assert [s.path.name for s in found.skipped] == ["missing.png"]


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
@pytest.mark.hazard("H-020")
def test_symlink_loop_terminates(tmp_path: Path) -> None:
    study = _tree(tmp_path)
    os.symlink(study, study / "series2" / "loop")
    os.symlink(tmp_path / "gone.png", study / "dangling.png")
    found = discover([study])
    assert len(found.images) == 5
    assert any("Broken shortcut" in s.reason for s in found.skipped)


def test_cancel_stops(tmp_path: Path) -> None:
    study = _tree(tmp_path)
    assert discover([study], cancel=lambda: True).images == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
@pytest.mark.hazard("H-020")
def test_fifo_and_device_links_become_rows_and_never_block(tmp_path: Path, tiny_bundle: Path) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    write_raster(folder / "good.png", gradient(96, 96, maxval=255).astype(np.uint8))
    fifo = folder / "pipe.png"
    os.mkfifo(fifo)
    os.symlink("/dev/zero", folder / "zero.dcm")
    named_fifo = tmp_path / "named_fifo"
    os.mkfifo(named_fifo)
    out = tmp_path / "o.csv"
    cmd = [sys.executable, "-m", "engine.cli.predict", str(folder), str(named_fifo), "--csv", str(out), "--model",
           str(tiny_bundle), *trust_args(tiny_bundle), "--quiet"]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120)  # a hang fails here
    assert done.returncode == 0, done.stderr
    rows = {Path(r["path"]).name: r for r in read_csv_rows(out)}
    assert rows["good.png"]["status"] == "ok"
    for name in ("pipe.png", "zero.dcm", "named_fifo"):
        assert rows[name]["status"] == "error" and rows[name]["error_code"] == "not_a_regular_file", rows[name]
        assert "not a regular file" in rows[name]["error"].lower()
