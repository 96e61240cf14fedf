"""THE preprocessing function: one implementation for inference and training.

Numpy/OpenCV only (no torch, no torchvision transforms) so the CPU build,
which ships without torch, runs exactly the same code as training.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

import cv2
import numpy as np

from engine.io import XrayImage

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)

_INTERPOLATIONS = {"area": cv2.INTER_AREA, "linear": cv2.INTER_LINEAR, "cubic": cv2.INTER_CUBIC}


@dataclass(frozen=True)
class PreprocessSpec:
    """What the network expects; read from a bundle's ``input`` section."""

    height: int
    width: int
    channels: int = 3
    mean: tuple[float, ...] = IMAGENET_MEAN
    std: tuple[float, ...] = IMAGENET_STD
    interpolation: str = "area"

    @classmethod
    def from_meta(cls, meta: Mapping[str, Any]) -> "PreprocessSpec":
        size = meta["size"]
        return cls(
            height=int(size[0]),
            width=int(size[1]),
            channels=int(meta.get("channels", 3)),
            mean=tuple(float(v) for v in meta["mean"]),
            std=tuple(float(v) for v in meta["std"]),
            interpolation=str(meta.get("interpolation", "area")),
        )

    def to_meta(self) -> dict[str, Any]:
        return {
            "size": [self.height, self.width],
            "channels": self.channels,
            "mean": list(self.mean),
            "std": list(self.std),
            "interpolation": self.interpolation,
            "description": "grey pixels in [0,1] (engine.io), resized without keeping aspect ratio, "
            "replicated to each channel, then (x - mean) / std per channel",
        }


def preprocess(image: XrayImage | np.ndarray, spec: PreprocessSpec) -> np.ndarray:
    """Turn a greyscale radiograph into the network's input tensor.

    Parameters
    ----------
    image
        An :class:`XrayImage` or a 2-D float32 array in [0, 1].
    spec
        The bundle's input specification.

    Returns
    -------
    numpy.ndarray
        float32, shape ``(channels, height, width)``, C-contiguous.

    Notes
    -----
    The aspect ratio is not kept: the training data (Kermany, resized copy) was
    stored that way, so squashing is what the model learnt from.  INTER_AREA
    averages source pixels when shrinking, which avoids aliasing of the fine
    structure of a 2-3k pixel radiograph.
    """
    pixels = image.pixels if isinstance(image, XrayImage) else image
    if pixels.ndim != 2:
        raise ValueError(f"expected a 2-D greyscale array, got shape {pixels.shape}")
    pixels = np.asarray(pixels, dtype=np.float32)
    if pixels.shape != (spec.height, spec.width):
        interp = _INTERPOLATIONS[spec.interpolation]
        if spec.interpolation == "area" and (pixels.shape[0] < spec.height or pixels.shape[1] < spec.width):
            interp = cv2.INTER_LINEAR  # INTER_AREA is meant for shrinking
        pixels = cv2.resize(pixels, (spec.width, spec.height), interpolation=interp)
    pixels = np.clip(pixels, 0.0, 1.0)
    mean = np.asarray(spec.mean, dtype=np.float32).reshape(-1, 1, 1)
    std = np.asarray(spec.std, dtype=np.float32).reshape(-1, 1, 1)
    out = (pixels[None, :, :] - mean) / std
    if out.shape[0] != spec.channels:
        out = np.broadcast_to(out, (spec.channels, spec.height, spec.width))
    return np.ascontiguousarray(out, dtype=np.float32)
