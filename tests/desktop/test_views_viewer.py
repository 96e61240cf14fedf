"""The viewer as radiologists expect it: window/level in the file's units with its presets, the preset box following
a drag, zoom about the centre with its percentage, a low-resolution notice, and the patient overlay."""

from __future__ import annotations

import numpy as np
import pytest
from factories import gradient, make_dicom, write_raster
from pydicom import dcmread
from pydicom.multival import MultiValue

from engine.image.io import load_image


@pytest.fixture()
def viewer(qtbot):
    from desktop.views.panels.viewer import ViewerPanel

    v = ViewerPanel()
    v.resize(900, 700)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


def _dicom(tmp_path, size=(400, 320), **extra):
    f = make_dicom(tmp_path / "cxr.dcm", gradient(*size, maxval=4095), slope=2.0, intercept=-1000,
                   window=(3000.0, 4000.0), extra={"PatientOrientation": ["L", "F"], **extra})
    ds = dcmread(f)
    ds.WindowCenter, ds.WindowWidth = MultiValue(float, [3000.0, 2000.0]), MultiValue(float, [4000.0, 1500.0])
    ds.WindowCenterWidthExplanation = MultiValue(str, ["LUNG", "BONE"])
    ds.save_as(f)
    return load_image(f, display=True)


def test_window_level_in_the_file_units_with_its_presets(viewer, tmp_path):
    im = _dicom(tmp_path)
    viewer.set_image(im.pixels, image=im)
    names = viewer.preset_names()
    assert names[:2] == ["LUNG", "BONE"] and "Full range" in names and "Custom" in names
    assert viewer.preset.currentText() == "LUNG"
    assert viewer.wl_label.text() == "W 4000 L 3000"
    assert float(np.abs(viewer.grey() - im.pixels).max()) < 1e-5  # the file's window is the classifier's grey levels
    viewer.preset.setCurrentText("BONE")
    assert (viewer.level, viewer.width) == (2000.0, 1500.0)
    viewer.preset.setCurrentText("Full range")
    assert (viewer.level, viewer.width) == pytest.approx(((-1000 + 4095 * 2 - 1000) / 2, 4095 * 2.0))
    span = 4095 * 2.0
    viewer.view.window_dragged.emit(0.1, -0.05)  # a right-drag
    assert viewer.preset.currentText() == "Custom"
    assert viewer.width == pytest.approx(span * 1.1) and viewer.level == pytest.approx(3095.0 - 0.05 * span)
    viewer.preset.setCurrentText("LUNG")  # a preset after a drag applies again
    assert (viewer.level, viewer.width) == (3000.0, 4000.0)


def test_a_raster_in_stored_values_and_keep_across_images(viewer, tmp_path):
    a = load_image(write_raster(tmp_path / "a.png", gradient(200, 200, maxval=255).astype(np.uint8)), display=True)
    viewer.set_image(a.pixels, image=a)
    assert viewer.preset.currentText() == "Full range" and viewer.wl_label.text() == "W 255 L 128"
    assert "Lungs (dark)" in viewer.preset_names()
    viewer.keep_wl.setChecked(True)
    viewer.set_window(90, 100)
    b = load_image(write_raster(tmp_path / "b.png", gradient(200, 200, maxval=255, seed=3).astype(np.uint8)),
                   display=True)
    viewer.set_image(b.pixels, image=b)
    assert (viewer.level, viewer.width) == (90, 100) and viewer.preset.currentText() == "Custom"
    d = _dicom(tmp_path)  # other units: a kept 0-255 window would mean nothing on a DICOM -- its own preset instead
    viewer.set_image(d.pixels, image=d)
    assert viewer.preset.currentText() == "LUNG"


def test_zoom_about_the_centre_with_percentage(viewer, tmp_path, qtbot):
    im = _dicom(tmp_path, size=(1200, 1000))
    viewer.set_image(im.pixels, image=im)
    viewer.view.actual_size()
    assert viewer.zoom_label.text() == "100 %"
    viewer.view.centerOn(500, 600)
    vp = viewer.view.viewport().rect().center()
    before = viewer.view.mapToScene(vp)
    viewer.view.zoom(1.25)
    after = viewer.view.mapToScene(vp)
    assert viewer.zoom_label.text() == "125 %"
    assert abs(before.x() - after.x()) < 1 and abs(before.y() - after.y()) < 1  # not into the top-left corner
    assert not viewer.low_resolution()
    viewer.view.zoom(1.25, at_cursor=True)  # the wheel: about the cursor (off the view here), so the centre moves
    assert viewer.zoom_label.text() == "156 %"


@pytest.mark.hazard("H-014")
def test_low_resolution_notice_and_patient_overlay(viewer, tmp_path):
    im = _dicom(tmp_path, size=(96, 80))
    viewer.set_image(im.pixels, image=im)
    viewer.view.fit()
    assert viewer.low_resolution()
    text = viewer.overlay_text()
    assert "DOE, Jane" in text and "ID TEST-001" in text and "3 years / F" in text and "Study date 2026-01-01" in text
    assert "View AP" in text and "LOW RESOLUTION: 80 \u00d7 96 px" in text
    assert viewer.overlay.text("left") == "R" and viewer.overlay.text("right") == "L"
    viewer.overlay_check.setChecked(False)  # Ctrl+T: the corners go, the low-resolution warning stays
    text = viewer.overlay_text()
    assert "TEST-001" not in text and "LOW RESOLUTION" in text
    viewer.overlay_check.setChecked(True)
    assert "TEST-001" in viewer.overlay_text()


@pytest.mark.hazard("H-014")
def test_plain_image_overlay_names_the_file(viewer, tmp_path):
    im = load_image(write_raster(tmp_path / "child_0042.jpeg", gradient(300, 300, maxval=255).astype(np.uint8)),
                    display=True)
    viewer.set_image(im.pixels, image=im)
    text = viewer.overlay_text()
    assert "child_0042.jpeg" in text and "holds no patient name" in text
    viewer.set_image(None, message="gone")
    assert viewer.overlay_text() == ""
