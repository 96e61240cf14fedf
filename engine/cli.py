"""``pneumoscan-predict``: headless batch classification of files and folders to CSV.

Exit status: 0 when the batch completed (files that failed are rows with a
reason), 2 for bad arguments, 3 when no usable model is installed or the bundle
is invalid or not trusted, 4 when the output cannot be written (exists, locked
by another run, disk full, a resumed file from another bundle; finished rows
stay in ``OUT.partial``), 130 when interrupted (finished rows are kept in
``OUT.partial``; run again with ``--resume``).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from engine import errors
from engine._version import __version__

log = logging.getLogger("pneumoscan.predict")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pneumoscan-predict",
                                description="Classify chest X-rays (files and folders) and write the results to CSV.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="image files and/or folders (searched recursively)")
    p.add_argument("--csv", required=True, metavar="OUT", help="CSV file to write")
    p.add_argument("--model", metavar="DIR", help="model bundle folder (default: the bundled model)")
    p.add_argument("--trust-bundle", action="append", default=[], metavar="DIGEST",
                   help="use a bundle that is not the shipped one, identified by its digest (printed when it is "
                        "refused); recorded in the audit log")
    p.add_argument("--heatmaps", metavar="DIR", help="also write Grad-CAM overlay PNGs into DIR")
    p.add_argument("--device", default="auto", help="auto (default), cpu, cuda, cuda:N or mps")
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run from OUT.partial")
    p.add_argument("--relax", default="", metavar="CHECKS",
                   help="comma-separated input checks to relax: modality, body_part, view, age (recorded per row)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--version", action="version", version=f"pneumoscan {__version__}")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    if args.batch_size < 1:
        print("pneumoscan-predict: --batch-size must be at least 1", file=sys.stderr)
        return 2

    from engine.audit import AuditLog
    from engine.bundle import load_bundle
    from engine.discover import discover
    from engine.export import StreamingCsv, csv_path
    from engine.trust import require_trusted
    from engine.inference import Classifier, Prediction
    from engine.resources import default_model_dir

    model_dir = Path(args.model) if args.model else default_model_dir()
    try:
        bundle = load_bundle(model_dir)
    except errors.ModelNotInstalledError as exc:
        print(f"pneumoscan-predict: {exc}", file=sys.stderr)
        return 3
    except errors.BundleError as exc:
        print(f"pneumoscan-predict: the model cannot be used: {exc}", file=sys.stderr)
        return 3
    try:
        trust = require_trusted(bundle, args.trust_bundle)
    except errors.UntrustedBundleError as exc:
        print(f"pneumoscan-predict: {exc}", file=sys.stderr)
        return 3
    audit = AuditLog(source="pneumoscan-predict")
    audit.record_bundle(str(bundle.path), bundle.name, bundle.version, bundle.digest, trust)
    try:
        out = StreamingCsv(args.csv, overwrite=args.overwrite, resume=args.resume, bundle_sha256=bundle.digest)
    except errors.ExportError as exc:
        audit.record_export(args.csv, 0, ok=False, error=exc.message, bundle_sha256=bundle.digest)
        print(f"pneumoscan-predict: {exc}", file=sys.stderr)
        return 4
    heat_dir = Path(args.heatmaps) if args.heatmaps else None
    if heat_dir is not None:
        try:
            heat_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print(f"pneumoscan-predict: cannot create {heat_dir}: {exc.strerror or exc}", file=sys.stderr)
            out.close()
            return 4

    found = discover(args.paths)
    done_before = out.done_paths()
    todo = [p for p in found.images if csv_path(str(p))[0] not in done_before]
    skipped = [s for s in found.skipped if csv_path(str(s.path))[0] not in done_before]
    from engine.gate import GatePolicy

    try:
        policy = GatePolicy(frozenset(x.strip() for x in args.relax.split(",") if x.strip()))
    except ValueError as exc:
        print(f"pneumoscan-predict: --relax: {exc}", file=sys.stderr)
        out.close()
        return 2
    if policy.relaxed:
        print(f"pneumoscan-predict: RELAXED input checks: {', '.join(sorted(policy.relaxed))}", file=sys.stderr)
    try:
        clf = Classifier(bundle, device=args.device, batch_size=args.batch_size, gate_policy=policy)
    except errors.PneumoscanError as exc:
        print(f"pneumoscan-predict: {exc}", file=sys.stderr)
        out.close()
        return 3
    print(f"pneumoscan-predict: {len(todo)} images ({len(done_before)} already done), {len(skipped)} other files; "
          f"model {bundle.summary()} on {clf.description}", file=sys.stderr)

    n_ok = n_err = n_gated = 0
    bands: dict[str, int] = {}
    from tqdm import tqdm

    bar = tqdm(total=len(todo), unit="img", disable=args.quiet, file=sys.stderr, dynamic_ncols=True)
    t0 = time.perf_counter()
    try:
        for s in skipped:
            out.write(Prediction(path=str(s.path), status="error", error_code=s.code, error=s.reason,
                                 threshold=bundle.threshold, model_name=bundle.name, model_version=bundle.version,
                                 model_sha256=bundle.weights_sha256, bundle_sha256=bundle.digest, device=clf.description))
            n_err += 1
        for pred in clf.predict_many(todo):
            out.write(pred)
            audit.record_result(pred)
            if pred.ok:
                n_ok += 1
                bands[pred.band] = bands.get(pred.band, 0) + 1
                if heat_dir is not None:
                    _write_heatmap(heat_dir, pred)
            elif pred.status == "out_of_scope":
                n_gated += 1
            else:
                n_err += 1
            bar.update(1)
    except KeyboardInterrupt:
        bar.close()
        out.close()
        audit.record_export(args.csv, out.rows, ok=False, error="interrupted", bundle_sha256=bundle.digest)
        print(f"\npneumoscan-predict: interrupted; {out.rows} finished rows kept in {out.partial}. "
              "Run the same command with --resume to continue.", file=sys.stderr)
        return 130
    except OSError as exc:  # the output's disk is full or went away: keep what is written, say so, exit 4
        bar.close()
        out.close()
        audit.record_export(args.csv, out.rows, ok=False, error=str(exc), bundle_sha256=bundle.digest)
        print(f"\npneumoscan-predict: cannot write {out.partial}: {exc.strerror or exc}. The {out.rows} finished rows "
              "are kept there; free some space and run the same command with --resume.", file=sys.stderr)
        return 4
    bar.close()
    elapsed = time.perf_counter() - t0
    try:
        target = out.commit()
    except OSError as exc:
        out.close()
        audit.record_export(args.csv, out.rows, ok=False, error=str(exc), bundle_sha256=bundle.digest)
        print(f"pneumoscan-predict: could not finish {args.csv}: {exc}; rows are in {out.partial}", file=sys.stderr)
        return 4
    audit.record_export(target, out.rows, bundle_sha256=bundle.digest)
    audit.close()
    rate = (n_ok / elapsed) if elapsed > 0 else 0.0
    by_band = ", ".join(f"{bands[k]} {k}" for k in ("pneumonia", "indeterminate", "normal") if bands.get(k))
    print(f"{n_ok} ok ({by_band or 'none'}), {n_gated} not assessed (out of scope), {n_err} failed, "
          f"{len(done_before)} resumed; "
          f"{rate:.1f} images/s; wrote {target} (bundle {bundle.digest[:16]}, {trust})")
    return 0


def _write_heatmap(folder: Path, pred) -> None:
    from engine.heatmap import save_overlay_png
    from engine.io import load_image

    try:
        img = load_image(pred.path)
        name = f"{Path(pred.path).stem}_{pred.sha256[:8]}_heatmap.png"
        save_overlay_png(folder / name, img.pixels, pred.heatmap)
    except Exception as exc:  # a heatmap failure never stops the batch
        log.warning("heatmap for %s not written: %s", pred.path, exc)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
