"""Classifier: a model bundle turned into predictions, on CUDA, Apple MPS or the CPU.

* ``device="auto"`` picks CUDA, then MPS, then the CPU.  On the CPU the
  bundle's ONNX graph runs in ONNX Runtime (measured about twice torch's
  speed there, and no torch import at all: the CPU-only build ships without
  torch).  Torch on the CPU remains the fallback where torch is installed and
  the bundle has no ONNX graph.
* On CUDA: float16 autocast and channels_last; a GPU error or out-of-memory
  falls back to the CPU with a logged warning.
* ``predict_many`` streams: files are read, hashed and preprocessed by a small
  thread pool while the model runs on batches; at most a few batches are in
  flight, so memory stays flat however many files there are.  A file that
  fails becomes a result row with the reason; the batch goes on.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import numpy as np

from engine import errors
from engine.bundle.model_bundle import ModelBundle, load_bundle
from engine.checks.input_gate import GateFinding, GatePolicy
from engine.checks.input_gate import evaluate as evaluate_gate
from engine.image.heatmap import scale_cam
from engine.image.io import XrayImage, check_regular_file, decode_image, load_image, read_file
from engine.image.preprocess import preprocess
from engine.runners.devices import torch_available
from engine.runners.onnx_runner import OnnxRunner
from engine.runners.results import IDENTIFIERS, Prediction, Status

if TYPE_CHECKING:  # the torch runner is imported only where a GPU may run (make_runner)
    from engine.runners.torch_backend.runner import TorchRunner

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]

DEFAULT_CPU_BATCH = 8
DEFAULT_GPU_BATCH = 64

#: Heatmaps a classifier keeps in memory (an 8 x 8 map is 256 bytes): a study reviewed back and forth is mapped once.
MAPS_KEPT = 2048

#: Files above this size are decoded one at a time (their decode needs several times their size).
LARGE_FILE_BYTES = 32 << 20


@functools.cache
def _single_threaded_blas() -> None:
    """One BLAS thread for the process's numpy.

    The loader threads resize with small matrix products (engine.image.imaging); with
    OpenBLAS's own thread pool under each of them, the pools contend: measured on
    2 cores with a no-op model, 4 loader threads ran 212 images/s against 1,585
    with one BLAS thread.  The model's runtimes (ONNX Runtime, torch) keep their
    own thread pools and are not affected.  Once per process (it scans the loaded
    libraries).
    """
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1, user_api="blas")
    except Exception:  # noqa: BLE001 - a speed setting: never a reason not to run
        log.debug("could not limit BLAS threads", exc_info=True)


def _is_cancelled(cancel: Any) -> bool:
    if cancel is None:
        return False
    if hasattr(cancel, "is_set"):
        return bool(cancel.is_set())
    return bool(cancel())


# --------------------------------------------------------------------------- runners
def _onnx_available(bundle: ModelBundle) -> bool:
    import importlib.util

    return ((bundle.onnx_path is not None or bundle.int8_onnx_path is not None)
            and importlib.util.find_spec("onnxruntime") is not None)


PRECISIONS = ("auto", "fp32", "int8")


def make_runner(bundle: ModelBundle, device: str = "auto", backend: str = "auto", threads: int | None = None,
                precision: str = "auto") -> OnnxRunner | TorchRunner:
    """Choose and build the inference runner for ``device`` (auto/cpu/cuda[:N]/mps).

    ``precision`` applies to the CPU's ONNX Runtime: ``auto`` runs the bundle's int8 graph where it passed its
    acceptance check on validation (``bundle.json``'s ``quantized`` block), ``int8`` runs it regardless, ``fp32``
    never.
    """
    device = device.lower()
    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {PRECISIONS}, not {precision!r}")
    if device != "cpu" and torch_available():
        from engine.runners.torch_backend.runner import resolve_device

        device = resolve_device(device)
    elif device != "cpu":
        if device != "auto":
            log.warning("device %s requested but PyTorch is not installed: using the CPU", device)
        device = "cpu"
    if device != "cpu" and not bundle.has_weights:
        log.warning("this installation carries only the ONNX model: running on the CPU")
        device = "cpu"
    if precision == "int8" and (device != "cpu" or bundle.int8_onnx_path is None):
        log.warning("int8 was asked for but %s: running %s", "this model has no int8 graph" if
                    bundle.int8_onnx_path is None else "int8 runs on the CPU only", "fp32" if device == "cpu" else device)
    if device == "cpu":
        if backend in ("auto", "onnx") and _onnx_available(bundle):
            has_int8 = bundle.int8_onnx_path is not None
            int8 = has_int8 and (precision == "int8" or (precision == "auto" and bundle.int8_default))
            if int8 and not bundle.int8_default:
                log.warning("running the int8 graph as asked, although it failed its acceptance check on validation (model card)")
            if not int8 and bundle.onnx_path is None and bundle.int8_default and not (
                    backend == "auto" and bundle.has_weights and torch_available()):
                # the CPU build: only the graph that passed its acceptance check travels (FP32_GRAPH_OMITTED)
                log.warning("this installation carries only the int8 graph (it passed its acceptance check on validation): "
                            "running int8; fp32 needs the full installation")
                int8 = True
            if int8:
                return OnnxRunner(bundle.int8_onnx_path, threads, "int8", bundle.gate_outputs)  # type: ignore[arg-type]
            if bundle.onnx_path is not None:
                return OnnxRunner(bundle.onnx_path, threads, "fp32", bundle.gate_outputs)  # type: ignore[arg-type]
        if backend == "onnx":
            raise errors.InferenceError("The model has no ONNX graph or ONNX Runtime is not installed.")
        if not torch_available():
            raise errors.InferenceError(
                "This model bundle has no ONNX graph and PyTorch is not installed: nothing can run it. "
                "Install a complete model bundle."
            )
    from engine.runners.torch_backend.runner import TorchRunner

    return TorchRunner(bundle, device, bundle.gate_outputs)


# --------------------------------------------------------------------------- classifier
@dataclass
class _Loaded:
    path: str
    sha256: str = ""
    tensor: np.ndarray | None = None
    shape: tuple[int, int] = (0, 0)
    source_format: str = ""
    metadata: Mapping[str, str] = field(default_factory=dict)
    error: tuple[str, str] | None = None
    seconds: float = 0.0
    cached: Any = None  # engine.runners.cache.ModelOutputs of these bytes under this bundle: the result is recomputed from it


class Classifier:
    """Predictions from a model bundle.

    Parameters
    ----------
    bundle
        A :class:`ModelBundle` or a bundle folder.
    device
        ``"auto"`` (CUDA, then MPS, then CPU), ``"cpu"``, ``"cuda"``, ``"cuda:N"`` or ``"mps"``.
    batch_size
        Images per forward pass; None: 64 on a GPU, 8 on the CPU.
    backend
        ``"auto"``; ``"onnx"`` or ``"torch"`` force the CPU runtime (tests compare them).
    precision
        ``"auto"`` (int8 on the CPU where the bundle's int8 graph passed its acceptance check), ``"fp32"`` or ``"int8"``.
    loader_threads
        Threads reading and preprocessing files while the model runs.
    gate_policy, gate
        Input-gate checks the user relaxed; ``gate=False`` disables the gate (evaluation of the raw model).
    keep_features
        Keep the pooled features in each Prediction (for research; off to keep memory small).
    cache
        An :class:`engine.runners.cache.ResultCache`: looked up by the loader as soon as it has the file's bytes
        and hash (a hit skips decoding and the model), filled with every new ok / out-of-scope result.
    """

    def __init__(self, bundle: ModelBundle | str | os.PathLike[str], device: str = "auto", batch_size: int | None = None,
                 backend: str = "auto", loader_threads: int | None = None, threads: int | None = None,
                 gate_policy: GatePolicy | None = None, gate: bool = True, keep_features: bool = False,
                 cache: Any = None, precision: str = "auto") -> None:
        self.bundle = bundle if isinstance(bundle, ModelBundle) else load_bundle(bundle)
        self.spec = self.bundle.preprocess_spec
        self._threads = threads
        self._lock = threading.Lock()
        self.runner = make_runner(self.bundle, device, backend, threads, precision)
        # a GPU is fed well only by large batches (H100, 224 px: 1,058 img/s at 16, 3,099 at 64)
        on_gpu = self.runner.device != "cpu"
        self.batch_size = max(1, int(batch_size or (DEFAULT_GPU_BATCH if on_gpu else DEFAULT_CPU_BATCH)))
        # Loader threads: their work (file reads, hashing, Pillow/pydicom decoding, numpy resizing) runs in C
        # with the GIL released, so threads scale without the start-up, pickling and frozen-app costs of
        # processes.  On the CPU the model needs the cores: two loaders keep ahead of it (no-op model: ~1,800
        # images/s on 2 cores, bench/inference.py); a GPU is fed by as many as the machine has, up to 12.
        cores = os.cpu_count() or 2
        self.loader_threads = loader_threads or (min(12, cores) if on_gpu else min(2, cores))
        _single_threaded_blas()
        self.keep_features = keep_features  # 8.8 kB per result: off by default so big batches stay small
        self.gate_enabled = gate
        self._large_decode = threading.Lock()
        self.gate_policy = gate_policy or GatePolicy()
        self.ood = self.bundle.ood_model(self.runner.precision) if gate else None
        self.scope = self.bundle.scope_model(self.runner.precision) if gate else None
        self.cache = cache
        self._maps: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()  # explain()'s maps, most recent last
        self._maps_lock = threading.Lock()
        # the cache holds model outputs, which depend on the bundle and the arithmetic only: relaxed checks and the
        # site profile are decisions, made again from the outputs on every hit (a change of either runs no model)
        self.cache_variant = "|int8" if self.runner.precision == "int8" else ""
        #: what a result of this classifier was decided under: a row made under another key is out of date
        self.decision_key = "|".join((self.bundle.digest, self.bundle.site_profile, self.cache_variant,
                                      ",".join(sorted(self.gate_policy.relaxed)),
                                      f"{self.gate_policy.unknown_age_max}"))
        log.info("model %s on %s", self.bundle.summary(), self.runner.description)

    @property
    def device(self) -> str:
        return self.runner.device

    @property
    def description(self) -> str:
        return self.runner.description

    # ------------------------------------------------------------------ core
    def _forward(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
        with self._lock:
            try:
                return self.runner.run_all(x)
            except Exception as exc:
                if self.runner.device == "cpu":
                    raise
                log.warning("inference on %s failed (%s: %s); falling back to the CPU", self.runner.device,
                            type(exc).__name__, exc, exc_info=True)
                self._release_gpu()
                self.runner = make_runner(self.bundle, "cpu", "auto", self._threads, "fp32")
                return self.runner.run_all(x)

    def _release_gpu(self) -> None:
        try:
            from engine.runners.torch_backend.runner import release_gpu_memory

            self.runner = None  # type: ignore[assignment]
            release_gpu_memory()
        except Exception:  # noqa: BLE001 - pragma: no cover - best effort
            pass

    def _gate_scores(self, feats: Mapping[str, np.ndarray]) -> list[tuple[float | None, float | None]]:
        """(out-of-distribution, adult-appearance) scores: one matrix product per feature layer for the whole
        batch (scored one image at a time, the 2208-d float64 einsum cost 5.7 ms per image)."""
        n = len(feats["pooled"])
        ood = [float(v) for v in self.ood.score(feats)] if self.ood is not None else [None] * n
        adult = [float(v) for v in self.scope.score(feats)] if self.scope is not None else [None] * n
        return list(zip(ood, adult))

    def _result(self, loaded: _Loaded, logit: float, cam: np.ndarray | None, pooled: np.ndarray | None, seconds: float,
                scores: tuple[float | None, float | None], device: str = "") -> Prediction:
        """The result of one image from the model's outputs, by the bundle's decision rules: the one place a label,
        band and gate reasons are made (fresh outputs and cached ones alike)."""
        b = self.bundle
        p = b.probability(logit)
        label, band = b.decide(p)
        meta = {k: loaded.metadata[k] for k in (*IDENTIFIERS, "ExifOrientation") if k in loaded.metadata}
        ood_score, adult_score = scores
        findings: list[GateFinding] = []
        relaxed: list[str] = []
        if self.gate_enabled:
            findings, relaxed = evaluate_gate(loaded.metadata, b.population, ood_score,
                                              self.ood.cutoff if self.ood is not None else None, self.gate_policy,
                                              adult_score, self.scope.cutoff if self.scope is not None else None)
        common: dict[str, Any] = dict(
            path=loaded.path, sha256=loaded.sha256, threshold=b.threshold, logit=float(logit), model_name=b.name,
            model_version=b.version, model_sha256=b.weights_sha256, bundle_sha256=b.digest, site_profile=b.site_profile,
            device=device or self.runner.description,
            source_format=loaded.source_format, image_size=loaded.shape, metadata=MappingProxyType(meta),
            raw_p_pneumonia=p, ood_score=ood_score, adult_score=adult_score, relaxed_checks=tuple(relaxed),
            # an occlusion bundle's map is made only for images shown, exported or reported (explain)
            cam=None if cam is None or b.heatmap_method == "occlusion" else scale_cam(cam, b.heatmap_scale),
            features=pooled.astype(np.float32) if self.keep_features and pooled is not None else None, seconds=seconds,
        )
        if findings:  # the gate withholds the label; the raw probability stays for audit
            # one short sentence per reason, a line each (Prediction.gate_reasons); the numbers go to gate_details
            return Prediction(status=Status.OUT_OF_SCOPE, error_code=";".join(f.code for f in findings),
                              error="\n".join(f.message for f in findings), gate_codes=tuple(f.code for f in findings),
                              gate_details=tuple(f.detail for f in findings), **common)
        return Prediction(status=Status.OK, label=label, band=band, p_pneumonia=p, **common)

    def _error(self, loaded: _Loaded) -> Prediction:
        code, message = loaded.error or ("error", "unknown error")
        return Prediction.failed(loaded.path, code, message, self.bundle, self.runner.description, loaded.sha256,
                                 loaded.seconds)

    def _load(self, path: str) -> _Loaded:
        t0 = time.perf_counter()
        out = _Loaded(path=path)
        try:
            st = check_regular_file(path)
            big = st.st_size > LARGE_FILE_BYTES
            # A 7,000 x 7,000 16-bit DICOM needs ~0.5 GB while it is decoded; the loader threads take
            # such files one at a time so a batch of them stays under ~1.5 GB (small files run in parallel).
            with self._large_decode if big else nullcontext():
                data = read_file(path, st)  # read once: hashed here, decoded below
                out.sha256 = hashlib.sha256(data).hexdigest()
                if self.cache is not None and self.gate_enabled:
                    hit = self.cache.get(out.sha256, self.bundle.digest, self.cache_variant)
                    if hit is not None:  # the model's outputs for these bytes: decided again below, never read back
                        out.cached = hit
                        out.shape, out.source_format, out.metadata = hit.image_size, hit.source_format, hit.metadata
                        out.seconds = time.perf_counter() - t0
                        return out
                image = decode_image(data, path)
                del data
                out.tensor = preprocess(image, self.spec)
            # keep only what the result needs: the pixels are dropped here
            out.shape = (image.height, image.width)
            out.source_format = image.source_format
            out.metadata = image.metadata
        except Exception as exc:  # every failure becomes a row, never a crash
            if not isinstance(exc, errors.PneumoscanError):
                log.error("unexpected failure on %s", path, exc_info=True)
            out.error = errors.describe(exc)
        out.seconds = time.perf_counter() - t0
        return out

    # ------------------------------------------------------------------ maps
    def verified_image(self, pred: Prediction) -> XrayImage:
        """The image of ``pred``, read again and decoded only if its bytes are those the result was made from
        (:class:`~engine.errors.FileChangedError` otherwise)."""
        return load_image(pred.path, sha256=pred.sha256 or "-")  # a result without a hash vouches for no bytes

    def explain(self, pred: Prediction, image: XrayImage | None = None) -> Prediction:
        """``pred`` with its heatmap (``cam``, on the bundle's grid, in [0, 1] on the bundle's fixed scale).

        The map is made from the file's bytes read again and checked against the result's sha256 (a file that
        changed since it was analysed raises :class:`~engine.errors.FileChangedError`: no map of other pixels is
        ever shown beside a result).  An occlusion bundle sweeps the image through this classifier's runner
        (``grid**2`` passes, or the coarse-to-fine sweep; engine.runners.saliency), once per image: maps are kept
        in memory.  A Grad-CAM bundle's map came with the result; it is made again only if missing.  A result that
        is not ``ok`` has no map and is returned as it is.  ``image``: the result's image from :meth:`verified_image`
        when the caller has it already (it is not read twice).
        """
        if not pred.ok or (pred.cam is not None and self.bundle.heatmap_method != "occlusion"):
            return pred
        key = (pred.sha256, self.runner.description)
        with self._maps_lock:
            cam = self._maps.get(key)
            if cam is not None:
                self._maps.move_to_end(key)
        if cam is None:
            cam = self._make_map(pred, image)
            with self._maps_lock:
                self._maps[key] = cam
                while len(self._maps) > MAPS_KEPT:
                    self._maps.popitem(last=False)
        return replace(pred, cam=cam)

    def _make_map(self, pred: Prediction, image: XrayImage | None) -> np.ndarray:
        from engine.runners.saliency import coarse_to_fine_map, occlusion_map

        x = preprocess(image if image is not None else self.verified_image(pred), self.spec)
        b = self.bundle
        if b.heatmap_method != "occlusion":
            _logit, cams, _feats = self._forward(x[None])
            return scale_cam(cams[0], b.heatmap_scale)

        def forward(batch: np.ndarray) -> np.ndarray:
            return self._forward(np.ascontiguousarray(batch, dtype=np.float32))[0]

        t0 = time.perf_counter()
        if b.heatmap_refine:
            raw = coarse_to_fine_map(forward, x, b.heatmap_grid, b.heatmap_refine, self.batch_size)
        else:
            raw = occlusion_map(forward, x, b.heatmap_grid, self.batch_size)
        log.debug("heatmap of %s in %.2f s", pred.path, time.perf_counter() - t0)
        return scale_cam(raw, b.heatmap_scale)

    # ------------------------------------------------------------------ public
    def predict(self, image: XrayImage, path: str | None = None, sha256: str = "") -> Prediction:
        """Classify one already-loaded image."""
        t0 = time.perf_counter()
        x = preprocess(image, self.spec)[None]
        logit, cam, feats = self._forward(x)
        if not np.isfinite(logit[0]):
            raise errors.InferenceError("The model produced an invalid (non-finite) output for this image.")
        loaded = _Loaded(path=path or image.path, sha256=sha256, shape=(image.height, image.width),
                         source_format=image.source_format, metadata=image.metadata)
        return self._result(loaded, float(logit[0]), cam[0], feats["pooled"][0], time.perf_counter() - t0,
                            self._gate_scores(feats)[0])

    def predict_many(self, paths: Iterable[str | os.PathLike[str]], progress: ProgressFn | None = None,
                     cancel: Any = None) -> Iterator[Prediction]:
        """Classify files, yielding one :class:`Prediction` per path, in order.

        Parameters
        ----------
        paths
            Files (use :func:`engine.batch.discover.discover` to expand folders).
        progress
            Called with ``(done, total)`` after each batch.
        cancel
            A callable returning True, or an object with ``is_set()`` (threading.Event):
            checked between batches; the generator then stops, results already
            yielded stand.
        """
        items = [str(p) for p in paths]
        total = len(items)
        done = 0
        if progress:
            progress(0, total)
        window = self.batch_size * 2 + self.loader_threads
        pool = ThreadPoolExecutor(max_workers=self.loader_threads, thread_name_prefix="pneumoscan-load")
        pending: deque[Future[_Loaded]] = deque()
        source = iter(items)

        def fill() -> None:
            while len(pending) < window and not _is_cancelled(cancel):
                try:
                    path = next(source)
                except StopIteration:
                    return
                pending.append(pool.submit(self._load, path))

        try:
            fill()
            batch: list[_Loaded] = []
            while pending or batch:
                if _is_cancelled(cancel):
                    return
                if pending:
                    batch.append(pending.popleft().result())
                    fill()
                n_ok = sum(1 for b in batch if b.error is None and b.cached is None)
                if n_ok >= self.batch_size or not pending:
                    yield from self._run_batch(batch)
                    done += len(batch)
                    batch = []
                    if progress:
                        progress(done, total)
        finally:
            # join the loader threads (queued loads are cancelled; at most loader_threads files finish):
            # no thread of a finished or cancelled batch outlives it
            pool.shutdown(wait=True, cancel_futures=True)

    def _run_batch(self, batch: list[_Loaded]) -> Iterator[Prediction]:
        good = [b for b in batch if b.error is None and b.cached is None]
        results: dict[int, Prediction] = {}
        if good:
            x = np.stack([b.tensor for b in good])  # type: ignore[misc]
            t0 = time.perf_counter()
            try:
                logits, cams, feats = self._forward(x)
            except Exception as exc:
                log.error("inference failed on a batch", exc_info=True)
                for b in good:
                    b.error = ("inference_failed", f"The model could not run on this image ({type(exc).__name__}: {exc}).")
            else:
                scores = self._gate_scores(feats)
                pooled = feats["pooled"]
                per = (time.perf_counter() - t0) / len(good)
                for k, b in enumerate(good):
                    if not np.isfinite(logits[k]):
                        b.error = ("inference_failed", "The model produced an invalid (non-finite) output for this image.")
                        continue
                    results[id(b)] = self._result(b, float(logits[k]), cams[k], pooled[k], per + b.seconds, scores[k])
                    if self.cache is not None and self.gate_enabled:
                        from engine.runners.cache import ModelOutputs

                        self.cache.put(ModelOutputs(
                            sha256=b.sha256, bundle_sha256=self.bundle.digest, variant=self.cache_variant,
                            logit=float(logits[k]), ood_score=scores[k][0], adult_score=scores[k][1], cam=cams[k],
                            image_size=b.shape, source_format=b.source_format,
                            metadata=MappingProxyType({k2: v for k2, v in b.metadata.items()}),
                            device=self.runner.description))
        for b in batch:
            b.tensor = None
            if b.cached is not None:
                c = b.cached
                yield self._result(b, c.logit, c.cam, None, b.seconds, (c.ood_score, c.adult_score), c.device)
            else:
                yield results[id(b)] if id(b) in results else self._error(b)
