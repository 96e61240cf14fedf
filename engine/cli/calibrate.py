"""``pneumoscan-calibrate``: fit a site profile on a clinic's labelled images.

    pneumoscan-calibrate LABELLED [--min-sensitivity 0.95] [--model DIR] --out site.json

LABELLED is a folder with NORMAL/ and PNEUMONIA/ sub-folders, or a CSV of ``path,label`` rows (label NORMAL
or PNEUMONIA, or 0/1; paths relative to the CSV).  The images go through the product exactly as in a batch;
images the input gate withholds are left out (and counted).  Exit 0 with the profile written, 2 for bad
arguments or too few images, 3 when the model cannot be used, 4 when the profile cannot be written.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np

from engine import errors

LABELS = {"NORMAL": 0, "PNEUMONIA": 1, "0": 0, "1": 1}


def labelled_paths(source: str | Path) -> list[tuple[str, int]]:
    """``(path, label)`` pairs from a NORMAL/ + PNEUMONIA/ folder or a ``path,label`` CSV."""
    from engine.batch.discover import discover

    src = Path(source)
    out: list[tuple[str, int]] = []
    if src.is_file():
        with src.open(newline="", encoding="utf-8-sig") as fh:
            for row in csv.reader(fh):
                if len(row) < 2 or row[1].strip().upper() not in LABELS:
                    continue  # a header or a row without a usable label
                p = Path(row[0].strip())
                out.append((str(p if p.is_absolute() else src.parent / p), LABELS[row[1].strip().upper()]))
        return out
    subs = {c.name.upper(): c for c in src.iterdir() if c.is_dir()} if src.is_dir() else {}
    for name in ("NORMAL", "PNEUMONIA"):
        if name in subs:
            out += [(str(p), LABELS[name]) for p in discover([subs[name]]).images]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="pneumoscan-calibrate", description=__doc__.split("\n\n")[0])
    ap.add_argument("labelled", help="folder with NORMAL/ and PNEUMONIA/, or a CSV of path,label")
    ap.add_argument("--out", required=True, help="site profile to write (JSON)")
    ap.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    ap.add_argument("--min-sensitivity", type=float, default=0.95)
    ap.add_argument("--model", default=None)
    ap.add_argument("--trust-bundle", action="append", default=[])
    ap.add_argument("--device", default="auto")
    args = ap.parse_args(argv)

    from engine.bundle.model_bundle import load_bundle
    from engine.bundle.trust import require_trusted
    from engine.decision.site_profile import SiteProfileError, fit_site_profile, save_site_profile
    from engine.files.resources import default_model_dir
    from engine.records.audit import AuditLog
    from engine.runners.classifier import Classifier

    if not 0.5 <= args.min_sensitivity < 1:
        print("pneumoscan-calibrate: --min-sensitivity must be in [0.5, 1)", file=sys.stderr)
        return 2
    pairs = labelled_paths(args.labelled)
    if not pairs:
        print(f"pneumoscan-calibrate: no labelled images in {args.labelled} (NORMAL/ and PNEUMONIA/, or path,label)",
              file=sys.stderr)
        return 2
    from engine.files.outputs import check_outputs

    try:
        check_outputs([p for p, _ in pairs] + ([args.labelled] if Path(args.labelled).is_file() else []),
                      {"--out": args.out}, input_folders=[args.labelled] if Path(args.labelled).is_dir() else [])
        if Path(args.out).exists() and not args.overwrite:
            raise errors.ExportError(f"{args.out} already exists. Choose another name or pass --overwrite.")
    except errors.ExportError as exc:
        print(f"pneumoscan-calibrate: {exc}", file=sys.stderr)
        return 4
    try:
        bundle = load_bundle(args.model or default_model_dir())
        require_trusted(bundle, args.trust_bundle)
    except errors.BundleError as exc:
        print(f"pneumoscan-calibrate: {exc}", file=sys.stderr)
        return 3
    logits, labels, gated, failed, repeated, seen = [], [], 0, 0, 0, set()
    for (_path, label), pred in zip(pairs, Classifier(bundle, device=args.device).predict_many([p for p, _ in pairs])):
        if pred.sha256 and pred.sha256 in seen:  # the same image twice (a repeated row, a copy) counts once
            repeated += 1
            continue
        seen.add(pred.sha256)
        if pred.ok and pred.logit is not None:
            logits.append(pred.logit)
            labels.append(label)
        elif str(pred.status) == "out_of_scope":
            gated += 1
        else:
            failed += 1
    try:
        profile = fit_site_profile(bundle, np.asarray(logits), np.asarray(labels), args.min_sensitivity,
                                   source=f"{args.labelled} ({gated} gated, {failed} unreadable and {repeated} repeated "
                                          "images left out)")
    except SiteProfileError as exc:
        print(f"pneumoscan-calibrate: {exc} ({gated} gated, {failed} unreadable and {repeated} repeated images were "
              "left out.)", file=sys.stderr)
        return 2
    try:
        target = save_site_profile(profile, args.out, overwrite=args.overwrite)
    except FileExistsError:
        print(f"pneumoscan-calibrate: {args.out} appeared while the images were analysed; not replaced.",
              file=sys.stderr)
        return 4
    except OSError as exc:
        print(f"pneumoscan-calibrate: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 4
    AuditLog(source="pneumoscan-calibrate").record_site_profile(str(target), profile.digest, bundle.digest,
                                                                 profile.meta["samples"], action="fitted")
    m = profile.meta["metrics"]
    print(f"site profile {profile.digest[:16]} for {bundle.name} {bundle.version}: threshold "
          f"{profile.on_bundle_scale(profile.threshold) * 100:.0f} on the model's score scale (the model's own: "
          f"{bundle.threshold * 100:.0f}; {profile.threshold * 100:.0f} on the profile's recalibrated scale); out of "
          f"sample on the {len(labels)} calibration images (bootstrap out-of-bag) sensitivity "
          f"{m['sensitivity']['value']:.3f} ({m['sensitivity']['ci95'][0]:.3f}-{m['sensitivity']['ci95'][1]:.3f}), "
          f"specificity {m['specificity']['value']:.3f} ({m['specificity']['ci95'][0]:.3f}-"
          f"{m['specificity']['ci95'][1]:.3f}), accuracy {m['accuracy']['value']:.3f} ({m['accuracy']['ci95'][0]:.3f}-"
          f"{m['accuracy']['ci95'][1]:.3f}); indeterminate band holds {profile.meta['band_share']['all']:.0%} of them; "
          f"{gated} gated and {failed} unreadable images left out; wrote {target}")
    for w in profile.meta["warnings"]:
        print(f"pneumoscan-calibrate: warning: {w}", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
