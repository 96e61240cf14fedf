"""Image input: turn a file into a greyscale radiograph, or refuse it with a reason.

``load_image(path)`` reads PNG, JPEG, BMP, TIFF and DICOM files and returns an
immutable :class:`XrayImage` whose ``pixels`` are a 2-D float32 array in
[0, 1], 0 being black as a radiologist would view the image.

The format is recognised from the file's first bytes, never from its name: a
text file called ``x.png`` is refused as "not an image", a DICOM file without an
extension is read as DICOM.

DICOM grey levels follow the order of DICOM PS3.3 C.11 (and PS3.4 N.2):
modality LUT (Rescale Slope/Intercept or Modality LUT Sequence), then VOI
(VOI LUT Sequence or Window Center/Width), then MONOCHROME1 inversion.  Values
are scaled by the output range that the bit depth defines (BitsStored, or the
LUT's own depth), never by 255 alone.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from engine import errors

log = logging.getLogger(__name__)

#: Smallest side the classifier can make sense of.
MIN_SIDE = 64
#: Largest image accepted, in pixels (a 43x43 cm detector at 100 µm is ~18 Mpx; 50 Mpx leaves room
#: while bounding the float64 VOI intermediate at 400 MB).
MAX_PIXELS = 50_000_000
#: Largest side accepted, in pixels.
MAX_SIDE = 16_384
#: Largest file accepted, in bytes.
MAX_FILE_BYTES = 1 << 30

#: DICOM attributes a reviewer needs, copied into ``XrayImage.metadata``.
#: PatientName is deliberately absent: it is never carried past the reader.
DICOM_FIELDS = (
    "PatientID",
    "AccessionNumber",
    "StudyInstanceUID",
    "SeriesInstanceUID",
    "SOPInstanceUID",
    "StudyDate",
    "Modality",
    "ViewPosition",
    "PatientAge",
    "PatientSex",
    "BodyPartExamined",
    "Manufacturer",
    "InstitutionName",
    "StudyDescription",
    "SeriesDescription",
    "ProtocolName",
)

#: Every tag name an image's metadata can hold (what the result cache accepts back): the DICOM fields, what the
#: reader derives from them, and the EXIF orientation applied to a raster.
METADATA_KEYS = frozenset((*DICOM_FIELDS, "TransferSyntaxUID", "PhotometricInterpretation", "ViewCodeMeaning",
                           "PatientAgeSource", "PatientAgeProblem", "ExifOrientation"))
#: Oldest age accepted as a person's (a derived or stated age above it is an unreadable age, not an adult).
MAX_AGE_YEARS = 150

#: JPEG transfer syntaxes (baseline, extended, lossless): their frames get :func:`check_jpeg`.
_DICOM_JPEG_SYNTAXES = {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57",
                        "1.2.840.10008.1.2.4.70"}

_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
_TIFF_MAGICS = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
_BMP_MAGIC = b"BM"
_DICOM_EXTENSIONS = {".dcm", ".dicom", ".dic", ".dc3"}
# Meta-information or identifying group tags, little endian, at offset 0 of a
# DICOM stream written without the 128-byte preamble and "DICM" marker (PS3.10 7.1
# makes the preamble mandatory, but many PACS exports omit it).
_PREAMBLELESS_GROUPS = (b"\x02\x00", b"\x08\x00")

FORMATS = ("PNG", "JPEG", "BMP", "TIFF", "DICOM")


@dataclass(frozen=True)
class XrayImage:
    """A greyscale radiograph ready for display and classification.

    Attributes
    ----------
    pixels
        2-D float32 array in [0, 1], read-only; 0 is black as displayed.
    bit_depth
        Bits per sample of the stored image (8, 12, 16, ...).
    source_format
        One of :data:`FORMATS`.
    path
        The file it was read from.
    metadata
        DICOM attributes from :data:`DICOM_FIELDS` that are present (as strings),
        plus ``TransferSyntaxUID`` and ``PhotometricInterpretation``; empty for
        other formats.
    window
        ``(centre, width)`` from the file's first VOI window, in modality units,
        or ``None``.
    display
        :class:`engine.image.display.DisplayData` (the file's units, presets, VOI LUTs
        and the overlay's identity) when read with ``display=True``, else None.
    """

    pixels: np.ndarray
    bit_depth: int
    source_format: str
    path: str = ""
    metadata: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    window: tuple[float, float] | None = None
    display: Any = None  # engine.image.display.DisplayData, for the image on screen only (load_image(display=True))

    def __post_init__(self) -> None:
        if self.pixels.ndim != 2 or self.pixels.dtype != np.float32:
            raise ValueError("XrayImage.pixels must be a 2-D float32 array")
        self.pixels.setflags(write=False)
        if not isinstance(self.metadata, MappingProxyType):
            object.__setattr__(self, "metadata", MappingProxyType(dict(self.metadata)))

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])


# --------------------------------------------------------------------------- sniffing
def sniff_format(head: bytes, name: str = "") -> str | None:
    """Return the format of a file from its first 132+ bytes, or ``None``.

    ``name`` is used only for the preamble-less DICOM case, which has no magic.
    """
    # The DICOM marker first: a PS3.10 preamble may itself hold a TIFF header
    # (dual-personality files such as pydicom's CT_small.dcm).
    if len(head) >= 132 and head[128:132] == b"DICM":
        return "DICOM"
    if head.startswith(_PNG_MAGIC):
        return "PNG"
    if head.startswith(_JPEG_MAGIC):
        return "JPEG"
    if head.startswith(_TIFF_MAGICS):
        return "TIFF"
    if head.startswith(_BMP_MAGIC) and len(head) >= 18:
        return "BMP"
    if _looks_like_preambleless_dicom(head):
        return "DICOM"
    return None


def _looks_like_preambleless_dicom(head: bytes) -> bool:
    if len(head) < 8 or head[:2] not in _PREAMBLELESS_GROUPS:
        return False
    # Explicit VR: two upper-case letters after the tag; implicit VR: a 4-byte
    # length that is small for the first element of a group.
    vr = head[4:6]
    if vr.isalpha() and vr.isupper():
        return True
    length = int.from_bytes(head[4:8], "little")
    return head[2:4] in (b"\x00\x00", b"\x01\x00", b"\x02\x00", b"\x05\x00", b"\x08\x00", b"\x16\x00") and length < 256


def read_head(path: str | os.PathLike[str], size: int = 132) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(size)


# --------------------------------------------------------------------------- public API
def load_image(path: str | os.PathLike[str], display: bool = False, sha256: str | None = None) -> XrayImage:
    """Read one radiograph.

    Parameters
    ----------
    path
        A PNG (8/16-bit; grey, RGB, RGBA or palette), JPEG, BMP, TIFF or DICOM
        file (uncompressed little/big endian, deflated, JPEG baseline/extended/
        lossless, JPEG-LS, JPEG 2000 or RLE).

    Returns
    -------
    XrayImage

    Raises
    ------
    engine.errors.ImageReadError
        A subclass saying what is wrong: empty, truncated, corrupt, unsupported,
        no pixel data, multi-frame, colour, missing decoder, too small, too large.

    ``display=True`` also keeps what a viewer needs (:class:`engine.image.display.DisplayData`).
    ``sha256``: the bytes must be these (those a result was made from), else
    :class:`engine.errors.FileChangedError` and nothing is decoded: a result is never shown beside other pixels.
    """
    data = read_file(path)
    if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
        raise errors.FileChangedError(f"{Path(path).name} changed since it was analysed: nothing made from its "
                                      "result is shown beside other pixels. Analyse it again.")
    return decode_image(data, path, display)


NOT_REGULAR_MESSAGE = ("{name!r} is not a regular file (a pipe, socket or device, or a link to one); "
                       "Pneumoscan reads image files only.")


def check_regular_file(path: str | os.PathLike[str]) -> os.stat_result:
    """``os.stat`` of ``path`` (links followed) if it is a regular file, else a typed error.

    FIFOs, sockets and devices are refused before anything opens them: opening a
    FIFO blocks until a writer appears, and a character device such as
    ``/dev/zero`` never ends.
    """
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise errors.ImageReadError(f"The file {p.name!r} does not exist (it may have been moved or deleted).") from None
    except PermissionError:
        raise errors.PermissionDeniedError(f"Permission denied: {p.name!r} cannot be opened by this user account. "
                                           "Ask the owner of the folder for read access.") from None
    except OSError as exc:
        raise errors.ImageReadError(f"The file {p.name!r} cannot be opened: {exc.strerror or exc}.") from None
    if stat.S_ISDIR(st.st_mode):
        raise errors.UnsupportedFormatError(f"{p.name!r} is a folder, not an image file.")
    if not stat.S_ISREG(st.st_mode):
        raise errors.NotRegularFileError(NOT_REGULAR_MESSAGE.format(name=p.name))
    return st


def read_file(path: str | os.PathLike[str], st: os.stat_result | None = None) -> bytes:
    """The file's bytes, read once (callers that also hash them need no second read).

    Only regular files are opened (:func:`check_regular_file`); files over
    :data:`MAX_FILE_BYTES` are refused before reading, and the read is capped at
    the size ``stat`` reported, so a file that changes into something endless
    between the check and the read still cannot exhaust memory.  ``st``: the caller's
    :func:`check_regular_file` result, so the file is not looked up twice.
    """
    p = Path(path)
    size = (st or check_regular_file(p)).st_size
    if size > MAX_FILE_BYTES:
        raise errors.ImageTooLargeError(
            f"The file {p.name!r} is {size / 2**20:.0f} MB; Pneumoscan accepts files up to {MAX_FILE_BYTES / 2**20:.0f} MB."
        )
    try:
        # O_NONBLOCK: if a FIFO was swapped in after the check, open() must not wait for a writer
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except PermissionError:
        raise errors.PermissionDeniedError(f"Permission denied: {p.name!r} cannot be read by this user account. "
                                           "Ask the owner of the folder for read access.") from None
    except OSError as exc:
        raise errors.ImageReadError(f"The file {p.name!r} cannot be read: {exc.strerror or exc}.") from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise errors.NotRegularFileError(NOT_REGULAR_MESSAGE.format(name=p.name))
        try:
            data = fh.read(size + 1)
        except OSError as exc:
            raise errors.ImageReadError(f"The file {p.name!r} cannot be read: {exc.strerror or exc}.") from None
    if len(data) > size:
        raise errors.ImageReadError(f"The file {p.name!r} changed while it was being read (it is still being "
                                    "copied?). Try again when the copy has finished.")
    return data


def sha256_of_file(path: str | os.PathLike[str]) -> str:
    """The sha256 of a regular file's bytes, read as :func:`read_file` reads them (errors typed the same way)."""
    return hashlib.sha256(read_file(path)).hexdigest()


def decode_image(data: bytes, path: str | os.PathLike[str], display: bool = False) -> XrayImage:
    """Turn a file's bytes (from :func:`read_file`) into an :class:`XrayImage`; ``path`` names it."""
    p = Path(path)
    if not data:
        raise errors.EmptyFileError(f"The file {p.name!r} is empty (0 bytes). It was probably not copied completely; copy it again from the source.")
    head = data[:512]
    fmt = sniff_format(head, p.name)
    if fmt is None and p.suffix.lower() in _DICOM_EXTENSIONS:
        fmt = "DICOM"  # let pydicom try; it gives a precise reason if it is not DICOM
    if fmt is None:
        raise errors.UnsupportedFormatError(_unknown_format_message(p, head))
    try:
        if fmt == "DICOM":
            image = _load_dicom(p, data, display)
        else:
            image = _load_raster(p, fmt, data)
            if display:
                from engine.image.display import raster_display

                object.__setattr__(image, "display", raster_display(image.bit_depth))
    except errors.PneumoscanError:
        raise
    except MemoryError:
        raise errors.ImageTooLargeError(f"The image in {p.name!r} is too large to fit in memory.") from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a decoder failing in a way we did not foresee (incl. Rust panics)
        log.debug("decoder failure on %s", p, exc_info=True)
        raise errors.CorruptImageError(
            f"The {fmt} file {p.name!r} is damaged and cannot be decoded ({type(exc).__name__}: {exc}). "
            "Export the image again from its source."
        ) from exc
    return image


def _unknown_format_message(p: Path, head: bytes) -> str:
    ext = p.suffix.lower()
    claimed = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".bmp": "BMP", ".tif": "TIFF", ".tiff": "TIFF"}.get(ext)
    if claimed:
        return (
            f"{p.name!r} is named like a {claimed} image but its content is not a {claimed} image "
            "(it may be a renamed or damaged file). Supported: PNG, JPEG, BMP, TIFF, DICOM."
        )
    return f"{p.name!r} is not an image Pneumoscan can read. Supported formats: PNG, JPEG, BMP, TIFF and DICOM."


def check_dimensions(width: int, height: int, name: str) -> None:
    """Refuse images too small to classify or large enough to exhaust memory.

    Called with the dimensions declared in the header, before any pixel buffer
    is allocated, so a decompression bomb is refused for free.
    """
    if width <= 0 or height <= 0:
        raise errors.CorruptImageError(f"{name!r} declares an image of {width}x{height} pixels, which is not valid.")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise errors.ImageTooLargeError(
            f"{name!r} is {width}x{height} pixels; Pneumoscan accepts at most {MAX_SIDE} pixels a side and "
            f"{MAX_PIXELS // 1_000_000} megapixels. Export a downsized copy."
        )
    if min(width, height) < MIN_SIDE:
        raise errors.ImageTooSmallError(
            f"{name!r} is only {width}x{height} pixels; at least {MIN_SIDE} pixels a side are needed to classify a chest X-ray."
        )


# --------------------------------------------------------------------------- rasters
def _raster_size(p: Path, fmt: str, data: bytes) -> tuple[int, int]:
    """Declared (width, height) from the header, without decoding pixels."""
    # Pillow parses headers lazily; its own bomb check is disabled here because
    # ours (check_dimensions) gives the clinician a readable message.
    from PIL import Image

    saved = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None
    try:
        import io as _io

        with Image.open(_io.BytesIO(data)) as im:
            frames = int(getattr(im, "n_frames", 1) or 1)
            size = int(im.size[0]), int(im.size[1])
    except Exception as exc:  # noqa: BLE001 - Pillow raises many types on damaged headers: each becomes a typed error
        if len(data) < 64:
            raise errors.TruncatedFileError(f"The {fmt} file {p.name!r} is cut short ({len(data)} bytes); copy it again.") from None
        raise errors.CorruptImageError(f"The {fmt} file {p.name!r} has a damaged header and cannot be read ({exc}).") from None
    finally:
        Image.MAX_IMAGE_PIXELS = saved
    if frames > 1:  # like a multi-frame DICOM: which page would the model read?
        raise errors.MultiFrameError(f"{p.name!r} is a multi-page {fmt} ({frames} pages). Pneumoscan reads one "
                                     "radiograph per file: export the chest X-ray page on its own.")
    return size


def _check_complete(p: Path, fmt: str, data: bytes) -> None:
    """Detect truncated files that decoders would silently fill with grey."""
    if fmt == "PNG" and b"IEND" not in data[-64:]:
        raise errors.TruncatedFileError(f"The PNG file {p.name!r} is cut short (no end marker); copy it again from the source.")
    if fmt == "JPEG":
        check_jpeg(p, data)


def check_jpeg(p: Path, data: bytes) -> None:
    """A JPEG stream (a file, or a DICOM's encapsulated frame) that is complete: an end marker after the last
    scan, scans that code the whole picture, and no decoder report of corrupt or missing data."""
    # The entropy-coded data stuffs 0xFF with 0x00, so the EOI marker (FFD9)
    # cannot occur inside it; an embedded EXIF thumbnail has its own EOI, so
    # the last EOI must come after the last start-of-scan (FFDA).
    if data.rfind(b"\xff\xd9") < data.rfind(b"\xff\xda"):
        raise errors.TruncatedFileError(f"The JPEG file {p.name!r} is cut short (no end marker); copy it again from the source.")
    _check_jpeg_scans(p, data)
    _check_jpeg_data(p, data)


#: Start-of-frame markers (JPEG ITU-T T.81 B.1.1.3), and those of progressive frames.
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_PROGRESSIVE_SOF = {0xC2, 0xC6, 0xCA, 0xCE}
#: Arithmetic-coded frames: libjpeg pads missing arithmetic-coded data with zeros without a warning.
_ARITHMETIC_SOF = {0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _check_jpeg_scans(p: Path, data: bytes) -> None:
    """Refuse a JPEG whose scans do not code every coefficient of every component.

    A progressive JPEG cut after its first scans and closed with an end marker decodes without any complaint from
    libjpeg -- a blurred, plausible radiograph (measured: 7 of 40 normal images cut so were called PNEUMONIA).  The
    markers say what was coded: each scan header (T.81 B.2.3) names its components, its spectral range Ss..Se and
    its last successive-approximation bit Al; a coefficient is final once a scan with Al = 0 has covered it.  Every
    component of the frame must end with all 64 coefficients final (a sequential frame: every component scanned).
    Hand-written because no decoder reports it: libjpeg treats a short progression as a complete image.
    """
    n = len(data)
    pos = 2
    components: list[int] | None = None
    progressive = False
    final: dict[int, set[int]] = {}
    damaged = errors.CorruptImageError(f"The JPEG file {p.name!r} is damaged (its markers do not follow the JPEG "
                                       "format). Export the image again.")
    while pos + 4 <= n:
        if data[pos] != 0xFF:  # stray bytes between segments: libjpeg skips them too (with a harmless warning)
            nxt = data.find(b"\xff", pos)
            if nxt < 0:
                break
            pos = nxt
            continue
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xD9:  # end of image
            break
        if marker == 0xD8 or 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2:pos + 4], "big")
        if length < 2 or pos + 2 + length > n:
            raise errors.TruncatedFileError(f"The JPEG file {p.name!r} is cut short (a header runs past the end of the "
                                            "file); copy it again from the source.")
        seg = data[pos + 4:pos + 2 + length]
        pos += 2 + length
        if marker in _SOF and len(seg) >= 6:
            if marker in _ARITHMETIC_SOF:
                raise errors.UnsupportedFormatError(
                    f"{p.name!r} is an arithmetic-coded JPEG: Pneumoscan cannot check that it is complete (a cut one "
                    "decodes without any warning). Export it as a standard JPEG, PNG or DICOM.")
            progressive = marker in _PROGRESSIVE_SOF
            components = [seg[6 + 3 * i] for i in range(seg[5]) if 6 + 3 * i < len(seg)]
        elif marker == 0xDA:
            ns = seg[0] if seg else 0
            if ns < 1 or len(seg) < 4 + 2 * ns:
                raise damaged
            ids = [seg[1 + 2 * i] for i in range(ns)]
            ss, se, al = seg[1 + 2 * ns], seg[2 + 2 * ns], seg[3 + 2 * ns] & 0x0F
            if not progressive:
                ss, se, al = 0, 63, 0
            if al == 0 and ss <= se <= 63:
                for c in ids:
                    final.setdefault(c, set()).update(range(ss, se + 1))
            # skip the entropy-coded data: up to the next marker that is not a stuffed 0x00, a restart or a fill
            while True:
                j = data.find(b"\xff", pos)
                if j < 0 or j + 1 >= n:
                    pos = n
                    break
                m = data[j + 1]
                if m == 0x00 or 0xD0 <= m <= 0xD7:
                    pos = j + 2
                elif m == 0xFF:
                    pos = j + 1
                else:
                    pos = j
                    break
    if components is None:
        raise damaged
    whole = set(range(64))
    if any(final.get(c, set()) != whole for c in components):
        raise errors.TruncatedFileError(
            f"The JPEG file {p.name!r} holds only part of its image data (its scans do not code the whole picture: "
            f"a {'progressive ' if progressive else ''}JPEG cut short and closed early, or written incompletely); "
            "what it shows is a blurred or incomplete picture. Copy or export it again from the source.")


#: libjpeg-turbo's messages for damaged or missing data (its warnings, which Pillow does not report).
_JPEG_DATA_PROBLEMS = ("corrupt jpeg data", "premature end", "inconsistent progression", "huffman",
                       "arithmetic code", "too few scanlines", "does not match data length")
#: Warnings about the file's form, not its picture (common in real files, harmless): never a failed row.
_JPEG_HARMLESS = ("extraneous bytes", "invalid sos parameters for sequential", "thumbnail image size")


def _check_jpeg_data(p: Path, data: bytes) -> None:
    """Decode once with warnings as errors (simplejpeg's ``strict``: the same libjpeg-turbo as Pillow, which hides
    them): a baseline JPEG cut short and closed with an end marker decodes to grey-filled rows with only a warning,
    "Corrupt JPEG data: premature end of data segment".  Decoded at 1/8 scale: the entropy decoder still reads every
    byte (0.2 ms for a 224 px image; none of the 5,904 JPEGs of the Kermany and scope sets warns).  Files simplejpeg
    cannot convert (CMYK, 12-bit) are left to Pillow."""
    import simplejpeg

    try:
        simplejpeg.decode_jpeg(data, colorspace="GRAY", strict=True, min_factor=8)
    except (ValueError, RuntimeError) as exc:
        text = str(exc)
        if any(k in text.lower() for k in _JPEG_DATA_PROBLEMS) and not any(k in text.lower() for k in _JPEG_HARMLESS):
            premature = "premature" in text.lower()
            cls = errors.TruncatedFileError if premature else errors.CorruptImageError
            raise cls(f"The JPEG file {p.name!r} is {'cut short' if premature else 'damaged'} (the decoder reports "
                      f"\"{text.strip()}\"); part of the picture would be made up. Copy or export it again from "
                      "the source.") from None
        log.debug("simplejpeg cannot check %s (%s); left to Pillow", p.name, text)


def _check_png_payload(p: Path, data: bytes, width: int, height: int) -> None:
    """Refuse a PNG whose header declares more pixel bytes than its data could inflate to.

    zlib's deflate expands at most ~1032:1, so a small file that declares a big
    image is damaged or a decompression bomb; catching it here avoids the
    decoder allocating the full declared buffer first.
    """
    if len(data) < 29:
        return
    # every chunk's declared length must fit in the file: libpng otherwise allocates
    # what a damaged length field says (seen in fuzzing: 1 GB for a 3 kB file)
    pos = 8
    idat: list[bytes] = []
    while pos + 12 <= len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        if length > len(data) - pos - 12:
            raise errors.TruncatedFileError(f"The PNG file {p.name!r} is cut short or damaged (a chunk runs past the "
                                            "end of the file). Copy or export it again.")
        if data[pos + 4:pos + 8] == b"IDAT":
            idat.append(data[pos + 8:pos + 8 + length])
        if data[pos + 4:pos + 8] == b"IEND":
            break
        pos += 12 + length
    bit_depth, colour_type = data[24], data[25]
    samples = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(colour_type, 4)
    raw = height * ((width * samples * bit_depth + 7) // 8 + 1)
    if raw > 1100 * len(data):
        raise errors.CorruptImageError(
            f"The PNG file {p.name!r} declares a {width}x{height} image, far more than its {len(data)} bytes can hold: "
            "it is damaged. Export the image again.")
    if data[28] == 0 and idat:  # not interlaced: the pixel data must inflate to every row (Pillow fills missing
        import zlib  # rows with black when a complete zlib stream holds too few)

        try:
            inflated = len(zlib.decompressobj().decompress(b"".join(idat), raw + 1))
        except zlib.error:
            raise errors.CorruptImageError(f"The PNG file {p.name!r} has damaged pixel data. Export the image "
                                           "again.") from None
        if inflated < raw:
            raise errors.TruncatedFileError(
                f"The PNG file {p.name!r} holds only {inflated * 100 // raw} % of its rows; the rest would be made "
                "up. Copy or export it again from the source.")


def _load_raster(p: Path, fmt: str, data: bytes) -> XrayImage:
    from engine.image.imaging import decode_oriented

    width, height = _raster_size(p, fmt, data)
    check_dimensions(width, height, p.name)
    if fmt == "PNG":
        _check_png_payload(p, data, width, height)
    _check_complete(p, fmt, data)
    try:
        arr, orientation = decode_oriented(data)
    except (OSError, SyntaxError, ValueError) as exc:  # Pillow's ways of saying "damaged"
        if "truncated" in str(exc).lower():
            raise errors.TruncatedFileError(f"The {fmt} file {p.name!r} is cut short; copy it again from the source.") from None
        raise errors.CorruptImageError(f"The {fmt} file {p.name!r} is damaged and cannot be decoded ({exc}). "
                                       "Export the image again.") from None
    if arr.ndim != 2 or arr.size == 0:
        raise errors.CorruptImageError(f"The {fmt} file {p.name!r} is damaged and cannot be decoded. Export the image again.")
    if orientation in (5, 6, 7, 8) and arr.shape == (width, height):  # stored sideways, turned upright here
        width, height = height, width  # (Pillow turns TIFFs upright itself: their declared size is already upright)
    if arr.shape[0] != height or arr.shape[1] != width:
        raise errors.CorruptImageError(f"The {fmt} file {p.name!r} decodes to a size other than its header declares.")
    pixels, bits = _scale_integer_or_float(arr)
    meta = {"ExifOrientation": str(orientation)} if orientation > 1 else {}
    return XrayImage(pixels=pixels, bit_depth=bits, source_format=fmt, path=str(p), metadata=meta)


def _scale_integer_or_float(arr: np.ndarray) -> tuple[np.ndarray, int]:
    if arr.dtype == np.uint8:
        return (arr.astype(np.float32) / np.float32(255.0)), 8
    if arr.dtype == np.uint16:
        return (arr.astype(np.float32) / np.float32(65535.0)), 16
    if arr.dtype == np.int16:
        return ((arr.astype(np.float32) + 32768.0) / np.float32(65535.0)), 16
    # Float TIFFs carry no declared range: map their own range onto [0, 1].
    a = arr.astype(np.float32)
    finite = np.isfinite(a)
    if not finite.any():
        raise errors.CorruptImageError("The image holds no finite pixel values.")
    lo, hi = float(a[finite].min()), float(a[finite].max())
    a = np.where(finite, a, lo)
    if 0.0 <= lo and hi <= 1.0:
        out = a
    else:
        out = (a - lo) / (hi - lo) if hi > lo else np.zeros_like(a)
    return np.clip(out, 0.0, 1.0).astype(np.float32), 32


# --------------------------------------------------------------------------- DICOM
def _load_dicom(p: Path, data: bytes, display: bool = False) -> XrayImage:
    import io as _io

    import pydicom
    from pydicom.errors import InvalidDicomError

    try:
        ds = pydicom.dcmread(_io.BytesIO(data), force=True)
    except InvalidDicomError as exc:
        raise errors.CorruptImageError(f"{p.name!r} is not a valid DICOM file ({exc}).") from None
    except (EOFError, OSError) as exc:
        raise errors.TruncatedFileError(f"The DICOM file {p.name!r} is cut short or unreadable ({exc}); copy it again.") from None
    except Exception as exc:  # noqa: BLE001 - pydicom raises many types on damaged files: each becomes a typed error
        raise errors.CorruptImageError(f"{p.name!r} is not a readable DICOM file ({type(exc).__name__}: {exc}).") from None

    if len(ds) == 0 and not getattr(ds, "file_meta", None):
        raise errors.CorruptImageError(f"{p.name!r} is not a valid DICOM file (no DICOM elements could be read).")
    if data[128:132] != b"DICM" and not any(k in ds for k in ("SOPClassUID", "Modality", "StudyInstanceUID", "Rows")):
        # no marker and none of the attributes every image object has: bytes that merely parsed as elements
        raise errors.CorruptImageError(f"{p.name!r} is not a DICOM file (no DICOM header and no image attributes).")
    if "PixelData" not in ds and "FloatPixelData" not in ds and "DoubleFloatPixelData" not in ds:
        kind = _describe_sop_class(ds)
        raise errors.NoPixelDataError(
            f"{p.name!r} is a DICOM {kind} and holds no image. Open the X-ray image of the study instead."
        )
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    if frames > 1:
        raise errors.MultiFrameError(
            f"{p.name!r} is a multi-frame DICOM ({frames} frames: a cine, tomosynthesis or CT/MR series). "
            "Pneumoscan reads single-frame chest radiographs only."
        )
    photometric = str(ds.get("PhotometricInterpretation", "")).strip().upper()
    samples = int(ds.get("SamplesPerPixel", 1) or 1)
    if not photometric:
        raise errors.CorruptImageError(
            f"The DICOM file {p.name!r} lacks its Photometric Interpretation, so its grey levels cannot be shown reliably."
        )
    if samples != 1 or photometric not in ("MONOCHROME1", "MONOCHROME2"):
        raise errors.ColourImageError(
            f"{p.name!r} is a colour DICOM image ({photometric or 'unknown'}, {samples} samples per pixel), "
            "not a greyscale radiograph. Pneumoscan reads greyscale X-rays only."
        )
    try:
        rows, cols = int(ds.Rows), int(ds.Columns)
        bits_stored = int(ds.get("BitsStored") or ds.BitsAllocated)
    except (AttributeError, TypeError, ValueError):
        raise errors.CorruptImageError(f"The DICOM file {p.name!r} lacks its image size or bit depth (Rows, Columns, BitsAllocated).") from None
    check_dimensions(cols, rows, p.name)
    if not 1 <= bits_stored <= 32:
        raise errors.CorruptImageError(f"The DICOM file {p.name!r} declares {bits_stored} bits per pixel, which is not valid.")

    tsyntax = ds.file_meta.get("TransferSyntaxUID") if getattr(ds, "file_meta", None) else None
    if tsyntax is None:
        # No file meta (neither preamble nor group 0002): a bare dataset as some old modalities write it.
        # PS3.5 10.1: its encoding is then implicit VR little endian unless the stream says otherwise;
        # pydicom detected which one while parsing, so the pixel data can be read uncompressed.
        from pydicom.dataset import FileMetaDataset
        from pydicom.uid import ExplicitVRBigEndian, ExplicitVRLittleEndian, ImplicitVRLittleEndian

        implicit, little = getattr(ds, "original_encoding", (True, True))
        tsyntax = (ImplicitVRLittleEndian if implicit else ExplicitVRLittleEndian) if little is not False \
            else ExplicitVRBigEndian
        if not getattr(ds, "file_meta", None):
            ds.file_meta = FileMetaDataset()
        ds.file_meta.TransferSyntaxUID = tsyntax
    _check_decoder(tsyntax, p.name)
    if str(tsyntax) in _DICOM_JPEG_SYNTAXES:  # the same completeness checks as a JPEG file
        try:
            from pydicom.encaps import generate_frames

            frame = next(generate_frames(ds.PixelData, number_of_frames=1))
        except Exception:  # noqa: BLE001 - malformed encapsulation: the decoder below says why
            frame = b""
        if frame:
            try:
                check_jpeg(p, frame)
            except (errors.TruncatedFileError, errors.CorruptImageError) as exc:
                how = "cut short" if isinstance(exc, errors.TruncatedFileError) else "damaged"
                raise type(exc)(f"The JPEG-compressed image in DICOM file {p.name!r} is {how}: part of the picture "
                                "would be made up. Export it again from the source.") from None
            except errors.UnsupportedFormatError:
                pass  # arithmetic coding inside DICOM: left to the decoder
    try:
        raw = ds.pixel_array
    except (MemoryError, KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - Rust decoders (pylibjpeg-rle) panic with a BaseException subclass
        msg = str(exc)
        if "missing" in msg.lower() and "plugin" in msg.lower():
            raise errors.MissingDecoderError(f"{p.name!r}: {msg}") from None
        if any(w in msg.lower() for w in ("truncat", "shorter than", "end of", "not enough", "insufficient", "buffer")):
            raise errors.TruncatedFileError(
                f"The image data in DICOM file {p.name!r} is incomplete ({msg}). Copy or export it again."
            ) from None
        raise errors.CorruptImageError(
            f"The image data in DICOM file {p.name!r} cannot be decoded ({type(exc).__name__}: {msg}). Export it again."
        ) from None
    if raw.ndim != 2:
        raise errors.ColourImageError(f"{p.name!r} decodes to an array of shape {raw.shape}, not a single greyscale image.")

    del ds["PixelData"]  # the encoded copy is no longer needed: free it before the float conversion
    kept: dict[str, Any] | None = {} if display else None
    pixels, window = _dicom_grey_levels(raw, ds, bits_stored, p.name, kept)
    del raw
    if photometric == "MONOCHROME1":
        # PS3.3 C.7.6.3.1.2: minimum value is displayed white; invert after VOI.
        pixels = 1.0 - pixels
    meta = {"TransferSyntaxUID": str(tsyntax or ""), "PhotometricInterpretation": photometric}
    for name in DICOM_FIELDS:
        value = ds.get(name)
        if value is not None and str(value).strip():
            meta[name] = str(value).strip()
    meta.update(_view_code_and_derived_age(ds, meta))
    shown = None
    if kept is not None:
        from engine.image.display import dicom_display

        shown = dicom_display(ds, kept["values"], _stored_range(ds, bits_stored), kept["used"],
                              photometric == "MONOCHROME1")
    return XrayImage(
        pixels=np.ascontiguousarray(pixels, dtype=np.float32),
        bit_depth=bits_stored,
        source_format="DICOM",
        path=str(p),
        metadata=meta,
        window=window,
        display=shown,
    )


def _view_code_and_derived_age(ds: Any, meta: Mapping[str, str]) -> dict[str, str]:
    """Extra gate evidence: the coded view (PS3.3 C.8.11.5 ViewCodeSequence) and, without PatientAge,
    the age at the study from PatientBirthDate and StudyDate (the birth date itself is not kept)."""
    out: dict[str, str] = {}
    try:
        seq = ds.get("ViewCodeSequence")
        if seq:
            meaning = str(seq[0].get("CodeMeaning", "") or "").strip()
            if meaning:
                out["ViewCodeMeaning"] = meaning
    except Exception:  # a malformed sequence is no evidence either way
        log.debug("unreadable ViewCodeSequence", exc_info=True)
    import datetime as _dt

    unreadable: list[str] = []

    def date(name: str) -> _dt.date | None:
        text = str(ds.get(name, "") or "").strip()
        if not text:
            return None
        try:
            return _dt.datetime.strptime(text[:8], "%Y%m%d").date()
        except ValueError:
            unreadable.append(f"{name} {text[:20]!r}")
            return None

    birth, study = date("PatientBirthDate"), date("StudyDate")
    latest = _dt.date.today() + _dt.timedelta(days=1)  # a day's slack for time zones
    problem = ""
    if unreadable:  # a date that is there but is no date (20200230, 00000000): nothing can be derived or checked
        problem = f"{' and '.join(unreadable)} {'is not a date' if len(unreadable) == 1 else 'are not dates'}."
    elif birth is not None and birth > latest:
        problem = f"The birth date ({birth.isoformat()}) is in the future."
    elif study is not None and study > latest:
        problem = f"The study date ({study.isoformat()}) is in the future."
    elif birth is not None and study is not None and birth > study:
        problem = f"The birth date ({birth.isoformat()}) is after the study date ({study.isoformat()})."
    elif birth is not None and (study or _dt.date.today()).year - birth.year > MAX_AGE_YEARS:
        problem = f"The birth date ({birth.year}) gives an age over {MAX_AGE_YEARS} years."
    if problem:  # no age is derived from dates that cannot be a person's; the gate says why (engine.checks.input_gate)
        out["PatientAgeProblem"] = problem + " Correct the dates in the source system."
    elif "PatientAge" not in meta and birth is not None and study is not None:
        days = (study - birth).days
        # DICOM Age String (PS3.5 6.2): days under a month, months under two years, else years
        out["PatientAge"] = (f"{days:03d}D" if days < 31 else f"{int(days / 30.4375):03d}M" if days < 731
                             else f"{int(days / 365.25):03d}Y")
        out["PatientAgeSource"] = "derived from PatientBirthDate and StudyDate"
    return out


def _describe_sop_class(ds: Any) -> str:
    uid = ds.get("SOPClassUID")
    name = getattr(uid, "name", "") if uid is not None else ""
    if name and name != str(uid):
        return f"'{name}' object"
    modality = str(ds.get("Modality", "")).strip()
    return f"{modality} object" if modality else "object"


def _check_decoder(tsyntax: Any, name: str) -> None:
    """Say which package to install when a compressed syntax has no decoder."""
    if tsyntax is None:
        return
    try:
        from pydicom.pixels import get_decoder

        decoder = get_decoder(tsyntax)
    except NotImplementedError:
        raise errors.MissingDecoderError(
            f"{name!r} uses the transfer syntax {getattr(tsyntax, 'name', tsyntax)}, which no installed "
            "DICOM decoder supports. Ask your PACS to export it uncompressed."
        ) from None
    except Exception:  # noqa: BLE001 - unknown/private UID: let pydicom try and report
        return
    if not decoder.is_available:
        missing = "; ".join(decoder.missing_dependencies) or "a decoder plugin"
        raise errors.MissingDecoderError(
            f"{name!r} is compressed as {tsyntax.name} and no decoder for it is installed. "
            f"Install one of: {missing} (for example 'pip install pylibjpeg pylibjpeg-libjpeg pylibjpeg-openjpeg')."
        )


def _stored_range(ds: Any, bits_stored: int) -> tuple[float, float]:
    """Range of values after the modality LUT, as PS3.3 C.11.1 defines it.

    Mirrors the output range pydicom's ``apply_windowing`` maps a window onto,
    so windowed and un-windowed images are scaled the same way.
    """
    if ds.get("ModalityLUTSequence"):
        bits = int(ds.ModalityLUTSequence[0].LUTDescriptor[2])
        lo, hi = 0.0, float(2**bits - 1)
    elif int(ds.get("PixelRepresentation", 0) or 0) == 0:
        lo, hi = 0.0, float(2**bits_stored - 1)
    else:
        lo, hi = float(-(2 ** (bits_stored - 1))), float(2 ** (bits_stored - 1) - 1)
    slope, intercept = ds.get("RescaleSlope"), ds.get("RescaleIntercept")
    if slope is not None and intercept is not None and not ds.get("ModalityLUTSequence"):
        lo, hi = lo * float(slope) + float(intercept), hi * float(slope) + float(intercept)
        if lo > hi:
            lo, hi = hi, lo
    return lo, hi


def _dicom_grey_levels(raw: np.ndarray, ds: Any, bits_stored: int, name: str,
                       kept: dict[str, Any] | None = None) -> tuple[np.ndarray, tuple[float, float] | None]:
    """Grey levels in [0, 1] and the first window; ``kept`` (when given) receives the modality values
    (``values``, float32, a copy) and which VOI was applied (``used``: "lut", "window" or "")."""
    from pydicom.pixels.processing import apply_modality_lut, apply_voi, apply_windowing

    if ds.get("ModalityLUTSequence"):
        arr = apply_modality_lut(raw, ds)
    else:
        # PS3.3 C.11.1.1.2: the linear rescale, done here in float32 and in place.  pydicom's
        # apply_modality_lut returns float64: four times the memory of a 16-bit image, which made a
        # batch of 7,000 x 7,000 DICOMs peak near 4 GB.
        slope, intercept = ds.get("RescaleSlope"), ds.get("RescaleIntercept")
        arr = raw
        if slope is not None or intercept is not None:
            arr = raw.astype(np.float32)
            if slope is not None and float(slope) != 1.0:
                arr *= np.float32(float(slope))
            if intercept is not None and float(intercept) != 0.0:
                arr += np.float32(float(intercept))
        del raw
    if kept is not None:  # the viewer's own copy, before the windowing below works in place
        kept["values"] = np.array(arr, dtype=np.float32, copy=True)
        kept["used"] = ""
    window = _first_window(ds)
    out: np.ndarray | None = None
    if ds.get("VOILUTSequence"):
        try:
            item = ds.VOILUTSequence[0]
            bits = int(item.LUTDescriptor[2])
            out = apply_voi(arr, ds, index=0).astype(np.float64)
            lo, hi = 0.0, float(2**bits - 1)
            # Some writers declare 16 bits but fill 12 (PS3.3 C.11.2.1.1 allows it):
            # scale by the LUT's actual maximum when that is below the declared one.
            from engine.image.display import lut_values

            # LUTData read as OW is raw bytes, not numbers: its maximum is taken over the decoded entries
            little = getattr(ds, "original_encoding", (None, True))[1] is not False
            lut_max = float(np.max(lut_values(item, little))) if item.get("LUTData") is not None else hi
            if 0 < lut_max < hi:
                hi = lut_max
            if kept is not None:
                kept["used"] = "lut"
        except Exception:
            log.warning("%s: unusable VOI LUT, falling back to window or full range", name, exc_info=True)
            out = None
    voi_function = str(ds.get("VOILUTFunction", "LINEAR") or "LINEAR").strip().upper()
    if out is None and window is not None and voi_function == "LINEAR" and window[1] > 1:
        # PS3.3 C.11.2.1.2.1 (LINEAR), normalised straight to [0, 1] in float32 and in place: the same values
        # as pydicom's apply_windowing followed by scaling from the stored range, at a quarter of its memory
        c, w = window
        out = arr.astype(np.float32, copy=arr.dtype != np.float32 or not arr.flags.writeable)
        out -= np.float32(c - 0.5)
        out *= np.float32(1.0 / (w - 1))
        out += np.float32(0.5)
        lo, hi = 0.0, 1.0
        if kept is not None:
            kept["used"] = "window"
    if out is None and window is not None:
        try:
            out = apply_windowing(arr, ds, index=0)
            lo, hi = _stored_range(ds, bits_stored)
            if kept is not None:
                kept["used"] = "window"
        except Exception:
            log.warning("%s: unusable window centre/width, using the full range", name, exc_info=True)
            out = None
    if out is None:
        out = arr
        lo, hi = _stored_range(ds, bits_stored)
    del arr
    if hi <= lo:
        raise errors.CorruptImageError(f"The DICOM file {name!r} declares an empty grey-level range.")
    # float32 and in place from here: one image-sized buffer, however large the image
    pixels = out.astype(np.float32, copy=out.dtype != np.float32 or not out.flags.writeable)
    del out
    pixels -= np.float32(lo)
    pixels *= np.float32(1.0 / (hi - lo))
    np.nan_to_num(pixels, copy=False, nan=0.0, posinf=1.0, neginf=0.0)
    np.clip(pixels, 0.0, 1.0, out=pixels)
    return pixels, window


def _first_window(ds: Any) -> tuple[float, float] | None:
    if "WindowCenter" not in ds or "WindowWidth" not in ds:
        return None
    from pydicom.multival import MultiValue

    try:
        c, w = ds.WindowCenter, ds.WindowWidth
        c = c[0] if isinstance(c, MultiValue) else c
        w = w[0] if isinstance(w, MultiValue) else w
        return float(c), float(w)
    except (TypeError, ValueError, IndexError):
        return None
