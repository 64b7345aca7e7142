"""The 绩效指标 table's model: the paper's columns, the parse of every typed value, the rule
score shown greyed where no score is entered, and a mark where the two differ unexplained."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ...core.changes import Change
from ...core.comparison import indicator_key
from ...core.figures import figure_text
from ...core.form_columns import window_columns
from ...core.grouping import LEVEL1, LEVEL1_AND_2, group_span
from ...core.model import Indicator
from ...core.scoring import IndicatorScore
from ...core.values import ValueUnreadable, parse_value
from ..base.translations import message_language
from .record_table_model import Index, RecordTableModel, window_table_columns
from .report_document import ReportDocument

HINT_ROLE = Qt.ItemDataRole.UserRole + 20
HINT_IS_PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 21
# the actual's cell of a row awaiting judgement offers the grades; setData with it judges
JUDGE_ROLE = Qt.ItemDataRole.UserRole + 22
GREY = QColor("#8a8a8a")
DIFFERS = QColor("#fff1d6")
ABOVE_WEIGHT = QColor("#fde8e8")
ABOVE_WEIGHT_TEXT = QColor("#a61b1b")


WINDOW_COLUMNS = window_columns(Indicator)


def _index(field: str) -> int:
    return next(i for i, c in enumerate(WINDOW_COLUMNS) if c.field == field)


class IndicatorsModel(RecordTableModel):
    # the columns the window treats apart (the rest are plain cells of their kind)
    LEVEL1, LEVEL2, NAME, TARGET, ACTUAL, WEIGHT, SCORE, DEVIATION, SCORE_NOTE, APPLICABLE = (
        _index(f) for f in ("level1", "level2", "name", "target", "actual", "weight", "score",
                            "deviation", "score_note", "applicable"))

    def __init__(self, doc: ReportDocument) -> None:
        super().__init__(doc, "indicators", window_table_columns(Indicator))
        self._hints: dict[tuple[str, bool], tuple[str, bool]] = {}  # (text, is actual) → reading
        self._shown_scores = self._score_states()  # what each score cell shows, by row
        doc.changed.connect(self._rescored)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.APPLICABLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        records = self.records()
        if not index.isValid() or not 0 <= index.row() < len(records):
            return None
        column = index.column()
        indicator: Indicator = records[index.row()]
        if column == self.APPLICABLE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if indicator.applicable else Qt.CheckState.Unchecked
            return None
        if column == self.SCORE:
            return self._score_data(index.row(), indicator, role)
        if column == self.ACTUAL and role == JUDGE_ROLE:
            scores = self.doc.result().indicators
            return index.row() < len(scores) and scores[index.row()].awaiting
        if column in (self.TARGET, self.ACTUAL) and role in (HINT_ROLE, HINT_IS_PROBLEM_ROLE,
                                                               Qt.ItemDataRole.ToolTipRole):
            actual = column == self.ACTUAL
            if actual and not (indicator.actual or "").strip() and self.doc.last_year:
                before = self.doc.last_year.get(indicator_key(indicator))
                if before:  # the new year's actual starts from last year's, beside it, grey
                    return False if role == HINT_IS_PROBLEM_ROLE else \
                        self.tr("Last year: %1").replace("%1", before)
            hint, problem = self._hint(indicator.actual if actual else indicator.target, actual)
            if actual:
                hint, problem = self._judgement_hint(index.row(), hint, problem)
            if role == HINT_IS_PROBLEM_ROLE:
                return problem
            return hint
        return super().data(index, role)

    def _judgement_hint(self, row: int, hint: str, problem: bool) -> tuple[str, bool]:
        """A qualitative actual whose words name no grade: 待判定 until the user judges it,
        then the judgement (the bar under the table sets it)."""
        scores = self.doc.result().indicators
        if row < len(scores) and scores[row].awaiting:
            return self.tr("Pending: judge it below"), True
        if row < len(scores) and scores[row].judged:
            return self.tr("Judged: %1").replace("%1", scores[row].grade or ""), False
        return hint, problem

    def _score_data(self, row: int, indicator: Indicator, role: int) -> Any:
        scores = self.doc.result().indicators
        if row >= len(scores):
            return None
        s = scores[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if not indicator.applicable:
                return self.tr("n/a")
            if s.unscored:
                return self.tr("pending")  # no rule score to show greyed in its place
            return figure_text(s.score)
        if role == Qt.ItemDataRole.EditRole:
            return super().data(self.index(row, self.SCORE), role)
        if role == Qt.ItemDataRole.ForegroundRole and not s.entered:
            return QBrush(GREY)  # no score typed: the rule score, greyed
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        differs = s.departs_unexplained
        above = indicator.applicable and s.score > s.weight  # an error: marked as the panel's are
        if role == Qt.ItemDataRole.BackgroundRole and (above or differs):
            return QBrush(ABOVE_WEIGHT if above else DIFFERS)
        if role == Qt.ItemDataRole.ForegroundRole and above:
            return QBrush(ABOVE_WEIGHT_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            rule = self.tr("Rule score: %1").replace(
                "%1", self.tr("pending") if s.pending else figure_text(s.rule_score))
            if above:
                rule += "\n" + self.tr("Above its weight %1.").replace("%1", figure_text(s.weight))
            if differs:
                rule += "\n" + self.tr("Differs from the rule score: give the reason in the score note.")
            return rule
        return None

    def _hint(self, text: str | None, actual: bool = False) -> tuple[str, bool]:
        """What the value reads as ('≥ 2 次'; an actual without operator), or why it cannot be
        read; painting asks for every visible cell's reading many times, and the text changes
        only as it is typed."""
        key = (text or "", actual)
        hint = self._hints.get(key)
        if hint is None:
            if len(self._hints) > 8192:
                self._hints.clear()
            try:
                hint = parse_value(key[0]).hint(actual), False
            except ValueUnreadable as exc:
                hint = exc.message.text(message_language()), True
            self._hints[key] = hint
        return hint

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == self.ACTUAL and role == JUDGE_ROLE:
            self.doc.end_typing()
            self.doc.set(f"indicators[{index.row()}].judgement", value)
            self.doc.end_typing()  # one click, one undo step, saved now
            return True
        if index.isValid() and index.column() == self.APPLICABLE \
                and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.doc.end_typing()
            self.doc.set(f"indicators[{index.row()}].applicable", checked)
            return True
        if index.isValid() and index.column() in (self.LEVEL1, self.LEVEL2) \
                and role == Qt.ItemDataRole.EditRole:
            return self._rename_group(index.row(), index.column(), str(value))
        return super().setData(index, value, role)

    def group_rows(self, row: int, column: int) -> range:
        """The rows shown merged with this one in a level column (the same level1[/level2])."""
        return group_span(self.records(), row, LEVEL1 if column == self.LEVEL1 else LEVEL1_AND_2)

    def _rename_group(self, row: int, column: int, name: str) -> bool:
        """A merged level cell names the whole group: every row of it changes, as one step."""
        field = self.columns[column].field
        changes = [(f"indicators[{r}].{field}", name) for r in self.group_rows(row, column)]
        self.doc.set_many(changes, self.tr("Rename group"))
        return True

    def _score_states(self) -> list[IndicatorScore]:
        return list(self.doc.result().indicators)

    def _rescored(self, change: Change) -> None:
        """Repaint the score cells of the rows scored again (usually the one typed in), not the
        whole column on every keystroke: the document scores only the rows that changed and
        keeps the others' score objects, so a row whose object is the one shown is unchanged."""
        if not change.affects_scores():
            return
        shown = self._score_states()
        previous, self._shown_scores = self._shown_scores, shown
        if len(previous) != len(shown):
            changed: range | list[int] = range(len(shown))
        else:
            changed = [row for row, (new, old) in enumerate(zip(shown, previous, strict=True))
                       if new is not old]
        if changed:
            self.dataChanged.emit(self.index(changed[0], self.SCORE), self.index(changed[-1], self.SCORE))
        if len(previous) == len(shown):  # the actual's reading says 待判定 or the judgement
            for row in changed:
                if (shown[row].pending, shown[row].grade) != (previous[row].pending, previous[row].grade):
                    self.dataChanged.emit(self.index(row, self.ACTUAL), self.index(row, self.ACTUAL))
