"""The file types the installers announce are the ones ``perfeval-gui FILE`` opens: the .deb's
desktop file declares their MIME types, the Windows installer offers the associations (the
double-click on Word and Excel files unticked by default) and passes the file as ``"%1"``."""

from __future__ import annotations

import configparser
import re

from tests.conftest import ROOT

TYPES = {"application/json", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel",
         "application/zip"}
EXTENSIONS = {".json", ".docx", ".xlsx", ".xls", ".zip"}


def test_the_desktop_file_declares_what_the_app_opens():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment, method-assign]
    entry.read(ROOT / "packaging" / "linux" / "perfeval-gui.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "perfeval-gui %f"  # one file, as launch.file_to_open takes it
    declared = desktop["MimeType"]
    assert declared.endswith(";")
    assert TYPES <= set(declared.rstrip(";").split(";"))


def _iss() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    script = ROOT / "packaging" / "windows" / "perfeval-gui.iss"
    for line in script.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            current = line.strip("[]")
            sections[current] = []
        elif line.strip() and not line.startswith(";"):
            sections.setdefault(current, []).append(line)
    return sections


def _unquoted(value: str) -> str:
    value = value.strip()
    return value[1:-1] if len(value) > 1 and value[0] == value[-1] == '"' else value


def _fields(line: str) -> dict[str, str]:
    return {k.strip(): _unquoted(v) for k, v in
            (part.split(":", 1) for part in re.split(r';\s(?=\w+:)', line))}


def test_the_windows_installer_offers_the_associations_word_and_excel_unticked():
    sections = _iss()
    tasks = {_fields(t)["Name"]: _fields(t) for t in sections["Tasks"]}
    assert "unchecked" in tasks["assocdocx"].get("Flags", "")
    assert "unchecked" in tasks["assocxlsx"].get("Flags", "")
    assert "unchecked" not in tasks["assocjson"].get("Flags", "")
    registry = [_fields(r) for r in sections["Registry"]]
    open_with = {r["Subkey"].split("\\")[2] for r in registry if r["Subkey"].endswith("OpenWithProgids")}
    assert open_with == EXTENSIONS
    defaults = {r["Subkey"].split("\\")[2]: r["Tasks"] for r in registry
                if re.fullmatch(r"Software\\Classes\\\.\w+", r["Subkey"])}
    assert defaults == {".json": "assocjson", ".docx": "assocdocx", ".xlsx": "assocxlsx",
                        ".xls": "assocxlsx"}
    commands = [r["ValueData"] for r in registry if r["Subkey"].endswith(r"shell\open\command")]
    assert commands and all(c.endswith('""%1""') for c in commands)
    assert "ChangesAssociations=yes" in sections["Setup"]
