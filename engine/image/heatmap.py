"""Heatmaps: the fixed evidence scale, upsampling to the image, colour overlays with CAD-style marks.

The low-resolution map itself is an occlusion sweep (``engine.runners.saliency``, for bundles whose
``heatmap.method`` is ``occlusion``) or the graph's own Grad-CAM output (older bundles); this module is numpy only, so the CPU build uses it without
torch or OpenCV.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from engine.image import imaging


def normalise_cam(cam: np.ndarray) -> np.ndarray:
    """Scale a non-negative low-resolution map to [0, 1] by its own peak (all zeros stays zeros).

    Only for bundles without a fitted scale: every image then gets a "hot spot", however weak its
    evidence.  Bundles with ``heatmap.scale`` use :func:`scale_cam`.
    """
    cam = np.nan_to_num(np.maximum(np.asarray(cam, dtype=np.float32), 0.0))
    peak = float(cam.max()) if cam.size else 0.0
    return cam / peak if peak > 0 else np.zeros_like(cam)


def scale_cam(cam: np.ndarray, scale: float | None) -> np.ndarray:
    """The map on one scale for all images: ``clip(cam / scale, 0, 1)``, ``scale`` fitted on validation
    (engine.bundle.model_bundle.ModelBundle.heatmap_scale), so a colour means the same evidence on every image and weak
    maps fade out instead of saturating.  Without a scale, falls back to :func:`normalise_cam`."""
    if scale is None:
        return normalise_cam(cam)
    cam = np.nan_to_num(np.maximum(np.asarray(cam, dtype=np.float32), 0.0))
    return np.clip(cam / np.float32(scale), 0.0, 1.0)


def shown_by_default(pred: Any) -> bool:
    """Whether a result's heatmap is shown (and exported) without being asked: only where there is a
    finding -- PNEUMONIA and indeterminate results; a NORMAL result's map stays hidden unless asked.  Decided by
    the result alone: an occlusion map is made only once it is to be shown (engine.runners.classifier.Classifier.explain)."""
    if not getattr(pred, "ok", False):
        return False
    band = getattr(pred, "band", "")
    return band in ("pneumonia", "indeterminate") if band else pred.label == "PNEUMONIA"


def upsample(cam: np.ndarray, height: int, width: int) -> np.ndarray:
    """Bilinear upsampling of a [0, 1] map to ``(height, width)``, values kept in [0, 1].

    The network saw the whole image resized (aspect ratio not kept), so the map
    covers the whole image and stretches back the same way.
    """
    up = imaging.resize(np.asarray(cam, dtype=np.float32), int(height), int(width), shrink="linear")
    return np.clip(up, 0.0, 1.0)


COLOUR_MAPS = tuple(imaging.COLOUR_MAPS)
DEFAULT_COLOUR_MAP = imaging.DEFAULT_COLOUR_MAP


def colorize(heatmap: np.ndarray, cmap: str = DEFAULT_COLOUR_MAP) -> np.ndarray:
    """RGB uint8 rendering of a [0, 1] map; the default (inferno) is perceptually uniform and
    legible with colour-vision deficiency, turbo is available on request."""
    return imaging.colorize(heatmap, cmap)


#: Evidence at or above this share of the fixed scale is outlined (the contour a CAD mark draws).
OUTLINE_LEVEL = 0.5
#: The ring marks the map's strongest cell when its evidence reaches this share of the scale.
MARK_LEVEL = 0.25
#: Outline and ring colour: cyan, apart from every colour the maps use and legible on grey film.
MARK_RGB = (0, 230, 255)


def overlay(pixels: np.ndarray, heatmap: np.ndarray | None, opacity: float = 0.4,
            cmap: str = DEFAULT_COLOUR_MAP, marks: bool = True) -> np.ndarray:
    """Blend a greyscale [0, 1] image and a [0, 1] heatmap into an RGB uint8 image, legible at a glance.

    * The tint is the upper half of the colour map (red-orange to yellow for inferno: never its black end, which
      only darkened the film) and its opacity grows with the evidence, so cold regions leave the radiograph as it is.
    * ``marks``: a contour where the evidence reaches :data:`OUTLINE_LEVEL` of the fixed scale and a ring at the
      strongest evidence (when it reaches :data:`MARK_LEVEL`), in :data:`MARK_RGB`, as CAD marks are drawn.
    """
    grey = np.clip(np.rint(np.asarray(pixels, dtype=np.float32) * 255), 0, 255).astype(np.uint8)
    rgb = np.repeat(grey[:, :, None], 3, axis=2)
    if heatmap is None or (opacity <= 0 and not marks):
        return rgb
    if heatmap.shape != grey.shape:
        heatmap = upsample(heatmap, *grey.shape)
    h = np.clip(np.asarray(heatmap, dtype=np.float32), 0.0, 1.0)
    out = rgb.astype(np.float32)
    if opacity > 0:
        colour = colorize(0.5 + 0.5 * h, cmap).astype(np.float32)
        alpha = (np.clip(opacity, 0.0, 1.0) * h)[:, :, None]
        out = out * (1 - alpha) + colour * alpha
    if marks:
        lines = evidence_marks(h)
        out[lines] = MARK_RGB
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


def evidence_marks(heatmap: np.ndarray) -> np.ndarray:
    """A boolean image of the outline (the border of ``heatmap >= OUTLINE_LEVEL``) and the ring around the
    strongest evidence; lines about 1/250 of the image's shorter side thick (at least 1 pixel)."""
    h = np.asarray(heatmap, dtype=np.float32)
    rows, cols = h.shape
    t = max(1, int(round(min(rows, cols) / 250)))
    inside = h >= OUTLINE_LEVEL
    lines = inside & ~_erode(inside, t) if inside.any() else np.zeros_like(inside)
    peak = float(h.max()) if h.size else 0.0
    if peak >= MARK_LEVEL:
        y, x = np.unravel_index(int(np.argmax(h)), h.shape)
        r = max(6.0, 0.045 * min(rows, cols))
        yy, xx = np.ogrid[:rows, :cols]
        d = np.sqrt((yy - y) ** 2 + (xx - x) ** 2)
        lines |= np.abs(d - r) <= t * 0.75 + 0.5
    return lines


def _erode(mask: np.ndarray, t: int) -> np.ndarray:
    """Binary erosion by a (2t+1) square, separably (border pixels count as outside, so an edge is drawn there)."""
    out = mask
    for axis in (0, 1):
        padded = np.pad(out, [(t, t) if a == axis else (0, 0) for a in (0, 1)], constant_values=False)
        n = out.shape[axis]
        acc = np.ones_like(out)
        for k in range(2 * t + 1):
            acc &= np.take(padded, np.arange(k, k + n), axis=axis)
        out = acc
    return out


def save_overlay_png(path: str | os.PathLike[str], pixels: np.ndarray, heatmap: np.ndarray | None,
                     opacity: float = 0.4, cmap: str = DEFAULT_COLOUR_MAP, overwrite: bool = True) -> Path:
    """Write an overlay PNG atomically and privately (engine.files.outputs.atomic_write); an existing file is replaced
    only with ``overwrite`` (FileExistsError otherwise)."""
    from engine.files.outputs import write_bytes_atomic

    return write_bytes_atomic(path, imaging.encode_png(overlay(pixels, heatmap, opacity, cmap)), overwrite=overwrite)
