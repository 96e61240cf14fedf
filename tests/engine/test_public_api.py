"""The engine's public face (``engine/__init__.py``): the example in its docstring runs as written, and every
name it lists is the owner's object."""

from __future__ import annotations

import shutil
from pathlib import Path

import engine

ROOT = Path(__file__).resolve().parents[2]


def test_the_docstring_example_runs(tiny_bundle: Path, tmp_path: Path, monkeypatch) -> None:
    """``engine.__doc__``'s example, on a copy of the bundled samples, with the test bundle as the default model."""
    study = tmp_path / "study"
    shutil.copytree(ROOT / "assets" / "samples", study)
    shutil.copy(study / "pediatric_chest_CR_rle.dcm", study / "0001.dcm")
    monkeypatch.setenv("PNEUMOSCAN_MODEL", str(tiny_bundle))
    monkeypatch.chdir(tmp_path)

    bundle = engine.load_bundle(engine.default_model_dir())
    classifier = engine.Classifier(bundle, device="cpu")
    image = engine.load_image("study/0001.dcm")
    result = classifier.predict(image)
    assert isinstance(image, engine.XrayImage) and isinstance(result, engine.Prediction)
    assert result.status == engine.Status.OK and result.label in bundle.class_names
    files = engine.discover(["study/"]).images
    rows = list(classifier.predict_many(files))
    assert len(rows) == len(files) == len(list(study.iterdir()))
    assert {r.path for r in rows} == {str(f) for f in files}
    # the example in the docstring is this one (kept in step by hand; this test runs its calls)
    doc = engine.__doc__ or ""
    for call in ("engine.load_bundle(engine.default_model_dir())", "engine.Classifier(bundle)",
                 "engine.load_image(", "classifier.predict(image)", "engine.discover([", "classifier.predict_many(files)"):
        assert call in doc, call


def test_every_public_name_is_its_owners_object() -> None:
    from engine.batch.analysis import Analysis
    from engine.bundle.model_bundle import load_bundle
    from engine.image.io import load_image
    from engine.records.results_csv import write_csv
    from engine.runners.classifier import Classifier

    assert engine.load_image is load_image and engine.load_bundle is load_bundle
    assert engine.Classifier is Classifier and engine.Analysis is Analysis and engine.write_csv is write_csv
    assert set(engine.__all__) >= {"load_image", "load_bundle", "default_model_dir", "Classifier", "Analysis",
                                   "Prediction", "write_csv", "__version__"}
