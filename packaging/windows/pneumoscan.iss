; Inno Setup script: the per-user Windows installer of the one-folder PyInstaller build.
;
; On Windows:  powershell -ExecutionPolicy Bypass -File packaging\windows\make_installer.ps1
;              (python packaging\build.py --cpu-only, then iscc with the version and the bundle's identity)
; On Linux:    python3 packaging/windows/build_on_linux.py   (under Wine: the console tools only)
;
; A clinic's installer: no administrator rights needed (per-user, %LOCALAPPDATA%\Programs\Pneumoscan; an
; administrator may choose all users), the intended use shown before anything is installed, Start menu entries,
; the version and the model bundle's identity in Programs and Features, and an uninstall that keeps the user's
; data (readings, audit log, settings, cache) unless the user asks, in so many words, for it to be deleted.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef Flavor
  #define Flavor "cpu"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Pneumoscan"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef ModelName
  #define ModelName "the bundled model"
#endif
#ifndef BundleDigest
  #define BundleDigest "unknown"
#endif
; The build made under Wine has no desktop app (Qt cannot start there): its entries say so
#if FileExists(AddBackslash(SourceDir) + "Pneumoscan.exe")
  #define HasApp
  #define Edition ""
  #define MainExe "Pneumoscan.exe"
#else
  #define Edition " (command-line tools only)"
  #define MainExe "pneumoscan-predict.exe"
#endif

[Setup]
AppId={{6C1F5E2A-3B0D-4C57-9B7E-5D2B2A7C9E11}
AppName=Pneumoscan
AppVersion={#AppVersion}
AppVerName=Pneumoscan {#AppVersion}{#Edition}
AppPublisher=Pneumoscan
; Programs and Features shows these: what is installed, and which model it decides with
AppComments=Decision support for pediatric chest X-rays, not a diagnosis. Model {#ModelName}, bundle sha256 {#BundleDigest}
VersionInfoVersion={#AppVersion}
VersionInfoDescription=Pneumoscan {#AppVersion} installer ({#Flavor}){#Edition}
DefaultDirName={code:DefaultInstallDir}
DefaultGroupName=Pneumoscan
DisableProgramGroupPage=yes
; per-user install: no administrator rights needed on clinic workstations (into %LOCALAPPDATA%\Programs);
; an administrator may install for all users (Program Files) from the first page or with /ALLUSERS
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
OutputDir={#OutputDir}
OutputBaseFilename=Pneumoscan-{#AppVersion}-windows-x64-{#Flavor}-setup
Compression=lzma2/ultra64
SolidCompression=yes
; compression in a separate process: needed for ISCC under Wine, harmless on Windows
LZMAUseSeparateProcess=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
UninstallDisplayName=Pneumoscan {#AppVersion}{#Edition}
UninstallDisplayIcon={app}\{#MainExe}
WizardStyle=modern
; the intended use, as the app states it (scripts/installer_texts.py writes it from the app's own text)
InfoBeforeFile=intended_use.txt
CloseApplications=yes
SetupLogging=yes

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[InstallDelete]
; an upgrade replaces the program's modules whole: nothing of an older version lingers beside the new one
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
#ifdef HasApp
Name: "{group}\Pneumoscan"; Filename: "{app}\Pneumoscan.exe"; Comment: "Decision support for pediatric chest X-rays"
Name: "{group}\Pneumoscan (sample images)"; Filename: "{app}\Pneumoscan.exe"; Parameters: "--demo"
Name: "{group}\Check this installation"; Filename: "{app}\Pneumoscan.exe"; Parameters: "--self-test --show-result"; Comment: "Runs Pneumoscan's self-test and shows the result"
#endif
Name: "{group}\Pneumoscan command line"; Filename: "{cmd}"; Parameters: "/k pneumoscan-predict.exe --help"; WorkingDir: "{app}"; Comment: "pneumoscan-predict and pneumoscan-node, for folders and the DICOM node"
Name: "{group}\Uninstall Pneumoscan"; Filename: "{uninstallexe}"

[Run]
#ifdef HasApp
Filename: "{app}\Pneumoscan.exe"; Description: "Start Pneumoscan"; Flags: nowait postinstall skipifsilent
#endif

[Code]
// Where autopf would point, spelled out: Wine 8 cannot resolve the per-user Program Files known folder, and this
// is the same folder on Windows.
function DefaultInstallDir(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonpf}\Pneumoscan')
  else
    Result := ExpandConstant('{localappdata}\Programs\Pneumoscan');
end;

// The user's data is where the app keeps it (platformdirs on Windows, docs/packaging.md):
// %LOCALAPPDATA%\Pneumoscan\Pneumoscan  readings (reviews.sqlite), the audit log, site profiles; Cache and Logs
// inside; the settings in HKCU\Software\Pneumoscan.  Uninstalling keeps all of it unless the user, asked with
// "No" as the default answer, says Yes; a silent uninstall never deletes it.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Data := ExpandConstant('{localappdata}\Pneumoscan');
  if UninstallSilent or not (DirExists(Data) or RegKeyExists(HKCU, 'Software\Pneumoscan')) then
    exit;
  if MsgBox('Pneumoscan has been removed.' + #13#10#13#10 +
            'Your own data has been kept: the readings you recorded, the audit log, your settings and the ' +
            'result cache, in' + #13#10 + Data + #13#10#13#10 +
            'Results you exported (CSV, PDF) and images the DICOM node received are in the folders you chose ' +
            'and are never touched.' + #13#10#13#10 +
            'Delete your Pneumoscan data as well? This cannot be undone.',
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    DelTree(Data, True, True, True);
    RegDeleteKeyIncludingSubkeys(HKCU, 'Software\Pneumoscan');
  end;
end;
