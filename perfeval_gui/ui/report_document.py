"""The open report: the model, its undo stack, and the signals every view listens to.

Widgets never change the model themselves: they call ``set``/``insert``/``remove``/``move``,
which push undoable commands; the commands change the model and announce what changed.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core import paths
from ..core.checks import Finding, run_checks
from ..core.model import Report
from ..core.profiles import Profile, ProfileLibrary
from ..core.scoring import ScoreResult, score_report

PART_OF = {
    "profile": "cover", "year": "cover", "evaluation_kinds": "cover", "project": "cover",
    "evaluation": "cover", "funds": "funds", "goal": "goal", "indicators": "indicators",
    "sections": "sections", "team": "team",
}


def part_of(path: str) -> str:
    """Which stored part a path belongs to (the store saves only what changed)."""
    return PART_OF[str(paths.parse_path(path)[0])]


class SetField(QUndoCommand):
    """One field's new value. Typing in one field merges into one command until the user
    leaves the field, so Ctrl+Z undoes a field's edit, not a keystroke."""

    ID = 1

    def __init__(self, doc: ReportDocument, path: str, old: Any, new: Any, group: int) -> None:
        super().__init__(QCoreApplication.translate("ReportDocument", "Edit"))
        self.doc, self.path, self.old, self.new, self.group = doc, path, old, new, group

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.path != self.path or other.group != self.group:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc._write(self.path, self.new)

    def undo(self) -> None:
        self.doc._write(self.path, self.old)


class ListEdit(QUndoCommand):
    """Inserting, removing or moving items of a list (indicators, fund rows, team)."""

    def __init__(self, doc: ReportDocument, list_path: str, before: list[Any], after: list[Any],
                 text: str) -> None:
        super().__init__(text)
        self.doc, self.list_path = doc, list_path
        self.before, self.after = before, after

    def redo(self) -> None:
        self.doc._replace_list(self.list_path, self.after)

    def undo(self) -> None:
        self.doc._replace_list(self.list_path, self.before)


class ReportDocument(QObject):
    field_changed = Signal(str)  # the path of a field whose value changed
    list_changed = Signal(str)  # the path of a list whose items were added, removed or moved
    changed = Signal(str)  # any change, with the stored part it touches
    typing_ended = Signal()  # the user left a field: a moment to save

    def __init__(self, report: Report, report_id: int | None, library: ProfileLibrary,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.report_id = report_id
        self.library = library
        self.undo_stack = QUndoStack(self)
        self._group = 0
        self._result: ScoreResult | None = None

    # ------------------------------------------------------------------------ reading

    def value(self, path: str) -> Any:
        return paths.get(self.report, path)

    def profile(self) -> Profile:
        """The report's profile, or the default one where this PC lacks it (see missing_profile)."""
        return self.library.scoring_profile(self.report.profile)

    def missing_profile(self) -> str | None:
        """The report's profile id where this PC does not have it: the editor shows a banner."""
        return None if self.report.profile in self.library.profiles else self.report.profile

    def result(self) -> ScoreResult:
        """The scores of the model as it is now (recomputed after each change, once)."""
        if self._result is None:
            self._result = score_report(self.report, self.profile())
        return self._result

    def findings(self) -> list[Finding]:
        return run_checks(self.report, self.profile(), self.result())

    # ------------------------------------------------------------------------ editing

    def set(self, path: str, value: Any) -> None:
        """Change a field (undoable); nothing happens where the value is the same."""
        old = self.value(path)
        if old == value and type(old) is type(value):
            return
        self.undo_stack.push(SetField(self, path, old, value, self._group))

    def end_typing(self) -> None:
        """The user left a field: the next edit is a new undo step, and it is saved now."""
        self._group += 1
        self.typing_ended.emit()

    def insert(self, list_path: str, index: int, item: Any, text: str = "") -> None:
        items = list(self.value(list_path))
        after = [*items[:index], item, *items[index:]]
        self.undo_stack.push(ListEdit(self, list_path, items, after, text or self.tr("Add")))

    def remove(self, list_path: str, index: int, text: str = "") -> None:
        items = list(self.value(list_path))
        after = items[:index] + items[index + 1:]
        self.undo_stack.push(ListEdit(self, list_path, items, after, text or self.tr("Remove")))

    def reorder(self, list_path: str, order: list[int], text: str = "") -> None:
        """Put the list's items in a new order (order[k] = old index of the new k-th item)."""
        items = list(self.value(list_path))
        after = [items[i] for i in order]
        if after != items:
            self.undo_stack.push(ListEdit(self, list_path, items, after, text or self.tr("Move")))

    def set_many(self, changes: list[tuple[str, Any]], text: str) -> None:
        """Several fields as one undo step (renaming a merged group changes every row)."""
        # edits of different paths never merge, and Qt merges nothing across a macro's edge:
        # one end of typing afterwards (one save) is enough
        self.undo_stack.beginMacro(text)
        for path, value in changes:
            self.set(path, value)
        self.undo_stack.endMacro()
        self.end_typing()

    # ------------------------------------------------------------------------ the commands' writes

    def _write(self, path: str, value: Any) -> None:
        paths.set_value(self.report, path, copy.copy(value))
        self._result = None
        self.field_changed.emit(path)
        self.changed.emit(part_of(path))

    def _replace_list(self, list_path: str, items: list[Any]) -> None:
        target = self.value(list_path)
        target[:] = items
        self._result = None
        self.list_changed.emit(list_path)
        self.changed.emit(part_of(list_path))
