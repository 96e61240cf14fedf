"""The input checks: is this image within what the model was made for?

Owns: the input gate that turns DICOM tags and the scores below into reasons
an image is not assessed (:mod:`.input_gate`), the out-of-distribution score of
the model's own features (:mod:`.ood`) and the adult-appearance score
(:mod:`.scope`).  Scoring only: the models are fitted in ``training/``
(``training.fit_checks``).  Built on :mod:`engine.image`.
"""

from engine._lazy import attach

__getattr__, __dir__, __all__ = attach(__name__, {
    "GateFinding": "input_gate",
    "pair": "input_gate",
    "GatePolicy": "input_gate",
    "parse_age_years": "input_gate",
    "check_tags": "input_gate",
    "check_ood": "input_gate",
    "check_adult": "input_gate",
    "evaluate": "input_gate",
    "OodModel": "ood",
    "Layer": "ood",
    "FeatureEnsemble": "ood",
    "ScopeModel": "scope",
    "stack_inputs": "scope",
})
