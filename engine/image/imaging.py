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
* :func:`colorize` -- ``cv2.applyColorMap(..., COLORMAP_TURBO)`` via its table (and matplotlib's
  inferno/cividis tables);
* :func:`decode` / :func:`encode_png` -- Pillow, which uses the same libjpeg-turbo
  and zlib decoders.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from PIL import Image

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

# Perceptually uniform maps that stay legible with colour-vision deficiency (the default for
# heatmaps): copied once from matplotlib 3.11 (``matplotlib.colormaps[name]``), whose
# _cm_listed.py releases them under CC0.  Copied, not imported: the CPU build has no matplotlib.
# matplotlib's inferno table (256 RGB entries; CC0, see the comment above).
_INFERNO_HEX = (
    "00000401000501010601010802010a02020c02020e03021004031204031405041706041907051b08051d09061f0a0722"
    "0b07240c08260d08290e092b10092d110a30120a32140b34150b37160b39180c3c190c3e1b0c411c0c431e0c451f0c48"
    "210c4a230c4c240c4f260c51280b53290b552b0b572d0b592f0a5b310a5c320a5e340a5f3609613809623909633b0964"
    "3d09653e0966400a67420a68440a68450a69470b6a490b6a4a0c6b4c0c6b4d0d6c4f0d6c510e6c520e6d540f6d550f6d"
    "57106e59106e5a116e5c126e5d126e5f136e61136e62146e64156e65156e67166e69166e6a176e6c186e6d186e6f196e"
    "71196e721a6e741a6e751b6e771c6d781c6d7a1d6d7c1d6d7d1e6d7f1e6c801f6c82206c84206b85216b87216b88226a"
    "8a226a8c23698d23698f24699025689225689326679526679727669827669a28659b29649d29649f2a63a02a63a22b62"
    "a32c61a52c60a62d60a82e5fa92e5eab2f5ead305dae305cb0315bb1325ab3325ab43359b63458b73557b93556ba3655"
    "bc3754bd3853bf3952c03a51c13a50c33b4fc43c4ec63d4dc73e4cc83f4bca404acb4149cc4248ce4347cf4446d04545"
    "d24644d34743d44842d54a41d74b3fd84c3ed94d3dda4e3cdb503bdd513ade5238df5337e05536e15635e25734e35933"
    "e45a31e55c30e65d2fe75e2ee8602de9612bea632aeb6429eb6628ec6726ed6925ee6a24ef6c23ef6e21f06f20f1711f"
    "f1731df2741cf3761bf37819f47918f57b17f57d15f67e14f68013f78212f78410f8850ff8870ef8890cf98b0bf98c0a"
    "f98e09fa9008fa9207fa9407fb9606fb9706fb9906fb9b06fb9d07fc9f07fca108fca309fca50afca60cfca80dfcaa0f"
    "fcac11fcae12fcb014fcb216fcb418fbb61afbb81dfbba1ffbbc21fbbe23fac026fac228fac42afac62df9c72ff9c932"
    "f9cb35f8cd37f8cf3af7d13df7d340f6d543f6d746f5d949f5db4cf4dd4ff4df53f4e156f3e35af3e55df2e661f2e865"
    "f2ea69f1ec6df1ed71f1ef75f1f179f2f27df2f482f3f586f3f68af4f88ef5f992f6fa96f8fb9af9fc9dfafda1fcffa4"
)

# matplotlib's cividis table (256 RGB entries; CC0, see the comment above).
_CIVIDIS_HEX = (
    "00224e00234f00245100255300255400265600275800285900285b00295d002a5f002a61002b62002c64002c66002d68"
    "002e6a002e6c002f6d00306f0030700031700031710132710533710833700c34700f357012357014367016377018376f"
    "1a386f1c396f1e3a6f203a6f213b6e233c6e243c6e263d6e273e6e293f6e2a3f6d2b406d2d416d2e416d2f426d31436d"
    "32436d33446d34456c35456c36466c38476c39486c3a486c3b496c3c4a6c3d4a6c3e4b6c3f4c6c404c6c414d6c424e6c"
    "434e6c444f6c45506c46516c47516c48526c49536c4a536c4b546c4c556c4d556c4e566c4f576c50576c51586d52596d"
    "535a6d545a6d555b6d555c6d565c6d575d6d585e6d595e6e5a5f6e5b606e5c616e5d616e5e626e5e636f5f636f60646f"
    "61656f62656f636670646770656870656870666970676a71686a71696b716a6c716b6d726c6d726c6e726d6f726e6f73"
    "6f70737071737172747272747273747374757474757575757676767777767777777878777979777a7a787b7a787c7b78"
    "7d7c787e7c787e7d787f7e78807f78817f788280798381798482798582798683798784788885788985788a86788b8778"
    "8c88788d88788e89788f8a78908b78918b78928c78928d78938e78948e77958f779690779791779892779992779a9376"
    "9b94769c95769d95769e96769f9775a09875a19975a29975a39a74a49b74a59c74a69c74a79d73a89e73a99f73aaa073"
    "aba072aca172ada272aea371afa471b0a571b1a570b3a670b4a76fb5a86fb6a96fb7a96eb8aa6eb9ab6dbaac6dbbad6d"
    "bcae6cbdae6cbeaf6bbfb06bc0b16ac1b26ac2b369c3b369c4b468c5b568c6b667c7b767c8b866c9b965cbb965ccba64"
    "cdbb63cebc63cfbd62d0be62d1bf61d2c060d3c05fd4c15fd5c25ed6c35dd7c45cd9c55cdac65bdbc75adcc859ddc858"
    "dec958dfca57e0cb56e1cc55e2cd54e4ce53e5cf52e6d051e7d150e8d24fe9d34eead34cebd44bedd54aeed649efd748"
    "f0d846f1d945f2da44f3db42f5dc41f6dd3ff7de3ef8df3cf9e03afbe138fce236fde334fee434fee535fee636fee838"
)

COLOUR_MAPS: dict[str, np.ndarray] = {
    "inferno": np.frombuffer(bytes.fromhex(_INFERNO_HEX), dtype=np.uint8).reshape(256, 3),
    "cividis": np.frombuffer(bytes.fromhex(_CIVIDIS_HEX), dtype=np.uint8).reshape(256, 3),
    "turbo": TURBO,
}
DEFAULT_COLOUR_MAP = "inferno"


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


def colorize(values: np.ndarray, cmap: str = "turbo") -> np.ndarray:
    """RGB uint8 rendering of values in [0, 1] with one of :data:`COLOUR_MAPS` (turbo: OpenCV's)."""
    idx = np.clip(np.rint(np.asarray(values, dtype=np.float32) * 255), 0, 255).astype(np.uint8)
    return COLOUR_MAPS[cmap][idx]


def decode(data: bytes) -> np.ndarray:
    """Decode a PNG/JPEG/BMP/TIFF into a 2-D greyscale array (uint8, uint16 or float32), upright as a viewer shows
    it (:func:`decode_oriented`)."""
    return decode_oriented(data)[0]


def decode_oriented(data: bytes) -> tuple[np.ndarray, int]:
    """The greyscale array and the EXIF orientation that was applied (1-8; 0 when the file has none).

    The EXIF Orientation tag (as phones and some scanners write it) is applied first, exactly as Pillow's
    ``ImageOps.exif_transpose`` and every image viewer do: a radiograph stored sideways with the tag is analysed
    and shown upright.  Alpha is dropped (it carries no radiographic information); palette and colour images
    become luma.  Raises whatever Pillow raises on damaged data.
    """
    from PIL import Image, ImageOps

    saved = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None  # engine.image.io has checked the declared size already
    try:
        with Image.open(io.BytesIO(data)) as opened:
            stated = _orientation(opened)
            opened.load()
            left = _orientation(opened)  # Pillow turns TIFFs upright itself while loading (and drops the tag)
            im = ImageOps.exif_transpose(opened) if left > 1 else opened
            return _grey(im), stated
    finally:
        Image.MAX_IMAGE_PIXELS = saved


def _orientation(im: Image.Image) -> int:
    """The EXIF Orientation a viewer applies: an integer 1-8 (``exif_transpose`` ignores any other value, such as
    one stored as text, and so does Pneumoscan); 0 when there is none."""
    try:
        v = im.getexif().get(0x0112)
    except Exception:  # noqa: BLE001 - a damaged EXIF block states no orientation
        return 0
    return v if isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 8 else 0


def _grey(im: Image.Image) -> np.ndarray:
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


def encode_png(rgb: np.ndarray) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(rgb, dtype=np.uint8), mode="RGB").save(buf, format="PNG")
    return buf.getvalue()
