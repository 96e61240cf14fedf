"""One study in view: opening asks to replace (the default) or add, rows carry their study and the list groups by
it, the summary covers the list, exports default to the study on screen and say what they hold, samples never mix
with a patient's images."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, make_dicom, write_raster
from PySide6.QtWidgets import QMessageBox


def _pngs(folder: Path, n: int, seed: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        write_raster(folder / f"img{i}.png", gradient(96, 96, maxval=255, seed=seed + i).astype(np.uint8))
    return folder


def _open(c, qtbot, paths, mode=None):
    with qtbot.waitSignal(c.discovery_finished, timeout=20000):
        c.open_paths([str(p) for p in paths], mode=mode)


def _answer(c, qtbot, text: str) -> None:
    """Click a button of the replace / add question (it is window-modal, never blocking)."""
    qtbot.waitUntil(lambda: c.opener.question is not None and c.opener.question.isVisible(), timeout=5000)
    box = c.opener.question
    button = next(b for b in box.buttons() if b.text() == text)
    with qtbot.waitSignal(c.discovery_finished, timeout=20000):
        button.click()


@pytest.mark.hazard("H-013")
def test_a_second_folder_asks_and_replaces_by_default(make_controller, tmp_path, qtbot) -> None:
    c = make_controller()
    a, b = _pngs(tmp_path / "patient_a", 3), _pngs(tmp_path / "patient_b", 2, seed=10)
    _open(c, qtbot, [a])
    c.open_paths([str(b)])
    qtbot.waitUntil(lambda: c.opener.question is not None and c.opener.question.isVisible(), timeout=5000)
    box = c.opener.question
    assert box.defaultButton().text() == "Replace the list"
    assert "3 images from 1 study" in box.text()
    assert {btn.text() for btn in box.buttons()} >= {"Replace the list", "Add to the list"}
    assert len(c.table.rows) == 3  # nothing happens before the answer
    _answer(c, qtbot, "Replace the list")
    assert sorted(Path(r.path).parent.name for r in c.table.rows) == ["patient_b"] * 2
    assert not c.window.welcome_shown()  # the viewer, not Close all's welcome view
    assert c.window.study_list.table.horizontalHeader().isSectionHidden(c.table.STUDY)  # one study: no column


@pytest.mark.hazard("H-013")
def test_add_groups_by_study_and_the_summary_covers_the_list(make_controller, tiny_bundle, tmp_path, qtbot) -> None:
    c = make_controller(tiny_bundle, auto_analyse=True)
    a, b = _pngs(tmp_path / "a", 2), _pngs(tmp_path / "b", 2, seed=5)
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        _open(c, qtbot, [b])
    c.open_paths([str(a)])
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        _answer(c, qtbot, "Add to the list")
    sl = c.window.study_list
    qtbot.waitUntil(lambda: not sl.table.horizontalHeader().isSectionHidden(c.table.STUDY), timeout=5000)
    shown = [Path(r.path).parent.name for r in sl.filtered_rows()]
    assert shown == ["a", "a", "b", "b"]  # grouped: a study's rows together, studies in label order
    assert [r.study.label for r in sl.filtered_rows()][0] == "folder a"
    assert c.last_summary["in_list"]["rows"] == 4 and c.last_summary["in_list"]["studies"] == 2
    assert "In the list: 4 rows, 2 studies" in sl.summary.text.text()
    c.window.act_group.setChecked(False)  # ungrouped: the order they were opened in
    assert [Path(r.path).parent.name for r in sl.filtered_rows()] == ["b", "b", "a", "a"]
    c.window.act_last.trigger()
    assert sl.current_row().path == sl.filtered_rows()[-1].path
    c.window.act_first.trigger()
    assert sl.current_row().path == sl.filtered_rows()[0].path


@pytest.mark.hazard("H-013")
def test_dicom_studies_are_told_apart_before_analysis(make_controller, tmp_path, qtbot) -> None:
    d = tmp_path / "inbox"
    d.mkdir()
    for name, pid in (("x1", "P-1"), ("x2", "P-1"), ("y1", "P-2")):
        make_dicom(d / name, gradient(96, 96, maxval=4095), extra={"PatientID": pid})
    c = make_controller()
    _open(c, qtbot, [d])
    studies = c.table.studies()
    assert len(studies) == 3  # each factory file is its own study (StudyInstanceUID), though two share a folder
    assert all(s.kind == "uid" and s.label.startswith(("P-1", "P-2")) for s in studies)


@pytest.mark.hazard("H-013")
def test_samples_never_mix_with_a_patient(make_controller, tmp_path, qtbot, monkeypatch) -> None:
    from desktop.controllers import studies as studies_mod

    samples = _pngs(tmp_path / "samples", 2, seed=20)
    monkeypatch.setattr(studies_mod, "samples_dir", lambda: samples)
    c = make_controller()
    c.opener.open_paths([str(samples)], remember=False)
    qtbot.waitUntil(lambda: len(c.table.rows) == 2, timeout=10000)
    assert all(r.sample for r in c.table.rows)
    patient = _pngs(tmp_path / "patient", 3, seed=30)
    _open(c, qtbot, [patient])  # the samples make way with no question
    assert not c.window.welcome_shown()
    assert c.opener.question is None or not c.opener.question.isVisible()
    assert [Path(r.path).parent.name for r in c.table.rows] == ["patient"] * 3
    c.open_paths([str(samples)], mode="add")  # even asked to add, samples never join a patient's list
    qtbot.waitUntil(lambda: c.opener.question is not None and c.opener.question.isVisible(), timeout=5000)
    assert "Add to the list" not in [b.text() for b in c.opener.question.buttons()]
    c.opener.question.button(QMessageBox.StandardButton.Cancel).click()
    assert [Path(r.path).parent.name for r in c.table.rows] == ["patient"] * 3


@pytest.mark.hazard("H-013")
def test_a_search_from_before_a_replace_adds_nothing(make_controller, tmp_path, qtbot) -> None:
    from engine.batch.discover import discover

    c = make_controller()
    old = _pngs(tmp_path / "old", 2)
    _open(c, qtbot, [_pngs(tmp_path / "now", 1)])
    stale = c.opener.generation
    c.clear()
    c.opener._discovered((discover([str(old)]), {}), None, False, stale)
    assert c.table.rows == []


@pytest.mark.hazard("H-013")
def test_export_defaults_to_the_study_on_screen(make_controller, tiny_bundle, tmp_path, qtbot, monkeypatch) -> None:
    from desktop.controllers import exports as exports_mod

    c = make_controller(tiny_bundle, auto_analyse=True)
    studies = tmp_path / "studies"
    a, b = _pngs(studies / "a", 2), _pngs(studies / "b", 3, seed=7)
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        _open(c, qtbot, [a])
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        _open(c, qtbot, [b], mode="add")
    c.window.study_list.select_path(str(b / "img1.png"))
    asked = []
    out = tmp_path / "exports" / "b.csv"
    out.parent.mkdir()
    monkeypatch.setattr(exports_mod.QFileDialog, "getSaveFileName",
                        lambda _w, title, start, _f: (asked.append((title, start)), (str(out), ""))[1])
    c.window.act_export_all.trigger()
    dlg = c.exports.scope_dialog
    assert dlg.chosen() == "study"
    texts = [btn.text() for btn in dlg.group.buttons()]
    assert "The folder on screen (b: plain images name no patient) \u2014 3 rows, 1 study" in texts
    assert "Everything in the list \u2014 5 rows, 2 studies" in texts
    with qtbot.waitSignal(c.export_finished, timeout=20000):
        dlg.accept()
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(Path(r["path"]).parent.name for r in rows) == ["b"] * 3
    title, start = asked[0]
    assert title == "Export 3 rows, 1 study as CSV"
    assert Path(start).parent == studies and Path(start).name.startswith("pneumoscan_folder_b_")  # beside the study
    assert c.window.statusBar().currentMessage() == f"Exported 3 rows, 1 study to {out}"
    assert c.settings.export_dir == str(out.parent)
    c.window.act_export_all.trigger()  # the next export starts where the last one went
    with qtbot.waitSignal(c.export_finished, timeout=20000):
        c.exports.scope_dialog.accept()
    assert Path(asked[1][1]).parent == out.parent


@pytest.mark.hazard("H-047")
def test_about_names_maker_versions_identity_and_status(make_controller, tiny_bundle, qtbot) -> None:
    from desktop.views.dialogs import about_html

    c = make_controller(tiny_bundle)
    c.settings.q.setValue("about/site_contact", "Clinic IT, ext. 2001")
    html = about_html(c.bundle, "onnxruntime CPU", Path("/logs"), c.settings.site_contact)
    for needle in ("Manufacturer:", "Contact:", "Clinic IT, ext. 2001", c.bundle.digest, "not an approved medical device",
                   "Pneumoscan 0.", "onnxruntime", "pydicom", "no site profile"):
        assert needle in html, needle
    software = html.split("Software:")[1].split("Inference")[0]
    if importlib.util.find_spec("torch") is None:  # the CPU run-time install (--torch-free): torch is rightly absent
        software = software.replace("torch not installed", "")
    assert "not installed" not in software  # every part's version found
    c.window.act_about.trigger()  # the menu shows the same, with the site's contact
    shown = c.window.text_dialog.browser.toPlainText()
    assert "Manufacturer:" in shown and "Clinic IT, ext. 2001" in shown and c.bundle.digest in shown


# --------------------------------------------------------------------------- findings of the Xvfb walkthrough
@pytest.mark.hazard("H-013")
def test_replace_or_close_during_a_batch_never_brings_old_images_back(make_controller, tiny_bundle, tmp_path,
                                                                      qtbot) -> None:
    c = make_controller(tiny_bundle, auto_analyse=True)
    big = _pngs(tmp_path / "big", 40)
    _open(c, qtbot, [big])
    qtbot.waitUntil(lambda: c.analysis is not None and any(r.status == "ok" for r in c.table.rows), timeout=60000)
    old = c.analysis
    _open(c, qtbot, [_pngs(tmp_path / "pa", 2, seed=50)], mode="replace")
    qtbot.waitUntil(lambda: old.done_event.is_set(), timeout=60000)
    qtbot.waitUntil(lambda: c.analysis is None, timeout=60000)
    qtbot.wait(200)
    assert [Path(r.path).parent.name for r in c.table.rows] == ["pa", "pa"]  # no row of the closed batch came back
    qtbot.waitUntil(lambda: all(r.status == "ok" for r in c.table.rows), timeout=60000)  # analysed once the
    # old batch ended (they were queued behind it)
    _open(c, qtbot, [big], mode="replace")
    qtbot.waitUntil(lambda: c.analysis is not None, timeout=20000)
    running = c.analysis
    c.clear()  # Close all during the batch
    qtbot.waitUntil(lambda: running.done_event.is_set(), timeout=60000)
    qtbot.wait(200)
    assert c.table.rows == [] and not c.window.study_list.summary.isVisible()


@pytest.mark.hazard("H-013")
def test_a_replace_that_finds_nothing_leaves_the_list(make_controller, tmp_path, qtbot) -> None:
    c = make_controller()
    _open(c, qtbot, [_pngs(tmp_path / "a", 2)])
    (tmp_path / "empty").mkdir()
    _open(c, qtbot, [tmp_path / "empty"], mode="replace")
    assert len(c.table.rows) == 2 and "No images found in empty: the list is unchanged" in \
        c.window.statusBar().currentMessage()
    _open(c, qtbot, [tmp_path / "a"], mode="add")
    assert len(c.table.rows) == 2 and "already in the list" in c.window.statusBar().currentMessage()


@pytest.mark.hazard("H-013")
def test_sample_files_inside_an_added_folder_are_left_out_and_text_files_are_no_study(make_controller, tmp_path,
                                                                                     qtbot, monkeypatch) -> None:
    from desktop.controllers import studies as studies_mod

    assets = tmp_path / "assets"
    samples = _pngs(assets / "samples", 2, seed=20)
    monkeypatch.setattr(studies_mod, "samples_dir", lambda: samples)
    _pngs(assets / "other", 1, seed=40)
    (assets / "other" / "LICENSE.txt").write_text("not an image")
    c = make_controller()
    _open(c, qtbot, [_pngs(tmp_path / "patient", 2, seed=30)])
    _open(c, qtbot, [assets], mode="add")
    names = sorted(Path(r.path).parent.name for r in c.table.rows)
    assert names == ["other", "other", "patient", "patient"]  # the image and LICENSE.txt; no sample
    assert "2 of Pneumoscan's sample images were left out" in c.window.statusBar().currentMessage()
    assert len(c.table.studies()) == 2  # the text file is a row (with its reason), not a study


@pytest.mark.hazard("H-009", "H-012")
def test_a_site_profile_chosen_during_a_batch_is_audited(make_controller, tiny_bundle, tmp_path, qtbot) -> None:
    from test_controllers_clinician import _profile

    import desktop.views.dialogs as dialogs_mod
    from engine.records.audit import read_entries

    profile = _profile(tiny_bundle, tmp_path)
    c = make_controller(tiny_bundle, auto_analyse=True)
    _open(c, qtbot, [_pngs(tmp_path / "many", 30)])
    qtbot.waitUntil(lambda: c.analysis is not None, timeout=20000)

    def settings_with(path: str):
        sd = dialogs_mod.SettingsDialog.for_settings(c.settings, bundle=c.bundle)
        qtbot.addWidget(sd)
        if path:
            sd.offer_site_profile(path).accept()
        else:
            sd.site_profile.clear()
        sd.exec = lambda: True
        return classmethod(lambda cls, *a, **k: sd)

    orig = dialogs_mod.SettingsDialog.for_settings
    try:
        dialogs_mod.SettingsDialog.for_settings = settings_with(str(profile))
        c.edit_settings()  # during the batch: it applies when the batch ends, and is audited now
    finally:
        dialogs_mod.SettingsDialog.for_settings = orig
    acts = [e["site_profile"]["action"] for e in read_entries(c.audit.path) if e["event"] == "site_profile"]
    assert acts == ["applied"]
    qtbot.waitUntil(lambda: c.bundle is not None and c.bundle.site is not None and c.analysis is None
                    and all(r.has_current_result and r.prediction.site_profile for r in c.table.rows), timeout=120000)


def test_the_result_headline_comes_back_into_view_on_the_next_image(make_controller, tmp_path, qtbot) -> None:
    c = make_controller()
    c.window.show()
    _open(c, qtbot, [_pngs(tmp_path / "a", 2)])
    d = c.window.details
    c.window.resize(1000, 500)
    qtbot.wait(100)
    bar = d.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled down to the note (Alt+N)
    c.window.act_last.trigger()
    qtbot.waitUntil(lambda: c._current_image is not None and c._current_image.path == c.table.rows[-1].path,
                    timeout=10000)
    assert bar.value() == 0


@pytest.mark.hazard("H-013")
def test_an_export_before_the_analysis_ends_says_so(make_controller, tiny_bundle, tmp_path, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    c = make_controller(tiny_bundle)  # nothing analysed
    _open(c, qtbot, [_pngs(tmp_path / "a", 3)])
    c.window.act_export_all.trigger()
    intro = " ".join(lab.text() for lab in c.exports.scope_dialog.findChildren(QLabel))
    assert "3 image(s) in the list are not analysed yet" in intro
    c.exports.scope_dialog.reject()
