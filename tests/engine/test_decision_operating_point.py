"""engine.decision.operating_point: PPV / NPV from sensitivity, specificity and prevalence.

Gathered, when the tests were named for the modules they test, from: test_clinician.py (The clinician's side
(issue 13): reviews, the printable report, site calibration).
"""

from __future__ import annotations

import pytest


@pytest.mark.hazard("H-008")
def test_predictive_values() -> None:
    from engine.decision.operating_point import predictive_values

    ppv, npv = predictive_values(0.95, 0.85, 0.3)
    assert ppv == pytest.approx(0.95 * 0.3 / (0.95 * 0.3 + 0.15 * 0.7)) and npv == pytest.approx(0.85 * 0.7 / (0.85 * 0.7 + 0.05 * 0.3))
