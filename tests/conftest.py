from __future__ import annotations

import importlib.util
import os
import re
import shutil
from pathlib import Path

import hazard_log
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("PNEUMOSCAN_SHARED_DATA", ROOT.parent / "shared" / "data"))


#: The training stack: none of it is in the CPU run-time install (the CPU installer's environment).
TRAINING_STACK = ("torch", "torchvision", "sklearn", "cv2", "matplotlib", "onnx")
_STACK_IMPORT = re.compile(r"^(?:import|from) (?:torch|torchvision|sklearn|cv2|matplotlib|onnx|training)\b", re.M)
ONNX_BUNDLE = ROOT / "tests" / "fixtures" / "onnx_bundle"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", default=False, help="run tests marked slow")
    parser.addoption("--traceability", metavar="DIR", default=None,
                     help="write this run's hazard -> controls -> tests -> result table into DIR (traceability.md, "
                          "with one JSON record per run, so a main and a --torch-free run share one table)")
    parser.addoption("--torch-free", action="store_true", default=False,
                     help="the CPU run-time environment: refuse to run where torch & co. are installed; the "
                          "tiny_bundle fixture is the committed ONNX-only bundle; tests that need the training "
                          "stack to build their inputs are skipped, saying so")


def _torch_free(config: pytest.Config) -> bool:
    return bool(config.getoption("--torch-free"))


def pytest_configure(config: pytest.Config) -> None:
    if _torch_free(config):
        present = [m for m in TRAINING_STACK if importlib.util.find_spec(m) is not None]
        if present:
            raise pytest.UsageError(f"--torch-free, but this environment has {present}: use .venv-cpu "
                                    "(python3 dev.py test creates it)")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Under --torch-free, a test module that imports the training stack at module level cannot be collected: it
    tests training, or compares the engine with OpenCV, or builds torch bundles."""
    if (_torch_free(config) and collection_path.suffix == ".py" and collection_path.name.startswith("test_")
            and _STACK_IMPORT.search(collection_path.read_text(encoding="utf-8"))):
        return True
    return None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """Under --torch-free, a test stopped by a missing training-stack module is skipped -- unless the failed import
    was made by the engine outside its torch runner: that is the CPU path needing torch, a real failure."""
    rep = yield
    exc = call.excinfo
    if (exc is not None and _torch_free(item.config) and isinstance(exc.value, ModuleNotFoundError)
            and (exc.value.name or "").split(".")[0] in (*TRAINING_STACK, "training")):
        importer = Path(str(exc.traceback[-1].path)) if exc.traceback else None
        for entry in reversed(exc.traceback):  # the innermost frame of project code made the import
            f = Path(str(entry.path))
            if ROOT in f.parents and "importlib" not in f.parts:
                importer = f
                break
        engine = ROOT / "engine"
        by_engine = importer is not None and engine in importer.parents and \
            (engine / "runners" / "torch_backend") not in importer.parents
        if not by_engine:
            rep.outcome = "skipped"
            rep.longrepr = (str(item.path), item.location[1] or 0,
                            f"Skipped: needs the training stack ({exc.value})")
    return rep


#: The outcome of each test item that names a hazard, for the traceability table (one session per process).
_HAZARD_OUTCOMES: dict[str, str] = {}


def _check_hazard_markers(items: list[pytest.Item]) -> None:
    """A test that names a hazard the log does not hold stops the run (tests/test_hazards.py checks the other way:
    every hazard has a test)."""
    known = hazard_log.load().ids
    for item in items:
        for marker in item.iter_markers(hazard_log.MARKER):
            unknown = [i for i in marker.args if i not in known] if marker.args else ["no ID"]
            if unknown:
                raise pytest.UsageError(f"{item.nodeid}: pytest.mark.{hazard_log.MARKER} names {unknown}, which "
                                        f"{hazard_log.SOURCE.relative_to(ROOT)} does not hold")
            _HAZARD_OUTCOMES.setdefault(item.nodeid, "not run")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.nodeid not in _HAZARD_OUTCOMES:
        return
    was = _HAZARD_OUTCOMES[report.nodeid]
    if report.failed:
        _HAZARD_OUTCOMES[report.nodeid] = "failed"
    elif report.skipped and was != "failed":
        _HAZARD_OUTCOMES[report.nodeid] = "skipped"
    elif report.when == "call" and report.passed and was == "not run":
        _HAZARD_OUTCOMES[report.nodeid] = "passed"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """With --traceability DIR: this run's record (DIR/<run>.json), then the table of every run recorded there."""
    folder = session.config.getoption("--traceability")
    if not folder or not _HAZARD_OUTCOMES:
        return
    import datetime
    import json
    import subprocess
    from collections import Counter

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    cpu = _torch_free(session.config)
    git = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    changed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True,
                             text=True).stdout.strip()
    counts = Counter(_HAZARD_OUTCOMES.values())
    record = {"run": "cpu run-time (torch-free)" if cpu else "main", "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
              "commit": (git.stdout.strip() or "unknown") + (" with uncommitted changes" if changed else ""),
              "summary": ", ".join(f"{n} {o}" for o, n in sorted(counts.items())) + " (test items naming a hazard)",
              "outcomes": dict(_HAZARD_OUTCOMES)}
    (out / f"{'cpu' if cpu else 'main'}.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
    runs = {r["run"]: r for r in (json.loads(f.read_text(encoding="utf-8")) for f in sorted(out.glob("*.json"))
                                  if f.name != "verdicts.json")}
    log, markers = hazard_log.load(), hazard_log.scan()
    (out / "traceability.md").write_text(hazard_log.render_traceability(log, markers, runs) + "\n", encoding="utf-8")
    (out / "verdicts.json").write_text(json.dumps(hazard_log.verdicts(log, markers, runs), indent=1), encoding="utf-8")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    folder = config.getoption("--traceability")
    if folder and _HAZARD_OUTCOMES:
        terminalreporter.write_line(f"hazard traceability: {Path(folder) / 'traceability.md'}")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    _check_hazard_markers(items)
    if _torch_free(config):
        for item in items:
            if "needs_torch" in item.keywords:
                item.add_marker(pytest.mark.skip(reason="needs torch or the DenseNet test bundle (--torch-free)"))
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
def tiny_bundle(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random-weight DenseNet-161 bundle at 64 px, with its ONNX graph (written once per session); under
    --torch-free, a copy of the committed ONNX-only bundle (tests/fixtures/onnx_bundle), since building one
    needs torch."""
    if _torch_free(request.config):
        return Path(shutil.copytree(ONNX_BUNDLE, tmp_path_factory.mktemp("bundle") / "onnx"))
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
