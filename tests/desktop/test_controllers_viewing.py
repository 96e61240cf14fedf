"""desktop.controllers.viewing: an occlusion bundle's map is made off the GUI thread when an image is shown with
its heatmap (or when the heatmap is switched on), and the viewer shows exactly the map the engine makes for
exports, reports and the DICOM node (issue 31)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, write_raster


def _occlusion_bundle(tiny_bundle: Path, tmp_path: Path, threshold: float) -> Path:
    bundle = Path(shutil.copytree(tiny_bundle, tmp_path / f"occ{threshold}"))
    meta = json.loads((bundle / "bundle.json").read_text())
    meta["heatmap"] = {**meta.get("heatmap", {}), "scale": 0.05, "rule": "fixed for tests", "method": "occlusion",
                       "grid": 4, "refine": 0}
    meta["decision"]["threshold"] = threshold
    meta["decision"].pop("band", None)
    (bundle / "bundle.json").write_text(json.dumps(meta))
    return bundle


def _analysed(make_controller, bundle: Path, qtbot, tmp_path: Path):
    folder = tmp_path / "study"
    folder.mkdir()
    write_raster(folder / "a.png", gradient(96, 96, maxval=255, seed=4).astype(np.uint8))
    c = make_controller(bundle, auto_analyse=True, trust=True)
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        c.open_paths([str(folder)])
    return c, str(folder / "a.png")


@pytest.mark.hazard("H-031")
def test_the_viewer_shows_the_engines_map_made_when_the_image_is_shown(make_controller, tiny_bundle, qtbot,
                                                                         tmp_path: Path) -> None:
    c, path = _analysed(make_controller, _occlusion_bundle(tiny_bundle, tmp_path, 1e-6), qtbot, tmp_path)
    row = next(r for r in c.table.rows if r.path == path)
    assert row.prediction.label == "PNEUMONIA" and row.prediction.cam is None  # the batch made no map
    c.window.study_list.select_path(path)
    qtbot.waitUntil(lambda: c.window.viewer.heatmap is not None, timeout=30000)
    assert c.window.viewer.heatmap_check.isChecked()
    expected = c.session.service.explain(row.prediction).heatmap  # kept by the classifier: the same map
    np.testing.assert_array_equal(c.window.viewer.heatmap, expected)
    assert c.window.viewer.heatmap_status.text() == ""


@pytest.mark.hazard("H-044")
def test_a_normal_results_map_is_made_only_when_the_heatmap_is_switched_on(make_controller, tiny_bundle, qtbot,
                                                                            tmp_path: Path) -> None:
    c, path = _analysed(make_controller, _occlusion_bundle(tiny_bundle, tmp_path, 1 - 1e-6), qtbot, tmp_path)
    row = next(r for r in c.table.rows if r.path == path)
    assert row.prediction.label == "NORMAL"
    made = []
    real = c.session.service.explain
    c.session.service.explain = lambda p: (made.append(p.path), real(p))[1]
    c.window.study_list.select_path(path)
    qtbot.waitUntil(lambda: c.viewing.displayed_row() is not None, timeout=20000)
    qtbot.wait(300)
    assert not c.window.viewer.heatmap_check.isChecked() and made == [] and c.window.viewer.heatmap is None
    c.window.viewer.heatmap_check.setChecked(True)  # Ctrl+H
    qtbot.waitUntil(lambda: c.window.viewer.heatmap is not None, timeout=30000)
    assert made == [path]
