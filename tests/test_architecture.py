"""The domain stays Qt-free: core, store and export never import PySide6."""

from __future__ import annotations

import ast
import re
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
        "import sys, perfeval_gui.cli.main, perfeval_gui.store.repository, perfeval_gui.core.checks;"
        "import perfeval_gui.export as e;"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# ---------------------------------------------------------------------------------------------
# layers: every unit of the package has its place, and imports only what lies below it

ARCHITECTURE = PACKAGE.parent / "ARCHITECTURE.md"
TABLE_HEADER = "| unit | may import of ours | libraries |"
# Python's own modules the table names where they are used (the others go unmentioned)
NAMED_STDLIB = {"sqlite3"}


def layer_table(text: str) -> dict[str, tuple[set[str], set[str]]]:
    """ARCHITECTURE.md's table: unit -> (the units of ours it may import, its libraries);
    only `quoted` words count, the rest of a cell says why."""
    rows = text.split(TABLE_HEADER, 1)[1].split("\n\n", 1)[0].splitlines()[2:]
    table = {}
    for row in rows:
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        unit, ours, libraries = ([w for w in cell.split("`")[1::2]] for cell in cells)
        table[unit[0]] = (set(ours), set(libraries))
    return table


TABLE = layer_table(ARCHITECTURE.read_text(encoding="utf-8"))
# unit -> the units it may import (itself always; __version__ is no layer's secret)
LAYERS: dict[str, set[str]] = {unit: {*ours, "__init__"} for unit, (ours, _libs) in TABLE.items()}
LIBRARIES: dict[str, set[str]] = {unit: libraries for unit, (_ours, libraries) in TABLE.items()}
ROOT_UNITS = ("__init__", "app_paths", "resources", "fault_log", "python_private", "launch", "console")


def unit_of(module: str) -> str | None:
    """'perfeval_gui.core.checks.rules' -> 'core'; 'perfeval_gui.fault_log' -> 'fault_log';
    None for a module outside the package."""
    parts = module.split(".")
    if parts[0] != "perfeval_gui":
        return None
    if len(parts) == 1:
        return "__init__"
    return parts[1]


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


def libraries_used(files: list[Path]) -> dict[str, set[str]]:
    """unit -> the libraries its files import: those outside Python's own, and the named ones."""
    used: dict[str, set[str]] = {}
    for path in files:
        found = used.setdefault(str(unit_of(module_name(path))), set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            else:
                continue
            found.update(top for top in (n.split(".")[0] for n in names)
                         if top not in ("perfeval_gui", "__future__")
                         and (top not in sys.stdlib_module_names or top in NAMED_STDLIB))
    return used


def test_each_unit_uses_exactly_the_libraries_its_row_names():
    used = libraries_used(sorted(PACKAGE.rglob("*.py")))
    assert {unit: sorted(libs) for unit, libs in used.items() if libs} == {
        unit: sorted(libs) for unit, libs in LIBRARIES.items() if libs}


# the picture's lines: each character and the sides it joins (up, down, left, right); an arrow
# head ends a line at a room (▼ the room below it, ◄ the room left of it); a vertical line
# drawn through a horizontal one (─│─) crosses it, joining nothing
JOINS = {"│": "ud", "─": "lr", "┌": "dr", "┐": "dl", "└": "ur", "┘": "ul", "┬": "lrd", "┴": "lru",
         "├": "udr", "┤": "udl", "┼": "udlr", "▼": "u", "◄": "r"}
STEP = {"u": (-1, 0), "d": (1, 0), "l": (0, -1), "r": (0, 1)}
BACK = {"u": "d", "d": "u", "l": "r", "r": "l"}


def picture_edges(text: str, rooms: set[str] | None = None) -> set[tuple[str, str]]:
    """The arrows of ARCHITECTURE.md's picture (the ```text block after "## The house"),
    traced: from the line under each room's name along every line it joins, to each arrow
    head it reaches."""
    block = text.split("## The house", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    grid = block.splitlines()
    rooms = rooms if rooms is not None else {room(unit) for unit in LAYERS} - {"__init__"}
    at = lambda r, c: grid[r][c] if 0 <= r < len(grid) and 0 <= c < len(grid[r]) else " "  # noqa: E731
    names = [(r, m.start(), m.end(), m.group()) for r, row in enumerate(grid)
             for m in re.finditer(r"[A-Za-z_]+", row) if m.group() in rooms]

    def reached(start: tuple[int, int]) -> set[str]:
        found, seen, todo = set(), {start}, [start]
        while todo:
            r, c = todo.pop()
            here = at(r, c)
            if here == "▼":
                found |= {name for row, a, b, name in names if row == r + 1 and a <= c < b}
            elif here == "◄":
                found |= {name for row, a, b, name in names if row == r and c - 2 <= b - 1 < c}
            for side in JOINS[here]:
                dr, dc = STEP[side]
                nr, nc = r + dr, c + dc
                while side in "lr" and at(nr, nc) == "│":  # a crossing: the line goes on beyond
                    nr, nc = nr + dr, nc + dc
                if BACK[side] in JOINS.get(at(nr, nc), "") and (nr, nc) not in seen:
                    seen.add((nr, nc))
                    todo.append((nr, nc))
        return found

    return {(name, target) for r, a, b, name in names for c in range(a, b)
            if "u" in JOINS.get(at(r + 1, c), "") for target in reached((r + 1, c))}


def room(unit: str) -> str:
    """The picture's room of a unit of the table: app_paths, resources, … are one, 'root'."""
    return "root" if unit in ROOT_UNITS else unit


def shortest_picture(edges: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The arrows left when an arrow another path already draws is dropped (the transitive
    reduction: unique for a graph without cycles)."""
    def reaches(start: str, goal: str, skip: tuple[str, str]) -> bool:
        seen, todo = set(), [start]
        while todo:
            here = todo.pop()
            for a, b in edges:
                if a == here and (a, b) != skip and b not in seen:
                    if b == goal:
                        return True
                    seen.add(b)
                    todo.append(b)
        return False

    return {(a, b) for a, b in edges if not reaches(a, b, (a, b))}


def test_the_picture_draws_the_table():
    """Rooms and arrows as the table has them, an arrow standing for every import down its
    path; app_paths, resources, fault_log and python_private are one room, 'root' (the
    version, which every unit may read, is drawn nowhere)."""
    table = {(room(unit), room(target)) for unit, allowed in LAYERS.items()
             if unit not in ROOT_UNITS for target in allowed if target != "__init__"}
    assert picture_edges(ARCHITECTURE.read_text(encoding="utf-8")) == shortest_picture(table)


def test_the_picture_is_traced_along_its_lines_through_crossings():
    picture = """## The house

```text
      app
   ┌───┴──┐
   ▼      │
  ui      │
   │      │
   ├──────│────┐
   ▼      │    ▼
 store    │   root
   │      ▼
   │    core ◄─┐
   └───────────┘
```
"""
    assert picture_edges(picture, {"app", "ui", "store", "core", "root"}) == {
        ("app", "ui"), ("app", "core"), ("ui", "store"), ("ui", "root"), ("store", "core")}


def test_the_picture_drops_an_arrow_another_path_draws():
    assert shortest_picture({("ui", "store"), ("store", "core"), ("ui", "core"), ("core", "root")}) \
        == {("ui", "store"), ("store", "core"), ("core", "root")}


def test_the_table_reader_takes_quoted_words_only():
    text = f"""{TABLE_HEADER}
|---|---|---|
| `core` | `app_paths` (where data lives) | `tomli` (Python 3.10) |
| `__init__` | | |

after the table"""
    assert layer_table(text) == {"core": ({"app_paths"}, {"tomli"}), "__init__": (set(), set())}


def test_the_layer_check_sees_an_upward_import_and_an_unplaced_package(tmp_path, monkeypatch):
    fake = tmp_path / "perfeval_gui"
    (fake / "core").mkdir(parents=True)
    (fake / "store").mkdir()
    (fake / "plugins").mkdir()
    (fake / "core" / "leak.py").write_text("from ..ui.main_window import MainWindow\n")
    (fake / "store" / "fine.py").write_text("from ..core import model\nfrom . import schema\n")
    (fake / "store" / "leak.py").write_text("from perfeval_gui.export import layout\n")
    (fake / "plugins" / "thing.py").write_text("")
    (fake / "cli").mkdir()
    (fake / "cli" / "backup.py").write_text("from ..ui import app\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    found = layer_violations(sorted(fake.rglob("*.py")))
    assert found == [
        "cli/backup.py:1 cli imports perfeval_gui.ui",
        "core/leak.py:1 core imports perfeval_gui.ui.main_window",
        "plugins/thing.py: unit 'plugins' has no place in LAYERS",
        "store/leak.py:1 store imports perfeval_gui.export",
    ]


# ---------------------------------------------------------------------------------------------
# no import cycles: between any two modules, not only between layers
#
# Every import the code states counts, wherever it stands: at module level, inside a function
# (deferred, not absent: a cycle through it only moves the failure from import to run time)
# and under ``if TYPE_CHECKING``. Python's own import of a module's parent package is not an
# edge: the code does not ask for it (``cli/__init__.py`` imports nothing for that reason).


def import_graph(files: list[Path]) -> dict[str, set[str]]:
    """module -> the modules of the package it imports (packages by their __init__)."""
    modules = {module_name(path): path for path in files}
    return {name: {m for _line, m in our_imports(path) if m in modules and m != name}
            for name, path in modules.items()}


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a ring (Tarjan's
    strongly connected components of more than one module), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(cycles)


def test_no_module_imports_itself_round_a_ring():
    files = sorted(PACKAGE.rglob("*.py"))
    assert import_cycles(import_graph(files)) == []


def test_the_cycle_check_sees_a_ring_through_a_deferred_import(tmp_path, monkeypatch):
    fake = tmp_path / "perfeval_gui"
    (fake / "core").mkdir(parents=True)
    (fake / "cli").mkdir()
    (fake / "core" / "values.py").write_text("from .measures import words\n")
    (fake / "core" / "measures.py").write_text("def reload():\n    from . import values\n")
    (fake / "core" / "money.py").write_text("from .values import parse\n")  # on the ring's edge
    (fake / "cli" / "__init__.py").write_text("def run():\n    from .main import run\n")
    (fake / "cli" / "main.py").write_text("from .shared import fail\n")
    (fake / "cli" / "shared.py").write_text("")
    (fake / "cli" / "backup.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import summary\n")
    (fake / "cli" / "summary.py").write_text("from .backup import x\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert import_cycles(import_graph(sorted(fake.rglob("*.py")))) == [
        ["perfeval_gui.cli.backup", "perfeval_gui.cli.summary"],
        ["perfeval_gui.core.measures", "perfeval_gui.core.values"],
    ]


# ---------------------------------------------------------------------------------------------
# a library's private names are used in its *_private.py adapter only (each checked by a test
# that fails when the pinned library changes them): no `from lib import _name`, no `lib._name`,
# and no `thing._name` (nor getattr(thing, "_name")) where the module itself defines no _name —
# an argparse parser's _actions, another module's method — whoever the thing is


DOCUMENTED = {"os._exit", "sys._MEIPASS"}  # public despite the underscore: Python's, PyInstaller's docs
REACHING = ("getattr", "hasattr", "setattr", "delattr")


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def defined_names(tree: ast.AST) -> set[str]:
    """The names a module makes its own: functions, classes, what it assigns (self._x = …, a
    class body's _x = …)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.attr)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names


def private_uses(path: Path) -> list[str]:
    """'line thing._name' for every private name of another module a file reaches."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = defined_names(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and not node.level and node.module \
                and node.module.split(".")[0] != "perfeval_gui":
            found += [f"{node.lineno} {node.module}.{a.name}" for a in node.names if _private(a.name)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) \
                and _private(node.attr) and node.attr not in own:
            found.append(f"{node.lineno} {ast.unparse(node)}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in REACHING and len(node.args) > 1 \
                and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str) \
                and _private(node.args[1].value) and node.args[1].value not in own:
            found.append(f"{node.lineno} {ast.unparse(node.args[0])}.{node.args[1].value}")
    return sorted((hit for hit in found if hit.split(" ", 1)[1] not in DOCUMENTED),
                  key=lambda hit: int(hit.split(" ", 1)[0]))


def test_private_names_of_libraries_are_used_in_the_adapters_only():
    files = [p for p in sorted(PACKAGE.rglob("*.py")) if not p.name.endswith("_private.py")]
    assert {str(p.relative_to(PACKAGE)): hits for p in files if (hits := private_uses(p))} == {}


def test_the_private_name_check_sees_a_module_attribute_and_a_from_import(tmp_path):
    sample = tmp_path / "leave.py"
    sample.write_text("import atexit\nimport os\nfrom reportlab.rl_config import _FUZZ\n"
                      "atexit._run_exitfuncs()\nos._exit(0)\nself._mine = 1\n")
    assert private_uses(sample) == ["3 reportlab.rl_config._FUZZ", "4 atexit._run_exitfuncs"]


def test_the_private_name_check_sees_an_objects_private_attribute(tmp_path):
    """argparse's parser._actions is as private as atexit._run_exitfuncs, whatever the name
    holding the parser; what the module defines itself (its own _x, a method it overrides)
    is its own."""
    sample = tmp_path / "help.py"
    sample.write_text(
        "def localize(parser, store):\n"
        "    for action in parser._actions:\n"
        "        parser._optionals.title = 'x'\n"
        "    rows = store._query('SELECT 1')\n"
        "    hidden = getattr(parser, '_defaults', None)\n"
        "    here = getattr(sys, '_MEIPASS', None)\n"
        "class Mine:\n"
        "    _cache = None\n"
        "    def _edited(self):\n"
        "        self._seen = self._cache\n"
        "        super()._edited()\n"
        "        return self._seen\n")
    assert private_uses(sample) == ["2 parser._actions", "3 parser._optionals", "4 store._query",
                                    "5 parser._defaults"]


# ---------------------------------------------------------------------------------------------
# the window's rooms (ARCHITECTURE.md, "The window's rooms"): ui/ holds folders only, and a
# room imports only the rooms after it in this order (shell may use all, base none)

UI_ROOMS = ("shell", "summary", "reports", "files", "editor", "panel", "base")


def ui_room_violations(files: list[Path]) -> list[str]:
    wrong = []
    for path in files:
        parts = module_name(path).split(".")
        if parts[:2] != ["perfeval_gui", "ui"] or len(parts) == 2:
            continue
        room = parts[2]
        if room not in UI_ROOMS or (len(parts) == 3 and path.name != "__init__.py"):
            wrong.append(f"{path.relative_to(PACKAGE)}: not in a room of ui/")
            continue
        for line, module in our_imports(path):
            target = module.split(".")
            if target[:2] == ["perfeval_gui", "ui"] and len(target) > 2 and target[2] != room \
                    and UI_ROOMS.index(target[2]) < UI_ROOMS.index(room):
                wrong.append(f"{path.relative_to(PACKAGE)}:{line} {room} imports {module}")
    return wrong


def test_the_window_rooms_import_only_the_rooms_below_them():
    files = sorted((PACKAGE / "ui").rglob("*.py"))
    assert {module_name(f).split(".")[2] for f in files if f.parent != PACKAGE / "ui"} == set(UI_ROOMS)
    assert ui_room_violations(files) == []


def test_the_ui_packages_import_nothing():
    """Importing a module of a room must not load its neighbours (the start loads few)."""
    inits = [PACKAGE / "ui" / "__init__.py", *(PACKAGE / "ui" / room / "__init__.py" for room in UI_ROOMS)]
    assert [p for p in inits if p.read_text(encoding="utf-8").strip()] == []


def test_the_room_check_sees_an_upward_import_and_a_flat_module(tmp_path, monkeypatch):
    fake = tmp_path / "perfeval_gui"
    for room in ("base", "editor"):
        (fake / "ui" / room).mkdir(parents=True)
    (fake / "ui" / "base" / "leak.py").write_text("from ..editor.autosave import AutoSaver\n")
    (fake / "ui" / "editor" / "fine.py").write_text("from ..base import translations\n")
    (fake / "ui" / "flat.py").write_text("")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert ui_room_violations(sorted(fake.rglob("*.py"))) == [
        "ui/base/leak.py:1 base imports perfeval_gui.ui.editor.autosave",
        "ui/flat.py: not in a room of ui/",
    ]
