"""Lazy re-exports for the engine's package faces (PEP 562).

Each sub-package's ``__init__`` names its public functions and classes and the
module that owns each; the module is imported on first use.  So ``import
engine.files`` does not import the PDF writer, and ``engine.Classifier`` does
not import ONNX Runtime until it is asked for.  The owners stay the place to
read (``docs/architecture.md`` lists them); the faces are for scripts and other
programs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def attach(package: str, exports: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]], list[str]]:
    """``(__getattr__, __dir__, __all__)`` for ``package``, where ``exports`` maps a public name to the module
    (relative to ``package``, or absolute) that defines it."""

    def owner(module: str) -> str:
        return module if module.startswith(("engine.", "desktop.", "training.")) else f"{package}.{module}"

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(owner(module)), name)

    def __dir__() -> list[str]:
        return sorted(exports)

    return __getattr__, __dir__, sorted(exports)
