"""Where the application's bundled files and the user's files live.

One function each, valid both from a source checkout and from a PyInstaller
build (where bundled data sits under ``sys._MEIPASS``).  Nothing is ever
written into the install folder: user data goes to platformdirs' folders.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Pneumoscan"
APP_AUTHOR = "Pneumoscan"
DEFAULT_MODEL_NAME = "pneumoscan-densenet161"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def assets_dir() -> Path:
    """Read-only folder holding the bundled model(s) and sample images."""
    if is_frozen():
        return Path(sys._MEIPASS) / "assets"  # type: ignore[attr-defined]
    return Path(__file__).resolve().parents[2] / "assets"  # engine/files/resources.py -> the checkout


def default_model_dir() -> Path:
    """The bundled model, or the one named by ``$PNEUMOSCAN_MODEL``."""
    env = os.environ.get("PNEUMOSCAN_MODEL")
    if env:
        return Path(env)
    return assets_dir() / "models" / DEFAULT_MODEL_NAME


def samples_dir() -> Path:
    return assets_dir() / "samples"


def _home_override(kind: str) -> Path | None:
    """``$PNEUMOSCAN_HOME`` puts all user files under one folder (portable installs, tests)."""
    home = os.environ.get("PNEUMOSCAN_HOME")
    return Path(home) / kind if home else None


def _private(folder: Path) -> Path:
    """One of Pneumoscan's own folders: created, or tightened, to 0700 (engine.files.private.tighten_dir).  A folder that
    cannot be created is returned as it is: the write that needs it says why."""
    from engine.files.private import tighten_dir

    try:
        return tighten_dir(folder)
    except OSError:
        return folder


def user_cache_dir() -> Path:
    """The result cache's folder (private to the account: it holds paths and PatientIDs)."""
    import platformdirs

    return _private(_home_override("cache") or Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)))


def user_data_dir() -> Path:
    """The audit log's, readings' and site profile's folder (private to the account)."""
    import platformdirs

    return _private(_home_override("data") or Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))


def reviews_path() -> Path:
    """The clinicians' reviews (engine.records.readings): SQLite in the user data folder."""
    return user_data_dir() / "reviews.sqlite"


def user_log_dir() -> Path:
    import platformdirs

    return _private(_home_override("logs") or Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)))
