"""In the app: review with the keyboard, a note, the report, calibration from reviewed images, PPV / NPV."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from factories import gradient, write_raster


def _folder(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        write_raster(folder / f"i{i:02d}.png", np.roll(gradient(96, 96, maxval=255, seed=i).astype(np.uint8), i, 0))
    return folder


def _select(c, qtbot, path: str) -> None:
    c.window.study_list.select_path(path)
    qtbot.waitUntil(lambda: c._current_image is not None and c._current_image.path == path, timeout=20000)


def test_keyboard_review_note_summary_csv_and_report(make_controller, tiny_bundle, tmp_path, qtbot) -> None:
    from engine.reviews import ReviewStore

    c = make_controller(tiny_bundle, auto_analyse=True)
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        c.open_paths([str(_folder(tmp_path / "s", 3))])
    rows = c.table.rows
    _select(c, qtbot, rows[0].path)
    assert "none yet" in c.window.details.review_label.text()
    assert "prevalence" in c.window.details.predictive.text()  # PPV / NPV at the clinic's prevalence
    c.window.act_agree.trigger()  # A
    assert rows[0].review.verdict == "agree" and rows[0].review.final_label == rows[0].prediction.label
    c.window.details.note_edit.setText("lobar opacity, follow up")
    c.window.details.note_edit.returnPressed.emit()
    # durable: a fresh connection to the store sees it, note included
    again = ReviewStore(c.reviews.path).get(rows[0].prediction.sha256, rows[0].prediction.bundle_sha256)
    assert again.note == "lobar opacity, follow up" and again.verdict == "agree"
    _select(c, qtbot, rows[1].path)
    c.window.act_disagree.trigger()  # D
    assert rows[1].review.final_label not in ("", rows[1].prediction.label)
    assert c.table.data(c.table.index(0, c.table.REVIEW)) == "\u2713"
    out = tmp_path / "r.csv"
    with qtbot.waitSignal(c.export_finished, timeout=20000):
        c.export_csv(str(out), list(rows))
    text = out.read_text(encoding="utf-8-sig")
    assert "lobar opacity, follow up" in text and ",disagree," in text
    with qtbot.waitSignal(c.clinician.report_written, timeout=60000):
        c.clinician.report(str(tmp_path / "r.pdf"), list(rows))
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):  # the next batch's summary counts the reviews
        c.open_paths([str(_folder(tmp_path / "s2", 1))])
    assert c.last_summary is not None


def test_calibrate_from_reviewed_images_and_back(make_controller, tiny_bundle, tmp_path, qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    c = make_controller(tiny_bundle, auto_analyse=True)
    with qtbot.waitSignal(c.analysis_finished, timeout=120000):
        c.open_paths([str(_folder(tmp_path / "s", 70))])
    rows = sorted(c.table.rows, key=lambda r: r.prediction.logit)
    for rank, r in enumerate(rows):  # the clinician confirms: labels follow the ranking, with a few corrections
        c.window.study_list.select_path(r.path)
        want = "PNEUMONIA" if (rank >= 35) != (rank % 11 == 0) else "NORMAL"
        c.clinician.review("agree" if r.prediction.label == want else "disagree")
    logits, labels = c.clinician.confirmed()
    assert len(labels) == 70
    with qtbot.waitSignal(c.clinician.profile_fitted, timeout=60000):
        c.window.act_calibrate.trigger()
    box = c.clinician.profile_dialog
    assert "Fitted on" in box.text()
    with qtbot.waitSignal(c.model_ready, timeout=60000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert c.bundle.site is not None and c.settings.site_profile_path
    qtbot.waitUntil(lambda: all(r.prediction.site_profile == c.bundle.site_profile for r in c.table.rows),
                    timeout=120000)  # results at the old operating point are redone
    with qtbot.waitSignal(c.model_ready, timeout=60000):
        c.window.act_bundle_point.trigger()  # one click back to the model's own operating point
    assert c.bundle.site is None and not c.settings.site_profile_path


def test_report_of_the_whole_batch_and_reviews_follow_the_file(make_controller, tiny_bundle, tmp_path, qtbot,
                                                              monkeypatch) -> None:
    import shutil

    folder = _folder(tmp_path / "s", 3)
    shutil.copy(folder / "i00.png", folder / "copy_of_i00.png")  # a byte-identical copy
    c = make_controller(tiny_bundle, auto_analyse=True)
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        c.open_paths([str(folder)])
    first = next(r for r in c.table.rows if r.path.endswith("i00.png") and "copy" not in r.path)
    _select(c, qtbot, first.path)
    c.window.act_unsure.trigger()
    copy = next(r for r in c.table.rows if "copy" in r.path)
    assert copy.review is not None and copy.review.verdict == "unsure"  # same bytes, same review
    # File > Print report with one row selected (the cursor) prints the whole batch: summary + 4 pages
    import desktop.clinician as clinician_mod

    out = tmp_path / "r.pdf"
    monkeypatch.setattr(clinician_mod.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert len(c.window.study_list.selected_rows()) == 1
    with qtbot.waitSignal(c.clinician.report_written, timeout=60000):
        c.window.act_report.trigger()
    data = out.read_bytes()
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") == 5


def test_settings_site_profile_is_applied_and_a_foreign_one_refused(make_controller, tiny_bundle, tmp_path, qtbot) -> None:
    import json

    from engine.bundle import load_bundle
    from engine.site import fit_site_profile, save_site_profile

    bundle = load_bundle(tiny_bundle)
    y = np.r_[np.zeros(40), np.ones(40)].astype(int)
    prof = fit_site_profile(bundle, np.where(y == 1, 2.0, -1.0) + np.linspace(-1.5, 1.5, 80), y, n_bootstrap=20)
    path = save_site_profile(prof, tmp_path / "site.json")
    c = make_controller(tiny_bundle)
    c.settings.site_profile_path = str(path)
    with qtbot.waitSignal(c.model_ready, timeout=60000):
        c.load_model()
    assert c.bundle.site is not None and c.bundle.site_profile == prof.digest
    assert "site profile" in c.window.model_status.text()
    meta = json.loads(path.read_text())
    meta["bundle_sha256"] = "0" * 64
    path.write_text(json.dumps(meta))
    with qtbot.waitSignal(c.model_ready, timeout=60000):
        c.load_model()
    assert c.bundle.site is None and c.settings.site_profile_path == ""
    assert c.window.last_message is not None and "another model bundle" in c.window.last_message[1]


def test_settings_choose_the_cpu_precision_and_the_model_reloads_with_it(make_controller, tiny_bundle, qtbot) -> None:
    from desktop.dialogs import SettingsDialog

    c = make_controller(tiny_bundle)
    assert c.settings.precision == "auto"
    dlg = SettingsDialog.for_settings(c.settings)
    qtbot.addWidget(dlg)
    assert dlg.precision.currentData() == "auto"
    dlg.precision.setCurrentIndex(dlg.precision.findData("fp32"))
    assert dlg.apply(c.settings) is True  # a precision change rebuilds the model
    assert c.settings.precision == "fp32"
    assert SettingsDialog.for_settings(c.settings).precision.currentData() == "fp32"
    with qtbot.waitSignal(c.model_ready, timeout=60000):
        c.load_model()
    assert c.session.service is not None and "fp32" in c.session.service.description
