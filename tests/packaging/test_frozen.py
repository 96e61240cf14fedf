"""Build the CPU-only frozen app and run its self-test (slow: run with --run-slow)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_cpu_only_build_passes_its_self_test() -> None:
    if not (ROOT / "assets" / "models" / "pneumoscan-densenet161" / "bundle.json").is_file():
        pytest.skip("no bundled model to package")
    res = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--cpu-only"], cwd=ROOT,
                         capture_output=True, text=True, timeout=1700)
    assert res.returncode == 0, res.stdout[-4000:] + res.stderr[-4000:]
    assert "self-test PASS" in res.stdout and "torch not loaded" in res.stdout
    assert list((ROOT / "dist").glob("Pneumoscan-*-cpu.tar.xz"))
    node = subprocess.run([str(ROOT / "dist" / "Pneumoscan" / "pneumoscan-node"), "--help"], capture_output=True,
                          text=True, timeout=120)
    assert node.returncode == 0 and "--send-to AE@HOST:PORT" in node.stdout, node.stderr
    # as a clinic and the release workflow check it: the self-test's kept report, each sample's result
    checked = subprocess.run([sys.executable, str(ROOT / "packaging" / "check_frozen.py"), str(ROOT / "dist" / "Pneumoscan")],
                             capture_output=True, text=True, timeout=900)
    assert checked.returncode == 0, checked.stdout[-3000:] + checked.stderr[-2000:]
