"""The PyInstaller spec, evaluated as PyInstaller would on Linux and on Windows.

The Windows build cannot run here; what can be checked is what the spec asks PyInstaller for:
two executables on Windows (the window and a console one for the command line) with version
resources, one stripped executable on Linux without the system libraries every desktop has,
and every library's metadata for the About box.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import PyInstaller.compat  # the `test` extra installs PyInstaller
import tomllib
from PyInstaller.utils.hooks import collect_data_files  # (loaded before sys.platform is faked)

# PyInstaller's version-resource module imports Windows' resource API, which only its .exe
# reader and writer use; the structures and their text form are plain Python
if not hasattr(PyInstaller.compat, "win32api"):
    PyInstaller.compat.win32api = None
from PyInstaller.utils.win32.versioninfo import (
    VSVersionInfo,
    load_version_info_from_text_file,
)

from .conftest import ROOT

SPEC = ROOT / "packaging" / "perfeval-gui.spec"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

BINARIES = [
    ("libstdc++.so.6", "/usr/lib/libstdc++.so.6", "BINARY"),
    ("libgcc_s.so.1", "/lib/libgcc_s.so.1", "BINARY"),
    ("libxcb.so.1", "/usr/lib/libxcb.so.1", "BINARY"),
    ("libxcb-xkb.so.1", "/usr/lib/libxcb-xkb.so.1", "BINARY"),
    ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
    ("libxcb-util.so.1", "/usr/lib/libxcb-util.so.1", "BINARY"),
    ("libfontconfig.so.1", "/usr/lib/libfontconfig.so.1", "BINARY"),
    ("libfreetype.so.6", "/usr/lib/libfreetype.so.6", "BINARY"),
    ("libglib-2.0.so.0", "/usr/lib/libglib-2.0.so.0", "BINARY"),
    ("libEGL.so.1", "/usr/lib/libEGL.so.1", "BINARY"),
    ("libcups.so.2", "/usr/lib/libcups.so.2", "BINARY"),
    ("libexpat.so.1", "/usr/lib/libexpat.so.1", "BINARY"),
    ("libssl.so.1.1", "/usr/lib/libssl.so.1.1", "BINARY"),
    ("libffi.so.7", "/usr/lib/libffi.so.7", "BINARY"),
    ("libsqlite3.so.0", "/usr/lib/libsqlite3.so.0", "BINARY"),
    ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
]
SYSTEM = {"libstdc++.so.6", "libgcc_s.so.1", "libxcb.so.1", "libxcb-xkb.so.1", "libfontconfig.so.1",
          "libfreetype.so.6", "libglib-2.0.so.0", "libEGL.so.1", "libcups.so.2", "libexpat.so.1"}


class Recorder:
    def __init__(self) -> None:
        self.exes: list[dict] = []
        self.collect: tuple = ()
        self.analysis = None

    def globals(self) -> dict:
        recorder = self

        class Analysis:
            def __init__(self, scripts, **options):
                self.scripts, self.options = scripts, options
                self.datas, self.binaries, self.pure = options["datas"], list(BINARIES), []
                recorder.analysis = self

        def exe(*parts, **options):
            recorder.exes.append(options)
            return options["name"]

        def collect(*parts, **options):
            recorder.collect = (parts, options)

        return {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC), "__name__": "__main__",
                "Analysis": Analysis, "PYZ": lambda pure: "pyz", "EXE": exe, "COLLECT": collect}


def run_spec(platform: str, monkeypatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts packaging/windows on it
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), recorder.globals())
    return recorder


def test_windows_gets_a_window_exe_and_a_console_exe_with_version_resources(monkeypatch):
    spec = run_spec("win32", monkeypatch)
    by_name = {exe["name"]: exe for exe in spec.exes}
    assert set(by_name) == {"perfeval-gui", "perfeval-gui-cli"}
    assert by_name["perfeval-gui"]["console"] is False and by_name["perfeval-gui-cli"]["console"] is True
    for name, exe in by_name.items():
        assert isinstance(exe["version"], VSVersionInfo)
        text = str(exe["version"])
        assert f"StringStruct('ProductVersion', '{VERSION}')" in text
        assert f"StringStruct('OriginalFilename', '{name}.exe')" in text
        assert exe["icon"].endswith("perfeval-gui.ico") and not exe.get("strip")
    parts, options = spec.collect
    assert parts[:2] == ("perfeval-gui", "perfeval-gui-cli") and options["name"] == "perfeval-gui"
    # Windows keeps every DLL PyInstaller found: the system-library rule is Linux's
    assert spec.analysis.binaries == BINARIES


def test_linux_gets_one_stripped_exe_without_the_desktops_own_libraries(monkeypatch):
    spec = run_spec("linux", monkeypatch)
    [exe] = spec.exes
    assert exe["name"] == "perfeval-gui" and exe["console"] is True and exe["strip"] is True
    assert exe["version"] is None and spec.collect[1]["strip"] is True
    kept = {Path(entry[0]).name for entry in spec.analysis.binaries}
    assert kept == {Path(entry[0]).name for entry in BINARIES} - SYSTEM
    assert {"libxcb-cursor.so.0", "libssl.so.1.1", "libffi.so.7", "libQt6Core.so.6"} <= kept


def test_every_librarys_metadata_travels_for_the_about_box(monkeypatch):
    from perfeval_gui.ui.shell.about_dialog import BUNDLED

    spec = run_spec("linux", monkeypatch)
    bundled = {re.sub(r"[-_.]+", "-", Path(dest).name.removesuffix(".dist-info").rsplit("-", 1)[0]).lower()
               for source, dest in spec.analysis.datas if source.endswith(".dist-info")}
    for name, _licence in BUNDLED:
        assert re.sub(r"[-_.]+", "-", name).lower() in bundled, name
    assert {"openpyxl", "xlsxwriter", "python-calamine", "xlrd", "rl-accel"} <= bundled


def test_the_version_resource_reads_back_as_windows_would_show_it(tmp_path):
    sys.path.insert(0, str(ROOT / "packaging" / "windows"))
    try:
        import version_info
    finally:
        sys.path.remove(str(ROOT / "packaging" / "windows"))
    assert version_info.numeric("0.1.0") == (0, 1, 0, 0)
    assert version_info.numeric("1.2.3rc1") == (1, 2, 3, 0)
    assert version_info.numeric("2.0") == (2, 0, 0, 0)
    text = tmp_path / "version.txt"
    text.write_text(str(version_info.version_info("perfeval-gui-cli", "命令行")), encoding="utf-8")
    loaded = load_version_info_from_text_file(str(text))
    assert loaded.ffi.fileVersionMS >> 16 == version_info.numeric(VERSION)[0]
    assert f"StringStruct('FileVersion', '{VERSION}')" in str(loaded)
    assert "StringStruct('FileDescription', '命令行')" in str(loaded)


def test_reportlab_and_docx_data_are_collected(monkeypatch):
    spec = run_spec("linux", monkeypatch)
    destinations = {dest for _source, dest in spec.analysis.datas}
    assert {dest for _s, dest in collect_data_files("docx")} <= destinations
    assert {"resources/profiles", "resources/i18n", "resources/demo"} <= destinations


def test_the_bundle_leaves_out_build_tools_no_module_of_the_app_imports(monkeypatch):
    """In the bundle, setuptools and multiprocessing would be imported by PyInstaller's runtime
    hooks before the app's first line (~70 ms of each start, issue 28): the spec leaves them
    out, which is safe only while no module of the app (or what it imports) needs them."""
    import subprocess

    spec = run_spec("linux", monkeypatch)
    left_out = {"setuptools", "pkg_resources", "distutils", "pip", "wheel", "multiprocessing"}
    assert left_out <= set(spec.analysis.options["excludes"])
    every_module = (
        "import pkgutil, sys, perfeval_gui\n"
        # what the app imports inside functions (exports, readers, previews)
        "import docx, openpyxl, xlsxwriter, xlrd, python_calamine, pypdfium2, PIL.Image\n"
        "import reportlab.platypus, sqlite_utils, PySide6.QtPrintSupport, PySide6.QtNetwork\n"
        "for info in pkgutil.walk_packages(perfeval_gui.__path__, 'perfeval_gui.'):\n"
        "    if not info.name.endswith('__main__'):\n"
        "        __import__(info.name)\n"
        "print('\\n'.join(sys.modules))\n")
    loaded = subprocess.run([sys.executable, "-c", every_module], capture_output=True, text=True,
                            check=True, cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    tops = {name.split(".")[0] for name in loaded.stdout.split()}
    assert "perfeval_gui" in tops and "PySide6" in tops and "reportlab" in tops
    assert not tops & left_out


def test_the_linux_bundles_modules_are_files_not_an_archive_inflated_at_each_start(monkeypatch):
    assert run_spec("linux", monkeypatch).analysis.options["noarchive"] is True
    # Windows keeps one archive: a virus scanner reads every file a start opens
    assert run_spec("win32", monkeypatch).analysis.options["noarchive"] is False
