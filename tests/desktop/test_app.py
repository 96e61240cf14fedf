"""Desktop application, offscreen (pytest-qt), with a tiny random-weight bundle."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, make_dicom, write_raster


def _many_images(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        write_raster(folder / f"img{i:03d}.png", np.roll(gradient(96, 96, maxval=255, seed=i).astype(np.uint8), i, 1))
    return folder


def _select(c, qtbot, path: str, heat: bool = False) -> None:
    """Select a row and wait until its image (and heatmap) is on screen."""
    c.window.study_list.select_path(str(path))
    qtbot.waitUntil(lambda: c._current_image is not None and c._current_image.path == str(path)
                    and (not heat or c.window.viewer.heatmap is not None), timeout=20000)


def _opened_batch(make_controller, tiny_bundle, qtbot, folder: Path):
    """A controller with ``folder`` opened (not analysed) and small batches, so a batch takes a while."""
    c = make_controller(tiny_bundle)
    with qtbot.waitSignal(c.discovery_finished, timeout=20000):
        c.open_paths([str(folder)])
    c.classifier.batch_size = 2
    return c


def _statuses(c) -> dict[str, str]:
    return {Path(r.path).name: r.status for r in c.table.rows}


def test_no_model_still_opens_and_views(make_controller, mixed_folder, qtbot) -> None:
    c = make_controller()
    assert "No model installed" in c.window.model_status.text()
    assert not c.window.act_analyse_all.isEnabled()
    with qtbot.waitSignal(c.discovery_finished, timeout=20000):
        c.open_paths([str(mixed_folder)])
    st = _statuses(c)
    assert st["notes.txt"] == "error" and st["a.png"] == "pending"
    assert len(st) == 6
    reason = next(r.reason for r in c.table.rows if r.path.endswith("notes.txt"))
    assert "Not an image" in reason
    _select(c, qtbot, str(mixed_folder / "a.png"))
    assert c.window.viewer.rendered() is not None


@pytest.mark.needs_torch  # expects the DenseNet test bundle's labels (the ONNX one puts samples in its band)
def test_analysis_updates_table_and_viewer(make_controller, tiny_bundle, mixed_folder, qtbot) -> None:
    c = make_controller(tiny_bundle, auto_analyse=True)
    assert "ready on" in c.window.model_status.text()
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        c.open_paths([str(mixed_folder)])
    st = _statuses(c)
    assert [st[n] for n in ("a.png", "b.jpg", "IM0001")] == ["ok"] * 3
    assert st["empty.png"] == st["trunc.png"] == st["notes.txt"] == "error"
    row = next(r for r in c.table.rows if r.path.endswith("IM0001"))
    assert row.prediction.metadata["PatientID"] == "TEST-001"
    _select(c, qtbot, row.path, heat=True)
    assert c.window.viewer.heatmap is not None
    assert c.window.details.label.text().split()[-1] in ("NORMAL", "PNEUMONIA")
    # the table shows the result first, the 0-100 score, PatientID and the study date as a date
    model = c.table
    i = model.row_of(row.path)
    assert model.data(model.index(i, model.RESULT)) in ("\u25b2 PNEUMONIA", "\u25cb NORMAL", "\u25c7 Indeterminate")
    assert model.data(model.index(i, model.PATIENT)) == "TEST-001"
    assert float(model.data(model.index(i, model.SCORE)).lstrip("<>")) == pytest.approx(
        row.prediction.p_pneumonia * 100, abs=0.5)
    # reopening analysed files does not re-run them: the loader finds them in the cache (no model run)
    calls = []
    orig = c.classifier._forward
    c.classifier._forward = lambda x: (calls.append(len(x)), orig(x))[1]
    c.table.set_status(row.path, "pending")
    with qtbot.waitSignal(c.analysis_finished, timeout=30000):
        c.analyse([row.path])
    assert calls == []
    assert c.table.rows[i].status == "ok" and c.table.rows[i].prediction.p_pneumonia == row.prediction.p_pneumonia


@pytest.mark.needs_torch  # needs the DenseNet test bundle's speed: the ONNX one finishes before the cancel
@pytest.mark.hazard("H-027")
def test_cancel_keeps_finished_rows(make_controller, tiny_bundle, tmp_path, qtbot) -> None:
    c = _opened_batch(make_controller, tiny_bundle, qtbot, _many_images(tmp_path / "many", 40))
    arrived = []

    def on_items(preds) -> None:  # the user presses Cancel once results have arrived
        arrived.extend(preds)
        if len(arrived) >= 2:
            c.window.cancel_button.click()

    c.batch.items_arrived.connect(on_items)
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        c.analyse([r.path for r in c.table.rows])
    done = [r for r in c.table.rows if r.status == "ok"]
    assert 2 <= len(done) < 40
    assert all(r.prediction is not None and r.prediction.ok for r in done)
    assert all(r.status == "pending" for r in c.table.rows if r not in done)
    assert not c.window.cancel_button.isVisible()


def test_heatmap_toggle_and_opacity_change_pixels(make_controller, tiny_bundle, tmp_path, qtbot) -> None:
    folder = _many_images(tmp_path / "one", 1)
    c = make_controller(tiny_bundle, auto_analyse=True)
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        c.open_paths([str(folder)])
    _select(c, qtbot, c.table.rows[0].path, heat=True)
    v = c.window.viewer
    assert v.heatmap is not None and v.heatmap.max() > 0
    v.heatmap_check.setChecked(True)  # shown by default only for findings; the user asks for it here
    with_heat = v.rendered().copy()
    v.heatmap_check.setChecked(False)
    without = v.rendered().copy()
    assert np.abs(with_heat.astype(int) - without.astype(int)).max() > 10
    assert np.allclose(without[..., 0], without[..., 1])  # plain greyscale
    v.heatmap_check.setChecked(True)
    v.opacity.setValue(10)
    faint = v.rendered().copy()
    v.opacity.setValue(90)
    strong = v.rendered().copy()
    assert np.abs(strong.astype(int) - without.astype(int)).sum() > np.abs(faint.astype(int) - without.astype(int)).sum()


@pytest.mark.hazard("H-015")
def test_window_level_changes_dicom_rendering(make_controller, tmp_path, qtbot) -> None:
    d = tmp_path / "dcm"
    d.mkdir()
    path = make_dicom(d / "IM1.dcm", gradient(128, 128, maxval=4095))
    c = make_controller()
    with qtbot.waitSignal(c.discovery_finished, timeout=20000):
        c.open_paths([str(path)])
    _select(c, qtbot, str(path))
    v = c.window.viewer
    assert v.preset.currentText() == "Full range" and v.wl_label.text() == "W 4095 L 2048"  # 12-bit stored values
    before = v.rendered().copy()
    v.set_window(2048, 2048)  # a narrower window in the file's units: more black and white
    contrast = v.rendered().copy()
    assert not np.array_equal(before, contrast) and v.preset.currentText() == "Custom"
    assert (contrast == 0).mean() > (before == 0).mean()
    v.view.window_dragged.emit(0.0, 0.2)  # right-drag upwards raises the level by a fifth of the range
    assert v.level == pytest.approx(2048 + 0.2 * 4095)
    v.invert_check.setChecked(True)
    assert v.rendered().mean() != pytest.approx(contrast.mean())


@pytest.mark.hazard("H-027")
def test_export_csv_from_gui(make_controller, tiny_bundle, mixed_folder, tmp_path, qtbot) -> None:
    c = make_controller(tiny_bundle, auto_analyse=True)
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        c.open_paths([str(mixed_folder)])
    out = tmp_path / "export" / "results.csv"
    with qtbot.waitSignal(c.export_finished, timeout=20000):
        c.export_csv(str(out), list(c.table.rows))
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 6
    assert sorted(r["status"] for r in rows) == ["error"] * 3 + ["ok"] * 3
    assert all(r["model_sha256"] == c.bundle.weights_sha256 for r in rows)
    heat = tmp_path / "heat"
    c.settings.heatmap_always = True  # export NORMAL results' overlays too (by default only findings')
    with qtbot.waitSignal(c.export_finished, timeout=30000):
        c.export_heatmaps(str(heat), [r for r in c.table.rows if r.status == "ok"])
    assert len(list(heat.glob("*.png"))) == 3
    assert not any(p.name.endswith(".png") and "heatmap" in p.name for p in mixed_folder.iterdir())


@pytest.mark.hazard("H-034")
def test_close_during_batch_exits_cleanly(make_controller, tiny_bundle, tmp_path, qtbot) -> None:
    c = _opened_batch(make_controller, tiny_bundle, qtbot, _many_images(tmp_path / "many", 30))
    c.analyse([r.path for r in c.table.rows])
    worker = c.analysis
    qtbot.waitUntil(lambda: any(r.status == "ok" for r in c.table.rows), timeout=60000)
    c.window.close()
    assert worker.done_event.wait(30)
    assert c.pool.pool.activeThreadCount() == 0


@pytest.mark.hazard("H-047")
def test_intended_use_is_asked_once(make_controller, qsettings, qtbot) -> None:
    c = make_controller(ask_intended_use=True)
    dlg = c.intended_use_dialog
    assert dlg is not None and dlg.isVisible()
    assert not dlg.ok_button.isEnabled()
    dlg.ack.setChecked(True)
    dlg.ok_button.click()
    assert c.settings.intended_use_acknowledged
    c2 = make_controller(ask_intended_use=True, settings=qsettings)
    assert c2.intended_use_dialog is None


@pytest.mark.hazard("H-034")
def test_worker_exception_reaches_the_user(make_controller, qtbot) -> None:
    c = make_controller()

    def boom(w):
        raise ValueError("disk on fire")

    w = c._start(boom, "test task")
    qtbot.waitUntil(lambda: c.window.last_message is not None, timeout=10000)
    assert "disk on fire" in c.window.last_message[1]
    assert w.done_event.is_set()


def test_screenshot(make_controller, tiny_bundle, shared_data, tmp_path, qtbot) -> None:
    """Render the main window with a real chest X-ray and its heatmap, for a reviewer to look at."""
    img = sorted((shared_data / "kermany224" / "test" / "PNEUMONIA").iterdir())[0]
    c = make_controller(tiny_bundle, auto_analyse=True)
    c.window.resize(1400, 860)
    c.window.show()
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        c.open_paths([str(img)])
    _select(c, qtbot, str(img), heat=True)
    qtbot.wait(200)
    shot = tmp_path / "pneumoscan_main_window.png"
    assert c.window.grab().save(str(shot))
    from PySide6.QtGui import QImage

    q = QImage(str(shot))
    assert q.width() >= 1000 and q.height() >= 600
    arr = np.frombuffer(q.convertToFormat(QImage.Format.Format_RGB888).constBits(), np.uint8)
    assert arr.std() > 20
    print(f"screenshot: {shot}")


@pytest.mark.hazard("H-024")
def test_save_dialogs_never_write_over_a_listed_image(make_controller, tiny_bundle, mixed_folder, tmp_path,
                                                      qtbot) -> None:
    """Issue 27: the app's CSV, report and heatmap destinations follow the command line's rule."""
    from desktop.controllers.exports import output_refused

    c = make_controller(tiny_bundle)
    with qtbot.waitSignal(c.discovery_finished, timeout=20000):
        c.open_paths([str(mixed_folder)])
    rows = list(c.table.rows)
    image = next(r.path for r in rows if r.path.endswith(".png"))
    before = Path(image).read_bytes()
    assert output_refused(c.window, rows, {"The CSV": image})
    assert "never writes over an input" in c.window.last_message[1]
    assert output_refused(c.window, rows, {"The report": image})
    assert output_refused(c.window, rows, folders={"The heatmap folder": str(mixed_folder)})
    assert output_refused(c.window, rows, folders={"The heatmap folder": str(mixed_folder / "sub" / "heat")})
    assert not output_refused(c.window, rows, {"The CSV": str(tmp_path / "elsewhere.csv")})
    assert not output_refused(c.window, rows, folders={"The heatmap folder": str(tmp_path / "heat")})
    assert Path(image).read_bytes() == before


@pytest.mark.hazard("H-029")
def test_settings_and_log_files_are_private(qsettings, tmp_path) -> None:
    import logging
    import os
    import stat

    from desktop.__main__ import _PrivateRotatingFileHandler
    from desktop.settings import AppSettings

    old = os.umask(0o022)
    try:
        s = AppSettings(qsettings)
        s.device = "cpu"
        qsettings.sync()  # Qt's own save, as it happens during a session (not only at a clean exit)
        (tmp_path / "logs").mkdir()
        log = _PrivateRotatingFileHandler(str(tmp_path / "logs" / "p.log"), maxBytes=200, backupCount=2)
        for i in range(20):  # several rollovers: every file it opens is private
            log.emit(logging.LogRecord("t", logging.INFO, __file__, 0, f"line {i} " * 5, None, None))
        log.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(qsettings.fileName()).st_mode) == 0o600
    logs = list((tmp_path / "logs").iterdir())
    assert len(logs) == 3 and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in logs)


@pytest.mark.hazard("H-028")
def test_an_unwritable_audit_log_is_said_on_screen(make_controller, tiny_bundle, mixed_folder, tmp_path,
                                                   qtbot) -> None:
    c = make_controller(tiny_bundle, auto_analyse=True)
    c.audit.path = tmp_path  # a folder: no line can be appended to it
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        c.open_paths([str(mixed_folder)])
    qtbot.waitUntil(lambda: c.window.last_message[0] == "The audit log is not being written", timeout=5000)
    assert c.audit.failed and "not recorded" in c.window.last_message[1]


@pytest.mark.hazard("H-024")
def test_heatmaps_never_go_inside_an_opened_folder(make_controller, tiny_bundle, tmp_path, qtbot) -> None:
    """Found by the desktop review: images only in subfolders of the opened folder, overlays into a new folder
    beside them -- the next opening read the overlays as radiographs."""
    from desktop.controllers.exports import output_refused

    root = tmp_path / "root"
    for sub in ("NORMAL", "PNEUMONIA"):
        (root / sub).mkdir(parents=True)
        write_raster(root / sub / "a.png", gradient(96, 96, maxval=255).astype(np.uint8))
    c = make_controller(tiny_bundle)
    with qtbot.waitSignal(c.discovery_finished, timeout=20000):
        c.open_paths([str(root)])
    rows = list(c.table.rows)
    assert output_refused(c.window, rows, folders={"The heatmap folder": str(root / "overlays")},
                          opened=c.exports.opened_folders)
    assert not output_refused(c.window, rows, folders={"The heatmap folder": str(tmp_path / "overlays")},
                              opened=c.exports.opened_folders)


@pytest.mark.hazard("H-011")
def test_the_age_relaxation_has_a_range_and_a_relaxed_result_is_marked(qsettings, qtbot) -> None:
    """Issue 28 (first part): the setting says what it admits, and a result it let through is marked in the list
    and beside the headline."""
    from desktop.settings import AppSettings
    from desktop.views import dialogs
    from desktop.views.panels.details import DetailsPanel
    from desktop.views.table_models import StudyTableModel
    from engine.runners.results import Prediction

    s = AppSettings(qsettings)
    dlg = dialogs.SettingsDialog.for_settings(s)
    qtbot.addWidget(dlg)
    assert not dlg.unknown_age.isEnabled()
    dlg.relax_boxes["age"].setChecked(True)
    assert dlg.unknown_age.isEnabled()
    dlg.unknown_age.setValue(10)
    assert dlg.apply(s)  # the model is rebuilt with the new policy
    policy = s.gate_policy()
    assert policy.relaxed == {"age"} and policy.unknown_age_max == 10
    assert "children up to 10 years" in policy.describe()[0]

    pred = Prediction(path="/x/a.png", status="ok", sha256="ab" * 32, label="NORMAL", band="normal", p_pneumonia=0.1,
                      threshold=0.5, relaxed_checks=("age:looks_adult (no age recorded, admitted as a child up to 10 "
                                                     "years)",))
    table = StudyTableModel()
    table.add_paths(["/x/a.png"])
    table.set_predictions([pred])
    assert "relaxed" in table.data(table.index(0, table.RESULT))
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_result(pred, None)
    assert "RELAXED" in panel.relaxed.text() and "up to 10 years" in panel.relaxed.text()
    panel.show_result(Prediction(path="/x/b.png", status="ok", sha256="cd" * 32, label="NORMAL", band="normal",
                                 p_pneumonia=0.1, threshold=0.5), None)
    assert panel.relaxed.text() == "" and not panel.relaxed.isVisibleTo(panel)


@pytest.mark.hazard("H-012")
def test_a_settings_change_decides_every_row_again_from_stored_outputs(make_controller, tiny_bundle, tmp_path, qtbot,
                                                                      monkeypatch) -> None:
    """Issue 28 (second part): no row keeps a result made under other settings, and no model runs for it."""
    from engine.runners.classifier import Classifier

    folder = tmp_path / "s"
    folder.mkdir()
    make_dicom(folder / "ct.dcm", gradient(96, 96, maxval=4095), modality="CT")
    write_raster(folder / "a.png", gradient(96, 96, maxval=255).astype(np.uint8))
    c = make_controller(tiny_bundle, auto_analyse=True)
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        c.open_paths([str(folder)])
    assert _statuses(c)["ct.dcm"] == "out_of_scope"
    c.analyse([r.path for r in c.table.rows], say=True)
    assert "Nothing to analyse" in c.window.statusBar().currentMessage()  # Analyse all says what it did
    runs = []
    real = Classifier._forward
    monkeypatch.setattr(Classifier, "_forward", lambda self, x: runs.append(len(x)) or real(self, x))
    c.settings.relaxed_checks = ["modality"]
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        c.load_model()
    rows = {Path(r.path).name: r for r in c.table.rows}
    assert rows["ct.dcm"].status == "ok" and rows["ct.dcm"].prediction.relaxed_checks
    key = c.session.service.classifier.decision_key
    assert all(r.decided_under == key for r in rows.values())
    assert runs == []  # decided again from the cached model outputs


def test_the_model_card_shows_a_band_without_its_optional_validation_share(qtbot) -> None:
    """A band needs only ``low`` and ``high`` (the loader accepts it); the model card once read
    ``val_fraction_in_band`` unconditionally, so such a bundle stopped the app at its trust question (KeyError).
    Found by the torch-free run, whose committed ONNX-only bundle has such a band."""
    from desktop.views.dialogs import model_card_html
    from engine.bundle.model_bundle import load_bundle

    bundle = load_bundle(Path(__file__).resolve().parents[1] / "fixtures" / "onnx_bundle")
    assert set(bundle.meta["decision"]["band"]) == {"low", "high", "rule"}
    html = model_card_html(bundle)
    assert "Indeterminate band: scores 45-55" in html and "of validation images" not in html
