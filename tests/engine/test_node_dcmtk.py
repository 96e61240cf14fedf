"""The node against programs this project did not write: dcmtk's echoscu / storescu as the X-ray unit, storescp
as the PACS, img2dcm and the dcmtk codecs for the test images, dicom3tools' dciodvfy on every object sent back.
bench/node_loop.py does it all (100 images for the figures in the README); here on 8 images and the tiny bundle,
so the benchmark cannot rot.  .ci/run installs dcmtk and dicom3tools; without them these tests skip."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, write_raster

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
pytest.importorskip("pynetdicom")
import node_loop  # noqa: E402

if node_loop.missing_tools():
    pytest.skip(f"dcmtk / dicom3tools not installed ({', '.join(node_loop.missing_tools())}): apt-get install dcmtk "
                "dicom3tools (.ci/run does)", allow_module_level=True)


@pytest.mark.hazard("H-038", "H-050")
def test_dcmtk_echoscu_gets_an_answer_and_a_wrong_called_title_is_refused(tiny_bundle: Path, tmp_path: Path) -> None:
    from test_cli_node import node_cmd, start

    proc, port = start(node_cmd(tiny_bundle, tmp_path))
    try:
        ok = subprocess.run([node_loop.tool("echoscu"), "-aec", "PNEUMOSCAN", "127.0.0.1", str(port)],
                            capture_output=True, text=True, timeout=60)
        wrong = subprocess.run([node_loop.tool("echoscu"), "-aec", "SOMEONE", "127.0.0.1", str(port)],
                               capture_output=True, text=True, timeout=60)
    finally:
        proc.terminate()
        proc.wait(60)
    assert ok.returncode == 0, ok.stderr
    assert wrong.returncode != 0 and "Called AE Title Not Recognized" in wrong.stderr, wrong.stderr


@pytest.mark.hazard("H-040")
def test_the_whole_loop_with_dcmtk_and_dciodvfy(tiny_bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    for cls in ("PNEUMONIA", "NORMAL"):
        (data / cls).mkdir(parents=True)
        for i in range(4):
            write_raster(data / cls / f"{cls}{i}.png",
                         gradient(128, 128, maxval=255, seed=i + (9 if cls == "NORMAL" else 0)).astype(np.uint8))
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "node_loop.py"), "--images", "8", "--single", "2",
                           "--data", str(data), "--model", str(tiny_bundle), "--json", str(out), "--timeout", "240"],
                          capture_output=True, text=True, timeout=600, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    res = json.loads(out.read_text())
    assert res["ok"] and res["node_rows"] == res["rows_as_predict"] == 8
    assert res["pacs_received"] == {"secondary_capture": 8, "comprehensive_3d_sr": 8}
    assert res["dciodvfy_errors"] == 0 and res["node_exit"] == 0
    assert len(res["syntaxes"]) == 8 and res["idle_latency_s"]["n"] == 2
    assert "end of C-STORE -> CSV row" in done.stdout
