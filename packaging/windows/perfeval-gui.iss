; Inno Setup script: a per-user installer (no administrator rights needed) for the
; PyInstaller one-folder build. Build steps: packaging/windows/README.md.
#define AppName "项目支出绩效自评"
#define AppId "perfeval-gui"
#define AppExe AddBackslash(SourcePath) + "..\..\build\dist\perfeval-gui\perfeval-gui.exe"
#ifnexist AppExe
  #error build\dist\perfeval-gui\perfeval-gui.exe is missing: build with PyInstaller first (packaging\windows\README.md)
#endif
; the version of pyproject.toml, from the exe's version resource (packaging/windows/version_info.py)
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AppExe, "ProductVersion")
#endif

[Setup]
AppId={{6F3C2B8E-5D1A-4C7E-9B2F-PERFEVALGUI01}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=perfeval-gui
DefaultDirName={localappdata}\Programs\perfeval-gui
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\build
OutputBaseFilename=perfeval-gui-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\perfeval-gui.ico
UninstallDisplayIcon={app}\perfeval-gui.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
; Inno Setup installs only its official languages; Chinese (Simplified) is one of its
; "unofficial" translations: where to get it is in packaging/windows/README.md
#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\Unofficial\ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl is missing: put it beside perfeval-gui.iss (packaging\windows\README.md)
#endif

[Tasks]
Name: "desktopicon"; Description: "在桌面创建快捷方式"; GroupDescription: "附加快捷方式："

[Files]
Source: "..\..\build\dist\perfeval-gui\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\perfeval-gui.exe"
Name: "{group}\卸载 {#AppName}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\perfeval-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\perfeval-gui.exe"; Description: "立即启动 {#AppName}"; Flags: nowait postinstall skipifsilent
