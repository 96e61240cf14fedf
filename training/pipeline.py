"""Train -> calibrate on validation -> export bundle, in one resumable run."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from training.data import (
    Sample,
    find_splits,
    manifest_digest,
    read_split,
    restrict_to_members,
    summarise,
    validation_splits,
)
from training.make_bundle import export_run
from training.train import TrainConfig, train

log = logging.getLogger(__name__)


def run_training(cfg: TrainConfig, data_root: Path, bundle_dir: Path | None = None, resume: bool = True,
                 min_sensitivity: float = 0.95, version: str = "1.0.0", checkpoints: list[str] | None = None
                 ) -> dict[str, Any]:
    """Split, train (unless ``checkpoints`` are given: then only export them), calibrate and export."""
    splits = find_splits(data_root)
    samples = read_split(splits["train"])
    # The Kaggle val/ folder (16 images) is too small to choose anything on: the
    # validation split is carved from train, grouped by patient.
    train_s, val_s = validation_splits(samples, cfg.val_scheme, cfg.val_fraction, cfg.seed)
    restricted: dict[str, Any] = {}
    out = Path(cfg.out_dir)
    if checkpoints:
        _refuse_overwriting_a_members_split(out, checkpoints, cfg)
        val_s, restricted = held_out_by_all(val_s, samples, checkpoints)
    out.mkdir(parents=True, exist_ok=True)
    (out / "split.json").write_text(json.dumps({
        "seed": cfg.seed, "val_fraction": cfg.val_fraction,
        "scheme": cfg.val_scheme, "train": summarise(train_s), **{k: summarise(v) for k, v in val_s.items()},
        **{f"{k}_files": sorted(str(s.path.relative_to(splits["train"])) for s in v) for k, v in val_s.items()},
    }, indent=1))
    if checkpoints:
        import torch

        result = {"checkpoints": list(checkpoints), "history": [], "device": "n/a (exported from checkpoints)",
                  "best_epoch": [torch.load(c, map_location="cpu", weights_only=True).get("epoch") for c in checkpoints]}
    else:
        result = train(cfg, train_s, val_s if len(val_s) > 1 else val_s["val"], resume=resume)
    bundle = export_run(cfg, result, train_s, val_s if len(val_s) > 1 else val_s["val"], splits, bundle_dir or out / "bundle",
                        min_sensitivity=min_sensitivity, version=version,
                        data_summary={"root": str(data_root), "train_manifest_sha256": manifest_digest(splits["train"]),
                                      "test_manifest_sha256": manifest_digest(splits["test"]) if "test" in splits else None,
                                      **restricted})
    result["bundle"] = str(bundle.path)
    return result


def _member_split(checkpoint: str) -> dict[str, Any] | None:
    """The split a checkpoint's run trained with, from the ``split.json`` beside it; None if there is none.  Runs
    from before the series scheme recorded no scheme: they used the patient-grouped split."""
    split_file = Path(checkpoint).parent / "split.json"
    if not split_file.is_file():
        return None
    rec = json.loads(split_file.read_text())
    return {"scheme": rec.get("scheme", "patient"), "val_fraction": rec["val_fraction"], "seed": rec["seed"]}


def _refuse_overwriting_a_members_split(out: Path, checkpoints: list[str], cfg: TrainConfig) -> None:
    """An export into a checkpoint's own run folder rewrites its ``split.json``: only with the split it trained on,
    or a later ensemble export would read the wrong held-out images for that member."""
    ours = {"scheme": cfg.val_scheme, "val_fraction": cfg.val_fraction, "seed": cfg.seed}
    for ck in checkpoints:
        theirs = _member_split(ck) if Path(ck).parent.resolve() == out.resolve() else None
        if theirs is not None and theirs != ours:
            raise ValueError(f"{out} holds the record of the split {ck} trained on (scheme {theirs['scheme']}, "
                             f"fraction {theirs['val_fraction']}, seed {theirs['seed']}); export with those settings "
                             "or to another --out")


def held_out_by_all(val_s: dict[str, list[Sample]], samples: list[Sample], checkpoints: list[str]
                    ) -> tuple[dict[str, list[Sample]], dict[str, Any]]:
    """The validation sets cut down to the images no checkpoint trained on (training.data.restrict_to_members),
    from each run folder's ``split.json``; returns them and the members' splits for the bundle's data block."""
    members = []
    for ck in checkpoints:
        split = _member_split(ck)
        if split is None:
            log.warning("%s has no split.json beside it: assuming it held out this export's validation sets", ck)
            continue
        members.append(split)
    kept = restrict_to_members(val_s, samples, members)
    dropped = {k: len(val_s[k]) - len(kept[k]) for k in val_s if len(kept[k]) != len(val_s[k])}
    if not dropped:
        return kept, {}
    if any(len({s.label for s in v}) < 2 for v in kept.values()):
        raise ValueError("the checkpoints' runs hold out too few common validation images (a set lost a class); "
                         "export checkpoints trained on the same split")
    log.info("validation restricted to the images every checkpoint held out; dropped %s", dropped)
    return kept, {"member_splits": members,
                  "validation_restricted": f"to the images every member held out (member_splits); dropped {dropped} "
                                           "that some member trained on. 'train' is this export's split; each member "
                                           "trained on its own"}
