"""The hazard log (docs/safety/hazards.toml) is a risk file the product lives up to: every hazard rated, controlled
by code that exists and verified by a test that names it; no test names a hazard the log does not hold; the page is
current; the residual risks it keeps are stated where users read."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import hazard_log
import pytest

from engine.product import HAZARD_LOG, RESIDUAL_RISKS

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "assets" / "models" / "pneumoscan-densenet161"


def test_the_log_is_a_risk_file_with_code_behind_every_control() -> None:
    log = hazard_log.load()
    assert hazard_log.problems(log) == []
    # a risk above the ALARP limit after control is kept, stated, and accepted only by a written benefit-risk analysis
    assert all(h.kept and h.benefit_risk for h in log.hazards if log.region(h.risk[1]) == "unacceptable")
    # it covers what the issues fixed (the reading loop, integrity on disk, one patient and operating point, the input
    # gate, the DICOM network) and states residual risks
    origins = " ".join(h.origin for h in log.hazards)
    assert all(f"issue{s} {n}" in origins or f", {n}" in origins or f" {n}," in origins
               for s, n in (("", 26), ("", 27), ("", 28), ("", 16), ("", 30)))
    assert log.kept and all(h.residual.strip() for h in log.kept)


def test_every_hazard_has_a_test_and_every_marked_test_names_a_known_hazard() -> None:
    log, markers = hazard_log.load(), hazard_log.scan()
    missing, unknown = hazard_log.orphans(log, markers)
    assert markers.errors == []
    assert missing == [], f"hazards with no test: {missing}"
    assert unknown == {}, f"tests naming hazards the log does not hold: {unknown}"
    assert hazard_log.code_exists("hazard_log.scan", ROOT / "tests")  # the resolver reads the syntax, nothing else


LOG = """
[scales]
severity = ["a", "b", "c", "d", "e"]
probability = ["a", "b", "c", "d", "e"]
acceptable_max = 4
alarp_max = 9
{hazards}
"""
HAZARD = """
[[hazard]]
id = "{id}"
title = "t"
situation = "s"
harm = "h"
causes = ["c"]
origin = "issue 1"
severity = [{s0}, {s1}]
probability = [{p0}, {p1}]
kept = {kept}
residual = "r"
benefit_risk = "{benefit_risk}"
[[hazard.control]]
does = "d"
code = ["{code}"]
"""


def _log(tmp_path: Path, *hazards: dict) -> hazard_log.Log:
    text = LOG.format(hazards="".join(HAZARD.format(**{"s0": 3, "s1": 3, "p0": 4, "p1": 1, "kept": "false",
                                                       "code": "engine.product.fill", "benefit_risk": "", **h})
                                      for h in hazards))
    (tmp_path / "log.toml").write_text(text, encoding="utf-8")
    return hazard_log.load(tmp_path / "log.toml")


def test_the_checks_catch_an_orphan_hazard_an_unknown_id_and_a_log_that_is_no_risk_file(tmp_path: Path) -> None:
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_some.py").write_text(
        "import pytest\n\n"
        "@pytest.mark.hazard('H-001', 'H-999')\ndef test_a():\n    assert True\n\n"
        "ID = 'H-002'\n\n@pytest.mark.hazard(ID)\ndef test_b():\n    assert True\n\n"
        "@pytest.mark.parametrize('x', [pytest.param(1, marks=pytest.mark.hazard('H-001'))])\n"
        "def test_c(x):\n    assert x\n", encoding="utf-8")
    markers = hazard_log.scan(tests, tmp_path)
    assert markers.by_test == {"tests/test_some.py::test_a": ("H-001", "H-999"), "tests/test_some.py::test_c": ("H-001",)}
    assert markers.errors and "string literals" in markers.errors[0]  # test_b's ID is not readable without running

    log = _log(tmp_path, {"id": "H-001"}, {"id": "H-002"})
    assert hazard_log.problems(log) == []
    missing, unknown = hazard_log.orphans(log, markers)
    assert missing == ["H-002"] and unknown == {"tests/test_some.py::test_a": ["H-999"]}
    assert "H-002: no test carries it" in "\n".join(hazard_log.findings(log, markers))

    bad = _log(tmp_path, {"id": "H-001", "p1": 4},  # unacceptable after control
               {"id": "H-003", "code": "engine.product.no_such_name"},  # a gap in the IDs, code that does not exist
               {"id": "H-003", "s1": 4, "p1": 2},  # ALARP but not kept
               {"id": "H-004", "p1": 5},  # worse after control
               {"id": "H-005", "s1": 4, "p1": 2, "kept": "true", "benefit_risk": "b"})  # benefit-risk for an ALARP risk
    found = "\n".join(hazard_log.problems(bad))
    for expected in ("H-001: risk after control 12 is unacceptable and no benefit-risk analysis accepts it",
                     "expected H-002", "control code engine.product.no_such_name does not exist", "kept = true",
                     "probability after control is higher than before", "H-005: a benefit-risk analysis is for"):
        assert expected in found
    accepted = _log(tmp_path, {"id": "H-001", "p1": 4, "kept": "true", "benefit_risk": "why, and where not"})
    assert hazard_log.problems(accepted) == [] and accepted.verdict(accepted.hazards[0]) == "accepted on benefit-risk"


def test_a_run_that_collects_a_test_naming_an_unknown_hazard_stops(tmp_path: Path) -> None:
    """The project's conftest, loaded as a plugin into a run of two throw-away test files: the one naming H-999 stops
    the run at collection (pytest's usage error, exit 4) and says which test and which ID."""
    import os
    import subprocess
    import sys

    (tmp_path / "test_known.py").write_text("import pytest\n\n@pytest.mark.hazard('H-001')\n"
                                            "def test_known():\n    assert True\n", encoding="utf-8")
    (tmp_path / "test_unknown.py").write_text("import pytest\n\n@pytest.mark.hazard('H-001', 'H-999')\n"
                                              "def test_unknown():\n    assert True\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "tests"), str(ROOT)]))

    def run(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "pytest", "-p", "conftest", "-p", "no:cacheprovider", "-c",
                               os.devnull, "--rootdir", str(tmp_path), "-q", *files], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=120)

    ok = run("test_known.py")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = run("test_known.py", "test_unknown.py")
    assert bad.returncode == pytest.ExitCode.USAGE_ERROR
    assert "test_unknown.py::test_unknown" in bad.stderr and "H-999" in bad.stderr


def test_the_page_is_current() -> None:
    text = hazard_log.render_page(hazard_log.load(), hazard_log.scan()) + "\n"
    assert hazard_log.PAGE.read_text(encoding="utf-8") == text, "python3 tests/hazard_log.py --write"


def test_the_traceability_table_gives_each_hazard_its_controls_tests_and_results() -> None:
    log, markers = hazard_log.load(), hazard_log.scan()
    first, second = markers.tests_of("H-001")[:2]
    runs = {"main": {"when": "now", "commit": "abc", "outcomes": {
        first: "passed", f"{second}[a]": "passed", f"{second}[b]": "failed"}},
        "cpu run-time (torch-free)": {"outcomes": {first: "skipped"}}}
    table = hazard_log.render_traceability(log, markers, runs)
    row = next(line for line in table.splitlines() if line.startswith("| **H-001**"))
    assert "`desktop.views.typing_guard.StillComboBox`" in row and "FAILED" in row  # a failed case fails the hazard
    assert "| **H-002**" in table and "not verified" in table  # no run passed H-002's tests here
    assert f"| `{second}` | failed | not run |" in table
    assert hazard_log.verdict(["passed", "skipped"]) == "verified"
    assert hazard_log.verdict(["skipped", "not run"]) == "not verified"


@pytest.mark.hazard("H-016", "H-017", "H-036", "H-042", "H-043", "H-044", "H-045", "H-046", "H-047")
def test_the_residual_risks_kept_are_stated_in_the_readme_about_the_model_card_and_the_installer(qapp) -> None:
    from desktop.views.dialogs import about_html

    kept = {h.id for h in hazard_log.load().kept}
    stated = {i for ids, _ in RESIDUAL_RISKS for i in ids}
    assert stated == kept
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    card = (SHIPPED / "MODEL_CARD.md").read_text(encoding="utf-8")
    about = about_html(None, "", Path("logs"))
    installer = (ROOT / "packaging" / "windows" / "intended_use.txt").read_bytes().decode("utf-8-sig")
    for where, text in (("README.md", readme), ("MODEL_CARD.md", card), ("About", about),
                        ("the installer's intended-use page", " ".join(installer.split()))):
        assert HAZARD_LOG in text, where
        assert [i for i in sorted(kept) if i not in text] == [], where
    for _, sentence in RESIDUAL_RISKS:
        assert sentence in card and escape(sentence) in about and sentence in " ".join(installer.split())


@pytest.mark.hazard("H-042", "H-043", "H-046")
def test_the_model_card_states_the_shipped_models_test_split_errors_and_initialisation() -> None:
    from training.model_card import render_model_card

    meta = json.loads((SHIPPED / "bundle.json").read_text(encoding="utf-8"))
    card = render_model_card(meta)
    (tn, fp), (fn, tp) = meta["metrics"]["confusion_matrix"]["rows_true_cols_pred"]
    assert f"{fp} of {tn + fp} normal children called PNEUMONIA" in card
    assert f"{fn} of {fn + tp} pneumonias called NORMAL" in card
    assert f"specificity {meta['metrics']['specificity']['value']:.3f}" in card
    assert meta["training"]["init"] == "none" and "random (no ImageNet weights were available offline)" in card


@pytest.mark.hazard("H-044")
def test_what_the_heatmap_means_is_said_beside_it_in_the_app_the_report_and_the_model_card(qapp) -> None:
    from desktop.views.panels.viewer import ViewerPanel

    tip = ViewerPanel().heatmap_check.toolTip()
    report = (ROOT / "engine" / "records" / "report.py").read_text(encoding="utf-8")
    card = (SHIPPED / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "not an outline of disease" in tip
    assert "(not an outline of disease)" in report  # the caption under every printed map
    assert "*not* an outline of disease, and a cold cell does not mean the lung there is clear" in card


def test_the_test_command_fails_when_a_hazard_is_not_verified_by_a_passing_test(tmp_path: Path, monkeypatch) -> None:
    """dev.py's last step after both runs: a hazard whose tests all skipped (a missing tool or data set) or failed
    fails the README's test command; all verified passes."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    dev = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(dev)
    monkeypatch.setattr(dev, "TRACEABILITY", tmp_path)
    assert dev.unverified_hazards() and "no build/traceability/verdicts.json" in dev.unverified_hazards()[0]
    (tmp_path / "verdicts.json").write_text(json.dumps({"H-001": "verified", "H-002": "not verified",
                                                        "H-003": "FAILED"}))
    [message] = dev.unverified_hazards()
    assert "H-002, H-003" in message and "H-001" not in message
    (tmp_path / "verdicts.json").write_text(json.dumps({"H-001": "verified"}))
    assert dev.unverified_hazards() == []
