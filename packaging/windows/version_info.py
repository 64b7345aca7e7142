"""The Windows version resource (文件属性 → 详细信息) of the executables, from pyproject.toml.

Used by packaging/perfeval-gui.spec; `python packaging/windows/version_info.py` prints it in
PyInstaller's text form (what `pyi-grab_version` shows for an existing exe).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent.parent


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def numeric(version: str) -> tuple[int, int, int, int]:
    """0.1.0 -> (0, 1, 0, 0); a pre-release tail (1.2.0rc1 -> 1.2.0.0) is dropped."""
    parts: list[int] = []
    for piece in version.split(".")[:4]:
        digits = re.match(r"\d+", piece)
        if not digits:
            break
        parts.append(int(digits.group()))
        if digits.end() < len(piece):
            break
    return (*parts, 0, 0, 0, 0)[:4]


def version_info(exe_name: str, description: str):
    """A PyInstaller VSVersionInfo for one executable (PyInstaller must be installed)."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    meta = project()
    version = meta["version"]
    numbers = numeric(version)
    strings = [
        StringStruct("CompanyName", "perfeval-gui"),
        StringStruct("FileDescription", description),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", exe_name),
        StringStruct("LegalCopyright", f"{meta['license']} licence; bundled components: see LICENSES"),
        StringStruct("OriginalFilename", f"{exe_name}.exe"),
        StringStruct("ProductName", "项目支出绩效自评 (perfeval-gui)"),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers, mask=0x3F, flags=0x0, OS=0x40004,
                          fileType=0x1, subtype=0x0, date=(0, 0)),
        # 0804 = Chinese (PRC), 04B0 = UTF-16: the language and code page of the strings
        kids=[StringFileInfo([StringTable("080404B0", strings)]),
              VarFileInfo([VarStruct("Translation", [0x0804, 1200])])],
    )


if __name__ == "__main__":
    print(version_info("perfeval-gui", "项目支出绩效自评"))
