; Fallakte for Windows: installs the PyInstaller folder dist\fallakte (Inno Setup 6.3 or newer).
;
;   pyinstaller --noconfirm --clean installer\fallakte.spec
;   iscc /DAppVersion=0.1.0 installer\windows\fallakte.iss
;
; gives dist\fallakte-0.1.0-setup.exe. The version comes from pyproject.toml (the workflow
; .github/workflows/windows-installer.yml reads it there); see installer/README.md.
;
; Per user (no administrator rights, into %LOCALAPPDATA%\Programs) or per machine (into
; Program Files): the installer asks. A newer setup installs over the old one in place (same
; AppId). The counsellor's encrypted data is never in the program folder: it lives in
; %LOCALAPPDATA%\Fallakte\Fallakte (platformdirs' user data dir), stays on upgrades and on
; uninstall, and is deleted only if the person uninstalling asks for it twice.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (see installer/README.md)
#endif
; Windows file versions are numbers only (a.b.c.d); pass /DNumericVersion= for e.g. 1.2.0rc1.
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\fallakte"
#endif

[Setup]
; Never change the AppId: it is how a newer setup finds and replaces the installed version.
AppId={{17C3DF99-0B69-4A3C-B80E-7D07FC84D8F7}
AppName=Fallakte
AppVersion={#AppVersion}
AppVerName=Fallakte {#AppVersion}
AppPublisher=Fallakte
AppComments=Verschlüsselte Fallakten für die Rückkehrberatung / encrypted case files for return counselling
VersionInfoVersion={#NumericVersion}
VersionInfoProductName=Fallakte
VersionInfoProductVersion={#NumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoDescription=Fallakte Setup
VersionInfoCompany=Fallakte
; Per user by default; the dialog (or /ALLUSERS on the command line, for a silent roll-out)
; installs for all users instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\Fallakte
DefaultGroupName=Fallakte
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=fallakte-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\fallakte.ico
UninstallDisplayIcon={app}\fallakte.exe
UninstallDisplayName=Fallakte
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running Fallakte is asked to close (it saves open forms as drafts) before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.DeleteDataQuestion=Sollen auch die verschlüsselten Fallakten auf diesem Computer gelöscht werden?%n%nNormalerweise: Nein. Die Daten bleiben dann erhalten, und eine neu installierte Fallakte öffnet sie wieder.
en.DeleteDataQuestion=Also delete the encrypted case files on this computer?%n%nUsually: No. The data then stays, and a newly installed Fallakte opens it again.
de.DeleteDataConfirm=Wirklich löschen? Das kann nicht rückgängig gemacht werden. Änderungen, die noch nicht mit dem Server synchronisiert sind, gehen verloren.
en.DeleteDataConfirm=Really delete? This cannot be undone. Changes not yet synchronised with the server are lost.
de.DeleteDataFailed=Der Datenordner konnte nicht vollständig gelöscht werden:
en.DeleteDataFailed=The data folder could not be deleted completely:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files an older version had but this one does not (an old
; migration script, a renamed library) must not linger next to the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Fallakte"; Filename: "{app}\fallakte.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\Fallakte"; Filename: "{app}\fallakte.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\fallakte.exe"; Description: "{cm:LaunchProgram,Fallakte}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; What the program wrote into its own folder at run time (compiled migration scripts).
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function DataDir(): String;
begin
  { platformdirs.user_data_dir("Fallakte", "Fallakte"): the store, keys and desktop settings }
  Result := ExpandConstant('{localappdata}\Fallakte\Fallakte');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep <> usPostUninstall) or UninstallSilent() or not DirExists(DataDir()) then
    exit;
  if MsgBox(CustomMessage('DeleteDataQuestion') + #13#10#13#10 + DataDir(),
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    exit;
  if MsgBox(CustomMessage('DeleteDataConfirm'), mbError, MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    exit;
  if DelTree(DataDir(), True, True, True) then
    { the parent goes too if nothing else (e.g. a local Fallakte Server) lives in it }
    RemoveDir(ExpandConstant('{localappdata}\Fallakte'))
  else
    MsgBox(CustomMessage('DeleteDataFailed') + #13#10 + DataDir(), mbError, MB_OK);
end;
