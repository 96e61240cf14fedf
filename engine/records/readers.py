"""Named readers: who records a reading on a shared workstation, beyond the OS account they share.

A clinic keeps a list of readers (the app keeps it in its settings); each may
have a PIN.  A PIN is stored only as a salted PBKDF2-HMAC-SHA256 hash (the
standard library's ``hashlib.pbkdf2_hmac``; 200,000 iterations) and compared
in constant time.  A PIN on a shared account tells readers apart; it is not a
defence against someone with the account's files (nothing stored under a
shared account could be).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import unicodedata
from dataclasses import dataclass

ITERATIONS = 200_000
MAX_ITERATIONS = 2_000_000
MAX_NAME = 80
PIN_DIGITS = (4, 12)


class ReaderError(ValueError):
    """A name or PIN that cannot be used; the message says why."""


@dataclass(frozen=True)
class Reader:
    name: str
    pin_hash: str = ""  # "pbkdf2_sha256$ITERATIONS$SALT_HEX$HASH_HEX", or "" for no PIN

    @property
    def has_pin(self) -> bool:
        return bool(self.pin_hash)


def clean_name(name: str) -> str:
    """A reader's name as stored: trimmed, inner spaces collapsed; refused when empty, too long or with
    control or format characters (they could disguise one name as another in the audit log)."""
    text = unicodedata.normalize("NFC", " ".join(str(name).split()))  # "José" typed two ways is one name
    if not text:
        raise ReaderError("A reader needs a name.")
    if len(text) > MAX_NAME:
        raise ReaderError(f"A reader's name has at most {MAX_NAME} characters.")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in text):
        raise ReaderError("A reader's name cannot hold control, invisible formatting or unassigned characters.")
    return text


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    lo, hi = PIN_DIGITS
    if not (pin.isascii() and pin.isdigit() and lo <= len(pin) <= hi):
        raise ReaderError(f"A PIN is {lo} to {hi} digits.")
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def check_pin(reader: Reader, pin: str) -> bool:
    """True when ``pin`` is the reader's PIN (always True for a reader without one)."""
    if not reader.has_pin:
        return True
    try:
        kind, iterations, salt, want = reader.pin_hash.split("$")
        rounds = int(iterations)
        if kind != "pbkdf2_sha256" or not 1_000 <= rounds <= MAX_ITERATIONS or not want.isascii():
            return False  # a hand-edited hash: refused, never hours of hashing or an exception
        got = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), bytes.fromhex(salt), rounds)
    except (ValueError, TypeError, OverflowError):
        return False
    return hmac.compare_digest(got.hex(), want)


def dumps(readers: list[Reader]) -> str:
    return json.dumps([{"name": r.name, "pin_hash": r.pin_hash} for r in readers], ensure_ascii=True)


def loads(text: str) -> list[Reader]:
    """Readers from :func:`dumps`'s text; entries that do not parse are dropped, names kept unique."""
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return []
    out: dict[str, Reader] = {}
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            continue
        try:
            name = clean_name(item["name"])
        except ReaderError:
            continue
        pin = item.get("pin_hash", "")
        out.setdefault(name.casefold(), Reader(name, pin if isinstance(pin, str) else ""))
    return list(out.values())
