"""Image input: any supported file to grey levels the model and the screen can use.

Owns: reading and checking PNG/JPEG/BMP/TIFF/DICOM (:mod:`.io`: ``load_image``),
DICOM display values -- windows, VOI LUTs, identity for the overlay
(:mod:`.display`), the numpy/Pillow image operations that replace OpenCV at run
time (:mod:`.imaging`), the one preprocessing function, parameterised by the
bundle (:mod:`.preprocess`), and heatmap scaling and overlays (:mod:`.heatmap`).
Built on :mod:`engine.files`.
"""

from engine._lazy import attach

__getattr__, __dir__, __all__ = attach(__name__, {
    "Window": "display",
    "VoiLut": "display",
    "DisplayData": "display",
    "window_linear_exact": "display",
    "apply_window": "display",
    "lut_values": "display",
    "person_name": "display",
    "dicom_display": "display",
    "raster_display": "display",
    "dicom_date": "display",
    "age_text": "display",
    "patient_fields": "display",
    "overlay_corners": "display",
    "normalise_cam": "heatmap",
    "scale_cam": "heatmap",
    "shown_by_default": "heatmap",
    "upsample": "heatmap",
    "colorize": "heatmap",
    "overlay": "heatmap",
    "save_overlay_png": "heatmap",
    "resize": "imaging",
    "rgb_to_grey": "imaging",
    "decode": "imaging",
    "decode_oriented": "imaging",
    "encode_png": "imaging",
    "XrayImage": "io",
    "sniff_format": "io",
    "read_head": "io",
    "load_image": "io",
    "check_regular_file": "io",
    "read_file": "io",
    "sha256_of_file": "io",
    "decode_image": "io",
    "check_dimensions": "io",
    "check_jpeg": "io",
    "PreprocessSpec": "preprocess",
})
