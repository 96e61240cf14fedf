"""Site calibration: the operating point refitted on a clinic's own confirmed images.

A model ranks new patients well long before its threshold and probabilities
carry over (the shipped model's figures: ``docs/training.md``).  A *site
profile* refits, on images the clinic has labelled:

* the probability calibration -- Platt scaling of the bundle's calibrated
  log-odds ``z = logit / T``: ``P_site = sigmoid(a * z + b)``;
* the decision threshold -- the bundle's own rule (highest specificity with
  sensitivity >= the minimum), on ``P_site``;
* the indeterminate band -- the bundle's rule (engine.decision.operating_point.fit_band).

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
import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from engine import errors
from engine.decision.operating_point import (
    OperatingFigures,
    bootstrap_ci,
    choose_threshold,
    fit_band,
    fit_platt,
    sigmoid,
)
from engine.files import strict
from engine.product import QT_TRANSLATE_NOOP, fill


class ScoredBundle(Protocol):
    """What a site profile needs of the bundle it belongs to (an :class:`engine.bundle.model_bundle.ModelBundle`;
    the decision layer sits below the bundle layer, so it names the few attributes it reads)."""

    @property
    def name(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def temperature(self) -> float: ...
    @property
    def digest(self) -> str: ...


KIND = "pneumoscan-site-profile"
VERSION = 3  # 2: out-of-sample (bootstrap out-of-bag) metrics; 3: the range of calibrated scores it was fitted on
#: Fewer confirmed images of either class than this and no profile is fitted: the threshold would follow noise.
MIN_PER_CLASS = 30
#: A 95 % interval wider than this on sensitivity, specificity or accuracy earns a warning.
WIDE_INTERVAL = 0.20
#: What engine.decision.operating_point.fit_platt can produce: a slope in this range, an intercept of moderate size.
SLOPE_RANGE = (0.2, 5.0)
MAX_INTERCEPT = 20.0
#: A band that holds more than this share of the profile's own images is flagged (most results would read
#: "indeterminate").
MAX_BAND_SHARE = 0.20
#: Bootstrap resamples for the out-of-sample figures.
N_OUT_OF_BAG = 300
#: What engine.decision.operating_point.fit_band writes in a band.
BAND_KEYS = frozenset(("low", "high", "rule", "max_error_rate", "val_fraction_in_band", "val_pneumonia_below_low",
                       "val_normal_above_high", "val_error_outside_band"))
#: Most confirmed images of one class a profile can have been fitted on (far beyond any clinic's review backlog).
MAX_SAMPLES = 1_000_000
KEYS = ("kind", "version", "bundle_sha256", "bundle", "calibration", "threshold", "rule", "min_sensitivity", "band",
        "samples", "metrics", "metrics_in_sample", "band_share", "prevalence", "created", "source", "warnings",
        "score_range")


#: Why a fit or a profile is refused, as templates the app shows in its language (:data:`TEXTS`).
_TOO_FEW = QT_TRANSLATE_NOOP("SiteProfile", "Site calibration needs at least %1 confirmed images of each class; there "
                             "are %2 NORMAL and %3 PNEUMONIA (each image counted once). Label more images and try again.")
_NOT_FINITE = QT_TRANSLATE_NOOP("SiteProfile", "Some of these images have no finite model output: analyse them again.")
_AGAINST = QT_TRANSLATE_NOOP("SiteProfile", "On these images the model's score runs against the labels (ranking AUC "
                             "%1, below chance): check the labels, they may be swapped.")
_OTHER_BUNDLE = QT_TRANSLATE_NOOP("SiteProfile", "%1 was fitted for another model bundle (%2…); this one is %3…. "
                                  "Calibrate again with this model.")
TEXTS = (_TOO_FEW, _NOT_FINITE, _AGAINST, _OTHER_BUNDLE)


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

    def figures(self) -> OperatingFigures | None:
        """engine.decision.operating_point.OperatingFigures of this profile: out of sample, with their intervals."""
        from engine.decision.operating_point import figures_from_metrics

        s = self.meta["samples"]
        return figures_from_metrics(self.meta["metrics"], s["PNEUMONIA"], s["NORMAL"],
                                    f"this clinic's {s['NORMAL'] + s['PNEUMONIA']} confirmed images, out of sample "
                                    "(each refit scored on the images it left out)")

    def on_bundle_scale(self, p_site: float) -> float:
        """A probability on this profile's scale as the bundle's own score (the scale of the model's threshold)."""
        p = min(max(float(p_site), 1e-12), 1 - 1e-12)
        return float(sigmoid(np.array((math.log(p / (1 - p)) - self.b) / self.a)))

    def probability(self, bundle_log_odds: float) -> float:
        return float(sigmoid(self.a * float(bundle_log_odds) + self.b))

    def summary(self) -> str:
        s = self.meta["samples"]
        return (f"site profile {self.digest[:12]} ({s['NORMAL']} normal + {s['PNEUMONIA']} pneumonia images, "
                f"{str(self.meta['created'])[:10]})")


def profile_digest(meta: Mapping[str, Any]) -> str:
    return strict.canonical_digest(meta)


_finite = strict.is_finite


def _unit(x: Any) -> bool:
    return _finite(x) and 0 <= x <= 1


def _whole(fraction: float, n: int) -> bool:
    """``fraction`` is k / n for a whole k (a share of n images), to float precision."""
    return abs(fraction * n - round(fraction * n)) < 1e-6 * max(1, n)


def validate(meta: Any, bundle_digest: str, where: str = "site profile") -> SiteProfile:
    """A :class:`SiteProfile`, or :class:`SiteProfileError` naming the field that is wrong (wrong bundle included).

    Strict: every field has its type, numbers are finite and in range, counts are whole and within what a fit can
    have seen, metrics agree with the counts (the in-sample ones are shares of them, accuracy lies between
    sensitivity and specificity), and the threshold lies inside the range of calibrated scores of the images it
    was fitted on -- a threshold outside it would make every image one class.
    """
    def bad(field: str, why: str) -> SiteProfileError:
        return SiteProfileError(f"{where}: field '{field}' {why}.")

    if not isinstance(meta, dict) or meta.get("kind") != KIND:
        raise SiteProfileError(f"{where} is not a Pneumoscan site profile.")
    version = meta.get("version")
    if strict.is_int(version) and version < VERSION:
        raise SiteProfileError(f"{where} was made by an earlier Pneumoscan (profile version {version}), which did not "
                               "record what this one checks. Calibrate again to make a current profile.")
    if not strict.is_int(version) or version != VERSION:
        raise bad("version", f"is {version!r}; this Pneumoscan reads version {VERSION}")
    unknown = sorted(set(meta) - set(KEYS))
    if unknown:
        raise SiteProfileError(f"{where}: unknown fields {unknown}.")
    missing = sorted(set(KEYS) - set(meta))
    if missing:
        raise SiteProfileError(f"{where}: missing fields {missing}.")
    if meta.get("bundle_sha256") != bundle_digest:
        raise SiteProfileError(fill(_OTHER_BUNDLE, str(where), str(meta.get("bundle_sha256"))[:16], bundle_digest[:16]))
    for k in ("bundle", "rule", "created", "source"):
        if not isinstance(meta[k], str) or len(meta[k]) > 2000:
            raise bad(k, "is not a short text")
    if not isinstance(meta["warnings"], list) or not all(isinstance(w, str) and len(w) <= 2000 for w in meta["warnings"]):
        raise bad("warnings", "is not a list of texts")
    if not _finite(meta["min_sensitivity"]) or not 0.5 <= meta["min_sensitivity"] < 1:
        raise bad("min_sensitivity", "is not a number in [0.5, 1)")
    samples = meta["samples"]
    if not isinstance(samples, dict) or set(samples) != {"NORMAL", "PNEUMONIA"}:
        raise bad("samples", "does not hold exactly NORMAL and PNEUMONIA counts")
    for k, n in samples.items():
        if not strict.is_int(n) or not MIN_PER_CLASS <= n <= MAX_SAMPLES:
            raise bad(f"samples.{k}", f"is {n!r}; a fit sees a whole number of images from {MIN_PER_CLASS} to "
                                      f"{MAX_SAMPLES:,}")
    n0, n1 = samples["NORMAL"], samples["PNEUMONIA"]
    cal = meta["calibration"]
    if (not isinstance(cal, dict) or set(cal) != {"a", "b", "method"} or not _finite(cal["a"]) or not _finite(cal["b"])
            or not isinstance(cal["method"], str) or len(cal["method"]) > 2000):
        raise bad("calibration", "needs finite a and b (and its method)")
    lo, hi = SLOPE_RANGE
    if not lo <= cal["a"] <= hi or abs(cal["b"]) > MAX_INTERCEPT:
        raise bad("calibration", f"(a={cal['a']:g}, b={cal['b']:g}) is outside what a fit produces (a in "
                                 f"[{lo:g}, {hi:g}], |b| <= {MAX_INTERCEPT:g})")
    thr = meta["threshold"]
    if not _finite(thr) or not 0 < thr < 1:
        raise bad("threshold", "is not a number in (0, 1)")
    rng = meta["score_range"]
    if not (isinstance(rng, dict) and set(rng) == {"low", "high"} and _unit(rng["low"]) and _unit(rng["high"])
            and rng["low"] < rng["high"]):
        raise bad("score_range", "is not the lowest and highest calibrated score of the fit images (0 <= low < high <= 1)")
    if not rng["low"] < thr <= rng["high"]:
        raise bad("threshold", f"({thr:g}) lies outside the calibrated scores of the images it was fitted on "
                               f"({rng['low']:g}-{rng['high']:g}): it would make every image one class")
    band = meta["band"]
    if not (isinstance(band, dict) and set(band) <= BAND_KEYS and _unit(band.get("low")) and _unit(band.get("high"))
            and band["low"] <= thr <= band["high"]):
        raise bad("band", "does not satisfy 0 <= low <= threshold <= high <= 1 (with the fields a fit writes)")
    if not all(_unit(band[k]) for k in BAND_KEYS - {"low", "high", "rule"} if k in band) or not all(
            isinstance(band[k], str) and len(band[k]) <= 2000 for k in ("rule",) if k in band):
        raise bad("band", "holds values a fit does not write")
    for block in ("metrics", "metrics_in_sample"):
        m = meta[block]
        if not isinstance(m, dict) or set(m) != {"sensitivity", "specificity", "accuracy"}:
            raise bad(block, "does not hold exactly sensitivity, specificity and accuracy")
        for k, v in m.items():
            ci = v.get("ci95") if isinstance(v, dict) else None
            if not (isinstance(v, dict) and _unit(v.get("value")) and isinstance(ci, list) and len(ci) == 2
                    and all(_unit(c) for c in ci) and ci[0] <= ci[1]):
                raise bad(f"{block}.{k}", "is not a value in [0, 1] with its 95 % interval")
            if block == "metrics" and not ci[0] - 0.05 <= v["value"] <= ci[1] + 0.05:
                raise bad(f"{block}.{k}", f"({v['value']:g}) lies outside its own interval ({ci[0]:g}-{ci[1]:g})")
    sens, spec, acc = (meta["metrics"][k]["value"] for k in ("sensitivity", "specificity", "accuracy"))
    if not min(sens, spec) - 1e-9 <= acc <= max(sens, spec) + 1e-9:
        raise bad("metrics.accuracy", f"({acc:g}) cannot lie outside sensitivity ({sens:g}) and specificity ({spec:g})")
    ins = {k: meta["metrics_in_sample"][k]["value"] for k in ("sensitivity", "specificity", "accuracy")}
    if not (_whole(ins["sensitivity"], n1) and _whole(ins["specificity"], n0)):
        raise bad("metrics_in_sample", f"do not agree with the counts (sensitivity of {n1} pneumonia images, "
                                       f"specificity of {n0} normal ones, must be shares of them)")
    if abs(ins["accuracy"] * (n0 + n1) - (ins["sensitivity"] * n1 + ins["specificity"] * n0)) > 1e-6 * (n0 + n1):
        raise bad("metrics_in_sample.accuracy", "does not agree with its sensitivity, specificity and counts")
    prev = meta["prevalence"]
    if not _finite(prev) or abs(prev - n1 / (n0 + n1)) > 1e-9:
        raise bad("prevalence", f"is not the share of pneumonia images in the samples ({n1}/{n0 + n1})")
    share = meta["band_share"]
    if not (isinstance(share, dict) and set(share) == {"all", "NORMAL", "PNEUMONIA", "flag_above"}
            and all(_unit(share[k]) for k in share) and share["flag_above"] == MAX_BAND_SHARE
            and _whole(share["all"], n0 + n1)
            and _whole(share["NORMAL"], n0) and _whole(share["PNEUMONIA"], n1)):
        raise bad("band_share", "is not the share of the fit images inside the band, as whole counts of them")
    return SiteProfile(meta=meta, digest=profile_digest(meta))


def load_site_profile(path: str | os.PathLike[str], bundle_digest: str) -> SiteProfile:
    """A validated profile for ``bundle_digest``, or :class:`SiteProfileError` saying why not.  Read by the strict
    JSON reader the bundle uses (engine.files.strict: no NaN or Infinity, no repeated keys)."""
    p = Path(path)
    try:
        from engine.files.outputs import read_regular

        # a regular file of at most 1 MB (a FIFO or /dev/zero is refused, not waited on); a BOM (Notepad) is fine
        meta = strict.loads(read_regular(p, 1 << 20).decode("utf-8-sig"), max_depth=4)
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


def fit_site_profile(bundle: ScoredBundle, logits: np.ndarray, labels: np.ndarray, min_sensitivity: float = 0.95,
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
        raise SiteProfileError(fill(_TOO_FEW, str(MIN_PER_CLASS), str(n0), str(n1)))
    if not np.all(np.isfinite(z)):
        raise SiteProfileError(_NOT_FINITE)
    auc = _rank_auc(z, y)
    if auc < 0.5:  # Platt's slope is clamped positive, so a fit would not show it: refuse here
        raise SiteProfileError(fill(_AGAINST, f"{auc:.2f}"))
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
        "band": band, "score_range": {"low": float(p.min()), "high": float(p.max())},
        "samples": {"NORMAL": n0, "PNEUMONIA": n1}, "metrics": metrics, "metrics_in_sample": in_sample,
        "band_share": share, "prevalence": n1 / (n0 + n1),
        "created": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"), "source": source,
        "warnings": warnings,
    }
    return SiteProfile(meta=meta, digest=profile_digest(meta))


def save_site_profile(profile: SiteProfile, path: str | os.PathLike[str], overwrite: bool = True) -> Path:
    """Write atomically and privately (engine.files.outputs.atomic_write); an existing file is replaced only with
    ``overwrite`` (FileExistsError otherwise)."""
    from engine.files.outputs import write_bytes_atomic

    data = (json.dumps(profile.meta, indent=2, allow_nan=False) + "\n").encode("utf-8")
    return write_bytes_atomic(path, data, overwrite=overwrite)
