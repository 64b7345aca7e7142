"""The monitoring form's own cells: 偏差原因 (the profile's categories ticked, each with its
words) in a small editor over the cell, and 完成目标可能性 chosen from its three levels
(不可能 typed is read as 完全不可能); and, where the profile asks the causes once per form
(湖北), its 原因分析 and 建议举措 under the table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyleOptionViewItem,
    QWidget,
)

from ...core.forms import LIKELIHOODS, MONITORING
from .bound_widgets import UNDO_KEYS, BoundTextEdit
from .combo_delegate import ComboDelegate
from .report_document import ReportDocument
from .walking_delegate import WalkingDelegate


class CausesEditor(QFrame):
    """A check box per category and the words written under it; ``edited`` on every tick and
    keystroke, so that the findings follow as in any other cell."""

    edited = Signal()

    def __init__(self, categories: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("causesEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        self.words: dict[str, QLineEdit] = {}
        for row, category in enumerate(categories):
            box, words = QCheckBox(category), QLineEdit()
            words.setPlaceholderText(self.tr("what happened"))
            words.setMinimumWidth(180)
            words.installEventFilter(UNDO_KEYS)
            box.toggled.connect(lambda on, w=words: self._ticked(w, on))
            words.textEdited.connect(lambda _text, b=box: self._typed(b))
            grid.addWidget(box, row, 0)
            grid.addWidget(words, row, 1)
            self.boxes[category], self.words[category] = box, words
        # words tied to no category (the paper prints them in the same cell)
        self.other = QLineEdit()
        self.other.setObjectName("causeText")
        self.other.setPlaceholderText(self.tr("in words, under no category"))
        self.other.installEventFilter(UNDO_KEYS)
        self.other.textEdited.connect(lambda _text: self.edited.emit())
        grid.addWidget(self.other, len(categories), 0, 1, 2)
        self.setFocusProxy(next(iter(self.boxes.values()), self.other))

    def set_value(self, value: tuple[dict[str, str], str]) -> None:
        causes, words = value
        for category, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(category in causes)
            box.blockSignals(False)
            self.words[category].setText(causes.get(category, ""))
        self.other.setText(words)

    def value(self) -> tuple[dict[str, str], str]:
        """The ticked categories, in the profile's order, each with its words; and the words
        tied to none."""
        return ({c: self.words[c].text().strip() for c, box in self.boxes.items() if box.isChecked()},
                self.other.text().strip())

    def _ticked(self, words: QLineEdit, on: bool) -> None:
        if on:
            words.setFocus()
        self.edited.emit()

    def _typed(self, box: QCheckBox) -> None:
        """Words written under a category tick it: they are its words."""
        if not box.isChecked():
            box.blockSignals(True)
            box.setChecked(True)
            box.blockSignals(False)
        self.edited.emit()


class CausesDelegate(WalkingDelegate):
    """偏差原因: the profile's categories (and any other the row already names, kept) in an
    editor as large as it needs, over the cell."""

    def __init__(self, doc: ReportDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        causes, _words = self._causes(index)
        categories = list(self.doc.profile().monitoring.cause_categories)
        categories += [c for c in causes if c not in categories]
        editor = CausesEditor(categories, parent)
        editor.installEventFilter(UNDO_KEYS)
        self.remember(editor, index)  # Esc puts back the cell as it was
        editor.edited.connect(lambda e=editor: self.commitData.emit(e))
        return editor

    @staticmethod
    def _causes(index: Any) -> tuple[dict[str, str], str]:
        return index.data(Qt.ItemDataRole.EditRole)

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, CausesEditor)
        if editor.value() != self._causes(index):
            editor.set_value(self._causes(index))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, CausesEditor)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Any) -> None:
        """As wide and tall as its categories need, kept inside the table's viewport."""
        wanted = editor.sizeHint()
        rect = QRect(option.rect.topLeft(), option.rect.size().expandedTo(wanted))
        area = editor.parentWidget().rect() if editor.parentWidget() is not None else rect
        if rect.right() > area.right():
            rect.moveRight(area.right())
        if rect.bottom() > area.bottom():
            rect.moveBottom(area.bottom())
        rect.moveLeft(max(rect.left(), 0))
        rect.moveTop(max(rect.top(), 0))
        editor.setGeometry(rect)


class LikelihoodDelegate(ComboDelegate):
    """完成目标可能性: 确定能 / 有可能 / 完全不可能 chosen (or typed; 不可能 reads as the last)."""

    PICK_COMMITS = True

    def choices(self, index: Any) -> list[str]:
        return ["", *LIKELIHOODS]


class FormCausesBox(QGroupBox):
    """偏差或不能完成目标原因分析 and 相关建议或举措, once for the form: shown where the
    report's profile asks the causes once per form (it follows a change of profile)."""

    def __init__(self, doc: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("For the form as a whole (rows at risk)"), parent)
        self.doc = doc
        self.setObjectName("formCauses")
        # as tall as its two boxes: the table above takes the room left
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        grid = QGridLayout(self)
        self.fields: dict[str, QWidget] = {}
        for column, (path, label) in enumerate((
                ("causes_text", self.tr("Causes of deviation or of missing targets")),
                ("measures", self.tr("Suggestions and measures")))):
            text = BoundTextEdit(doc, path)
            text.setMaximumHeight(64)
            grid.addWidget(QLabel(label), 0, column)
            grid.addWidget(text, 1, column)
            self.fields[path] = text
        self._follow_profile()
        doc.changed.connect(lambda change: self._follow_profile() if "profile" in change.fields
                            else None)

    def _follow_profile(self) -> None:
        rules = self.doc.profile().monitoring
        self.setVisible(self.doc.report.form == MONITORING and not rules.causes_per_row)
