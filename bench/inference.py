#!/usr/bin/env python3
"""Inference benchmark: everything measured in one run, on one machine, printed as ratios.

    .venv/bin/python bench/inference.py [--model DIR] [--data DIR] [--n 64] [--batch-size 8]

(a) naive baseline: torchvision DenseNet-161 eager fp32, one image at a time,
    PIL load + torchvision transforms;
(b) the model alone in the engine's chosen configuration (ONNX Runtime on a
    CPU, torch fp16 + channels_last on CUDA), batches of preprocessed tensors,
    logit + Grad-CAM in one pass; also the same graph without the Grad-CAM
    output, for the heatmap overhead;
(c) ``Classifier.predict_many`` end to end from files, with heatmaps;
plus the machine's fp32 matmul rate, the FLOPs per image, and peak memory of
``predict_many`` over 50 and 1,000 files (each in a fresh process).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def matmul_gflops(seconds: float = 2.0) -> dict[str, float]:
    """fp32 GEMM rate (n = 2048) of torch, numpy and ONNX Runtime's own MatMul; the best is the floor's rate."""
    import onnxruntime as ort
    import torch
    from onnx import TensorProto, helper

    n = 2048
    a = np.random.default_rng(0).normal(size=(n, n)).astype(np.float32)
    b = np.random.default_rng(1).normal(size=(n, n)).astype(np.float32)
    graph = helper.make_graph([helper.make_node("MatMul", ["a", "b"], ["c"])], "mm",
                              [helper.make_tensor_value_info("a", TensorProto.FLOAT, [n, n]),
                               helper.make_tensor_value_info("b", TensorProto.FLOAT, [n, n])],
                              [helper.make_tensor_value_info("c", TensorProto.FLOAT, [n, n])])
    sess = ort.InferenceSession(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString(),
                                providers=["CPUExecutionProvider"])
    ta, tb = torch.from_numpy(a), torch.from_numpy(b)
    fns = {"torch": lambda: torch.mm(ta, tb), "numpy": lambda: a @ b,
           "onnxruntime": lambda: sess.run(["c"], {"a": a, "b": b})}
    out = {}
    for name, fn in fns.items():
        fn()
        reps, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < seconds:
            fn()
            reps += 1
        out[name] = 2 * n**3 * reps / (time.perf_counter() - t0) / 1e9
    return out


def flops_per_image(bundle) -> float:
    import torch
    from torch.utils.flop_counter import FlopCounterMode

    from engine.model import build_model

    net = build_model(bundle.meta)
    spec = bundle.preprocess_spec
    x = torch.zeros(1, 3, spec.height, spec.width)
    with FlopCounterMode(display=False) as fc, torch.no_grad():
        net.logits(x)
    return float(fc.get_total_flops())


def timed(fn, n_items: int, min_seconds: float = 4.0) -> float:
    fn()  # warm-up
    items, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < min_seconds:
        fn()
        items += n_items
    return items / (time.perf_counter() - t0)


def naive_baseline(bundle, files: list[Path]) -> float:
    import torch
    import torchvision
    from PIL import Image
    from torchvision import transforms

    spec = bundle.preprocess_spec
    net = torchvision.models.densenet161(weights=None)
    net.classifier = torch.nn.Linear(net.classifier.in_features, 1)
    net.eval()
    tf = transforms.Compose([transforms.Grayscale(3), transforms.Resize((spec.height, spec.width)), transforms.ToTensor(),
                             transforms.Normalize(spec.mean, spec.std)])
    it = iter(range(10**9))

    def one() -> None:
        f = files[next(it) % len(files)]
        x = tf(Image.open(f).convert("L"))[None]
        with torch.no_grad():
            net(x)

    return timed(one, 1)


def model_alone(clf, with_cam: bool, batch: int) -> float:
    spec = clf.spec
    x = np.random.default_rng(0).normal(size=(batch, 3, spec.height, spec.width)).astype(np.float32)
    runner = clf.runner
    if runner.backend == "onnxruntime":
        outputs = ["logit", "cam", "pooled"] if with_cam else ["logit"]
        sess = runner.session if with_cam else _logit_only_session(clf)
        return timed(lambda: sess.run(outputs, {"image": x}), batch)
    import torch

    net = runner.net
    t = torch.from_numpy(x).to(runner.dev).contiguous(memory_format=torch.channels_last)

    def run() -> None:
        with torch.inference_mode(), torch.autocast(runner.dev.type, dtype=torch.float16, enabled=runner.cuda):
            out = net(t) if with_cam else net.logits(t)
        torch.cuda.synchronize() if runner.cuda else None
        _ = out

    return timed(run, batch)


def _logit_only_session(clf):
    """The same weights exported without the Grad-CAM and pooled outputs."""
    import onnx
    import onnxruntime as ort

    model = onnx.load(str(clf.bundle.onnx_path))
    keep = [o for o in model.graph.output if o.name == "logit"]
    del model.graph.output[:]
    model.graph.output.extend(keep)
    opts = ort.SessionOptions()
    return ort.InferenceSession(model.SerializeToString(), sess_options=opts, providers=["CPUExecutionProvider"])


def end_to_end(clf, files: list[Path], n: int) -> float:
    paths = [files[i % len(files)] for i in range(n)]
    list(clf.predict_many(paths[: clf.batch_size]))  # warm-up
    t0 = time.perf_counter()
    out = list(clf.predict_many(paths))
    dt = time.perf_counter() - t0
    assert all(p.status in ("ok", "out_of_scope") for p in out) and all(p.cam is not None for p in out)
    return n / dt


def peak_memory_mb(model: str, files: list[Path], n: int, batch: int, device: str) -> float:
    """Peak RSS of a fresh process running predict_many over n files (results kept, as the app does)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write("\n".join(str(files[i % len(files)]) for i in range(n)))
        listing = fh.name
    code = (
        "import resource, sys; sys.path.insert(0, %r)\n"
        "from engine.inference import Classifier\n"
        "paths = open(%r).read().splitlines()\n"
        "clf = Classifier(%r, device=%r, batch_size=%d)\n"
        "res = list(clf.predict_many(paths))\n"
        "assert all(p.status in ('ok', 'out_of_scope') for p in res)\n"
        "import pathlib\n"
        "hwm = [l for l in pathlib.Path('/proc/self/status').read_text().splitlines() if l.startswith('VmHWM:')]\n"
        "print(int(hwm[0].split()[1]) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    ) % (str(ROOT), listing, model, device, batch)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    os.unlink(listing)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None, help="bundle folder (default: the bundled model)")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "kermany224" / "test"))
    ap.add_argument("--n", type=int, default=64, help="files for the end-to-end run")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--device", default="auto")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--json", help="also write the results here")
    args = ap.parse_args()

    from engine.bundle import load_bundle
    from engine.discover import discover
    from engine.inference import Classifier
    from engine.resources import default_model_dir

    model = args.model or str(default_model_dir())
    bundle = load_bundle(model)
    files = discover([args.data]).images
    if not files:
        sys.exit(f"no images under {args.data}")
    clf = Classifier(bundle, device=args.device, batch_size=args.batch_size)
    spec = bundle.preprocess_spec
    print(f"model {bundle.summary()}, input {spec.height}x{spec.width}; engine runs on {clf.description}")
    print(f"machine: {os.cpu_count()} logical CPUs; python {sys.version.split()[0]}")

    gflop = flops_per_image(bundle) / 1e9
    rates = matmul_gflops()
    rate = max(rates.values())
    floor = rate / gflop
    a = naive_baseline(bundle, files)
    b = model_alone(clf, True, args.batch_size)
    b_nocam = model_alone(clf, False, args.batch_size)
    c = end_to_end(clf, files, args.n)
    res = {"device": clf.description, "input": [spec.height, spec.width], "gflop_per_image": gflop,
           "matmul_gflops": rates, "floor_images_per_s": floor, "a_naive": a, "b_model": b, "b_model_no_cam": b_nocam,
           "c_end_to_end": c}
    print()
    print("fp32 matmul (2048): " + ", ".join(f"{k} {v:.0f}" for k, v in rates.items()) + " GFLOP/s; "
          f"forward {gflop:.2f} GFLOP/image -> floor {floor:.1f} images/s at the best rate")
    print(f"{'variant':58s} {'images/s':>9s} {'vs (a)':>7s} {'of floor':>8s}")
    rows = [("(a) naive: torchvision eager fp32, batch 1, PIL + transforms", a),
            (f"(b) model alone, engine config, batch {args.batch_size}, logit+Grad-CAM", b),
            ("(b') same graph, logit only (no Grad-CAM)", b_nocam),
            (f"(c) predict_many from files, with heatmaps, n={args.n}", c)]
    for name, v in rows:
        print(f"{name:58s} {v:9.1f} {v / a:6.2f}x {v / floor:7.0%}")
    overhead = b_nocam / b - 1
    print(f"heatmap overhead: {overhead:+.1%} of (b)")
    if not args.skip_memory:
        m50 = peak_memory_mb(model, files, 50, args.batch_size, args.device)
        m1000 = peak_memory_mb(model, files, 1000, args.batch_size, args.device)
        res.update(peak_mb_50=m50, peak_mb_1000=m1000)
        print(f"peak memory (fresh process, results kept): 50 files {m50:.0f} MB, 1,000 files {m1000:.0f} MB "
              f"({m1000 / m50 - 1:+.1%})")
    res["heatmap_overhead"] = overhead
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2))
    _ = resource
    return 0


if __name__ == "__main__":
    sys.exit(main())
