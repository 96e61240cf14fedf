"""One analysis service for the command line and the app.

``path -> read once -> (cache) -> decode -> gate -> model -> result -> cache / CSV / audit``

:class:`Analysis` owns a trusted bundle's :class:`~engine.runners.classifier.Classifier`,
the result cache and the audit log.  ``pneumoscan-predict`` and the desktop app
both call :meth:`Analysis.run` (files in, :class:`~engine.runners.results.Prediction`
out, failed files as rows), :meth:`Analysis.export_csv` and
:meth:`Analysis.export_heatmaps`; neither re-implements any of it.  Plain
Python with a progress callback and a cancel token: the app adapts it to Qt
signals on a worker thread (``desktop.controllers.workers``).
"""

from __future__ import annotations

import logging
import os
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from engine.batch.discover import SkippedFile
from engine.bundle.model_bundle import ModelBundle
from engine.checks.input_gate import GatePolicy
from engine.image.heatmap import DEFAULT_COLOUR_MAP, shown_by_default
from engine.records.audit import AuditLog
from engine.runners.cache import ResultCache
from engine.runners.classifier import Classifier
from engine.runners.results import Prediction

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]


def heatmap_file_name(pred: Prediction) -> str:
    """``<stem>_<sha256[:8]>_heatmap.png``: unique per file content, never next to the study."""
    stem = "".join("_" if ch.isspace() and ch != " " or unicodedata.category(ch) in ("Cc", "Cf") else ch
                   for ch in Path(pred.path).stem)  # no control or bidi characters in file names
    return f"{stem}_{pred.sha256[:8]}_heatmap.png"


class Analysis:
    """Analyse files with one trusted bundle; record every result and export in the audit log.

    Parameters
    ----------
    bundle
        A loaded (and trusted: :func:`engine.bundle.trust.require_trusted`) bundle.
    cache
        A :class:`ResultCache` (files already analysed by this bundle with this gate policy are not run
        again) or None.
    audit
        Where results and exports are recorded; None records nothing (tests, benchmarks).
    classifier
        An existing classifier for ``bundle`` (the app keeps one across batches); made here otherwise.
    """

    def __init__(self, bundle: ModelBundle, *, device: str = "auto", batch_size: int | None = None,
                 gate_policy: GatePolicy | None = None, cache: ResultCache | None = None,
                 audit: AuditLog | None = None, classifier: Classifier | None = None, precision: str = "auto") -> None:
        self.bundle = bundle
        self.cache = cache
        self.audit = audit
        self.classifier = classifier or Classifier(bundle, device=device, batch_size=batch_size,
                                                   gate_policy=gate_policy, cache=cache, precision=precision)
        self.classifier.cache = cache

    @property
    def description(self) -> str:
        return self.classifier.description

    def failed_row(self, skipped: SkippedFile) -> Prediction:
        """The row of a file discovery set aside (not an image, not a regular file, unreadable...)."""
        return Prediction.failed(str(skipped.path), skipped.code, skipped.reason, self.bundle, self.description)

    def run(self, paths: Iterable[str | os.PathLike[str]], skipped: Iterable[SkippedFile] = (),
            progress: ProgressFn | None = None, cancel: Any = None) -> Iterator[Prediction]:
        """One Prediction per path and per skipped file (skipped ones first), in order; each recorded in the
        audit log as it is yielded.  ``cancel`` (a callable or an Event) stops between batches."""
        for s in skipped:
            yield self.failed_row(s)
        for pred in self.classifier.predict_many(paths, progress=progress, cancel=cancel):
            if self.audit is not None:
                self.audit.record_result(pred)
            yield pred

    def export_csv(self, predictions: Iterable[Prediction], path: str | os.PathLike[str],
                   overwrite: bool = False, reviews: Any = None) -> int:
        """Write all rows atomically (engine.records.results_csv.write_csv); the export, failed or not, is audited."""
        from engine import errors
        from engine.records.results_csv import write_csv

        try:
            n = write_csv(predictions, path, overwrite=overwrite, reviews=reviews)
        except errors.ExportError as exc:
            self._audit_export(path, 0, ok=False, error=exc.message)
            raise
        self._audit_export(path, n)
        return n

    def explain(self, pred: Prediction) -> Prediction:
        """``pred`` with its heatmap (engine.runners.classifier.Classifier.explain): the one way a result gets the map
        that the app shows, exports, reports and sends.  Raises if the file changed since it was analysed."""
        return self.classifier.explain(pred)

    def with_maps(self, predictions: Iterable[Prediction], always: bool = False) -> list[Prediction]:
        """The results, each whose map is shown (PNEUMONIA, indeterminate; every analysed one with ``always``) with
        its map made; a map that cannot be made (the file changed or went) leaves that result without one (logged)."""
        out = []
        for p in predictions:
            if p.ok and (always or shown_by_default(p)):
                try:
                    p = self.explain(p)
                except Exception as exc:  # noqa: BLE001 - a missing map never stops a report or an export
                    log.warning("no heatmap for %s: %s", p.path, exc)
            out.append(p)
        return out

    def write_heatmap(self, pred: Prediction, folder: str | os.PathLike[str], opacity: float = 0.4,
                      cmap: str = DEFAULT_COLOUR_MAP, overwrite: bool = False) -> Path | None:
        """The overlay PNG of one analysed image in ``folder``; None (logged) if it cannot be written --
        a heatmap never stops a batch.  A file of that name (the same image's overlay: the name holds its sha256)
        is kept unless ``overwrite``.  The image is read again and checked against the result's sha256."""
        from engine.image.heatmap import save_overlay_png

        if not pred.ok:
            return None
        try:
            img = self.classifier.verified_image(pred)
            pred = self.classifier.explain(pred, img)
            if pred.cam is None:
                return None
            return save_overlay_png(Path(folder) / heatmap_file_name(pred), img.pixels, pred.heatmap, opacity, cmap,
                                    overwrite=overwrite)
        except FileExistsError:
            log.info("heatmap for %s kept: %s exists", pred.path, heatmap_file_name(pred))
            return Path(folder) / heatmap_file_name(pred)
        except Exception as exc:  # noqa: BLE001 - any failure on one file becomes a log line, never a crash
            log.warning("heatmap for %s not written: %s", pred.path, exc)
            return None

    def export_heatmaps(self, predictions: Iterable[Prediction], folder: str | os.PathLike[str],
                        opacity: float = 0.4, cmap: str = DEFAULT_COLOUR_MAP, progress: ProgressFn | None = None,
                        cancel: Any = None, always: bool = False, overwrite: bool = False) -> int:
        """Overlays of the results whose heatmap is shown (PNEUMONIA, indeterminate; NORMAL too if ``always``); an
        overlay already in ``folder`` (the same image's: the name holds its sha256) is kept unless ``overwrite``."""
        preds = [p for p in predictions if p.ok and (always or shown_by_default(p))]
        n = 0
        for i, p in enumerate(preds):
            if cancel is not None and (cancel.is_set() if hasattr(cancel, "is_set") else cancel()):
                break
            if self.write_heatmap(p, folder, opacity, cmap, overwrite=overwrite) is not None:
                n += 1
            if progress:
                progress(i + 1, len(preds))
        self._audit_export(folder, n, kind="heatmap_png")
        return n

    def _audit_export(self, target: str | os.PathLike[str], rows: int, kind: str = "csv", ok: bool = True,
                      error: str = "") -> None:
        if self.audit is not None:
            self.audit.record_export(target, rows, kind=kind, ok=ok, error=error, bundle_sha256=self.bundle.digest)
