"""bench/inference.py kept alive: the benchmark runs end to end on a tiny bundle.

Gathered, when the tests were named for the modules they test, from: test_messages_and_tools.py (Plain
messages (gate reasons, results), the CSV's result column, the batch's progress lines in a log, and the).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, write_raster

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.needs_torch  # the benchmark counts the network's FLOPs with torch
def test_inference_benchmark_runs_end_to_end_on_a_tiny_bundle(tiny_bundle: Path, tmp_path: Path) -> None:
    """bench/inference.py (every step: the model alone, the end-to-end pipeline and the no-op pipeline that broke
    once) on a 64 px random bundle and six images, each rate measured for a fraction of a second."""
    folder = tmp_path / "img"
    folder.mkdir()
    for i in range(6):
        write_raster(folder / f"i{i}.png", gradient(96, 96, maxval=255, seed=i).astype(np.uint8))
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "inference.py"), "--model", str(tiny_bundle),
                           "--data", str(folder), "--n", "8", "--n-noop", "16", "--skip-memory", "--skip-naive",
                           "--seconds", "0.05", "--json", str(out)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    res = json.loads(out.read_text())
    for key in ("b_model", "c_end_to_end", "pipeline_noop_images_per_s", "floor_images_per_s"):
        assert res[key] > 0, key
    assert set(res["targets"]) >= {"c_end_to_end >= 0.9 x b_model (same precision)", "pipeline_noop_images_per_s >= 400"}
    assert "(p) the file pipeline with a no-op model" in done.stdout
