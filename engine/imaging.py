"""Image operations the engine needs at run time, with numpy and Pillow only.

Why not OpenCV here: opencv-python-headless is ~160 MB in a frozen app (its own
OpenBLAS and FFmpeg included) for the four operations below, and the CPU-only
installer has a size budget.  Each function reproduces OpenCV's result for the
way the engine uses it, so models trained before the switch see the same
input; tests hold the two equal where OpenCV is installed:

* :func:`resize` -- ``cv2.resize`` on float32 with INTER_AREA (shrinking) or
  INTER_LINEAR (enlarging, and the heatmap), as separable weight matrices;
* :func:`rgb_to_grey` -- ``cv2.COLOR_RGB2GRAY`` (ITU-R BT.601 luma in OpenCV's
  15-bit fixed point);
* :func:`colorize` -- ``cv2.applyColorMap(..., COLORMAP_TURBO)`` via its table;
* :func:`decode` / :func:`encode_png` -- Pillow, which uses the same libjpeg-turbo
  and zlib decoders.
"""

from __future__ import annotations

import io
from functools import lru_cache

import numpy as np

# OpenCV's COLORMAP_TURBO table (256 RGB entries), copied once with cv2.applyColorMap.
_TURBO_HEX = (
    "30123b32154333184a341b51351e5836215f37246638276d392a733a2d793b2f803c32863d358b3e38913f3b973f3e9c"
    "4040a24143a74146ac4249b1424bb5434eba4451bf4454c34456c74559cb455ccf455ed34661d64664da4666dd4669e0"
    "466be3476ee64771e94773eb4776ee4778f0477bf2467df44680f64682f84685fa4687fb458afc458cfd448ffe4391fe"
    "4294ff4196ff4099ff3e9bfe3d9efe3ba0fd3aa3fc38a5fb37a8fa35abf833adf731aff52fb2f42eb4f22cb7f02ab9ee"
    "28bceb27bee925c0e723c3e422c5e220c7df1fc9dd1ecbda1ccdd81bd0d51ad2d21ad4d019d5cd18d7ca18d9c818dbc5"
    "18ddc218dec018e0bd19e2bb19e3b91ae4b61ce6b41de7b21fe9af20eaac22ebaa25eca727eea42aefa12cf09e2ff19b"
    "32f29835f39438f4913cf58e3ff68a43f78746f8844af8804ef97d52fa7a55fa7659fb735dfc6f61fc6c65fd6969fd66"
    "6dfe6271fe5f75fe5c79fe597dff5680ff5384ff5188ff4e8bff4b8fff4992ff4796fe4499fe429cfe409ffd3fa1fd3d"
    "a4fc3ca7fc3aa9fb39acfb38affa37b1f936b4f836b7f735b9f635bcf534bef434c1f334c3f134c6f034c8ef34cbed34"
    "cdec34d0ea34d2e935d4e735d7e535d9e436dbe236dde037dfdf37e1dd37e3db38e5d938e7d739e9d539ebd339ecd13a"
    "eecf3aefcd3af1cb3af2c93af4c73af5c53af6c33af7c13af8be39f9bc39faba39fbb838fbb637fcb336fcb136fdae35"
    "fdac34fea933fea732fea431fea130fe9e2ffe9b2dfe992cfe962bfe932afe9029fd8d27fd8a26fc8725fc8423fb8122"
    "fb7e21fa7b1ff9781ef9751df8721cf76f1af66c19f56918f46617f36315f26014f15d13f05b12ef5811ed5510ec530f"
    "eb500eea4e0de84b0ce7490ce5470be4450ae2430ae14109df3f08dd3d08dc3b07da3907d83706d63506d43305d23105"
    "d02f05ce2d04cc2b04ca2a04c82803c52603c32503c12302be2102bc2002b91e02b71d02b41b01b21a01af1801ac1701"
    "a91601a71401a41301a112019e10019b0f01980e01950d01920b018e0a018b09028808028507028106027e05027a0403"
)
TURBO = np.frombuffer(bytes.fromhex(_TURBO_HEX), dtype=np.uint8).reshape(256, 3)


@lru_cache(maxsize=64)
def _weights(n_src: int, n_dst: int, kind: str) -> np.ndarray:
    """(n_dst, n_src) interpolation matrix, float32, rows summing to 1."""
    scale = n_src / n_dst
    d = np.arange(n_dst, dtype=np.float64)[:, None]
    s = np.arange(n_src, dtype=np.float64)[None, :]
    if kind == "area":  # overlap of [d*scale, (d+1)*scale) with each source pixel [s, s+1)
        lo, hi = d * scale, (d + 1) * scale
        m = np.clip(np.minimum(hi, s + 1) - np.maximum(lo, s), 0.0, None) / scale
    else:  # bilinear with pixel centres at +0.5, edges clamped (cv2 INTER_LINEAR)
        x = (np.arange(n_dst) + 0.5) * scale - 0.5
        x0 = np.floor(x).astype(np.int64)
        f = x - x0
        f = np.where(x0 < 0, 0.0, f)
        x0 = np.clip(x0, 0, n_src - 1)
        f = np.where(x0 >= n_src - 1, 0.0, f)
        m = np.zeros((n_dst, n_src))
        rows = np.arange(n_dst)
        np.add.at(m, (rows, x0), 1.0 - f)
        np.add.at(m, (rows, np.minimum(x0 + 1, n_src - 1)), f)
    return m.astype(np.float32)


def resize(img: np.ndarray, height: int, width: int, shrink: str = "area") -> np.ndarray:
    """Resize a 2-D float32 image; ``shrink="area"`` averages when a side gets smaller.

    A side that grows (or ``shrink="linear"``) is interpolated bilinearly.
    """
    img = np.asarray(img, dtype=np.float32)
    h, w = img.shape
    ky = "area" if shrink == "area" and h >= height else "linear"
    kx = "area" if shrink == "area" and w >= width else "linear"
    return (_weights(h, height, ky) @ img @ _weights(w, width, kx).T).astype(np.float32)


def rgb_to_grey(rgb: np.ndarray) -> np.ndarray:
    """Luma of an (H, W, 3) RGB uint8/uint16 image, exactly as OpenCV computes it."""
    r, g, b = (rgb[..., i].astype(np.int64) for i in range(3))
    return ((r * 9798 + g * 19235 + b * 3735 + (1 << 14)) >> 15).astype(rgb.dtype)


def colorize(values: np.ndarray) -> np.ndarray:
    """RGB uint8 rendering of values in [0, 1] with the turbo colour map."""
    idx = np.clip(np.rint(np.asarray(values, dtype=np.float32) * 255), 0, 255).astype(np.uint8)
    return TURBO[idx]


def decode(data: bytes) -> np.ndarray:
    """Decode a PNG/JPEG/BMP/TIFF into a 2-D greyscale array (uint8, uint16 or float32).

    Alpha is dropped (it carries no radiographic information); palette and
    colour images become luma.  Raises whatever Pillow raises on damaged data.
    """
    from PIL import Image

    saved = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None  # engine.io has checked the declared size already
    try:
        with Image.open(io.BytesIO(data)) as im:
            im.load()
            mode = im.mode
            if mode in ("1", "L"):
                return np.asarray(im.convert("L"), dtype=np.uint8)
            if mode in ("LA", "La"):
                return np.asarray(im.getchannel("L"), dtype=np.uint8)
            if mode.startswith("I;16"):
                return np.asarray(im, dtype=np.uint16)
            if mode == "I":
                arr = np.asarray(im)
                if arr.size and arr.min() >= 0 and arr.max() <= 65535:
                    return arr.astype(np.uint16)
                return arr.astype(np.float32)
            if mode == "F":
                return np.asarray(im, dtype=np.float32)
            # P, RGB, RGBA, CMYK, YCbCr...: to 8-bit RGB, then luma (Pillow keeps no 16-bit colour)
            return rgb_to_grey(np.asarray(im.convert("RGB"), dtype=np.uint8))
    finally:
        Image.MAX_IMAGE_PIXELS = saved


def encode_png(rgb: np.ndarray) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(rgb, dtype=np.uint8), mode="RGB").save(buf, format="PNG")
    return buf.getvalue()
