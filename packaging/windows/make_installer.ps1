# Build the Windows installer: PyInstaller one-folder build, then Inno Setup (iscc on PATH).
#   powershell -ExecutionPolicy Bypass -File packaging\windows\make_installer.ps1 [-Gpu]
param([switch]$Gpu)
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
$version = (Select-String -Path "$root\engine\_version.py" -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value
$flavor = if ($Gpu) { "gpu" } else { "cpu" }
if ($Gpu) { python "$root\packaging\build.py" } else { python "$root\packaging\build.py" --cpu-only }
if ($LASTEXITCODE -ne 0) { throw "build or frozen self-test failed" }
iscc "/DAppVersion=$version" "/DFlavor=$flavor" "$root\packaging\windows\pneumoscan.iss"
