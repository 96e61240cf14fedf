"""``pneumoscan-node``: a DICOM node that analyses what the X-ray unit sends (and what lands in a watched
folder), appends each result to a CSV and, when asked, sends the results back to the PACS.

    pneumoscan-node --port PORT --store DIR --csv OUT.csv [--ae-title T] [--bind ADDR] [--allow AE,...]
                    [--send-to AE@HOST:PORT] [--watch DIR] [--model BUNDLE] [--trust-bundle DIGEST]

Prints one line when it is listening (``pneumoscan-node: listening ...``), analyses until SIGTERM or SIGINT,
then finishes the images in hand, flushes the CSV and exits 0.  Exit status: 2 bad arguments, 3 no usable or
trusted model, 4 an output, the store or the audit log cannot be written (or is in use by another node), 5 the
port cannot be listened on.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from pathlib import Path
from typing import IO

from engine import errors
from engine._version import __version__

log = logging.getLogger("pneumoscan.node")


def _parser() -> argparse.ArgumentParser:
    from engine.node.config import DEFAULT_AE_TITLE, DEFAULT_PORT

    p = argparse.ArgumentParser(prog="pneumoscan-node", description="Receive chest X-rays over DICOM (and from a "
                                "watched folder), analyse each, append the results to a CSV, send results to a PACS.")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"TCP port to listen on (default {DEFAULT_PORT}; 0: "
                   "any free port, printed)")
    p.add_argument("--store", required=True, metavar="DIR", help="where received images are kept, by study")
    p.add_argument("--csv", required=True, metavar="OUT", help="the CSV results are appended to (continued after a "
                   "restart)")
    p.add_argument("--ae-title", default=DEFAULT_AE_TITLE, help=f"this node's AE title (default {DEFAULT_AE_TITLE})")
    p.add_argument("--bind", default="0.0.0.0", metavar="ADDR", help="address to listen on (default all; 127.0.0.1: "
                   "this machine only)")
    p.add_argument("--allow", default="", metavar="AE,...", help="accept associations only from these calling AE "
                   "titles")
    p.add_argument("--send-to", metavar="AE@HOST:PORT", help="send a Secondary Capture and a Structured Report of each "
                   "result to this DICOM destination (a PACS); nothing is sent otherwise")
    p.add_argument("--watch", metavar="DIR", help="also analyse files that appear in DIR, once each")
    p.add_argument("--no-listen", action="store_true", help="do not listen on the network (with --watch)")
    p.add_argument("--model", metavar="DIR", help="model bundle folder (default: the bundled model)")
    p.add_argument("--trust-bundle", action="append", default=[], metavar="DIGEST",
                   help="use a bundle that is not the shipped one, identified by its digest")
    p.add_argument("--device", default="auto", help="auto (default), cpu, cuda, cuda:N or mps")
    p.add_argument("--no-cache", action="store_true", help="analyse every image (not results cached from before)")
    p.add_argument("--retry-max", type=float, default=300.0, metavar="S",
                   help="the longest wait between two tries of the destination (default 300 s)")
    p.add_argument("--verbose", action="store_true", help="log every association")
    p.add_argument("--version", action="version", version=f"pneumoscan {__version__}")
    return p


def _say(text: str, stream: IO[str] | None = None) -> None:
    try:
        print(text, file=stream or sys.stdout, flush=True)
    except (OSError, ValueError):
        pass


def _fail(code: int, message: str) -> int:
    _say(f"pneumoscan-node: {message}", sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.raiseExceptions = False
    if not args.verbose:
        logging.getLogger("pynetdicom").setLevel(logging.ERROR)

    from engine.node.config import Destination, NodeConfig

    try:
        config = NodeConfig(store=Path(args.store), port=args.port, ae_title=args.ae_title, bind=args.bind,
                            allow=tuple(a for a in args.allow.split(",") if a.strip()),
                            send_to=Destination.parse(args.send_to) if args.send_to else None,
                            watch=Path(args.watch) if args.watch else None, listen=not args.no_listen,
                            retry_max_s=args.retry_max).check()
    except ValueError as exc:
        return _fail(2, str(exc))
    if config.watch is not None and not config.watch.is_dir():
        return _fail(2, f"--watch {config.watch}: not a folder")
    if not config.listen and config.watch is None:
        return _fail(2, "--no-listen needs --watch: there would be nothing to analyse")

    from engine.files.outputs import path_key

    csv_key, store_key = path_key(args.csv), path_key(config.store)
    for folder, what in ((store_key, "--store"), (path_key(config.watch) if config.watch else None, "--watch")):
        if folder and (csv_key == folder or csv_key.startswith(folder.rstrip("/\\") + ("/" if "/" in folder else "\\"))):
            return _fail(4, f"--csv {args.csv} is inside {what}: the node's output would be read as an input.")

    from engine.bundle.model_bundle import load_bundle
    from engine.bundle.trust import require_trusted
    from engine.files.resources import default_model_dir
    from engine.records.audit import AuditError, AuditLog

    try:
        bundle = load_bundle(Path(args.model) if args.model else default_model_dir())
        trust = require_trusted(bundle, args.trust_bundle)
    except errors.ModelNotInstalledError as exc:
        return _fail(3, str(exc))
    except errors.BundleError as exc:
        return _fail(3, f"the model cannot be used: {exc}")
    audit = AuditLog(source="pneumoscan-node", strict=True)
    try:
        audit.check()
        audit.record_bundle(str(bundle.path), bundle.name, bundle.version, bundle.digest, trust)
    except AuditError as exc:
        return _fail(4, f"{exc.strerror}. Pneumoscan does not analyse without its audit trail.")
    return _serve(args, config, bundle, audit)


def _serve(args: argparse.Namespace, config: object, bundle: object, audit: object) -> int:
    from engine.batch.analysis import Analysis
    from engine.files.resources import reviews_path, user_cache_dir
    from engine.node.config import NodeConfig
    from engine.node.service import NodeService
    from engine.records.results_csv import LiveCsv, OutputLock
    from engine.runners.cache import ResultCache

    assert isinstance(config, NodeConfig)
    try:
        service_analysis = Analysis(bundle, device=args.device, audit=audit,  # type: ignore[arg-type]
                                    cache=None if args.no_cache else ResultCache(user_cache_dir() / "results.jsonl"))
    except errors.PneumoscanError as exc:
        return _fail(3, str(exc))
    except (RuntimeError, ValueError) as exc:
        return _fail(2, f"--device {args.device}: {exc}")
    store_lock = None
    try:
        from engine.files.outputs import private_dir

        private_dir(config.state_dir)
        store_lock = OutputLock(config.state_dir / "node")
        store_lock.acquire()
        out = LiveCsv(args.csv, bundle)
    except (errors.ExportError, OSError) as exc:
        if store_lock is not None:
            store_lock.release()
        why = exc.message if isinstance(exc, errors.ExportError) else f"{config.store}: {exc.strerror or exc}"
        return _fail(4, why.replace(f"{config.state_dir / 'node'} is being written", f"the store {config.store} is "
                                    "used"))
    reviews = None
    if reviews_path().is_file():
        from engine.records.readings import ReviewStore, ReviewStoreError

        try:
            reviews = ReviewStore(reviews_path(), readonly=True)
        except ReviewStoreError:
            reviews = None
    service = NodeService(config, service_analysis, out, audit=audit, reviews=reviews)  # type: ignore[arg-type]
    stop = threading.Event()

    def on_signal(_signum: int, _frame: object) -> None:
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        try:
            service.start()
        except OSError as exc:
            service.stop()
            return _fail(5, f"cannot listen on {config.bind}:{config.port}: {exc.strerror or exc}")
        where = service.address
        listening = (f"listening as {config.ae_title} on {where[0]}:{where[1]}" if where else "not listening")
        _say(f"pneumoscan-node: {listening}; {'watching ' + str(config.watch) + '; ' if config.watch else ''}"
             f"store {config.store}; csv {out.target}; "
             f"{'results to ' + str(config.send_to) if config.send_to else 'results not sent'}; model "
             f"{bundle.summary()} on {service_analysis.description}")  # type: ignore[attr-defined]
        while not stop.wait(0.5):
            pass
        _say("pneumoscan-node: stopping: finishing the images in hand", sys.stderr)
        service.stop()
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        store_lock.release()
    st = service.status()
    lat = sorted(service.latencies)
    timing = (f"; stored -> CSV row: median {lat[len(lat) // 2]:.3f} s, max {lat[-1]:.3f} s" if lat else "")
    _say(f"pneumoscan-node: stopped; {st['received']} received, {st['refused']} refused, {st['analysed']} analysed, "
         f"{st['queued']} left queued for the next start, {st['sent']} objects sent, {st['outbox']} waiting in the "
         f"outbox{timing}; csv {out.target}", sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
