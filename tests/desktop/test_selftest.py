"""``pneumoscan --self-test`` keeps its report where a windowed build (Windows, no console) can show it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.__main__ import show_self_test_result
from desktop.selftest import run_self_test

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(300)
def test_self_test_from_source_passes_and_keeps_its_report(tmp_path: Path, monkeypatch, capsys, qapp) -> None:  # type: ignore[no-untyped-def]
    if not (ROOT / "assets" / "models" / "pneumoscan-densenet161" / "bundle.json").is_file():
        pytest.skip("no bundled model")
    monkeypatch.setenv("PNEUMOSCAN_HOME", str(tmp_path / "home"))
    report = tmp_path / "logs" / "self-test.txt"
    assert run_self_test(None, report) == 0
    printed = capsys.readouterr().out
    kept = report.read_text(encoding="utf-8")
    assert "self-test PASS" in kept and kept.strip() == printed.strip()


def test_result_window_says_pass_or_fail_with_the_report(tmp_path: Path) -> None:
    report = tmp_path / "self-test.txt"
    report.write_text("pneumoscan 0.1.0 self-test FAIL: ...\n  FAILED model: OSError: x\n", encoding="utf-8")
    shown = []
    text = show_self_test_result(report, False, message_box=lambda *a: shown.append(a))
    (_, body, title, flags), = shown
    assert body == text and title == "Pneumoscan self-test" and flags == 0x10  # MB_ICONERROR
    assert text.startswith("Pneumoscan's self-test FAILED") and "FAILED model" in text and str(report) in text
    shown.clear()
    show_self_test_result(tmp_path / "missing.txt", True, message_box=lambda *a: shown.append(a))
    assert shown[0][1].startswith("Pneumoscan works on this computer.") and "could not be read" in shown[0][1]
