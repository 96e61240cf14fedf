"""Dependency direction, checked at run time: what importing the engine loads.

The import contracts in pyproject.toml (``lint-imports``) check the import
graph statically; these tests import every module of every sub-package in a
fresh interpreter and look at ``sys.modules``, which also catches imports made
by name (``importlib``) that a static graph cannot see.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WALK = (
    "import sys, pkgutil, importlib, importlib.util, inspect, engine\n"
    "mods = [m.name for m in pkgutil.walk_packages(engine.__path__, 'engine.')]\n"
    "assert len(mods) > 40, mods\n"
)


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_the_cpu_path_loads_no_torch_sklearn_opencv_matplotlib_onnx_qt_or_training() -> None:
    """Every engine module but the torch runner's package: none of the training stack (CPU installer size),
    no Qt, no app, no training code."""
    code = WALK + (
        "for m in mods:\n"
        "    if not m.startswith('engine.runners.torch_backend.'):\n"
        "        importlib.import_module(m)\n"
        "bad = sorted({m.split('.')[0] for m in sys.modules} & {'torch', 'torchvision', 'sklearn', 'cv2',\n"
        "             'matplotlib', 'onnx', 'PySide6', 'shiboken6', 'training', 'desktop'})\n"
        "assert not bad, bad\n"
        "assert not [m for m in sys.modules if m.startswith('engine.runners.torch_backend.')]  # walking imports the package\n"
        "print(len(mods))\n"
    )
    assert int(_run(code)) > 40


def test_the_whole_engine_loads_no_qt_no_training_no_opencv() -> None:
    """The torch runner's modules too (where torch is installed: the CPU run-time install has none)."""
    code = WALK + (
        "for m in mods:\n"
        "    try:\n"
        "        importlib.import_module(m)\n"
        "    except ModuleNotFoundError as e:\n"
        "        if not (m.startswith('engine.runners.torch_backend.') and e.name in ('torch', 'torchvision')):\n"
        "            raise\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'training', 'desktop', 'cv2'))\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    assert _run(code) == "ok"


def test_every_public_face_resolves_and_stays_light() -> None:
    """``engine`` and each sub-package re-export their public names lazily: each name resolves to the object its
    owner defines, and importing a package face imports none of its modules until a name is used."""
    code = WALK + (
        "import engine.records, engine.runners\n"
        "assert 'engine.records.report' not in sys.modules and 'engine.runners.classifier' not in sys.modules\n"
        "n = 0\n"
        "torch = importlib.util.find_spec('torch') is not None\n"
        "for m in ['engine'] + mods:\n"
        "    if m.startswith('engine.runners.torch_backend') and not torch:\n"
        "        continue  # the CPU run-time install has no torch\n"
        "    mod = importlib.import_module(m)\n"
        "    for name in getattr(mod, '__all__', []):\n"
        "        if hasattr(mod, '__path__'):  # a face name that is also a submodule's is shadowed once it loads\n"
        "            assert importlib.util.find_spec(m + '.' + name) is None, (m, name)\n"
        "        obj = getattr(mod, name)\n"
        "        assert not inspect.ismodule(obj), (m, name)\n"
        "        owner = getattr(obj, '__module__', None)\n"
        "        if hasattr(mod, '__path__') and owner is not None and name != '__version__':\n"
        "            assert owner.startswith('engine.'), (m, name, owner)\n"
        "        n += 1\n"
        "print(n)\n"
    )
    assert int(_run(code)) > 150


def test_a_cpu_install_runs_a_bundle_without_loading_the_torch_runner() -> None:
    """Where torch is not installed (the CPU installer; ``--torch-free``), classifying with ``device="auto"`` never
    imports ``engine.runners.torch_backend``; where it is, the runner module may load but torch stays out unless a
    GPU may be present."""
    code = (
        "import sys, importlib.util\n"
        "from pathlib import Path\n"
        "from engine.bundle.model_bundle import load_bundle\n"
        "from engine.runners.classifier import Classifier\n"
        "from engine.runners.devices import cuda_possible\n"
        "root = Path(sys.argv[1])\n"
        "c = Classifier(load_bundle(root / 'tests' / 'fixtures' / 'onnx_bundle'), device='auto')\n"
        "rows = list(c.predict_many([root / 'assets' / 'samples' / 'normal_IM-0001-0001.png']))\n"
        "assert rows[0].ok and c.runner.backend == 'onnxruntime', rows\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('engine.runners.torch_backend') or m == 'torch')\n"
        "if importlib.util.find_spec('torch') is None:\n"
        "    assert loaded == [], loaded\n"
        "elif not cuda_possible():\n"
        "    assert 'torch' not in loaded, loaded\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
