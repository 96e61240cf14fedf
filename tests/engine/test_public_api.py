"""The engine's public face (``engine/__init__.py``): the example in its docstring runs as written, and every
name it lists is the owner's object."""

from __future__ import annotations

import re
import shutil
import textwrap
from pathlib import Path

import engine

ROOT = Path(__file__).resolve().parents[2]


def _docstring_example() -> str:
    """The indented block after the first ``::`` of ``engine.__doc__``, dedented."""
    lines = (engine.__doc__ or "").split("::", 1)[1].splitlines()[1:]
    block = []
    for line in lines:
        if line.strip() and not line.startswith(" "):
            break
        block.append(line)
    return textwrap.dedent("\n".join(block)).strip() + "\n"


def test_the_docstring_example_runs(tiny_bundle: Path, tmp_path: Path, monkeypatch) -> None:
    """``engine.__doc__``'s example, executed as written, in a folder holding ``study/0001.dcm`` (a bundled sample
    DICOM) with the test bundle as the default model; then what it computed is checked."""
    study = tmp_path / "study"
    shutil.copytree(ROOT / "assets" / "samples", study)
    shutil.copy(study / "pediatric_chest_CR_rle.dcm", study / "0001.dcm")
    monkeypatch.setenv("PNEUMOSCAN_MODEL", str(tiny_bundle))
    monkeypatch.chdir(tmp_path)
    code = _docstring_example()
    assert "engine.load_image(\"study/0001.dcm\")" in code and "classifier.predict_many(files)" in code
    scope: dict = {}
    code = re.sub(r"^( +)\.\.\.$", r"\1rows.append(row)", code, flags=re.M)  # the example's "..." keeps each row
    exec(compile("rows = []\n" + code, "engine.__doc__", "exec"), scope)
    assert isinstance(scope["image"], engine.XrayImage) and isinstance(scope["result"], engine.Prediction)
    assert scope["result"].status == engine.Status.OK and scope["result"].label in scope["bundle"].class_names
    assert len(scope["rows"]) == len(scope["files"]) == len(list(study.iterdir()))
    assert {r.path for r in scope["rows"]} == {str(f) for f in scope["files"]}


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
