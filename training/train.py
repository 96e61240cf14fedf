"""Training loop: DenseNet + task head, early stopping on validation AUC, resumable.

Checkpoints (``OUT/last.pt`` every epoch, ``OUT/best.pt`` on improvement) hold
only tensors and plain Python values, so they load with ``weights_only=True``.
A run killed mid-epoch resumes from the last finished epoch.
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.image.preprocess import IMAGENET_MEAN, IMAGENET_STD, PreprocessSpec
from engine.runners.torch_backend.network import PneumoscanNet, head_meta
from training.data import AugmentConfig, Sample, XrayDataset

if TYPE_CHECKING:
    import torch

log = logging.getLogger(__name__)


@dataclass
class TrainConfig:
    out_dir: str
    architecture: str = "densenet161"
    image_size: int = 128
    batch_size: int = 32
    epochs: int = 6
    lr: float = 1e-3
    weight_decay: float = 1e-5
    hidden: list[int] = field(default_factory=lambda: [256])
    dropout: float = 0.2
    init: str = "none"  # "none" | "imagenet" | path to a torchvision state dict
    patience: int = 3
    seed: int = 42
    val_fraction: float = 0.15
    device: str = "auto"
    num_workers: int = 0
    max_steps_per_epoch: int | None = None  # for smoke tests
    augment: AugmentConfig = field(default_factory=AugmentConfig)
    # generalisation switches ; the defaults reproduce the original recipe
    val_scheme: str = "patient"  # "patient" | "series" (also hold out the last patients of each series)
    select_on: str = "val"  # validation set whose ROC-AUC picks the epoch: val | val_series | val_reacq
    mixup: float = 0.0  # Beta(a, a) mixup of images and labels; 0 = off
    label_smoothing: float = 0.0  # targets y * (1 - e) + e / 2
    ema: float = 0.0  # per-step decay of an exponential moving average of the weights; 0 = off
    # test-time augmentation: tone-curve exponents averaged inside the exported graph (engine.runners.torch_backend.network.ToneAverage);
    # () = off.  Export only: epochs are selected on the plain network
    tta: tuple[float, ...] = ()
    reacquired_val: bool = True  # also report the "re-acquired" copies of the validation images
    save_last: bool = True  # write last.pt (resumable) every epoch; off for throw-away runs (saves ~0.4 GB writes)

    def spec(self) -> PreprocessSpec:
        return PreprocessSpec(self.image_size, self.image_size, 3, IMAGENET_MEAN, IMAGENET_STD, "area")


class ImageNetWeightsUnavailable(RuntimeError):
    pass


def imagenet_state_dict(architecture: str, init: str) -> dict[str, Any]:
    """torchvision ImageNet weights from a file path or the local torch hub cache (never downloads)."""
    import torch
    import torchvision

    if init not in ("imagenet",):
        path = Path(init)
        if not path.is_file():
            raise ImageNetWeightsUnavailable(f"ImageNet weights file {path} does not exist.")
    else:
        weights_enum = torchvision.models.get_model_weights(architecture).DEFAULT
        filename = Path(weights_enum.url).name
        path = Path(torch.hub.get_dir()) / "checkpoints" / filename
        if not path.is_file():
            raise ImageNetWeightsUnavailable(
                f"ImageNet weights for {architecture} are not in the torch hub cache ({path}) and this machine is "
                f"offline. Copy {filename} there (from {weights_enum.url}) or pass --init PATH, or use --init none."
            )
    state = torch.load(path, map_location="cpu", weights_only=True)
    # torchvision's DenseNet checkpoints use old key names ("denselayer1.norm.1"); fix as torchvision does.
    import re

    pattern = re.compile(r"^(.*denselayer\d+\.(?:norm|relu|conv))\.((?:[12])\.(?:weight|bias|running_mean|running_var))$")
    fixed = {}
    for k, v in state.items():
        m = pattern.match(k)
        fixed[m.group(1) + m.group(2) if m else k] = v
    return fixed


def pick_device(name: str):
    import torch

    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    return torch.device(name)


def loader_worker_init(_worker_id: int = 0) -> None:
    """One thread per loader worker for BLAS and OpenCV.

    engine.image.imaging's resize is two small matrix products: with the default
    OpenBLAS pool (one thread per core) in each of N workers, a 16-core GPU
    machine ran ~20x slower (measured: 120 s per 128 px epoch instead of seconds).
    """
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:  # pragma: no cover
        pass
    import cv2

    cv2.setNumThreads(1)


def seed_everything(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def build_network(cfg: TrainConfig) -> PneumoscanNet:
    net = PneumoscanNet(cfg.architecture, cfg.hidden, cfg.dropout)
    if cfg.init != "none":
        state = imagenet_state_dict(cfg.architecture, cfg.init)
        feats = {k[len("features."):]: v for k, v in state.items() if k.startswith("features.")}
        missing, unexpected = net.features.load_state_dict(feats, strict=False)
        if missing:
            raise ImageNetWeightsUnavailable(f"ImageNet weights do not fit {cfg.architecture}: missing {missing[:3]}...")
    return net


def predict_outputs(net: torch.nn.Module, loader, device, amp: bool = False, cams: list | None = None
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Logits, pooled features and labels in eval mode: the engine's forward pass (float16/channels_last on CUDA).

    ``cams``, if a list, receives the raw (unscaled) Grad-CAM maps, one array per batch."""
    import torch

    net.eval()
    logits, feats, labels = [], [], []
    with torch.no_grad():
        for x, y in loader:
            x = x.to(device, non_blocking=True)
            if device.type == "cuda":
                x = x.contiguous(memory_format=torch.channels_last)
            with torch.autocast(device.type, dtype=torch.float16, enabled=amp):
                logit, cam, pooled = net(x)
            if cams is not None:
                cams.append(cam.float().cpu().numpy())
            logits.append(logit.float().cpu().numpy())
            feats.append(pooled.float().cpu().numpy())
            labels.append(y.numpy())
    return np.concatenate(logits), np.concatenate(feats), np.concatenate(labels)


def val_sets(val_samples: list[Sample] | dict[str, list[Sample]], reacquired: bool = True
             ) -> dict[str, tuple[list[Sample], bool]]:
    """Named validation sets -> (samples, served as re-acquired copies)."""
    named = {"val": list(val_samples)} if not isinstance(val_samples, dict) else dict(val_samples)
    out = {k: (v, False) for k, v in named.items()}
    if reacquired:
        out["val_reacq"] = (named["val"], True)
    return out


def _auc(labels: np.ndarray, scores: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(labels, scores)) if len(set(labels.tolist())) > 1 else float("nan")


def train(cfg: TrainConfig, train_samples: list[Sample], val_samples: list[Sample] | dict[str, list[Sample]],
          resume: bool = True, on_epoch: Callable[[dict[str, Any]], None] | None = None,
          cache: dict | None = None) -> dict[str, Any]:
    """Train, keeping ``best.pt`` (highest ROC-AUC on the ``cfg.select_on`` validation set) and ``last.pt``.

    ``val_samples`` is the validation list or a dict of named sets (``val``,
    ``val_series``); the re-acquired copies of ``val`` are added as ``val_reacq``.
    Every set's ROC-AUC is logged each epoch.  With EMA on, the averaged weights
    are the ones validated and checkpointed.  ``cache`` is a decoded-image cache
    shared between datasets (and runs).  Returns the history and the best checkpoint.
    """
    import torch
    from torch.utils.data import DataLoader
    from tqdm import tqdm

    out = Path(cfg.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    device = pick_device(cfg.device)
    amp = device.type == "cuda"
    seed_everything(cfg.seed)
    spec = cfg.spec()

    if device.type == "cuda":
        torch.backends.cudnn.benchmark = True
    if cache is None:
        cache = {}
    train_ds = XrayDataset(train_samples, spec, cfg.augment, seed=cfg.seed, shared_cache=cache)
    sets = val_sets(val_samples, cfg.reacquired_val)
    if cfg.select_on not in sets:
        raise ValueError(f"select_on={cfg.select_on!r} but the validation sets are {sorted(sets)}")
    for ds in [train_ds] + [XrayDataset(v, spec, None, shared_cache=cache) for v, _ in sets.values()]:
        ds.preload(threads=max(2, cfg.num_workers))  # decode once; loader workers share the cache (fork)
    gen = torch.Generator().manual_seed(cfg.seed)
    train_loader = DataLoader(train_ds, batch_size=cfg.batch_size, shuffle=True, generator=gen, drop_last=True,  # type: ignore[var-annotated, arg-type]  # (a torch-style dataset, torch not imported at module level)
                              num_workers=cfg.num_workers, pin_memory=amp, persistent_workers=cfg.num_workers > 0,
                              worker_init_fn=loader_worker_init)
    val_loaders = {k: DataLoader(XrayDataset(v, spec, None, seed=cfg.seed, reacquired=rq, shared_cache=cache),  # type: ignore[var-annotated, arg-type]  # (a torch-style dataset, torch not imported at module level)
                                 batch_size=cfg.batch_size * 2, shuffle=False, num_workers=cfg.num_workers,
                                 persistent_workers=cfg.num_workers > 0, worker_init_fn=loader_worker_init)
                   for k, (v, rq) in sets.items()}

    net = build_network(cfg).to(device)
    if device.type == "cuda":
        net = net.to(memory_format=torch.channels_last)
    n_pos = sum(s.label for s in train_samples)
    n_neg = len(train_samples) - n_pos
    pos_weight = torch.tensor(n_neg / max(n_pos, 1), device=device)  # class imbalance (74 % pneumonia)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)
    opt = torch.optim.Adam(net.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    steps = len(train_loader) if cfg.max_steps_per_epoch is None else min(len(train_loader), cfg.max_steps_per_epoch)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=cfg.lr, total_steps=max(1, steps * cfg.epochs), pct_start=0.25)
    scaler = torch.amp.GradScaler("cuda", enabled=amp)
    ema = None
    if cfg.ema:
        from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

        ema = AveragedModel(net, multi_avg_fn=get_ema_multi_avg_fn(cfg.ema), use_buffers=True)
    mix_rng = np.random.default_rng(cfg.seed + 7)

    state: dict[str, Any] = {"epochs_planned": cfg.epochs, "epoch": 0, "best_auc": -1.0, "best_epoch": -1, "bad_epochs": 0, "history": []}
    last = out / "last.pt"
    if resume and last.is_file():
        ck = torch.load(last, map_location=device, weights_only=True)
        net.load_state_dict(ck["model"])
        opt.load_state_dict(ck["optimizer"])
        sched.load_state_dict(ck["scheduler"])
        scaler.load_state_dict(ck["scaler"])
        if ema is not None:
            ema.load_state_dict(ck["ema"])
        state = json.loads(ck["state"])
        if state.get("epochs_planned", cfg.epochs) != cfg.epochs:
            raise ValueError(f"{last} was a run of {state['epochs_planned']} epochs; resume it with the same --epochs "
                             "(the learning-rate schedule depends on it) or use a new --out folder")
        torch.set_rng_state(ck["torch_rng"])
        gen.set_state(ck["loader_rng"])
        log.info("resumed from %s at epoch %d", last, state["epoch"])
    (out / "config.json").write_text(json.dumps(asdict(cfg), indent=2, default=str))
    log_path = out / "log.jsonl"

    for epoch in range(state["epoch"], cfg.epochs):
        if state["bad_epochs"] >= cfg.patience:
            log.info("early stopping: no validation AUC gain for %d epochs", cfg.patience)
            break
        t0 = time.time()
        net.train()
        train_ds.set_epoch(epoch)
        losses = []
        bar = tqdm(total=steps, desc=f"epoch {epoch + 1}/{cfg.epochs}", unit="batch", dynamic_ncols=True)
        for step, (x, y) in enumerate(train_loader):
            if step >= steps:
                break
            x, y = x.to(device, non_blocking=True), y.to(device, non_blocking=True)
            if cfg.mixup:
                lam = float(mix_rng.beta(cfg.mixup, cfg.mixup))
                perm = torch.from_numpy(mix_rng.permutation(x.shape[0])).to(device)
                x = lam * x + (1 - lam) * x[perm]
                y = lam * y + (1 - lam) * y[perm]
            if cfg.label_smoothing:
                y = y * (1 - cfg.label_smoothing) + cfg.label_smoothing / 2
            if device.type == "cuda":
                x = x.contiguous(memory_format=torch.channels_last)
            with torch.autocast(device.type, dtype=torch.float16, enabled=amp):
                loss = loss_fn(net.logits(x).float(), y)
            opt.zero_grad(set_to_none=True)
            scaler.scale(loss).backward()
            scaler.step(opt)
            scaler.update()
            sched.step()
            if ema is not None:
                ema.update_parameters(net)
            losses.append(float(loss.item()))
            bar.set_postfix(loss=f"{np.mean(losses[-50:]):.4f}", best_val_auc=f"{state['best_auc']:.4f}")
            bar.update(1)
        bar.close()
        evaluated = ema.module if ema is not None else net
        aucs = {}
        for name, loader in val_loaders.items():
            logits, _feats, labels = predict_outputs(evaluated, loader, device, amp)
            aucs[name] = _auc(labels, logits)
            if name == "val":
                val_loss = float(torch.nn.functional.binary_cross_entropy_with_logits(
                    torch.from_numpy(logits), torch.from_numpy(labels.astype(np.float32))).item())
        val_auc = aucs[cfg.select_on]
        improved = not math.isnan(val_auc) and val_auc > state["best_auc"]
        record = {"epoch": epoch + 1, "train_loss": float(np.mean(losses)) if losses else float("nan"),
                  "val_loss": val_loss, "val_auc": aucs["val"],
                  **{f"{k}_auc": v for k, v in aucs.items() if k != "val"}, "selected_on": cfg.select_on,
                  "lr": float(sched.get_last_lr()[0]), "seconds": round(time.time() - t0, 1), "improved": improved}
        state["history"].append(record)
        if improved:
            state.update(best_auc=val_auc, best_epoch=epoch + 1, bad_epochs=0)
            torch.save({"model": evaluated.state_dict(), "epoch": epoch + 1}, out / "best.pt.tmp")
            os.replace(out / "best.pt.tmp", out / "best.pt")
        else:
            state["bad_epochs"] += 1
        state["epoch"] = epoch + 1
        if cfg.save_last:
            torch.save({"model": net.state_dict(), "optimizer": opt.state_dict(), "scheduler": sched.state_dict(),
                        "scaler": scaler.state_dict(), "state": json.dumps(state), "torch_rng": torch.get_rng_state(),
                        "loader_rng": gen.get_state(), **({"ema": ema.state_dict()} if ema is not None else {})},
                       out / "last.pt.tmp")
            os.replace(out / "last.pt.tmp", last)  # atomic: a kill never leaves a half checkpoint
        with log_path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")
        log.info("epoch %d: %s", epoch + 1, record)
        print(f"epoch {epoch + 1}: train_loss {record['train_loss']:.4f} val_loss {val_loss:.4f} "
              + " ".join(f"{k}_auc {v:.4f}" for k, v in aucs.items())
              + f" ({record['seconds']:.0f} s){' *' if improved else ''}", flush=True)
        if on_epoch:
            on_epoch(record)
    return {"history": state["history"], "best_epoch": state["best_epoch"], "best_val_auc": state["best_auc"],
            "selected_on": cfg.select_on,
            "best_checkpoint": str(out / "best.pt"), "device": str(device), "head": head_meta(cfg.hidden, cfg.dropout)}
