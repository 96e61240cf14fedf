"""engine.runners.saliency and Classifier.explain: the shipped heatmap (an occlusion map, issue 31) points at a
planted lesion on a tiny trained model, is the same map on both runtimes, is made only for images that show one,
and is the same map on screen, in the CSV, in exported overlays, in the report and in the DICOM Secondary Capture."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from factories import bundle_meta, random_net, trivial_ood, write_raster

from engine import errors
from engine.runners import saliency

SIZE = 64
GRID = 8
CELL = SIZE // GRID


# --------------------------------------------------------------------------- the sweep itself (numpy only)
def _linear_forward(weights: np.ndarray):
    """A model whose logit is sum(weights * x): hiding a cell lowers it by exactly that cell's share."""
    def forward(batch: np.ndarray) -> np.ndarray:
        return np.einsum("nchw,chw->n", batch, weights).astype(np.float32)
    return forward


def test_occlusion_map_is_the_fall_of_the_logit_cell_by_cell() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(3, SIZE, SIZE)).astype(np.float32)
    w = rng.normal(size=(3, SIZE, SIZE)).astype(np.float32)
    m = saliency.occlusion_map(_linear_forward(w), x, GRID, batch_size=7)
    contrib = (w * x).sum(0)
    expected = contrib.reshape(GRID, CELL, GRID, CELL).sum(axis=(1, 3))
    np.testing.assert_allclose(m, expected, rtol=1e-4, atol=1e-3)
    batch = saliency.occluded_batch(x, GRID, [(2, 5)])
    assert np.all(batch[0, :, 2 * CELL:3 * CELL, 5 * CELL:6 * CELL] == 0)
    assert np.array_equal(batch[0, :, :2 * CELL], x[:, :2 * CELL])


def test_coarse_to_fine_refines_the_strongest_cells_and_shares_the_rest() -> None:
    rng = np.random.default_rng(1)
    x = np.abs(rng.normal(size=(1, SIZE, SIZE))).astype(np.float32)
    w = np.zeros((1, SIZE, SIZE), np.float32)
    w[0, 8:16, 40:48] = 5.0  # evidence in one fine cell: (1, 5)
    w[0, 48:64, 0:16] = 0.2  # weak evidence in a coarse cell never refined
    calls = []

    def forward(batch: np.ndarray) -> np.ndarray:
        calls.append(len(batch))
        return _linear_forward(w)(batch)

    fine = saliency.coarse_to_fine_map(forward, x, GRID, refine=1, batch_size=64)
    full = saliency.occlusion_map(_linear_forward(w), x, GRID)
    assert np.unravel_index(int(np.argmax(fine)), fine.shape) == (1, 5)
    np.testing.assert_allclose(fine[0:2, 4:6], full[0:2, 4:6], rtol=1e-4, atol=1e-4)  # refined: the true cells
    np.testing.assert_allclose(fine[6:8, 0:2], full[6:8, 0:2].sum() / 4, rtol=1e-4)  # shared: a quarter each
    assert sum(calls) == 1 + 16 + 4 * 1  # base, the coarse sweep, four cells per refined one


@pytest.mark.hazard("H-031")
def test_a_non_finite_model_output_is_refused() -> None:
    with pytest.raises(FloatingPointError):
        saliency.occlusion_map(lambda b: np.full(len(b), np.nan, np.float32), np.zeros((3, 16, 16), np.float32), 4,
                               base_logit=0.0)


# --------------------------------------------------------------------------- a tiny trained model
def _lesion_image(rng: np.random.Generator, centre: tuple[int, int] | None) -> np.ndarray:
    img = np.clip(0.3 + 0.05 * rng.normal(size=(SIZE * 2, SIZE * 2)), 0, 1).astype(np.float32)
    if centre is not None:
        yy, xx = np.mgrid[0:SIZE * 2, 0:SIZE * 2]
        img[(yy - centre[0]) ** 2 + (xx - centre[1]) ** 2 < 12 ** 2] = 0.95
    return img


@pytest.fixture(scope="module")
def trained_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DenseNet at 64 px whose head is *trained* (logistic regression on its pooled features) to tell images with
    a bright lesion anywhere from images without one; its heatmap is the 8 x 8 occlusion map."""
    import torch

    from engine.image.preprocess import PreprocessSpec, preprocess
    from training.bundle_writer import save_bundle

    meta = bundle_meta(SIZE, hidden=[])
    net = random_net(meta, seed=3)
    spec = PreprocessSpec(SIZE, SIZE)
    rng = np.random.default_rng(0)
    imgs, labels = [], []
    for k in range(48):
        has = k % 2 == 0
        centre = (int(rng.integers(20, 108)), int(rng.integers(20, 108))) if has else None
        imgs.append(preprocess(_lesion_image(rng, centre), spec))
        labels.append(float(has))
    x, y = torch.from_numpy(np.stack(imgs)), torch.tensor(labels)
    with torch.no_grad():
        pooled = net.feature_map(x).mean(dim=(2, 3))
    mu, sd = pooled.mean(0), pooled.std(0) + 1e-6
    lin = net.head.layers[-1]
    w = torch.zeros(pooled.shape[1], requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    opt = torch.optim.Adam([w, b], lr=0.05)
    for _ in range(300):  # the training: logistic regression on the standardised pooled features
        opt.zero_grad()
        loss = torch.nn.functional.binary_cross_entropy_with_logits(((pooled - mu) / sd) @ w + b, y)
        loss = loss + 1e-3 * (w ** 2).sum()
        loss.backward()
        opt.step()
    with torch.no_grad():
        lin.weight.copy_((w / sd)[None])
        lin.bias.copy_(b - (mu / sd * w).sum())
        acc = float((((net.head(pooled)) > 0).float() == y).float().mean())
    assert acc == 1.0, "the tiny model did not learn the lesion"
    meta["heatmap"] = {"method": "occlusion", "grid": GRID, "refine": 0, "scale": 50.0, "rule": "fixed for tests",
                       "val_mean_peak_pneumonia": 1.0, "val_mean_peak_normal": 0.0}
    return save_bundle(tmp_path_factory.mktemp("occ") / "b", net.state_dict(), meta, ood=trivial_ood(meta)).path


def _write(tmp: Path, name: str, img: np.ndarray) -> Path:
    return write_raster(tmp / name, np.rint(img * 255).astype(np.uint8))


@pytest.mark.hazard("H-044")
def test_the_map_peaks_over_a_planted_lesion_on_both_runtimes(trained_bundle: Path, tmp_path: Path) -> None:
    from engine.runners.classifier import Classifier

    rng = np.random.default_rng(7)
    centre = (40, 88)  # image rows/cols at 128 px: cell (2, 5) of the 8 x 8 grid at 64 px
    path = _write(tmp_path, "lesion.png", _lesion_image(rng, centre))
    maps = {}
    for backend, precision in (("onnx", "fp32"), ("torch", "auto")):
        clf = Classifier(trained_bundle, device="cpu", backend=backend, precision=precision, gate=False)
        (pred,) = clf.predict_many([path])
        assert pred.ok and pred.label == "PNEUMONIA" and pred.cam is None  # no map until one is asked for
        shown = clf.explain(pred)
        assert shown.cam.shape == (GRID, GRID) and 0 <= shown.cam.min() <= shown.cam.max() <= 1
        peak = np.unravel_index(int(np.argmax(shown.cam)), shown.cam.shape)
        cy, cx = centre[0] * GRID // (SIZE * 2), centre[1] * GRID // (SIZE * 2)
        assert max(abs(peak[0] - cy), abs(peak[1] - cx)) <= 1, (backend, peak, shown.cam.round(2))
        maps[backend] = shown.cam
        assert shown.heatmap.shape == (SIZE * 2, SIZE * 2)
    np.testing.assert_allclose(maps["onnx"], maps["torch"], atol=2e-3)


def test_maps_are_made_only_when_asked_and_once(trained_bundle: Path, tmp_path: Path) -> None:
    from engine.runners.classifier import Classifier

    rng = np.random.default_rng(2)
    paths = [_write(tmp_path, f"i{k}.png", _lesion_image(rng, (64, 64) if k else None)) for k in range(3)]
    clf = Classifier(trained_bundle, device="cpu", backend="onnx", precision="fp32", gate=False, batch_size=8)
    seen = []
    real = clf.runner.run_all

    def counting(x):
        seen.append(len(x))
        return real(x)

    clf.runner.run_all = counting
    preds = list(clf.predict_many(paths))
    assert sum(seen) == 3 and all(p.cam is None for p in preds)  # the batch ran once: no sweep
    first = clf.explain(preds[1])
    assert sum(seen) == 3 + 1 + GRID * GRID
    again = clf.explain(preds[1])
    assert sum(seen) == 3 + 1 + GRID * GRID and np.array_equal(first.cam, again.cam)  # kept, not made again


@pytest.mark.hazard("H-031", "H-048")
def test_a_file_changed_since_its_analysis_gets_no_map(trained_bundle: Path, tmp_path: Path) -> None:
    from engine.batch.analysis import Analysis
    from engine.bundle.model_bundle import load_bundle

    rng = np.random.default_rng(3)
    path = _write(tmp_path, "x.png", _lesion_image(rng, (64, 64)))
    service = Analysis(load_bundle(trained_bundle), device="cpu")
    (pred,) = service.run([path])
    _write(tmp_path, "x.png", _lesion_image(rng, None))  # replaced after the analysis
    with pytest.raises(errors.FileChangedError):
        service.explain(pred)
    assert service.write_heatmap(pred, tmp_path / "out") is None
    assert service.with_maps([pred])[0].cam is None


@pytest.mark.hazard("H-031")
def test_screen_csv_overlays_report_and_secondary_capture_show_the_same_map(trained_bundle: Path, tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from factories import make_dicom
    from PIL import Image

    import engine.image.heatmap as hm
    import engine.records.report as report
    from engine.batch.analysis import Analysis, heatmap_file_name
    from engine.bundle.model_bundle import load_bundle
    from engine.image.io import load_image
    from engine.records import dicom_results as dr

    rng = np.random.default_rng(4)
    img = _lesion_image(rng, (40, 88))
    (tmp_path / "study").mkdir()
    path = make_dicom(tmp_path / "study" / "lesion.dcm", np.rint(img * 255).astype(np.uint16), bits_stored=8)
    service = Analysis(load_bundle(trained_bundle), device="cpu", precision="fp32")
    (pred,) = service.run([path])
    assert pred.ok and pred.label == "PNEUMONIA"
    shown = service.explain(pred)  # what the app's viewer shows (desktop.controllers.viewing asks the same service)
    expected = shown.heatmap
    pixels = load_image(path).pixels
    # the CSV says it is shown
    service.export_csv([pred], tmp_path / "r.csv")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert [r["heatmap_shown"] for r in csv.DictReader(fh)] == ["1"]
    # the exported overlay is that map over that image
    assert service.export_heatmaps([pred], tmp_path / "heat") == 1
    png = np.asarray(Image.open(tmp_path / "heat" / heatmap_file_name(pred)).convert("RGB"))
    assert np.array_equal(png, hm.overlay(pixels, expected))
    # the report and the Secondary Capture draw it with the same overlay
    drawn: list[np.ndarray] = []
    real = hm.overlay

    def recording(px, heat, *a, **k):
        if heat is not None:
            drawn.append(np.asarray(heat))
        return real(px, heat, *a, **k)

    monkeypatch.setattr(report, "overlay", recording)
    monkeypatch.setattr(hm, "overlay", recording)
    report.write_report(service.with_maps([pred]), tmp_path / "r.pdf", service.bundle)
    header = dr.source_header(str(path))
    dr.secondary_capture(header, pixels, shown)
    assert len(drawn) == 2
    for heat in drawn:
        np.testing.assert_array_equal(heat, expected)


@pytest.mark.hazard("H-021")
def test_a_bundle_without_a_valid_heatmap_method_is_refused(trained_bundle: Path, tmp_path: Path) -> None:
    from engine.bundle.model_bundle import load_bundle

    for bad in ({"method": "magic"}, {"grid": 1}, {"grid": 7, "refine": 2}, {"grid": True}, {"refine": 17}):
        copy = Path(shutil.copytree(trained_bundle, tmp_path / f"b{len(list(tmp_path.iterdir()))}"))
        meta = json.loads((copy / "bundle.json").read_text())
        meta["heatmap"].update(bad)
        (copy / "bundle.json").write_text(json.dumps(meta))
        with pytest.raises(errors.BundleError, match="heatmap"):
            load_bundle(copy)
