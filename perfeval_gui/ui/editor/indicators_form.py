"""绩效指标: a table that looks like the paper (level cells merged over their rows), with
the reading of every typed value under it, and buttons to add, remove and move rows and groups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import edits
from ...core.fixes import group_position, missing_groups, standard_group_rows
from ...core.indicator_library import IndicatorLibrary
from ...core.messages import UserError
from ...core.model import JUDGEMENTS, Indicator
from ...core.profiles import Group
from ..base.empty_hint import EmptyHint
from ..base.headers import fit_headers
from ..base.translations import message_language
from .combo_delegate import ComboDelegate
from .cycle_cells import CausesDelegate, FormCausesBox, LikelihoodDelegate
from .group_rename_bar import GroupRenameBar
from .indicator_completer import NameDelegate, shipped_library
from .indicators_model import ABSENT, HINT_IS_PROBLEM_ROLE, HINT_ROLE, JUDGE_ROLE, IndicatorsModel
from .judgement_bar import JudgementBar
from .record_table_model import window_form_columns
from .report_document import ReportDocument
from .row_actions import RowActions, block_moved
from .target_reason_bar import TargetReasonBar
from .walking_delegate import EDIT_TRIGGERS, WalkingDelegate

HINT_COLOUR = QColor("#5b6b7f")
PROBLEM_COLOUR = QColor("#b3261e")
# the same on the selection's blue: grey and red on it could not be read (申报：… of the row the
# user is on, the very hint the 调整原因 bar under the table speaks of)
SELECTED_PROBLEM_COLOUR = QColor("#ffeceb")


def hint_colour(option: QStyleOptionViewItem, problem: bool) -> QColor:
    """The pen of a cell's lower line: readable on the cell's background, selected or not."""
    if option.state & QStyle.StateFlag.State_Selected:
        return SELECTED_PROBLEM_COLOUR if problem else option.palette.highlightedText().color()
    return PROBLEM_COLOUR if problem else HINT_COLOUR


HINT_MARGIN = 4


def hint_font(option: QStyleOptionViewItem) -> QFont:
    """The small type of a cell's reading."""
    font = QFont(option.font)
    font.setPointSizeF(max(font.pointSizeF() * 0.8, 7))
    return font


def hint_lines(metrics: QFontMetrics, hint: str, width: int) -> list[str]:
    """*hint* broken into the lines it takes at *width*: at its own line breaks, then between
    words, then (a word of Chinese wider than the cell) between characters."""
    lines: list[str] = []
    width = max(width, 1)
    for part in hint.split("\n"):
        line = ""
        for word in part.split(" "):
            candidate = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(candidate) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
            while metrics.horizontalAdvance(line) > width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and metrics.horizontalAdvance(line[:cut]) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


FIT_ALL_ROWS = 200  # a table of up to this many rows is fitted whole; longer, as it is seen


class HintDelegate(WalkingDelegate):
    """The typed value, and under it in small type how it reads: '≥ 2 次' or why not. An
    actual whose words name no grade offers the grades there instead: one click judges it."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        # the value sits in the upper line, its reading in the lower one
        option.displayAlignment = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        hint = index.data(HINT_ROLE) or ""
        option.rect = QRect(option.rect)
        super().paint(painter, option, index)
        if index.data(JUDGE_ROLE):
            self._paint_grades(painter, option)
            return
        if not hint:
            return
        painter.save()
        font = hint_font(option)
        painter.setFont(font)
        painter.setPen(hint_colour(option, bool(index.data(HINT_IS_PROBLEM_ROLE))))
        area = option.rect.adjusted(HINT_MARGIN, 0, -HINT_MARGIN, -2)
        # the reading wraps onto the lines the row grew for (sizeHint); a row kept lower than
        # that (dragged by hand) still shows its last line whole, its tooltip all of it
        lines = hint_lines(QFontMetrics(font), hint, area.width())
        shown = max(1, min(len(lines), (area.height() - option.fontMetrics.height())
                           // max(QFontMetrics(font).height(), 1)))
        if shown < len(lines):
            rest = " ".join(lines[shown - 1:])
            lines = [*lines[:shown - 1],
                     QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, area.width())]
        painter.drawText(area, int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter),
                         "\n".join(lines))
        painter.restore()

    @staticmethod
    def grade_rects(option: QStyleOptionViewItem) -> list[tuple[str, QRect]]:
        """Where each grade sits in the cell's lower line (paint and click agree on it)."""
        font = QFont(option.font)
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 7))
        metrics = QFontMetrics(font)
        area = option.rect.adjusted(2, 0, -2, -2)
        height = metrics.height() + 2
        widths = [metrics.horizontalAdvance(g) + 6 for g in JUDGEMENTS]
        x = area.left() + max(0, (area.width() - sum(widths) - 2 * (len(widths) - 1)) // 2)
        rects = []
        for grade, width in zip(JUDGEMENTS, widths, strict=True):
            rects.append((grade, QRect(x, area.bottom() - height + 1, width, height)))
            x += width + 2
        return rects

    def _paint_grades(self, painter: QPainter, option: QStyleOptionViewItem) -> None:
        painter.save()
        font = QFont(option.font)
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 7))
        painter.setFont(font)
        painter.setPen(PROBLEM_COLOUR)
        for grade, rect in self.grade_rects(option):
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), grade)
        painter.restore()

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: Any) -> bool:
        if (event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
                and index.data(JUDGE_ROLE)):
            for grade, rect in self.grade_rects(option):
                if rect.contains(event.position().toPoint()):
                    return bool(model.setData(index, grade, JUDGE_ROLE))
        if (event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
                and isinstance(event, QMouseEvent) and index.data(JUDGE_ROLE)
                and any(r.contains(event.position().toPoint()) for _, r in self.grade_rects(option))):
            return True  # a grade's click is no edit of the text
        return super().editorEvent(event, model, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> Any:
        size = super().sizeHint(option, index)
        metrics = QFontMetrics(hint_font(option))
        # as many lines as the reading needs at the column's width (年中 …, 预计 …, 确定能)
        lines = hint_lines(metrics, index.data(HINT_ROLE) or "",
                           option.rect.width() - 2 * HINT_MARGIN) if option.rect.width() > 0 else [""]
        below = max(option.fontMetrics.height(), len(lines) * metrics.height())
        size.setHeight(max(size.height(), option.fontMetrics.height()) + below + 6)
        return size


class LevelDelegate(ComboDelegate):
    """Level 1 / level 2 chosen from the profile's tree; typing another name is allowed."""

    def __init__(self, doc: ReportDocument, model: IndicatorsModel, parent: QObject) -> None:
        super().__init__(parent)
        self.doc, self.model = doc, model

    def choices(self, index: Any) -> list[str]:
        profile = self.doc.profile()
        if index.column() == IndicatorsModel.LEVEL1:
            return [g.level1 for g in profile.groups]
        level1 = self.model.records()[index.row()].level1 or ""
        return list(profile.level2_for(level1))


class IndicatorsView(QTableView):
    def __init__(self, model: IndicatorsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.indicators = model
        self.setObjectName("indicators")
        self.setWordWrap(True)
        self.setTabKeyNavigation(True)
        self.setEditTriggers(EDIT_TRIGGERS)
        # rows are fitted to their text when it changes, one row at a time: fitting every row
        # on every keystroke (ResizeToContents) cost 80 ms in a 60-indicator report
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header = self.horizontalHeader()
        self.size_columns()
        header.setMinimumSectionSize(36)
        fit_headers(header)
        self._cell_heights: dict[tuple[int, int], int] = {}  # (row, column) → height last measured
        # rows wrap their text at the columns' widths: fitted again once the widths are known
        # (the first show) or changed, else reopening a report gave other heights than editing it
        self.refit = QTimer(self)
        self.refit.setSingleShot(True)
        self.refit.timeout.connect(self.fit_rows)
        header.sectionResized.connect(lambda *_: (self._cell_heights.clear(), self.refit.start()))
        self._fitted: set[int] = set()  # rows measured at the columns' present widths
        self.verticalScrollBar().valueChanged.connect(lambda _: self._fit_shown())
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(self._data_changed)
        self.merge_groups()  # rows are measured once the form has set its delegates

    def size_columns(self) -> None:
        """Each column as wide as its form's description says; a column without a width
        stretches (the 自评表's 偏差原因, the 运行监控表's 备注, the 申报表's names and targets)."""
        header = self.horizontalHeader()
        for column, c in enumerate(window_form_columns(Indicator, self.indicators.doc)):
            if c.width_px is None:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, c.width_px)

    def fit_rows(self) -> None:
        """Fit the rows to their text at the columns' widths: all of them in a report of a
        usual size; at the format's scale (1,000 rows, cells of 20,000 characters) those on
        the screen and a screen beyond, the others as they scroll into view — measuring every
        row took seconds before the table could be seen."""
        self._fitted.clear()
        if self.indicators.rowCount() <= FIT_ALL_ROWS:
            self.resizeRowsToContents()
            self._fitted.update(range(self.indicators.rowCount()))
        else:
            self._fit_shown()

    def _fit_shown(self) -> None:
        rows = self.indicators.rowCount()
        if len(self._fitted) >= rows:
            return
        first = max(self.rowAt(0), 0)
        shown = self.viewport().height() // max(self.verticalHeader().defaultSectionSize(), 1)
        for row in range(first, min(first + 2 * shown + 1, rows)):
            if row not in self._fitted:
                self._fitted.add(row)
                self.resizeRowToContents(row)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_shown()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_shown()

    def _reset(self) -> None:
        if self.horizontalHeader().count() == len(window_form_columns(Indicator, self.indicators.doc)):
            self.size_columns()
        self._cell_heights.clear()
        self.merge_groups()
        self.fit_rows()

    def merge_groups(self) -> None:
        """Show level1 and level2 merged over the rows they head, as on the paper."""
        self.clearSpans()
        model = self.indicators
        for column in (model.LEVEL1, model.LEVEL2):
            row = 0
            while row < model.rowCount():
                rows = model.group_rows(row, column)
                if len(rows) > 1:
                    self.setSpan(rows.start, column, len(rows), 1)
                row = rows.stop

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()) -> None:
        if top_left.column() <= IndicatorsModel.LEVEL2:
            self.merge_groups()
        if top_left.column() == bottom_right.column() == self.indicators.SCORE != ABSENT:
            return  # a rescore: figures change, heights do not
        if top_left == bottom_right:
            self._fit_row_to_cell(top_left)
            return
        for row in range(top_left.row(), bottom_right.row() + 1):
            self.resizeRowToContents(row)

    def _fit_row_to_cell(self, index: QModelIndex) -> None:
        """Typing changes one cell: measure it alone, and the whole row only where this cell
        may now set the row's height (it outgrew the row, or it was the tallest and shrank)."""
        height = self._cell_height(index)
        key = (index.row(), index.column())
        before = self._cell_heights.get(key)
        self._cell_heights[key] = height
        row_height = self.rowHeight(index.row())
        if before is None or height > row_height or (height < before and before >= row_height):
            self.resizeRowToContents(index.row())

    def _cell_height(self, index: QModelIndex) -> int:
        """The height the row needs for this cell, measured as QTableView.sizeHintForRow does."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        grid = 1 if self.showGrid() else 0
        row, column = index.row(), index.column()
        option.rect = QRect(self.columnViewportPosition(column), self.rowViewportPosition(row),
                            self.columnWidth(column) - grid, max(self.rowHeight(row), 1))
        return self.itemDelegateForIndex(index).sizeHint(option, index).height() + grid


class IndicatorsForm(QWidget):
    def __init__(self, doc: ReportDocument, parent: QWidget | None = None,
                 library: IndicatorLibrary | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.model = IndicatorsModel(doc)
        self.view = IndicatorsView(self.model)
        self.walking = WalkingDelegate(self.view)
        self.view.setItemDelegate(self.walking)
        self.hints = HintDelegate(self.view)
        self.names = NameDelegate(doc, library or shipped_library(), self.view)
        self.levels = LevelDelegate(doc, self.model, self.view)
        self.causes = CausesDelegate(doc, self.view)
        self.likelihoods = LikelihoodDelegate(doc, self.view)
        for delegate in (self.walking, self.hints, self.names, self.levels, self.causes,
                         self.likelihoods):
            delegate.closeEditor.connect(lambda *_: doc.end_typing())
        self._set_delegates()
        self.model.modelReset.connect(self._set_delegates)  # another profile: other columns
        self.view.fit_rows()  # now that the hint delegate asks for its second line

        self.status = QLabel()
        self.status.setObjectName("indicatorHint")
        self.model.rejected.connect(lambda path, why: self.status.setText(why))
        buttons = QHBoxLayout()
        actions = [
            (self.tr("Add indicator"), self.add_row),
            (self.tr("Remove indicator"), self.remove_row),
            (self.tr("Move up"), lambda: self.move_row(-1)),
            (self.tr("Move down"), lambda: self.move_row(1)),
            (self.tr("Add group"), self.add_group),
            (self.tr("Move group up"), lambda: self.move_group(-1)),
            (self.tr("Move group down"), lambda: self.move_group(1)),
        ]
        self.buttons: dict[str, QPushButton] = {}
        for label, slot in actions:
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[label] = button
        buttons.addStretch()
        self.rows = RowActions(self.view, doc, "indicators", refused=self.status.setText)
        self.group_menu = QMenu(self)
        self.blank_group_action: QAction | None = None
        self.judgement = JudgementBar(doc, self)
        self.target_reason = TargetReasonBar(doc, self)
        self.group_rename = GroupRenameBar(doc, self)
        self.group_rename.moved.connect(lambda row: self.rows.select(row, IndicatorsModel.NAME))
        self.row_on = -1  # the row the user is on, kept while the cursor is in its merged level cell
        self.model.group_renamed.connect(self._group_renamed)
        self.view.selectionModel().currentChanged.connect(
            lambda current, _previous: (self.judgement.show_row(current.row()),
                                        self.target_reason.show_row(current.row()),
                                        self._follow_row(current)))
        self.empty_hint = EmptyHint(
            self.model, self.tr("No indicators yet: add the first, or a whole group with its "
                                "second-level rows."), self.tr("Add the first indicator"), self.add_row, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view)
        layout.addWidget(self.judgement)
        layout.addWidget(self.target_reason)
        layout.addWidget(self.group_rename)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        # the 偏差原因 and 建议举措 of the form as a whole, where the profile asks for them once
        self.form_causes = FormCausesBox(doc, self)
        self.fields: dict[str, QWidget] = self.form_causes.fields
        layout.addWidget(self.form_causes)

    def _follow_row(self, current: QModelIndex) -> None:
        """A merged level cell is entered at its first row whichever row the user came from
        (a span's cell is its top one): the row they came from is kept while it is in the span."""
        column = current.column()
        if column in (self.model.LEVEL1, self.model.LEVEL2) and column != ABSENT \
                and 0 <= self.row_on < self.model.rowCount() \
                and self.row_on in self.model.group_rows(current.row(), column):
            return
        self.row_on = current.row()

    def _group_renamed(self, start: int, stop: int, field: str, old: str, new: str) -> None:
        """The whole group was renamed: offer the row the user was on alone instead (the
        group's last row where they came from none of it: where 添加指标 puts a new row)."""
        rows = range(start, stop)
        row = self.row_on if self.row_on in rows else stop - 1
        self.group_rename.offer(rows, row, field, old, new)

    def _set_delegates(self) -> None:
        """The cells of this form's columns: values with their reading under them, names
        from the library, levels from the profile, the monitoring form's causes and choice."""
        model, view = self.model, self.view
        for column in range(model.columnCount()):
            view.setItemDelegateForColumn(column, None)  # type: ignore[arg-type]
        for column in model.value_columns:
            view.setItemDelegateForColumn(column, self.hints)
        for column, delegate in ((model.NAME, self.names), (model.LEVEL1, self.levels),
                                 (model.LEVEL2, self.levels), (model.CAUSES, self.causes),
                                 (model.LIKELIHOOD, self.likelihoods)):
            if column != ABSENT:
                view.setItemDelegateForColumn(column, delegate)

    def add_row(self) -> None:
        """A new indicator under the current one, in the same first-level group; its level 2
        starts empty so that naming it does not rename its neighbour's merged cell."""
        row = self.rows.current_row()
        template = self.model.records()[row] if row >= 0 else None
        new = Indicator(level1=template.level1 if template else "", level2="")
        self.rows.add(new, self.tr("Add indicator"), IndicatorsModel.NAME)

    def add_group(self) -> None:
        """Offer the profile's first-level groups the report lacks (each with its usual
        second-level rows) and a blank group, in a menu under the button."""
        menu = self.group_menu
        menu.clear()
        for group in missing_groups(self.doc.report, self.doc.profile()):
            action = menu.addAction(self.tr("%1 (%2)").replace("%1", group.level1)
                                    .replace("%2", "、".join(group.level2)))
            action.triggered.connect(lambda _=False, g=group: self.add_standard_group(g))
        if menu.actions():
            menu.addSeparator()
        self.blank_group_action = menu.addAction(self.tr("Blank group"))
        self.blank_group_action.triggered.connect(self.add_blank_group)
        button = self.buttons[self.tr("Add group")]
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def add_blank_group(self) -> None:
        """A new first-level group at the end, its first indicator ready to fill in."""
        self.rows.add(Indicator(), self.tr("Add group"), IndicatorsModel.LEVEL1,
                      at=self.model.rowCount())

    def add_standard_group(self, group: Group) -> None:
        """The group where the profile puts it, one row per usual second-level name: one undo step."""
        at = group_position(self.doc.report, self.doc.profile(), group.level1)
        try:
            rows = edits.insert_rows(self.doc.report, "indicators", at, standard_group_rows(group))
        except UserError as exc:  # as many rows as a file may hold: nothing added, and said
            self.status.setText(exc.text(message_language()))
            return
        self.doc.run(rows, self.tr("Add group"))
        self.rows.select(at, IndicatorsModel.NAME)
        self.view.setFocus()

    def remove_row(self) -> None:
        self.rows.remove(self.tr("Remove indicator"))

    def move_row(self, step: int) -> None:
        self.rows.move(step, self.tr("Move indicator"))

    def move_group(self, step: int) -> None:
        """Move the whole first-level group (all its rows) past the neighbouring group."""
        row = self.rows.current_row()
        if row < 0:
            return
        group = self.model.group_rows(row, IndicatorsModel.LEVEL1)
        beside = group.start - 1 if step < 0 else group.stop
        if not 0 <= beside < self.model.rowCount():
            return
        neighbour = self.model.group_rows(beside, IndicatorsModel.LEVEL1)
        order = block_moved(self.model.rowCount(), group, neighbour)
        new_start = neighbour.start if step < 0 else group.start + len(neighbour)
        self.rows.reorder(order, new_start + (row - group.start), IndicatorsModel.LEVEL1,
                          self.tr("Move group"))
