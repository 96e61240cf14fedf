"""Running a bundle: runners, the classifier, results and the cache of model outputs.

Owns: the ONNX Runtime runner of the CPU path (:mod:`.onnx_runner`), the torch
runner and network for CUDA/MPS (:mod:`.torch_backend`, the only torch in the
engine), the :class:`Classifier` that streams files through a runner and makes
every label, band and gate reason in one place (:mod:`.classifier`), the result
record (:mod:`.results`) and the HMAC-signed cache of model outputs
(:mod:`.cache`).
"""

from engine._lazy import attach

__getattr__, __dir__, __all__ = attach(__name__, {
    "ModelOutputs": "cache",
    "to_line": "cache",
    "BadRecord": "cache",
    "from_line": "cache",
    "ResultCache": "cache",
    "make_runner": "classifier",
    "Classifier": "classifier",
    "OnnxRunner": "onnx_runner",
    "Status": "results",
    "displayed_result": "results",
    "Prediction": "results",
})
