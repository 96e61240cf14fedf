"""The torch runner: CUDA (float16 autocast, channels_last), Apple MPS, or the CPU where a bundle has no ONNX graph.

The one place in the engine's run-time path that imports torch (the import
contract in ``pyproject.toml`` names this package as its only exception), and
only when a runner is built.  Whether torch is installed, and whether a GPU
could be there, :mod:`engine.runners.devices` answers without importing either.
"""

from __future__ import annotations

import platform
from typing import Any

import numpy as np

from engine.bundle.model_bundle import ModelBundle
from engine.runners.devices import cuda_possible, torch_available


class TorchRunner:
    backend = "torch"
    precision = "fp32"  # float16 autocast on CUDA: recorded in the description

    def __init__(self, bundle: ModelBundle, device: str, features: tuple[str, ...] = ("pooled",)) -> None:
        import torch

        from engine.bundle.model_bundle import load_state_dict
        from engine.runners.torch_backend.network import build_model, member_networks, passes_per_image

        self.torch = torch
        self.device = device
        self.dev = torch.device(device)
        net = build_model(bundle.meta)
        net.load_state_dict(load_state_dict(bundle))
        net = net.eval().to(self.dev)
        self.cuda = self.dev.type == "cuda"
        if self.cuda:
            net = net.to(memory_format=torch.channels_last)
            name = torch.cuda.get_device_name(self.dev)
            self.description = f"GPU {name} (PyTorch {torch.__version__}, CUDA, float16 autocast)"
        elif self.dev.type == "mps":
            self.description = f"Apple GPU (PyTorch {torch.__version__}, MPS)"
        else:
            self.description = f"CPU (PyTorch {torch.__version__})"
        self.net = net
        self._pinned: Any = None
        self._mid: list[Any] = []
        if "pooled_mid" in features:  # the third dense block's spatial mean, as training.onnx_export adds it
            # one entry per member network and tone curve: the graph's output averages the same passes
            members = member_networks(net)
            mid, n = self._mid, passes_per_image(net)

            def keep(_module: Any, _inputs: Any, out: Any) -> None:
                # the list, not the runner: no reference cycle keeps a released GPU network alive; at most one
                # forward pass's entries are held, even when the network is called directly (benchmarks)
                if len(mid) >= n:
                    mid.clear()
                mid.append(out.float().mean((2, 3)))

            for m in members:
                m.features.denseblock3.register_forward_hook(keep)

    def run_all(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
        """(logits, Grad-CAM maps, {graph output: features}) of a batch."""
        logit, cam, pooled = self.run(x)
        feats = {"pooled": pooled}
        if self._mid:
            feats["pooled_mid"] = (sum(self._mid) / len(self._mid)).cpu().numpy()
        return logit, cam, feats

    def run(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        torch = self.torch
        self._mid.clear()  # filled by the forward hooks of this batch
        t = torch.from_numpy(x)
        if self.cuda:
            # page-locked staging buffer, reused while the batch shape stays: the copy to the GPU is then a
            # DMA that does not block the host (pageable memory forces a synchronous bounce copy)
            if self._pinned is None or self._pinned.shape != t.shape:
                self._pinned = torch.empty(t.shape, dtype=t.dtype, pin_memory=True)
            self._pinned.copy_(t)
            t = self._pinned.to(self.dev, non_blocking=True).contiguous(memory_format=torch.channels_last)
        else:
            t = t.to(self.dev)
        with torch.inference_mode(), torch.autocast(self.dev.type, dtype=torch.float16, enabled=self.cuda):
            logit, cam, pooled = self.net(t)
        return (logit.float().cpu().numpy(), cam.float().cpu().numpy(), pooled.float().cpu().numpy())


def resolve_device(device: str) -> str:
    """``auto`` / ``cuda[:N]`` / ``mps`` as this machine allows: CUDA, then MPS, else ``cpu`` (with a warning when a
    GPU was asked for by name)."""
    import logging

    log = logging.getLogger(__name__)
    if device == "auto":
        if torch_available() and cuda_possible():
            import torch

            if torch.cuda.is_available():
                return "cuda"
        if platform.system() == "Darwin" and torch_available():
            import torch

            if torch.backends.mps.is_available():
                return "mps"
        return "cpu"
    if device.startswith("cuda") or device == "mps":
        if not torch_available():
            log.warning("device %s requested but PyTorch is not installed: using the CPU", device)
            return "cpu"
        import torch

        ok = torch.cuda.is_available() if device.startswith("cuda") else torch.backends.mps.is_available()
        if not ok:
            log.warning("device %s requested but not available: using the CPU", device)
            return "cpu"
    return device


def release_gpu_memory() -> None:
    """Give the GPU's cached blocks back after a GPU runner is dropped (the CPU fallback after a GPU error)."""
    import torch

    if torch.cuda.is_available():
        torch.cuda.empty_cache()
