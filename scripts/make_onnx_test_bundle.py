#!/usr/bin/env python3
"""Write the small ONNX-only test bundle committed under tests/fixtures/onnx_bundle/.

    python scripts/make_onnx_test_bundle.py [OUT]   # default: tests/fixtures/onnx_bundle

The torch-free test run (``python3 dev.py test`` runs it in ``.venv-cpu``, the
CPU run-time install: no torch, no scikit-learn, no onnx package) needs a bundle
it can load and run without building one, since building a DenseNet bundle
needs torch.  This one is laid out as the CPU installer lays out the shipped
bundle: ``bundle.json``, ``model.onnx``, ``ood.safetensors`` and the
``WEIGHTS_OMITTED`` marker, no ``weights.safetensors``.

Its graph is not a model: a 1x1 convolution to 64 channels, ReLU, 4x4 average
pooling, then the same outputs as a real bundle's graph -- ``logit`` (a linear
read-out of the pooled features), ``cam`` (the same read-out per position,
ReLU'd: a class-activation map) and ``pooled`` -- from random weights (seed 0).
Scores vary with the image, so thresholds, bands, the cache, the CSV and the
input gate all have something to act on.  About 40 KB in all.  Written with the
``onnx`` package's helpers (a training dependency), deterministic: running it
again gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHANNELS = 64
SIZE = 64
#: read-out scale and offset: the sample images' scores then fall on both sides of 0.5 and inside the band
SPREAD = 8.0
OFFSET = 2.3


def graph_bytes(seed: int = 0) -> bytes:
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(seed)
    w1 = rng.normal(0, 1.0, (CHANNELS, 3, 1, 1)).astype(np.float32)
    b1 = rng.normal(0, 0.5, CHANNELS).astype(np.float32)
    w2 = (rng.normal(0, 1.0, (CHANNELS, 1)) * SPREAD / np.sqrt(CHANNELS)).astype(np.float32)
    b2 = np.array([OFFSET], dtype=np.float32)
    inits = [numpy_helper.from_array(w1, "w1"), numpy_helper.from_array(b1, "b1"),
             numpy_helper.from_array(w2, "w2"), numpy_helper.from_array(b2, "b2"),
             numpy_helper.from_array(w2.reshape(1, CHANNELS, 1, 1), "w2_map"),
             numpy_helper.from_array(np.array([1], dtype=np.int64), "one")]
    nodes = [
        helper.make_node("Conv", ["image", "w1", "b1"], ["conv"]),
        helper.make_node("Relu", ["conv"], ["feat_full"]),
        helper.make_node("AveragePool", ["feat_full"], ["feat"], kernel_shape=[4, 4], strides=[4, 4]),
        helper.make_node("GlobalAveragePool", ["feat"], ["pooled_4d"]),
        helper.make_node("Flatten", ["pooled_4d"], ["pooled"], axis=1),
        helper.make_node("Gemm", ["pooled", "w2", "b2"], ["logit_2d"]),
        helper.make_node("Squeeze", ["logit_2d", "one"], ["logit"]),
        helper.make_node("Conv", ["feat", "w2_map"], ["cam_4d"]),
        helper.make_node("Relu", ["cam_4d"], ["cam_relu"]),
        helper.make_node("Squeeze", ["cam_relu", "one"], ["cam"]),
    ]
    graph = helper.make_graph(
        nodes, "pneumoscan-onnx-test-bundle",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["batch", 3, SIZE, SIZE])],
        [helper.make_tensor_value_info("logit", TensorProto.FLOAT, ["batch"]),
         helper.make_tensor_value_info("cam", TensorProto.FLOAT, ["batch", SIZE // 4, SIZE // 4]),
         helper.make_tensor_value_info("pooled", TensorProto.FLOAT, ["batch", CHANNELS])],
        inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="pneumoscan-tests")
    model.ir_version = 8
    onnx.checker.check_model(model, full_check=True)
    return model.SerializeToString()


def write(out: Path) -> Path:
    from engine.checks.ood import OodModel
    from engine.image.preprocess import PreprocessSpec

    out.mkdir(parents=True, exist_ok=True)
    graph = graph_bytes()
    (out / "model.onnx").write_bytes(graph)
    # the identity Gaussian with a cut-off every test image passes (tests of the gate itself fit real ones)
    from safetensors.numpy import save_file

    # tensors only (the cut-off lives in bundle.json): safetensors' header metadata would not be byte-stable
    save_file(OodModel(mean=np.zeros(CHANNELS), precision=np.eye(CHANNELS), cutoff=1e6).tensors(),
              str(out / "ood.safetensors"))
    (out / "WEIGHTS_OMITTED").write_text(
        "This test bundle carries only its ONNX graph, as the torch-free CPU build carries the shipped one.\n")

    def sha(name: str) -> str:
        return hashlib.sha256((out / name).read_bytes()).hexdigest()

    meta = {
        "schema_version": 1,
        "name": "test-onnx-only",
        "version": "0.0.1-test",
        "architecture": "densenet121",
        "head": {"hidden": [], "dropout": 0.0, "outputs": 1,
                 "description": "tests only: a linear read-out of 64 pooled 1x1-convolution features"},
        "class_names": ["NORMAL", "PNEUMONIA"],
        "input": PreprocessSpec(SIZE, SIZE).to_meta(),
        "decision": {"threshold": 0.5, "rule": "fixed for tests", "temperature": 1.0, "calibration": "none",
                     "band": {"low": 0.45, "high": 0.55, "rule": "fixed for tests"}},
        "training": {"recipe": "random weights (seed 0) written by scripts/make_onnx_test_bundle.py; not a model"},
        "data": {},
        "metrics": {},
        "intended_use": "tests only",
        "population": {"age_years": [1, 5], "trained_age_years": [1, 5], "modalities": ["CR", "DX", "DR"],
                       "body_parts": ["CHEST", "THORAX", "LUNG"], "views": ["AP", "PA"]},
        "created": "2026-12-04",
        "libraries": {},
        # the weights file is not shipped (WEIGHTS_OMITTED): its name and the sha256 of the graph that holds them
        "weights": {"file": "weights.safetensors", "sha256": sha("model.onnx")},
        "onnx": {"file": "model.onnx", "sha256": sha("model.onnx"), "opset": 17,
                 "outputs": ["logit", "cam", "pooled"]},
        "ood": {"file": "ood.safetensors", "sha256": sha("ood.safetensors"), "cutoff": 1e6,
                "method": "identity (tests only)"},
        "heatmap": {"scale": 1.0, "rule": "fixed for tests"},
    }
    (out / "bundle.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "fixtures" / "onnx_bundle"
    print(write(target))
