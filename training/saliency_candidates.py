"""Heatmap candidates compared (issue 31): which map may the product show as "where the model sees pneumonia"?

Every candidate produces, for one image, a non-negative map (grid x grid) that is upsampled bilinearly to the
image's pixels the way the product shows it (``engine.image.heatmap.upsample``).  Candidates:

* ``gradcam_b4``   Grad-CAM on the last dense block (4 x 4): the map bundle 1.0.0 showed (from its graph).
* ``gradcam_b3`` / ``layercam_b3``   Grad-CAM / Layer-CAM (Jiang et al. 2021) on the third dense block (8 x 8).
* ``gradcam_b2`` / ``layercam_b2``   the same on the second dense block (16 x 16).
* ``layercam_fused``   the mean of the two Layer-CAMs, each scaled by its own peak, at 16 x 16.
* ``occlusion_8``  an 8 x 8 occlusion sweep through the bundle's own graph (``engine.runners.saliency``), 64 passes.
* ``occlusion_c2f`` the same grid coarse-to-fine: a 4 x 4 sweep, then its 6 strongest cells swept at 8 x 8 (40 passes).
* ``rise``         random-mask saliency (RISE, Petsiuk et al. 2018), 8 x 8-cell masks.
* baselines: ``centred`` (a centred Gaussian) and ``random`` (smooth random maps).

The measures (``training.faithfulness``): deletion area (lower = more faithful; the top 0-50 % of the map replaced by
the image's mean grey, on P(pneumonia)), insertion area (higher = more faithful; the top 0-100 % of the map
pasted into a training NORMAL radiograph that the model calls NORMAL, on P(pneumonia) -- a mean-grey canvas and the
mean NORMAL radiograph were tried first, on two validation images, and dropped: the model calls either PNEUMONIA
(logit +12.9 and +7.8) before anything is inserted, so insertion measured nothing), the
share of maps peaking at the image border, CPU seconds per image on the product's default path, and the
model-randomisation check of Adebayo et al. 2018 (:func:`randomised_copy`: the network's last blocks
re-initialised; a faithful map changes, Spearman rank correlation with the original map below 0.5).

THE RULE, written before any number was seen (and applied by :func:`choose`): a candidate may ship if, on the
validation split's images the model calls PNEUMONIA,

1. its grid is at least 8 x 8;
2. its deletion area is lower than the centred Gaussian's and the random maps';
3. its insertion area is higher than the centred Gaussian's and the random maps';
4. it passes the randomisation check (mean Spearman correlation below 0.5);
5. it costs at most 1.5 s per image on the 2-core CPU, default (int8) path -- or could, run through the product's
   ONNX graph (the torch-only Grad-CAM variants' cost is measured with torch and stated as such).

Among those, the lowest deletion area wins; a candidate within 0.01 of it that is cheaper wins instead.  If none
passes, none is shown as evidence.  The test split's table is computed after the choice and never used for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine.image.heatmap import upsample

MIN_GRID = 8
MAX_SECONDS = 1.5
SANITY_MAX_RHO = 0.5
TIE = 0.01

CANDIDATES = ("gradcam_b4", "gradcam_b3", "layercam_b3", "gradcam_b2", "layercam_b2", "layercam_fused",
              "occlusion_8", "occlusion_c2f", "rise")
GRIDS = {"gradcam_b4": 4, "gradcam_b3": 8, "layercam_b3": 8, "gradcam_b2": 16, "layercam_b2": 16,
         "layercam_fused": 16, "occlusion_8": 8, "occlusion_c2f": 8, "rise": 8, "centred": 0, "random": 0}
#: where each candidate can run: through the bundle's ONNX graph (the product's CPU path) or only with torch
RUNS_ON = {"occlusion_8": "onnx", "occlusion_c2f": "onnx", "rise": "onnx", "gradcam_b4": "onnx"}


# --------------------------------------------------------------------------- torch maps
def _torch_net(bundle: Any) -> Any:

    from engine.bundle.model_bundle import load_state_dict
    from engine.runners.torch_backend.network import build_model, member_networks

    net = build_model(bundle.meta)
    net.load_state_dict(load_state_dict(bundle))
    members = member_networks(net.eval())
    if len(members) != 1 or net is not members[0]:
        raise ValueError("the candidates compare maps of a single network without test-time augmentation")
    return members[0].float().eval()


def randomised_copy(net: Any, seed: int = 0) -> Any:
    """A copy of ``net`` whose last blocks (transition3, denseblock4, norm5 and the head) are re-initialised:
    the cascading randomisation of Adebayo et al. (2018) down to the third dense block."""
    import copy

    import torch

    out = copy.deepcopy(net)
    torch.manual_seed(seed)
    for module in (out.features.transition3, out.features.denseblock4, out.features.norm5, out.head):
        for m in module.modules():
            if hasattr(m, "reset_parameters"):
                m.reset_parameters()  # a BatchNorm's running statistics too
            if isinstance(m, torch.nn.BatchNorm2d):
                with torch.no_grad():  # a fresh BatchNorm is the identity: random gains like the rest
                    m.weight.uniform_(0.5, 1.5)
    return out.eval()


def cam_maps(net: Any, x: np.ndarray) -> dict[str, np.ndarray]:
    """Grad-CAM and Layer-CAM maps (unnormalised, >= 0) of one preprocessed image at dense blocks 2, 3 and 4."""
    import torch
    import torch.nn.functional as F

    t = torch.from_numpy(np.asarray(x, dtype=np.float32)[None])
    acts: dict[str, torch.Tensor] = {}
    h = t
    with torch.enable_grad():
        for name, module in net.features.named_children():
            h = module(h)
            if name in ("denseblock2", "denseblock3"):
                acts[name] = h
        a4 = F.relu(h)
        acts["denseblock4"] = a4
        logit = net.head(a4.mean(dim=(2, 3)))
        grads = torch.autograd.grad(logit.sum(), [acts["denseblock2"], acts["denseblock3"], a4])
    out: dict[str, np.ndarray] = {}
    for key, a, g in zip(("b2", "b3", "b4"), (acts["denseblock2"], acts["denseblock3"], a4), grads):
        a, g = a.detach()[0], g.detach()[0]
        out[f"gradcam_{key}"] = F.relu((g.mean(dim=(1, 2), keepdim=True) * a).sum(0)).numpy()
        out[f"layercam_{key}"] = F.relu((F.relu(g) * a).sum(0)).numpy()
    b3 = upsample(_peak(out["layercam_b3"]), *out["layercam_b2"].shape)
    out["layercam_fused"] = 0.5 * (_peak(out["layercam_b2"]) + b3)
    return out


def _peak(m: np.ndarray) -> np.ndarray:
    m = np.maximum(np.asarray(m, dtype=np.float32), 0)
    return m / m.max() if m.max() > 0 else m


def torch_logits(net: Any) -> Callable[[np.ndarray], np.ndarray]:
    import torch

    def forward(batch: np.ndarray) -> np.ndarray:
        with torch.inference_mode():
            logit, _cam, _pooled = net(torch.from_numpy(np.ascontiguousarray(batch, dtype=np.float32)))
        return logit.numpy()

    return forward


# --------------------------------------------------------------------------- the comparison
@dataclass
class CandidateRow:
    name: str
    grid: int
    runs_on: str
    deletion: float = float("nan")
    insertion: float = float("nan")
    deletion_alt: float = float("nan")
    border_peaks: float = float("nan")
    seconds: float = float("nan")
    sanity_rho: float = float("nan")
    n: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {k: (None if isinstance(v, float) and not np.isfinite(v) else v) for k, v in self.__dict__.items()}


@dataclass
class Comparison:
    split: str
    rows: dict[str, CandidateRow] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"split": self.split, "candidates": {k: r.as_dict() for k, r in self.rows.items()}}


def passes_rule(row: CandidateRow, centred: CandidateRow, random: CandidateRow) -> list[str]:
    """The rule's clauses ``row`` fails, as short phrases (empty: it may ship)."""
    fails = []
    if row.grid < MIN_GRID:
        fails.append(f"grid {row.grid} x {row.grid} < {MIN_GRID} x {MIN_GRID}")
    if not row.deletion < min(centred.deletion, random.deletion):
        fails.append("deletion not below the centred and random maps")
    if not row.insertion > max(centred.insertion, random.insertion):
        fails.append("insertion not above the centred and random maps")
    if not row.sanity_rho < SANITY_MAX_RHO:
        fails.append(f"randomisation check failed (rho {row.sanity_rho:.2f} >= {SANITY_MAX_RHO})")
    if not row.seconds <= MAX_SECONDS:
        fails.append(f"{row.seconds:.2f} s per image > {MAX_SECONDS} s")
    return fails


def choose(comp: Mapping[str, CandidateRow]) -> tuple[str | None, dict[str, list[str]]]:
    """The candidate the rule ships (None: none may) and, for every candidate, the clauses it fails."""
    verdicts = {name: passes_rule(row, comp["centred"], comp["random"]) for name, row in comp.items()
                if name in CANDIDATES}
    ok = [name for name, fails in verdicts.items() if not fails]
    if not ok:
        return None, verdicts
    best = min(ok, key=lambda n: comp[n].deletion)
    close = [n for n in ok if comp[n].deletion <= comp[best].deletion + TIE]
    return min(close, key=lambda n: comp[n].seconds), verdicts


def timed(fn: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    """``fn(*args)`` and the seconds it took."""
    t0 = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t0
