"""Datasets: the Kermany pediatric pneumonia layouts, patient-grouped splits, augmentation.

Images go through ``engine.io.load_image`` and ``engine.preprocess.preprocess``
exactly as at inference; augmentation acts on the [0, 1] greyscale image
before that one preprocessing function, and only for training.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import cv2
import numpy as np

from engine.discover import discover
from engine.io import load_image
from engine.preprocess import PreprocessSpec, preprocess

log = logging.getLogger(__name__)

CLASS_NAMES = ("NORMAL", "PNEUMONIA")
_PERSON = re.compile(r"^(person\d+)_", re.IGNORECASE)
_NORMAL = re.compile(r"^((?:NORMAL2-)?IM-\d+)-", re.IGNORECASE)


@dataclass(frozen=True)
class Sample:
    path: Path
    label: int  # 0 NORMAL, 1 PNEUMONIA
    patient: str
    subtype: str = ""


def patient_of(filename: str) -> str:
    """Patient key from a Kermany file name (``person123_bacteria_45.jpeg``, ``IM-0115-0001.jpeg``,
    ``NORMAL2-IM-0412-0001.jpeg``); the file stem when the name has no known pattern."""
    name = Path(filename).name
    m = _PERSON.match(name) or _NORMAL.match(name)
    return m.group(1).upper() if m else Path(name).stem


def _subtype(name: str, label: int) -> str:
    low = name.lower()
    if label == 0:
        return "normal"
    return "bacteria" if "bacteria" in low else "virus" if "virus" in low else "pneumonia"


def read_split(folder: str | Path) -> list[Sample]:
    """Samples of one split folder: ``manifest.csv`` if present, else ``NORMAL/`` and ``PNEUMONIA/``."""
    root = Path(folder)
    manifest = root / "manifest.csv"
    samples: list[Sample] = []
    if manifest.is_file():
        with manifest.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                p = root / row["relpath"]
                label = int(row["label_id"])
                samples.append(Sample(p, label, patient_of(p.name), row.get("subtype") or _subtype(p.name, label)))
        return samples
    for label, cls in enumerate(CLASS_NAMES):
        d = next((c for c in root.iterdir() if c.is_dir() and c.name.upper() == cls), None) if root.is_dir() else None
        if d is None:
            continue
        for p in discover([d]).images:
            samples.append(Sample(p, label, patient_of(p.name), _subtype(p.name, label)))
    if not samples:
        raise FileNotFoundError(f"{root} holds neither manifest.csv nor NORMAL/ and PNEUMONIA/ folders")
    return samples


def find_splits(root: str | Path) -> dict[str, Path]:
    """Locate ``train``/``val``/``test`` folders in the Kaggle layouts.

    Accepts ``ROOT/{train,test}``, ``ROOT/chest_xray/{train,val,test}`` and the
    "Pediatric Chest X-ray Pneumonia" variant (``ROOT/Pediatric Chest X-ray
    Pneumonia/{train,test}``), case-insensitively.
    """
    root = Path(root)
    candidates = [root] + [c for c in sorted(root.iterdir()) if c.is_dir()] if root.is_dir() else []
    for base in candidates:
        subs = {c.name.lower(): c for c in base.iterdir() if c.is_dir()}
        if "train" in subs:
            return {k: subs[k] for k in ("train", "val", "test") if k in subs}
    raise FileNotFoundError(f"no train/ folder found under {root}")


def manifest_digest(folder: str | Path) -> str | None:
    m = Path(folder) / "manifest.csv"
    return hashlib.sha256(m.read_bytes()).hexdigest() if m.is_file() else None


def split_by_patient(samples: Sequence[Sample], val_fraction: float, seed: int) -> tuple[list[Sample], list[Sample]]:
    """Carve a validation split: grouped by patient, stratified by class, seeded.

    Uses scikit-learn's StratifiedGroupKFold and keeps one fold as validation.
    """
    from sklearn.model_selection import StratifiedGroupKFold

    n_splits = max(2, round(1.0 / val_fraction))
    y = np.array([s.label for s in samples])
    groups = np.array([s.patient for s in samples])
    sgkf = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    train_idx, val_idx = next(sgkf.split(np.zeros(len(samples)), y, groups))
    return [samples[i] for i in train_idx], [samples[i] for i in val_idx]


def summarise(samples: Sequence[Sample]) -> dict[str, int]:
    c = Counter(CLASS_NAMES[s.label] for s in samples)
    return {"total": len(samples), **{k: c.get(k, 0) for k in CLASS_NAMES},
            "patients": len({s.patient for s in samples})}


@dataclass(frozen=True)
class AugmentConfig:
    """Train-only augmentation suited to radiographs: no vertical (or horizontal) flips."""

    rotate_deg: float = 7.0
    scale: tuple[float, float] = (0.9, 1.1)
    translate: float = 0.06
    brightness: float = 0.10
    contrast: float = 0.15


def augment(pixels: np.ndarray, rng: np.random.Generator, cfg: AugmentConfig) -> np.ndarray:
    """Random small affine + brightness/contrast on a [0, 1] greyscale image."""
    h, w = pixels.shape
    angle = rng.uniform(-cfg.rotate_deg, cfg.rotate_deg)
    scale = rng.uniform(*cfg.scale)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
    m[0, 2] += rng.uniform(-cfg.translate, cfg.translate) * w
    m[1, 2] += rng.uniform(-cfg.translate, cfg.translate) * h
    out = cv2.warpAffine(pixels, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT_101)
    c = 1.0 + rng.uniform(-cfg.contrast, cfg.contrast)
    b = rng.uniform(-cfg.brightness, cfg.brightness)
    mean = float(out.mean())
    out = (out - mean) * c + mean + b
    return np.clip(out, 0.0, 1.0).astype(np.float32)


class XrayDataset:
    """A torch-style dataset (``__len__``/``__getitem__``) of (tensor, label).

    ``augment_cfg=None`` gives exactly the inference tensors (engine.io +
    engine.preprocess) -- the golden test relies on it.  Images are small in
    the resized copy, so they are cached decoded (float32 [0, 1]) after first use
    when ``cache=True``.
    """

    def __init__(self, samples: Sequence[Sample], spec: PreprocessSpec, augment_cfg: AugmentConfig | None = None,
                 seed: int = 0, cache: bool = False) -> None:
        self.samples = list(samples)
        self.spec = spec
        self.augment_cfg = augment_cfg
        self.seed = seed
        self.epoch = 0
        self._cache: dict[int, np.ndarray] | None = {} if cache else None

    def __len__(self) -> int:
        return len(self.samples)

    def set_epoch(self, epoch: int) -> None:
        self.epoch = epoch

    def pixels(self, i: int) -> np.ndarray:
        if self._cache is not None and i in self._cache:
            return self._cache[i]
        px = load_image(self.samples[i].path).pixels
        if self._cache is not None:
            # cache at a bounded size: the network input size x 1.5 is plenty for augmentation
            self._cache[i] = px
        return px

    def __getitem__(self, i: int):
        import torch

        px = self.pixels(i)
        if self.augment_cfg is not None:
            rng = np.random.default_rng([self.seed, self.epoch, i])
            px = augment(px, rng, self.augment_cfg)
        x = preprocess(px, self.spec)
        return torch.from_numpy(x), torch.tensor(float(self.samples[i].label))
