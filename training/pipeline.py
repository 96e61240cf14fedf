"""Train -> calibrate on validation -> export bundle, in one resumable run."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from training.data import find_splits, manifest_digest, read_split, split_by_patient, summarise
from training.train import TrainConfig, train

log = logging.getLogger(__name__)


def run_training(cfg: TrainConfig, data_root: Path, bundle_dir: Path | None = None, resume: bool = True,
                 min_sensitivity: float = 0.95, version: str = "1.0.0") -> dict[str, Any]:
    splits = find_splits(data_root)
    samples = read_split(splits["train"])
    # The Kaggle val/ folder (16 images) is too small to choose anything on: the
    # validation split is carved from train, grouped by patient.
    train_s, val_s = split_by_patient(samples, cfg.val_fraction, cfg.seed)
    out = Path(cfg.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "split.json").write_text(json.dumps({
        "seed": cfg.seed, "val_fraction": cfg.val_fraction,
        "train": summarise(train_s), "val": summarise(val_s),
        "val_files": sorted(str(s.path.relative_to(splits["train"])) for s in val_s),
    }, indent=1))
    result = train(cfg, train_s, val_s, resume=resume)
    try:
        from training.export import export_run
    except ImportError:  # pragma: no cover
        return result
    bundle = export_run(cfg, result, train_s, val_s, splits, bundle_dir or out / "bundle",
                        min_sensitivity=min_sensitivity, version=version,
                        data_summary={"root": str(data_root), "train_manifest_sha256": manifest_digest(splits["train"]),
                                      "test_manifest_sha256": manifest_digest(splits["test"]) if "test" in splits else None})
    result["bundle"] = str(bundle.path)
    return result
