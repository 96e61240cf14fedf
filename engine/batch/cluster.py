"""A batch on a Ray cluster: the same engine code on the cluster's workers, the same rows in the same order.

``pneumoscan-predict … --cluster ray`` (a local cluster) or ``--cluster ray://HOST:10001`` (Ray Client) or
``--cluster auto`` (the cluster this machine is part of) runs :func:`cluster_run` instead of the local
:meth:`engine.batch.analysis.Analysis.run`.  Ray Data's ``map_batches`` hands the file list, a batch at a time, to a
pool of actors; each actor loads the model once (:class:`_Worker`: the bundle from its own disk, refused unless its
identity is the driver's), then reads, hashes, gates and classifies its batches with
:meth:`engine.runners.classifier.Classifier.predict_many` -- the code a workstation runs.  The results come back
in the file list's order (``preserve_order``) and the driver writes them through the same streaming, locked,
resumable CSV as a local run (engine.cli.predict).

What is not home-made: scheduling, placement on CPUs or GPUs, restarting a dead actor and re-running its batch
(``max_restarts`` / ``max_task_retries``) are Ray's.  What Pneumoscan adds: the bundle identity check on every
worker, one row per file whatever Ray retries (:func:`cluster_run` drops a second result for a path it already
gave), and a failed row for a file no worker could read, as locally.

The workers read the images by the paths the driver found: the files must be on storage every node sees (a shared
folder), and the bundle at the same path on every node (docs/cluster.md).
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from engine import errors
from engine.batch.discover import SkippedFile
from engine.bundle.model_bundle import ModelBundle
from engine.runners.results import Prediction

#: The extra that installs Ray (pyproject.toml): never in the clinic installers.
EXTRA = "pneumoscan[cluster]"
#: The device column of a row the driver writes itself (a file no worker needs to see)
DEVICE = "Ray cluster (driver)"


class ClusterError(errors.PneumoscanError):
    """The cluster cannot be used (Ray missing, unreachable, or a worker with another bundle)."""

    code = "cluster"


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise ClusterError(f"--cluster needs Ray: pip install '{EXTRA}' (on the driver and every worker).") from None
    return ray


class _Worker:
    """One Ray actor: one loaded model, used for every batch it is given."""

    def __init__(self, bundle_dir: str, digest: str, site: Any, relax: str, precision: str,
                 batch_size: int | None, device: str) -> None:
        from engine.batch.analysis import Analysis
        from engine.bundle.model_bundle import load_bundle
        from engine.checks.input_gate import GatePolicy

        bundle = load_bundle(bundle_dir)  # hashes checked here, on the worker's own copy
        if bundle.digest != digest:
            raise ClusterError(f"the worker on {os.uname().nodename} has another model bundle at {bundle_dir} (identity "
                               f"{bundle.digest[:16]}, the driver's is {digest[:16]}): install the same bundle there.")
        self.analysis = Analysis(bundle.with_site(site), device=device, batch_size=batch_size,
                                 gate_policy=GatePolicy.parse(relax), precision=precision)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        paths = [str(p) for p in batch["path"]]
        preds = list(self.analysis.run(paths))
        if [p.path for p in preds] != paths:  # predict_many's contract: one result per path, in order
            raise RuntimeError("a worker returned results out of order")
        # a plain dict for the read-only metadata, and no pooled features (the driver writes rows, not features)
        return {"index": np.asarray(batch["index"]),
                "result": np.asarray([pickle.dumps(replace(p, metadata=dict(p.metadata), features=None))
                                      for p in preds], dtype=object)}


def cluster_run(address: str, bundle: ModelBundle, paths: Iterable[str | os.PathLike[str]],
                skipped: Iterable[SkippedFile] = (), *, relax: str = "", precision: str = "auto",
                batch_size: int | None = None, device: str = "auto", workers: int | None = None,
                audit: Any = None, cpus_per_worker: float = 1.0, description: str = DEVICE) -> Iterator[Prediction]:
    """One Prediction per skipped file (first, as locally), then one per path in ``paths``' order, computed on the
    Ray cluster at ``address`` (``ray``: a local cluster of this machine's CPUs; ``auto``; ``ray://HOST:PORT``).
    ``workers``: actors (default: one per ``cpus_per_worker`` CPUs of the cluster, or one per GPU when it has GPUs).
    Each result is recorded in ``audit`` as it is yielded, as :meth:`Analysis.run` does; ``description`` is the
    device column of the rows the driver makes itself (engine.cli.predict passes its own model's, whose precision a
    ``--resume`` checks)."""
    ray = _ray()
    names = [str(p) for p in paths]
    for s in skipped:  # as Analysis.failed_row, without a model on the driver
        pred = Prediction.failed(str(s.path), s.code, s.reason, bundle, description)
        if audit is not None:
            audit.record_result(pred)
        yield pred
    if not names:
        return
    started = not ray.is_initialized()
    if started:
        try:
            if address == "ray":
                ray.init(include_dashboard=False, log_to_driver=False)
            else:
                ray.init(address=address, log_to_driver=False)
        except Exception as exc:  # noqa: BLE001 - any reason Ray gives: said, with the address
            raise ClusterError(f"cannot join the Ray cluster at {address}: {exc}") from None
    try:
        yield from _run(ray, bundle, names, relax, precision, batch_size, device, workers, audit, cpus_per_worker)
    finally:
        if started:
            ray.shutdown()


def _run(ray: Any, bundle: ModelBundle, paths: list[str], relax: str, precision: str, batch_size: int | None,
         device: str, workers: int | None, audit: Any, cpus_per_worker: float) -> Iterator[Prediction]:
    from ray.data import DataContext

    resources = ray.cluster_resources()
    gpus = int(resources.get("GPU", 0))
    use_gpu = gpus > 0 and device in ("auto", "cuda") or device.startswith("cuda")
    size = workers or (gpus if use_gpu else max(1, int(resources.get("CPU", 1) // cpus_per_worker)))
    size = max(1, min(size, len(paths)))
    per_batch = batch_size or (64 if use_gpu else 8)
    DataContext.get_current().execution_options.preserve_order = True  # the local run's order, row for row
    ds = ray.data.from_items([{"index": i, "path": p} for i, p in enumerate(paths)],
                             override_num_blocks=max(1, min(len(paths), size * 4)))
    mapped = ds.map_batches(
        _Worker, batch_size=per_batch, compute=ray.data.ActorPoolStrategy(size=size), batch_format="numpy",
        fn_constructor_kwargs={"bundle_dir": str(bundle.path), "digest": bundle.digest, "site": bundle.site,
                               "relax": relax, "precision": precision, "batch_size": batch_size,
                               "device": "cuda" if use_gpu else "cpu"},
        num_gpus=1 if use_gpu else 0, num_cpus=0 if use_gpu else cpus_per_worker,
        # a worker that dies (its node left, its process killed) is restarted and its batch run again
        max_restarts=-1, max_task_retries=-1)
    given: set[str] = set()
    try:
        for row in mapped.iter_rows():
            pred: Prediction = pickle.loads(row["result"])  # noqa: S301 - written by this run's own workers
            pred = replace(pred, metadata=MappingProxyType(dict(pred.metadata)))
            if pred.path in given:
                continue  # a batch Ray ran twice: its file already has its row
            given.add(pred.path)
            if audit is not None:
                audit.record_result(pred)
            yield pred
    except ray.exceptions.RayError as exc:
        raise ClusterError(f"the cluster stopped the run: {_first_line(exc)}") from None
    missing = [p for p in paths if p not in given]
    if missing:  # never a silent gap: Ray gave no result for these (it should not happen)
        raise ClusterError(f"the cluster returned no result for {len(missing)} file(s), first {missing[0]}")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    for line in text.splitlines():
        if "ClusterError" in line or "another model bundle" in line:
            return line.strip()
    return text.splitlines()[0] if text else type(exc).__name__
