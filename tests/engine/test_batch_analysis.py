"""engine.batch.analysis: the batch service's own rules (heatmap file names).

Gathered, when the tests were named for the modules they test, from: test_clinician.py (The clinician's side
(issue 13): reviews, the printable report, site calibration).
"""

from __future__ import annotations

import pytest


@pytest.mark.hazard("H-026")
def test_heatmap_file_names_carry_no_control_or_bidi_characters() -> None:
    from engine.batch.analysis import heatmap_file_name
    from engine.runners.results import Prediction

    name = heatmap_file_name(Prediction(path="/s/a\rb\nc_\u202egepj.jpeg", status="ok", sha256="ab" * 32))
    assert "\r" not in name and "\n" not in name and "\u202e" not in name and name.endswith("_abababab_heatmap.png")
