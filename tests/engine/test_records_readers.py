"""engine.records.readers: named readers and their PIN hashes.

Gathered, when the tests were named for the modules they test, from: test_clinician.py (The clinician's side
(issue 13): reviews, the printable report, site calibration); test_reading_store_hardening.py (What an
adversarial pass over the reading features found (issue 26 review): each case stays fixed).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.mark.hazard("H-004")
def test_readers_pins_are_hashed_and_checked(tmp_path: Path) -> None:
    from engine.records.readers import Reader, ReaderError, check_pin, clean_name, dumps, hash_pin, loads

    h = hash_pin("2468")
    assert "2468" not in h and check_pin(Reader("A", h), "2468") and not check_pin(Reader("A", h), "2469")
    assert check_pin(Reader("B"), "")
    for bad in ("12", "abcd", "1234567890123"):
        with pytest.raises(ReaderError):
            hash_pin(bad)
    for bad in ("", "   ", "A\u202eB", "x" * 81):
        with pytest.raises(ReaderError):
            clean_name(bad)
    assert clean_name("  Dr   A.  Mensah ") == "Dr A. Mensah"
    assert [r.name for r in loads(dumps([Reader("A", h), Reader("a"), Reader("B")]) + "")] == ["A", "B"]
    assert loads("not json") == []


@pytest.mark.hazard("H-004")
def test_readers_refuse_hand_edited_hashes_and_odd_names() -> None:
    from engine.records.readers import Reader, ReaderError, check_pin, clean_name, hash_pin, loads

    good = hash_pin("2468")
    kind, it, salt, want = good.split("$")
    for edited in (f"{kind}$9999999999999999999999$${salt}${want}", f"{kind}$200000${salt}$\u00e9\u00e9",
                   f"{kind}$50000000${salt}${want}", "garbage", f"{kind}$x${salt}${want}"):
        assert check_pin(Reader("A", edited), "2468") is False
    assert [r.name for r in loads(json.dumps([{"name": None}, {"name": "Jos\u00e9"}, {"name": "Jose\u0301"}]))] == ["Jos\u00e9"]
    with pytest.raises(ReaderError):
        clean_name("Dr \ud800")
