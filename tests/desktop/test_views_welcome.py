"""First launch does the main job at once; later launches without paths show the welcome view."""

from __future__ import annotations

from pathlib import Path

from engine.files.resources import default_model_dir, samples_dir


def test_first_launch_analyses_samples_then_welcome(make_controller, qsettings, qtbot) -> None:
    c = make_controller(default_model_dir())  # the shipped model, as a new user gets it
    assert not c.settings.samples_shown
    with qtbot.waitSignal(c.analysis_finished, timeout=120000):
        c.start([])
    assert not c.window.welcome_shown()
    by_name = {Path(r.path).name: r for r in c.table.rows}
    assert set(by_name) == {p.name for p in samples_dir().iterdir() if p.suffix in (".png", ".jpeg", ".dcm")}
    assert by_name["adult_chest_CR_jpeg_baseline.dcm"].status == "out_of_scope"
    ped = by_name["pediatric_chest_CR_rle.dcm"]
    assert ped.status == "ok" and ped.label in ("NORMAL", "PNEUMONIA")
    assert by_name["pneumonia_person100_bacteria_475.jpeg"].label == "PNEUMONIA"
    assert by_name["normal_IM-0001-0001.png"].label == "NORMAL"
    assert c.settings.samples_shown
    assert c.settings.recent_folders() == []  # the samples are not a clinic's folder
    c.window.close()
    c.shutdown()

    again = make_controller(default_model_dir(), settings=qsettings)
    again.start([])
    assert again.window.welcome_shown()
    assert again.table.rowCount() == 0
    with qtbot.waitSignal(again.analysis_finished, timeout=120000):
        again.window.welcome.samples_button.click()  # "Analyse the sample images"
    assert not again.window.welcome_shown()
    assert sum(r.status in ("ok", "out_of_scope") for r in again.table.rows) == 4


def test_welcome_lists_recent_folders_and_close_returns_to_it(make_controller, tmp_path, qtbot) -> None:
    import numpy as np
    from factories import gradient, write_raster

    folder = tmp_path / "study"
    folder.mkdir()
    c = make_controller()
    c.settings.mark_samples_shown()
    with qtbot.waitSignal(c.discovery_finished, timeout=20000):
        c.open_paths([str(folder)])  # nothing in it: the welcome view stays, and says so
    assert c.window.welcome_shown() and "No images found in study" in c.window.statusBar().currentMessage()
    write_raster(folder / "a.png", gradient(96, 96, maxval=255).astype(np.uint8))
    with qtbot.waitSignal(c.discovery_finished, timeout=20000):
        c.open_paths([str(folder)])
    c.window.act_clear.trigger()
    assert c.window.welcome_shown()
    items = [c.window.welcome.recent.item(i).data(256) for i in range(c.window.welcome.recent.count())]
    assert items == [str(folder.resolve())]
    with qtbot.waitSignal(c.discovery_finished, timeout=20000):
        c.window.welcome.recent_requested.emit(items[0])
    assert not c.window.welcome_shown()
