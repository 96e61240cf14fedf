"""The CPU runner: the bundle's ONNX graph (fp32 or int8) in ONNX Runtime, with no torch at all.

Measured about twice torch's speed on the CPU; the CPU-only build ships this
runner and no torch (``docs/performance.md``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from engine import errors


class OnnxRunner:
    backend = "onnxruntime"

    def __init__(self, onnx_path: Path, threads: int | None = None, precision: str = "fp32",
                 features: tuple[str, ...] = ("pooled",)) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if threads:
            opts.intra_op_num_threads = threads
        self.session = ort.InferenceSession(str(onnx_path), sess_options=opts, providers=["CPUExecutionProvider"])
        missing = set(features) - {o.name for o in self.session.get_outputs()}
        if missing:
            raise errors.BundleError(f"The model's input checks read {sorted(missing)}, which its graph "
                                     f"{onnx_path.name} does not output: the bundle is inconsistent.")
        self.features = tuple(dict.fromkeys(("pooled", *features)))
        self.device = "cpu"
        self.precision = precision
        self.description = f"CPU (ONNX Runtime {ort.__version__}, {precision})"

    def run_all(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
        """(logits, Grad-CAM maps, {graph output: features}) of a batch."""
        logit, cam, *feats = self.session.run(["logit", "cam", *self.features], {"image": x})
        return (logit.astype(np.float32), cam.astype(np.float32),
                {k: v.astype(np.float32) for k, v in zip(self.features, feats)})

    def run(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        logit, cam, feats = self.run_all(x)
        return logit, cam, feats["pooled"]
