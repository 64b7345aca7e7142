"""The indicator library: what to offer while a 三级指标 name is typed.

Three sources, in this order: the shipped list (``resources/indicators/library.toml``, written
from the finance ministry's 2021 guidance on core indicators and common practice), the user's
own files in the same format (``indicators/`` in the data folder), and every indicator already in
the user's store. The user may hide or rename entries of their own (the store's and their
files'); the shipped list stays as shipped.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from .messages import UserError
from .values import DEADLINE, QUALITATIVE, QUANTITY, ValueUnreadable, parse_value

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

BUILTIN, USER, STORE = "builtin", "user", "store"
KINDS = ("≥", "≤", "=", "定性", "日期")
QUALITATIVE_TARGET = "达成年度指标"


@dataclass(frozen=True)
class LibraryEntry:
    level1: str
    level2: str
    name: str
    kind: str  # one of KINDS
    unit: str
    source: str = BUILTIN

    def target_template(self) -> str:
        """What the empty 年度指标值 starts from: the operator and the unit, the number to type."""
        if self.kind in ("≥", "≤", "="):
            return f"{self.kind}{self.unit}"
        return QUALITATIVE_TARGET if self.kind == "定性" else ""


def read_library_file(path: Path, source: str = BUILTIN) -> list[LibraryEntry]:
    """One library file; a broken one is a UserError naming the file and the entry."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
        raise UserError(str(path), "library.unreadable", detail=str(exc)) from None
    entries = []
    for g, group in enumerate(data.get("group", [])):
        try:
            level1, level2 = str(group["level1"]), str(group["level2"])
            for i, (name, kind, unit) in enumerate(group["indicators"]):
                if kind not in KINDS or not str(name).strip():
                    raise UserError(str(path), "library.bad_entry", entry=f"group[{g}].indicators[{i}]")
                entries.append(LibraryEntry(level1, level2, str(name).strip(), kind, str(unit), source))
        except (KeyError, TypeError, ValueError):
            raise UserError(str(path), "library.bad_entry", entry=f"group[{g}]") from None
    return entries


def entry_from_indicator(level1: str, level2: str, name: str, target: str) -> LibraryEntry:
    """An indicator of the user's store as a library entry: its operator and unit read from its target."""
    kind, unit = "=", ""
    try:
        value = parse_value(target)
    except ValueUnreadable:
        value = None
    if value is not None and value.kind == QUANTITY:
        kind, unit = (value.op or "="), value.unit or ""
        kind = {">": "≥", "<": "≤"}.get(kind, kind)
    elif value is not None and value.kind == DEADLINE:
        kind = "日期"
    elif value is not None and value.kind == QUALITATIVE:
        kind = "定性"
    return LibraryEntry(level1, level2, name.strip(), kind, unit, STORE)


@dataclass
class IndicatorLibrary:
    entries: list[LibraryEntry]

    @classmethod
    def build(cls, builtin: Path, user_folder: Path | None, stored: Iterable[LibraryEntry] = (),
              hidden: Iterable[str] = (), renamed: dict[str, str] | None = None,
              problems: list[UserError] | None = None) -> IndicatorLibrary:
        """The shipped list, the user's files and the store's indicators; one entry per name
        (the first source wins), the user's hidden names left out and renamed ones renamed."""
        entries = read_library_file(builtin)
        if user_folder is not None and user_folder.is_dir():
            for path in sorted(user_folder.glob("*.toml")):
                try:
                    entries += read_library_file(path, USER)
                except UserError as exc:  # one broken file of the user's does not hide the rest
                    if problems is not None:
                        problems.append(exc)
        renamed = renamed or {}
        hidden = set(hidden)
        unique: dict[str, LibraryEntry] = {}
        for entry in [*entries, *stored]:
            if entry.name:
                unique.setdefault(entry.name, entry)
        chosen = []
        for entry in unique.values():
            if entry.source != BUILTIN:
                if entry.name in hidden:
                    continue
                name = renamed.get(entry.name, entry.name)
                if name != entry.name and name in unique:
                    continue  # renamed onto another entry: that one stands
                entry = replace(entry, name=name)
            chosen.append(entry)
        return cls(chosen)

    def find(self, name: str) -> LibraryEntry | None:
        return next((e for e in self.entries if e.name == name), None)

    def names(self) -> list[str]:
        return [e.name for e in self.entries]
