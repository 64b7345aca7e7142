"""The findings list of the scoring panel: same-kind findings under one line with their count
(expand it to see each, named by its indicator), a "?" to the guide's entry and, where the
repair is certain, a button that makes it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ...core.finding import Finding
from ...core.finding_groups import ordered_groups, subject
from ...core.fixes import Fix
from ...core.model import Report
from ..base.translations import message_language

WHERE_ROLE = Qt.ItemDataRole.UserRole
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
INDEX_ROLE = Qt.ItemDataRole.UserRole + 2
FIX_ROLE = Qt.ItemDataRole.UserRole + 3  # the row under a finding that holds its fix's button
FIX_WIDTH = 260  # a fix's button at most, on its own row under its finding
LINE_WIDTH = 200  # the findings' text column at the least (about 14 characters)
COLOURS = {"error": QColor("#a61b1b"), "warning": QColor("#7a5200"), "info": QColor("#4a4a4a")}
# a finding's line names its indicator and says what is wrong; an indicator named in 20,000
# characters (the format allows it) would make one line of pages, measured at every layout:
# the line shows its start and "…", the tooltip the message (itself cut, far later)
SUBJECT_CHARS = 60
LINE_CHARS = 400
TIP_CHARS = 2_000


def shortened(line: str, chars: int = SUBJECT_CHARS) -> str:
    return line if len(line) <= chars else line[:chars - 1] + "…"


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's width (a tree's rows do not follow
    their column's width by themselves)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != 0:
            return size
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.view.columnWidth(0) - self.view.indentation() * (depth + 1) - 8
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = QFontMetrics(font).boundingRect(0, 0, max(width, 40), 100_000,
                                                int(Qt.TextFlag.TextWordWrap), text)
        return QSize(size.width(), max(size.height(), lines.height() + 6))


class FindingsView(QTreeWidget):
    finding_clicked = Signal(str)
    finding_chosen = Signal(object)  # the Finding itself, after finding_clicked
    fix_requested = Signal(object)
    help_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setWordWrap(True)  # a finding is read whole, on as many lines as it takes
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformRowHeights(False)
        self.setItemDelegate(WrappingDelegate(self))
        self.setAlternatingRowColors(True)
        self.setRootIsDecorated(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.doItemsLayout())  # wrap at the new width
        # the text wraps instead: a sideways scroll bar would mean a column of one character
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(LINE_WIDTH + 60)  # the splitter cannot squeeze the text away
        self.itemClicked.connect(self._activated)
        self.itemActivated.connect(self._activated)
        self.fix_buttons: list[QPushButton] = []
        self.shown: list[Finding] = []

    def _activated(self, item: QTreeWidgetItem) -> None:
        where = item.data(0, WHERE_ROLE)
        if where is not None:
            self.finding_clicked.emit(where)
            self.finding_chosen.emit(self.shown[item.data(0, INDEX_ROLE)])
        elif item.childCount():
            item.setExpanded(not item.isExpanded())

    def show_findings(self, findings: list[Finding], report: Report | None,
                      fixes: dict[int, Fix]) -> None:
        expanded = {self.topLevelItem(i).data(0, CODE_ROLE) for i in range(self.topLevelItemCount())
                    if self.topLevelItem(i).isExpanded()}
        self.clear()
        self.shown = list(findings)
        self.fix_buttons = []
        labels = {"error": self.tr("Error"), "warning": self.tr("Warning"), "info": self.tr("Note")}
        lang = message_language()
        position = {id(f): k for k, f in enumerate(findings)}
        tops: list[QTreeWidgetItem] = []
        buttons: list[tuple[QTreeWidgetItem, str | None, Fix | None]] = []
        opened: list[QTreeWidgetItem] = []
        for group in ordered_groups(findings):
            colour = COLOURS[group.severity]
            if len(group.findings) == 1:
                parent = None
            else:
                parent = QTreeWidgetItem([self.tr("%1: %2").replace("%1", labels[group.severity])
                                          .replace("%2", group.heading.text(lang))])
                parent.setData(0, CODE_ROLE, group.code + group.reason)
                parent.setForeground(0, colour)
                font = QFont(parent.font(0))
                font.setBold(True)
                parent.setFont(0, font)
                tops.append(parent)
                buttons.append((parent, group.code, None))
            children = []
            for finding in group.findings:
                message = finding.message.text(lang)
                about = shortened(subject(report, finding.where)) if report is not None else ""
                line = self.tr("%1: %2").replace("%1", about).replace("%2", message) if about else message
                line = self.tr("%1: %2").replace("%1", labels[finding.severity]).replace("%2", line)
                item = QTreeWidgetItem([shortened(line, LINE_CHARS)])
                item.setData(0, WHERE_ROLE, finding.where)
                item.setData(0, CODE_ROLE, finding.code)
                item.setData(0, INDEX_ROLE, position[id(finding)])
                item.setForeground(0, COLOURS[finding.severity])
                item.setToolTip(0, shortened(message, TIP_CHARS))
                children.append(item)
                buttons.append((item, finding.code if parent is None else None,
                                fixes.get(position[id(finding)])))
            if parent is None:
                tops.extend(children)
            else:
                parent.addChildren(children)
                if group.code + group.reason in expanded:
                    opened.append(parent)
        # all items at once, then their buttons: added one by one, each re-measured the rows
        # before it (a report at the format's limits has thousands of findings)
        self.addTopLevelItems(tops)
        for item, code, fix in buttons:
            self._buttons(item, code, fix)
        for parent in opened:
            parent.setExpanded(True)

    def _buttons(self, item: QTreeWidgetItem, code: str | None, fix: Fix | None) -> None:
        if fix is not None:
            self._fix_row(item, fix)
        if code is None:
            return
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 2, 0)
        row.setSpacing(2)
        help_button = QToolButton()
        help_button.setText("?")
        help_button.setObjectName(f"help.{code}")
        help_button.setToolTip(self.tr("What this means and how to fix it"))
        help_button.clicked.connect(lambda _=False, c=code: self.help_requested.emit(c))
        row.addWidget(help_button)
        self.setItemWidget(item, 1, box)

    def _fix_row(self, item: QTreeWidgetItem, fix: Fix) -> None:
        """The fix's button on a row of its own under the finding, as wide as the text: beside
        it, the widest button would narrow every finding's line."""
        row_item = QTreeWidgetItem()
        row_item.setData(0, FIX_ROLE, True)
        item.addChild(row_item)
        row_item.setFirstColumnSpanned(True)
        item.setExpanded(True)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 2, 2)
        label = fix.label.text(message_language())
        button = QPushButton()
        button.setObjectName("fix")
        # a long label (a long target quoted) is cut with … and read whole in the tooltip
        room = FIX_WIDTH - 2 * button.style().pixelMetric(button.style().PixelMetric.PM_ButtonMargin) - 8
        shown = button.fontMetrics().elidedText(label, Qt.TextElideMode.ElideMiddle, room)
        button.setText(shown)
        button.setMaximumWidth(FIX_WIDTH)
        tip = self.tr("Make this repair (Ctrl+Z undoes it)")
        button.setToolTip(tip if shown == label else label + "\n" + tip)
        button.clicked.connect(lambda _=False, f=fix: self.fix_requested.emit(f))
        row.addWidget(button)
        row.addStretch(1)
        self.fix_buttons.append(button)
        row_item.setSizeHint(0, box.sizeHint())  # the button's height, not a text line's
        self.setItemWidget(row_item, 0, box)

    def fix_button(self, item: QTreeWidgetItem) -> QPushButton | None:
        """The button of the fix offered under a finding's line, if any."""
        for k in range(item.childCount()):
            child = item.child(k)
            if child.data(0, FIX_ROLE):
                widget = self.itemWidget(child, 0)
                return widget.findChild(QPushButton, "fix") if widget is not None else None
        return None

    def leaf_items(self) -> list[QTreeWidgetItem]:
        """Each finding's line (a group's lines, not its heading; no fix row)."""
        items: list[QTreeWidgetItem] = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            lines = [top.child(k) for k in range(top.childCount()) if not top.child(k).data(0, FIX_ROLE)]
            items += lines or [top]
        return items

    def lines(self) -> list[str]:
        return [item.text(0) for item in self.leaf_items()]
