"""Review at study scale: worklist columns, one way to state a result, batch summary, no blocking dialogs."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, write_raster, write_test_bundle


def _images(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        write_raster(folder / f"img{i:03d}.png", np.roll(gradient(96, 96, maxval=255, seed=i).astype(np.uint8), i, 1))
    return folder


@pytest.fixture(scope="module")
def band_bundle(tmp_path_factory) -> Path:
    """Tiny random bundle whose indeterminate band covers every score: each result is indeterminate."""
    return write_test_bundle(tmp_path_factory.mktemp("band") / "b", threshold=0.5, band=(0.0, 1.0))


def _analysed(make_controller, bundle, folder, qtbot):
    c = make_controller(bundle, auto_analyse=True)
    with qtbot.waitSignal(c.analysis_finished, timeout=60000):
        c.open_paths([str(folder)])
    return c


@pytest.mark.hazard("H-035")
def test_worklist_shows_result_first_and_remembers_columns(make_controller, tiny_bundle, qsettings, tmp_path,
                                                           qtbot) -> None:
    from factories import make_dicom

    c = make_controller(tiny_bundle)
    panel = c.window.study_list
    assert panel.chosen_columns() == ["Result", "Score", "Reading", "File", "Study", "PatientID", "Study date"]
    # nothing to show yet: the empty DICOM columns leave their room to the file names
    assert panel.visible_columns() == ["Result", "Score", "Reading", "File"]
    panel.set_column_visible(c.table.VIEW, True)
    panel.set_column_visible(c.table.PATIENT, False)
    panel.table.horizontalHeader().moveSection(panel.table.horizontalHeader().visualIndex(c.table.DATE), 1)
    panel.set_column_visible(c.table.RESULT, False)  # refused: the result is never hidden
    arranged = panel.chosen_columns()
    assert arranged[0] == "Result" and "View" in arranged and "PatientID" not in arranged and arranged[1] == "Study date"
    assert arranged.index("Reading") < arranged.index("File")
    c.window.close()
    c.shutdown()
    again = make_controller(tiny_bundle, settings=qsettings, auto_analyse=True)
    assert again.window.study_list.chosen_columns() == arranged
    folder = tmp_path / "d"
    folder.mkdir()
    make_dicom(folder / "IM1", gradient(maxval=4095))  # a DICOM with a study date: its column appears
    with qtbot.waitSignal(again.analysis_finished, timeout=60000):
        again.open_paths([str(folder)])
    qtbot.waitUntil(lambda: "Study date" in again.window.study_list.visible_columns(), timeout=5000)
    assert "PatientID" not in again.window.study_list.visible_columns()  # hidden by the user, whatever the data
    # a second study (a folder of PNGs) added: the Study column names each row's patient and date instead
    (tmp_path / "e").mkdir()
    write_raster(tmp_path / "e" / "a.png", gradient(96, 96, maxval=255).astype(np.uint8))
    with qtbot.waitSignal(again.analysis_finished, timeout=60000):
        with qtbot.waitSignal(again.discovery_finished, timeout=20000):
            again.open_paths([str(tmp_path / "e")], mode="add")
    qtbot.waitUntil(lambda: "Study" in again.window.study_list.visible_columns(), timeout=5000)
    assert "Study date" not in again.window.study_list.visible_columns()


@pytest.mark.hazard("H-035")
def test_file_names_keep_their_distinguishing_end(qapp) -> None:
    """Kermany-style names differ in their numbers near the end: the File column elides at the start."""
    from PySide6.QtCore import Qt

    from desktop.views.panels.study_list import StudyListPanel
    from desktop.views.table_models import StudyTableModel

    model = StudyTableModel()
    model.add_paths(["/s/NORMAL2-IM-1427-0001.jpeg", "/s/NORMAL2-IM-1431-0001.jpeg"])
    panel = StudyListPanel(model)
    delegate = panel.table.itemDelegateForColumn(StudyTableModel.FILE)
    from PySide6.QtWidgets import QStyleOptionViewItem

    texts = []
    for row in range(2):
        opt = QStyleOptionViewItem()
        delegate.initStyleOption(opt, panel.proxy.index(row, StudyTableModel.FILE))
        assert opt.textElideMode == Qt.TextElideMode.ElideLeft
        texts.append(opt.fontMetrics.elidedText(opt.text, opt.textElideMode, 90))
    assert texts[0] != texts[1] and texts[0].endswith("0001.jpeg")
    # narrower still (a Study column beside it at 1366 px): the end every name shares goes first
    from PySide6.QtCore import QRect

    shown = []
    for row in range(2):
        opt = QStyleOptionViewItem()
        opt.rect = QRect(0, 0, opt.fontMetrics.horizontalAdvance("…IM-1427…") + 14, 20)
        delegate.initStyleOption(opt, panel.proxy.index(row, StudyTableModel.FILE))
        shown.append(opt.text)
    assert "1427" in shown[0] and "1431" in shown[1], shown


@pytest.mark.hazard("H-010")
def test_dates_scores_and_names_are_formatted() -> None:
    from desktop.views.table_models import format_dicom_date, format_probability, format_score

    assert format_dicom_date("20240131") == "2024-01-31" and format_dicom_date("2024") == "2024"
    assert format_score(0.99996) == ">99.9" and format_score(0.00001) == "<0.1" and format_score(0.722) == "72"
    assert format_probability(1.0) == ">0.999" and format_probability(0.0) == "<0.001"
    assert format_probability(0.7224) == "0.722"


@pytest.mark.hazard("H-010", "H-043", "H-045")
def test_result_statement_has_no_contradiction(qapp) -> None:
    """A NORMAL at 0.722 below a 0.821 threshold reads as a score of 72 below the threshold, says what NORMAL means,
    and states no probability for the child (no 'P(pneumonia) =', no 'confidence')."""
    from desktop.views.panels.details import DetailsPanel
    from engine.runners.results import Prediction

    panel = DetailsPanel()
    pred = Prediction(path="/x/a.png", status="ok", label="NORMAL", band="normal", p_pneumonia=0.722, threshold=0.821)
    panel.show_result(pred, None)
    assert panel.label.text() == "\u25cb NORMAL"
    text = panel.statement.text()
    assert "72 of 100" in text and "below the threshold 82" in text and "onfidence" not in text
    assert "No pneumonia pattern found" in text and "not assessed" in text and "P(pneumonia)" not in text
    assert panel.bar.p == pytest.approx(0.722) and panel.bar.threshold == pytest.approx(0.821)

    panel.set_band((0.3, 0.9))
    pred = Prediction(path="/x/b.png", status="ok", label="NORMAL", band="indeterminate", p_pneumonia=0.6,
                      threshold=0.821)
    panel.show_result(pred, None)
    assert panel.label.text().startswith("\u25c7 Indeterminate \u2014 read carefully")
    assert "30\u201390" in panel.statement.text() and panel.bar.band == (0.3, 0.9)
    assert "No pneumonia pattern" not in panel.statement.text()

    pred = Prediction(path="/x/c.png", status="ok", label="PNEUMONIA", band="pneumonia", p_pneumonia=0.99999,
                      threshold=0.821)
    panel.show_result(pred, None)
    assert ">99.9 of 100" in panel.statement.text() and "1.000" not in panel.statement.text()


@pytest.mark.hazard("H-010", "H-042", "H-043")
def test_bundle_band_decides_and_reaches_the_csv(make_controller, band_bundle, tmp_path, qtbot) -> None:
    from engine.bundle.model_bundle import load_bundle

    b = load_bundle(band_bundle)
    assert b.decide(0.7) == ("PNEUMONIA", "indeterminate")
    c = _analysed(make_controller, band_bundle, _images(tmp_path / "s", 3), qtbot)
    assert {r.prediction.band for r in c.table.rows} == {"indeterminate"}
    assert c.table.data(c.table.index(0, c.table.RESULT)) == "\u25c7 Indeterminate"
    out = tmp_path / "r.csv"
    with qtbot.waitSignal(c.export_finished, timeout=20000):
        c.export_csv(str(out), list(c.table.rows))
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["band"] for r in rows] == ["indeterminate"] * 3
    assert all(r["label"] in ("NORMAL", "PNEUMONIA") for r in rows)
    c.window.study_list.select_offset(0)
    qtbot.waitUntil(lambda: c.window.details.label.text().startswith("\u25c7 Indeterminate"), timeout=10000)


def test_batch_summary_and_filter_count(make_controller, tiny_bundle, tmp_path, qtbot) -> None:
    folder = _images(tmp_path / "s", 5)
    (folder / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    c = _analysed(make_controller, tiny_bundle, folder, qtbot)
    panel = c.window.study_list
    assert panel.summary.isVisible() or not c.window.isVisible()
    assert not panel.summary.isHidden()
    text = panel.summary.text.text()
    assert "Batch finished" in text and "images/s" in text and "\u26a0&nbsp;failed&nbsp;<b>1</b>" in text  # word, symbol and count never split by a wrap
    s = c.last_summary
    assert s["images"] == 6 and s["done"] == 6 and s.get("error") == 1
    assert sum(s.get(k, 0) for k in ("pneumonia", "normal", "indeterminate")) == 5
    assert panel.shown_count.text() == "6 of 6"
    panel.result_filter.setCurrentIndex(5)  # failed only
    assert panel.shown_count.text() == "1 of 6"
    panel.summary.dismiss()
    assert panel.summary.isHidden()


@pytest.mark.hazard("H-020")
def test_unreadable_file_is_shown_inline_and_review_goes_on(make_controller, tiny_bundle, tmp_path, qtbot) -> None:
    folder = _images(tmp_path / "s", 2)
    bad = folder / "img000b_broken.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\ncut")
    c = make_controller(tiny_bundle)
    with qtbot.waitSignal(c.discovery_finished, timeout=20000):
        c.open_paths([str(folder)])
    c.window.study_list.select_path(str(bad))
    qtbot.waitUntil(lambda: "cannot be shown" in c.window.viewer.placeholder.text(), timeout=10000)
    assert c.window.viewer.placeholder.isVisibleTo(c.window.viewer)
    assert "cut short" in c.window.details.error.text()
    assert c.window.last_message is None  # no modal box to dismiss
    c.window.act_next.trigger()  # Down keeps working
    nxt = c.window.study_list.current_row()
    assert nxt is not None and nxt.path != str(bad)
    qtbot.waitUntil(lambda: c._current_image is not None and c._current_image.path == nxt.path, timeout=10000)
    assert c.window.viewer.rendered() is not None


@pytest.mark.hazard("H-027")
def test_escape_asks_before_cancelling(make_controller, tiny_bundle, tmp_path, qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    c = make_controller(tiny_bundle)
    with qtbot.waitSignal(c.discovery_finished, timeout=20000):
        c.open_paths([str(_images(tmp_path / "s", 30))])
    c.classifier.batch_size = 1
    c.analyse([r.path for r in c.table.rows])
    worker = c.analysis
    c.window.act_cancel.trigger()  # Esc
    box = c.window.cancel_question
    assert box.isVisible() and not worker.cancelled
    box.button(QMessageBox.StandardButton.No).click()
    assert not worker.cancelled
    if c.analysis is not None:
        c.window.act_cancel.trigger()
        with qtbot.waitSignal(c.analysis_finished, timeout=60000):
            c.window.cancel_question.button(QMessageBox.StandardButton.Yes).click()
        assert worker.cancelled
        assert "Batch cancelled" in c.window.study_list.summary.text.text() or c.last_summary["done"] == 30


def test_docks_come_back_and_window_level_can_be_kept(make_controller, tiny_bundle, tmp_path, qtbot) -> None:
    c = make_controller(tiny_bundle)
    w = c.window
    w.show()
    studies = w.docks[0]
    studies.close()
    assert not studies.isVisible()
    view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    toggles = [a for a in view_menu.actions() if a is studies.toggleViewAction()]
    assert toggles, "the View menu offers the Studies panel"
    w.act_reset_layout.trigger()
    assert studies.isVisible()

    with qtbot.waitSignal(c.discovery_finished, timeout=20000):
        c.open_paths([str(_images(tmp_path / "s", 2))])
    paths = [r.path for r in c.table.rows]
    c.window.study_list.select_path(paths[0])
    qtbot.waitUntil(lambda: c._current_image is not None and c._current_image.path == paths[0], timeout=10000)
    w.viewer.keep_wl.setChecked(True)
    w.viewer.set_window(80, 120)  # the PNG's own stored values
    assert w.viewer.preset.currentText() == "Custom"
    c.window.study_list.select_path(paths[1])
    qtbot.waitUntil(lambda: c._current_image is not None and c._current_image.path == paths[1], timeout=10000)
    assert (w.viewer.level, w.viewer.width) == pytest.approx((80, 120))
    w.viewer.keep_wl.setChecked(False)
    c.window.study_list.select_path(paths[0])
    qtbot.waitUntil(lambda: c._current_image is not None and c._current_image.path == paths[0], timeout=10000)
    assert (w.viewer.level, w.viewer.width) == pytest.approx((127.5, 255.0))
    assert w.viewer.preset.currentText() == "Full range"


def test_heatmap_colour_map_defaults_to_inferno(make_controller, qtbot) -> None:
    from engine.image.imaging import COLOUR_MAPS

    c = make_controller()
    v = c.window.viewer
    assert v.colour_map.currentText() == "inferno" and v.legend.cmap == "inferno"
    v.opacity.setValue(60)
    assert v.legend.caption() == ("weak", "opacity 60%", "strong")
    v.colour_map.setCurrentText("turbo")
    assert v.legend.cmap == "turbo" and c.settings.colour_map == "turbo"
    # inferno runs dark to bright (perceptually ordered): luminance rises monotonically
    lum = COLOUR_MAPS["inferno"].astype(float) @ [0.2126, 0.7152, 0.0722]
    assert np.all(np.diff(lum) > -1.0)


@pytest.mark.hazard("H-021")
def test_untrusted_bundle_needs_confirmation_and_is_audited(make_controller, tiny_bundle, qtbot) -> None:
    from engine.bundle.model_bundle import load_bundle
    from engine.records.audit import read_entries

    c = make_controller(tiny_bundle, trust=False)
    dlg = c.trust_dialog
    assert dlg.isVisible() and c.classifier is None
    digest = load_bundle(tiny_bundle).digest
    assert digest in dlg.intro.text()  # the user sees which bundle they are trusting
    dlg.trust_button.click()
    qtbot.waitUntil(lambda: c.classifier is not None, timeout=60000)
    assert digest in c.settings.trusted_bundles()
    events = [e for e in read_entries(c.audit.path) if e["event"] == "bundle"]
    assert events[-1]["bundle"]["bundle_sha256"] == digest and events[-1]["bundle"]["trust"] == "trusted by the user"


@pytest.mark.hazard("H-021")
def test_refusing_an_untrusted_bundle_leaves_viewing_only(make_controller, tiny_bundle, qtbot) -> None:
    c = make_controller(tiny_bundle, trust=False)
    c.trust_dialog.refuse_button.click()
    assert c.classifier is None and c.bundle is None
    assert "not trusted" in c.window.model_status.text()


@pytest.mark.parametrize("threshold,label,shown", [(0.01, "PNEUMONIA", True), (0.99, "NORMAL", False)])
@pytest.mark.hazard("H-044")
def test_heatmap_shown_by_default_only_for_findings(make_controller, tmp_path, qtbot, threshold, label, shown) -> None:
    bundle = write_test_bundle(tmp_path / "b", threshold=threshold)
    c = _analysed(make_controller, bundle, _images(tmp_path / "s", 1), qtbot)
    row = c.table.rows[0]
    assert row.prediction.label == label
    c.window.study_list.select_path(row.path)
    qtbot.waitUntil(lambda: c._current_image is not None and c._current_image.path == row.path, timeout=10000)
    v = c.window.viewer
    assert v.heatmap_check.isChecked() is shown
    before = v.rendered().copy()
    c.window.act_heatmap.trigger()  # H: the clinician asks for (or hides) the map
    assert v.heatmap_check.isChecked() is not shown
    assert not np.array_equal(before, v.rendered())
    c.settings.heatmap_always = True
    c.window.study_list.select_path(row.path)
    c.viewing.show_row(row)
    qtbot.waitUntil(lambda: v.heatmap_check.isChecked(), timeout=10000)
