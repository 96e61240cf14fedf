"""The engine's torch: the network built from a bundle's metadata and the CUDA/MPS runner.

Nothing here is imported where torch is not installed (the CPU installer):
:mod:`engine.runners.classifier` asks :mod:`engine.runners.devices` first, and
reaches :mod:`.runner` only where torch is installed and a device other than the
CPU is asked for (``auto`` included); torch itself loads only where a GPU may be
present.  ``pyproject.toml``'s import contract keeping torch out of the engine
names this package as its one exception.
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
