"""bench/cluster.py kept alive: the cluster benchmark runs end to end on six images (issue 34)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, write_raster

ROOT = Path(__file__).resolve().parents[2]
pytest.importorskip("ray", reason="Ray is not installed: pip install 'pneumoscan[cluster]'")


def test_cluster_benchmark_runs_end_to_end(tmp_path: Path) -> None:
    folder = tmp_path / "img"
    folder.mkdir()
    for i in range(6):
        write_raster(folder / f"i{i}.png", gradient(96, 96, maxval=255, seed=i).astype(np.uint8))
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "cluster.py"), "--data", str(folder), "--n", "6",
                           "--workers", "1", "--batch-size", "2", "--json", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    res = json.loads(out.read_text())
    assert res["n"] == 6 and res["local_images_per_s"] > 0 and res["cluster_1_images_per_s"] > 0
    assert "cluster, 1 worker(s)" in done.stdout
