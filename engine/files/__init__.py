"""Files the engine writes and reads back: private modes, atomic writes, output checks, strict JSON.

The ground floor beside :mod:`engine.errors`.  Owns: permission primitives
(:mod:`.private`), output writing and the rule that no output lands on an input
or on Pneumoscan's own files (:mod:`.outputs`), where the app keeps its model,
cache, audit log and readings (:mod:`.resources`), and the one strict JSON reader
and canonical digest every file read back goes through (:mod:`.strict`).
Imports nothing above it.
"""

from engine._lazy import attach

__getattr__, __dir__, __all__ = attach(__name__, {
    "open_append": "outputs",
    "read_regular": "outputs",
    "append_line": "outputs",
    "atomic_write": "outputs",
    "write_bytes_atomic": "outputs",
    "path_key": "outputs",
    "check_outputs": "outputs",
    "own_files": "outputs",
    "private_dir": "private",
    "tighten_dir": "private",
    "create_private": "private",
    "make_private": "private",
    "is_frozen": "resources",
    "assets_dir": "resources",
    "default_model_dir": "resources",
    "samples_dir": "resources",
    "user_cache_dir": "resources",
    "user_data_dir": "resources",
    "reviews_path": "resources",
    "user_log_dir": "resources",
    "loads": "strict",
    "is_number": "strict",
    "is_int": "strict",
    "is_finite": "strict",
    "canonical_digest": "strict",
})
