"""The model bundle: one folder that carries weights and everything needed to use them.

Layout::

    bundle.json           metadata (schema below), with the sha256 of every file
    weights.safetensors   the network's tensors (no pickle, ever)
    model.onnx            optional: the same network for ONNX Runtime, outputs
                          (logit, cam, pooled); required by the torch-free CPU build
    model_int8.onnx       optional: its statically quantised int8 graph (``quantized``
                          block: format, the acceptance check on validation it passed or failed, the
                          out-of-distribution cut-off for its features)
    ood.safetensors       the out-of-distribution statistics (engine.checks.ood)
    scope.safetensors     optional: the pixel check for adult radiographs (engine.checks.scope)

:func:`load_bundle` validates the schema and the hashes and refuses anything
tampered with or incomplete.  Every key of ``bundle.json``, and which of them
decide a label, is specified in ``docs/bundle.md`` (``tests/test_docs.py`` holds
it equal to the shipped bundle and to :data:`REQUIRED`, :data:`OPTIONAL` and
:data:`DECISION_KEYS` here).  Bundles are written only by training
(``training.bundle_writer.save_bundle``): the run-time engine never writes one.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from engine import errors
from engine.decision.operating_point import sigmoid
from engine.files import strict
from engine.files.strict import canonical_digest, is_finite
from engine.image.preprocess import PreprocessSpec

if TYPE_CHECKING:
    from engine.checks.ood import FeatureEnsemble
    from engine.checks.scope import ScopeModel
    from engine.decision.operating_point import OperatingFigures

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
BUNDLE_JSON = "bundle.json"
WEIGHTS_FILE = "weights.safetensors"
ONNX_FILE = "model.onnx"
#: Written by the packager into the torch-free CPU build's copy of a bundle: the
#: float16 weights travel inside the (hash-checked) ONNX graph there, so the
#: safetensors file, which only torch can use, is left out to save ~55 MB.
WEIGHTS_OMITTED_MARKER = "WEIGHTS_OMITTED"
#: Written by the packager where the int8 graph passed its acceptance check (so it is what the CPU runs): the fp32
#: graph is then left out of the CPU build too (55 MB).  Only with WEIGHTS_OMITTED and a passed gate.
FP32_GRAPH_OMITTED_MARKER = "FP32_GRAPH_OMITTED"

#: Top-level keys every bundle.json must have, and their types.
REQUIRED: dict[str, type | tuple[type, ...]] = {
    "schema_version": int,
    "name": str,
    "version": str,
    "architecture": str,
    "head": dict,
    "class_names": list,
    "input": dict,
    "decision": dict,
    "training": dict,
    "data": dict,
    "metrics": dict,
    "intended_use": str,
    "libraries": dict,
    "weights": dict,
}
#: The graph outputs the input checks may read (training.onnx_export).
GATE_OUTPUTS = ("pooled", "pooled_mid")
#: Top-level keys a bundle may have besides :data:`REQUIRED` (anything else is refused: an unknown key
#: could be a decision parameter some other program reads).
#: how a bundle's heatmap is made (ModelBundle.heatmap_method)
HEATMAP_METHODS = ("gradcam", "occlusion")

OPTIONAL = ("onnx", "ood", "population", "created", "ensemble", "quantized", "heatmap", "scope",
            "test_time_augmentation")
#: Tone-curve exponents a bundle's test-time augmentation may use (engine.runners.torch_backend.network.ToneAverage), and how many.
TTA_GAMMA_RANGE = (0.25, 4.0)
TTA_MAX_CURVES = 8
#: Keys of the ``decision`` block (it decides labels: known keys only).
DECISION_KEYS = ("threshold", "rule", "val_sensitivity", "val_specificity", "temperature", "calibration",
                 "val_roc_auc", "band", "validation")
POPULATION_KEYS = ("age_years", "trained_age_years", "modalities", "body_parts", "views", "note")
#: bundle.json larger or deeper than this is refused before it is trusted with anything.
MAX_META_BYTES = 2 << 20
MAX_META_DEPTH = 12
SUPPORTED_ARCHITECTURES = ("densenet161", "densenet121")
BAND_NORMAL, BAND_INDETERMINATE, BAND_PNEUMONIA = "normal", "indeterminate", "pneumonia"


def sha256_file(path: str | os.PathLike[str]) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def bundle_digest(meta: Mapping[str, Any]) -> str:
    """The bundle's identity: sha256 of its metadata in canonical JSON (sorted keys, no spaces, ASCII).

    ``bundle.json`` lists the sha256 of every file, so this one digest covers
    the weights, the ONNX graph, the out-of-distribution statistics *and* every
    decision parameter (threshold, temperature, band, population): change any
    of them and the identity changes.
    """
    return canonical_digest(thaw(meta))


@dataclass(frozen=True)
class ModelBundle:
    """A validated model bundle on disk; ``digest`` is its identity (:func:`bundle_digest`)."""

    path: Path
    meta: Mapping[str, Any]
    digest: str = ""
    site: Any = None  # an engine.decision.site_profile.SiteProfile in force (its threshold, calibration and band), or None

    def with_site(self, profile: Any) -> ModelBundle:
        """This bundle deciding at a site profile's operating point (None: the bundle's own)."""
        from dataclasses import replace

        return replace(self, site=profile)

    @property
    def site_profile(self) -> str:
        """The identity of the site profile in force ("" at the bundle's own operating point)."""
        return self.site.digest if self.site is not None else ""

    def operating_figures(self) -> OperatingFigures | None:
        """Sensitivity and specificity of the operating point in force, measured on images it was not chosen on
        (engine.decision.operating_point.OperatingFigures), for PPV / NPV; None where the bundle records none.

        With a site profile in force: its out-of-sample (bootstrap out-of-bag) figures.  Otherwise: the figures
        the export recorded on the official test split at the bundle's threshold (``metrics``; reported, never
        used to choose anything), not the validation figures the threshold was chosen on.
        """
        from engine.decision.operating_point import figures_from_metrics

        if self.site is not None:
            return self.site.figures()
        m = self.meta.get("metrics") or {}
        test = self.meta["data"].get("test") or {}
        cm = (m.get("confusion_matrix") or {}).get("rows_true_cols_pred")
        try:
            n_pos = int(test.get("PNEUMONIA") or (sum(cm[1]) if cm else 0))
            n_neg = int(test.get("NORMAL") or (sum(cm[0]) if cm else 0))
        except (TypeError, ValueError, IndexError):
            return None
        return figures_from_metrics(m, n_pos, n_neg, f"the official test split ({n_pos + n_neg} images from a later "
                                    "period than the training images; measured once, never tuned on)")

    @property
    def name(self) -> str:
        return str(self.meta["name"])

    @property
    def version(self) -> str:
        return str(self.meta["version"])

    @property
    def architecture(self) -> str:
        return str(self.meta["architecture"])

    @property
    def class_names(self) -> tuple[str, ...]:
        return tuple(self.meta["class_names"])

    @property
    def threshold(self) -> float:
        if self.site is not None:
            return self.site.threshold
        return float(self.meta["decision"]["threshold"])

    @property
    def temperature(self) -> float:
        return float(self.meta["decision"].get("temperature", 1.0))

    @property
    def preprocess_spec(self) -> PreprocessSpec:
        return PreprocessSpec.from_meta(self.meta["input"])

    @property
    def weights_path(self) -> Path:
        return self.path / str(self.meta["weights"]["file"])

    @property
    def has_weights(self) -> bool:
        """False in the torch-free CPU build, whose bundle carries only the ONNX graph."""
        return self.weights_path.is_file()

    @property
    def weights_sha256(self) -> str:
        return str(self.meta["weights"]["sha256"])

    @property
    def onnx_path(self) -> Path | None:
        """The fp32 graph; None where the bundle has none or this installation left it out (FP32_GRAPH_OMITTED)."""
        onnx = self.meta.get("onnx")
        if not onnx:
            return None
        f = self.path / str(onnx["file"])
        return None if _fp32_graph_omitted(self.path, self.meta) and not f.exists() else f

    @property
    def ood_path(self) -> Path | None:
        ood = self.meta.get("ood")
        return self.path / str(ood["file"]) if ood else None

    def ood_model(self, precision: str = "fp32") -> FeatureEnsemble | None:
        """The out-of-distribution model (engine.checks.ood.FeatureEnsemble), or None if the bundle has none.

        The int8 graph's features differ slightly from fp32's: its cut-off is the one refitted on them.
        """
        if self.ood_path is None:
            return None
        from engine.checks.ood import FeatureEnsemble

        cutoff = float(self.meta["ood"]["cutoff"])
        if precision == "int8" and self.int8_onnx_path is not None:
            cutoff = float(self.meta["quantized"]["ood_cutoff"])
        return FeatureEnsemble.load(self.ood_path, cutoff, self.meta["ood"].get("layers"))

    @property
    def gate_outputs(self) -> tuple[str, ...]:
        """The graph outputs the input checks read (``pooled`` always; ``pooled_mid`` for the feature ensemble)."""
        names = ["pooled"]
        for la in (self.meta.get("ood") or {}).get("layers") or []:
            names.append(str(la["output"]))
        names += [str(v) for v in (self.meta.get("scope") or {}).get("inputs", [])]
        return tuple(dict.fromkeys(names))

    def scope_model(self, precision: str = "fp32") -> ScopeModel | None:
        """The adult-appearance check (engine.checks.scope.ScopeModel), or None if the bundle has none."""
        sc = self.meta.get("scope")
        if not sc:
            return None
        from engine.checks.scope import ScopeModel

        cutoff = sc["adult"]["cutoff_int8"] if precision == "int8" and "cutoff_int8" in sc["adult"] else \
            sc["adult"]["cutoff"]
        return ScopeModel.load(self.path / str(sc["file"]), float(cutoff), tuple(sc.get("inputs", ["pooled"])))

    @property
    def int8_onnx_path(self) -> Path | None:
        """The int8 graph, where the bundle has one and this installation carries it."""
        q = self.meta.get("quantized")
        if not q:
            return None
        f = self.path / str(q["file"])
        return f if f.is_file() else None

    @property
    def int8_default(self) -> bool:
        """True where the int8 graph passed its acceptance check on validation: the CPU then uses it unless told otherwise."""
        q = self.meta.get("quantized")
        return bool(q and q["gate"]["passed"] and self.int8_onnx_path is not None)

    @property
    def population(self) -> Mapping[str, Any]:
        return self.meta.get("population", {})

    def label_for(self, probability: float) -> str:
        return self.class_names[1] if probability >= self.threshold else self.class_names[0]

    @property
    def heatmap_scale(self) -> float | None:
        """The raw map value shown at full colour on every image (fitted on validation); None: per-image."""
        hm = self.meta.get("heatmap")
        return float(hm["scale"]) if hm else None

    @property
    def heatmap_method(self) -> str:
        """How the bundle's map is made: ``"occlusion"`` (an occlusion sweep through the graph, computed only for
        images that are shown, exported or reported: engine.runners.saliency) or ``"gradcam"`` (the graph's own
        last-block Grad-CAM output, made with every forward pass; bundles before issue 31)."""
        hm = self.meta.get("heatmap")
        return str(hm.get("method", "gradcam")) if hm else "gradcam"

    @property
    def heatmap_grid(self) -> int:
        """Cells per side of an occlusion map (``heatmap.grid``); 0 for Grad-CAM (the graph's own grid)."""
        hm = self.meta.get("heatmap")
        return int(hm.get("grid", 0)) if hm and self.heatmap_method == "occlusion" else 0

    @property
    def heatmap_refine(self) -> int:
        """Coarse cells an occlusion map sweeps again at full resolution (``heatmap.refine``); 0: a full sweep."""
        hm = self.meta.get("heatmap")
        return int(hm.get("refine", 0)) if hm and self.heatmap_method == "occlusion" else 0

    @property
    def band(self) -> tuple[float, float] | None:
        """The indeterminate band ``[low, high)`` on P(pneumonia), fitted on validation; None if the bundle has none."""
        if self.site is not None:
            return self.site.band
        band = self.meta["decision"].get("band")
        return (float(band["low"]), float(band["high"])) if band else None

    def probability(self, logit: float) -> float:
        """Calibrated P(pneumonia) of a raw logit: ``sigmoid(logit / temperature)``, or the site profile's
        recalibration of those log-odds when one is in force."""
        if self.site is not None:
            return self.site.probability(float(logit) / self.temperature)
        return float(sigmoid(float(logit) / self.temperature))

    def decide(self, probability: float) -> tuple[str, str]:
        """``(label, band)``: the label follows the threshold; the band is ``"normal"``,
        ``"indeterminate"`` (inside the validation-fitted band: read carefully) or ``"pneumonia"``."""
        label = self.label_for(probability)
        band = self.band
        if band is not None and band[0] <= probability < band[1]:
            return label, BAND_INDETERMINATE
        return label, BAND_PNEUMONIA if label == self.class_names[1] else BAND_NORMAL

    def summary(self) -> str:
        return f"{self.name} {self.version} (bundle {self.digest[:12]})"


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def thaw(value: Any) -> Any:
    """A plain, JSON-serialisable copy of (part of) a bundle's metadata."""
    if isinstance(value, Mapping):
        return {k: thaw(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [thaw(v) for v in value]
    return value


def validate_meta(meta: Mapping[str, Any], where: str = "bundle.json") -> None:
    """Raise :class:`BundleError` unless ``meta`` follows the schema."""
    missing = [k for k in REQUIRED if k not in meta]
    if missing:
        raise errors.BundleError(f"{where} is incomplete: missing {', '.join(missing)}. Reinstall the model.")
    for key, typ in REQUIRED.items():
        if not isinstance(meta[key], typ):
            raise errors.BundleError(f"{where}: '{key}' has the wrong type ({type(meta[key]).__name__}).")
    if meta["schema_version"] != SCHEMA_VERSION:
        raise errors.BundleError(
            f"{where} has schema version {meta['schema_version']}; this Pneumoscan reads version {SCHEMA_VERSION}. "
            "Install a model made for this version of Pneumoscan."
        )
    if meta["architecture"] not in SUPPORTED_ARCHITECTURES:
        raise errors.BundleError(f"{where}: unsupported architecture {meta['architecture']!r}.")
    if len(meta["class_names"]) != 2:
        raise errors.BundleError(f"{where}: expected two class names (negative, positive).")
    try:
        PreprocessSpec.from_meta(meta["input"])
        thr = float(meta["decision"]["threshold"])
        temp = float(meta["decision"].get("temperature", 1.0))
        meta["weights"]["file"], meta["weights"]["sha256"]
    except (KeyError, TypeError, ValueError) as exc:
        raise errors.BundleError(f"{where}: invalid input/decision/weights section ({exc}).") from None
    if not 0.0 < thr < 1.0 or not temp > 0.0:
        raise errors.BundleError(f"{where}: threshold must be in (0, 1) and temperature > 0.")
    band = meta["decision"].get("band")
    if band is not None:
        try:
            low, high = float(band["low"]), float(band["high"])
        except (KeyError, TypeError, ValueError) as exc:
            raise errors.BundleError(f"{where}: invalid decision band ({exc}).") from None
        if not 0.0 <= low <= thr <= high <= 1.0:
            raise errors.BundleError(f"{where}: the decision band must satisfy 0 <= low <= threshold <= high <= 1.")
    unknown = sorted(set(meta) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise errors.BundleError(f"{where}: unknown top-level keys {unknown}; this Pneumoscan does not know what they "
                                 "would change. Install a model made for this version.")
    unknown = sorted(set(meta["decision"]) - set(DECISION_KEYS))
    if unknown:
        raise errors.BundleError(f"{where}: unknown keys in the decision block: {unknown}.")
    for key in ("threshold", "temperature"):
        v = meta["decision"].get(key, 1.0)
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v):
            raise errors.BundleError(f"{where}: decision.{key} must be a finite number, not {v!r}.")
    _validate_population(meta.get("population"), where)
    hm = meta.get("heatmap")
    if hm is not None:
        scale = hm.get("scale") if isinstance(hm, Mapping) else None
        if not _finite(scale) or scale <= 0:
            raise errors.BundleError(f"{where}: heatmap.scale must be a finite positive number.")
        method = hm.get("method", "gradcam")
        if method not in HEATMAP_METHODS:
            raise errors.BundleError(f"{where}: heatmap.method must be one of {HEATMAP_METHODS}, not {method!r}.")
        if method == "occlusion":
            size = min(int(v) for v in meta["input"]["size"])
            grid, refine = hm.get("grid"), hm.get("refine", 0)
            if (not isinstance(grid, int) or isinstance(grid, bool) or not 2 <= grid <= size
                    or not isinstance(refine, int) or isinstance(refine, bool) or not 0 <= refine <= (grid // 2) ** 2
                    or (refine and grid % 2)):
                raise errors.BundleError(f"{where}: heatmap.grid must be a whole number of cells from 2 to the input "
                                         "size and heatmap.refine a number of coarse cells (an even grid).")
    _validate_ood(meta.get("ood"), where)
    _validate_quantized(meta.get("quantized"), where)
    _validate_tta(meta.get("test_time_augmentation"), where)
    sc = meta.get("scope")
    if sc is not None:
        adult = sc.get("adult") if isinstance(sc, Mapping) else None
        if (not isinstance(adult, Mapping) or not isinstance(sc.get("file"), str)
                or not isinstance(sc.get("sha256"), str) or not _finite(adult.get("cutoff"))
                or ("cutoff_int8" in adult and not _finite(adult["cutoff_int8"]))):
            raise errors.BundleError(f"{where}: the scope block needs a file, its sha256 and finite adult cut-offs "
                                     "(cutoff, and cutoff_int8 where present).")
        inputs = sc.get("inputs", ["pooled"])
        if not (isinstance(inputs, list) and inputs and all(v in GATE_OUTPUTS for v in inputs)):
            raise errors.BundleError(f"{where}: scope.inputs must list graph outputs among {GATE_OUTPUTS}.")


def _validate_tta(block: Any, where: str) -> None:
    """Test-time augmentation changes every logit: a short list of tone-curve exponents in a sane range, or none."""
    if block is None:
        return
    gammas = block.get("gammas") if isinstance(block, Mapping) else None
    lo, hi = TTA_GAMMA_RANGE
    if (not isinstance(gammas, (list, tuple)) or not 1 <= len(gammas) <= TTA_MAX_CURVES
            or not all(_finite(g) and lo <= g <= hi for g in gammas) or len(set(gammas)) != len(gammas)):
        raise errors.BundleError(f"{where}: test_time_augmentation.gammas must list 1-{TTA_MAX_CURVES} different "
                                 f"tone-curve exponents between {lo:g} and {hi:g}.")


def _number_pair(value: Any) -> tuple[float, float] | None:
    if (isinstance(value, (list, tuple)) and len(value) == 2
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value)
            and value[0] <= value[1]):
        return float(value[0]), float(value[1])
    return None


def _validate_population(pop: Any, where: str) -> None:
    """The population the input gate checks against: present, typed, and inside what was trained."""
    if not isinstance(pop, Mapping):
        raise errors.BundleError(f"{where}: the population block (ages, modalities, body parts, views the input "
                                 "check allows) is missing.")
    unknown = sorted(set(pop) - set(POPULATION_KEYS))
    if unknown:
        raise errors.BundleError(f"{where}: unknown keys in the population block: {unknown}.")
    ages, trained = _number_pair(pop.get("age_years")), _number_pair(pop.get("trained_age_years", pop.get("age_years")))
    if ages is None or trained is None or ages[0] < 0 or ages[1] > 130:
        raise errors.BundleError(f"{where}: population.age_years must be [low, high] in years.")
    if ages[0] < trained[0] or ages[1] > trained[1]:
        raise errors.BundleError(
            f"{where}: the allowed ages {ages[0]:g}-{ages[1]:g} are wider than the trained ages {trained[0]:g}-"
            f"{trained[1]:g}. Widening the population is a run-time choice (relax the age check), never a bundle edit.")
    for key in ("modalities", "body_parts", "views"):
        v = pop.get(key)
        if not isinstance(v, (list, tuple)) or not v or not all(isinstance(x, str) and x.strip() for x in v):
            raise errors.BundleError(f"{where}: population.{key} must be a non-empty list of names.")


_finite = is_finite  # engine.files.strict: the one test of a finite number


def _validate_ood(ood: Any, where: str) -> None:
    """The out-of-distribution statistics cannot be removed or loosened into uselessness."""
    if not isinstance(ood, Mapping):
        raise errors.BundleError(f"{where}: the out-of-distribution statistics (the image check) are missing. A "
                                 "bundle without them cannot be used.")
    cutoff = ood.get("cutoff")
    if (not _finite(cutoff) or cutoff <= 0 or not isinstance(ood.get("file"), str)
            or not isinstance(ood.get("sha256"), str)):
        raise errors.BundleError(f"{where}: the out-of-distribution block needs a file, its sha256 and a finite, "
                                 "positive cut-off.")
    layers = ood.get("layers")
    if layers is not None and not (
            isinstance(layers, list) and layers
            and all(isinstance(la, Mapping) and la.get("output") in GATE_OUTPUTS and _finite(la.get("centre"))
                    and _finite(la.get("spread")) and la["spread"] > 0 for la in layers)
            and len({la["output"] for la in layers}) == len(layers)):
        raise errors.BundleError(f"{where}: ood.layers must list distinct graph outputs among {GATE_OUTPUTS}, each "
                                 "with a finite centre and a positive spread.")


def _validate_quantized(q: Any, where: str) -> None:
    if q is None:
        return
    ok = (isinstance(q, Mapping) and isinstance(q.get("file"), str) and isinstance(q.get("sha256"), str)
          and isinstance(q.get("gate"), Mapping) and isinstance(q["gate"].get("passed"), bool))
    cutoff = q.get("ood_cutoff") if isinstance(q, Mapping) else None
    if not ok or not _finite(cutoff) or cutoff <= 0:
        raise errors.BundleError(f"{where}: the int8 block needs a file, its sha256, gate.passed (true/false) and a "
                                 "finite, positive ood_cutoff.")


def load_bundle(path: str | os.PathLike[str], verify: bool = True) -> ModelBundle:
    """Load and validate a model bundle folder.

    Parameters
    ----------
    path
        The bundle folder (holding ``bundle.json``).
    verify
        Check the sha256 of every file against ``bundle.json`` (default).

    Raises
    ------
    engine.errors.ModelNotInstalledError
        The folder or its ``bundle.json`` does not exist.
    engine.errors.BundleError
        Incomplete, of another schema, or a file's hash does not match.
    """
    folder = Path(path)
    meta_path = folder / BUNDLE_JSON
    if not meta_path.is_file():
        raise errors.ModelNotInstalledError(
            f"No model is installed at {folder} (no {BUNDLE_JSON}). Pass --model with a model bundle folder, "
            "or train one with pneumoscan-train (see README)."
        )
    try:
        size = meta_path.stat().st_size
        if size > MAX_META_BYTES:
            raise errors.BundleError(f"{meta_path} is {size / 2**20:.1f} MB; a bundle's metadata is a few kB. "
                                     "It is damaged or not a Pneumoscan bundle.")
        meta = strict.loads(meta_path.read_text(encoding="utf-8"), max_depth=MAX_META_DEPTH)
    except errors.BundleError:
        raise
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise errors.BundleError(f"{meta_path} is not readable JSON ({type(exc).__name__}: {str(exc)[:200]}). "
                                 "Reinstall the model.") from None
    if not isinstance(meta, dict):
        raise errors.BundleError(f"{meta_path} does not hold a JSON object.")
    validate_meta(meta, str(meta_path))
    _check_files(folder, meta, verify)
    return ModelBundle(path=folder, meta=_freeze(meta), digest=bundle_digest(meta))


def _fp32_graph_omitted(folder: Path, meta: Mapping[str, Any]) -> bool:
    q = meta.get("quantized")
    return bool((folder / FP32_GRAPH_OMITTED_MARKER).is_file() and (folder / WEIGHTS_OMITTED_MARKER).is_file()
                and q and q["gate"]["passed"])


def _check_files(folder: Path, meta: Mapping[str, Any], verify: bool) -> None:
    weights_omitted = (folder / WEIGHTS_OMITTED_MARKER).is_file() and bool(meta.get("onnx"))
    fp32_omitted = _fp32_graph_omitted(folder, meta)
    files = [] if weights_omitted else [(meta["weights"]["file"], meta["weights"]["sha256"])]
    for optional in ("onnx", "ood", "quantized", "scope"):
        if meta.get(optional):
            files.append((meta[optional]["file"], meta[optional]["sha256"]))
    for name, digest in files:
        f = folder / name
        if Path(name).name != name:
            raise errors.BundleError(f"{folder / BUNDLE_JSON}: file names must not contain folders ({name!r}).")
        if not f.exists() and ((name == meta.get("quantized", {}).get("file") and not fp32_omitted)
                               or (name == meta.get("onnx", {}).get("file") and fp32_omitted)):
            continue  # an installation may leave out the graph it does not run (never change one)
        if not f.is_file():
            raise errors.BundleError(f"The model bundle {folder} is incomplete: {name} is missing. Reinstall the model.")
        if verify and sha256_file(f) != digest:
            raise errors.BundleError(
                f"The model file {f} does not match its recorded checksum: it was modified or damaged. "
                "Reinstall the model; do not use this one."
            )


def verify_files(bundle: ModelBundle) -> ModelBundle:
    """Check the sha256 of every file of a bundle loaded with ``verify=False`` (slow: ~130 MB are hashed,
    so the app does it off the GUI thread).  Returns the bundle; raises :class:`BundleError` on a mismatch."""
    _check_files(bundle.path, bundle.meta, verify=True)
    return bundle


def load_state_dict(bundle: ModelBundle) -> dict[str, Any]:
    """The bundle's tensors as float32 torch tensors (safetensors: no pickle)."""
    from safetensors.torch import load_file

    tensors = load_file(str(bundle.weights_path))
    return {k: (v.float() if v.is_floating_point() else v) for k, v in tensors.items()}
