"""Issue 34's acceptance on a local two-worker Ray cluster: the cluster's CSV equals the local one apart from the
device column, and a worker killed mid-run still gives every file exactly one row.

    .venv/bin/python scripts/cluster_acceptance.py ../shared/data/kermany224/test OUT_FOLDER

Runs ``pneumoscan-predict`` three times on the folder (locally; on the cluster; on the cluster with one worker's
process killed after 100 rows), each into OUT_FOLDER, and prints what it compared.  Linux (it finds the worker
processes in /proc).
"""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def worker_pids() -> list[int]:
    """The processes of the pool's actors (Ray titles them ``ray::MapWorker(MapBatches(_Worker))``)."""
    out = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and b"ray::MapWorker" in (entry / "cmdline").read_bytes():
                out.append(int(entry.name))
        except OSError:
            continue
    return sorted(out)


def predict(folder: str, csv_path: Path, *extra: str, kill_after: int = 0) -> tuple[int, float, int | None]:
    cmd = [sys.executable, "-m", "engine.cli.predict", folder, "--csv", str(csv_path), "--quiet", "--no-cache",
           "--overwrite", *extra]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    killed: list[int] = []

    def killer() -> None:  # once the partial CSV holds kill_after rows, kill one worker's process
        partial = csv_path.with_name(csv_path.name + ".partial")
        while proc.poll() is None and not killed:
            try:
                n = sum(1 for _ in open(partial, encoding="utf-8-sig")) - 1
            except OSError:
                n = 0
            pids = worker_pids()
            if n >= kill_after and pids:
                os.kill(pids[0], signal.SIGKILL)
                killed.append(pids[0])
                print(f"  killed worker process {pids[0]} after {n} rows", flush=True)
            time.sleep(0.2)

    if kill_after:
        threading.Thread(target=killer, daemon=True).start()
    output, _ = proc.communicate()
    if proc.returncode != 0:
        print(output[-3000:])
    return proc.returncode, time.perf_counter() - t0, killed[0] if killed else None


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    folder, out = argv[0], Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    local, cluster, faulty = out / "local.csv", out / "cluster.csv", out / "cluster_killed.csv"
    for name, path, extra, kill in (("local", local, (), 0),
                                    ("cluster, 2 workers", cluster, ("--cluster", "ray", "--cluster-workers", "2"), 0),
                                    ("cluster, 2 workers, one killed", faulty,
                                     ("--cluster", "ray", "--cluster-workers", "2"), 100)):
        code, seconds, pid = predict(folder, path, *extra, kill_after=kill)
        print(f"{name}: exit {code} in {seconds:.0f} s" + (f" (worker {pid} killed)" if kill else ""))
        if code != 0 or (kill and pid is None):
            return 1
    a, b, c = rows(local), rows(cluster), rows(faulty)
    same = [k for k in a[0] if k != "device"]
    equal = len(a) == len(b) and all({k: x[k] for k in same} == {k: y[k] for k in same} for x, y in zip(a, b))
    print(f"local {len(a)} rows; cluster {len(b)} rows, equal apart from the device column: {equal}")
    distinct = len({(r["path"], r["sha256"]) for r in c})
    killed_equal = all({k: x[k] for k in same} == {k: y[k] for k in same} for x, y in zip(a, c))
    print(f"killed run: {len(c)} rows, {distinct} distinct (path, sha256); equal to local: {killed_equal}")
    return 0 if equal and killed_equal and len(c) == distinct == len(a) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
