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
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from engine import errors
from engine._version import __version__

if TYPE_CHECKING:
    from engine.bundle.model_bundle import ModelBundle
    from engine.checks.input_gate import GatePolicy
    from engine.records.audit import AuditLog

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
                   help="also write heatmap overlay PNGs into DIR (PNEUMONIA and indeterminate results)")
    p.add_argument("--heatmaps-all", action="store_true", help="with --heatmaps: NORMAL results' overlays too")
    p.add_argument("--device", default="auto", type=_device, help="auto (default), cpu, cuda, cuda:N or mps")
    p.add_argument("--batch-size", type=int, default=None, help="images per forward pass (default: 64 on a GPU, 8 on the CPU)")
    p.add_argument("--precision", choices=("auto", "fp32", "int8"), default="auto",
                   help="CPU arithmetic: auto (default) runs the model's int8 graph where it passed its acceptance "
                        "check on validation (see the model card), fp32 the full-precision graph")
    p.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run from OUT.partial")
    p.add_argument("--relax", default="", metavar="CHECKS",
                   help="comma-separated input checks to relax: modality, body_part, view, and age:N -- images with no "
                        "usable age are assessed as children up to N years (a stated age outside the model's "
                        "population is never assessed); recorded per row")
    p.add_argument("--report", metavar="PDF", help="also write a printable PDF report (one page per image, with a "
                                                   "summary page in front when there are several)")
    p.add_argument("--prevalence", type=float, metavar="PCT",
                   help="the clinic's pneumonia prevalence in percent, for the PPV / NPV the report states (default: "
                        "not set, and the report says so)")
    p.add_argument("--site-profile", metavar="JSON",
                   help="decide at a site profile's operating point (pneumoscan-calibrate); recorded on every row")
    p.add_argument("--no-cache", action="store_true",
                   help="analyse every file again (by default files this bundle already analysed come from the cache)")
    p.add_argument("--cluster", metavar="ADDRESS",
                   help="analyse on a Ray cluster: 'ray' (this machine's CPUs), 'auto' (the cluster this machine is "
                        "part of) or ray://HOST:PORT; needs pip install 'pneumoscan[cluster]' (docs/cluster.md)")
    p.add_argument("--cluster-workers", type=int, metavar="N",
                   help="with --cluster: model-holding workers (default: one per CPU, or one per GPU)")
    p.add_argument("--quiet", action="store_true", help="no progress report")
    p.add_argument("--version", action="version", version=f"pneumoscan {__version__}")
    return p


class PlainProgress:
    """Progress for a log file or a pipe: a plain line at most every ``interval`` seconds and at the end, never the
    carriage-return redraws of a terminal progress bar (hundreds of them filled logs)."""

    def __init__(self, total: int, interval: float = 10.0, stream: IO[str] | None = None) -> None:
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


def progress_reporter(total: int, quiet: bool, stream: IO[str] | None = None) -> Any:
    """A tqdm bar on a terminal, :class:`PlainProgress` lines elsewhere (a log, a pipe), nothing when quiet."""
    stream = stream or sys.stderr
    if quiet:
        return _Silent()
    if stream.isatty():
        from tqdm import tqdm

        return tqdm(total=total, unit="img", file=stream, dynamic_ncols=True)
    return PlainProgress(total, stream=stream)


def _say(text: str, stream: IO[str] | None = None) -> None:
    """Print a line; a console or log that cannot take it (a full disk behind ``>> log``) is never a traceback."""
    try:
        print(text, file=stream or sys.stdout, flush=True)
    except (OSError, ValueError):
        pass


def _fail(code: int, message: str) -> int:
    _say(f"pneumoscan-predict: {message}", sys.stderr)
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
    except KeyboardInterrupt as stop:  # before the audit log was open: nothing was analysed or written
        return _fail(143 if isinstance(stop, Terminated) else 130, "stopped before the analysis began.")
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


_DEVICE = re.compile(r"auto|cpu|mps|cuda(:\d{1,2})?")


def _device(value: str) -> str:
    if not _DEVICE.fullmatch(value.strip().lower()):
        raise argparse.ArgumentTypeError(f"{value!r} is not a device: auto, cpu, cuda, cuda:N or mps")
    return value.strip().lower()


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    logging.raiseExceptions = False  # a log line that cannot be written is never a traceback on the console
    if args.batch_size is not None and args.batch_size < 1:
        return _fail(2, "--batch-size must be at least 1")
    if args.prevalence is not None and not 0 < args.prevalence < 100:
        return _fail(2, "--prevalence is a percentage between 0 and 100 (e.g. 20)")

    from engine.bundle.model_bundle import load_bundle
    from engine.bundle.trust import require_trusted
    from engine.checks.input_gate import GatePolicy
    from engine.files.resources import default_model_dir
    from engine.records.audit import AuditError, AuditLog

    try:
        policy = GatePolicy.parse(args.relax)
    except ValueError as exc:
        return _fail(2, f"--relax: {exc}")
    model_dir = Path(args.model) if args.model else default_model_dir()
    try:
        bundle = load_bundle(model_dir)
        trust = require_trusted(bundle, args.trust_bundle)
        if args.site_profile:
            from engine.decision.site_profile import load_site_profile

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

    try:
        return _run(args, bundle, trust, policy, audit, model_dir)
    except KeyboardInterrupt as stop:  # stopped before the batch loop (which, and the report, have their own)
        how = "terminated" if isinstance(stop, Terminated) else "interrupted"
        _audit_quietly(audit, args.csv, f"{how} before the analysis began", bundle.digest)
        return _fail(143 if isinstance(stop, Terminated) else 130,
                     f"{how} before the analysis began; no result was written.")


def _run(args: argparse.Namespace, bundle: ModelBundle, trust: str, policy: GatePolicy, audit: AuditLog,
         model_dir: Path) -> int:
    """Check the outputs, load the model, analyse, write; every stop after the audit log opened is recorded."""
    from engine.batch.analysis import Analysis
    from engine.batch.discover import discover
    from engine.files.outputs import check_outputs, own_files, path_key, private_dir
    from engine.files.resources import user_cache_dir
    from engine.image.heatmap import shown_by_default
    from engine.records.audit import AuditError
    from engine.records.results_csv import StreamingCsv
    from engine.runners.cache import ResultCache
    from engine.runners.results import Status

    found = discover(args.paths)
    csv_target = Path(args.csv)
    outputs = {"--csv": csv_target, "--csv's unfinished copy": csv_target.with_name(csv_target.name + ".partial"),
               "--csv's lock file": csv_target.with_name(csv_target.name + ".lock"),
               "--report": Path(args.report) if args.report else None}
    # the run's own earlier outputs, found in a folder being analysed (not images: "not an image" rows), are not
    # inputs of the run; an image named as an output stays an input and is refused below
    own = {path_key(p) for p in outputs.values() if p is not None}
    found.skipped = [s for s in found.skipped if path_key(s.path) not in own]
    run_files = [*found.images, *(s.path for s in found.skipped)]
    try:
        check_outputs(run_files, outputs, {"--heatmaps": Path(args.heatmaps) if args.heatmaps else None},
                      [Path(p) for p in args.paths if Path(p).is_dir()],
                      protected=[*own_files(), model_dir, *([args.site_profile] if args.site_profile else [])])
        if args.report and os.path.lexists(args.report) and not args.overwrite:
            raise errors.ExportError(f"{args.report} already exists. Choose another name or pass --overwrite.")
        if args.report and Path(args.report).is_dir():
            raise errors.ExportError(f"{args.report} is a folder; choose a file name ending in .pdf.")
    except errors.ExportError as exc:
        _audit_quietly(audit, args.csv, exc.message, bundle.digest)
        return _fail(4, str(exc))
    if policy.relaxed:
        _say(f"pneumoscan-predict: RELAXED input checks: {'; '.join(policy.describe())}", sys.stderr)
    try:  # the model is loaded before any output is opened: a model that cannot run leaves nothing behind
        service = Analysis(bundle, device=args.device, batch_size=args.batch_size, gate_policy=policy, audit=audit,
                           precision=args.precision,
                           cache=None if args.no_cache else ResultCache(user_cache_dir() / "results.jsonl"))
    except errors.PneumoscanError as exc:
        return _fail(3, str(exc))
    except (RuntimeError, ValueError) as exc:  # a device the runtime does not know
        return _fail(2, f"--device {args.device}: {exc}")
    try:
        out = StreamingCsv(args.csv, overwrite=args.overwrite, resume=args.resume, bundle_sha256=bundle.digest)
    except errors.ExportError as exc:
        _audit_quietly(audit, args.csv, exc.message, bundle.digest)
        return _fail(4, str(exc))
    try:
        out.check_precision(service.classifier.runner.precision)
        done_before = out.verify(run_files, bundle, policy.relaxed)
        heat_dir = Path(args.heatmaps) if args.heatmaps else None
        if heat_dir is not None:
            try:
                private_dir(heat_dir)
            except OSError as exc:
                raise errors.ExportError(f"cannot create {heat_dir}: {exc.strerror or exc}") from None
    except errors.ExportError as exc:
        out.close()
        _audit_quietly(audit, args.csv, exc.message, bundle.digest)
        return _fail(4, str(exc))
    except BaseException:
        out.close()
        raise
    if out.dropped_torn:
        _say(f"pneumoscan-predict: the last line of {out.partial} was cut short by the interruption; it was dropped "
             "and its file is analysed again.", sys.stderr)

    from engine.files.resources import reviews_path
    from engine.records.readings import ReviewStore, ReviewStoreError

    reviews = None
    if reviews_path().is_file():  # the app's readings, if any: read-only here, and never a reason to stop the batch
        try:
            reviews = ReviewStore(reviews_path(), readonly=True)
        except ReviewStoreError as exc:
            _say(f"pneumoscan-predict: warning: {exc.message} The CSV's reading columns stay empty.", sys.stderr)
    todo = [p for p in found.images if path_key(p) not in done_before]
    skipped = [s for s in found.skipped if path_key(s.path) not in done_before]
    _say(f"pneumoscan-predict: {len(todo)} images ({len(done_before)} already done), {len(skipped)} other files; "
         f"model {bundle.summary()} on {service.description}", sys.stderr)

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

    def stopped(code: int, message: str, audit_error: str | None) -> int:
        """A batch stopped before its end: the finished rows stay in the partial file, the stop is audited (unless
        the audit log is what failed), the summary and the reason are printed."""
        _safe(bar.close)
        _safe(getattr(results, "close", lambda: None))  # a cluster run lets go of its workers
        out.close()
        if audit_error is not None:
            _audit_quietly(audit, args.csv, audit_error, bundle.digest, out.rows)
        _say(summary(f"stopped: {out.rows} finished rows kept in {out.partial}"), sys.stderr)
        return _fail(code, message)

    if args.cluster:
        from engine.batch.cluster import cluster_run

        results = cluster_run(args.cluster, bundle, todo, skipped, relax=args.relax, precision=args.precision,
                              batch_size=args.batch_size, device=args.device, workers=args.cluster_workers,
                              audit=audit, description=service.description)
    else:
        results = service.run(todo, skipped)
    try:
        for pred in results:
            out.write(pred, reviews)
            if args.report:
                report_preds.append(pred)
            key = pred.band if pred.ok else str(pred.status)
            counts[key] = counts.get(key, 0) + 1
            if heat_dir is not None and pred.ok and (args.heatmaps_all or shown_by_default(pred)):
                service.write_heatmap(pred, heat_dir, overwrite=args.overwrite)
            _safe(bar.update, 1)
        _safe(bar.close)
        target = out.commit()
    except KeyboardInterrupt as stop:
        how = "terminated" if isinstance(stop, Terminated) else "interrupted"
        return stopped(143 if isinstance(stop, Terminated) else 130,
                       f"{how}; {out.rows} finished rows kept in {out.partial}. Run the same command with --resume to "
                       "continue.", how)
    except AuditError as exc:
        return stopped(4, f"{exc.strerror}; the run stopped, as it does not go on without its audit trail. The "
                          f"{out.rows} finished rows are kept in {out.partial}; free some space and run the same "
                          "command with --resume.", None)
    except errors.ExportError as exc:
        return stopped(4, str(exc), exc.message)
    except errors.PneumoscanError as exc:  # the cluster cannot run the batch (engine.batch.cluster.ClusterError)
        return stopped(3, f"{exc.message} The {out.rows} finished rows are kept in {out.partial}; run the same "
                          "command with --resume.", exc.message)
    except OSError as exc:  # the output's disk is full or went away: keep what is written, say so, exit 4
        return stopped(4, f"cannot write {out.partial}: {exc.strerror or exc}. The {out.rows} finished rows are kept "
                          "there; free some space and run the same command with --resume.", str(exc))
    except BaseException:
        out.close()
        raise
    try:
        audit.record_export(target, out.rows, bundle_sha256=bundle.digest)
        if args.report:
            from engine.records.report import write_report

            left = ([f"Not in this report: {len(done_before)} image(s) finished by an earlier, interrupted run of this "
                     f"batch (their rows are in {target})."] if done_before else [])
            try:
                pages = write_report(service.with_maps(report_preds), args.report, bundle, reviews,
                                     prevalence=args.prevalence / 100 if args.prevalence is not None else None,
                                     notes=left, overwrite=args.overwrite)
            except KeyboardInterrupt as stop:
                how = "terminated" if isinstance(stop, Terminated) else "interrupted"
                _audit_quietly(audit, args.report, how, bundle.digest, kind="pdf_report")
                _say(summary(f"wrote {target}"))
                return _fail(143 if isinstance(stop, Terminated) else 130,
                             f"{how} while writing the report; the CSV {target} is complete, no report was written.")
            except OSError as exc:
                why = "it appeared during the run" if isinstance(exc, FileExistsError) else exc.strerror or exc
                _audit_quietly(audit, args.report, str(exc), bundle.digest, kind="pdf_report")
                _say(summary(f"wrote {target}"))
                return _fail(4, f"cannot write the report {args.report}: {why}. The CSV is complete.")
            audit.record_export(args.report, pages, kind="pdf_report", bundle_sha256=bundle.digest)
    except AuditError as exc:
        _say(summary(f"wrote {target}"))
        return _fail(4, f"{exc.strerror}; the results are written but their export is not in the audit trail.")
    audit.close()
    _say(summary(f"wrote {target}"))
    return 0


def _safe(fn: Callable[..., object], *a: object) -> None:
    """A progress display that cannot write (a full console log) never stops the batch."""
    try:
        fn(*a)
    except (OSError, ValueError):
        pass


def _audit_quietly(audit: AuditLog, target: str | os.PathLike[str], error: str, digest: str, rows: int = 0, kind: str = "csv") -> None:
    """Record a failed export if the audit log can still be written (it may be what failed)."""
    from engine.records.audit import AuditError

    try:
        audit.record_export(target, rows, kind=kind, ok=False, error=error, bundle_sha256=digest)
    except AuditError:
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
