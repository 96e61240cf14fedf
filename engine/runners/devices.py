"""What this machine could run a bundle on, answered without importing torch (500 MB, seconds to load).

The CPU path asks these and never loads :mod:`engine.runners.torch_backend`
unless torch is installed and a GPU may be present (or one was asked for).
"""

from __future__ import annotations

import os
import platform
import shutil


def cuda_possible() -> bool:
    """Cheap check before importing torch (500 MB, seconds) just to learn there is no GPU."""
    if os.environ.get("PNEUMOSCAN_NO_GPU"):
        return False
    if platform.system() == "Darwin":
        return False
    return os.path.exists("/proc/driver/nvidia/version") or shutil.which("nvidia-smi") is not None


def torch_available() -> bool:
    """torch and torchvision are installed (found, not imported)."""
    import importlib.util

    try:
        return importlib.util.find_spec("torch") is not None and importlib.util.find_spec("torchvision") is not None
    except (ImportError, ValueError):  # frozen builds can have odd finders
        return False


