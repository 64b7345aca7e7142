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

from ..core.finding import Finding
from ..core.finding_groups import group_findings, subject
from ..core.fixes import Fix
from ..core.model import Report
from .translations import message_language

WHERE_ROLE = Qt.ItemDataRole.UserRole
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
INDEX_ROLE = Qt.ItemDataRole.UserRole + 2
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
        for group in group_findings(findings):
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
        if code is None and fix is None:
            return
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 2, 0)
        row.setSpacing(2)
        if fix is not None:
            button = QPushButton(fix.label.text(message_language()))
            button.setObjectName("fix")
            button.setToolTip(self.tr("Make this repair (Ctrl+Z undoes it)"))
            button.clicked.connect(lambda _=False, f=fix: self.fix_requested.emit(f))
            row.addWidget(button)
            self.fix_buttons.append(button)
        if code is not None:
            help_button = QToolButton()
            help_button.setText("?")
            help_button.setObjectName(f"help.{code}")
            help_button.setToolTip(self.tr("What this means and how to fix it"))
            help_button.clicked.connect(lambda _=False, c=code: self.help_requested.emit(c))
            row.addWidget(help_button)
        self.setItemWidget(item, 1, box)

    def leaf_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            items += [top.child(k) for k in range(top.childCount())] if top.childCount() else [top]
        return items

    def lines(self) -> list[str]:
        return [item.text(0) for item in self.leaf_items()]
