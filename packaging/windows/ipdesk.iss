; Inno Setup script: per-user installer for the PyInstaller one-folder bundle (dist\ipdesk).
; Build on Windows after PyInstaller (which writes build\windows\dist\ipdesk: ipdesk.exe, the GUI, and
; ipdesk-console.exe, the same program for the command line and `--self-test`):
;   iscc /DAppVersion=0.1.0 packaging\windows\ipdesk.iss      -> build\windows\IPDesk-0.1.0-setup.exe
; Signing (optional): add SignTool=... here and sign ipdesk.exe / ipdesk-console.exe before compiling.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; A fixed AppId makes a new version upgrade the installed one in place.
AppId={{6F1B8C2E-4D2A-4E57-9A4B-1C7D2E9B5A10}
AppName=IP Desk
AppVersion={#AppVersion}
AppPublisher=IP Desk team
DefaultDirName={localappdata}\Programs\IP Desk
DefaultGroupName=IP Desk
; Per-user install: no administrator rights needed.
PrivilegesRequired=lowest
OutputDir=..\..\build\windows
OutputBaseFilename=IPDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\ipdesk.ico
UninstallDisplayIcon={app}\ipdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Chinese (Simplified) setup messages are not part of Inno Setup's official languages: to add them, put
; ChineseSimplified.isl (from jrsoftware's unofficial translations) next to this script and add
;   Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"

[Files]
Source: "..\..\build\windows\dist\ipdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Upgrade in place: remove the previous bundle's files so no stale Qt plugin or module survives.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\IP Desk"; Filename: "{app}\ipdesk.exe"
Name: "{group}\Uninstall IP Desk"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\ipdesk.exe"; Description: "Launch IP Desk"; Flags: nowait postinstall skipifsilent
