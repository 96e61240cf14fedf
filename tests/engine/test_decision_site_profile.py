"""engine.decision.site_profile: fitting a clinic's operating point, and refusing any profile that does not
verify.

Gathered, when the tests were named for the modules they test, from: test_clinician.py (The clinician's side
(issue 13): reviews, the printable report, site calibration); test_reading_store_hardening.py (What an
adversarial pass over the reading features found (issue 26 review): each case stays fixed);
test_untrusted_disk.py (Issue 27: nothing read back from disk decides a label unverified, and no output ever
destroys an input).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from factories import fitted_site_profile, noisy_images, run_predict
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from engine.bundle.model_bundle import load_bundle

_json = st.recursive(st.none() | st.booleans() | st.floats(allow_nan=True) | st.integers() | st.text(max_size=20),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
                     max_leaves=20)


_PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.mark.hazard("H-007", "H-042")
def test_site_profile_refits_the_operating_point_and_refuses_small_or_foreign(tiny_bundle: Path, tmp_path: Path) -> None:
    from engine.decision.site_profile import SiteProfileError, fit_site_profile, load_site_profile, save_site_profile

    bundle = load_bundle(tiny_bundle)
    rng = np.random.default_rng(0)
    y = np.r_[np.zeros(60), np.ones(90)].astype(int)
    logits = rng.normal(np.where(y == 1, 2.0, -1.0), 1.2)  # a "site" whose scores sit higher than validation's
    prof = fit_site_profile(bundle, logits, y, 0.95)
    m, inside = prof.meta["metrics"], prof.meta["metrics_in_sample"]
    assert inside["sensitivity"]["value"] >= 0.95  # the rule holds on the images it was chosen on...
    for k in ("sensitivity", "specificity"):  # ...and is measured out of sample, where it is not flattered
        assert m[k]["ci95"][0] <= m[k]["value"] <= m[k]["ci95"][1] and "out-of-bag" in m[k]["method"]
    assert m["specificity"]["value"] <= inside["specificity"]["value"] + 0.05
    f = prof.figures()
    assert f.sensitivity == m["sensitivity"]["value"] and "out of sample" in f.source
    assert prof.on_bundle_scale(prof.threshold) == pytest.approx(
        1 / (1 + np.exp(-((np.log(prof.threshold / (1 - prof.threshold)) - prof.b) / prof.a))))
    assert 0 <= prof.meta["band_share"]["all"] <= 1
    assert prof.meta["samples"] == {"NORMAL": 60, "PNEUMONIA": 90}
    path = save_site_profile(prof, tmp_path / "site.json")
    site_bundle = bundle.with_site(load_site_profile(path, bundle.digest))
    assert site_bundle.threshold == pytest.approx(prof.threshold) and site_bundle.site_profile == prof.digest
    assert site_bundle.digest == bundle.digest  # the bundle stays itself; the profile is recorded separately
    with pytest.raises(SiteProfileError, match="at least 30"):
        fit_site_profile(bundle, logits[:40], np.r_[np.zeros(20), np.ones(20)].astype(int))
    with pytest.raises(SiteProfileError, match="another model bundle"):
        load_site_profile(path, "0" * 64)
    meta = json.loads(path.read_text())
    meta["threshold"] = 1.5
    (tmp_path / "bad.json").write_text(json.dumps(meta))
    with pytest.raises(SiteProfileError, match="threshold"):
        load_site_profile(tmp_path / "bad.json", bundle.digest)


@pytest.mark.parametrize("edit,match", [
    (lambda m: m.pop("band"), r"missing fields \['band'\]"),
    (lambda m: m["calibration"].__setitem__("b", 1e308), "outside what a fit produces"),
    (lambda m: m["calibration"].__setitem__("a", 50.0), "outside what a fit produces"),
    (lambda m: m.__setitem__("samples", {"NORMAL": 1, "PNEUMONIA": 1}), "'samples.NORMAL' is 1"),
    (lambda m: m["metrics"]["sensitivity"].__setitem__("value", 5), r"'metrics.sensitivity' is not a value in \[0, 1\]"),
    (lambda m: m.__setitem__("version", 1), "Calibrate again"),
], ids=["no_band", "huge_b", "huge_a", "few_samples", "bad_metric", "version_1"])
@pytest.mark.hazard("H-023")
def test_hand_edited_site_profiles_are_refused(tiny_bundle: Path, tmp_path: Path, edit, match) -> None:
    from engine.decision.site_profile import SiteProfileError, fit_site_profile, load_site_profile, save_site_profile

    bundle = load_bundle(tiny_bundle)
    rng = np.random.default_rng(1)
    y = np.r_[np.zeros(40), np.ones(40)].astype(int)
    path = save_site_profile(fit_site_profile(bundle, rng.normal(np.where(y == 1, 2.0, -1.0), 1.0), y, n_bootstrap=50),
                             tmp_path / "p.json")
    meta = json.loads(path.read_text())
    edit(meta)
    path.write_text(json.dumps(meta))
    with pytest.raises(SiteProfileError, match=match):
        load_site_profile(path, bundle.digest)


@pytest.mark.hazard("H-023")
def test_site_profile_with_duplicate_keys_is_refused(tiny_bundle: Path, tmp_path: Path) -> None:
    from engine.decision.site_profile import SiteProfileError, fit_site_profile, load_site_profile, save_site_profile

    bundle = load_bundle(tiny_bundle)
    y = np.r_[np.zeros(40), np.ones(40)].astype(int)
    path = save_site_profile(fit_site_profile(bundle, np.where(y == 1, 2.0, -1.0) + np.linspace(-1, 1, 80), y,
                                              n_bootstrap=0), tmp_path / "p.json")
    path.write_text(path.read_text().replace('"threshold":', '"threshold": 0.01, "threshold":', 1))
    with pytest.raises(SiteProfileError, match="duplicate"):
        load_site_profile(path, bundle.digest)


@pytest.mark.hazard("H-009")
def test_a_perfect_small_fit_does_not_claim_certainty(tiny_bundle: Path) -> None:
    from engine.bundle.model_bundle import load_bundle
    from engine.decision.site_profile import fit_site_profile

    bundle = load_bundle(tiny_bundle)
    y = np.r_[np.zeros(30), np.ones(30)].astype(int)
    prof = fit_site_profile(bundle, np.where(y == 1, 3.0, -3.0) + np.linspace(-0.5, 0.5, 60), y, n_bootstrap=50,
                            n_out_of_bag=60)
    f = prof.figures()
    assert f.specificity == 1.0 and f.specificity_ci[0] < 0.9  # 30 of 30 right: at least the Wilson interval
    assert f.predictive(0.02)["ppv_ci"][0] < 0.5


@pytest.mark.hazard("H-023")
def test_swapped_labels_and_non_finite_profiles_are_refused(tiny_bundle: Path, tmp_path: Path) -> None:
    from engine.bundle.model_bundle import load_bundle
    from engine.decision.site_profile import SiteProfileError, fit_site_profile, load_site_profile, save_site_profile

    bundle = load_bundle(tiny_bundle)
    y = np.r_[np.zeros(40), np.ones(40)].astype(int)
    z = np.where(y == 1, 2.0, -1.0) + np.linspace(-1, 1, 80)
    with pytest.raises(SiteProfileError, match="against the labels"):
        fit_site_profile(bundle, -z, y, n_bootstrap=10, n_out_of_bag=20)
    path = save_site_profile(fit_site_profile(bundle, z, y, n_bootstrap=10, n_out_of_bag=20), tmp_path / "p.json")
    for key in ("prevalence", "band_share"):
        meta = json.loads(path.read_text())
        meta[key] = float("nan") if key == "prevalence" else {"all": float("inf")}
        (tmp_path / "bad.json").write_text(json.dumps(meta))
        with pytest.raises(SiteProfileError, match="cannot be read"):
            load_site_profile(tmp_path / "bad.json", bundle.digest)


@pytest.mark.parametrize("edit,field", [
    (lambda m: m.__setitem__("threshold", 1e-6), "threshold"),
    (lambda m: m.__setitem__("threshold", 0.999999), "threshold"),
    (lambda m: m.__setitem__("version", True), "version"),
    (lambda m: m["samples"].__setitem__("NORMAL", 10 ** 30), "samples.NORMAL"),
    (lambda m: m["samples"].__setitem__("PNEUMONIA", 40.5), "samples.PNEUMONIA"),
    (lambda m: m["metrics"]["sensitivity"].update(value=1.0, ci95=[0.7, 0.9]), "metrics.sensitivity"),
    (lambda m: m["metrics_in_sample"]["sensitivity"].__setitem__("value", 0.987), "metrics_in_sample"),
    (lambda m: m["metrics"]["accuracy"].update(value=0.99, ci95=[0.9, 1.0]), "metrics.accuracy"),
    (lambda m: m.__setitem__("prevalence", 0.9), "prevalence"),
    (lambda m: m.__setitem__("score_range", {"low": 0.5, "high": 0.4}), "score_range"),
], ids=["threshold_tiny", "threshold_huge", "version_true", "samples_1e30", "samples_float", "sensitivity_claimed",
        "in_sample_not_a_share", "accuracy_outside", "prevalence", "score_range"])
@pytest.mark.hazard("H-023")
def test_site_profiles_are_checked_field_by_field(tiny_bundle: Path, tmp_path: Path, capsys, edit, field) -> None:
    """Before: thresholds of 1e-6 or 0.999999, ``version: true``, 10^30 samples and a claimed sensitivity of 1.0
    beside contradicting counts were accepted.  Now: exit 3 naming the field."""
    path, meta = fitted_site_profile(tiny_bundle, tmp_path)
    edit(meta)
    path.write_text(json.dumps(meta))
    folder = noisy_images(tmp_path / "s", 1)
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--site-profile", str(path)) == 3
    err = capsys.readouterr().err
    assert f"'{field}'" in err and "Traceback" not in err, err


@pytest.mark.hazard("H-023")
def test_a_fitted_profile_passes_its_own_checks(tiny_bundle: Path, tmp_path: Path) -> None:
    path, meta = fitted_site_profile(tiny_bundle, tmp_path)
    assert meta["score_range"]["low"] < meta["threshold"] <= meta["score_range"]["high"]
    folder = noisy_images(tmp_path / "s", 1)
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--site-profile", str(path)) == 0


@_PROPERTY
@given(st.binary(max_size=400) | _json.map(lambda v: json.dumps(v).encode()))
@pytest.mark.hazard("H-023")
def test_site_profile_loader_refuses_anything_but_a_profile(tmp_path: Path, data: bytes) -> None:
    from engine.decision.site_profile import SiteProfileError, load_site_profile

    p = tmp_path / "p.json"
    p.write_bytes(data)
    with pytest.raises(SiteProfileError):
        load_site_profile(p, "b" * 64)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
@pytest.mark.hazard("H-023")
def test_site_profile_loader_refuses_any_single_field_change_it_cannot_vouch_for(tiny_bundle: Path, tmp_path: Path,
                                                                              data) -> None:
    """A real profile with one field replaced by arbitrary JSON either still verifies (the value is possible) or is
    refused with the field named -- never a crash."""
    from engine.bundle.model_bundle import load_bundle
    from engine.decision.site_profile import SiteProfileError, load_site_profile

    global _PROFILE
    if "_PROFILE" not in globals():
        _PROFILE = fitted_site_profile(tiny_bundle, tmp_path)[1]
    meta = json.loads(json.dumps(_PROFILE))
    key = data.draw(st.sampled_from(sorted(meta)))
    meta[key] = data.draw(_json)
    p = tmp_path / "p.json"
    p.write_text(json.dumps(meta))
    try:
        load_site_profile(p, load_bundle(tiny_bundle, verify=False).digest)
    except SiteProfileError as exc:
        assert "Traceback" not in exc.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.timeout(60)
@pytest.mark.hazard("H-023")
def test_a_fifo_or_device_as_site_profile_is_refused_without_waiting(tiny_bundle: Path, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.json")
    for profile in (tmp_path / "fifo.json", Path("/dev/zero")):
        assert run_predict(tiny_bundle, str(noisy_images(tmp_path / "s", 1)), "--csv", str(tmp_path / "r.csv"),
                    "--site-profile", str(profile)) == 3
