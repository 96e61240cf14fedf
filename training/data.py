"""Datasets: the Kermany pediatric pneumonia layouts, patient-grouped splits, augmentation.

Images go through ``engine.image.io.load_image`` and ``engine.image.preprocess.preprocess``
exactly as at inference; augmentation acts on the [0, 1] greyscale image
before that one preprocessing function, and only for training.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from engine.batch.discover import discover
from engine.image.io import load_image
from engine.image.preprocess import PreprocessSpec, preprocess

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


_NUMBER = re.compile(r"^(NORMAL2-IM|IM|person)-?(\d+)", re.IGNORECASE)

#: The "series hold-out" validation: the last-numbered patients of each acquisition series in train/
#: (normals ``IM-NNNN`` and ``NORMAL2-IM-NNNN``, pneumonia ``personNNNN``).  The cut-offs were chosen from
#: the training file names alone (about 15-20 % of each series' patients), before any test result.
SERIES_HOLDOUT = {"IM": 600, "NORMAL2-IM": 1200, "PERSON": 1500}


def series_of(filename: str) -> tuple[str, int] | None:
    """(series, patient number) of a Kermany file name, or None when the name has no known pattern."""
    m = _NUMBER.match(Path(filename).name)
    return (m.group(1).upper(), int(m.group(2))) if m else None


def split_series_holdout(samples: Sequence[Sample], cutoffs: dict[str, int] | None = None
                         ) -> tuple[list[Sample], list[Sample]]:
    """(rest, held out): patients numbered at or above each series' cut-off are held out whole."""
    cutoffs = SERIES_HOLDOUT if cutoffs is None else cutoffs
    rest: list[Sample] = []
    held: list[Sample] = []
    for s in samples:
        sn = series_of(s.path.name)
        (held if sn is not None and sn[0] in cutoffs and sn[1] >= cutoffs[sn[0]] else rest).append(s)
    return rest, held


def validation_splits(samples: Sequence[Sample], scheme: str, val_fraction: float, seed: int
                      ) -> tuple[list[Sample], dict[str, list[Sample]]]:
    """Training samples and the validation sets of a scheme.

    ``patient``: one patient-grouped, class-stratified split (``val``).  ``series``: first the series
    hold-out (``val_series``) is set apart, then a patient-grouped ``val`` is carved from the rest.
    """
    if scheme == "patient":
        tr, va = split_by_patient(samples, val_fraction, seed)
        return tr, {"val": va}
    if scheme == "series":
        rest, held = split_series_holdout(samples)
        if not held or len({s.label for s in held}) < 2:
            raise ValueError("the series hold-out needs both classes; these file names do not follow the Kermany series")
        tr, va = split_by_patient(rest, val_fraction, seed)
        return tr, {"val": va, "val_series": held}
    raise ValueError(f"unknown validation scheme {scheme!r}")


def summarise(samples: Sequence[Sample]) -> dict[str, int]:
    c = Counter(CLASS_NAMES[s.label] for s in samples)
    return {"total": len(samples), **{k: c.get(k, 0) for k in CLASS_NAMES},
            "patients": len({s.patient for s in samples})}


@dataclass(frozen=True)
class AugmentConfig:
    """Train-only augmentation suited to radiographs: no vertical (or horizontal) flips.

    The geometric part and brightness/contrast are the original recipe.  The
    "equipment" fields (all off by default) mimic other X-ray systems and
    post-processing: gamma and sigmoid contrast curves, CLAHE, blur or sharpening,
    detector noise, JPEG re-compression and resolution loss.  ``p_*`` are
    per-image probabilities.
    """

    rotate_deg: float = 7.0
    scale: tuple[float, float] = (0.9, 1.1)
    translate: float = 0.06
    brightness: float = 0.10
    contrast: float = 0.15
    gamma: float = 0.0  # gamma = exp(U(-g, g)); 0.4 -> 0.67 .. 1.49
    p_curve: float = 0.0  # sigmoid (film-like) contrast curve, gain U(3, 9)
    p_clahe: float = 0.0  # CLAHE, clip U(1, 3), 8x8 tiles
    p_blur: float = 0.0  # Gaussian blur, sigma U(0.3, 1.2) px (at 224 px)
    p_sharpen: float = 0.0  # unsharp mask, amount U(0.3, 1.0)
    noise: float = 0.0  # Gaussian noise, sigma U(0, noise)
    p_jpeg: float = 0.0  # JPEG re-compression, quality U(25, 90)
    p_resolution: float = 0.0  # down-sample to U(0.35, 0.8) of the side and back up

    @property
    def equipment(self) -> bool:
        return any((self.gamma, self.p_curve, self.p_clahe, self.p_blur, self.p_sharpen, self.noise, self.p_jpeg,
                    self.p_resolution))


#: The "equipment" preset of ``pneumoscan-train --augment equipment``.
EQUIPMENT_AUGMENT = AugmentConfig(gamma=0.4, p_curve=0.3, p_clahe=0.3, p_blur=0.25, p_sharpen=0.25, noise=0.03,
                                  p_jpeg=0.4, p_resolution=0.3)


def _to_u8(px: np.ndarray) -> np.ndarray:
    return np.clip(px * 255.0 + 0.5, 0, 255).astype(np.uint8)


def gamma_curve(px: np.ndarray, gamma: float) -> np.ndarray:
    return np.power(np.clip(px, 0.0, 1.0), gamma, dtype=np.float32)


def sigmoid_curve(px: np.ndarray, gain: float, centre: float) -> np.ndarray:
    lo, hi = 1 / (1 + np.exp(gain * centre)), 1 / (1 + np.exp(-gain * (1 - centre)))
    return ((1 / (1 + np.exp(-gain * (px - centre))) - lo) / (hi - lo)).astype(np.float32)


def clahe(px: np.ndarray, clip: float) -> np.ndarray:
    return cv2.createCLAHE(clipLimit=clip, tileGridSize=(8, 8)).apply(_to_u8(px)).astype(np.float32) / 255.0


def jpeg_recompress(px: np.ndarray, quality: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", _to_u8(px), [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    out = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE) if ok else None
    if out is None:
        raise ValueError(f"OpenCV could not re-encode an image as JPEG (quality {quality})")
    return out.astype(np.float32) / 255.0


def resolution_loss(px: np.ndarray, factor: float) -> np.ndarray:
    h, w = px.shape
    small = cv2.resize(px, (max(8, round(w * factor)), max(8, round(h * factor))), interpolation=cv2.INTER_AREA)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def equipment_augment(px: np.ndarray, rng: np.random.Generator, cfg: AugmentConfig) -> np.ndarray:
    """The intensity-domain part: another system's tone curve, processing, noise and compression."""
    out = px
    if cfg.gamma:
        out = gamma_curve(out, float(np.exp(rng.uniform(-cfg.gamma, cfg.gamma))))
    if rng.random() < cfg.p_curve:
        out = sigmoid_curve(out, rng.uniform(3, 9), rng.uniform(0.35, 0.65))
    if rng.random() < cfg.p_clahe:
        out = clahe(out, rng.uniform(1.0, 3.0))
    r = rng.random()
    if r < cfg.p_blur:
        out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.3, 1.2))
    elif r < cfg.p_blur + cfg.p_sharpen:
        soft = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 2.0))
        out = out + rng.uniform(0.3, 1.0) * (out - soft)
    if rng.random() < cfg.p_resolution:
        out = resolution_loss(out, rng.uniform(0.35, 0.8))
    if cfg.noise:
        out = out + rng.normal(0.0, rng.uniform(0, cfg.noise), out.shape).astype(np.float32)
    out = np.clip(out, 0.0, 1.0).astype(np.float32)
    if rng.random() < cfg.p_jpeg:
        out = jpeg_recompress(out, int(rng.integers(25, 91)))
    return out


def augment(pixels: np.ndarray, rng: np.random.Generator, cfg: AugmentConfig) -> np.ndarray:
    """Random small affine + brightness/contrast (+ the equipment augmentation when configured) on [0, 1] greyscale."""
    h, w = pixels.shape
    angle = rng.uniform(-cfg.rotate_deg, cfg.rotate_deg)
    scale = rng.uniform(*cfg.scale)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
    m[0, 2] += rng.uniform(-cfg.translate, cfg.translate) * w
    m[1, 2] += rng.uniform(-cfg.translate, cfg.translate) * h
    out = cv2.warpAffine(pixels, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT_101)
    if cfg.equipment:
        out = equipment_augment(out, rng, cfg)
    c = 1.0 + rng.uniform(-cfg.contrast, cfg.contrast)
    b = rng.uniform(-cfg.brightness, cfg.brightness)
    mean = float(out.mean())
    out = (out - mean) * c + mean + b
    return np.clip(out, 0.0, 1.0).astype(np.float32)


#: The re-acquired validation copies: fixed, stronger-than-training "other system" renderings, one per image
#: (image i gets variant i mod 4).  Chosen once, a priori; never tuned on any result.
REACQUIRE_VARIANTS = (
    "downsample to 80 px side, JPEG quality 30",
    "gamma 0.55 (brighter), CLAHE clip 2.5",
    "gamma 1.7 (darker), Gaussian blur sigma 1.5 px",
    "sigmoid contrast curve gain 10, noise sigma 0.04 (seeded)",
)


def reacquire(px: np.ndarray, variant: int, seed: int = 0) -> np.ndarray:
    v = variant % len(REACQUIRE_VARIANTS)
    if v == 0:
        out = jpeg_recompress(resolution_loss(px, 80 / max(px.shape)), 30)
    elif v == 1:
        out = clahe(gamma_curve(px, 0.55), 2.5)
    elif v == 2:
        out = cv2.GaussianBlur(gamma_curve(px, 1.7), (0, 0), 1.5)
    else:
        noise = np.random.default_rng(seed).normal(0, 0.04, px.shape).astype(np.float32)
        out = sigmoid_curve(px, 10.0, 0.5) + noise
    return np.clip(out, 0.0, 1.0).astype(np.float32)


class XrayDataset:
    """A torch-style dataset (``__len__``/``__getitem__``) of (tensor, label).

    ``augment_cfg=None`` gives exactly the inference tensors (engine.image.io +
    engine.image.preprocess) -- the golden test relies on it.  With ``cache=True`` the
    decoded images are kept (as uint8 when that is exact, which it is for 8-bit
    files); :meth:`preload` decodes them all up front with threads, so loader
    worker processes share them instead of decoding every epoch.
    ``reacquired=True`` serves the fixed "re-acquired" copies (:func:`reacquire`).
    """

    def __init__(self, samples: Sequence[Sample], spec: PreprocessSpec, augment_cfg: AugmentConfig | None = None,
                 seed: int = 0, cache: bool = False, reacquired: bool = False,
                 shared_cache: dict | None = None) -> None:
        self.samples = list(samples)
        self.spec = spec
        self.augment_cfg = augment_cfg
        self.seed = seed
        self.epoch = 0
        self.reacquired = reacquired
        # keyed by path, so datasets over the same files (train/val, several runs) can share one cache
        self._cache: dict[str, np.ndarray] | None = shared_cache if shared_cache is not None else ({} if cache else None)

    def __len__(self) -> int:
        return len(self.samples)

    def set_epoch(self, epoch: int) -> None:
        self.epoch = epoch

    @staticmethod
    def _decode(path: Path) -> np.ndarray:
        px = load_image(path).pixels
        u8 = _to_u8(px)
        # 8-bit files decode to k / 255 exactly: keep a quarter of the memory
        return u8 if np.array_equal(u8.astype(np.float32) / np.float32(255.0), px) else np.array(px)

    def preload(self, threads: int = 8) -> None:
        from concurrent.futures import ThreadPoolExecutor

        if self._cache is None:
            self._cache = {}
        todo = [s.path for s in self.samples if str(s.path) not in self._cache]
        with ThreadPoolExecutor(max(1, threads)) as ex:
            for p, px in zip(todo, ex.map(self._decode, todo)):
                self._cache[str(p)] = px

    def pixels(self, i: int) -> np.ndarray:
        key = str(self.samples[i].path)
        if self._cache is not None:
            px = self._cache.get(key)
            if px is None:
                px = self._cache[key] = self._decode(self.samples[i].path)
            return px.astype(np.float32) / np.float32(255.0) if px.dtype == np.uint8 else px
        return load_image(self.samples[i].path).pixels

    def __getitem__(self, i: int):
        import torch

        px = self.pixels(i)
        if self.reacquired:
            px = reacquire(px, i, seed=self.seed * 100003 + i)
        if self.augment_cfg is not None:
            rng = np.random.default_rng([self.seed, self.epoch, i])
            px = augment(px, rng, self.augment_cfg)
        x = preprocess(px, self.spec)
        return torch.from_numpy(x), torch.tensor(float(self.samples[i].label))


def restrict_to_members(vals: dict[str, list[Sample]], samples: Sequence[Sample],
                        member_splits: Sequence[Mapping[str, Any]]) -> dict[str, list[Sample]]:
    """Validation sets cut down to the images every member run held out.

    ``member_splits``: each run's ``{"scheme", "val_fraction", "seed"}`` (its ``split.json``).  Members trained on
    different splits (another ``--seed`` draws another patient-grouped split) must not be calibrated or scored on
    images one of them learned.
    """
    for m in member_splits:
        _, member_vals = validation_splits(samples, str(m["scheme"]), float(m["val_fraction"]), int(m["seed"]))
        held = {s.path for v in member_vals.values() for s in v}
        vals = {k: [s for s in v if s.path in held] for k, v in vals.items()}
    return vals


def _bundle_validation_sets(meta, data_root: str | Path) -> dict[str, list[Sample]]:
    """The validation sets a bundle's network held out, rebuilt from its metadata: the patient-grouped split
    (``data.validation_split``: fraction and seed), the validation scheme, and the members' splits of an ensemble
    whose members trained on different splits (``data.member_splits``)."""
    m = re.match(r"([0-9.]+) of train, StratifiedGroupKFold by patient, seed (\d+)", str(meta["data"]["validation_split"]))
    if not m:
        raise ValueError(f"cannot rebuild the validation split from {meta['data']['validation_split']!r}")
    samples = read_split(find_splits(data_root)["train"])
    scheme = str(meta["training"].get("validation_scheme", "patient"))
    _, vals = validation_splits(samples, scheme, float(m.group(1)), int(m.group(2)))
    return restrict_to_members(vals, samples, meta["data"].get("member_splits", []))


def bundle_validation_samples(meta, data_root: str | Path) -> list[Sample]:
    """The validation split a bundle was calibrated on and its input checks were fitted on (``val``), checked by
    its size against the metadata."""
    val = _bundle_validation_sets(meta, data_root)["val"]
    if len(val) != meta["data"]["validation"]["total"]:
        raise ValueError(f"validation split has {len(val)} images; the bundle records {meta['data']['validation']['total']}")
    return val


def bundle_held_out(meta, data_root: str | Path) -> set[str]:
    """Paths of the training-folder images a bundle's network never trained on: all its validation sets."""
    return {str(s.path) for v in _bundle_validation_sets(meta, data_root).values() for s in v}
