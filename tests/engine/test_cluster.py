"""The cluster path (engine.batch.cluster, issue 34): ``pneumoscan-predict --cluster`` on a two-worker Ray cluster
of this machine gives the local run's rows, in its order; a worker killed mid-run loses and repeats no row; a
worker with another bundle is refused.  Skipped where Ray is not installed (pip install 'pneumoscan[cluster]')."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from tests.factories import csv_rows, gradient, write_raster

ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'pneumoscan[cluster]'")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from cluster_acceptance import worker_pids  # noqa: E402  (the acceptance script's: the pool's processes in /proc)


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    """A two-CPU Ray cluster on this machine, for this module only (bounded: the module's tests time out)."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        yield ray
    finally:
        ray.shutdown()


def _images(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        write_raster(folder / f"img{i:03d}.png", gradient(96 + i, 80, maxval=255, seed=i).astype(np.uint8))
    (folder / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 10)  # a file no worker can read
    (folder / "notes.txt").write_text("not an image")
    return folder


@pytest.mark.hazard("H-041")
def test_the_cluster_gives_the_local_rows_in_the_local_order(cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from engine.cli.predict import main

    folder = _images(tmp_path / "in", 10)
    local, remote = tmp_path / "local.csv", tmp_path / "cluster.csv"
    assert main([str(folder), "--csv", str(local), "--quiet", "--no-cache"]) == 0
    assert main([str(folder), "--csv", str(remote), "--quiet", "--no-cache", "--cluster", "ray",
                 "--cluster-workers", "2", "--batch-size", "3"]) == 0
    a, b = csv_rows(local), csv_rows(remote)
    assert len(a) == len(b) == 12
    assert [r["path"] for r in a] == [r["path"] for r in b]  # the same deterministic order
    for x, y in zip(a, b):
        assert {k: v for k, v in x.items() if k != "device"} == {k: v for k, v in y.items() if k != "device"}
    failed = [r for r in b if r["status"] == "error"]
    assert {Path(r["path"]).name for r in failed} == {"broken.png", "notes.txt"}  # failed rows, as locally


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds the worker processes in /proc (Linux)")
@pytest.mark.hazard("H-041")
def test_a_worker_killed_mid_run_loses_and_repeats_no_row(cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from engine.batch.cluster import cluster_run
    from engine.batch.discover import discover
    from engine.bundle.model_bundle import load_bundle
    from engine.files.resources import default_model_dir

    found = discover([str(_images(tmp_path / "in", 24))])
    bundle = load_bundle(default_model_dir())
    rows, killed = [], None
    for pred in cluster_run("ray", bundle, found.images, found.skipped, workers=2, batch_size=2):
        rows.append(pred)
        if killed is None and len(rows) == 3:  # the first batches are back: kill one worker's process
            deadline = time.monotonic() + 30
            while killed is None and time.monotonic() < deadline:
                workers = worker_pids()
                if workers:
                    killed = workers[0]
                    os.kill(killed, signal.SIGKILL)
                time.sleep(0.2)
    assert killed is not None
    paths = [p.path for p in rows]
    assert len(paths) == len(set(paths)) == 26  # every file once: 24 images, a broken one, a text file
    assert paths[1:] == [str(p) for p in found.images]  # the skipped text file first, then the images in order
    assert sum(str(p.status) != "error" for p in rows) == 24  # analysed (gradients are out of scope: not assessed)


@pytest.mark.hazard("H-041")
def test_a_worker_with_another_bundle_is_refused(cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from engine.batch.cluster import ClusterError, cluster_run
    from engine.bundle.model_bundle import load_bundle
    from engine.files.resources import default_model_dir

    bundle = load_bundle(default_model_dir())
    other = replace(bundle, digest="0" * 64)  # what the driver believes: not what the workers load
    folder = _images(tmp_path / "in", 2)
    with pytest.raises(ClusterError, match="another model bundle"):
        list(cluster_run("ray", other, sorted(folder.glob("img*.png")), workers=1))


@pytest.mark.hazard("H-041")
def test_an_interrupted_cluster_run_keeps_its_rows_and_resumes(tmp_path: Path) -> None:
    """Ctrl+C on the driver mid-run: exit 130, the finished rows kept in OUT.partial; the same command with --resume
    finishes the batch on the cluster, every file once (its own Ray cluster: a separate process)."""
    import subprocess
    import sys

    folder = _images(tmp_path / "in", 40)
    out = tmp_path / "out.csv"
    partial = out.with_name(out.name + ".partial")
    cmd = [sys.executable, "-m", "engine.cli.predict", str(folder), "--csv", str(out), "--quiet", "--no-cache",
           "--cluster", "ray", "--cluster-workers", "1", "--batch-size", "2"]
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if partial.is_file() and len(partial.read_text(encoding="utf-8-sig").splitlines()) > 6:
            proc.send_signal(signal.SIGINT)
            break
        time.sleep(0.1)
    output, _ = proc.communicate(timeout=240)
    assert proc.returncode == 130, output[-2000:]
    assert partial.is_file() and not out.exists()
    kept = len(partial.read_text(encoding="utf-8-sig").splitlines()) - 1
    assert 0 < kept < 42
    done = subprocess.run([*cmd, "--resume"], cwd=root, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    rows = csv_rows(out)
    assert len(rows) == len({r["path"] for r in rows}) == 42  # 40 images, a broken one, a text file: each once
