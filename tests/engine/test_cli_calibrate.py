"""pneumoscan-calibrate (engine.cli.calibrate): fitting a site profile from labelled images, then using it.

Gathered, when the tests were named for the modules they test, from: test_clinician.py (The clinician's side
(issue 13): reviews, the printable report, site calibration).
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, trust_args, write_raster

from engine.runners.classifier import Classifier


@pytest.mark.hazard("H-023")
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


@pytest.mark.hazard("H-007")
def test_repeated_rows_count_once_for_the_minimum(tiny_bundle: Path, tmp_path: Path) -> None:
    from engine.cli.calibrate import main as calibrate_main

    write_raster(tmp_path / "n.png", gradient(96, 96, maxval=255, seed=1).astype(np.uint8))
    write_raster(tmp_path / "p.png", gradient(96, 96, maxval=255, seed=2).astype(np.uint8))
    rows = "path,label\n" + "n.png,NORMAL\n" * 35 + "p.png,PNEUMONIA\n" * 35
    (tmp_path / "dup.csv").write_text(rows)
    assert calibrate_main([str(tmp_path / "dup.csv"), "--out", str(tmp_path / "d.json"), "--model", str(tiny_bundle),
                           *trust_args(tiny_bundle)]) == 2
    assert not (tmp_path / "d.json").exists()
