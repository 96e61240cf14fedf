"""The network: torchvision DenseNet backbone + a task head ending in one logit.

No file I/O here (the ONNX exporter lives in training.onnx_export: the run-time engine never writes models).
Imports torch: only the GPU/torch paths and training use it.

Grad-CAM without hooks (the project's style notes, section 6).  torchvision's DenseNet
applies an in-place ReLU to ``features``' output, which breaks backward hooks.
Instead the forward pass is written out:

    A      = relu(features(x))                 # (B, C, h, w) last dense block, after norm5
    pooled = mean_hw(A)                         # (B, C)
    logit  = head(pooled)                       # (B,)

Grad-CAM's channel weights are ``alpha_c = mean_hw(d logit / d A_c)``.  Since
``d logit / d A = g / (h*w)`` at every position, with ``g = d logit / d pooled``,
the weights are ``g / (h*w)`` and the map is ``relu(sum_c g_c A_c)`` (up to the
positive factor, removed by normalising to [0, 1]).  For the MLP head
``Linear(W1) -> ReLU -> Linear(w2)``, ``g = W1^T (w2 * [W1 p + b1 > 0])``: a few
ordinary ops, so one forward pass (and one ONNX graph) yields logit and map.
:func:`gradcam_autograd` computes the same thing with autograd; tests hold the
two equal.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

log = logging.getLogger(__name__)

FEATURE_CHANNELS = {"densenet161": 2208, "densenet121": 1024}


class TaskHead(nn.Module):
    """Pooled features -> one logit: ``[Dropout, Linear(C, h), ReLU]* , Dropout, Linear(., 1)``."""

    def __init__(self, in_features: int, hidden: list[int], dropout: float) -> None:
        super().__init__()
        layers: list[nn.Module] = []
        width = in_features
        for h in hidden:
            layers += [nn.Dropout(dropout), nn.Linear(width, h), nn.ReLU(inplace=False)]
            width = h
        layers += [nn.Dropout(dropout), nn.Linear(width, 1)]
        self.layers = nn.Sequential(*layers)
        self.hidden = list(hidden)

    def forward(self, pooled: torch.Tensor) -> torch.Tensor:
        return self.layers(pooled).squeeze(1)

    def logit_and_gradient(self, pooled: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """The logit and d logit / d pooled, written as ordinary ops (eval mode)."""
        linears = [m for m in self.layers if isinstance(m, nn.Linear)]
        h = pooled
        masks = []
        for lin in linears[:-1]:
            pre = F.linear(h, lin.weight, lin.bias)
            masks.append((pre > 0).to(pre.dtype))
            h = F.relu(pre)
        last = linears[-1]
        logit = F.linear(h, last.weight, last.bias).squeeze(1)
        g = last.weight.expand(pooled.shape[0], -1)  # (B, width)
        for lin, mask in zip(reversed(linears[:-1]), reversed(masks)):
            g = (g * mask) @ lin.weight
        return logit, g


class PneumoscanNet(nn.Module):
    """DenseNet features + task head; ``forward`` returns ``(logit, cam, pooled)``.

    ``cam`` is the low-resolution Grad-CAM map (B, h, w), unnormalised, >= 0.
    """

    def __init__(self, architecture: str, hidden: list[int], dropout: float) -> None:
        super().__init__()
        import torchvision

        ctor = getattr(torchvision.models, architecture)
        self.features = ctor(weights=None).features
        self.head = TaskHead(FEATURE_CHANNELS[architecture], hidden, dropout)

    def feature_map(self, x: torch.Tensor) -> torch.Tensor:
        # explicit, out-of-place ReLU (torchvision's forward uses an in-place one)
        return F.relu(self.features(x))

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        a = self.feature_map(x)
        pooled = a.mean(dim=(2, 3))
        logit, g = self.head.logit_and_gradient(pooled)
        cam = F.relu(torch.einsum("bchw,bc->bhw", a, g.to(a.dtype)))
        return logit, cam, pooled

    def logits(self, x: torch.Tensor) -> torch.Tensor:
        """Training forward: logit only, dropout active in train mode."""
        return self.head(self.feature_map(x).mean(dim=(2, 3)))


class EnsembleNet(nn.Module):
    """Several :class:`PneumoscanNet` members as one network (one ONNX graph).

    ``forward`` returns the mean of the members' logits, Grad-CAM maps and
    pooled features, so the engine, the app and the CLI use it unchanged.  The
    mean of the maps is the Grad-CAM of the mean logit: each member's map is
    ``relu(sum_c g_c A_c)`` of its own features, all at the same resolution.
    Members share architecture and head shape; CPU cost is N times one member.
    """

    def __init__(self, members: list[PneumoscanNet]) -> None:
        super().__init__()
        if not members:
            raise ValueError("an ensemble needs at least one member")
        self.members = nn.ModuleList(members)

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        return _mean_outputs([m(x) for m in self.members])

    def _members(self) -> list[PneumoscanNet]:
        return [m for m in self.members if isinstance(m, PneumoscanNet)]

    def logits(self, x: torch.Tensor) -> torch.Tensor:
        members = self._members()
        return torch.stack([m.logits(x) for m in members]).mean(dim=0)

    def last_linears(self) -> list[nn.Linear]:
        return [[m for m in member.head.layers if isinstance(m, nn.Linear)][-1] for member in self._members()]


def _mean_outputs(outs: list[tuple[torch.Tensor, ...]]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """The element-wise mean of several ``(logit, cam, pooled)`` triples."""
    n = float(len(outs))
    return tuple(sum(o[i] for o in outs) / n for i in range(3))  # type: ignore[return-value]


class ToneAverage(nn.Module):
    """Test-time augmentation inside the one graph (issue 15): the outputs of ``net`` averaged over tone curves.

    Each curve is ``u ** gamma`` of the [0, 1] image the preprocessing made (``u = x * std + mean``, clipped),
    normalised again; gamma 1 is the image itself.  The geometry is unchanged, so the Grad-CAM maps average position
    by position, and the mean of the maps is the Grad-CAM of the mean logit (as for :class:`EnsembleNet`).  The
    engine, the app and the CLI run it unchanged; CPU cost is ``len(gammas)`` times the network's.

    The state dict is the wrapped network's own (same keys as without test-time augmentation): the bundle's
    weights do not depend on it, ``bundle.json``'s ``test_time_augmentation`` block does.
    """

    mean: torch.Tensor
    std: torch.Tensor
    net: PneumoscanNet | EnsembleNet

    def __init__(self, net: PneumoscanNet | EnsembleNet, gammas: tuple[float, ...], mean: tuple[float, ...],
                 std: tuple[float, ...]) -> None:
        super().__init__()
        if not gammas:
            raise ValueError("test-time augmentation needs at least one tone curve")
        self.net = net
        self.gammas = tuple(float(g) for g in gammas)
        self.register_buffer("mean", torch.tensor(mean, dtype=torch.float32).reshape(1, -1, 1, 1), persistent=False)
        self.register_buffer("std", torch.tensor(std, dtype=torch.float32).reshape(1, -1, 1, 1), persistent=False)

    def _curves(self, x: torch.Tensor) -> list[torch.Tensor]:
        unit = (x * self.std + self.mean).clamp(0.0, 1.0)
        return [x if g == 1.0 else (unit.pow(g) - self.mean) / self.std for g in self.gammas]

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        return _mean_outputs([self.net(c) for c in self._curves(x)])

    def logits(self, x: torch.Tensor) -> torch.Tensor:
        """The logit only (benchmarks): the mean over the tone curves of the network's logits."""
        return torch.stack([self.net.logits(c) for c in self._curves(x)]).mean(dim=0)

    def state_dict(self, *args: Any, **kwargs: Any) -> Any:
        return self.net.state_dict(*args, **kwargs)

    def load_state_dict(self, state_dict: Mapping[str, Any], strict: bool = True, assign: bool = False) -> Any:
        return self.net.load_state_dict(state_dict, strict=strict, assign=assign)


def tta_gammas(meta: Mapping[str, Any]) -> tuple[float, ...]:
    """The tone curves of the bundle's test-time augmentation, ``()`` when it has none."""
    block = meta.get("test_time_augmentation")
    return tuple(float(g) for g in block["gammas"]) if block else ()


def with_tta(net: PneumoscanNet | EnsembleNet, gammas: tuple[float, ...], mean: tuple[float, ...], std: tuple[float, ...]) -> nn.Module:
    """``net`` wrapped in :class:`ToneAverage`, or ``net`` itself when there are no tone curves to average."""
    return ToneAverage(net, gammas, mean, std) if gammas else net


def member_networks(net: nn.Module) -> list[PneumoscanNet]:
    """The :class:`PneumoscanNet` members a network from :func:`build_model` runs, unwrapping test-time augmentation."""
    inner = net.net if isinstance(net, ToneAverage) else net
    if isinstance(inner, EnsembleNet):
        return inner._members()
    if isinstance(inner, PneumoscanNet):
        return [inner]
    raise TypeError(f"not a Pneumoscan network: {type(inner).__name__}")


def passes_per_image(net: nn.Module) -> int:
    """Forward passes of member networks per image: members x tone curves."""
    return len(member_networks(net)) * (len(net.gammas) if isinstance(net, ToneAverage) else 1)


def ensemble_size(meta: Mapping[str, Any]) -> int:
    """Members of the bundle's network: ``meta["ensemble"]["members"]``, 1 when absent."""
    ens = meta.get("ensemble")
    return int(ens["members"]) if ens else 1


def head_config(meta: Mapping[str, Any]) -> tuple[list[int], float]:
    head = meta["head"]
    return [int(h) for h in head.get("hidden", [])], float(head.get("dropout", 0.0))


def build_model(meta: Mapping[str, Any]) -> nn.Module:
    """The network a bundle's metadata describes, with random weights, in eval mode.

    A bundle with an ``ensemble`` block holds ``members.<i>.``-prefixed tensors
    and builds an :class:`EnsembleNet`; a ``test_time_augmentation`` block wraps
    the network in :class:`ToneAverage` (same tensors).
    """
    hidden, dropout = head_config(meta)
    n = ensemble_size(meta)
    arch = str(meta["architecture"])
    net: PneumoscanNet | EnsembleNet = (EnsembleNet([PneumoscanNet(arch, hidden, dropout) for _ in range(n)])
                                        if n > 1 else PneumoscanNet(arch, hidden, dropout))
    gammas = tta_gammas(meta)
    if gammas:
        return ToneAverage(net, gammas, tuple(meta["input"]["mean"]), tuple(meta["input"]["std"])).eval()
    return net.eval()


def head_meta(hidden: list[int], dropout: float) -> dict[str, Any]:
    desc = " -> ".join([f"Linear({h}) -> ReLU" for h in hidden] + ["Linear(1)"])
    return {
        "hidden": list(hidden),
        "dropout": dropout,
        "outputs": 1,
        "description": f"ReLU + global average pooling of the last dense block, then Dropout({dropout}) -> {desc}; "
        "one logit for PNEUMONIA; P = sigmoid(logit / temperature)",
    }


def gradcam_autograd(net: PneumoscanNet, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Reference Grad-CAM by autograd through the head only; returns (logit, cam)."""
    with torch.no_grad():
        a = net.feature_map(x)
    a = a.detach().requires_grad_(True)
    logit = net.head(a.mean(dim=(2, 3)))
    (grad,) = torch.autograd.grad(logit.sum(), a)
    alpha = grad.mean(dim=(2, 3), keepdim=True)
    cam = F.relu((alpha * a).sum(dim=1))
    return logit.detach(), cam.detach()
