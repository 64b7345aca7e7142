"""Completions while a 三级指标 name is typed: choosing one fills 一级/二级, the operator and
the unit of the row, as one undoable step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyleOptionViewItem, QWidget

from ..app_paths import user_indicator_dir
from ..core.indicator_library import IndicatorLibrary, LibraryEntry
from ..resources import resource_path
from .report_document import ReportDocument
from .walking_delegate import WalkingDelegate


def shipped_library(stored: list[LibraryEntry] | None = None, hidden: list[str] | None = None,
                    renamed: dict[str, str] | None = None) -> IndicatorLibrary:
    """The shipped list, the user's files and (where given) the store's indicators."""
    return IndicatorLibrary.build(resource_path("indicators", "library.toml"), user_indicator_dir(),
                                  stored or [], hidden or [], renamed)


class NameDelegate(WalkingDelegate):
    def __init__(self, doc: ReportDocument, library: IndicatorLibrary, parent: QObject) -> None:
        super().__init__(parent)
        self.doc, self.library = doc, library
        self.names = QStringListModel(library.names(), self)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            completer = QCompleter(self.names, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)  # 满意 finds 群众满意度
            completer.setMaxVisibleItems(12)
            editor.setCompleter(completer)
            row = index.row()
            completer.activated.connect(lambda name, r=row: self.choose(r, name))
        return editor

    def choose(self, row: int, name: str) -> None:
        """Fill the row from the library entry: name, levels, and the target's operator and unit
        where no target is written yet."""
        entry = self.library.find(name)
        if entry is None:
            return
        indicator = self.doc.report.indicators[row]
        changes: list[tuple[str, Any]] = [(f"indicators[{row}].name", entry.name)]
        if entry.level1 and indicator.level1 != entry.level1:
            changes.append((f"indicators[{row}].level1", entry.level1))
        if entry.level2 and indicator.level2 != entry.level2:
            changes.append((f"indicators[{row}].level2", entry.level2))
        if not (indicator.target or "").strip() and entry.target_template():
            changes.append((f"indicators[{row}].target", entry.target_template()))
        self.doc.end_typing()
        self.doc.set_many(changes, self.tr("Choose an indicator from the library"))
