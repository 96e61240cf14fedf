"""bench/heatmap_cost.py kept alive: the benchmark of what the heatmap costs runs end to end on a tiny bundle whose
map is an occlusion sweep (the ONNX-only test bundle with its heatmap block switched; no torch needed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
from factories import gradient, write_raster

ROOT = Path(__file__).resolve().parents[2]


def test_heatmap_cost_benchmark_runs_on_an_occlusion_bundle(tiny_bundle: Path, tmp_path: Path) -> None:
    import shutil

    bundle = Path(shutil.copytree(tiny_bundle, tmp_path / "occ"))
    meta = json.loads((bundle / "bundle.json").read_text())
    meta["heatmap"] = {**meta.get("heatmap", {}), "scale": 1.0, "rule": "fixed for tests", "method": "occlusion",
                       "grid": 4, "refine": 2}
    meta["decision"]["threshold"] = 1e-6  # every image a PNEUMONIA call: every map shown
    meta["decision"].pop("band", None)
    (bundle / "bundle.json").write_text(json.dumps(meta))
    folder = tmp_path / "img"
    folder.mkdir()
    for i in range(3):
        write_raster(folder / f"i{i}.png", gradient(96, 96, maxval=255, seed=i).astype(np.uint8))
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "heatmap_cost.py"), "--model", str(bundle),
                           "--data", str(folder), "--n", "3", "--json", str(out)], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    res = json.loads(out.read_text())
    assert res["method"] == "occlusion" and res["shown"] == 3
    assert res["b_select_s_median"] > 0 and res["b_select_again_s_median"] < res["b_select_s_median"]
    for key in ("c_export_s_made_first", "c_export_s_made_during", "d_report_s_made_first", "d_report_s_made_during"):
        assert res[key] > 0, key
    assert "(b) selecting an image" in done.stdout
