"""The domain stays Qt-free: core, store and export never import PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "perfeval_gui"
QT_FREE = ["core", "store", "export"]


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
            names = [a.value for a in node.args if isinstance(a, ast.Constant)]
        found += [f"{path.name}:{node.lineno} {n}" for n in names
                  if str(n).split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")]
    return found


@pytest.mark.parametrize("folder", QT_FREE)
def test_domain_folders_do_not_import_qt(folder):
    files = sorted((PACKAGE / folder).rglob("*.py"))
    assert files, f"no sources under {folder}"
    offenders = [hit for f in files for hit in qt_imports(f)]
    assert offenders == []


def test_the_detector_would_see_an_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport shiboken6\n")
    assert len(qt_imports(sample)) == 2


def test_headless_command_line_never_loads_qt():
    code = (
        "import sys, perfeval_gui.cli, perfeval_gui.store.repository, perfeval_gui.core.checks;"
        "import perfeval_gui.export as e;"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
