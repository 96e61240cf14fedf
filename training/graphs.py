"""Running the exported graph over images: the engine's loader and preprocessing (never a copy of them), then
ONNX Runtime on the CPU.  The one place training's fitting steps (the input checks in ``training.fit_checks``, the int8
acceptance in ``training.quantize``, evaluation) get logits, features and Grad-CAM maps from a graph."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np


def preprocess_files(paths: Iterable[Path], spec: Any) -> np.ndarray:
    """The engine's loader and preprocessing (never a copy of them)."""
    from engine.image.io import load_image
    from engine.image.preprocess import preprocess

    return np.stack([preprocess(load_image(p), spec) for p in paths])


def run_graph(onnx_path: Path, tensors: np.ndarray, batch: int = 16, features: Sequence[str] = ("pooled",)
              ) -> tuple[np.ndarray, dict[str, np.ndarray], np.ndarray]:
    """(logits, {graph output: features} for ``features``, Grad-CAM maps) of a graph over preprocessed tensors."""
    import onnxruntime as ort

    sess = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
    logits, cams = [], []
    feats: dict[str, list[np.ndarray]] = {k: [] for k in features}
    for i in range(0, len(tensors), batch):
        lg, cam, *fs = sess.run(["logit", "cam", *features], {"image": tensors[i:i + batch]})
        logits.append(lg.reshape(-1))
        cams.append(cam)
        for k, v in zip(features, fs):
            feats[k].append(v)
    return (np.concatenate(logits).astype(np.float64), {k: np.concatenate(v).astype(np.float32) for k, v in feats.items()},
            np.concatenate(cams).astype(np.float32))


def graph_features(onnx_path: Path, paths: Sequence[Path], spec: Any, outputs: Sequence[str],
                   chunk: int = 256, batch: int = 16, augment_seed: int | None = None,
                   transform: Callable[[int, np.ndarray], np.ndarray] | None = None) -> dict[str, np.ndarray]:
    """The graph's ``outputs`` for ``paths``, read and preprocessed by the engine, in chunks (bounded memory).

    ``transform(k, pixels)``, if given, re-renders image ``k``'s [0, 1] pixels before preprocessing.  With
    ``augment_seed``, that is the training's equipment augmentation, once per image (``training.data.
    equipment_augment``: tone curves, CLAHE, blur/sharpen, resolution loss, noise, JPEG), drawn from a generator
    with that seed.
    """
    import onnxruntime as ort

    from engine.image.io import load_image
    from engine.image.preprocess import preprocess

    if augment_seed is not None:
        from training.data import EQUIPMENT_AUGMENT, equipment_augment

        rng = np.random.default_rng(augment_seed)

        def transform(_k: int, px: np.ndarray) -> np.ndarray:
            return equipment_augment(px, rng, EQUIPMENT_AUGMENT)

    sess = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
    out: dict[str, list[np.ndarray]] = {k: [] for k in outputs}
    for k in range(0, len(paths), chunk):
        part = paths[k:k + chunk]
        x = preprocess_files(part, spec) if transform is None else np.stack(
            [preprocess(transform(k + i, np.asarray(load_image(p).pixels, np.float32)), spec) for i, p in enumerate(part)])
        for i in range(0, len(x), batch):
            for name, v in zip(outputs, sess.run(list(outputs), {"image": x[i:i + batch]})):
                out[name].append(v.astype(np.float32))
    return {k: np.concatenate(v) for k, v in out.items()}
