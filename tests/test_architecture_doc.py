"""ARCHITECTURE.md names every module file of the package, and no file that is not there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "perfeval_gui"
NAMES = re.compile(r"^((?:[\w.]+(?:/|\.py))(?:,\s*[\w.]+(?:/|\.py))*)(?:\s{2,}|$)")


def documented_modules(text: str) -> set[str]:
    """Paths (relative to perfeval_gui/) of the files the module tree of the document lists."""
    block = text.split("```\nperfeval_gui/\n", 1)[1].split("```", 1)[0]
    found: set[str] = set()
    folders: list[tuple[int, str]] = []  # (indent of the folder's line, its path)
    for line in block.splitlines():
        indent = len(line) - len(line.lstrip(" "))
        if indent == 0:
            break  # the package's tree ends where resources/ begins
        match = NAMES.match(line.strip())
        if not match:
            continue  # a description carried over to the next line
        folders = [(i, path) for i, path in folders if i < indent]
        parent = folders[-1][1] if folders else ""
        for name in re.split(r",\s*", match.group(1)):
            if name.endswith("/"):
                folders.append((indent, parent + name))
            else:
                found.add(parent + name)
    return found


def package_modules() -> set[str]:
    """Every .py file of the package, but the empty __init__.py files that only mark a package."""
    return {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")
            if not (p.name == "__init__.py" and not p.read_text(encoding="utf-8").strip())}


def test_architecture_names_every_module_and_only_real_ones():
    documented = documented_modules((ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8"))
    actual = package_modules()
    assert sorted(actual - documented) == [], "modules ARCHITECTURE.md does not name"
    assert sorted(documented - actual) == [], "ARCHITECTURE.md names files that do not exist"


def test_the_reader_of_the_tree_sees_folders_lists_and_continuations():
    text = """```
perfeval_gui/
  cli.py           the command line
  core/            the domain
    model.py         records
                     (a description on two lines: model.py is not named twice)
    checks/          the catalogue
      base.py          findings
    a.py, b.py       two at once
  ui/              windows
    app.py           start
resources/         not the package
```"""
    assert documented_modules(text) == {"cli.py", "core/model.py", "core/checks/base.py",
                                        "core/a.py", "core/b.py", "ui/app.py"}


def test_where_do_i_work_names_only_files_that_exist():
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    table = text.split("## Where do I work", 1)[1].split("\n## ", 1)[0]
    paths = [word for word in table.split("`")[1::2] if "/" in word and "<" not in word]
    assert len(paths) > 20
    assert [p for p in paths if not (ROOT / p).exists()] == []


def where_do_i_work_rows(text: str) -> dict[str, list[str]]:
    """'to add …' -> the words quoted in its row."""
    table = text.split("## Where do I work", 1)[1].split("\n## ", 1)[0]
    rows = [line.strip().strip("|").split("|", 1) for line in table.splitlines()
            if line.startswith("| ") and not line.startswith("| to add")]
    return {what.strip(): touch.split("`")[1::2] for what, touch in rows}


def unfound_names(rows: dict[str, list[str]]) -> list[str]:
    """The quoted names (FORMS, add_field, …) of each row that none of the row's files holds."""
    missing = []
    for what, quoted in rows.items():
        files = [ROOT / word for word in quoted if "/" in word and (ROOT / word).is_file()]
        texts = " ".join(f.read_text(encoding="utf-8") for f in files)
        missing += [f"{what}: {name}" for name in quoted if re.fullmatch(r"[A-Za-z_]\w*", name)
                    and not re.search(rf"\b{name}\b", texts)]
    return missing


def test_where_do_i_work_names_only_what_its_files_hold():
    rows = where_do_i_work_rows((ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8"))
    assert {"a check", "a printed indicator column", "an export format",
            "a form of the report (a tab)"} <= set(rows)
    assert unfound_names(rows) == []


def test_the_name_check_sees_a_name_its_files_do_not_hold():
    rows = {"an export format": ["register", "perfeval_gui/export/formats.py", "EXPORTERS"]}
    assert unfound_names(rows) == ["an export format: EXPORTERS"]


def test_adding_an_export_format_touches_no_command_line_or_window_code():
    """The registry's promise, as the table states it: of cli/ and ui/ only the window's list of
    the formats' words (for translation)."""
    rows = where_do_i_work_rows((ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8"))
    touched = [w for w in rows["an export format"] if w.startswith(("perfeval_gui/cli", "perfeval_gui/ui"))]
    assert touched == ["perfeval_gui/ui/files/export_words.py"]


def test_adding_a_form_of_the_year_starts_at_its_one_description():
    """What a form is lives in one table; the row says so before anything the form adds."""
    rows = where_do_i_work_rows((ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8"))
    row = next(quoted for what, quoted in rows.items() if what.startswith("a form of the year"))
    assert row[:3] == ["FORMS", "FormKind", "FORM_KINDS"]
    assert row[3] == "perfeval_gui/core/form_kinds.py"
