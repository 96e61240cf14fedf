#!/usr/bin/env python3
"""Long fuzz run of engine.image.io.load_image with the seeded mutator (tests/fuzz_mutator.py).

    .venv/bin/python scripts/fuzz_load.py --cases 50000 [--seed 1] [--max-seconds 2]

Every case must return a valid XrayImage or raise a PneumoscanError; anything else,
a case slower than --max-seconds, or a peak RSS above --max-rss-mb is a finding.
Findings are saved to fuzz_findings/ for reproduction.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import numpy as np  # noqa: E402
from fuzz_mutator import mutate  # noqa: E402

from engine.errors import PneumoscanError  # noqa: E402
from engine.image.io import load_image  # noqa: E402


def peak_rss_mb() -> float:
    """Peak resident memory of this process.  /proc's VmHWM belongs to this program's own
    address space; ru_maxrss on Linux also counts the parent's memory inherited at fork."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seeds(folder: Path) -> list[tuple[str, bytes]]:
    from factories import gradient, make_dicom, write_raster
    from pydicom.uid import JPEGBaseline8Bit, RLELossless

    g = gradient(80, 72, maxval=255).astype(np.uint8)
    out = [("png", write_raster(folder / "a.png", g).read_bytes()),
           ("png", write_raster(folder / "b.png", gradient(70, 66, maxval=65535).astype(np.uint16)).read_bytes()),
           ("jpeg", write_raster(folder / "c.jpg", g).read_bytes()),
           ("dicom", make_dicom(folder / "d.dcm", gradient(72, 70, maxval=4095)).read_bytes()),
           ("dicom", make_dicom(folder / "e.dcm", g, bits_stored=8, bits_allocated=8, transfer_syntax=JPEGBaseline8Bit).read_bytes()),
           ("dicom", make_dicom(folder / "f.dcm", gradient(72, 70, maxval=4095), transfer_syntax=RLELossless).read_bytes())]
    return out


def run(cases: int, seed: int, max_seconds: float, max_rss_mb: float, report_every: int = 0) -> dict:
    rng = np.random.default_rng(seed)
    findings = []
    outcomes: Counter[str] = Counter()
    slowest = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pool = seeds(folder)
        target = folder / "case.bin"
        for i in range(cases):
            kind, data = pool[int(rng.integers(0, len(pool)))]
            mutated = mutate(data, kind, rng)
            target.write_bytes(mutated)
            t0 = time.perf_counter()
            try:
                img = load_image(target)
                px = img.pixels
                assert px.ndim == 2 and px.dtype == np.float32 and np.isfinite(px).all() and 0 <= px.min() and px.max() <= 1
                outcomes["loaded"] += 1
            except PneumoscanError as exc:
                outcomes[exc.code] += 1
            except Exception as exc:  # a finding
                findings.append((i, kind, f"{type(exc).__name__}: {exc}", traceback.format_exc(), mutated))
                outcomes["FINDING"] += 1
            dt = time.perf_counter() - t0
            slowest = max(slowest, dt)
            if dt > max_seconds:
                findings.append((i, kind, f"slow: {dt:.2f}s", "", mutated))
            if report_every and (i + 1) % report_every == 0:
                print(f"{i + 1} cases, {len(findings)} findings", flush=True)
    rss = peak_rss_mb()
    if rss > max_rss_mb:
        findings.append((-1, "-", f"peak RSS {rss:.0f} MB > {max_rss_mb:.0f} MB", "", b""))
    return {"cases": cases, "outcomes": dict(outcomes), "findings": findings, "slowest_s": slowest, "peak_rss_mb": rss}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-seconds", type=float, default=2.0)
    ap.add_argument("--max-rss-mb", type=float, default=1500)
    args = ap.parse_args()
    t0 = time.time()
    res = run(args.cases, args.seed, args.max_seconds, args.max_rss_mb, report_every=5000)
    print(f"{res['cases']} cases in {time.time() - t0:.0f} s; outcomes {res['outcomes']}; slowest case "
          f"{res['slowest_s']:.2f} s; peak RSS {res['peak_rss_mb']:.0f} MB; {len(res['findings'])} findings")
    if res["findings"]:
        out = Path("fuzz_findings")
        out.mkdir(exist_ok=True)
        for i, kind, msg, tb, data in res["findings"]:
            (out / f"case{i}.{kind}").write_bytes(data)
            print(f"FINDING case {i} ({kind}): {msg}\n{tb}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
