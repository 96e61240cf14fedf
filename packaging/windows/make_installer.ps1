# Build the Windows installer: PyInstaller one-folder build (with its frozen self-test), then Inno Setup.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\make_installer.ps1 [-Gpu]
# Needs Python 3.11 as `python` and Inno Setup 6's iscc (on PATH, or where its installer puts it).
param([switch]$Gpu)
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
$version = (Select-String -Path "$root\engine\_version.py" -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value
$flavor = if ($Gpu) { "gpu" } else { "cpu" }
if ($Gpu) { python "$root\packaging\build.py" } else { python "$root\packaging\build.py" --cpu-only }
if ($LASTEXITCODE -ne 0) { throw "build or frozen self-test failed" }
# the bundle's name, version and identity, shown in Programs and Features (the same digest the app checks)
$model = "$root\assets\models\pneumoscan-densenet161"
$name = python -c "import json, sys; b = json.load(open(sys.argv[1])); print(b['name'], b['version'])" "$model\bundle.json"
$digest = python -c "import json, sys; sys.path.insert(0, sys.argv[2]); from engine.bundle.model_bundle import bundle_digest; print(bundle_digest(json.load(open(sys.argv[1]))))" "$model\bundle.json" "$root"
if ($LASTEXITCODE -ne 0) { throw "could not read the model bundle's identity" }
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 (iscc) not found: install it (choco install innosetup)" }
& $iscc "/DAppVersion=$version" "/DFlavor=$flavor" "/DModelName=$name" "/DBundleDigest=$digest" "$root\packaging\windows\pneumoscan.iss"
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }
