#!/usr/bin/env python3
"""Set up the development environment and run Pneumoscan or its tests.

    python3 dev.py app [PATH...]   # create .venv if missing, install, launch the app
    python3 dev.py test [PYTEST-ARGS...]   # create .venv if missing, install, run the checks and the tests
    python3 dev.py setup                   # create .venv if missing and install, nothing else

``test`` runs the static checks, the whole test suite in ``.venv`` (everything:
run-time, GPU, training and development dependencies), then the engine's and the
app's tests again in ``.venv-cpu``, which holds only the CPU run-time install (no
torch, no scikit-learn, no OpenCV, no onnx: what the CPU installer ships) against
the small ONNX-only bundle in ``tests/fixtures/onnx_bundle``.  The two runs write
the hazard traceability table, build/traceability/traceability.md.  With PYTEST-ARGS
only the first run happens, with those arguments (and no table).

Idempotent: the virtual environments are created once, and dependencies are
reinstalled only when pyproject.toml changes (a stamp file records its hash).
Standard library only, so it runs on a fresh machine with Python >= 3.11.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
CPU_VENV = ROOT / ".venv-cpu"
#: where the whole suite writes the hazard traceability table (tests/hazard_log.py)
TRACEABILITY = ROOT / "build" / "traceability"
#: what each environment installs from pyproject.toml
EXTRAS = {VENV: "train,gpu,dev", CPU_VENV: "test"}


def venv_python(env: Path = VENV) -> Path:
    return env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_env(env: Path = VENV) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py must say this on an older Python, not fail to parse)
        sys.exit(f"Pneumoscan needs Python >= 3.11 (this is {sys.version.split()[0]}).")
    py = venv_python(env)
    stamp = env / ".pneumoscan-installed"
    if not py.exists():
        print(f"Creating virtual environment in {env} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(env)
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text().strip() != want:
        print(f"Installing Pneumoscan and its dependencies into {env.name} (first run takes a few minutes) ...",
              flush=True)
        subprocess.check_call([str(py), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        subprocess.check_call([str(py), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[{EXTRAS[env]}]"])
        stamp.write_text(want)
    compile_translations(py)
    return py


def compile_translations(py: Path) -> None:
    """The interface's translations: each complete desktop/i18n/pneumoscan_<lang>.ts compiled to .qm (built files,
    not in git; desktop.i18n.compile_translations, with the environment's pyside6-lrelease)."""
    if not any((ROOT / "desktop" / "i18n").glob("pneumoscan_*.ts")):
        return
    code = ("from desktop.i18n import compile_translations as c\n"
            "for name, what in c().items(): print(f'translations: {name}: {what}')")
    subprocess.call([str(py), "-c", code], cwd=ROOT)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"app", "test", "setup"}:
        print(__doc__)
        return 2
    py = ensure_env()
    cmd, rest = argv[0], argv[1:]
    if cmd == "setup":
        return 0
    if cmd == "app":
        return subprocess.call([str(py), "-m", "desktop", *rest])
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    failed = [name for name, cmd in checks(py) if subprocess.call(cmd, cwd=ROOT, env=env) != 0]
    # the whole suite writes the hazard traceability table (docs/safety/hazards.md says what it holds)
    trace = [] if rest else ["--traceability", str(TRACEABILITY)]
    shutil.rmtree(TRACEABILITY, ignore_errors=True)
    code = subprocess.call([str(py), "-m", "pytest", *trace, *rest], cwd=ROOT, env=env)
    if not rest:
        cpu = ensure_env(CPU_VENV)
        print("dev.py: the engine's and the app's tests again, in the CPU run-time environment (no torch) ...",
              flush=True)
        if subprocess.call([str(cpu), "-m", "pytest", "--torch-free", "-p", "no:cacheprovider", *trace,
                            "tests/engine", "tests/desktop", "tests/test_docs.py", "tests/test_hazards.py"],
                           cwd=ROOT, env=env) != 0:
            failed.append("torch-free tests")
        print(f"dev.py: hazard traceability table: {(TRACEABILITY / 'traceability.md').relative_to(ROOT)}", flush=True)
        failed += unverified_hazards()
    if failed:
        print(f"dev.py: checks failed: {', '.join(failed)}", flush=True)
    return code or (1 if failed else 0)


def unverified_hazards() -> list[str]:
    """After the whole suite: every hazard of docs/safety/hazards.toml must be verified by a test that passed in one
    of the two runs (a hazard whose tests all skipped -- a missing tool or data set -- is not verified)."""
    import json

    try:
        verdicts = json.loads((TRACEABILITY / "verdicts.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ["hazard traceability (no build/traceability/verdicts.json was written)"]
    bad = sorted(h for h, v in verdicts.items() if v != "verified")
    return [f"hazards not verified by a passing test: {', '.join(bad)} (build/traceability/traceability.md)"] if bad else []


#: Static checks run before the tests (configured in pyproject.toml): ruff (pyflakes, blind except, import order,
#: bugbear, pyupgrade, heavy imports at module level), mypy on engine/ and training/, and the import contracts.
def checks(py: Path) -> list[tuple[str, list[str]]]:
    lint_imports = py.parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    return [("ruff", [str(py), "-m", "ruff", "check", "."]), ("mypy (engine, training)", [str(py), "-m", "mypy"]),
            ("import contracts", [str(lint_imports)])]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
