"""Grad-CAM maps: normalising, upsampling to the image, colour overlays.

The low-resolution map itself comes out of the network's forward pass (see
``engine.runners.torch_backend.network``); this module is numpy only, so the CPU build uses it without
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
    finding -- PNEUMONIA and indeterminate results; a NORMAL result's map stays hidden unless asked."""
    if not getattr(pred, "ok", False) or getattr(pred, "cam", None) is None:
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


def overlay(pixels: np.ndarray, heatmap: np.ndarray | None, opacity: float = 0.4,
            cmap: str = DEFAULT_COLOUR_MAP) -> np.ndarray:
    """Blend a greyscale [0, 1] image and a [0, 1] heatmap into an RGB uint8 image.

    Opacity scales with the heatmap value, so cold regions leave the radiograph
    untouched and only the regions that drove the score are tinted.
    """
    grey = np.clip(np.rint(np.asarray(pixels, dtype=np.float32) * 255), 0, 255).astype(np.uint8)
    rgb = np.repeat(grey[:, :, None], 3, axis=2)
    if heatmap is None or opacity <= 0:
        return rgb
    if heatmap.shape != grey.shape:
        heatmap = upsample(heatmap, *grey.shape)
    colour = colorize(heatmap, cmap).astype(np.float32)
    alpha = (np.clip(opacity, 0.0, 1.0) * np.clip(heatmap, 0.0, 1.0))[:, :, None]
    out = rgb.astype(np.float32) * (1 - alpha) + colour * alpha
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


def save_overlay_png(path: str | os.PathLike[str], pixels: np.ndarray, heatmap: np.ndarray | None,
                     opacity: float = 0.4, cmap: str = DEFAULT_COLOUR_MAP, overwrite: bool = True) -> Path:
    """Write an overlay PNG atomically and privately (engine.files.outputs.atomic_write); an existing file is replaced
    only with ``overwrite`` (FileExistsError otherwise)."""
    from engine.files.outputs import write_bytes_atomic

    return write_bytes_atomic(path, imaging.encode_png(overlay(pixels, heatmap, opacity, cmap)), overwrite=overwrite)
