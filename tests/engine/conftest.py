"""Fixtures the engine's tests share."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest


@pytest.fixture(scope="module")
def int8_bundle(tiny_bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny bundle with its int8 graph added by the training tool (calibration and gate on generated images)."""
    from factories import gradient, write_raster

    from training.data import Sample
    from training.quantize import add_int8

    folder = tmp_path_factory.mktemp("int8")
    bundle_dir = folder / "bundle"
    shutil.copytree(tiny_bundle, bundle_dir)
    samples = []
    for i in range(24):
        img = np.roll(gradient(80, 80, maxval=255, seed=i).astype(np.uint8), 3 * i, axis=i % 2)
        samples.append(Sample(write_raster(folder / f"s{i:02d}.png", img), i % 2, f"P{i}"))
    add_int8(bundle_dir, samples[:8], samples[8:], samples[8:12])
    return bundle_dir
