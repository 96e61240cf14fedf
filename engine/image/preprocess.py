"""THE preprocessing function: one implementation for inference and training.

Numpy only (no torch, no torchvision transforms, no OpenCV: see engine.image.imaging)
so the CPU build, which ships without them, runs exactly the same code as training.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.image.imaging import resize
from engine.image.io import XrayImage

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)

_INTERPOLATIONS = ("area", "linear")


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
    def from_meta(cls, meta: Mapping[str, Any]) -> PreprocessSpec:
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
            "description": "grey pixels in [0,1] (engine.image.io), resized without keeping aspect ratio, "
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
    structure of a 2-3k pixel radiograph; a side smaller than the input size is
    enlarged bilinearly.
    """
    pixels = image.pixels if isinstance(image, XrayImage) else image
    if pixels.ndim != 2:
        raise ValueError(f"expected a 2-D greyscale array, got shape {pixels.shape}")
    pixels = np.asarray(pixels, dtype=np.float32)
    if pixels.shape != (spec.height, spec.width):
        if spec.interpolation not in _INTERPOLATIONS:
            raise ValueError(f"unsupported interpolation {spec.interpolation!r}")
        # area averaging when shrinking (bilinear for a side that grows), as cv2.resize's INTER_AREA
        pixels = resize(pixels, spec.height, spec.width, shrink=spec.interpolation)
    pixels = np.clip(pixels, 0.0, 1.0)
    mean = np.asarray(spec.mean, dtype=np.float32).reshape(-1, 1, 1)
    std = np.asarray(spec.std, dtype=np.float32).reshape(-1, 1, 1)
    out = (pixels[None, :, :] - mean) / std
    if out.shape[0] != spec.channels:
        out = np.broadcast_to(out, (spec.channels, spec.height, spec.width))
    return np.ascontiguousarray(out, dtype=np.float32)
