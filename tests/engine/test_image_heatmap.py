"""engine.image.heatmap: heatmaps that show evidence on one scale, only where there is a finding, with a
faithfulness number.

Gathered, when the tests were named for the modules they test, from: test_heatmaps.py (Heatmaps that show
evidence on one scale, only where there is a finding, with a faithfulness number (issue 17)).
"""

from __future__ import annotations

import csv
from pathlib import Path

import cv2
import numpy as np
import pytest
from factories import bundle_meta, gradient, random_net, trivial_ood, write_raster, write_test_bundle

from engine.image.preprocess import PreprocessSpec, preprocess
from engine.runners.classifier import Classifier

SIZE = 128


def _lesion_images() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    base = np.full((256, 256), 0.25, np.float32)
    yy, xx = np.mgrid[0:256, 0:256]
    disc = (yy - 96) ** 2 + (xx - 160) ** 2 < 28**2  # top-right quadrant, centred on a feature cell
    lesion = base.copy()
    lesion[disc] = 0.95
    return base, lesion, disc


@pytest.fixture(scope="module")
def lesion_net():
    """A head whose logit is driven by a bright lesion (the network of test_inference's lesion test)."""
    import torch

    meta = bundle_meta(SIZE, hidden=[])
    net = random_net(meta, seed=1)
    spec = PreprocessSpec(SIZE, SIZE)
    _base, lesion, disc = _lesion_images()
    with torch.no_grad():
        a = net.feature_map(torch.from_numpy(preprocess(lesion, spec))[None])[0]
    h, w = a.shape[1:]
    cells = torch.from_numpy(cv2.resize(disc.astype(np.float32), (w, h), interpolation=cv2.INTER_AREA) > 0.2)
    on, off = a[:, cells].mean(dim=1), a[:, ~cells].mean(dim=1)
    weight = on - off
    weight = weight - (weight @ off) / (off @ off) * off
    lin = net.head.layers[-1]
    with torch.no_grad():
        lin.weight.copy_(weight[None] / weight.norm())
        lin.bias.zero_()
    return net, meta


def _save(tmp_path: Path, net, meta, scale: float | None) -> Path:
    from training.bundle_writer import save_bundle

    m = dict(meta)
    if scale is not None:
        m["heatmap"] = {"scale": scale, "rule": "fixed for tests", "val_mean_peak_pneumonia": 1.0,
                        "val_mean_peak_normal": 0.0}
    return save_bundle(tmp_path / f"b{scale}", net.state_dict(), m, ood=trivial_ood(m)).path


@pytest.mark.hazard("H-044")
def test_fixed_scale_makes_a_planted_lesion_hotter_than_no_lesion(lesion_net, tmp_path: Path) -> None:
    net, meta = lesion_net
    base, lesion, _disc = _lesion_images()
    write_raster(tmp_path / "les.png", np.rint(lesion * 255).astype(np.uint8))
    faint = base + 0.04 * gradient(256, 256, maxval=1, seed=3).astype(np.float32)  # no lesion, some texture
    write_raster(tmp_path / "faint.png", np.rint(np.clip(faint, 0, 1) * 255).astype(np.uint8))
    paths = [tmp_path / "les.png", tmp_path / "faint.png"]
    # per-image normalisation: both maps reach full colour, the evidence-free one included
    per_image = list(Classifier(_save(tmp_path, net, meta, None)).predict_many(paths))
    # one scale for all: the raw lesion peak is full colour; the other image keeps its (small) share
    from engine.runners.classifier import Classifier as C

    raw_peak = float(C(_save(tmp_path, net, meta, 1e-9)).runner.run(
        np.stack([preprocess(lesion, PreprocessSpec(SIZE, SIZE))]))[1].max())
    fixed = list(Classifier(_save(tmp_path, net, meta, raw_peak)).predict_many(paths))
    les, no = fixed
    assert les.cam.max() == pytest.approx(1.0, abs=0.02)
    assert no.cam.max() < 0.5 * les.cam.max()
    assert per_image[1].cam.max() > 0.99 or per_image[1].cam.max() == 0.0  # what the fixed scale fixes


@pytest.mark.hazard("H-044")
def test_faithfulness_prefers_the_true_evidence_map(lesion_net) -> None:
    from training.faithfulness import curve_area, deletion_curve, faithfulness, random_map

    net, meta = lesion_net
    import torch

    spec = PreprocessSpec(SIZE, SIZE)

    def predict(x: np.ndarray) -> np.ndarray:
        with torch.no_grad():
            logit = net.logits(torch.from_numpy(x.astype(np.float32)))
        return torch.sigmoid(logit).numpy()

    _base, lesion, disc = _lesion_images()
    truth = cv2.GaussianBlur(disc.astype(np.float32), (0, 0), 6)
    rng = np.random.default_rng(0)
    true_area = curve_area(deletion_curve(predict, spec, lesion, truth))
    random_areas = [curve_area(deletion_curve(predict, spec, lesion, random_map(256, 256, rng))) for _ in range(5)]
    assert true_area < min(random_areas)
    res = faithfulness(predict, spec, [(lesion, truth)], seed=1, n_random=3)
    assert res.area_map < res.area_random and "faithful" in res.verdict


@pytest.mark.hazard("H-044")
def test_heatmap_shown_only_where_there_is_a_finding_in_csv_and_exports(tmp_path: Path) -> None:
    from engine.batch.analysis import Analysis
    from engine.bundle.model_bundle import load_bundle

    folder = tmp_path / "s"
    folder.mkdir()
    for i in range(3):
        write_raster(folder / f"i{i}.png", gradient(96, 96, maxval=255, seed=i).astype(np.uint8))
    paths = sorted(str(p) for p in folder.iterdir())
    for threshold, label, shown in ((0.01, "PNEUMONIA", 1), (0.99, "NORMAL", 0)):
        b = load_bundle(write_test_bundle(tmp_path / f"t{threshold}", threshold=threshold))
        service = Analysis(b)
        preds = list(service.run(paths))
        assert {p.label for p in preds} == {label}
        service.export_csv(preds, tmp_path / f"{label}.csv")
        with (tmp_path / f"{label}.csv").open(encoding="utf-8-sig", newline="") as fh:
            assert {r["heatmap_shown"] for r in csv.DictReader(fh)} == {str(shown)}
        out = tmp_path / f"heat_{label}"
        assert service.export_heatmaps(preds, out) == 3 * shown
        assert service.export_heatmaps(preds, tmp_path / f"all_{label}", always=True) == 3
