"""Occlusion maps: where hiding the image lowers the model's pneumonia score (issue 31).

The shipped map is an occlusion sweep through the bundle's own graph: the preprocessed image is split into a
``grid x grid`` set of patches, each patch in turn is set to zero *after* normalisation (the training set's mean
grey in every channel), and the map at a patch is how much the model's logit falls when that patch is hidden::

    map[i, j] = logit(image) - logit(image with patch (i, j) hidden)

A positive value means the patch held evidence the model used for PNEUMONIA; zero or negative, that hiding it
changed nothing or raised the score.  The sweep is one batch of ``grid**2`` images through whatever runner the
classifier uses (ONNX Runtime on the CPU, torch on CUDA), so both runtimes give the same map up to their
arithmetic, and nothing here imports torch.

Which method the product ships is chosen on validation by the rule in ``scripts/heatmap_candidates.py``.

RISE (Petsiuk et al. 2018) is here too, for the comparison only: random binary masks, the map is the
score-weighted mean of the masks.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

#: ``forward(batch) -> logits``: a batch of preprocessed images (N, C, H, W) to the model's logits (N,).
Forward = Callable[[np.ndarray], np.ndarray]


def cell_edges(size: int, grid: int) -> np.ndarray:
    """The ``grid + 1`` pixel boundaries of ``grid`` cells along an axis of ``size`` pixels (as equal as integers allow)."""
    if grid < 1 or grid > size:
        raise ValueError(f"a {grid}-cell grid does not fit {size} pixels")
    return np.rint(np.linspace(0, size, grid + 1)).astype(int)


def occluded_batch(x: np.ndarray, grid: int, cells: list[tuple[int, int]] | None = None) -> np.ndarray:
    """Copies of one preprocessed image ``x`` (C, H, W), each with one cell of the ``grid`` set to zero (the mean
    grey after normalisation); ``cells`` lists (row, column) in the order of the batch, all cells by default."""
    if x.ndim != 3:
        raise ValueError("occluded_batch takes one preprocessed image (C, H, W)")
    ys, xs = cell_edges(x.shape[1], grid), cell_edges(x.shape[2], grid)
    cells = cells if cells is not None else [(i, j) for i in range(grid) for j in range(grid)]
    out = np.repeat(x[None].astype(np.float32, copy=False), len(cells), axis=0)
    for k, (i, j) in enumerate(cells):
        out[k, :, ys[i]:ys[i + 1], xs[j]:xs[j + 1]] = 0.0
    return out


def occlusion_map(forward: Forward, x: np.ndarray, grid: int = 8, batch_size: int = 16,
                  base_logit: float | None = None) -> np.ndarray:
    """The raw occlusion map (grid, grid), float32: the fall of the logit when each cell is hidden.

    ``x`` is one preprocessed image (C, H, W); ``base_logit`` its logit when already known (same runner),
    computed here otherwise.  ``grid**2`` forward passes in batches of ``batch_size``.
    """
    x = np.asarray(x, dtype=np.float32)
    if base_logit is None:
        base_logit = float(np.asarray(forward(x[None]))[0])
    cells = [(i, j) for i in range(grid) for j in range(grid)]
    drops = np.empty(len(cells), dtype=np.float32)
    for start in range(0, len(cells), max(1, batch_size)):
        part = cells[start:start + batch_size]
        logits = np.asarray(forward(occluded_batch(x, grid, part)), dtype=np.float32)
        drops[start:start + len(part)] = base_logit - logits
    if not np.all(np.isfinite(drops)):
        raise FloatingPointError("the model produced a non-finite output while mapping this image")
    return drops.reshape(grid, grid)


def coarse_to_fine_map(forward: Forward, x: np.ndarray, grid: int = 8, refine: int = 6, batch_size: int = 16,
                       base_logit: float | None = None) -> np.ndarray:
    """An occlusion map on the ``grid`` at about half the cost of :func:`occlusion_map`.

    First a sweep at half the resolution (``(grid/2)**2`` passes, patches twice as wide); then the ``refine``
    coarse cells where hiding lowered the logit most are swept again cell by cell (4 passes each).  A refined
    cell holds its own fall of the logit; a cell that was not refined holds a quarter of its coarse patch's fall
    (the patch's effect shared by its four cells).  ``(grid/2)**2 + 4 * refine`` passes: 40 for 8 x 8 and 6.
    """
    if grid % 2:
        raise ValueError("the coarse-to-fine sweep needs an even grid")
    x = np.asarray(x, dtype=np.float32)
    if base_logit is None:
        base_logit = float(np.asarray(forward(x[None]))[0])
    half = grid // 2
    coarse = occlusion_map(forward, x, half, batch_size, base_logit)
    fine = np.repeat(np.repeat(coarse / 4.0, 2, axis=0), 2, axis=1).astype(np.float32)
    top = np.argsort(-coarse.ravel(), kind="stable")[: max(0, min(refine, half * half))]
    cells = [(2 * (k // half) + di, 2 * (k % half) + dj) for k in top for di in (0, 1) for dj in (0, 1)]
    for start in range(0, len(cells), max(1, batch_size)):
        part = cells[start:start + batch_size]
        logits = np.asarray(forward(occluded_batch(x, grid, part)), dtype=np.float32)
        for (i, j), v in zip(part, logits):
            fine[i, j] = base_logit - v
    if not np.all(np.isfinite(fine)):
        raise FloatingPointError("the model produced a non-finite output while mapping this image")
    return fine


def rise_masks(n: int, size: tuple[int, int], cells: int = 8, p_keep: float = 0.5, seed: int = 0) -> np.ndarray:
    """RISE's random masks (n, H, W) in [0, 1]: a ``cells x cells`` binary grid, upsampled bilinearly one cell
    larger than the image and shifted at random (Petsiuk et al. 2018, section 3.2)."""
    from engine.image.imaging import resize

    h, w = size
    rng = np.random.default_rng(seed)
    ch, cw = int(np.ceil(h / cells)), int(np.ceil(w / cells))
    out = np.empty((n, h, w), dtype=np.float32)
    for k in range(n):
        grid = (rng.random((cells, cells)) < p_keep).astype(np.float32)
        big = resize(grid, (cells + 1) * ch, (cells + 1) * cw, shrink="linear")
        dy, dx = int(rng.integers(0, ch)), int(rng.integers(0, cw))
        out[k] = big[dy:dy + h, dx:dx + w]
    return out


def rise_map(forward: Forward, x: np.ndarray, masks: np.ndarray, batch_size: int = 16) -> np.ndarray:
    """RISE saliency (H, W): the mean of the masks weighted by the logit of the masked image, minus the mean
    logit (so the map is the evidence for PNEUMONIA relative to a random masking), divided by the mean mask."""
    x = np.asarray(x, dtype=np.float32)
    scores = np.empty(len(masks), dtype=np.float64)
    for start in range(0, len(masks), batch_size):
        m = masks[start:start + batch_size]
        scores[start:start + len(m)] = np.asarray(forward(x[None] * m[:, None]), dtype=np.float64)
    centred = scores - scores.mean()
    sal = np.tensordot(centred, masks.astype(np.float64), axes=1) / len(masks)
    return (sal / max(float(masks.mean()), 1e-6)).astype(np.float32)
