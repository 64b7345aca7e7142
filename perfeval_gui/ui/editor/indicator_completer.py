"""Completions while a 三级指标 name is typed: choosing one fills 一级/二级, the operator and
the unit of the row, as one undoable step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyleOptionViewItem, QWidget

from ...app_paths import user_indicator_dir
from ...core.indicator_library import IndicatorLibrary, LibraryEntry
from ...resources import resource_path
from .report_document import ReportDocument
from .walking_delegate import WalkingDelegate


def shipped_library(stored: list[LibraryEntry] | None = None, hidden: list[str] | None = None,
                    renamed: dict[str, str] | None = None) -> IndicatorLibrary:
    """The shipped list, the user's files and (where given) the store's indicators."""
    return IndicatorLibrary.build(resource_path("indicators", "library.toml"), user_indicator_dir(),
                                  stored or [], hidden or [], renamed)


class NameDelegate(WalkingDelegate):
    """Completes a 三级指标 name inline from the library as it is typed (the rest of the name
    shown selected; Enter takes it). A name committed that the library knows fills the row's
    levels and, where none is written, the target's operator and unit — one undoable step."""

    def __init__(self, doc: ReportDocument, library: IndicatorLibrary, parent: QObject) -> None:
        super().__init__(parent)
        self.doc, self.library = doc, library
        self.names = QStringListModel(library.names(), self)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            completer = QCompleter(self.names, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            # inline, not a list: a list window takes the keyboard, and Enter would then close
            # the list instead of walking on to the next cell as everywhere else in the table
            completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
            editor.setCompleter(completer)
        return editor

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        name = editor.text() if isinstance(editor, QLineEdit) else ""
        entry = self.library.find(name)
        if entry is not None and editor.property("closing") and self.fills(index.row(), entry):
            self.choose(index.row(), name)  # the name and what it brings, as one step
            return
        super().setModelData(editor, model, index)

    def fills(self, row: int, entry: LibraryEntry) -> bool:
        indicator = self.doc.report.indicators[row]
        return (indicator.level1 != entry.level1 and bool(entry.level1)) or \
            (indicator.level2 != entry.level2 and bool(entry.level2)) or \
            (not (indicator.target or "").strip() and bool(entry.target_template()))

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
