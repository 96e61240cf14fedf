"""int8 for the CPU: static ONNX Runtime quantisation of a bundle's graph, and the acceptance rule that lets it be the default.

* Calibration on training images only (never validation or test), preprocessed
  by the engine's one preprocessing function.
* Per-channel int8 weights, uint8 activations; convolutions only: quantising
  the head and Grad-CAM's gradient path fails inside ONNX Runtime's bias-scale
  adjustment (IndexError, ``../shared/STACK_NOTES.md``) and would gain nothing
  (the convolutions are > 99 % of the FLOPs).
* Both formats are written and timed: QDQ (QuantizeLinear/DequantizeLinear
  pairs that ONNX Runtime fuses into integer kernels) and QOperator
  (QLinearConv).  The faster of those that pass the acceptance rule ships.
* The acceptance rule (:func:`acceptance`): the int8 graph is the CPU default
  only if its validation ROC-AUC is within 0.002 of fp32 and its labels agree
  with fp32 on at least 99 % of the validation images.  The bundle records the
  outcome under ``quantized.gate`` (the key is part of the bundle format, so it
  keeps its name; ``docs/bundle.md``).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

INT8_FILE = "model_int8.onnx"
MAX_AUC_DROP = 0.002
MIN_AGREEMENT = 0.99


def fp32_initializers(model: Any) -> Any:
    """Undo the float16 storage of ``training.onnx_export`` (initializer + Cast): the quantiser must see the
    convolution weights as initializers to quantise them."""
    from onnx import TensorProto, numpy_helper

    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    keep_nodes, replaced = [], {}
    for node in graph.node:
        src = inits.get(node.input[0]) if node.op_type == "Cast" and node.input else None
        if src is not None and src.data_type == TensorProto.FLOAT16:
            replaced[src.name] = numpy_helper.from_array(numpy_helper.to_array(src).astype(np.float32), node.output[0])
        else:
            keep_nodes.append(node)
    new_inits = [replaced.get(i.name, i) for i in graph.initializer]
    del graph.initializer[:]
    graph.initializer.extend(new_inits)
    del graph.node[:]
    graph.node.extend(keep_nodes)
    return model


class _Reader:
    """ONNX Runtime's CalibrationDataReader protocol over preprocessed tensors, in small batches."""

    def __init__(self, tensors: np.ndarray, batch: int = 8) -> None:
        self._batches = iter([{"image": tensors[i:i + batch]} for i in range(0, len(tensors), batch)])

    def get_next(self) -> dict[str, np.ndarray] | None:
        return next(self._batches, None)


#: Convolutions left in float32: the last dense block (4 x 4 maps at 128 px, ~2 % of the FLOPs).  Its output is
#: the pooled feature vector the out-of-distribution and adult checks read: quantised, it moved the validation
#: images' out-of-distribution distances by +4.4 on average (+1.4 with it in float32), at no measurable speed.
KEEP_FLOAT = "denseblock4"


def _float_conv_weights_as_fp16(model: Any) -> None:
    """Store the weights of the convolutions left in float32 as float16 + Cast, like model.onnx does (here
    without the exactness condition: pre-processing folded batch norms into them).  59 -> 40 MB for the shipped
    model; the acceptance check measures the graph exactly as stored.  Quantisation scales and the like stay float32."""
    from training.onnx_export import _store_initializers_as_fp16

    weights = {n.input[1] for n in model.graph.node if n.op_type == "Conv" and len(n.input) > 1}
    _store_initializers_as_fp16(model, lambda init, values: init.name in weights and values.ndim == 4)


def quantize(fp32_onnx: Path, out: Path, calibration: np.ndarray, fmt: str = "QDQ") -> dict[str, Any]:
    """Write the int8 graph of ``fp32_onnx`` to ``out`` (``fmt``: QDQ or QOperator)."""
    import onnx
    from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static

    reader = _Reader(calibration)
    CalibrationDataReader.register(_Reader)  # an ABC: the quantiser checks isinstance
    from onnxruntime.quantization.shape_inference import quant_pre_process

    with tempfile.TemporaryDirectory() as tmp:
        raw, src = Path(tmp) / "fp32.onnx", Path(tmp) / "fp32_pre.onnx"
        onnx.save(fp32_initializers(onnx.load(str(fp32_onnx))), str(raw))
        t0 = time.perf_counter()
        # ONNX Runtime's recommended pre-processing: shape inference and graph optimisation, which folds the
        # batch norm that follows each bottleneck 1x1 convolution into it, so fewer float32 operations sit
        # between the integer convolutions (measured: 146 img/s against 130 without, fp32 83)
        quant_pre_process(str(raw), str(src))
        keep = [n.name for n in onnx.load(str(src)).graph.node if n.op_type == "Conv" and KEEP_FLOAT in n.name]
        quantize_static(str(src), str(out), reader,  # type: ignore[arg-type]
                        quant_format=QuantFormat.QDQ if fmt == "QDQ" else QuantFormat.QOperator,
                        per_channel=True, weight_type=QuantType.QInt8, activation_type=QuantType.QUInt8,
                        op_types_to_quantize=["Conv"], nodes_to_exclude=keep)
    model = onnx.load(str(out))
    _float_conv_weights_as_fp16(model)
    onnx.save(model, str(out))
    return {"format": fmt, "preprocessing": "onnxruntime.quantization quant_pre_process (shape inference, graph "
            "optimisation)", "weights": "int8, per output channel", "activations": "uint8, per tensor",
            "quantised_ops": ["Conv"], "float_convolutions": f"{len(keep)} ({KEEP_FLOAT}: its output is what the "
            "input checks read)", "calibration": f"MinMax over {len(calibration)} training images",
            "seconds_to_quantise": round(time.perf_counter() - t0, 1)}


def cam_correlation(a: np.ndarray, b: np.ndarray) -> float:
    """Mean per-image Pearson correlation of two sets of Grad-CAM maps (flat maps count as 1 if both are flat)."""
    x, y = a.reshape(len(a), -1), b.reshape(len(b), -1)
    x, y = x - x.mean(1, keepdims=True), y - y.mean(1, keepdims=True)
    den = np.sqrt((x * x).sum(1) * (y * y).sum(1))
    r = np.where(den > 0, (x * y).sum(1) / np.where(den > 0, den, 1), 1.0)
    return float(r.mean())


def images_per_second(onnx_path: Path, shape: Sequence[int], batch: int = 8, seconds: float = 4.0) -> float:
    """logit + Grad-CAM + pooled, as the engine runs it."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    sess = ort.InferenceSession(str(onnx_path), sess_options=opts, providers=["CPUExecutionProvider"])
    x = np.random.default_rng(0).normal(size=(batch, *shape)).astype(np.float32)
    sess.run(None, {"image": x})
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        sess.run(None, {"image": x})
        n += batch
    return n / (time.perf_counter() - t0)


def acceptance(labels: np.ndarray, p_fp32: np.ndarray, p_int8: np.ndarray, threshold: float,
               band: tuple[float, float] | None) -> dict[str, Any]:
    """Whether the int8 graph may be the CPU default (AUC drop and label agreement against fp32 on validation),
    with the numbers it was decided on."""
    from sklearn.metrics import roc_auc_score

    auc32, auc8 = float(roc_auc_score(labels, p_fp32)), float(roc_auc_score(labels, p_int8))
    agree = float(np.mean((p_fp32 >= threshold) == (p_int8 >= threshold)))
    out: dict[str, Any] = {"auc_fp32": auc32, "auc_int8": auc8, "label_agreement": agree,
                           "rule": f"int8 is the CPU default if its ROC-AUC is within {MAX_AUC_DROP} of fp32 and "
                                   f"its labels agree with fp32 on >= {MIN_AGREEMENT:.0%} of the images",
                           "n": int(len(labels))}
    if band is not None:
        def three(p: np.ndarray) -> np.ndarray:
            return np.where(p >= band[1], 2, np.where(p >= band[0], 1, 0))

        out["result_agreement_with_band"] = float(np.mean(three(p_fp32) == three(p_int8)))
    out["passed"] = bool(auc32 - auc8 <= MAX_AUC_DROP and agree >= MIN_AGREEMENT)
    return out


def calibration_samples(train: Sequence[Any], n: int, seed: int = 0) -> list[Any]:
    """``n`` training images, both classes in their training proportion, drawn with a fixed seed."""
    rng = np.random.default_rng(seed)
    idx = rng.choice(len(train), size=min(n, len(train)), replace=False)
    return [train[i] for i in sorted(idx)]


def _probabilities(bundle: Any, logits: np.ndarray) -> np.ndarray:
    return np.array([bundle.probability(v) for v in logits])


def add_int8(bundle_dir: Path, calib: Sequence[Any], val: Sequence[Any], test: Sequence[Any] | None = None,
             formats: Sequence[str] = ("QDQ", "QOperator")) -> Any:
    """Quantise a bundle's graph, check it for acceptance on ``val``, compact its out-of-distribution statistics, and write both
    into the bundle (``training.bundle_writer.update_bundle``).  ``test``, if given, is reported, never used."""
    from engine.bundle.model_bundle import load_bundle
    from engine.checks.ood import OOD_FILE, FeatureEnsemble, Layer
    from training.bundle_writer import update_bundle
    from training.fit_checks import joint_cutoffs
    from training.graphs import preprocess_files, run_graph
    from training.ood_fit import DEFAULT_RANK, choose_cutoff, compact

    bundle = load_bundle(bundle_dir)
    spec = bundle.preprocess_spec
    shape = (spec.channels, spec.height, spec.width)
    x_cal = preprocess_files([s.path for s in calib], spec)
    x_val = preprocess_files([s.path for s in val], spec)
    y_val = np.array([s.label for s in val])
    outputs = bundle.gate_outputs
    lg32, f32, cam32 = run_graph(bundle.onnx_path, x_val, features=outputs)  # type: ignore[arg-type]
    p32 = _probabilities(bundle, lg32)
    updates: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        # a one-Gaussian bundle stored in full: its compact form, cut-off refitted on the fp32 features (the
        # feature ensemble of training.fit_checks is written compact already)
        ood = bundle.ood_model()
        if ood is None:
            raise ValueError(f"{bundle_dir}: the bundle has no out-of-distribution check (run training.fit_checks first)")
        ood_info = dict(bundle.meta["ood"])
        single = ood.layers[0].model if len(ood.layers) == 1 and not ood_info.get("layers") else None
        if single is not None and single.form == "full":
            full_pass = ood.score(f32) <= ood.cutoff
            small = compact(single, DEFAULT_RANK)
            ood = FeatureEnsemble((Layer("pooled", small, 0.0, 1.0),), ood.cutoff)
            ood = ood.with_cutoff(choose_cutoff(ood.score(f32), float(ood_info.get("target_validation_pass_rate", 0.99))))
            small.with_cutoff(ood.cutoff).save(Path(tmp) / OOD_FILE)
            passed = ood.score(f32) <= ood.cutoff
            ood_info.update(
                method=ood_info["method"] + f", stored as its {DEFAULT_RANK} leading eigen-directions plus one variance "
                "for the rest (probabilistic PCA)", form="lowrank", rank=DEFAULT_RANK, cutoff=ood.cutoff,
                validation_pass_rate=float(passed.mean()),
                validation_decisions_changed_vs_full=float(np.mean(passed != full_pass)),
                cutoff_full_form=float(bundle.meta["ood"]["cutoff"]))
            updates["ood"] = ood_info
        sm = bundle.scope_model()
        rate = float(ood_info.get("target_validation_pass_rate", 0.99))

        def int8_cutoffs(f8: dict[str, np.ndarray]) -> list[float]:
            """The fp32 cut-off rule, on the int8 graph's validation features: jointly where the bundle's checks
            were fitted together (training.fit_checks), one check at a time where they were not."""
            scores = [ood.score(f8)] + ([sm.score(f8)] if sm is not None else [])
            if ood_info.get("cutoff_rule"):
                return joint_cutoffs(scores, rate)[0]
            return [choose_cutoff(v, rate) for v in scores]

        candidates = {}
        for fmt in formats:
            path = Path(tmp) / f"int8_{fmt}.onnx"
            info = quantize(bundle.onnx_path, path, x_cal, fmt)  # type: ignore[arg-type]
            lg8, f8, cam8 = run_graph(path, x_val, features=outputs)
            p8 = _probabilities(bundle, lg8)
            info["gate"] = acceptance(y_val, p32, p8, bundle.threshold, bundle.band)
            info["gate"]["cam_correlation"] = cam_correlation(cam32, cam8)
            info["images_per_s"] = {"int8": images_per_second(path, shape),
                                    "fp32": images_per_second(bundle.onnx_path, shape)}  # type: ignore[arg-type]
            cuts8 = int8_cutoffs(f8)
            info["ood_cutoff"] = cuts8[0]
            info["size_bytes"] = path.stat().st_size
            candidates[fmt] = (path, info, f8, cuts8)
            print(f"int8 {fmt}: {info['gate']}, {info['images_per_s']}", flush=True)
        passing = [f for f in candidates if candidates[f][1]["gate"]["passed"]] or list(candidates)
        best = max(passing, key=lambda f: candidates[f][1]["images_per_s"]["int8"])
        path, info, f8, cuts8 = candidates[best]
        q = {"file": INT8_FILE, **info,
             "chosen": f"{best}: the faster of the formats that passed the acceptance check" if info["gate"]["passed"] else
                       f"{best}: no format passed the acceptance check, so the CPU default stays fp32 (--precision int8 runs it)",
             "formats_tried": {f: {k: v for k, v in candidates[f][1].items() if k in ("gate", "images_per_s", "size_bytes")}
                               for f in candidates},
             "ood_cutoff_rule": "the out-of-distribution cut-off refitted on the int8 graph's features of the "
                                "validation images, same rule"}
        if test:
            x_test = preprocess_files([s.path for s in test], spec)
            y_test = np.array([s.label for s in test])
            t32, _, _ = run_graph(bundle.onnx_path, x_test)  # type: ignore[arg-type]
            t8, _, _ = run_graph(path, x_test)
            q["test_report_only"] = acceptance(y_test, _probabilities(bundle, t32), _probabilities(bundle, t8),
                                         bundle.threshold, bundle.band)
            q["test_report_only"].pop("passed")
        updates["quantized"] = q
        passes32 = ood.score(f32) <= ood.cutoff
        passes8 = ood.score(f8) <= info["ood_cutoff"]
        if sm is not None:  # the adult check's cut-off for int8 features, by the same rule
            scope = dict(bundle.meta["scope"])
            adult = dict(scope["adult"])
            adult["cutoff_int8"] = cuts8[1]
            updates["scope"] = {**scope, "adult": adult}
            passes32 &= sm.score(f32) < sm.cutoff
            passes8 &= sm.score(f8) < adult["cutoff_int8"]
        # recorded, not part of the rule: how often the input checks decide alike on validation images
        q["input_check_agreement_val"] = float(np.mean(passes32 == passes8))
        files = {INT8_FILE: path, **({OOD_FILE: Path(tmp) / OOD_FILE} if (Path(tmp) / OOD_FILE).exists() else {})}
        out = update_bundle(bundle_dir, files, updates)
    if (out.path / "MODEL_CARD.md").is_file():
        from training.model_card import write_model_card

        write_model_card(out.path, out.meta)
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    from engine.bundle.model_bundle import load_bundle
    from training.data import bundle_validation_samples, find_splits, read_split

    ap = argparse.ArgumentParser(description="Add the int8 CPU graph (and the compact out-of-distribution statistics) "
                                             "to a model bundle, checked for acceptance on its validation images.")
    ap.add_argument("bundle")
    ap.add_argument("--data", required=True, help="the dataset root the bundle was trained on (train/, test/)")
    ap.add_argument("--calibration-images", type=int, default=128)
    ap.add_argument("--no-test", action="store_true", help="do not report the test split")
    args = ap.parse_args(argv)
    bundle = load_bundle(args.bundle)
    splits = find_splits(args.data)
    val = bundle_validation_samples(bundle.meta, args.data)
    held = {s.path for s in val}
    train = [s for s in read_split(splits["train"]) if s.path not in held]
    test = None if args.no_test or "test" not in splits else read_split(splits["test"])
    out = add_int8(Path(args.bundle), calibration_samples(train, args.calibration_images), val, test)
    q = out.meta["quantized"]
    print(f"{out.summary()}: int8 {q['format']} gate {'PASSED' if q['gate']['passed'] else 'FAILED'} "
          f"(AUC {q['gate']['auc_int8']:.4f} vs {q['gate']['auc_fp32']:.4f}, agreement {q['gate']['label_agreement']:.2%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
