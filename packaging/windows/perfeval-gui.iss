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
; the [Registry] file types below: Explorer is told once they are written
ChangesAssociations=yes
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
; file types (perfeval-gui FILE opens or imports each): listed under 打开方式 for all of them;
; the double-click only where ticked — off by default for Word and Excel, which units open in Office
Name: "openwith"; Description: "在“打开方式”中列出本程序（.json、.docx、.xlsx、.xls、.zip）"; GroupDescription: "文件关联："
Name: "assocjson"; Description: "双击 .json 报告文件时用本程序打开"; GroupDescription: "文件关联："
Name: "assocdocx"; Description: "双击 Word 文件（.docx）时用本程序导入"; GroupDescription: "文件关联："; Flags: unchecked
Name: "assocxlsx"; Description: "双击 Excel 文件（.xlsx、.xls）时用本程序导入"; GroupDescription: "文件关联："; Flags: unchecked

[Files]
Source: "..\..\build\dist\perfeval-gui\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\perfeval-gui.exe"
Name: "{group}\卸载 {#AppName}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\perfeval-gui.exe"; Tasks: desktopicon

[Registry]
; the program, as Windows' 打开方式 lists it; one ProgID for every file it opens
Root: HKA; Subkey: "Software\Classes\Applications\perfeval-gui.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\perfeval-gui.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\perfeval-gui.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\perfeval-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\perfeval-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\perfeval-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\perfeval-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".xls"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\perfeval-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".zip"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\perfeval-gui.file"; ValueType: string; ValueName: ""; ValueData: "{#AppName} 文件"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\perfeval-gui.file\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\perfeval-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\perfeval-gui.file\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\perfeval-gui.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "perfeval-gui.file"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithProgids"; ValueType: string; ValueName: "perfeval-gui.file"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "perfeval-gui.file"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.xls\OpenWithProgids"; ValueType: string; ValueName: "perfeval-gui.file"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.zip\OpenWithProgids"; ValueType: string; ValueName: "perfeval-gui.file"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
; the double-click (Windows 10/11 may still ask once: the user's own choice there wins); Word and
; Excel only for this user, never over the machine's own association (given back at uninstall)
Root: HKA; Subkey: "Software\Classes\.json"; ValueType: string; ValueName: ""; ValueData: "perfeval-gui.file"; Flags: uninsdeletevalue; Tasks: assocjson
Root: HKCU; Subkey: "Software\Classes\.docx"; ValueType: string; ValueName: ""; ValueData: "perfeval-gui.file"; Flags: uninsdeletevalue; Tasks: assocdocx
Root: HKCU; Subkey: "Software\Classes\.xlsx"; ValueType: string; ValueName: ""; ValueData: "perfeval-gui.file"; Flags: uninsdeletevalue; Tasks: assocxlsx
Root: HKCU; Subkey: "Software\Classes\.xls"; ValueType: string; ValueName: ""; ValueData: "perfeval-gui.file"; Flags: uninsdeletevalue; Tasks: assocxlsx

[Run]
Filename: "{app}\perfeval-gui.exe"; Description: "立即启动 {#AppName}"; Flags: nowait postinstall skipifsilent
