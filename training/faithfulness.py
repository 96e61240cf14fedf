"""How faithful is a heatmap?  Deletion curves (Petsiuk et al. 2018, RISE) and where the map's mass lies.

For an image the model calls PNEUMONIA, the pixels a map ranks highest are
replaced by a neutral fill (the image's mean grey), k = 0, 5, ..., 50 % of the
image at a time, and P(pneumonia) is recorded.  A map that shows the evidence
the model used makes P fall fast: a *lower* area under the deletion curve is
more faithful.  Grad-CAM is compared with random maps and with a centred
Gaussian (a map that only says "the middle of the chest").  Everything runs
through the engine's own classifier and preprocessing, so it measures the
product's heatmap, not a re-implementation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from engine.image.preprocess import preprocess

KS = tuple(range(0, 55, 5))  # percent of the image deleted
INSERT_KS = tuple(range(0, 110, 10))  # percent of the image restored
#: The central chest region of the model card: 15-90 % of the height, 15-85 % of the width.
CHEST_BOX = (0.15, 0.90, 0.15, 0.85)


def centred_gaussian(height: int, width: int, sigma: float = 0.25) -> np.ndarray:
    y, x = np.mgrid[0:height, 0:width]
    return np.exp(-(((y / height - 0.5) ** 2) + ((x / width - 0.5) ** 2)) / (2 * sigma**2)).astype(np.float32)


def random_map(height: int, width: int, rng: np.random.Generator, cells: int = 7) -> np.ndarray:
    """A random map as smooth as a Grad-CAM (a few cells, upsampled), so the comparison is fair."""
    from engine.image.imaging import resize

    return resize(rng.random((cells, cells)).astype(np.float32), height, width, shrink="linear")


def masked_images(pixels: np.ndarray, saliency: np.ndarray, ks: Iterable[int] = KS,
                  fill: np.ndarray | float | None = None) -> list[np.ndarray]:
    """``pixels`` with the top ``k`` % of ``saliency`` replaced by ``fill`` (the image's mean grey by default; an
    array of the image's shape: that image's pixels), for each k."""
    order = np.argsort(-saliency.ravel(), kind="stable")
    fill_px = _fill(pixels, fill)
    out = []
    for k in ks:
        img = pixels.copy().ravel()
        idx = order[: int(round(len(order) * k / 100))]
        img[idx] = fill_px[idx]
        out.append(img.reshape(pixels.shape))
    return out


def inserted_images(pixels: np.ndarray, saliency: np.ndarray, ks: Iterable[int] = INSERT_KS,
                    fill: np.ndarray | float | None = None) -> list[np.ndarray]:
    """The insertion game: ``fill`` everywhere (the image's mean grey by default), then the top ``k`` % of
    ``saliency`` restored to the image's pixels, for each k."""
    order = np.argsort(-saliency.ravel(), kind="stable")
    flat = pixels.ravel()
    base = _fill(pixels, fill)
    out = []
    for k in ks:
        img = base.copy()
        idx = order[: int(round(len(order) * k / 100))]
        img[idx] = flat[idx]
        out.append(img.reshape(pixels.shape))
    return out


def _fill(pixels: np.ndarray, fill: np.ndarray | float | None) -> np.ndarray:
    if fill is None:
        fill = float(pixels.mean())
    if np.ndim(fill) == 0:
        return np.full(pixels.size, np.float32(fill), dtype=pixels.dtype)
    fill = np.asarray(fill, dtype=pixels.dtype)
    if fill.shape != pixels.shape:
        from engine.image.imaging import resize

        fill = resize(fill, *pixels.shape).astype(pixels.dtype)
    return fill.ravel()


def deletion_curve(predict: Callable[[np.ndarray], np.ndarray], spec, pixels: np.ndarray, saliency: np.ndarray,
                   ks: Iterable[int] = KS, fill: np.ndarray | float | None = None) -> np.ndarray:
    """P(pneumonia) after deleting the top k % of ``saliency``; ``predict`` maps a batch of preprocessed
    tensors to probabilities (or to logits: the curve is then on the log-odds)."""
    x = np.stack([preprocess(m, spec) for m in masked_images(pixels, saliency, ks, fill)])
    return np.asarray(predict(x), dtype=np.float64)


def insertion_curve(predict: Callable[[np.ndarray], np.ndarray], spec, pixels: np.ndarray, saliency: np.ndarray,
                    ks: Iterable[int] = INSERT_KS, fill: np.ndarray | float | None = None) -> np.ndarray:
    """P(pneumonia) after restoring the top k % of ``saliency`` into a blank (``fill``) image: higher = more faithful."""
    x = np.stack([preprocess(m, spec) for m in inserted_images(pixels, saliency, ks, fill)])
    return np.asarray(predict(x), dtype=np.float64)


def curve_area(curve: np.ndarray, ks: Iterable[int] = KS) -> float:
    """Normalised area under a deletion curve (trapezoid over k in [0, max k]): lower is more faithful."""
    k = np.asarray(list(ks), dtype=np.float64)
    return float(np.trapezoid(curve, k) / (k[-1] - k[0]))


def mass_in_box(saliency: np.ndarray, box: tuple[float, float, float, float] = CHEST_BOX) -> float:
    h, w = saliency.shape
    total = float(saliency.sum())
    if total <= 0:
        return float("nan")
    y0, y1, x0, x1 = int(box[0] * h), int(box[1] * h), int(box[2] * w), int(box[3] * w)
    return float(saliency[y0:y1, x0:x1].sum() / total)


def peaks_at_border(saliency: np.ndarray, margin: float = 0.1) -> bool:
    h, w = saliency.shape
    y, x = np.unravel_index(int(np.argmax(saliency)), saliency.shape)
    return bool(y < margin * h or y >= (1 - margin) * h or x < margin * w or x >= (1 - margin) * w)


@dataclass
class FaithfulnessResult:
    n_images: int
    area_map: float
    area_random: float
    area_gaussian: float
    curves: dict[str, list[float]]
    method: str = "the map"

    @property
    def verdict(self) -> str:
        if self.area_map < min(self.area_random, self.area_gaussian):
            return f"{self.method} deletes the evidence faster than random and centred maps (more faithful than both)"
        if self.area_map < self.area_random:
            return (f"{self.method} beats random maps but not a centred Gaussian: it says little beyond "
                    "'the middle of the chest'")
        return f"{self.method} is no better than random maps: the heatmap should not be read as evidence"


def faithfulness(predict: Callable[[np.ndarray], np.ndarray], spec, items: Iterable[tuple[np.ndarray, np.ndarray]],
                 seed: int = 0, n_random: int = 1, ks: Iterable[int] = KS, method: str = "the map") -> FaithfulnessResult:
    """Mean deletion curves over ``items`` = (pixels, the product's map at the pixels' size) of PNEUMONIA calls."""
    ks = tuple(ks)
    rng = np.random.default_rng(seed)
    curves: dict[str, list[np.ndarray]] = {"map": [], "random": [], "gaussian": []}
    for pixels, cam in items:
        h, w = pixels.shape
        curves["map"].append(deletion_curve(predict, spec, pixels, cam, ks))
        curves["gaussian"].append(deletion_curve(predict, spec, pixels, centred_gaussian(h, w), ks))
        curves["random"].append(np.mean([deletion_curve(predict, spec, pixels, random_map(h, w, rng), ks)
                                         for _ in range(n_random)], axis=0))
    mean = {k: np.mean(v, axis=0) if v else np.full(len(ks), np.nan) for k, v in curves.items()}
    return FaithfulnessResult(n_images=len(curves["map"]), area_map=curve_area(mean["map"], ks),
                              area_random=curve_area(mean["random"], ks), area_gaussian=curve_area(mean["gaussian"], ks),
                              curves={k: [float(x) for x in v] for k, v in mean.items()}, method=method)
