"""Saving without a save button: every change reaches the store within a second.

The first unsaved change starts a one-second timer that further typing does not push
back, so continuous typing is saved every second; leaving a field, switching report and
closing save at once. Only what the edits' typed changes name is written, against the
revision the window last read: where another window saved in between, its changes are taken
in and merged; where both changed the same field (or the rows of the same list) the user is
asked, seeing both values. A store that cannot be written keeps the edits in the window and
says so (the window offers 另存为).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ...core import changes
from ...core.changes import Change
from ...core.merge import Conflict, merge, resolve
from ...core.messages import UserError
from ...core.summary import figures_of
from ...store.repository import ReportStore, RevisionConflict
from ..base.translations import message_language
from .report_document import ReportDocument

if TYPE_CHECKING:
    from ...core.summary import Figures

SAVE_WITHIN_MS = 1000
MERGE_ATTEMPTS = 5  # another window saving again while we merge: try again, a few times

# asked with the conflicts; returns the paths where this window's value is kept
Resolver = Callable[[list[Conflict]], set[str]]


def keep_mine(conflicts: list[Conflict]) -> set[str]:
    return {c.path for c in conflicts}


class AutoSaver(QObject):
    saved = Signal(datetime)
    failed = Signal(str)  # the message, in Chinese
    merged = Signal(object)  # another window's saved changes were taken in (their Change)

    def __init__(self, store: ReportStore, doc: ReportDocument, parent: QObject | None = None,
                 resolver: Resolver | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.doc = doc
        self.resolver: Resolver = resolver or keep_mine
        self.pending = Change()
        self.last_saved: datetime | None = None
        self._saving = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_WITHIN_MS)
        self.timer.timeout.connect(lambda: self.flush(count=False))
        self._uncounted = False  # the last save's figures left the findings uncounted
        doc.changed.connect(self._on_change)
        doc.typing_ended.connect(self._left_field)
        doc.checked.connect(self._counted)

    @property
    def dirty(self) -> bool:
        return bool(self.pending)

    def mark_all(self) -> None:
        """The whole report is to be written (a new report, another store)."""
        self.pending = changes.everything(self.doc.report)

    def _on_change(self, change: Change) -> None:
        if self.doc.read_only:
            return
        self.pending |= change
        if not self.timer.isActive():
            self.timer.start()

    def _left_field(self) -> None:
        if self.pending or self._uncounted:
            self.flush()

    def flush(self, count: bool = True) -> bool:
        """Save what changed now; False where the store refused (the edits are kept). Not
        *count*: the save of a second of typing, whose figures leave the findings uncounted
        where the checks have not run since (the checks wait for a pause; running them here
        cost a keystroke 6–50 ms at 700 indicators) — the store reads uncounted figures as
        missing, and they are counted and written when the checks run or the field is left."""
        self.timer.stop()
        if self.doc.read_only or self._saving or not (self.pending or (count and self._uncounted)):
            return not self.pending or self.doc.read_only
        self._saving = True
        try:
            self._save(count)
        except UserError as exc:
            self.failed.emit(exc.text(message_language()))
            return False
        finally:
            self._saving = False
        # the base follows what was written (a copy of the whole report was a keystroke's
        # frame, every second of typing, at 700 indicators)
        if not changes.carry(self.pending, self.doc.report, self.doc.base):
            self.doc.base = copy.deepcopy(self.doc.report)
        self.pending = Change()
        self.last_saved = datetime.now()
        self.saved.emit(self.last_saved)
        return True

    def _counted(self) -> None:
        """The checks ran: figures saved uncounted while they waited are written counted."""
        if self._uncounted and not self.pending:
            self.flush()

    def _summary(self, count: bool = True) -> Figures | None:
        """The figures the list and the 汇总 show, from the scores and findings the panel
        already has (only checks reading what changed since they ran run again); not *count*
        and the checks not run since the last change: the findings left uncounted."""
        doc = self.doc
        if doc.report.profile not in doc.library.profiles:
            self._uncounted = False
            return None
        self._uncounted = not count and doc.checks_stale()
        if self._uncounted:
            return figures_of(doc.report, doc.profile(), doc.result(), checked=False)
        return figures_of(doc.report, doc.profile(), doc.result(), doc.findings())

    def _save(self, count: bool = True) -> None:
        doc = self.doc
        if doc.report_id is None:
            doc.report_id = self.store.create(doc.report, summary=self._summary())
            doc.revision = self.store.revision(doc.report_id)
            return
        for _attempt in range(MERGE_ATTEMPTS):
            try:
                doc.revision = self.store.save(doc.report_id, doc.report, self.pending,
                                               summary=self._summary(count), base_revision=doc.revision)
                return
            except RevisionConflict:
                self._merge()
        raise UserError(f"id {doc.report_id}", "store.conflict", revision=doc.revision)

    def _merge(self) -> None:
        """Another window saved this report: take its changes in, keep ours, ask where both
        changed the same thing; then what is left to save is ours against its revision."""
        doc = self.doc
        assert doc.report_id is not None
        theirs, revision = self.store.load_revisioned(doc.report_id)
        result = merge(doc.base, doc.report, theirs, self.pending)
        kept = self.resolver(result.conflicts) if result.conflicts else set()
        decided = resolve(result, doc.report, kept)
        theirs_change = doc.adopt(decided, revision, base=theirs)
        self.pending = changes.diff(theirs, decided)
        self.merged.emit(theirs_change)

    def move_to(self, store: ReportStore) -> bool:
        """另存为: write the whole report into another store and keep saving there."""
        self.store = store
        self.doc.report_id = None
        self.mark_all()
        return self.flush()
