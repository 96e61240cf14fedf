"""The one strict JSON reader for everything Pneumoscan reads back from disk (bundle metadata, site profiles,
result cache lines).

Python's ``json`` accepts what JSON itself does not: ``NaN`` / ``Infinity`` (and ``1e999``, read as infinity)
and repeated keys (the last one
silently wins, so a file can show one value to a reader and give another to the program).  Both are refused here,
as is nesting deeper than a record of that kind can have.  Field checks are left to each caller, which knows its
schema; :func:`is_number` and :func:`is_int` are the two type tests they share (``True`` is an ``int`` to Python,
never a number or a count to Pneumoscan).
"""

from __future__ import annotations

import json
import math
from typing import Any, TypeGuard


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError(f"duplicate keys {sorted({k for k in keys if keys.count(k) > 1})}")
    return dict(pairs)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999 parses to infinity: as much a hand edit as a literal Infinity
        raise ValueError(f"{text[:20]} is not a finite number")
    return value


def depth(value: Any, limit: int, level: int = 0) -> int:
    """Nesting depth of ``value`` (stops counting past ``limit``)."""
    if level > limit:
        return level
    if isinstance(value, dict):
        return max([depth(v, limit, level + 1) for v in value.values()] or [level + 1])
    if isinstance(value, list):
        return max([depth(v, limit, level + 1) for v in value] or [level + 1])
    return level


def loads(text: str, max_depth: int = 32) -> Any:
    """Parse ``text``; ValueError on NaN/Infinity, repeated keys or nesting deeper than ``max_depth``
    (RecursionError on absurd nesting is left to the caller, which treats it like ValueError)."""
    value = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants,
                       parse_float=_finite_float)
    if depth(value, max_depth) > max_depth:
        raise ValueError(f"nested deeper than {max_depth} levels")
    return value


def is_number(v: Any) -> TypeGuard[int | float]:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def is_int(v: Any) -> TypeGuard[int]:
    return isinstance(v, int) and not isinstance(v, bool)


def is_finite(v: Any) -> TypeGuard[float]:
    """A number that is neither NaN nor infinite (and not a bool)."""
    return is_number(v) and math.isfinite(v)


def canonical_digest(value: Any) -> str:
    """sha256 of ``value`` in canonical JSON (sorted keys, no spaces, ASCII, no NaN): the one identity of a
    bundle's metadata and of a site profile."""
    import hashlib

    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False)
    return hashlib.sha256(text.encode("ascii")).hexdigest()
