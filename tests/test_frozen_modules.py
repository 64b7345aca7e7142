"""The frozen build leaves out the Qt modules the app never uses (packaging/perfeval-gui.spec's
EXCLUDES); a module the app does import must never be among them, or the installed app fails
where the checkout works (QtNetwork: the hand-over of a file to the open window)."""

from __future__ import annotations

import ast

from tests.conftest import ROOT


def _qt_modules_imported() -> set[str]:
    found = set()
    for path in (ROOT / "perfeval_gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name.startswith("PySide6.")}
    return found


def _excluded() -> set[str]:
    spec = ast.parse((ROOT / "packaging" / "perfeval-gui.spec").read_text(encoding="utf-8"))
    for node in ast.walk(spec):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "EXCLUDES" for t in node.targets):
            return set(ast.literal_eval(node.value))
    raise AssertionError("no EXCLUDES in the spec")


def test_no_qt_module_the_app_imports_is_left_out_of_the_frozen_build():
    used = _qt_modules_imported()
    assert "PySide6.QtNetwork" in used and "PySide6.QtWidgets" in used
    assert used & _excluded() == set()
