#!/usr/bin/env python3
"""Load every file under the given folders through engine.image.io.load_image.

    python scripts/check_load.py ../shared/data/kermany224/test ../shared/data/dicom

Prints how many images loaded (all in [0, 1]) and every refusal with its reason.
Exit status 1 if any image-looking file failed.
"""

from __future__ import annotations

import sys
import time

import numpy as np

from engine.batch.discover import discover
from engine.errors import PneumoscanError
from engine.image.io import load_image


def main(argv: list[str]) -> int:
    found = discover(argv or ["."])
    ok = failed = 0
    t0 = time.perf_counter()
    for path in found.images:
        try:
            img = load_image(path)
        except PneumoscanError as exc:
            failed += 1
            print(f"REFUSED {path}: [{exc.code}] {exc.message}")
            continue
        px = img.pixels
        assert px.ndim == 2 and np.isfinite(px).all() and px.min() >= 0 and px.max() <= 1, path
        ok += 1
    dt = time.perf_counter() - t0
    for s in found.skipped:
        print(f"SKIPPED {s.path}: {s.reason}")
    print(f"{ok} images loaded in [0, 1], {failed} refused, {len(found.skipped)} non-images skipped, "
          f"{found.ignored} hidden/OS files ignored; {dt:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
