#!/usr/bin/env python3
"""Peak resident memory of ``pneumoscan-predict`` over a batch of large 16-bit DICOMs.

    python bench/large_dicom_memory.py [--n 4] [--side 7000]

Writes N side x side 16-bit DICOMs (half of them with rescale and window, as CR
exports carry) to a temporary folder, runs the batch command line on them in a
child process and prints its peak RSS (ru_maxrss of the child).  The target is
under 1.5 GB for 7,000 x 7,000 images.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=4)
    ap.add_argument("--side", type=int, default=7000)
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    import numpy as np
    from factories import make_dicom

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "big"
        folder.mkdir()
        base = np.add.outer(np.linspace(0, 3000, args.side), np.linspace(0, 1000, args.side)).astype(np.uint16)
        for i in range(args.n):
            kw = dict(slope=1.0, intercept=-1024, window=(1000, 3000)) if i % 2 else {}
            make_dicom(folder / f"big{i}.dcm", base + i, bits_stored=16, bits_allocated=16, **kw)
        del base
        cmd = [sys.executable, "-m", "engine.cli.predict", str(folder), "--csv", str(Path(tmp) / "out.csv"), "--quiet"]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # Linux: kB
        rows = (Path(tmp) / "out.csv").read_text(encoding="utf-8-sig").count("\n") - 1 if done.returncode == 0 else 0
    result = {"images": args.n, "side": args.side, "file_mb": round(args.side**2 * 2 / 1e6, 1),
              "peak_rss_mb": round(peak_mb), "rows": rows, "exit": done.returncode}
    print(json.dumps(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))
    return 0 if done.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
