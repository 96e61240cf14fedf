; Inno Setup script: per-user install of the one-folder PyInstaller build (dist\Pneumoscan).
; Build on Windows:  python packaging\build.py --cpu-only   then
;                    iscc /DAppVersion=<version> packaging\windows\pneumoscan.iss
; packaging\windows\make_installer.ps1 does both and reads the version from engine\_version.py.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef Flavor
  #define Flavor "cpu"
#endif

[Setup]
AppId={{6C1F5E2A-3B0D-4C57-9B7E-5D2B2A7C9E11}
AppName=Pneumoscan
AppVersion={#AppVersion}
AppPublisher=Pneumoscan
DefaultDirName={localappdata}\Programs\Pneumoscan
DefaultGroupName=Pneumoscan
; per-user install: no administrator rights needed on clinic workstations
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Pneumoscan-{#AppVersion}-windows-x64-{#Flavor}-setup
Compression=lzma2/ultra64
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayName=Pneumoscan {#AppVersion}
WizardStyle=modern
LicenseFile=..\..\README.md

[Files]
Source: "..\..\dist\Pneumoscan\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Pneumoscan"; Filename: "{app}\Pneumoscan.exe"
Name: "{group}\Pneumoscan (sample images)"; Filename: "{app}\Pneumoscan.exe"; Parameters: "--demo"
Name: "{group}\Uninstall Pneumoscan"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\Pneumoscan.exe"; Description: "Start Pneumoscan"; Flags: nowait postinstall skipifsilent
