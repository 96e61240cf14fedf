"""engine.records.wording: how prevalence and predictive values are said.

Gathered, when the tests were named for the modules they test, from: test_messages_and_tools.py (Plain
messages (gate reasons, results), the CSV's result column, the batch's progress lines in a log, and the);
test_reading_store_hardening.py (What an adversarial pass over the reading features found (issue 26 review):
each case stays fixed).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("prevalence", [0.05, 0.2, 0.5])
@pytest.mark.hazard("H-008")
def test_predictive_ranges_contain_the_value(prevalence: float) -> None:
    from engine.decision.operating_point import OperatingFigures

    f = OperatingFigures(0.99, 0.74, (0.98, 1.0), (0.68, 0.79), 390, 234, "test")
    pv = f.predictive(prevalence)
    assert pv["ppv_ci"][0] <= pv["ppv"] <= pv["ppv_ci"][1] and pv["npv_ci"][0] <= pv["npv"] <= pv["npv_ci"][1]


@pytest.mark.hazard("H-008")
def test_prevalence_and_degenerate_figures_read_sensibly() -> None:
    from engine.decision.operating_point import OperatingFigures
    from engine.records.wording import predictive_statement, prevalence_text

    assert prevalence_text(0.001) == "0.1 %" and prevalence_text(0.995) == "99.5 %" and prevalence_text(0.2) == "20 %"
    zero = OperatingFigures(0.0, 1.0, (0.0, 0.1), (0.9, 1.0), 10, 10, "x")
    text = predictive_statement("PNEUMONIA", zero, 0.2)
    assert "nan" not in text and "cannot be computed" in text
