"""The open report: the model, its undo stack, and the signals every view listens to.

Widgets never change the model themselves: they call ``set``/``insert``/``remove``/``reorder``
(or ``run`` with an edit the core planned: a fix, a draft taken in, a group's rows), which push
one undoable command around one of the core's edits (core/edits.py); each edit returns what it
changed as a typed ``Change`` (core/changes.py), and ``changed`` tells it to every view, the
autosave, the panel and the checks — the one way they learn of a change to the model, another
window's saves taken in included. The other two signals are no changes: ``typing_ended`` is a
moment to save (the user left a field), ``checked`` says the checks ran (their figures can be
saved counted).
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...core import changes, edits, paths
from ...core.changes import SCORING_ROOTS, Change
from ...core.model import Report
from ...core.profiles import Profile, ProfileLibrary
from ...core.scoring import ScoreResult, rescore_rows

_INDICATOR_ROW = re.compile(r"indicators\[(\d+)\]")

if TYPE_CHECKING:  # the check catalogue loads at the first check, a pause after the window shows
    from ...core.checks import ByModule, Finding


class Step(QUndoCommand):
    """Any of the core's edits as one undo step: rows added, removed or moved, a fix, a draft
    taken in, a group renamed (``edits.Edit``); redo applies it, undo reverts it."""

    def __init__(self, doc: ReportDocument, edit: edits.Edit, text: str) -> None:
        super().__init__(text)
        self.doc, self.edit = doc, edit

    def redo(self) -> None:
        if not self.doc._replaying:
            self.doc._announce(self.edit.apply(self.doc.report))

    def undo(self) -> None:
        if not self.doc._replaying:
            self.doc._announce(self.edit.revert(self.doc.report))


class SetField(Step):
    """One field's new value (``edits.SetField``). Typing in one field merges into one command
    until the user leaves the field, so Ctrl+Z undoes a field's edit, not a keystroke."""

    ID = 1
    edit: edits.SetField

    def __init__(self, doc: ReportDocument, edit: edits.SetField, group: int,
                 text: str = "") -> None:
        super().__init__(doc, edit, text or QCoreApplication.translate("ReportDocument", "Edit"))
        self.group = group

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.edit.path != self.edit.path \
                or other.group != self.group or self.doc._replaying:
            return False
        self.edit.new = other.edit.new
        return True


class ReportDocument(QObject):
    changed = Signal(object)  # what every change of the model did, the one way views learn of it
    typing_ended = Signal()  # the user left a field: a moment to save (no change)
    checked = Signal()  # the checks ran on the report as it is (findings() was called; no change)

    def __init__(self, report: Report, report_id: int | None, library: ProfileLibrary,
                 parent: QObject | None = None, revision: int | None = None,
                 read_only: bool = False) -> None:
        super().__init__(parent)
        self.report = report
        self.report_id = report_id
        # the report as last read from or written to the store, and that revision: a save
        # against a revision changed elsewhere merges from here
        self.base = copy.deepcopy(report)
        self.revision = revision
        self.read_only = read_only
        self.library = library
        # last year's actuals by indicator (一级, 二级, 三级 without its year), where the report
        # continues one: shown beside an empty actual as a hint, never copied into the report
        self.last_year: dict[tuple[str, str, str], str] = {}
        self.undo_stack = QUndoStack(self)
        self._group = 0
        self._replaying = False  # the undo history being built again: its commands run nothing
        self._result: ScoreResult | None = None
        # what to score again at the next result(): nothing (fresh), some indicator rows (a
        # keystroke in one of them: one row of 700 is scored, not all), or None = everything
        self._stale = True
        self._rows: set[int] | None = None
        self._checked: ByModule | None = None  # the findings by check module, as last run
        self._unchecked = Change()  # what changed since
        self.changed.connect(self._note_unchecked)

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
        if self._stale or self._result is None:
            self._result = rescore_rows(self.report, self.profile(), self._result, self._rows)
            self._stale, self._rows = False, set()
        return self._result

    def _rescore(self, path: str | None = None) -> None:
        """The scores are stale after a write at *path* (None: anything may have changed). An
        indicator's score reads its own row, the year and the profile; the funds only the
        totals; the year and the profile every row; nothing else is read by the scores (a
        keystroke in the narrative keeps the result and its score objects)."""
        root = None if path is None else re.split(r"[.\[]", path, maxsplit=1)[0]
        if root is not None and root not in (*SCORING_ROOTS, "year"):
            return
        self._stale = True
        if root == "funds":
            return
        row = _INDICATOR_ROW.match(path) if path is not None else None
        if row is None:
            self._rows = None
        elif self._rows is not None:
            self._rows.add(int(row.group(1)))

    def findings(self) -> list[Finding]:
        """The check catalogue's findings; only the checks reading what changed since the last
        call run again."""
        from ...core.checks import flatten, recheck

        self._checked = recheck(self.report, self.profile(), self.result(),
                                self._unchecked, self._checked)
        self._unchecked = Change()
        self.checked.emit()
        return flatten(self._checked)

    def checks_stale(self) -> bool:
        """The report changed since the checks last ran (or they never ran)."""
        return self._checked is None or bool(self._unchecked)

    def _note_unchecked(self, change: Change) -> None:
        self._unchecked |= change

    # ------------------------------------------------------------------------ editing

    def set(self, path: str, value: Any) -> None:
        """Change a field (undoable); nothing happens where the value is the same."""
        edit = None if self.read_only else edits.set_field(self.report, path, value)
        if edit is not None:
            self.undo_stack.push(SetField(self, edit, self._group))

    def end_typing(self) -> None:
        """The user left a field: the next edit is a new undo step, and it is saved now."""
        self._group += 1
        self.typing_ended.emit()

    def run(self, edit: edits.Edit | None, text: str) -> None:
        """One of the core's edits as one undo step, its own: what was typed before it and
        what is typed after it are other steps (each saved). Nothing where *edit* is None."""
        if self.read_only or edit is None:
            return
        self.end_typing()
        self.undo_stack.push(Step(self, edit, text))
        self.end_typing()

    def insert(self, list_path: str, index: int, item: Any, text: str = "") -> None:
        if self.read_only:
            return
        edit = edits.insert_row(self.report, list_path, index, item)  # UserError: the caller shows it
        self.undo_stack.push(Step(self, edit, text or self.tr("Add")))

    def remove(self, list_path: str, index: int, text: str = "") -> None:
        if self.read_only:
            return
        edit = edits.remove_row(self.report, list_path, index)
        self.undo_stack.push(Step(self, edit, text or self.tr("Remove")))

    def reorder(self, list_path: str, order: list[int], text: str = "") -> None:
        """Put the list's items in a new order (order[k] = old index of the new k-th item)."""
        edit = edits.reorder_rows(self.report, list_path, order)
        if not self.read_only and edit is not None:
            self.undo_stack.push(Step(self, edit, text or self.tr("Move")))

    def set_many(self, changes: list[tuple[str, Any]], text: str) -> None:
        """Several fields as one undo step (renaming a merged group changes every row)."""
        if not self.read_only:
            self.run(edits.set_fields(self.report, changes), text)

    # ------------------------------------------------------------------------ what an edit did

    def _announce(self, change: Change) -> None:
        """An edit's Change, told to every view (fields and rows named by id); the scores of
        what it touched are stale."""
        if change.restructured():
            self._rescore()
        for path in change.fields:
            self._rescore(changes.index_path(self.report, path))
        self.changed.emit(change)

    # ------------------------------------------------------------------------ another window's saves

    def adopt(self, report: Report, revision: int, base: Report | None = None) -> Change:
        """Take in a report merged with another window's saves: the views show its values
        (told through ``changed``, as every edit), and it becomes the new base. Returns what
        differed from this window's report. Not an undoable step; the undo history keeps every
        step that still applies — its edits name rows by id, so they find their rows among the
        other window's — and drops, from the first that no longer does (its row was removed
        there, or its field set there since), that step and those beyond it."""
        theirs = edits.take_in(self.report, report)
        self._keep_history()
        self.base = copy.deepcopy(base if base is not None else report)
        self.revision = revision
        self._rescore()
        if theirs:
            self.changed.emit(theirs)
        return theirs

    def _keep_history(self) -> None:
        """The undo history cut to the steps around the present that still apply: going back,
        up to the first step whose row is gone or whose field the other window set since (taking
        it back would overwrite theirs); going forward (redo), likewise."""
        stack = self.undo_stack
        steps = [stack.command(i) for i in range(stack.count())]
        now = stack.index()
        replay = edits.Replay(self.report)
        first = now
        while first > 0 and _still_applies(steps[first - 1], replay, back=True):
            first -= 1
        replay = edits.Replay(self.report)
        last = now
        while last < len(steps) and _still_applies(steps[last], replay):
            last += 1
        if (first, last) == (0, len(steps)):
            return
        kept = [(type(c), c.edit, c.text(), getattr(c, "group", None)) for c in steps[first:last]]
        # built again without running them: the steps before *now* are done, the rest undone
        self._replaying = True
        try:
            stack.clear()
            for kind, edit, text, group in kept:
                stack.push(SetField(self, edit, group, text) if kind is SetField else Step(self, edit, text))
            stack.setIndex(now - first)
        finally:
            self._replaying = False


def _still_applies(command: QUndoCommand, replay: edits.Replay, back: bool = False) -> bool:
    """A step of the history can be taken back (*back*) or redone on the report as *replay*
    has it; a command that is not one of the core's edits cannot be judged, and does not stay."""
    edit = getattr(command, "edit", None)
    return edit is not None and edit.still_applies(replay, back)
