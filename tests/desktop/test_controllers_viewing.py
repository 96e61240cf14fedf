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


@pytest.mark.hazard("H-048")
def test_a_file_changed_since_its_analysis_is_not_shown_beside_its_result_and_takes_no_reading(
        make_controller, tiny_bundle, qtbot, tmp_path: Path) -> None:
    """The viewer reads the file again to show it; bytes that are not the ones analysed are neither shown beside the
    old result nor open to a reading, and the row waits to be analysed again (at once where the app analyses what it
    opens)."""
    import hashlib

    c, path = _analysed(make_controller, _occlusion_bundle(tiny_bundle, tmp_path, 0.5), qtbot, tmp_path)
    other = str(Path(path).with_name("b.png"))
    write_raster(Path(other), gradient(96, 96, maxval=255, seed=9).astype(np.uint8))
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        c.open_paths([other], mode="add")
    row = next(r for r in c.table.rows if r.path == path)
    old_sha = row.prediction.sha256
    c.settings.auto_analyse = False
    c.window.study_list.select_path(other)
    qtbot.waitUntil(lambda: c.viewing.displayed_row() is not None, timeout=20000)

    write_raster(Path(path), 255 - gradient(96, 96, maxval=255, seed=4).astype(np.uint8))  # another film, same name
    new_sha = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    c.window.study_list.select_path(path)
    qtbot.waitUntil(lambda: c.viewing.changed_row() is row, timeout=20000)
    assert c.viewing.displayed_row() is None and c.viewing.current_image is None
    assert c.window.viewer.heatmap is None
    assert "changed since it was analysed" in c.window.viewer.placeholder.text()
    assert "Changed since it was analysed" in c.window.details.label.text()
    assert not c.window.details.reading_box.isVisibleTo(c.window.details)
    c.clinician.reading("PNEUMONIA")
    assert c.reviews.current(old_sha) is None and c.reviews.current(new_sha) is None
    assert "changed since it was analysed" in c.window.statusBar().currentMessage()
    assert row.status == "pending"  # Analyse selected takes it again

    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        c.analyse([path], say=True)
    qtbot.waitUntil(lambda: c.viewing.displayed_row() is row, timeout=20000)
    assert row.prediction.sha256 == new_sha and c.viewing.changed_row() is None
    assert c.clinician.on_screen(quiet=True) is row  # the new result is on screen: it may be read

    c.settings.auto_analyse = True  # where the app analyses what it opens, a changed file is analysed at once
    c.window.study_list.select_path(other)
    qtbot.waitUntil(lambda: c.viewing.displayed_row() is not None and c.viewing.displayed_row().path == other,
                    timeout=20000)
    write_raster(Path(path), gradient(96, 96, maxval=255, seed=11).astype(np.uint8))
    third = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    c.window.study_list.select_path(path)
    qtbot.waitUntil(lambda: row.prediction.sha256 == third and c.viewing.displayed_row() is row, timeout=60000)
