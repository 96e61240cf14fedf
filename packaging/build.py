#!/usr/bin/env python3
"""Build Pneumoscan with PyInstaller, package it, and run the frozen self-test.

    python3 packaging/build.py --cpu-only     # torch-free build (ONNX Runtime), for clinics without a GPU
    python3 packaging/build.py                # GPU build (torch + CUDA), from the project's .venv

Produces dist/Pneumoscan/ (one folder) and dist/Pneumoscan-<version>-<os>-<arch>-<cpu|gpu>.tar.xz, then runs
``dist/Pneumoscan/Pneumoscan --self-test`` offscreen and fails if it does not pass.  The CPU build uses its
own virtual environment (.venv-build-cpu) so that no torch can leak in; what it installs is derived from
pyproject.toml -- the base dependencies, which are the CPU run-time, and PyInstaller -- never listed by hand
(``--requirements`` prints it), at the exact versions of packaging/requirements-cpu.txt (a pip constraints file;
``--lock`` refreshes it).  Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUILD = ROOT / "build"
MODEL = ROOT / "assets" / "models" / "pneumoscan-densenet161"
#: the CPU installer's exact versions (pip constraints), shared by every CPU build, Windows under Wine included
LOCK = ROOT / "packaging" / "requirements-cpu.txt"


def version() -> str:
    text = (ROOT / "engine" / "_version.py").read_text()
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def python_of(env: Path) -> Path:
    return env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def cpu_requirements() -> list[str]:
    """The CPU installer's environment: pyproject.toml's base dependencies (the CPU run-time: no torch, no
    OpenCV, no scikit-learn, no matplotlib, no onnx) and the PyInstaller its ``dev`` extra names."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    tools = [r for r in project["optional-dependencies"]["dev"] if r.lower().startswith("pyinstaller")]
    return [*project["dependencies"], *tools]


def ensure_cpu_env() -> Path:
    env = ROOT / ".venv-build-cpu"
    py = python_of(env)
    req = "\n".join(cpu_requirements()) + "\n" + LOCK.read_text(encoding="utf-8")
    stamp = env / ".requirements"
    if not py.exists():
        print(f"creating {env}", flush=True)
        venv.EnvBuilder(with_pip=True).create(env)
    if not stamp.exists() or stamp.read_text() != req:
        subprocess.check_call([str(py), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        subprocess.check_call([str(py), "-m", "pip", "install", "--quiet", "-c", str(LOCK), *cpu_requirements()])
        stamp.write_text(req)
    probe = subprocess.run([str(py), "-c", "import importlib.util as u; print(u.find_spec('torch') is None)"],
                           capture_output=True, text=True)
    if probe.stdout.strip() != "True":
        sys.exit("the CPU build environment contains torch; delete .venv-build-cpu and retry")
    return py


def write_lock(py: Path) -> None:
    """Resolve the newest versions pyproject.toml allows (``pip install --dry-run --report``: nothing installed) and
    rewrite requirements-cpu.txt's pins, keeping its header and its Windows/macOS-only section as they are."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.check_call([str(py), "-m", "pip", "install", "--quiet", "--dry-run", "--ignore-installed",
                               "--report", str(report), *cpu_requirements()])
        items = json.loads(report.read_text(encoding="utf-8"))["install"]
    pins = sorted(f"{i['metadata']['name']}=={i['metadata']['version']}" for i in items
                  if i["metadata"]["name"].lower() not in ("pip", "setuptools"))
    text = LOCK.read_text(encoding="utf-8").splitlines()
    header = [line for line in text[:next(i for i, line in enumerate(text) if not line.startswith("#"))]]
    tail_at = next((i for i, line in enumerate(text) if line.startswith("# only on")), len(text))
    LOCK.write_text("\n".join([*header, *pins, *text[tail_at:]]) + "\n", encoding="utf-8")
    print(f"{LOCK.relative_to(ROOT)}: {len(pins)} pins", flush=True)


def strip_debug_info(folder: Path) -> int:
    """``strip --strip-debug`` the Linux shared libraries that carry DWARF debug info (pyenv's libpython: 23 ->
    6 MB; pylibjpeg's decoders), never those under ``*.libs`` (auditwheel-patched: stripping breaks them).
    Returns the bytes saved; nothing where ``strip`` is missing or on other systems."""
    tool = shutil.which("strip")
    if platform.system() != "Linux" or tool is None:
        return 0
    saved = 0
    for f in folder.rglob("*.so*"):
        if not f.is_file() or f.is_symlink() or any(p.endswith(".libs") for p in f.parts):
            continue
        data = f.read_bytes()
        if not data.startswith(b"\x7fELF") or b".debug_info" not in data:
            continue
        before = len(data)
        if subprocess.run([tool, "--strip-debug", str(f)], capture_output=True).returncode == 0:
            saved += before - f.stat().st_size
    return saved


def stage_assets(cpu_only: bool, model: Path = MODEL) -> Path:
    """Copy the model bundle and samples into build/stage/assets (the CPU build without torch weights)."""
    stage = BUILD / "stage"
    shutil.rmtree(stage, ignore_errors=True)
    (stage / "assets").mkdir(parents=True)
    shutil.copytree(ROOT / "assets" / "samples", stage / "assets" / "samples")
    if not (model / "bundle.json").is_file():
        sys.exit(f"no model bundle at {model}: the installer must contain the model")
    target = stage / "assets" / "models" / MODEL.name
    ignore = shutil.ignore_patterns("weights.safetensors") if cpu_only else None
    shutil.copytree(model, target, ignore=ignore)
    if cpu_only:
        (target / "WEIGHTS_OMITTED").write_text(
            "weights.safetensors is left out of the torch-free CPU build: the same float16 weights are inside\n"
            "model.onnx, whose sha256 bundle.json records and the app verifies at every start.\n")
        q = json.loads((model / "bundle.json").read_text(encoding="utf-8")).get("quantized")
        if q and q["gate"]["passed"]:
            # the int8 graph is what the CPU runs by default: only it travels (the installer's size budget)
            (target / "model.onnx").unlink()
            (target / "FP32_GRAPH_OMITTED").write_text(
                "model.onnx (fp32) is left out of the CPU build: the int8 graph passed its validation gate\n"
                "(bundle.json, quantized.gate) and is what the CPU runs. The full installation has both.\n")
    return stage


def write_node_command(out: Path, windows: bool | None = None) -> Path:
    """``pneumoscan-node`` beside ``pneumoscan-predict``: the same executable, ``node`` as its first argument
    (packaging/predict_launcher.py), so the node costs no second copy of the Python modules.  ``windows``: write
    the Windows ``.cmd`` (default: when running on Windows; the build under Wine asks for it on Linux)."""
    if windows if windows is not None else platform.system() == "Windows":
        path = out / "pneumoscan-node.cmd"
        path.write_bytes(b'@"%~dp0pneumoscan-predict.exe" node %*\r\n')  # CRLF on any system
    else:
        path = out / "pneumoscan-node"
        path.write_text('#!/bin/sh\nexec "$(dirname "$(readlink -f "$0")")/pneumoscan-predict" node "$@"\n')
        path.chmod(0o755)
    return path


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def biggest(folder: Path, n: int = 10) -> list[tuple[str, int]]:
    sizes: dict[str, int] = {}
    internal = folder / "_internal"
    base = internal if internal.is_dir() else folder
    for f in base.rglob("*"):
        if f.is_file() and not f.is_symlink():
            rel = f.relative_to(base).parts
            key = "/".join(rel[:2]) if rel[0] in ("assets", "PySide6", "nvidia", "torch") else rel[0]
            sizes[key] = sizes.get(key, 0) + f.stat().st_size
    return sorted(sizes.items(), key=lambda kv: -kv[1])[:n]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cpu-only", action="store_true", help="torch-free build (ONNX Runtime)")
    ap.add_argument("--skip-self-test", action="store_true")
    ap.add_argument("--model", type=Path, default=None, help="bundle to ship (default: the bundled model)")
    ap.add_argument("--requirements", action="store_true",
                    help="print what the CPU build environment installs (derived from pyproject.toml) and exit")
    ap.add_argument("--lock", action="store_true",
                    help="refresh packaging/requirements-cpu.txt to the newest versions pyproject.toml allows, exit")
    args = ap.parse_args()
    if args.requirements:
        print("\n".join(cpu_requirements()))
        return 0
    if args.lock:
        write_lock(ensure_cpu_env())
        return 0
    kind = "cpu" if args.cpu_only else "gpu"
    t0 = time.time()
    py = ensure_cpu_env() if args.cpu_only else python_of(ROOT / ".venv")
    if not py.exists():
        sys.exit("run `python3 dev.py setup` first (the GPU build uses the project's .venv)")
    # the interface's translations: each complete .ts compiled with this environment's lrelease (desktop.i18n)
    subprocess.check_call([str(py), "-c", "from desktop.i18n import compile_translations as c; print(c())"], cwd=ROOT)
    stage = stage_assets(args.cpu_only, args.model or MODEL)
    out = DIST / "Pneumoscan"
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, PNEUMOSCAN_BUILD=kind, PNEUMOSCAN_STAGE=str(stage))
    subprocess.check_call([str(py), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                           "--distpath", str(DIST), "--workpath", str(BUILD / f"pyinstaller-{kind}"),
                           str(ROOT / "packaging" / "pneumoscan.spec")], env=env, cwd=ROOT)
    write_node_command(out)
    if platform.system() == "Linux":
        for f in ("install.sh", "pneumoscan.desktop"):
            shutil.copy2(ROOT / "packaging" / "linux" / f, out / f)
    stripped = strip_debug_info(out)
    if stripped:
        print(f"debug info stripped: {stripped / 1e6:.0f} MB saved", flush=True)
    build_s = time.time() - t0
    arch = platform.machine().lower()
    for old in DIST.glob(f"Pneumoscan-*-{kind}.tar.*"):
        old.unlink()
    archive = DIST / f"Pneumoscan-{version()}-{platform.system().lower()}-{arch}-{kind}.tar.xz"
    # xz (LZMA2): measured on the CPU build, 18 % smaller than gzip -9 (145 vs 176 MB); tar and 7-Zip read it
    with tarfile.open(archive, "w:xz", preset=6) as tar:
        tar.add(out, arcname="Pneumoscan")
    size = du(out)
    print(f"\nbuilt {out} ({kind}) in {build_s:.0f} s: {size / 1e6:.0f} MB installed, "
          f"{archive.stat().st_size / 1e6:.0f} MB as {archive.name}")
    for name, n in biggest(out):
        print(f"  {n / 1e6:7.1f} MB  {name}")
    if args.skip_self_test:
        return 0
    import tempfile

    exe = out / ("Pneumoscan.exe" if os.name == "nt" else "Pneumoscan")
    home = Path(tempfile.mkdtemp(prefix="pneumoscan-selftest-"))
    test_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PNEUMOSCAN_NO_GPU="" if kind == "gpu" else "1",
                    PNEUMOSCAN_HOME=str(home))
    test_env.pop("PNEUMOSCAN_MODEL", None)
    test_env.pop("PYTHONPATH", None)
    t1 = time.time()
    res = subprocess.run([str(exe), "--self-test"], env=test_env, capture_output=True, text=True, cwd=DIST)
    # the desktop executable has no console on Windows: its report is also kept in the log folder
    report = home / "logs" / "self-test.txt"
    print(res.stdout.strip() or (report.read_text(encoding="utf-8").strip() if report.is_file() else "")
          or res.stderr.strip()[-2000:])
    shutil.rmtree(home, ignore_errors=True)
    print(f"frozen self-test: exit {res.returncode} in {time.time() - t1:.1f} s")
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())
