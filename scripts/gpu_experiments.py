"""Issue 15: train every candidate recipe in one process (one GPU session) and score it.

For each recipe: train with the series validation scheme (epoch picked on
``val_series`` ROC-AUC), then with the selected weights rounded to float16 as a
bundle stores them, compute the logits on ``val``, ``val_series``, ``val_reacq``
and the official test split.  Calibration (Platt) and the operating point
(highest specificity with sensitivity >= 0.95) are fitted on val + val_series
only, then applied unchanged to the test logits.  The recipe shipped is the one
with the highest ``val_series`` ROC-AUC (rule fixed before any test number):
its float16 weights are saved (``selected/``), everything else is summarised in
``results.json``.

Decoded images are cached once and shared by all runs and loader workers.  The
number of epochs is fitted to ``--budget-s`` from a short timing probe, the same
for every recipe; a run that no longer fits the budget is skipped (recorded).

    python scripts/gpu_experiments.py --data DATA --out OUT --budget-s 380 --workers 14
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from training.calibrate import Calibration, apply_calibration, choose_threshold, fit_calibration  # noqa: E402
from training.data import (  # noqa: E402
    EQUIPMENT_AUGMENT,
    AugmentConfig,
    XrayDataset,
    find_splits,
    read_split,
    summarise,
    validation_splits,
)
from training.evaluate import point_metrics  # noqa: E402
from training.train import TrainConfig, build_network, loader_worker_init, pick_device, predict_outputs, train  # noqa: E402

T0 = time.time()


def elapsed() -> float:
    return time.time() - T0


def recipes(base: TrainConfig) -> list[tuple[str, TrainConfig, str]]:
    """(name, config, group): runs in priority order; a group of several runs is also scored as an ensemble."""
    eq = replace(base, augment=EQUIPMENT_AUGMENT)
    return [
        ("R0-baseline", replace(base, augment=AugmentConfig()), "R0"),
        ("R1-equipment", eq, "R1"),
        ("R2-equipment+mixup+ema", replace(eq, mixup=0.2, ema=0.99), "R2"),
        ("R3-equipment+ema+d121-s1", replace(eq, ema=0.99, architecture="densenet121"), "E"),
        ("R4-equipment+ema+d121-s2", replace(eq, ema=0.99, architecture="densenet121", seed=base.seed + 1), "E"),
    ]


def probe_epoch_seconds(cfg: TrainConfig, train_s, cache: dict, n_steps: int = 12) -> float:
    """Seconds per training epoch of ``cfg`` (DenseNet-161, equipment augmentation), measured on a few steps."""
    import torch
    from torch.utils.data import DataLoader

    device = pick_device(cfg.device)
    ds = XrayDataset(train_s, cfg.spec(), EQUIPMENT_AUGMENT, seed=1, shared_cache=cache)
    loader = DataLoader(ds, batch_size=cfg.batch_size, shuffle=True, num_workers=cfg.num_workers, drop_last=True,
                        worker_init_fn=loader_worker_init)
    net = build_network(cfg).to(device)
    if device.type == "cuda":
        net = net.to(memory_format=torch.channels_last)
        torch.backends.cudnn.benchmark = True
    opt = torch.optim.Adam(net.parameters(), lr=1e-4)
    scaler = torch.amp.GradScaler("cuda", enabled=device.type == "cuda")
    times = []
    t = time.time()
    for i, (x, y) in enumerate(loader):
        if i >= n_steps:
            break
        x, y = x.to(device), y.to(device)
        with torch.autocast(device.type, dtype=torch.float16, enabled=device.type == "cuda"):
            loss = torch.nn.functional.binary_cross_entropy_with_logits(net.logits(x).float(), y)
        opt.zero_grad()
        scaler.scale(loss).backward()
        scaler.step(opt)
        scaler.update()
        if device.type == "cuda":
            torch.cuda.synchronize()
        now = time.time()
        times.append(now - t)
        t = now
    step = float(np.median(times[len(times) // 2:])) if times else 1.0
    steps = len(train_s) // cfg.batch_size if cfg.max_steps_per_epoch is None else min(
        len(train_s) // cfg.batch_size, cfg.max_steps_per_epoch)
    del net, opt
    return step * max(1, steps) * 1.35  # + validation of ~1,900 images per epoch


def logits_of(net, samples, cfg: TrainConfig, device, cache: dict, reacquired: bool = False) -> np.ndarray:
    from torch.utils.data import DataLoader

    ds = XrayDataset(samples, cfg.spec(), None, seed=cfg.seed, reacquired=reacquired, shared_cache=cache)
    loader = DataLoader(ds, batch_size=128, shuffle=False, num_workers=cfg.num_workers, worker_init_fn=loader_worker_init)
    logits, _f, _l = predict_outputs(net, loader, device, amp=device.type == "cuda")
    return logits


def score(logits: dict[str, np.ndarray], labels: dict[str, np.ndarray]) -> dict:
    """Platt + threshold on val + val_series; every set's metrics at that operating point."""
    fit = ("val", "val_series")
    z = np.concatenate([logits[k] for k in fit])
    y = np.concatenate([labels[k] for k in fit])
    try:
        cal = fit_calibration(z, y)
    except ValueError:  # a model that did not learn (smoke tests): score it uncalibrated
        cal = Calibration(1.0, 0.0, "identity")
    thr, _at = choose_threshold(apply_calibration(z, cal), y, 0.95)
    out = {"threshold": thr, "temperature": cal.temperature, "shift": cal.shift}
    for k in logits:
        m = point_metrics(labels[k], apply_calibration(logits[k], cal), thr)
        out[k] = {x: round(m[x], 4) for x in ("roc_auc", "accuracy", "sensitivity", "specificity", "ece")}
    return out


def main(argv: list[str] | None = None) -> int:
    import torch

    from training.bundle_writer import _storage_tensors

    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--budget-s", type=float, default=380.0, help="seconds for all training runs")
    p.add_argument("--image-size", type=int, default=128)
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--workers", type=int, default=14)
    p.add_argument("--max-epochs", type=int, default=24)
    p.add_argument("--min-epochs", type=int, default=3)
    p.add_argument("--max-steps", type=int, default=None, help="smoke tests only")
    p.add_argument("--limit", type=int, default=None, help="smoke tests only: first N training / test images")
    p.add_argument("--arch", default="densenet161", help="smoke tests only: replaces densenet161 in every recipe")
    p.add_argument("--only", default=None, help="comma-separated recipe prefixes (e.g. R0,R1)")
    args = p.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    splits = find_splits(args.data)
    samples = read_split(splits["train"])
    test_s = read_split(splits["test"])
    if args.limit:
        rng = np.random.default_rng(0)
        samples = [samples[i] for i in sorted(rng.choice(len(samples), min(args.limit, len(samples)), replace=False))]
        test_s = [test_s[i] for i in sorted(rng.choice(len(test_s), min(args.limit // 4, len(test_s)), replace=False))]
    train_s, vals = validation_splits(samples, "series", 0.12, 42)
    print(f"[{elapsed():.0f}s] train {summarise(train_s)} " + " ".join(f"{k} {summarise(v)}" for k, v in vals.items()),
          flush=True)
    cache: dict = {}
    XrayDataset(train_s + [s for v in vals.values() for s in v] + test_s, None, shared_cache=cache).preload(  # type: ignore[arg-type]
        threads=max(2, args.workers))
    print(f"[{elapsed():.0f}s] decoded {len(cache)} images", flush=True)

    base = TrainConfig(out_dir="", image_size=args.image_size, batch_size=args.batch_size, epochs=1, lr=1e-3,
                       patience=10_000, seed=42, val_fraction=0.12, device="auto", num_workers=args.workers,
                       max_steps_per_epoch=args.max_steps, val_scheme="series", select_on="val_series", save_last=False)
    runs = recipes(base)
    if args.arch != "densenet161":
        runs = [(n, replace(c, architecture=args.arch), g) for n, c, g in runs]
    if args.only:
        keep = tuple(args.only.split(","))
        runs = [r for r in runs if r[0].startswith(keep)]
    epoch_s = probe_epoch_seconds(replace(base, architecture=runs[0][1].architecture), train_s, cache)
    # DenseNet-121 trains ~1.7x faster than DenseNet-161: count its runs as 0.6
    weight = sum(0.6 if c.architecture == "densenet121" and args.arch == "densenet161" else 1.0 for _, c, _ in runs)
    overhead_s = 12.0  # loaders, checkpoints, scoring per run
    epochs = int(np.clip((args.budget_s - weight * overhead_s) / (weight * epoch_s), args.min_epochs, args.max_epochs))
    print(f"[{elapsed():.0f}s] probe: ~{epoch_s:.1f} s per DenseNet epoch -> {epochs} epochs per recipe", flush=True)

    device = pick_device("auto")
    labels = {k: np.array([s.label for s in v]) for k, v in vals.items()}
    labels["val_reacq"] = labels["val"]
    labels["test"] = np.array([s.label for s in test_s])
    results: dict = {"device": torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu",
                     "epochs": epochs, "probe_epoch_s": epoch_s, "splits": {"train": summarise(train_s),
                     **{k: summarise(v) for k, v in vals.items()}, "test": summarise(test_s)}, "runs": {}}
    all_logits: dict[str, dict[str, np.ndarray]] = {}
    train_start = elapsed()
    for _i, (name, cfg, group) in enumerate(runs):
        est = epochs * epoch_s * (0.6 if cfg.architecture == "densenet121" and args.arch == "densenet161" else 1.0)
        if elapsed() - train_start + est + overhead_s > args.budget_s * 1.08:
            print(f"[{elapsed():.0f}s] skip {name}: would exceed the budget", flush=True)
            results["runs"][name] = {"skipped": "time budget"}
            continue
        cfg = replace(cfg, out_dir=str(out / "runs" / name), epochs=epochs)
        t = time.time()
        res = train(cfg, train_s, vals, resume=False, cache=cache)
        train_s_time = time.time() - t
        # later budget checks use the measured speed (per DenseNet-161-equivalent epoch)
        epoch_s = max(epoch_s, train_s_time / epochs / (0.6 if cfg.architecture == "densenet121"
                                                        and args.arch == "densenet161" else 1.0))
        ck = torch.load(res["best_checkpoint"], map_location="cpu", weights_only=True)
        stored = _storage_tensors(ck["model"], "float16")
        net = build_network(replace(cfg, init="none"))
        net.load_state_dict({k: v.float() if v.is_floating_point() else v for k, v in stored.items()})
        net = net.to(device).eval()
        lg = {k: logits_of(net, v, cfg, device, cache) for k, v in vals.items()}
        lg["val_reacq"] = logits_of(net, vals["val"], cfg, device, cache, reacquired=True)
        lg["test"] = logits_of(net, test_s, cfg, device, cache)
        all_logits[name] = lg
        torch.save({"model": stored, "epoch": ck["epoch"]}, out / "runs" / name / "stored_fp16.pt")
        sc = score(lg, labels)
        results["runs"][name] = {"group": group, "config": {k: v for k, v in asdict(cfg).items() if k != "out_dir"},
                                 "best_epoch": res["best_epoch"], "train_seconds": round(train_s_time, 1),
                                 "history": res["history"], "scores": sc}
        print(f"[{elapsed():.0f}s] {name}: best epoch {res['best_epoch']}/{epochs}, {train_s_time:.0f} s; "
              + "; ".join(f"{k} AUC {sc[k]['roc_auc']:.4f} acc {sc[k]['accuracy']:.4f}" for k in lg), flush=True)
        del net
        torch.cuda.empty_cache() if torch.cuda.is_available() else None
        (out / "results.json").write_text(json.dumps(results, indent=1, default=str))
    # ensembles: every group with several finished runs, scored on the mean of their logits
    groups: dict[str, list[str]] = {}
    for name, r in results["runs"].items():
        if "scores" in r:
            groups.setdefault(r["group"], []).append(name)
    for g, names in groups.items():
        if len(names) > 1:
            lg = {k: np.mean([all_logits[n][k] for n in names], axis=0) for k in all_logits[names[0]]}
            all_logits[f"ensemble:{'+'.join(names)}"] = lg
            results["runs"][f"ensemble:{'+'.join(names)}"] = {"group": g, "members": names, "scores": score(lg, labels)}
    # selection: highest val_series ROC-AUC (validation only); ties within 0.002 go to the cheaper model
    scored = {n: r for n, r in results["runs"].items() if "scores" in r}
    best = max(r["scores"]["val_series"]["roc_auc"] for r in scored.values())
    close = [n for n, r in scored.items() if r["scores"]["val_series"]["roc_auc"] >= best - 0.002]
    cost = {n: (len(r.get("members", [n])) * (0.58 if "d121" in n else 1.0)) for n, r in scored.items()}
    chosen = min(close, key=lambda n: (cost[n], -scored[n]["scores"]["val_series"]["roc_auc"]))
    results["selected"] = {"name": chosen, "rule": "highest val_series ROC-AUC; within 0.002 of it, the lowest CPU cost",
                           "members": scored[chosen].get("members", [chosen])}
    print(f"[{elapsed():.0f}s] selected {chosen} (val_series AUC {scored[chosen]['scores']['val_series']['roc_auc']:.4f})",
          flush=True)
    sel = out / "selected"
    sel.mkdir(exist_ok=True)
    for n in results["selected"]["members"]:
        (out / "runs" / n / "stored_fp16.pt").replace(sel / f"{n}.pt")
    np.savez_compressed(out / "logits.npz", **{f"{n}|{k}": v for n, d in all_logits.items() for k, v in d.items()},
                        **{f"labels|{k}": v for k, v in labels.items()})
    results["seconds_total"] = round(elapsed(), 1)
    (out / "results.json").write_text(json.dumps(results, indent=1, default=str))
    print(f"[{elapsed():.0f}s] done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
