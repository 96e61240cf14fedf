#!/usr/bin/env python3
"""Check a frozen build as a clinic would, on any system: its self-test, then a headless batch on the samples.

    python packaging/check_frozen.py dist/Pneumoscan                 # Linux, macOS, Windows
    python packaging/check_frozen.py dist/Pneumoscan --no-self-test  # the console tools only

The self-test (``Pneumoscan --self-test``: bundle hashes, the model on a PNG and a JPEG DICOM, heatmaps, the PDF
report, a loopback DICOM node, the main window offscreen) must pass; its report is read from the log folder, since
on Windows the desktop executable has no console.  Then ``pneumoscan-predict`` writes one CSV row per sample, each
the result the samples are known to give: the child's images labelled, the adult DICOM refused by the input checks.
User files go to a temporary PNEUMOSCAN_HOME.  Exit 0 only if all of that held.  Standard library only: it runs
with the build machine's Python (.github/workflows/installers.yml) as well as in the tests.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "assets" / "samples"
#: what each bundled sample must give (status, and the label or the refusal)
EXPECTED = {
    "adult_chest_CR_jpeg_baseline.dcm": ("out_of_scope", "NOT_ASSESSED"),
    "normal_IM-0001-0001.png": ("ok", "NORMAL"),
    "pediatric_chest_CR_rle.dcm": ("ok", "PNEUMONIA"),
    "pneumonia_person100_bacteria_475.jpeg": ("ok", "PNEUMONIA"),
}


def executable(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if os.name == "nt" else name)


def check(folder: Path, self_test: bool = True, timeout: float = 900) -> list[str]:
    """The problems found (empty: the build works); prints what it ran."""
    problems: list[str] = []
    folder = folder.resolve()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, PNEUMOSCAN_HOME=home, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
        for name in ("PNEUMOSCAN_MODEL", "PYTHONPATH", "PYTHONHOME"):
            env.pop(name, None)
        if self_test:
            res = subprocess.run([str(executable(folder, "Pneumoscan")), "--self-test"], env=env, cwd=home,
                                 capture_output=True, text=True, errors="replace", timeout=timeout)
            report = Path(home) / "logs" / "self-test.txt"
            text = report.read_text(encoding="utf-8") if report.is_file() else res.stdout + res.stderr
            print(text.strip(), flush=True)
            if res.returncode != 0 or "self-test PASS" not in text:
                problems.append(f"the self-test exited {res.returncode}: {text.strip()[-1500:]}")
        out = Path(home) / "samples.csv"
        res = subprocess.run([str(executable(folder, "pneumoscan-predict")), "--csv", str(out), "--no-cache",
                              str(SAMPLES)], env=env, cwd=home, capture_output=True, text=True, errors="replace",
                             timeout=timeout)
        if res.returncode != 0 or not out.is_file():
            problems.append(f"pneumoscan-predict exited {res.returncode}: {(res.stdout + res.stderr)[-1500:]}")
            return problems
        with open(out, newline="", encoding="utf-8-sig") as fh:
            rows = {r["file_name"]: r for r in csv.DictReader(fh)}
        for name, (status, result) in EXPECTED.items():
            row = rows.get(name)
            got = (row["status"], row["result"]) if row else None
            print(f"  {name}: {got[0] + ' ' + got[1] + ' p=' + row['p_pneumonia'] if got and row else 'no row'}",
                  flush=True)
            if got != (status, result):
                problems.append(f"{name}: expected {status} {result}, got {got}")
        if set(rows) - set(EXPECTED):
            problems.append(f"rows for files that are not samples: {sorted(set(rows) - set(EXPECTED))}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="the one-folder build (dist/Pneumoscan, or an installed copy)")
    ap.add_argument("--no-self-test", action="store_true", help="the console tools only")
    args = ap.parse_args(argv)
    problems = check(args.folder, self_test=not args.no_self_test)
    for p in problems:
        print(f"FAILED {p}", flush=True)
    print(f"frozen build {'FAILED' if problems else 'PASSED'}: {args.folder}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
