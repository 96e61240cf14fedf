"""engine.image.display: the viewer's view of a file -- its own units, presets, VOI LUTs and identity -- and the
grey levels its default preset gives are the classifier's.

Gathered, when the tests were named for the modules they test, from: test_display.py (The viewer's view of a
file (engine.image.display): its own units, presets, VOI LUTs and identity -- and the grey levels).
"""

from __future__ import annotations

import numpy as np
import pytest
from factories import gradient, make_dicom, write_raster
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence

from engine.image.display import apply_window, person_name
from engine.image.io import load_image


def _default_grey(im):
    d = im.display
    lut = next((x for x in d.luts if x.name == d.default), None)
    if lut is not None:
        return d.grey_lut(lut)
    w = next((x for x in d.windows if x.name == d.default), None) or d.full_range()
    return d.grey(im.pixels, w.centre, w.width, w.function)


@pytest.mark.hazard("H-015")
def test_dicom_windows_in_modality_units_and_default_matches_classifier(tmp_path):
    px = gradient(200, 160, maxval=4095)
    f = make_dicom(tmp_path / "w.dcm", px, slope=2.0, intercept=-1000, window=(3000.0, 4000.0), extra={
        "WindowCenterWidthExplanation": MultiValue(str, ["LUNG", "BONE"])})
    from pydicom import dcmread

    ds = dcmread(f)
    ds.WindowCenter, ds.WindowWidth = MultiValue(float, [3000.0, 2000.0]), MultiValue(float, [4000.0, 1500.0])
    ds.save_as(f)
    im = load_image(f, display=True)
    d = im.display
    assert [w.name for w in d.windows] == ["LUNG", "BONE"]
    assert (d.windows[1].centre, d.windows[1].width) == (2000.0, 1500.0)
    assert d.default == "LUNG"
    assert d.value_range == (-1000.0, 4095 * 2.0 - 1000)  # modality units, not 0-1 fractions
    assert float(np.abs(_default_grey(im) - im.pixels).max()) < 1e-5
    assert float(d.values.max()) == pytest.approx(px.max() * 2.0 - 1000)
    assert load_image(f).display is None  # the batch never holds a second copy


@pytest.mark.hazard("H-015")
def test_voi_lut_is_offered_and_reproduces_the_classifier_grey_levels(tmp_path):
    px = gradient(128, 128, maxval=4095)
    f = make_dicom(tmp_path / "lut.dcm", px, window=(2048.0, 4096.0))
    from pydicom import dcmread

    ds = dcmread(f)
    item = Dataset()
    item.LUTDescriptor = [4096, 0, 16]
    item.LUTData = np.array([round((i / 4095) ** 0.5 * 65535) for i in range(4096)], dtype=np.uint16).tobytes()
    item.LUTExplanation = "SQRT"
    ds.VOILUTSequence = Sequence([item])
    ds.save_as(f)
    im = load_image(f, display=True)
    assert [x.name for x in im.display.luts] == ["SQRT"] and im.display.default == "SQRT"
    assert float(np.abs(_default_grey(im) - im.pixels).max()) < 1e-4
    assert [w.name for w in im.display.windows] == ["File window 1"]  # the window is still a choice


@pytest.mark.hazard("H-015")
def test_monochrome1_full_range_and_sigmoid(tmp_path):
    px = gradient(96, 96, maxval=255)
    f = make_dicom(tmp_path / "m1.dcm", px, bits_stored=8, bits_allocated=8, photometric="MONOCHROME1")
    im = load_image(f, display=True)
    assert im.display.invert and im.display.default == ""
    assert float(np.abs(_default_grey(im) - im.pixels).max()) < 1e-5
    x = np.array([0.0, 100.0, 200.0], dtype=np.float32)
    sig = apply_window(x, 100.0, 50.0, "SIGMOID")
    assert sig[1] == pytest.approx(0.5) and sig[0] < 0.01 and sig[2] > 0.99


def test_raster_in_stored_values(tmp_path):
    arr = gradient(100, 120, maxval=255).astype(np.uint8)
    im = load_image(write_raster(tmp_path / "a.png", arr), display=True)
    d = im.display
    assert d.values is None and d.value_range == (0.0, 255.0)
    full = d.full_range()
    assert (full.centre, full.width) == (127.5, 255.0)
    assert float(np.abs(d.grey(im.pixels, full.centre, full.width) - im.pixels).max()) < 1e-6
    mm = d.min_max(im.pixels)
    assert mm.centre - mm.width / 2 == pytest.approx(float(arr.min()), abs=1e-3)
    assert d.identity == {}


@pytest.mark.hazard("H-014")
def test_identity_is_the_overlay_s_and_never_in_metadata(tmp_path):
    f = make_dicom(tmp_path / "id.dcm", gradient(80, 80, maxval=4095),
                   extra={"PatientOrientation": ["L", "F"], "PatientName": "Doe^Jane^Ann"})
    im = load_image(f, display=True)
    ident = im.display.identity
    assert ident["PatientName"] == "DOE, Jane Ann" and ident["PatientID"] == "TEST-001"
    assert ident["PatientAge"] == "003Y" and ident["PatientSex"] == "F"
    assert "PatientName" not in im.metadata
    assert im.display.laterality_markers() == ("R", "L")  # rows run toward the patient's left


@pytest.mark.parametrize("raw, shown", [("Doe^Jane", "DOE, Jane"), ("SMITH", "SMITH"), ("", ""),
                                        ("Yamada^Tarou=山田^太郎", "YAMADA, Tarou"), ("^Ann", "Ann")])
@pytest.mark.hazard("H-014")
def test_person_name(raw, shown):
    assert person_name(raw) == shown
