"""The 绩效指标 table's model: the paper's columns, the parse of every typed value, the rule
score shown greyed where no score is entered, and a mark where the two differ unexplained."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ...core.changes import Change
from ...core.figures import figure_text
from ...core.form_columns import VALUE, window_columns
from ...core.forms import AT_RISK
from ...core.grouping import LEVEL1, LEVEL1_AND_2, group_span
from ...core.inputs import CAUSE_SEPARATOR, show_causes
from ...core.limits import MAX_NAME_CHARS, clean_text
from ...core.messages import UserError
from ...core.model import Indicator
from ...core.next_year import indicator_key
from ...core.scoring import IndicatorScore
from ...core.values import ValueUnreadable, parse_value
from ..base.mid_year_words import mid_year_lines
from ..base.translations import message_language
from .record_table_model import Index, RecordTableModel, window_form_columns, window_table_columns
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


# the columns the window treats apart (the rest are plain cells of their kind), by field
SPECIAL = {"LEVEL1": "level1", "LEVEL2": "level2", "NAME": "name", "TARGET": "target",
           "ACTUAL": "actual", "WEIGHT": "weight", "SCORE": "score", "DEVIATION": "deviation",
           "SCORE_NOTE": "score_note", "APPLICABLE": "applicable", "TO_DATE": "to_date",
           "PROJECTED": "projected", "CAUSES": "causes", "LIKELIHOOD": "likelihood"}
ABSENT = -1  # the column of a field the form's table has not


class IndicatorsModel(RecordTableModel):
    # a merged group of several rows renamed: its rows (start, stop), the field, old and new name
    group_renamed = Signal(int, int, str, str, str)
    # the 自评表's columns (the model of another form sets its own: ABSENT where it has none)
    LEVEL1, LEVEL2, NAME, TARGET, ACTUAL, WEIGHT, SCORE, DEVIATION, SCORE_NOTE, APPLICABLE = (
        _index(f) for f in ("level1", "level2", "name", "target", "actual", "weight", "score",
                            "deviation", "score_note", "applicable"))
    TO_DATE = PROJECTED = CAUSES = LIKELIHOOD = ABSENT

    def __init__(self, doc: ReportDocument) -> None:
        super().__init__(doc, "indicators", window_table_columns(Indicator, doc), Indicator)
        self.columns_changed()
        self._hints: dict[tuple[str, bool], tuple[str, bool]] = {}  # (text, is actual) → reading
        self._shown_scores = self._score_states()  # what each score cell shows, by row
        doc.changed.connect(self._rescored)

    def columns_changed(self) -> None:
        """Each special column where this form's table has it (1–N 月执行情况, 偏差原因 …)."""
        fields = [c.field for c in self.columns]
        for name, field in SPECIAL.items():
            setattr(self, name, fields.index(field) if field in fields else ABSENT)
        # the cells read as values: the target and the actual, and the mid-year figures
        self.value_columns = {fields.index(c.field) for c in window_form_columns(Indicator, self.doc)
                              if c.kind == VALUE and c.field in fields}
        self.mid_year_columns = self.value_columns - {self.TARGET, self.ACTUAL}

    def column_of(self, field: str, default: int | None = None) -> int:
        """A field this form's table has not (调整原因, the 偏差原因 of a form asking them once):
        the row's name."""
        return super().column_of(field, self.NAME if default is None else default)

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
        if column == self.CAUSES:
            return self._causes_data(indicator, role)
        if column == self.LIKELIHOOD and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            # the level in the profile's words (湖北: 不可能); the document keeps the level's own
            return self.doc.profile().monitoring.likelihood_word(indicator.likelihood)
        if column in self.mid_year_columns and role in (HINT_ROLE, HINT_IS_PROBLEM_ROLE,
                                                        Qt.ItemDataRole.ToolTipRole):
            # 1–N 月执行情况, 全年预计完成情况: read like an actual, the same words when not
            hint, problem = self._hint(getattr(indicator, self.columns[column].field), True)
            return problem if role == HINT_IS_PROBLEM_ROLE else hint
        if column == self.ACTUAL and role == JUDGE_ROLE:
            scores = self.doc.result().indicators
            return index.row() < len(scores) and scores[index.row()].awaiting
        if column == self.TARGET and indicator.declared_target is not None:
            declared = self._declared_data(indicator, role)
            if declared is not None:
                return declared
        if column in (self.TARGET, self.ACTUAL) and role in (HINT_ROLE, HINT_IS_PROBLEM_ROLE,
                                                               Qt.ItemDataRole.ToolTipRole):
            actual = column == self.ACTUAL
            mid_year = self._mid_year_hint(indicator) if actual else ""
            if mid_year and not (indicator.actual or "").strip():
                # the year's own monitoring figures beside the empty actual, as last year's are
                # 有可能 / 完全不可能 red, as the monitoring form marks a row at risk
                return (indicator.likelihood in AT_RISK) if role == HINT_IS_PROBLEM_ROLE else mid_year
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
            if mid_year and role == Qt.ItemDataRole.ToolTipRole:  # the actual typed: still at hand
                return f"{hint}\n{mid_year}"
            return hint
        return super().data(index, role)

    def _mid_year_hint(self, indicator: Indicator) -> str:
        """The mid-year figures a self-evaluation made from the monitoring form keeps on its
        rows (core/cycle.py): 1–N 月 so far, the projection, the likelihood — a line each: the
        cell wraps its reading, the row grows."""
        said = indicator.likelihood and self.doc.profile().monitoring.likelihood_word(indicator.likelihood)
        return "\n".join(mid_year_lines(indicator.to_date, indicator.projected, said or None))

    def _declared_data(self, indicator: Indicator, role: int) -> Any:
        """A target that differs from the declared one is marked, the declared target under it,
        red until the reason (调整原因) is given; the tooltip says both."""
        declared = (indicator.declared_target or "").strip()
        if (indicator.target or "").strip() == declared:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("As declared")
            return None
        reason = (indicator.target_reason or "").strip()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DIFFERS)
        if role == HINT_ROLE:
            return self.tr("Declared: %1").replace("%1", declared or self.tr("(empty)"))
        if role == HINT_IS_PROBLEM_ROLE:
            return not reason
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("Changed from the declared target %1.").replace(
                "%1", declared or self.tr("(empty)"))
            return tip + "\n" + (self.tr("Reason: %1").replace("%1", reason) if reason else
                                 self.tr("Give the reason for the change under the table."))
        return None

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

    @staticmethod
    def _causes_data(indicator: Indicator, role: int) -> Any:
        """偏差原因: the ticked categories with their words, then the words tied to none (as
        the paper prints them in one cell); edited as both (cycle_cells.CausesEditor)."""
        if role == Qt.ItemDataRole.EditRole:
            return dict(indicator.causes), indicator.cause_text or ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return CAUSE_SEPARATOR.join(filter(None, (show_causes(indicator.causes),
                                                      (indicator.cause_text or "").strip())))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == self.CAUSES and isinstance(value, tuple) \
                and role == Qt.ItemDataRole.EditRole:  # the 偏差原因 editor's ticks and words
            causes, words = value
            path = self.path(index.row(), index.column())
            words_path = f"indicators[{index.row()}].cause_text"
            try:  # the limits of a file's texts (length, control characters)
                cleaned = {clean_text(k, path, MAX_NAME_CHARS): clean_text(v, f"{path}.{k}")
                           for k, v in causes.items()}
                words = clean_text(words, words_path)
            except UserError as exc:
                self.rejected.emit(path, f"{self.cell_name(index)}: {exc.message.text(message_language())}")
                return False
            self.doc.set(path, cleaned)
            self.doc.set(words_path, words)
            return True
        if index.isValid() and index.column() == self.LIKELIHOOD and role == Qt.ItemDataRole.EditRole:
            # the profile's word typed or chosen is its level; any other word is refused as before
            value = self.doc.profile().monitoring.likelihood_level(str(value or "")) or value
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
        """A merged level cell names the whole group: every row of it changes, as one step.
        A group of several rows given a new name is announced (group_renamed): the user on one
        of its rows may have meant that row alone (the form offers it)."""
        field = self.columns[column].field
        rows = self.group_rows(row, column)
        old = getattr(self.records()[row], field) or ""
        changes = [(f"indicators[{r}].{field}", name) for r in rows]
        before = self.doc.undo_stack.index()
        self.doc.set_many(changes, self.tr("Rename group"))
        if len(rows) > 1 and self.doc.undo_stack.index() != before:
            self.group_renamed.emit(rows.start, rows.stop, field, old, name)
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
            if self.SCORE != ABSENT:
                self.dataChanged.emit(self.index(changed[0], self.SCORE),
                                      self.index(changed[-1], self.SCORE))
        # the actual's reading says 待判定 or the judgement
        if len(previous) == len(shown) and self.ACTUAL != ABSENT:
            for row in changed:
                if (shown[row].pending, shown[row].grade) != (previous[row].pending, previous[row].grade):
                    self.dataChanged.emit(self.index(row, self.ACTUAL), self.index(row, self.ACTUAL))
