"""From a calibrated score to a decision: operating points and site profiles.

Owns: the one sigmoid, the one Platt fit, threshold and indeterminate-band rules,
operating figures, PPV/NPV (:mod:`.operating_point`), and the clinic's site
profile: fitted at the clinic, verified when read back (:mod:`.site_profile`).
Numpy only; the training pipeline fits its operating point with these same
functions.
"""

from engine._lazy import attach

__getattr__, __dir__, __all__ = attach(__name__, {
    "sigmoid": "operating_point",
    "fit_platt": "operating_point",
    "choose_threshold": "operating_point",
    "fit_band": "operating_point",
    "operating_metrics": "operating_point",
    "bootstrap_ci": "operating_point",
    "OperatingFigures": "operating_point",
    "wilson_interval": "operating_point",
    "figures_from_metrics": "operating_point",
    "predictive_values": "operating_point",
    "ScoredBundle": "site_profile",
    "SiteProfileError": "site_profile",
    "SiteProfile": "site_profile",
    "profile_digest": "site_profile",
    "validate": "site_profile",
    "load_site_profile": "site_profile",
    "out_of_bag_metrics": "site_profile",
    "fit_site_profile": "site_profile",
    "save_site_profile": "site_profile",
})
