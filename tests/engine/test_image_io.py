"""engine.image.io.load_image: formats, the grey-level pipeline, DICOM, EXIF orientation, and every refusal
(truncated, bombs, fuzzed bytes, special files).

Gathered, when the tests were named for the modules they test, from: test_integrity.py (Trust what decides a
label; survive hostile files, names and disks without losing a row (issue 11)); test_io.py
(engine.image.io.load_image: formats, grey-level pipeline, refusals); test_safety.py (Input gate, audit trail,
fuzzing, and no lost work); test_untrusted_disk.py (Issue 27: nothing read back from disk decides a label
unverified, and no output ever destroys an input).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pydicom
import pydicom.data
import pytest
from factories import (
    csv_rows,
    gradient,
    make_dicom,
    png_with_declared_size,
    run_predict,
    write_palette_png,
    write_raster,
)
from PIL import Image
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

ROOT = Path(__file__).resolve().parents[2]


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


def _jpeg(progressive: bool) -> bytes:
    rng = np.random.default_rng(3)
    g = gradient(256, 224, 255).astype(np.float32) + rng.normal(0, 25, (256, 224))
    buf = io.BytesIO()
    Image.fromarray(np.clip(g, 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=92, progressive=progressive)
    return buf.getvalue()


def _scans(data: bytes) -> list[int]:
    out, i = [], 0
    while (i := data.find(b"\xff\xda", i)) >= 0:
        out.append(i)
        i += 2
    return out


def _jpeg_corpus() -> list[tuple[str, bytes]]:
    cases = []
    for kind in ("baseline", "progressive"):
        data = _jpeg(kind == "progressive")
        first = _scans(data)[0]
        body = len(data) - first
        for frac in (0.2, 0.5, 0.8, 0.97):
            cut = data[: first + int(body * frac)]
            cases.append((f"{kind}_{int(frac * 100)}pct_eoi", cut + b"\xff\xd9"))
            cases.append((f"{kind}_{int(frac * 100)}pct_no_eoi", cut))
        if kind == "progressive":  # whole scans only, closed properly: libjpeg says nothing about these
            for k in range(1, len(_scans(data))):
                cases.append((f"progressive_first_{k}_scans_eoi", data[: _scans(data)[k]] + b"\xff\xd9"))
    return cases


def _jpeg_bytes(**kw) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(np.clip(gradient(128, 112, 255), 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=90, **kw)
    return buf.getvalue()


@pytest.mark.hazard("H-020")
def test_reader_refuses_non_regular_files_directly(tmp_path: Path) -> None:
    from engine.image.io import load_image

    with pytest.raises(errors.NotRegularFileError):
        load_image("/dev/zero")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "f")
        result: list = []
        t = threading.Thread(target=lambda: result.append(pytest.raises(errors.NotRegularFileError,
                                                                       load_image, tmp_path / "f")))
        t.start()
        t.join(10)
        assert not t.is_alive() and result


@pytest.mark.hazard("H-020")
def test_unreadable_extensionless_file_says_permission_denied(tmp_path: Path, monkeypatch) -> None:
    import engine.batch.discover as discover_mod

    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "IM0001").write_bytes(b"\0" * 200)

    def denied(path, size=132):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(discover_mod, "read_head", denied)
    found = discover_mod.discover([folder])
    assert [s.code for s in found.skipped] == ["permission_denied"]
    assert "Permission denied" in found.skipped[0].reason


def test_dicom_without_preamble_or_file_meta_is_read(tmp_path: Path) -> None:
    from engine.image.io import load_image

    src = make_dicom(tmp_path / "full.dcm", gradient(96, 96, maxval=4095))
    ds = pydicom.dcmread(src)
    buf = io.BytesIO()
    ds.preamble = None  # no 128-byte preamble, no "DICM"
    del ds.file_meta  # and no group 0002 at all
    pydicom.dcmwrite(buf, ds, enforce_file_format=False, implicit_vr=True, little_endian=True)
    bare = tmp_path / "IM_BARE"
    bare.write_bytes(buf.getvalue())
    assert bare.read_bytes()[128:132] != b"DICM" and bare.read_bytes()[:2] == b"\x08\x00"
    img = load_image(bare)
    ref = load_image(src)
    assert img.source_format == "DICOM" and np.array_equal(img.pixels, ref.pixels)
    assert img.metadata["PatientID"] == "TEST-001"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss units and /tmp space: Linux")
@pytest.mark.hazard("H-020")
def test_batch_of_large_16bit_dicoms_stays_under_1_5_gb() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "large_dicom_memory.py"), "--n", "3"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["rows"] == 3 and result["peak_rss_mb"] < 1500, result


def test_random_bytes_named_dcm_are_not_called_a_dicom_object(tmp_path: Path) -> None:
    from engine.image.io import load_image

    p = tmp_path / "random.dcm"
    p.write_bytes(np.random.default_rng(5).integers(0, 256, 5000, dtype=np.uint8).tobytes())
    with pytest.raises(errors.ImageReadError) as info:
        load_image(p)
    assert "DICOM object" not in info.value.message


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
@pytest.mark.hazard("H-020")
def test_every_pydicom_test_file_loads_or_raises_typed_error(path: str) -> None:
    try:
        assert_valid(load_image(path))
    except errors.PneumoscanError as exc:
        assert exc.message and exc.code


@pytest.mark.hazard("H-015")
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


@pytest.mark.hazard("H-015")
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


@pytest.mark.hazard("H-015")
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


@pytest.mark.hazard("H-020")
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


@pytest.mark.hazard("H-020")
def test_bombs_are_refused_before_allocation(tmp_path: Path) -> None:
    import resource

    from factories import png_with_declared_size

    from engine.errors import ImageReadError
    from engine.image.io import load_image

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for w, h in ((60_000, 60_000), (7_000, 7_000), (16_000, 3_000)):
        with pytest.raises(ImageReadError):
            load_image(png_with_declared_size(tmp_path / f"b{w}.png", w, h))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 100


@pytest.mark.parametrize("name,data", _jpeg_corpus(), ids=[n for n, _ in _jpeg_corpus()])
@pytest.mark.hazard("H-019")
def test_truncated_jpegs_are_failed_rows(tmp_path: Path, name: str, data: bytes) -> None:
    """Before: a progressive JPEG holding only its first scan(s) and an EOI passed (7 of 40 cut normals were called
    PNEUMONIA); a baseline JPEG cut and closed with an EOI was grey-filled and labelled."""
    p = tmp_path / f"{name}.jpg"
    p.write_bytes(data)
    with pytest.raises((errors.TruncatedFileError, errors.CorruptImageError)) as exc:
        load_image(p)
    assert "cut short" in exc.value.message or "part of its image data" in exc.value.message or \
        "damaged" in exc.value.message


@pytest.mark.parametrize("progressive", [False, True])
@pytest.mark.hazard("H-019")
def test_whole_jpegs_still_load(tmp_path: Path, progressive: bool) -> None:
    p = tmp_path / "whole.jpg"
    p.write_bytes(_jpeg(progressive))
    assert load_image(p).pixels.shape == (256, 224)


@pytest.mark.hazard("H-019")
def test_a_png_cut_short_and_closed_is_a_failed_row(tmp_path: Path) -> None:
    buf = io.BytesIO()
    rng = np.random.default_rng(0)
    Image.fromarray(rng.integers(0, 255, (200, 200), dtype=np.uint8)).save(buf, "PNG")
    data = buf.getvalue()
    iend = data[-12:]
    p = tmp_path / "cut.png"
    p.write_bytes(data[: len(data) // 2] + iend)
    with pytest.raises(errors.ImageReadError):
        load_image(p)


@pytest.mark.hazard("H-019")
def test_real_jpegs_raise_no_decoder_warning(shared_data: Path) -> None:
    """The strict decode fails no real image: every JPEG of the official test split loads."""
    files = sorted((shared_data / "kermany224" / "test").rglob("*.jpeg"))
    assert len(files) == 624
    for f in files:
        load_image(f)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
@pytest.mark.hazard("H-015")
def test_exif_orientation_is_applied_and_recorded(tiny_bundle: Path, tmp_path: Path, fmt: str) -> None:
    """Before: a radiograph stored sideways with an Orientation tag was analysed sideways (and mostly called adult)."""
    upright = np.clip(gradient(120, 90, 255).astype(np.float32), 0, 255).astype(np.uint8)
    upright[:20, :30] = 255  # a mark in the top-left corner
    stored = np.rot90(upright, k=1)  # as a camera held sideways stores it; Orientation 6 turns it back
    exif = Image.Exif()
    exif[0x0112] = 6
    folder = tmp_path / "s"
    folder.mkdir()
    path = folder / ("side.jpg" if fmt == "JPEG" else "side.png")
    Image.fromarray(np.ascontiguousarray(stored)).save(path, fmt, exif=exif, **({"quality": 100} if fmt == "JPEG" else {}))
    img = load_image(path)
    assert img.pixels.shape == upright.shape
    assert np.abs(img.pixels * 255 - upright).mean() < 3  # upright, as a viewer shows it
    assert img.metadata["ExifOrientation"] == "6"
    from training.data import XrayDataset

    assert XrayDataset._decode(path).shape == upright.shape  # training reads it upright too (same loader)
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv")) == 0
    row = csv_rows(tmp_path / "r.csv")[0]
    assert row["exif_orientation"] == "6" and (row["image_height"], row["image_width"]) == ("120", "90")


@pytest.mark.hazard("H-019")
def test_harmless_jpeg_oddities_still_load(tmp_path: Path) -> None:
    """libjpeg's "extraneous bytes before marker" warning and stray bytes between segments are common and harmless."""
    d = _jpeg_bytes()
    cases = {"extraneous": d[:-2] + b"\0" * 16 + b"\xff\xd9",
             "stray_after_app0": d[:20] + b"\0\0" + d[20:]}
    for name, data in cases.items():
        (tmp_path / f"{name}.jpg").write_bytes(data)
        assert load_image(tmp_path / f"{name}.jpg").pixels.shape == (128, 112), name


@pytest.mark.hazard("H-019")
def test_a_jpeg_compressed_dicom_cut_short_is_a_failed_row(tmp_path: Path, shared_data: Path) -> None:
    import pydicom
    from pydicom.encaps import encapsulate, generate_frames

    src = next((shared_data / "dicom").glob("1.2.276*.dcm"))
    ds = pydicom.dcmread(src)
    frame = next(generate_frames(ds.PixelData, number_of_frames=1))
    ds.PixelData = encapsulate([frame[: len(frame) // 2] + b"\xff\xd9"])
    ds.save_as(tmp_path / "cut.dcm")
    with pytest.raises(errors.TruncatedFileError):
        load_image(tmp_path / "cut.dcm")
    load_image(src)


@pytest.mark.hazard("H-019")
def test_a_png_whose_data_holds_too_few_rows_is_a_failed_row(tmp_path: Path) -> None:
    import struct
    import zlib

    w, h = 100, 100
    rows = b"".join(b"\0" + bytes([i % 256]) * w for i in range(h // 2))  # half the rows, a complete zlib stream

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    (tmp_path / "half.png").write_bytes(png)
    with pytest.raises(errors.TruncatedFileError, match="of its rows"):
        load_image(tmp_path / "half.png")


@pytest.mark.hazard("H-015")
def test_orientation_stored_as_text_is_not_applied_and_tiff_orientation_is_recorded(tmp_path: Path) -> None:
    upright = np.clip(gradient(120, 90, 255), 0, 255).astype(np.uint8)
    ex = Image.Exif()
    ex[0x0112] = 6
    Image.fromarray(np.ascontiguousarray(np.rot90(upright))).save(tmp_path / "t.tif", exif=ex)
    img = load_image(tmp_path / "t.tif")
    assert img.pixels.shape == upright.shape and img.metadata.get("ExifOrientation") == "6"
    import struct

    # an EXIF block whose Orientation is the text "6" (type ASCII): not an orientation a viewer applies
    ifd = struct.pack("<H", 1) + struct.pack("<HHI", 0x0112, 2, 2) + b"6\0\0\0" + struct.pack("<I", 0)
    Image.fromarray(upright).save(tmp_path / "s.jpg", exif=b"Exif\0\0II*\0" + struct.pack("<I", 8) + ifd,
                                  quality=95)
    img = load_image(tmp_path / "s.jpg")
    assert img.pixels.shape == upright.shape and "ExifOrientation" not in img.metadata


@pytest.mark.hazard("H-020")
def test_multipage_tiff_is_refused_like_multiframe_dicom(tmp_path: Path) -> None:

    from engine.image.io import load_image

    pages = [Image.fromarray(gradient(96, 96, maxval=255, seed=i).astype(np.uint8)) for i in range(3)]
    path = tmp_path / "multi.tif"
    pages[0].save(path, save_all=True, append_images=pages[1:])
    with pytest.raises(errors.MultiFrameError, match="3 pages"):
        load_image(path)
    single = tmp_path / "single.tif"
    pages[0].save(single)
    assert load_image(single).pixels.shape == (96, 96)


@pytest.mark.hazard("H-020")
def test_fuzz_load_image_never_crashes_hangs_or_explodes() -> None:
    """3,000 mutated PNG/JPEG/DICOM files: a valid image or a typed error, each fast, memory bounded."""
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "fuzz_load.py"), "--cases", "3000", "--seed", "7",
                          "--max-seconds", "3", "--max-rss-mb", "800"], capture_output=True, text=True, timeout=600)
    summary = [line for line in out.stdout.splitlines() if "cases in" in line]
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert summary and "0 findings" in summary[0]
    assert "'loaded'" in summary[0]  # the mutations leave some images readable: the checks are not blanket refusals


@pytest.mark.hazard("H-048")
def test_an_image_read_for_a_result_must_be_the_bytes_the_result_was_made_from(tmp_path: Path) -> None:
    import hashlib

    from engine.errors import FileChangedError

    path = tmp_path / "a.png"
    write_raster(path, gradient(64, 64, maxval=255).astype(np.uint8))
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    assert load_image(path, sha256=sha).pixels.shape == (64, 64)
    write_raster(path, 255 - gradient(64, 64, maxval=255).astype(np.uint8))
    with pytest.raises(FileChangedError, match="changed since it was analysed"):
        load_image(path, sha256=sha)
    assert load_image(path).pixels.shape == (64, 64)  # without a result to match, the file is simply read
