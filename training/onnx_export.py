"""The network as one ONNX graph with outputs (logit, cam, pooled, pooled_mid): written by training, read by the engine.

Moved out of the run-time engine: the installed app only reads bundles.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import torch

from engine.image.preprocess import PreprocessSpec


def export_onnx(net: torch.nn.Module, path: Path, spec: PreprocessSpec, *, fp16_storage: bool = True,
                opset: int = 17) -> dict[str, Any]:
    """Write ``net`` as one ONNX graph with outputs (logit, cam, pooled).

    With ``fp16_storage`` the weights are stored as float16 and cast to float32
    inside the graph (ONNX Runtime folds the casts at session start), halving
    the file while computing in float32 with the very weights torch uses.
    """
    import warnings

    import onnx

    net = net.eval().float().cpu()
    dummy = torch.zeros(1, spec.channels, spec.height, spec.width)
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # The TorchScript exporter needs no onnxscript and writes one self-contained file.
        torch.onnx.export(
            net, (dummy,), buf, dynamo=False, opset_version=opset,  # type: ignore[arg-type]  # a file object is accepted
            input_names=["image"], output_names=["logit", "cam", "pooled"],
            dynamic_axes={"image": {0: "batch"}, "logit": {0: "batch"}, "cam": {0: "batch"}, "pooled": {0: "batch"}},
            do_constant_folding=True,
            # PRESERVE (with the module in eval mode) keeps BatchNormalization nodes instead of folding
            # them into the convolutions before them: the stored weights stay the trained float16
            # values; ONNX Runtime fuses the nodes itself, in float32, when the session starts
            training=torch.onnx.TrainingMode.PRESERVE,
        )
    model = onnx.load_from_string(buf.getvalue())
    add_mid_output(model)
    if fp16_storage:
        _store_initializers_as_fp16(model)
    onnx.checker.check_model(model)
    Path(path).write_bytes(model.SerializeToString())
    return {"opset": opset, "inputs": ["image"], "outputs": ["logit", "cam", "pooled", MID_OUTPUT],
            "weights_storage": "float16" if fp16_storage else "float32"}


#: The input checks' second feature vector: the spatial mean of the third dense block's output (2,112 channels in
#: DenseNet-161), averaged over an ensemble's members and test-time tone curves like ``pooled``.  Lateral views and
#: adult radiographs move it further from the training images than the last block's features (issue 16;
#: ``training.fit_checks``).
MID_OUTPUT = "pooled_mid"
#: the block's output; the exporter numbers the scope of a module's further calls (``denseblock3_1``: one per tone
#: curve of engine.runners.torch_backend.network.ToneAverage)
_MID_BLOCK = re.compile(r"(^|/)features/denseblock3(_\d+)?/Concat$")


def add_mid_output(model: Any) -> bool:
    """Add the graph output ``pooled_mid`` to an exported graph, fp32 or int8, in place; False if it has no third
    dense block (or has the output already).

    Graph surgery rather than a fourth output of the torch module: the bundles already shipped get it without a
    re-export (their int8 graph keeps its calibrated weights), and the module's ``(logit, cam, pooled)`` contract,
    used by training and Grad-CAM, stays as it is.  The dense block's output is a float tensor in both graphs
    (only convolutions are quantised).
    """
    from onnx import TensorProto, helper

    graph = model.graph
    if any(o.name == MID_OUTPUT for o in graph.output):
        return False
    ends = [n.output[0] for n in graph.node if n.op_type == "Concat" and _MID_BLOCK.search(n.name)]
    if not ends:
        return False
    means = []
    for k, tensor in enumerate(ends):
        means.append(f"{MID_OUTPUT}__member{k}")
        graph.node.append(helper.make_node("ReduceMean", [tensor], [means[-1]], axes=[2, 3], keepdims=0,
                                           name=f"/{MID_OUTPUT}/ReduceMean_{k}"))
    graph.node.append(helper.make_node("Mean", means, [MID_OUTPUT], name=f"/{MID_OUTPUT}/Mean"))
    graph.output.append(helper.make_tensor_value_info(MID_OUTPUT, TensorProto.FLOAT, ["batch", None]))
    return True


def _exactly_fp16(init: Any, values: np.ndarray) -> bool:
    """Large tensors that float16 holds exactly: constants the exporter computed (a batch norm folded into the
    convolution before it) stay float32, or ONNX Runtime and torch would differ."""
    return values.size >= 1024 and np.array_equal(values.astype(np.float16).astype(np.float32), values)


def _store_initializers_as_fp16(model: Any, select: Callable[[Any, np.ndarray], bool] = _exactly_fp16) -> None:
    """Replace the float32 initializers ``select`` picks by float16 ones followed by a Cast to float32.

    onnxconverter-common's float16 converter would also convert the compute
    graph to float16, which is slower and less exact on CPUs without fp16
    arithmetic; here only storage changes.
    """
    from onnx import TensorProto, helper, numpy_helper

    graph = model.graph
    casts = []
    new_inits = []
    for init in graph.initializer:
        values = numpy_helper.to_array(init) if init.data_type == TensorProto.FLOAT else None
        if values is None or not select(init, values):
            new_inits.append(init)
            continue
        stored = numpy_helper.from_array(values.astype(np.float16), name=init.name + "__fp16")
        new_inits.append(stored)
        casts.append(helper.make_node("Cast", [stored.name], [init.name], to=TensorProto.FLOAT,
                                      name=init.name + "__cast"))
    del graph.initializer[:]
    graph.initializer.extend(new_inits)
    nodes = list(graph.node)
    del graph.node[:]
    graph.node.extend(casts + nodes)
