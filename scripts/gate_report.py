#!/usr/bin/env python3
"""Input-gate report: the share of each folder the gate refuses, and which check fired.

    .venv/bin/python scripts/gate_report.py [--model DIR] [--precision auto|fp32|int8] [FOLDER ...]

Without folders: the official test split (target: at most 2 % gated), ``../shared/data/scope_dev``'s
``adult_frontal`` (target: at least 90 %) and ``lateral`` (at least 95 %) where present, and the
generated non-chest set (60 generated images and pydicom's CT/MR test files; at least 95 %).  Also
prints the bundle's validation pass rates (the cut-offs are chosen there).  A markdown table at the end
goes into the README's safety section.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
SHARED = ROOT.parent / "shared" / "data"
TARGETS = {"test": ("<=", 0.02), "adult_frontal": (">=", 0.90), "lateral": (">=", 0.95), "non-chest (generated)": (">=", 0.95)}


def gated_share(clf, files: list[Path]) -> tuple[int, int, Counter, dict[str, tuple[int, int]]]:
    """(gated, total, codes that fired, {class: (gated, total)} for labelled NORMAL/PNEUMONIA folders)."""
    preds = list(clf.predict_many(files))
    gated = [p for p in preds if p.status == "out_of_scope"]
    by_class = {}
    for cls in ("NORMAL", "PNEUMONIA"):
        def of(ps: list, cls: str = cls) -> int:
            return sum(1 for p in ps if f"/{cls}/" in Path(p.path).as_posix())

        if of(preds):
            by_class[cls] = (of(gated), of(preds))
    return len(gated), len(preds), Counter(c for p in gated for c in p.gate_codes), by_class


def non_chest_set(folder: Path) -> list[Path]:
    import pydicom.data
    from factories import non_cxr_images

    files = non_cxr_images(folder, n=60)
    names = ["CT_small.dcm", "MR_small.dcm", "MR_small_RLE.dcm", "MR_small_jp2klossless.dcm", "JPGExtended.dcm",
             "liver_1frame.dcm", "image_dfl.dcm", "693_J2KI.dcm", "examples_overlay.dcm"]
    return files + [Path(pydicom.data.get_testdata_file(n)) for n in names]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", help="folders to report (default: test split, scope_dev, generated set)")
    ap.add_argument("--model", default=None)
    ap.add_argument("--precision", default="auto", choices=("auto", "fp32", "int8"))
    args = ap.parse_args()

    from engine.batch.discover import discover
    from engine.files.resources import default_model_dir
    from engine.runners.classifier import Classifier

    clf = Classifier(args.model or default_model_dir(), batch_size=16, precision=args.precision)
    b = clf.bundle
    print(f"model {b.summary()} on {clf.description}")
    print(f"validation pass rates (where the cut-offs were chosen): out-of-distribution "
          f"{b.meta['ood']['validation_pass_rate']:.1%}"
          + (f", adult appearance {b.meta['scope']['adult']['validation_pass_rate']:.1%}" if b.meta.get("scope") else "")
          + (f", both {b.meta['ood']['validation_pass_rate_all_checks']:.1%}"
             if "validation_pass_rate_all_checks" in b.meta["ood"] else "")
          + (" (fp32 features; the int8 cut-offs are refitted to the same rate)" if clf.runner.precision == "int8" else ""))
    folders = [(Path(f).name, Path(f)) for f in args.folders] or [
        ("test", SHARED / "kermany224" / "test"), ("adult_frontal", SHARED / "scope_dev" / "adult_frontal"),
        ("lateral", SHARED / "scope_dev" / "lateral")]
    rows = []
    for name, folder in folders:
        if not folder.is_dir():
            print(f"{name}: {folder} not found, skipped")
            continue
        rows.append((name, *gated_share(clf, discover([folder]).images)))
    if not args.folders:
        with tempfile.TemporaryDirectory() as tmp:
            rows.append(("non-chest (generated)", *gated_share(clf, non_chest_set(Path(tmp)))))
    print("\n| set | gated | share | target | checks that fired |\n|---|---|---|---|---|")
    for name, n_gated, n, codes, by_class in rows:
        share = n_gated / n if n else 0.0
        op, goal = TARGETS.get(name, ("", None))
        verdict = "" if goal is None else f"{op} {goal:.0%} " + ("met" if (share <= goal if op == "<=" else share >= goal)
                                                                else "**missed**")
        fired = ", ".join([f"{k} {v}" for k, v in codes.most_common()]
                          + [f"{k} {g}/{t}" for k, (g, t) in by_class.items()])
        print(f"| {name} | {n_gated} of {n} | {share:.1%} | {verdict} | {fired} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
