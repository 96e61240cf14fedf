from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("PNEUMOSCAN_SHARED_DATA", ROOT.parent / "shared" / "data"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", default=False, help="run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _user_dirs_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Audit log, cache and logs of every test go to a temporary folder, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PNEUMOSCAN_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not available at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def tiny_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random-weight DenseNet-161 bundle at 64 px, with its ONNX graph (written once per session)."""
    from factories import write_test_bundle

    return write_test_bundle(tmp_path_factory.mktemp("bundle") / "tiny")


@pytest.fixture()
def mixed_folder(tmp_path: Path) -> Path:
    """Good and bad files: 3 images, a DICOM without extension, junk, a text file, an empty PNG."""
    import numpy as np

    from factories import gradient, make_dicom, write_raster

    d = tmp_path / "studies"
    (d / "sub").mkdir(parents=True)
    g = gradient(maxval=255).astype(np.uint8)
    write_raster(d / "a.png", g)
    write_raster(d / "b.jpg", 255 - g)
    make_dicom(d / "sub" / "IM0001", gradient(maxval=4095))
    (d / "empty.png").write_bytes(b"")
    (d / "notes.txt").write_text("=1+1 findings")
    (d / "Thumbs.db").write_bytes(b"\0" * 64)
    (d / "trunc.png").write_bytes((d / "a.png").read_bytes()[:200])
    return d
