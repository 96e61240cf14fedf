"""engine.runners.classifier and its runners: bundle round trip, preprocessing, ONNX Runtime and torch agreeing,
Grad-CAM, cancel, GPU fallback, the ONNX-only bundle.

Gathered, when the tests were named for the modules they test, from: test_inference.py (Bundle, preprocessing,
inference (ONNX Runtime and torch), Grad-CAM, cancel).
"""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import cv2
import numpy as np
import pytest
from factories import bundle_meta, gradient, random_net, trivial_ood, write_raster

from engine import errors
from engine.batch.discover import discover
from engine.bundle.model_bundle import load_bundle, load_state_dict
from engine.image.io import load_image
from engine.image.preprocess import PreprocessSpec, preprocess
from engine.runners.classifier import Classifier
from training.bundle_writer import save_bundle


def _images(folder: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        g = gradient(90 + 7 * i, 80 + 5 * i, maxval=255, seed=i).astype(np.uint8)
        paths.append(write_raster(folder / f"img{i}.png", np.roll(g, 9 * i, axis=1)))
    return paths


def test_bundle_round_trip(tiny_bundle: Path) -> None:
    b = load_bundle(tiny_bundle)
    assert b.architecture == "densenet161" and b.class_names == ("NORMAL", "PNEUMONIA")
    assert b.preprocess_spec == PreprocessSpec(64, 64)
    assert b.onnx_path is not None and b.onnx_path.is_file()
    meta = json.loads((tiny_bundle / "bundle.json").read_text())
    assert meta["schema_version"] == 1 and meta["libraries"]["torch"] and meta["weights"]["dtype"] == "float16"
    state = load_state_dict(b)
    net = random_net(bundle_meta())
    # float16 storage: the loaded weights are the original ones rounded to float16
    for k, v in net.state_dict().items():
        if v.is_floating_point():
            expected = v.half().float() if v.numel() >= 1024 else v
            np.testing.assert_allclose(state[k].numpy(), expected.numpy(), rtol=0, atol=0)
    with pytest.raises(TypeError):
        b.meta["name"] = "x"  # type: ignore[index]


@pytest.mark.hazard("H-021")
def test_bundle_refuses_tampering(tiny_bundle: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    shutil.copytree(tiny_bundle, bad)
    weights = bad / "weights.safetensors"
    data = bytearray(weights.read_bytes())
    data[-10] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(errors.BundleError, match="checksum"):
        load_bundle(bad)

    incomplete = tmp_path / "incomplete"
    shutil.copytree(tiny_bundle, incomplete)
    meta = json.loads((incomplete / "bundle.json").read_text())
    del meta["decision"]
    (incomplete / "bundle.json").write_text(json.dumps(meta))
    with pytest.raises(errors.BundleError, match="decision"):
        load_bundle(incomplete)

    no_onnx = tmp_path / "no_onnx"
    shutil.copytree(tiny_bundle, no_onnx)
    (no_onnx / "model.onnx").unlink()
    with pytest.raises(errors.BundleError, match="missing"):
        load_bundle(no_onnx)

    with pytest.raises(errors.ModelNotInstalledError, match="No model"):
        load_bundle(tmp_path / "nothing")


@pytest.mark.hazard("H-024")
def test_save_bundle_never_overwrites_silently(tiny_bundle: Path) -> None:
    with pytest.raises(errors.BundleError, match="exists"):
        save_bundle(tiny_bundle, {}, bundle_meta())


@pytest.mark.hazard("H-033")
def test_preprocess_shape_range_and_normalisation() -> None:
    spec = PreprocessSpec(64, 48)
    x = preprocess(np.full((300, 200), 0.5, np.float32), spec)
    assert x.shape == (3, 64, 48) and x.dtype == np.float32 and x.flags.c_contiguous
    expected = (0.5 - np.array(spec.mean)) / np.array(spec.std)
    np.testing.assert_allclose(x[:, 10, 10], expected, rtol=1e-6)
    lo = preprocess(np.zeros((80, 80), np.float32), spec)
    hi = preprocess(np.ones((80, 80), np.float32), spec)
    assert (lo < x).all() and (x < hi).all()


@pytest.mark.hazard("H-032")
def test_predict_equals_predict_many_and_batch_sizes(tiny_bundle: Path, tmp_path: Path) -> None:
    paths = _images(tmp_path, 5)
    single = Classifier(tiny_bundle, batch_size=1, backend="onnx")
    batched = Classifier(tiny_bundle, batch_size=3, backend="onnx")
    one = [single.predict(load_image(p)) for p in paths]
    many1 = list(single.predict_many(paths))
    many3 = list(batched.predict_many(paths))
    assert [p.path for p in many3] == [str(p) for p in paths]
    for a, b, c in zip(one, many1, many3):
        assert b.status == c.status == "ok"
        assert abs(a.p_pneumonia - b.p_pneumonia) < 1e-5 and abs(b.p_pneumonia - c.p_pneumonia) < 1e-5
        np.testing.assert_allclose(a.cam, c.cam, atol=1e-5)
        assert c.label in ("NORMAL", "PNEUMONIA")
        assert c.result == ("INDETERMINATE" if c.band == "indeterminate" else c.label)
        assert len(c.sha256) == 64 and c.model_sha256 == load_bundle(tiny_bundle).weights_sha256
    assert len({round(p.p_pneumonia, 6) for p in many3}) > 1  # outputs depend on the input


@pytest.mark.hazard("H-032")
def test_onnx_and_torch_agree(tiny_bundle: Path, tmp_path: Path) -> None:
    paths = _images(tmp_path, 4)
    onnx = list(Classifier(tiny_bundle, device="cpu", backend="onnx", batch_size=4).predict_many(paths))
    torch_ = list(Classifier(tiny_bundle, device="cpu", backend="torch", batch_size=4).predict_many(paths))
    assert "ONNX Runtime" in onnx[0].device and "PyTorch" in torch_[0].device
    for a, b in zip(onnx, torch_):
        assert abs(a.logit - b.logit) < 1e-4
        assert abs(a.p_pneumonia - b.p_pneumonia) < 1e-5
        # the map is a sum over 2208 channels with cancellations: float32 summation
        # order differs between runtimes; 2e-3 is below one display level (1/255)
        np.testing.assert_allclose(a.cam, b.cam, atol=2e-3)


def test_gradcam_matches_autograd(tiny_bundle: Path) -> None:
    import torch

    from engine.runners.torch_backend.network import build_model, gradcam_autograd

    b = load_bundle(tiny_bundle)
    net = build_model(b.meta)
    net.load_state_dict(load_state_dict(b))
    x = torch.from_numpy(np.stack([preprocess(gradient(70, 70, maxval=1.0, seed=s).astype(np.float32) / 1.0, b.preprocess_spec)
                                   for s in range(3)]))
    with torch.no_grad():
        logit, cam, _ = net(x)
    ref_logit, ref_cam = gradcam_autograd(net, x)
    torch.testing.assert_close(logit, ref_logit)
    hw = cam.shape[1] * cam.shape[2]
    torch.testing.assert_close(cam / hw, ref_cam, rtol=1e-4, atol=1e-6)


def test_heatmap_shape_range_finite(tiny_bundle: Path, tmp_path: Path) -> None:
    p = write_raster(tmp_path / "x.png", gradient(150, 110, maxval=255).astype(np.uint8))
    pred = next(Classifier(tiny_bundle).predict_many([p]))
    hm = pred.heatmap
    assert hm.shape == (150, 110) and hm.dtype == np.float32
    assert np.isfinite(hm).all() and hm.min() >= 0 and hm.max() <= 1


def test_heatmap_is_brighter_where_a_synthetic_lesion_drives_the_logit(tmp_path: Path) -> None:
    """Build a head whose logit is driven by a bright lesion; the map must light up there."""
    import torch

    size = 128
    meta = bundle_meta(size, hidden=[])
    net = random_net(meta, seed=1)
    spec = PreprocessSpec(size, size)
    base = np.full((256, 256), 0.25, np.float32)
    lesion = base.copy()
    yy, xx = np.mgrid[0:256, 0:256]
    disc = (yy - 96) ** 2 + (xx - 160) ** 2 < 28**2  # top-right quadrant, centred on a feature cell
    lesion[disc] = 0.95
    with torch.no_grad():
        a = net.feature_map(torch.from_numpy(preprocess(lesion, spec))[None])[0]  # (C, h, w)
    h, w = a.shape[1:]
    cells = torch.from_numpy(cv2.resize(disc.astype(np.float32), (w, h), interpolation=cv2.INTER_AREA) > 0.2)
    on = a[:, cells].mean(dim=1)  # channel response on the lesion's cells
    off = a[:, ~cells].mean(dim=1)  # ... and elsewhere
    weight = on - off
    weight = weight - (weight @ off) / (off @ off) * off  # no response to the background
    lin = net.head.layers[-1]
    with torch.no_grad():
        lin.weight.copy_(weight[None] / weight.norm())
        lin.bias.zero_()
    bundle = save_bundle(tmp_path / "lesion", net.state_dict(), meta, ood=trivial_ood(meta))
    write_raster(tmp_path / "les.png", np.rint(lesion * 255).astype(np.uint8))
    write_raster(tmp_path / "base.png", np.rint(base * 255).astype(np.uint8))
    clf = Classifier(bundle, backend="onnx")
    les, bas = list(clf.predict_many([tmp_path / "les.png", tmp_path / "base.png"]))
    assert les.logit > bas.logit
    hm = les.heatmap
    assert hm[disc].mean() > 2 * hm[~disc].mean()
    # the hottest point lies in the lesion's quadrant
    y, x = np.unravel_index(np.argmax(hm), hm.shape)
    assert y < 128 and x >= 128


@pytest.mark.hazard("H-020")
def test_mixed_folder_one_row_per_file(tiny_bundle: Path, mixed_folder: Path) -> None:
    found = discover([mixed_folder])
    preds = list(Classifier(tiny_bundle, batch_size=2).predict_many(found.images))
    by_name = {Path(p.path).name: p for p in preds}
    assert set(by_name) == {"a.png", "b.jpg", "IM0001", "empty.png", "trunc.png"}
    assert [p.status for p in preds].count("ok") == 3
    assert by_name["empty.png"].error_code == "empty_file" and "empty" in by_name["empty.png"].error
    assert by_name["trunc.png"].error_code in ("truncated", "corrupt")
    assert by_name["IM0001"].metadata["PatientID"] == "TEST-001"
    assert [s.path.name for s in found.skipped] == ["notes.txt"]


@pytest.mark.hazard("H-027")
def test_cancel_stops_promptly_and_keeps_finished(tiny_bundle: Path, tmp_path: Path) -> None:
    paths = _images(tmp_path, 12)
    stop = threading.Event()
    seen = []
    progress = []
    clf = Classifier(tiny_bundle, batch_size=2)
    for pred in clf.predict_many(paths, progress=lambda d, t: progress.append((d, t)), cancel=stop):
        seen.append(pred)
        if len(seen) == 3:
            stop.set()
    assert 3 <= len(seen) <= 4  # at most the rest of the current batch
    assert all(p.ok for p in seen)
    assert progress[0] == (0, 12) and all(t == 12 for _, t in progress)


@pytest.mark.hazard("H-032")
def test_gpu_failure_falls_back_to_cpu(tiny_bundle: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    clf = Classifier(tiny_bundle, backend="onnx")

    class FailingGpu:
        device = "cuda"
        description = "fake GPU"

        def run(self, x):
            raise RuntimeError("CUDA out of memory")

    clf.runner = FailingGpu()
    pred = next(clf.predict_many(_images(tmp_path, 1)))
    assert pred.ok and "CPU" in pred.device
    assert any("falling back to the CPU" in r.message for r in caplog.records)


def test_onnx_only_bundle_for_the_cpu_build(tiny_bundle: Path, tmp_path: Path) -> None:
    cpu = tmp_path / "cpu"
    shutil.copytree(tiny_bundle, cpu)
    (cpu / "weights.safetensors").unlink()
    with pytest.raises(errors.BundleError, match="missing"):
        load_bundle(cpu)
    (cpu / "WEIGHTS_OMITTED").write_text("weights travel in model.onnx\n")
    b = load_bundle(cpu)
    assert not b.has_weights
    clf = Classifier(b, device="auto")
    assert "ONNX Runtime" in clf.description
    data = bytearray((cpu / "model.onnx").read_bytes())
    data[-100] ^= 1
    (cpu / "model.onnx").write_bytes(bytes(data))
    with pytest.raises(errors.BundleError, match="checksum"):
        load_bundle(cpu)
