"""The domain stays Qt-free: core, store and export never import PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "perfeval_gui"
QT_FREE = ["core", "store", "export", "exchange", "reader"]


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


# ---------------------------------------------------------------------------------------------
# layers: every unit of the package has its place, and imports only what lies below it

# the version, where data, resources and the fault log live
ROOT_UNITS = ("__init__", "app_paths", "resources", "fault_log")
# unit -> the units it may import (itself always)
LAYERS: dict[str, set[str]] = {
    "__init__": set(),
    "app_paths": set(),
    "resources": set(),
    "fault_log": {"app_paths"},
    "core": {"app_paths", "resources", "fault_log"},
    "store": {"core"},
    "export": {"core", "app_paths", "resources"},  # the cache folder, the fonts the app carries
    "reader": {"core"},  # reading other files (Qt-free); cli and ui use it
    "exchange": {"core", "export"},  # year archives and folders of report files (Qt-free)
    "cli": {"core", "store", "export", "reader", "exchange", *ROOT_UNITS},
    "ui": {"core", "store", "export", "reader", "exchange", "launch", *ROOT_UNITS},
    # the window's Qt-free modules, imported before Qt (see there why)
    "window_modules": {"core", "store", "export", *ROOT_UNITS},
    # what a command line asks for, and its streams: told before the rest loads
    "launch": set(),
    "console": set(),
    "__main__": {"cli", "ui", "window_modules", "launch", "console", *ROOT_UNITS},
}
for _allowed in LAYERS.values():
    _allowed.add("__init__")  # __version__ is no layer's secret


def unit_of(module: str) -> str | None:
    """'perfeval_gui.core.checks.rules' -> 'core'; 'perfeval_gui.cli_backup' -> 'cli';
    None for a module outside the package."""
    parts = module.split(".")
    if parts[0] != "perfeval_gui":
        return None
    if len(parts) == 1:
        return "__init__"
    return "cli" if parts[1].startswith("cli_") else parts[1]


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(module: str) -> bool:
    below = PACKAGE.parent.joinpath(*module.split("."))
    return below.is_dir() or below.with_suffix(".py").is_file()


def our_imports(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module) of every import of the package in a file, relative ones
    resolved; 'from . import schema' counts as perfeval_gui.store.schema."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if node.module is None:  # 'from .. import x': x is a module, or a name of the package
                found += [(node.lineno, f"{module}.{a.name}" if _is_module(f"{module}.{a.name}")
                           else module) for a in node.names]
            else:
                found.append((node.lineno, module))
    return [(line, m) for line, m in found if unit_of(m) is not None]


def layer_violations(files: list[Path]) -> list[str]:
    wrong = []
    for path in files:
        unit = unit_of(module_name(path))
        if unit not in LAYERS:
            wrong.append(f"{path.relative_to(PACKAGE)}: unit {unit!r} has no place in LAYERS")
            continue
        for line, module in our_imports(path):
            target = unit_of(module)
            if target != unit and target not in LAYERS[unit]:
                wrong.append(f"{path.relative_to(PACKAGE)}:{line} {unit} imports {module}")
    return wrong


def test_every_unit_imports_only_what_lies_below_it():
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 50
    assert layer_violations(files) == []


def test_the_layer_check_sees_an_upward_import_and_an_unplaced_package(tmp_path, monkeypatch):
    fake = tmp_path / "perfeval_gui"
    (fake / "core").mkdir(parents=True)
    (fake / "store").mkdir()
    (fake / "plugins").mkdir()
    (fake / "core" / "leak.py").write_text("from ..ui.main_window import MainWindow\n")
    (fake / "store" / "fine.py").write_text("from ..core import model\nfrom . import schema\n")
    (fake / "store" / "leak.py").write_text("from perfeval_gui.export import layout\n")
    (fake / "plugins" / "thing.py").write_text("")
    (fake / "cli_backup.py").write_text("from .ui import app\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    found = layer_violations(sorted(fake.rglob("*.py")))
    assert found == [
        "cli_backup.py:1 cli imports perfeval_gui.ui",
        "core/leak.py:1 core imports perfeval_gui.ui.main_window",
        "plugins/thing.py: unit 'plugins' has no place in LAYERS",
        "store/leak.py:1 store imports perfeval_gui.export",
    ]
