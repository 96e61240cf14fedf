"""Site calibration: the operating point refitted on a clinic's own confirmed images.

A model ranks new patients well long before its threshold and probabilities
carry over (measured: test ROC-AUC 0.972, but specificity 0.73 at the
threshold chosen on the training centre's validation split).  A *site
profile* refits, on images the clinic has labelled:

* the probability calibration -- Platt scaling of the bundle's calibrated
  log-odds ``z = logit / T``: ``P_site = sigmoid(a * z + b)``;
* the decision threshold -- the bundle's own rule (highest specificity with
  sensitivity >= the minimum), on ``P_site``;
* the indeterminate band -- the bundle's rule (engine.decision.fit_band).

Its sensitivity and specificity are measured *out of sample*: the whole fit
(calibration and threshold) is repeated on bootstrap resamples of the images
and scored on the images each resample left out (bootstrap out-of-bag), so the
figures -- and the PPV / NPV the app derives from them -- are not the
optimistic ones of the images the threshold was chosen on.  A profile whose
band would leave more than :data:`MAX_BAND_SHARE` of its own images
indeterminate is flagged.

It belongs to one bundle (its identity is inside) and is refused for any
other.  Its own identity (sha256 of its canonical JSON) is recorded with every
result (``site_profile`` in the CSV), and one setting returns to the bundle's
own operating point.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from engine import errors
from engine.decision import bootstrap_ci, choose_threshold, fit_band, fit_platt, sigmoid

KIND = "pneumoscan-site-profile"
VERSION = 2  # 2: out-of-sample (bootstrap out-of-bag) metrics; the in-sample ones kept apart
#: Fewer confirmed images of either class than this and no profile is fitted: the threshold would follow noise.
MIN_PER_CLASS = 30
#: A 95 % interval wider than this on sensitivity, specificity or accuracy earns a warning.
WIDE_INTERVAL = 0.20
#: What engine.decision.fit_platt can produce: a slope in this range, an intercept of moderate size.
SLOPE_RANGE = (0.2, 5.0)
MAX_INTERCEPT = 20.0
#: A band that holds more than this share of the profile's own images is flagged (most results would read
#: "indeterminate"; seen: a band of 29-91 held 11 of 20 true pneumonias).
MAX_BAND_SHARE = 0.20
#: Bootstrap resamples for the out-of-sample figures.
N_OUT_OF_BAG = 300
KEYS = ("kind", "version", "bundle_sha256", "bundle", "calibration", "threshold", "rule", "min_sensitivity", "band",
        "samples", "metrics", "metrics_in_sample", "band_share", "prevalence", "created", "source", "warnings")


class SiteProfileError(errors.BundleError):
    code = "site_profile_invalid"


@dataclass(frozen=True)
class SiteProfile:
    """A validated site profile (``meta`` as stored) and its identity."""

    meta: Mapping[str, Any]
    digest: str
    path: str = ""

    @property
    def a(self) -> float:
        return float(self.meta["calibration"]["a"])

    @property
    def b(self) -> float:
        return float(self.meta["calibration"]["b"])

    @property
    def threshold(self) -> float:
        return float(self.meta["threshold"])

    @property
    def band(self) -> tuple[float, float] | None:
        band = self.meta.get("band")
        return (float(band["low"]), float(band["high"])) if band else None

    def figures(self):
        """engine.decision.OperatingFigures of this profile: out of sample, with their intervals."""
        from engine.decision import figures_from_metrics

        s = self.meta["samples"]
        return figures_from_metrics(self.meta["metrics"], s["PNEUMONIA"], s["NORMAL"],
                                    f"this clinic's {s['NORMAL'] + s['PNEUMONIA']} confirmed images, out of sample "
                                    "(each refit scored on the images it left out)")

    def on_bundle_scale(self, p_site: float) -> float:
        """A probability on this profile's scale as the bundle's own score (the scale of the model's threshold)."""
        p = min(max(float(p_site), 1e-12), 1 - 1e-12)
        return float(sigmoid(np.array((math.log(p / (1 - p)) - self.b) / self.a)))

    def probability(self, bundle_log_odds: float) -> float:
        t = self.a * bundle_log_odds + self.b
        return 1.0 / (1.0 + math.exp(-t)) if t >= 0 else math.exp(t) / (1.0 + math.exp(t))  # no overflow

    def summary(self) -> str:
        s = self.meta["samples"]
        return (f"site profile {self.digest[:12]} ({s['NORMAL']} normal + {s['PNEUMONIA']} pneumonia images, "
                f"{str(self.meta['created'])[:10]})")


def profile_digest(meta: Mapping[str, Any]) -> str:
    text = json.dumps(meta, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def _finite(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def validate(meta: Any, bundle_digest: str, where: str = "site profile") -> SiteProfile:
    """A :class:`SiteProfile`, or :class:`SiteProfileError` saying why not (wrong bundle included)."""
    if not isinstance(meta, dict) or meta.get("kind") != KIND:
        raise SiteProfileError(f"{where} is not a Pneumoscan site profile.")
    if meta.get("version") == 1:
        raise SiteProfileError(f"{where} was made by an earlier Pneumoscan, whose figures were measured on the same "
                               "images the threshold was chosen on. Calibrate again to get figures that hold at the "
                               "clinic.")
    if meta.get("version") != VERSION:
        raise SiteProfileError(f"{where} has version {meta.get('version')!r}; this Pneumoscan reads version {VERSION}.")
    unknown = sorted(set(meta) - set(KEYS))
    if unknown:
        raise SiteProfileError(f"{where}: unknown keys {unknown}.")
    if meta.get("bundle_sha256") != bundle_digest:
        raise SiteProfileError(
            f"{where} was fitted for another model bundle ({str(meta.get('bundle_sha256'))[:16]}…); this one is "
            f"{bundle_digest[:16]}…. Calibrate again with this model.")
    cal = meta.get("calibration")
    thr = meta.get("threshold")
    if not isinstance(cal, dict) or not _finite(cal.get("a")) or not _finite(cal.get("b")) or cal["a"] <= 0:
        raise SiteProfileError(f"{where}: calibration needs finite a > 0 and b.")
    if not isinstance(thr, (int, float)) or not _finite(thr) or not 0 < thr < 1:
        raise SiteProfileError(f"{where}: the threshold must be in (0, 1).")
    band = meta.get("band")
    if not (isinstance(band, dict) and _finite(band.get("low")) and _finite(band.get("high"))
            and 0 <= band["low"] <= thr <= band["high"] <= 1):
        raise SiteProfileError(f"{where}: the indeterminate band is missing or does not satisfy "
                               "0 <= low <= threshold <= high <= 1.")
    lo, hi = SLOPE_RANGE
    if not lo <= cal["a"] <= hi or abs(cal["b"]) > MAX_INTERCEPT:
        raise SiteProfileError(f"{where}: the calibration (a={cal['a']:g}, b={cal['b']:g}) is outside what a fit "
                               f"produces (a in [{lo:g}, {hi:g}], |b| <= {MAX_INTERCEPT:g}).")
    try:
        values = [meta["metrics"][k]["value"] for k in ("sensitivity", "specificity", "accuracy")]
        samples = [meta["samples"]["NORMAL"], meta["samples"]["PNEUMONIA"]]
    except (KeyError, TypeError):
        raise SiteProfileError(f"{where}: metrics and sample counts are incomplete.") from None
    if not all(_finite(v) and 0 <= v <= 1 for v in values):
        raise SiteProfileError(f"{where}: sensitivity, specificity and accuracy must be numbers in [0, 1].")
    if not all(isinstance(n, int) and not isinstance(n, bool) and n >= MIN_PER_CLASS for n in samples):
        raise SiteProfileError(f"{where}: a profile needs at least {MIN_PER_CLASS} images of each class.")
    return SiteProfile(meta=meta, digest=profile_digest(meta))


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError(f"duplicate keys {sorted({k for k in keys if keys.count(k) > 1})}")
    return dict(pairs)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number a site profile may hold")


def load_site_profile(path: str | os.PathLike[str], bundle_digest: str) -> SiteProfile:
    """A validated profile for ``bundle_digest``, or :class:`SiteProfileError` saying why not.  NaN and Infinity
    are refused wherever they stand in the file (JSON has neither; only a hand edit puts them there)."""
    p = Path(path)
    try:
        if p.stat().st_size > 1 << 20:
            raise SiteProfileError(f"{p} is too large to be a site profile.")
        meta = json.loads(p.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicate_keys,
                          parse_constant=_no_constants)
        prof = validate(meta, bundle_digest, str(p))
    except SiteProfileError:
        raise
    except (OSError, ValueError, TypeError, RecursionError) as exc:
        raise SiteProfileError(f"{p} cannot be read as a site profile ({type(exc).__name__}: {exc}).") from None
    return SiteProfile(meta=prof.meta, digest=prof.digest, path=str(p))


def out_of_bag_metrics(z: np.ndarray, y: np.ndarray, min_sensitivity: float, n: int = N_OUT_OF_BAG,
                       seed: int = 0) -> dict[str, dict[str, Any]]:
    """Sensitivity, specificity and accuracy of the whole fit (Platt scaling, then the threshold rule) measured on
    images it did not see: each of ``n`` class-stratified bootstrap resamples is fitted and scored on the images
    it left out.  The value pools the out-of-bag calls of every resample; the 95 % interval is the 2.5th and
    97.5th percentiles of the per-resample figures."""
    rng = np.random.default_rng(seed)
    pos, neg = np.flatnonzero(y == 1), np.flatnonzero(y == 0)
    counts = np.zeros(4)  # tp, fn, tn, fp
    per: dict[str, list[float]] = {"sensitivity": [], "specificity": [], "accuracy": []}
    for _ in range(n):
        idx = np.concatenate([rng.choice(pos, len(pos)), rng.choice(neg, len(neg))])
        oob = np.ones(len(y), bool)
        oob[idx] = False
        if not (oob & (y == 1)).any() or not (oob & (y == 0)).any():
            continue
        a, b = fit_platt(z[idx], y[idx])
        p = sigmoid(a * z + b)
        t, _ = choose_threshold(p[idx], y[idx], min_sensitivity)
        called, truth = p[oob] >= t, y[oob] == 1
        c = np.array([np.sum(called & truth), np.sum(~called & truth), np.sum(~called & ~truth), np.sum(called & ~truth)])
        counts += c
        per["sensitivity"].append(c[0] / (c[0] + c[1]))
        per["specificity"].append(c[2] / (c[2] + c[3]))
        per["accuracy"].append((c[0] + c[2]) / c.sum())
    tp, fn, tn, fp = counts
    value = {"sensitivity": tp / (tp + fn), "specificity": tn / (tn + fp), "accuracy": (tp + tn) / counts.sum()}
    return {k: {"value": float(value[k]), "ci95": [float(np.percentile(v, 2.5)), float(np.percentile(v, 97.5))],
                "method": f"bootstrap out-of-bag: {len(v)} resamples, each fit scored on the images it left out"}
            for k, v in per.items()}


def _rank_auc(z: np.ndarray, y: np.ndarray) -> float:
    """Area under the ROC curve of the scores ``z`` for the labels ``y`` (Mann-Whitney, ties counted half)."""
    pos, neg = z[y == 1], z[y == 0]
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def fit_site_profile(bundle, logits: np.ndarray, labels: np.ndarray, min_sensitivity: float = 0.95,
                     source: str = "", n_bootstrap: int = 1000, n_out_of_bag: int = N_OUT_OF_BAG) -> SiteProfile:
    """Refit calibration, threshold and band on a clinic's labelled images (raw model logits and 0/1 labels).

    Raises :class:`SiteProfileError` below :data:`MIN_PER_CLASS` images of either class.  ``metrics`` are out of
    sample (:func:`out_of_bag_metrics`); ``metrics_in_sample`` are measured on the images the threshold was chosen
    on (optimistic; kept for reference only).
    """
    z = np.asarray(logits, dtype=np.float64) / float(bundle.temperature)
    y = np.asarray(labels).astype(int)
    n1, n0 = int(y.sum()), int((1 - y).sum())
    if min(n0, n1) < MIN_PER_CLASS:
        raise SiteProfileError(
            f"Site calibration needs at least {MIN_PER_CLASS} confirmed images of each class; there are {n0} NORMAL "
            f"and {n1} PNEUMONIA (each image counted once). Label more images and try again.")
    if not np.all(np.isfinite(z)):
        raise SiteProfileError("Some of these images have no finite model output: analyse them again.")
    auc = _rank_auc(z, y)
    if auc < 0.5:  # Platt's slope is clamped positive, so a fit would not show it: refuse here
        raise SiteProfileError(f"On these images the model's score runs against the labels (ranking AUC {auc:.2f}, "
                               "below chance): check the labels, they may be swapped.")
    a, b = fit_platt(z, y)
    p = sigmoid(a * z + b)
    threshold, _at = choose_threshold(p, y, min_sensitivity)
    band = fit_band(p, y, threshold)
    in_sample = bootstrap_ci(p, y, threshold, n=n_bootstrap)
    metrics = out_of_bag_metrics(z, y, min_sensitivity, n_out_of_bag)
    inside = (p >= band["low"]) & (p < band["high"])
    share = {"all": float(inside.mean()), "NORMAL": float(inside[y == 0].mean()),
             "PNEUMONIA": float(inside[y == 1].mean()), "flag_above": MAX_BAND_SHARE}
    warnings = [f"the 95 % interval of {k} is {m['ci95'][1] - m['ci95'][0]:.2f} wide: confirm more images"
                for k, m in metrics.items() if m["ci95"][1] - m["ci95"][0] > WIDE_INTERVAL]
    if share["all"] > MAX_BAND_SHARE:
        warnings.append(f"its indeterminate band holds {share['all']:.0%} of the images it was fitted on (more than "
                        f"{MAX_BAND_SHARE:.0%}; {int(inside[y == 1].sum())} of {n1} PNEUMONIA images): many results "
                        "would read 'indeterminate'")
    meta = {
        "kind": KIND, "version": VERSION, "bundle_sha256": bundle.digest, "bundle": f"{bundle.name} {bundle.version}",
        "calibration": {"a": a, "b": b, "method": "Platt scaling of the bundle's calibrated log-odds on the site's images"},
        "threshold": threshold, "min_sensitivity": min_sensitivity,
        "rule": f"highest specificity with sensitivity >= {min_sensitivity} on the site's images",
        "band": band, "samples": {"NORMAL": n0, "PNEUMONIA": n1}, "metrics": metrics, "metrics_in_sample": in_sample,
        "band_share": share, "prevalence": n1 / (n0 + n1),
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"), "source": source,
        "warnings": warnings,
    }
    return SiteProfile(meta=meta, digest=profile_digest(meta))


def save_site_profile(profile: SiteProfile, path: str | os.PathLike[str]) -> Path:
    """Write atomically (temporary file, then rename)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(json.dumps(profile.meta, indent=2, allow_nan=False) + "\n", encoding="utf-8")
    os.replace(tmp, target)
    return target
