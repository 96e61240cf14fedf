"""The cluster path against the local one, measured in the same run: images/s with 1 and 2 Ray workers (each holding
one model) and the local pipeline (engine.batch.analysis), the overhead per image, and a projection to 1 M images.

    .venv/bin/python bench/cluster.py --data ../shared/data/kermany/test --n 624 [--workers 1,2] [--json out.json]

Ray runs a local cluster of this machine's CPUs (``ray.init(num_cpus=…)``); a real cluster adds the network and
shared storage, which the projection states as assumptions (docs/cluster.md).  Ratios, not times, are the targets:
on one machine, two workers cannot beat the local pipeline's own threads by much -- the point is that the cluster
path costs little per image, so N machines give about N times one.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _images(folder: Path, n: int) -> list[str]:
    from engine.batch.discover import discover

    found = sorted(str(p) for p in discover([str(folder)]).images)
    return (found * (n // max(1, len(found)) + 1))[:n] if found else []


def _wall(results, n: int) -> tuple[float, float]:
    """(images/s over the whole run, start-up included; seconds to the first row).  Wall time, not a rate after the
    first row: Ray Data reads ahead, so rows arrive in bursts and a rate between two rows overstates the work."""
    t0 = time.perf_counter()
    first, count = None, 0
    for _ in results:
        count += 1
        if first is None:
            first = time.perf_counter() - t0
    assert first is not None and count == n
    return n / (time.perf_counter() - t0), first


def _local(bundle, paths: list[str], batch: int) -> tuple[float, float]:
    """(images/s, seconds to the first row) of the local pipeline (engine.batch.analysis, no cache), after one
    warm-up pass over the files (the cluster runs find them in the page cache too)."""
    from engine.batch.analysis import Analysis

    service = Analysis(bundle, device="cpu", batch_size=batch)
    sum(1 for _ in service.run(paths))
    return _wall(service.run(paths), len(paths))


def _cluster(bundle, paths: list[str], workers: int, batch: int) -> tuple[float, float]:
    """(images/s, start-up included; seconds to the first row: Ray and the workers starting, a first batch)."""
    from engine.batch.cluster import cluster_run

    return _wall(cluster_run("ray", bundle, paths, workers=workers, batch_size=batch, device="cpu"), len(paths))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", required=True, help="a folder of images (repeated to make --n)")
    p.add_argument("--n", type=int, default=624)
    p.add_argument("--workers", default="1,2", help="worker counts to measure, comma-separated")
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--model", help="bundle folder (default: the bundled model)")
    p.add_argument("--json", help="write the numbers here")
    args = p.parse_args(argv)

    import ray

    from engine.bundle.model_bundle import load_bundle
    from engine.files.resources import default_model_dir

    bundle = load_bundle(args.model or default_model_dir())
    paths = _images(Path(args.data), args.n)
    if not paths:
        print(f"no images in {args.data}", file=sys.stderr)
        return 2
    counts = [int(w) for w in args.workers.split(",") if w.strip()]
    res: dict = {"n": len(paths), "cpus": os.cpu_count(), "bundle": bundle.summary()}
    res["local_images_per_s"], res["local_first_s"] = _local(bundle, paths, args.batch_size)
    for w in counts:
        ray.init(num_cpus=max(w, 1), include_dashboard=False, log_to_driver=False, configure_logging=False)
        try:
            rate, start = _cluster(bundle, paths, w, args.batch_size)
        finally:
            ray.shutdown()
        res[f"cluster_{w}_images_per_s"], res[f"cluster_{w}_first_s"] = rate, start
    local = res["local_images_per_s"]
    print(f"{len(paths)} images, {res['cpus']} CPUs, {bundle.summary()}")
    print(f"{'path':<24}{'images/s':>10}{'x local':>9}{'first s':>9}{'ms/image over local':>21}")
    print(f"{'local (Analysis)':<24}{local:>10.2f}{1.0:>9.2f}{res['local_first_s']:>9.1f}{0.0:>21.1f}")
    for w in counts:
        rate = res[f"cluster_{w}_images_per_s"]
        over = 1000 / rate - 1000 / local  # the cluster path's ms per image beyond the local run's, start-up included
        res[f"cluster_{w}_overhead_ms_per_image"] = over
        print(f"{f'cluster, {w} worker(s)':<24}{rate:>10.2f}{rate / local:>9.2f}{res[f'cluster_{w}_first_s']:>9.1f}"
              f"{over:>21.1f}")
    if len(counts) >= 2:
        a, b = counts[0], counts[-1]
        res["scaling"] = res[f"cluster_{b}_images_per_s"] / res[f"cluster_{a}_images_per_s"]
        print(f"scaling {a} -> {b} workers: x{res['scaling']:.2f} (ideal x{b / a:.2f})")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
