"""``pneumoscan-predict``: headless batch classification of files and folders to CSV.

Exit status: 0 when the batch completed (files that failed are rows with a
reason), 2 for bad arguments, 3 when no usable model is installed or the bundle
or site profile is invalid or not trusted, 4 when an output or the audit log
cannot be written (an output that would replace an input or another output, one
that exists without --overwrite, locked by another run, disk full, a partial
file that does not verify for --resume; finished rows stay in ``OUT.partial``),
130 when interrupted (Ctrl+C) and 143 when terminated (SIGTERM): finished rows
are kept in ``OUT.partial`` and the stop is audited; run again with ``--resume``.
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
    p.add_argument("--heatmaps", metavar="DIR",
                   help="also write Grad-CAM overlay PNGs into DIR (PNEUMONIA and indeterminate results)")
    p.add_argument("--heatmaps-all", action="store_true", help="with --heatmaps: NORMAL results' overlays too")
    p.add_argument("--device", default="auto", help="auto (default), cpu, cuda, cuda:N or mps")
    p.add_argument("--batch-size", type=int, default=None, help="images per forward pass (default: 64 on a GPU, 8 on the CPU)")
    p.add_argument("--precision", choices=("auto", "fp32", "int8"), default="auto",
                   help="CPU arithmetic: auto (default) runs the model's int8 graph where it passed its validation "
                        "gate (see the model card), fp32 the full-precision graph")
    p.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run from OUT.partial")
    p.add_argument("--relax", default="", metavar="CHECKS",
                   help="comma-separated input checks to relax: modality, body_part, view, age (recorded per row)")
    p.add_argument("--report", metavar="PDF", help="also write a printable PDF report (one page per image, with a "
                                                   "summary page in front when there are several)")
    p.add_argument("--prevalence", type=float, metavar="PCT",
                   help="the clinic's pneumonia prevalence in percent, for the PPV / NPV the report states (default: "
                        "not set, and the report says so)")
    p.add_argument("--site-profile", metavar="JSON",
                   help="decide at a site profile's operating point (pneumoscan-calibrate); recorded on every row")
    p.add_argument("--no-cache", action="store_true",
                   help="analyse every file again (by default files this bundle already analysed come from the cache)")
    p.add_argument("--quiet", action="store_true", help="no progress report")
    p.add_argument("--version", action="version", version=f"pneumoscan {__version__}")
    return p


class PlainProgress:
    """Progress for a log file or a pipe: a plain line at most every ``interval`` seconds and at the end, never the
    carriage-return redraws of a terminal progress bar (hundreds of them filled logs)."""

    def __init__(self, total: int, interval: float = 10.0, stream=None) -> None:
        self.total, self.interval, self.stream = total, interval, stream or sys.stderr
        self.done = 0
        self.t0 = self.last = time.monotonic()

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.last >= self.interval and self.done < self.total:
            self.last = now
            self._line(now)

    def _line(self, now: float) -> None:
        rate = self.done / max(now - self.t0, 1e-9)
        pct = f" ({self.done / self.total:.0%})" if self.total else ""
        print(f"pneumoscan-predict: {self.done} of {self.total} files{pct}, {rate:.1f} files/s", file=self.stream,
              flush=True)

    def close(self) -> None:
        if self.done:
            self._line(time.monotonic())


class _Silent:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def progress_reporter(total: int, quiet: bool, stream=None):
    """A tqdm bar on a terminal, :class:`PlainProgress` lines elsewhere (a log, a pipe), nothing when quiet."""
    stream = stream or sys.stderr
    if quiet:
        return _Silent()
    if stream.isatty():
        from tqdm import tqdm

        return tqdm(total=total, unit="img", file=stream, dynamic_ncols=True)
    return PlainProgress(total, stream=stream)


def _fail(code: int, message: str) -> int:
    print(f"pneumoscan-predict: {message}", file=sys.stderr)
    return code


class Terminated(KeyboardInterrupt):
    """SIGTERM (a service manager, ``kill``, a closing session): stopped like Ctrl+C, with exit status 143."""


def _on_sigterm(_signum: int, _frame: object) -> None:
    raise Terminated()


def main(argv: list[str] | None = None) -> int:
    import signal
    import threading

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _main(argv)
    except KeyboardInterrupt:  # before the batch started: nothing to keep
        return _fail(143 if isinstance(sys.exc_info()[1], Terminated) else 130, "stopped before the analysis began.")
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    logging.raiseExceptions = False  # a log line that cannot be written is never a traceback on the console
    if args.batch_size is not None and args.batch_size < 1:
        return _fail(2, "--batch-size must be at least 1")
    if args.prevalence is not None and not 0 < args.prevalence < 100:
        return _fail(2, "--prevalence is a percentage between 0 and 100 (e.g. 20)")

    from engine.analysis import Analysis
    from engine.audit import AuditError, AuditLog
    from engine.bundle import load_bundle
    from engine.cache import ResultCache
    from engine.discover import discover
    from engine.export import StreamingCsv, path_key
    from engine.gate import GatePolicy
    from engine.heatmap import shown_by_default
    from engine.outputs import check_outputs, private_dir
    from engine.resources import default_model_dir, user_cache_dir
    from engine.results import Status
    from engine.trust import require_trusted

    try:
        policy = GatePolicy(frozenset(x.strip() for x in args.relax.split(",") if x.strip()))
    except ValueError as exc:
        return _fail(2, f"--relax: {exc}")
    try:
        bundle = load_bundle(Path(args.model) if args.model else default_model_dir())
        trust = require_trusted(bundle, args.trust_bundle)
        if args.site_profile:
            from engine.site import load_site_profile

            bundle = bundle.with_site(load_site_profile(args.site_profile, bundle.digest))
    except errors.ModelNotInstalledError as exc:
        return _fail(3, str(exc))
    except errors.BundleError as exc:
        return _fail(3, f"the model cannot be used: {exc}")
    audit = AuditLog(source="pneumoscan-predict", strict=True)
    try:
        audit.check()
        audit.record_bundle(str(bundle.path), bundle.name, bundle.version, bundle.digest, trust)
    except AuditError as exc:
        return _fail(4, f"{exc.strerror}. Pneumoscan does not analyse without its audit trail: make the folder "
                        "writable (or free some space) and run again.")

    found = discover(args.paths)
    csv_target = Path(args.csv)
    outputs = {"--csv": csv_target, "--csv's unfinished copy": csv_target.with_name(csv_target.name + ".partial"),
               "--csv's lock file": csv_target.with_name(csv_target.name + ".lock"),
               "--report": Path(args.report) if args.report else None}
    try:
        check_outputs([*found.images, *(s.path for s in found.skipped)], outputs,
                      {"--heatmaps": Path(args.heatmaps) if args.heatmaps else None},
                      [Path(p) for p in args.paths if Path(p).is_dir()])
        if args.report and Path(args.report).exists() and not args.overwrite:
            raise errors.ExportError(f"{args.report} already exists. Choose another name or pass --overwrite.")
        if args.report and Path(args.report).is_dir():
            raise errors.ExportError(f"{args.report} is a folder; choose a file name ending in .pdf.")
        out = StreamingCsv(args.csv, overwrite=args.overwrite, resume=args.resume, bundle_sha256=bundle.digest)
    except errors.ExportError as exc:
        _audit_quietly(audit, args.csv, exc.message, bundle.digest)
        return _fail(4, str(exc))
    heat_dir = Path(args.heatmaps) if args.heatmaps else None
    try:
        if heat_dir is not None:
            private_dir(heat_dir)
    except OSError as exc:
        out.close()
        return _fail(4, f"cannot create {heat_dir}: {exc.strerror or exc}")
    if policy.relaxed:
        print(f"pneumoscan-predict: RELAXED input checks: {', '.join(sorted(policy.relaxed))}", file=sys.stderr)
    try:
        service = Analysis(bundle, device=args.device, batch_size=args.batch_size, gate_policy=policy, audit=audit,
                           precision=args.precision,
                           cache=None if args.no_cache else ResultCache(user_cache_dir() / "results.jsonl"))
    except errors.PneumoscanError as exc:
        out.close()
        return _fail(3, str(exc))
    try:
        out.check_precision(service.classifier.runner.precision)
        done_before = out.verify([*found.images, *(s.path for s in found.skipped)])
    except errors.ExportError as exc:
        out.close()
        _audit_quietly(audit, args.csv, exc.message, bundle.digest)
        return _fail(4, str(exc))
    if out.dropped_torn:
        print(f"pneumoscan-predict: the last line of {out.partial} was cut short by the interruption; it was dropped "
              "and its file is analysed again.", file=sys.stderr)

    from engine.resources import reviews_path
    from engine.reviews import ReviewStore, ReviewStoreError

    reviews = None
    if reviews_path().is_file():  # the app's readings, if any: read-only here, and never a reason to stop the batch
        try:
            reviews = ReviewStore(reviews_path(), readonly=True)
        except ReviewStoreError as exc:
            print(f"pneumoscan-predict: warning: {exc.message} The CSV's reading columns stay empty.", file=sys.stderr)
    todo = [p for p in found.images if path_key(p) not in done_before]
    skipped = [s for s in found.skipped if path_key(s.path) not in done_before]
    print(f"pneumoscan-predict: {len(todo)} images ({len(done_before)} already done), {len(skipped)} other files; "
          f"model {bundle.summary()} on {service.description}", file=sys.stderr)

    counts: dict[str, int] = {}
    report_preds: list = []
    bar = progress_reporter(len(todo) + len(skipped), args.quiet)
    t0 = time.perf_counter()

    def summary(target: object) -> str:
        elapsed = time.perf_counter() - t0
        n_ok = sum(counts.get(k, 0) for k in ("pneumonia", "indeterminate", "normal"))
        by_band = ", ".join(f"{counts[k]} {k}" for k in ("pneumonia", "indeterminate", "normal") if counts.get(k))
        return (f"{n_ok} ok ({by_band or 'none'}), {counts.get(Status.OUT_OF_SCOPE.value, 0)} not assessed (out of "
                f"scope), {counts.get(Status.ERROR.value, 0)} failed, {len(done_before)} resumed; "
                f"{n_ok / elapsed if elapsed > 0 else 0.0:.1f} images/s; {target} (bundle {bundle.digest[:16]}, {trust}"
                + (f"; {bundle.site.summary()})" if bundle.site is not None else ")"))

    try:
        for pred in service.run(todo, skipped):
            out.write(pred, reviews)
            if args.report:
                report_preds.append(pred)
            key = pred.band if pred.ok else str(pred.status)
            counts[key] = counts.get(key, 0) + 1
            if heat_dir is not None and pred.ok and (args.heatmaps_all or shown_by_default(pred)):
                service.write_heatmap(pred, heat_dir, overwrite=args.overwrite)
            bar.update(1)
        bar.close()
        target = out.commit()
    except KeyboardInterrupt as stop:
        bar.close()
        out.close()
        how = "terminated" if isinstance(stop, Terminated) else "interrupted"
        _audit_quietly(audit, args.csv, how, bundle.digest, out.rows)
        print(summary(f"stopped: {out.rows} finished rows kept in {out.partial}"), file=sys.stderr)
        return _fail(143 if isinstance(stop, Terminated) else 130,
                     f"{how}; {out.rows} finished rows kept in {out.partial}. Run the same command with --resume to "
                     "continue.")
    except AuditError as exc:
        bar.close()
        out.close()
        print(summary(f"stopped: {out.rows} finished rows kept in {out.partial}"), file=sys.stderr)
        return _fail(4, f"{exc.strerror}; the run stopped, as it does not go on without its audit trail. The "
                        f"{out.rows} finished rows are kept in {out.partial}; free some space and run the same "
                        "command with --resume.")
    except errors.ExportError as exc:
        bar.close()
        out.close()
        return _fail(4, str(exc))
    except OSError as exc:  # the output's disk is full or went away: keep what is written, say so, exit 4
        bar.close()
        out.close()
        _audit_quietly(audit, args.csv, str(exc), bundle.digest, out.rows)
        print(summary(f"stopped: {out.rows} finished rows kept in {out.partial}"), file=sys.stderr)
        return _fail(4, f"cannot write {out.partial}: {exc.strerror or exc}. The {out.rows} finished rows are kept "
                        "there; free some space and run the same command with --resume.")
    try:
        audit.record_export(target, out.rows, bundle_sha256=bundle.digest)
        if args.report:
            from engine.report import write_report

            left = ([f"Not in this report: {len(done_before)} image(s) finished by an earlier, interrupted run of this "
                     f"batch (their rows are in {target})."] if done_before else [])
            try:
                pages = write_report(report_preds, args.report, bundle, reviews,
                                     prevalence=args.prevalence / 100 if args.prevalence is not None else None,
                                     notes=left, overwrite=args.overwrite)
            except OSError as exc:
                why = "it appeared during the run" if isinstance(exc, FileExistsError) else exc.strerror or exc
                _audit_quietly(audit, args.report, str(exc), bundle.digest, kind="pdf_report")
                print(summary(f"wrote {target}"))
                return _fail(4, f"cannot write the report {args.report}: {why}. The CSV is complete.")
            audit.record_export(args.report, pages, kind="pdf_report", bundle_sha256=bundle.digest)
    except AuditError as exc:
        print(summary(f"wrote {target}"))
        return _fail(4, f"{exc.strerror}; the results are written but their export is not in the audit trail.")
    audit.close()
    print(summary(f"wrote {target}"))
    return 0


def _audit_quietly(audit, target, error: str, digest: str, rows: int = 0, kind: str = "csv") -> None:
    """Record a failed export if the audit log can still be written (it may be what failed)."""
    from engine.audit import AuditError

    try:
        audit.record_export(target, rows, kind=kind, ok=False, error=error, bundle_sha256=digest)
    except AuditError:
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
