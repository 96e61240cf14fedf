"""training.calibrate: the bundle's Platt fit is the engine's one Platt fit, and it is plain maximum likelihood."""

from __future__ import annotations

import numpy as np
import pytest

from training.calibrate import apply_calibration, fit_calibration


@pytest.mark.parametrize("n, separation, offset", [(60, 0.5, 0.8), (200, 1.0, -1.5), (746, 1.4, 2.0)])
def test_platt_fit_equals_unpenalised_logistic_regression(n, separation, offset):
    """scikit-learn's logistic regression fitted the bundle's calibration before the engine's ``fit_platt`` did;
    on overlapping classes (validation logits always overlap) the two agree to fitting precision."""
    sklearn = pytest.importorskip("sklearn.linear_model")
    rng = np.random.default_rng(n)
    y = rng.integers(0, 2, n)
    z = (rng.normal(0.0, 1.0, n) + separation * (2 * y - 1)) * 3.0 + offset
    lr = sklearn.LogisticRegression(C=1e9, solver="lbfgs", max_iter=10_000, tol=1e-12).fit(z.reshape(-1, 1), y)
    a, b = float(lr.coef_[0, 0]), float(lr.intercept_[0])
    cal = fit_calibration(z, y)
    assert cal.temperature == pytest.approx(1.0 / a, rel=1e-5)
    assert cal.shift == pytest.approx(b / a, rel=1e-5, abs=1e-6)
    p = apply_calibration(z, cal)
    assert np.allclose(p, lr.predict_proba(z.reshape(-1, 1))[:, 1], atol=1e-6)


def test_anti_correlated_logits_are_refused():
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 300)
    z = -(rng.normal(0.0, 1.0, 300) + (2 * y - 1))
    with pytest.raises(ValueError, match="anti-correlated"):
        fit_calibration(z, y)
