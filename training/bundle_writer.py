"""Writing model bundles: the only writer, used by training (the run-time engine only reads them)."""

from __future__ import annotations

import datetime as _dt
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from engine import errors
from engine.bundle.model_bundle import (
    BUNDLE_JSON,
    ONNX_FILE,
    SCHEMA_VERSION,
    WEIGHTS_FILE,
    ModelBundle,
    load_bundle,
    sha256_file,
    thaw,
    validate_meta,
)
from engine.image.preprocess import PreprocessSpec

#: Tensors smaller than this stay float32 in a float16 bundle (biases, batch-norm
#: statistics): they cost nothing and the ONNX graph keeps them float32 too.
FP16_MIN_ELEMENTS = 1024


def _storage_tensors(state_dict: Mapping[str, Any], weights_dtype: str) -> dict[str, Any]:
    import torch

    dtype = {"float16": torch.float16, "float32": torch.float32}[weights_dtype]
    out = {}
    for k, v in state_dict.items():
        t = v.detach().cpu()
        out[k] = t.to(dtype) if t.is_floating_point() and t.numel() >= FP16_MIN_ELEMENTS else t
    return out


def as_stored(state_dict: Mapping[str, Any], weights_dtype: str = "float16") -> dict[str, Any]:
    """The float32 tensors the engine will compute with once ``state_dict`` is saved as ``weights_dtype``."""
    return {k: (v.float() if v.is_floating_point() else v) for k, v in _storage_tensors(state_dict, weights_dtype).items()}


def save_bundle(
    path: str | os.PathLike[str],
    state_dict: Mapping[str, Any],
    meta: Mapping[str, Any],
    *,
    weights_dtype: str = "float16",
    export_onnx: bool = True,
    overwrite: bool = False,
    ood: tuple[Any, Mapping[str, Any]] | None = None,
) -> ModelBundle:
    """Write a bundle folder: the only writer of bundles.

    Parameters
    ----------
    path
        Target folder; written to a temporary sibling first, then renamed.
    state_dict
        The network's tensors (from :func:`engine.runners.torch_backend.network.build_model`'s module).
    meta
        Everything in :data:`REQUIRED` except ``weights``/``libraries``/
        ``schema_version``, which are filled in here.
    weights_dtype
        ``"float16"`` halves the size; the ONNX graph then stores the same
        rounded weights, so both runtimes compute with identical parameters.
    export_onnx
        Also write ``model.onnx`` (needs torch); the torch-free CPU build needs it.
    ood
        ``(engine.checks.ood.OodModel, info)``: the out-of-distribution statistics,
        written to ``ood.safetensors``.
    """
    import torch
    import torchvision
    from safetensors.torch import save_file

    target = Path(path)
    if target.exists() and not overwrite:
        raise errors.BundleError(f"{target} already exists; choose another folder or allow overwriting.")
    tensors = {k: v.contiguous() for k, v in _storage_tensors(state_dict, weights_dtype).items()}
    full = dict(thaw(meta))
    full["schema_version"] = SCHEMA_VERSION
    full.setdefault("created", _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"))
    full["libraries"] = {**full.get("libraries", {}), "torch": torch.__version__, "torchvision": torchvision.__version__}

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        save_file(tensors, str(tmp / WEIGHTS_FILE), metadata={"format": "pt", "name": str(full.get("name", ""))})
        full["weights"] = {"file": WEIGHTS_FILE, "sha256": sha256_file(tmp / WEIGHTS_FILE), "dtype": weights_dtype,
                           "format": "safetensors"}
        full.pop("onnx", None)
        if export_onnx:
            from engine.runners.torch_backend.network import build_model
            from training.onnx_export import export_onnx as _export

            net = build_model(full)
            net.load_state_dict({k: v.float() if v.is_floating_point() else v for k, v in tensors.items()})
            info = _export(net, tmp / ONNX_FILE, PreprocessSpec.from_meta(full["input"]), fp16_storage=weights_dtype == "float16")
            full["onnx"] = {"file": ONNX_FILE, "sha256": sha256_file(tmp / ONNX_FILE), **info}
            import onnx

            full["libraries"]["onnx"] = onnx.__version__
        if ood is not None:
            from engine.checks.ood import OOD_FILE

            ood[0].save(tmp / OOD_FILE)
            full["ood"] = {"file": OOD_FILE, "sha256": sha256_file(tmp / OOD_FILE), **dict(ood[1])}
        elif "ood" in full and not (tmp / str(full["ood"].get("file", ""))).is_file():
            full.pop("ood")
        validate_meta(full)
        (tmp / BUNDLE_JSON).write_text(json.dumps(full, indent=2, sort_keys=False) + "\n", encoding="utf-8")
        # mkdtemp makes a private (0700) folder: a bundle is meant to be readable by all users
        os.chmod(tmp, 0o755)
        for f in tmp.iterdir():
            os.chmod(f, 0o644)
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return load_bundle(target)


def update_bundle(path: str | os.PathLike[str], files: Mapping[str, Path], meta_updates: Mapping[str, Any],
                  remove: tuple[str, ...] = ()) -> ModelBundle:
    """Add or replace derived files of an existing bundle (``files``: name in the bundle -> source file) and merge
    ``meta_updates`` into its top-level metadata; each updated block that names a ``file`` gets that file's sha256.

    The weights and graph already there are not rewritten.  Written to a temporary sibling and swapped in, so
    a failure leaves the old bundle whole; the result is validated and loaded like any other bundle.
    """
    target = Path(path)
    old = load_bundle(target)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        shutil.copytree(target, tmp, dirs_exist_ok=True)
        for name in remove:
            (tmp / name).unlink(missing_ok=True)
        for name, src in files.items():
            shutil.copyfile(src, tmp / name)
        full = dict(thaw(old.meta))
        for key, block in meta_updates.items():
            block = dict(thaw(block))  # blocks copied from a loaded bundle hold read-only tuples and mappings
            if isinstance(block.get("file"), str):
                block["sha256"] = sha256_file(tmp / block["file"])
            full[key] = block
        validate_meta(full)
        (tmp / BUNDLE_JSON).write_text(json.dumps(full, indent=2, sort_keys=False) + "\n", encoding="utf-8")
        os.chmod(tmp, 0o755)
        for f in tmp.rglob("*"):
            os.chmod(f, 0o755 if f.is_dir() else 0o644)
        backup = target.with_name(f".{target.name}.old")
        shutil.rmtree(backup, ignore_errors=True)
        os.replace(target, backup)
        os.replace(tmp, target)
        shutil.rmtree(backup, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return load_bundle(target)
