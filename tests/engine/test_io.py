"""engine.image.io.load_image: formats, grey-level pipeline, refusals."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pydicom
import pydicom.data
import pytest
from factories import gradient, make_dicom, png_with_declared_size, write_palette_png, write_raster
from pydicom.uid import (
    DeflatedExplicitVRLittleEndian,
    ExplicitVRBigEndian,
    ImplicitVRLittleEndian,
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    JPEGLossless,
    RLELossless,
)

from engine import errors
from engine.image.io import MAX_PIXELS, MIN_SIDE, XrayImage, load_image

# Files that pydicom ships broken on purpose, or that its decoders cannot handle.
KNOWN_UNDECODABLE = {"MR_truncated.dcm", "JPEG2000-embedded-sequence-delimiter.dcm", "JPEG-lossy.dcm"}


def _greyscale_2d_testfiles() -> list[str]:
    out = []
    for f in sorted(pydicom.data.get_testdata_files()):
        if os.path.isdir(f):
            continue
        try:
            ds = pydicom.dcmread(f, force=True, defer_size="1 KB")
        except Exception:
            continue
        try:
            if "PixelData" not in ds or "Rows" not in ds:
                continue
            if int(ds.get("SamplesPerPixel", 1)) != 1 or str(ds.get("PhotometricInterpretation", "")) not in ("MONOCHROME1", "MONOCHROME2"):
                continue
            if int(ds.get("NumberOfFrames", 1) or 1) > 1:
                continue
        except (ValueError, TypeError):  # badVR.dcm and friends: covered by the next test
            continue
        out.append(f)
    return out


GREY_FILES = _greyscale_2d_testfiles()


def assert_valid(img: XrayImage) -> None:
    assert isinstance(img, XrayImage)
    assert img.pixels.ndim == 2 and img.pixels.dtype == np.float32
    assert np.isfinite(img.pixels).all()
    assert 0.0 <= float(img.pixels.min()) and float(img.pixels.max()) <= 1.0
    assert not img.pixels.flags.writeable


def test_there_are_many_greyscale_test_files() -> None:
    assert len(GREY_FILES) >= 30


@pytest.mark.parametrize("path", GREY_FILES, ids=lambda p: os.path.relpath(p, os.path.dirname(pydicom.data.get_testdata_file("CT_small.dcm"))))
def test_pydicom_greyscale_files(path: str) -> None:
    name = os.path.basename(path)
    ds = pydicom.dcmread(path, force=True, stop_before_pixels=True)
    if name in KNOWN_UNDECODABLE:
        with pytest.raises(errors.ImageReadError):
            load_image(path)
        return
    if min(int(ds.Rows), int(ds.Columns)) < MIN_SIDE:
        with pytest.raises(errors.ImageTooSmallError):
            load_image(path)
        return
    img = load_image(path)
    assert_valid(img)
    assert img.source_format == "DICOM"
    assert img.pixels.shape == (ds.Rows, ds.Columns)
    assert img.bit_depth == int(ds.BitsStored)
    assert img.pixels.std() > 0  # not a blank frame: the decoding did something


@pytest.mark.parametrize("path", sorted(pydicom.data.get_testdata_files()), ids=os.path.basename)
def test_every_pydicom_test_file_loads_or_raises_typed_error(path: str) -> None:
    try:
        assert_valid(load_image(path))
    except errors.PneumoscanError as exc:
        assert exc.message and exc.code


# --------------------------------------------------------------------------- real chest DICOM
def test_real_chest_dicom_and_its_monochrome1_twin(shared_data: Path) -> None:
    folder = shared_data / "dicom"
    original = load_image(folder / "1.2.276.0.7230010.3.1.4.8323329.6904.1517875201.850819.dcm")
    twin = load_image(folder / "Fake_MONOHR1.dcm")
    assert_valid(original)
    assert original.pixels.shape == (1024, 1024)
    assert original.bit_depth == 8
    assert original.metadata["Modality"] == "CR"
    assert original.metadata["PhotometricInterpretation"] == "MONOCHROME2"
    assert twin.metadata["PhotometricInterpretation"] == "MONOCHROME1"
    np.testing.assert_allclose(twin.pixels, 1.0 - original.pixels, atol=1e-6)
    assert "PatientName" not in original.metadata


# --------------------------------------------------------------------------- generated DICOM
def test_monochrome1_equals_inverted_monochrome2(tmp_path: Path) -> None:
    arr = gradient(maxval=4095)
    m2 = load_image(make_dicom(tmp_path / "m2.dcm", arr, bits_stored=12))
    m1 = load_image(make_dicom(tmp_path / "m1.dcm", 4095 - arr, bits_stored=12, photometric="MONOCHROME1"))
    np.testing.assert_allclose(m1.pixels, m2.pixels, atol=1e-6)


@pytest.mark.parametrize("bits", [12, 16])
def test_scaled_by_bit_depth_not_255(tmp_path: Path, bits: int) -> None:
    maxval = 2**bits - 1
    arr = gradient(maxval=maxval)
    img = load_image(make_dicom(tmp_path / "x.dcm", arr, bits_stored=bits))
    assert img.bit_depth == bits
    np.testing.assert_allclose(img.pixels, arr / maxval, atol=1e-6)


def test_rescale_slope_intercept_is_applied_before_window(tmp_path: Path) -> None:
    arr = gradient(maxval=4095)
    # window given in modality units (after rescale): values 2*stored - 1000
    centre, width = 2000.0, 4000.0
    img = load_image(make_dicom(tmp_path / "r.dcm", arr, slope=2.0, intercept=-1000.0, window=(centre, width)))
    modality = arr * 2.0 - 1000.0
    lo, hi = 0 * 2.0 - 1000.0, 4095 * 2.0 - 1000.0
    # DICOM PS3.3 C.11.2.1.2.1 (LINEAR)
    c, w = centre - 0.5, width - 1
    expected = np.clip(((modality - c) / w + 0.5), 0, 1)
    np.testing.assert_allclose(img.pixels, expected, atol=2e-3)
    assert img.window == (centre, width)
    # and it differs from ignoring the rescale
    assert np.abs(img.pixels - np.clip((arr - c) / w + 0.5, 0, 1)).max() > 0.05
    assert lo < hi


def test_window_narrows_contrast(tmp_path: Path) -> None:
    arr = gradient(maxval=4095)
    full = load_image(make_dicom(tmp_path / "a.dcm", arr))
    narrow = load_image(make_dicom(tmp_path / "b.dcm", arr, window=(2048, 1024)))
    assert (narrow.pixels == 0).mean() > 0.1 and (narrow.pixels == 1).mean() > 0.05
    assert (full.pixels == 0).mean() < 0.05


def test_signed_pixels(tmp_path: Path) -> None:
    arr = gradient(maxval=2000) - 1000
    img = load_image(make_dicom(tmp_path / "s.dcm", arr, signed=True, bits_stored=12))
    np.testing.assert_allclose(img.pixels, (arr + 2048) / 4095, atol=1e-6)


@pytest.mark.parametrize(
    "syntax,bits,atol",
    [
        (ExplicitVRBigEndian, 12, 1e-6),
        (ImplicitVRLittleEndian, 12, 1e-6),
        (DeflatedExplicitVRLittleEndian, 12, 1e-6),
        (RLELossless, 12, 1e-6),
        (JPEG2000Lossless, 12, 1e-6),
        (JPEGBaseline8Bit, 8, 0.06),
        (JPEGLossless, 12, 1e-6),
        (JPEGLossless, 16, 1e-6),
    ],
    ids=lambda v: getattr(v, "name", str(v)),
)
def test_transfer_syntaxes(tmp_path: Path, syntax, bits: int, atol: float) -> None:
    maxval = 2**bits - 1
    arr = gradient(maxval=maxval)
    alloc = 8 if bits == 8 else 16
    img = load_image(make_dicom(tmp_path / "t.dcm", arr, bits_stored=bits, bits_allocated=alloc, transfer_syntax=syntax))
    assert_valid(img)
    assert img.metadata["TransferSyntaxUID"] == str(syntax)
    np.testing.assert_allclose(img.pixels, arr / maxval, atol=atol)


def test_dicom_without_extension_or_preamble(tmp_path: Path) -> None:
    arr = gradient(maxval=4095)
    a = load_image(make_dicom(tmp_path / "IM0001", arr))
    b = load_image(make_dicom(tmp_path / "RAW0001", arr, preamble=False))
    np.testing.assert_allclose(a.pixels, b.pixels)


def test_dicom_metadata(tmp_path: Path) -> None:
    img = load_image(make_dicom(tmp_path / "m.dcm", gradient(maxval=4095), window=(2000, 3000)))
    md = img.metadata
    for key in ("PatientID", "AccessionNumber", "StudyInstanceUID", "StudyDate", "Modality", "ViewPosition",
                "PatientAge", "PatientSex", "BodyPartExamined"):
        assert md[key], key
    assert md["PatientID"] == "TEST-001" and md["ViewPosition"] == "AP"
    assert "PatientName" not in md
    assert img.window == (2000.0, 3000.0)
    with pytest.raises(TypeError):
        img.metadata["PatientID"] = "x"  # type: ignore[index]


# --------------------------------------------------------------------------- rasters
def test_png_8_and_16_bit(tmp_path: Path) -> None:
    g8 = gradient(maxval=255).astype(np.uint8)
    g16 = gradient(maxval=65535).astype(np.uint16)
    a = load_image(write_raster(tmp_path / "a.png", g8))
    b = load_image(write_raster(tmp_path / "b.png", g16))
    assert (a.bit_depth, b.bit_depth) == (8, 16)
    np.testing.assert_allclose(a.pixels, g8 / 255, atol=1e-6)
    np.testing.assert_allclose(b.pixels, g16 / 65535, atol=1e-6)
    assert a.source_format == "PNG"


def test_png_rgb_rgba_palette(tmp_path: Path) -> None:
    g = gradient(maxval=255).astype(np.uint8)
    rgb = np.dstack([g, g, g])
    rgba = np.dstack([g, g, g, np.full_like(g, 255)])
    for name, arr in (("rgb.png", rgb), ("rgba.png", rgba)):
        img = load_image(write_raster(tmp_path / name, arr))
        np.testing.assert_allclose(img.pixels, g / 255, atol=1 / 255 + 1e-6)
    pal = load_image(write_palette_png(tmp_path / "pal.png", g))
    np.testing.assert_allclose(pal.pixels, g / 255, atol=1 / 255 + 1e-6)


@pytest.mark.parametrize("ext,fmt", [(".jpg", "JPEG"), (".bmp", "BMP"), (".tif", "TIFF")])
def test_other_rasters(tmp_path: Path, ext: str, fmt: str) -> None:
    g = gradient(maxval=255).astype(np.uint8)
    img = load_image(write_raster(tmp_path / f"x{ext}", g))
    assert img.source_format == fmt
    np.testing.assert_allclose(img.pixels, g / 255, atol=0.05 if fmt == "JPEG" else 1e-6)


def test_16bit_tiff(tmp_path: Path) -> None:
    g = gradient(maxval=65535).astype(np.uint16)
    img = load_image(write_raster(tmp_path / "x.tiff", g))
    assert img.bit_depth == 16
    np.testing.assert_allclose(img.pixels, g / 65535, atol=1e-6)


def test_format_comes_from_content_not_name(tmp_path: Path) -> None:
    g = gradient(maxval=255).astype(np.uint8)
    src = write_raster(tmp_path / "x.png", g)
    renamed = tmp_path / "scan.jpg"
    renamed.write_bytes(src.read_bytes())
    assert load_image(renamed).source_format == "PNG"


# --------------------------------------------------------------------------- refusals
def test_bad_inputs(tmp_path: Path) -> None:
    g = gradient(maxval=255).astype(np.uint8)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    png = write_raster(tmp_path / "good.png", g).read_bytes()
    truncated = tmp_path / "truncated.png"
    truncated.write_bytes(png[: len(png) // 2])
    jpg = write_raster(tmp_path / "good.jpg", g).read_bytes()
    truncated_jpg = tmp_path / "truncated.jpg"
    truncated_jpg.write_bytes(jpg[: len(jpg) // 2])
    random_dcm = tmp_path / "random.dcm"
    random_dcm.write_bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8).tobytes())
    text_png = tmp_path / "notes.png"
    text_png.write_text("this is not an image\n")
    cases = {
        empty: errors.EmptyFileError,
        truncated: errors.TruncatedFileError,
        truncated_jpg: errors.TruncatedFileError,
        random_dcm: errors.ImageReadError,
        text_png: errors.UnsupportedFormatError,
        Path(pydicom.data.get_testdata_file("test-SR.dcm")): errors.NoPixelDataError,
        Path(pydicom.data.get_testdata_file("rtdose.dcm")): errors.MultiFrameError,
        Path(pydicom.data.get_testdata_file("SC_rgb_small_odd.dcm")): errors.ColourImageError,
    }
    for path, expected in cases.items():
        with pytest.raises(expected) as info:
            load_image(path)
        assert info.value.message, path


def test_text_named_png_message_says_so(tmp_path: Path) -> None:
    p = tmp_path / "scan.png"
    p.write_text("hello")
    with pytest.raises(errors.UnsupportedFormatError, match="named like a PNG"):
        load_image(p)


def test_too_small_and_too_large(tmp_path: Path) -> None:
    small = write_raster(tmp_path / "small.png", np.zeros((32, 200), np.uint8))
    with pytest.raises(errors.ImageTooSmallError, match="64"):
        load_image(small)
    bomb = png_with_declared_size(tmp_path / "bomb.png", 60_000, 60_000)
    with pytest.raises(errors.ImageTooLargeError, match="megapixels"):
        load_image(bomb)
    big = make_dicom(tmp_path / "big.dcm", np.zeros((70, 70)), extra={})
    ds = pydicom.dcmread(big)
    ds.Rows = ds.Columns = 20_000  # lies about its size
    ds.save_as(big)
    with pytest.raises(errors.ImageTooLargeError):
        load_image(big)
    assert MAX_PIXELS < 20_000 * 20_000


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(errors.ImageReadError, match="does not exist"):
        load_image(tmp_path / "nope.png")
    with pytest.raises(errors.UnsupportedFormatError, match="folder"):
        load_image(tmp_path)


def test_missing_decoder_names_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_dicom(tmp_path / "j.dcm", gradient(maxval=255), bits_stored=8, bits_allocated=8, transfer_syntax=JPEGBaseline8Bit)

    class Unavailable:
        is_available = False
        missing_dependencies = ["pylibjpeg - requires pylibjpeg>=2.0 and pylibjpeg-libjpeg>=2.1"]

    monkeypatch.setattr("pydicom.pixels.get_decoder", lambda uid: Unavailable())
    with pytest.raises(errors.MissingDecoderError, match="pylibjpeg"):
        load_image(path)
