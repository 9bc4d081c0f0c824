; Inno Setup script of KuntaSome's Windows installer: a per-user install without
; administrator rights, into %LOCALAPPDATA%\Programs\KuntaSome, with a Start-menu entry.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\kuntasome.iss
;
; after the frozen build (packaging\kuntasome.spec → build\pyinstaller\dist\kuntasome, and the
; icons in build\icons). Makes build\dist\KuntaSome-<version>-windows-x64-setup.exe.
;
; For IT (documented in README.md, "Download and install"):
;   silent per-user install:    KuntaSome-…-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
;   for every user (admin):     KuntaSome-…-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
;   another folder, a log:      /DIR="D:\Apps\KuntaSome" /LOG="C:\Temp\kuntasome-setup.log"
;   silent uninstall:           "%LOCALAPPDATA%\Programs\KuntaSome\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
; The uninstaller keeps the user's data (%LOCALAPPDATA%\KuntaSome: the database, evidence,
; backups); interactively it asks whether to remove that too, silently it never does.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z packaging\windows\kuntasome.iss
#endif
#define Root "..\.."

[Setup]
AppId={{6F2C9A57-3B1E-4C8D-9E2A-4B7D1C0F5A93}
AppName=KuntaSome
AppVersion={#AppVersion}
AppVerName=KuntaSome {#AppVersion}
AppPublisher=KuntaSome
VersionInfoVersion={#AppVersion}
; Per user by default ({autopf} is then %LOCALAPPDATA%\Programs); /ALLUSERS or the dialog
; lets an administrator install into Program Files for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\KuntaSome
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\build\dist
OutputBaseFilename=KuntaSome-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\icons\kuntasome.ico
UninstallDisplayIcon={app}\KuntaSome.exe
UninstallDisplayName=KuntaSome
Compression=lzma2/ultra64
SolidCompression=yes
LZMAUseSeparateProcess=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fi.DesktopIcon=Pikakuvake työpöydälle
sv.DesktopIcon=Genväg på skrivbordet
en.DesktopIcon=Shortcut on the desktop
fi.RemoveData=Poistetaanko myös KuntaSomen tiedot tältä koneelta?%n%n%1%n%nKansiossa ovat rekisteri, moderointilokin todisteet ja varmuuskopiot. Jos niitä ei ole arkistoitu tai varmuuskopioitu muualle, valitse Ei.
sv.RemoveData=Ska också KuntaSomes uppgifter på den här datorn tas bort?%n%n%1%n%nI mappen finns registret, modereringsloggens bevis och säkerhetskopiorna. Om de inte har arkiverats eller säkerhetskopierats någon annanstans, välj Nej.
en.RemoveData=Also remove KuntaSome's data from this computer?%n%n%1%n%nThe folder holds the register, the moderation log's evidence and the backups. Unless they have been archived or backed up elsewhere, choose No.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#Root}\build\pyinstaller\dist\kuntasome\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\KuntaSome"; Filename: "{app}\KuntaSome.exe"; AppUserModelID: "fi.kuntasome.KuntaSome"
Name: "{autodesktop}\KuntaSome"; Filename: "{app}\KuntaSome.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\KuntaSome.exe"; Description: "{cm:LaunchProgram,KuntaSome}"; Flags: nowait postinstall skipifsilent

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\KuntaSome');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { The program's own files are gone by now; the user's data stays unless they say so. }
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) and DirExists(DataFolder()) then
    if MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataFolder()]), mbConfirmation,
              MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataFolder(), True, True, True);
end;
