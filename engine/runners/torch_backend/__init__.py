"""The engine's torch: the network built from a bundle's metadata and the CUDA/MPS runner.

Nothing here is imported on the CPU path: :mod:`engine.runners.classifier`
reaches :mod:`.runner` only to ask whether torch is installed (without importing
it) or to build a GPU runner.  ``pyproject.toml``'s import contract keeping torch
out of the engine names this package as its one exception.
"""

from engine._lazy import attach

__getattr__, __dir__, __all__ = attach(__name__, {
    "TaskHead": "network",
    "PneumoscanNet": "network",
    "EnsembleNet": "network",
    "ToneAverage": "network",
    "tta_gammas": "network",
    "with_tta": "network",
    "member_networks": "network",
    "passes_per_image": "network",
    "ensemble_size": "network",
    "head_config": "network",
    "build_model": "network",
    "head_meta": "network",
    "gradcam_autograd": "network",
    "TorchRunner": "runner",
    "cuda_possible": "runner",
    "torch_available": "runner",
    "resolve_device": "runner",
    "release_gpu_memory": "runner",
})
