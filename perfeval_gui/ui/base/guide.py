"""帮助 → 填报说明: the built-in guide (resources/guide, Chinese or English as the window is),
opened at the start or at one finding's entry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...resources import resource_path
from .translations import message_language


def guide_path(lang: str | None = None) -> Path:
    return resource_path("guide", f"guide.{lang or message_language()}.html")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("Filling-in guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        path = guide_path()
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def go_to(self, code: str = "") -> None:
        """The entry of *code* (a finding code or a part: 'cover', 'scoring'), else the top."""
        if code:
            self.browser.scrollToAnchor(code)
        else:
            self.browser.verticalScrollBar().setValue(0)


def show_guide(parent: QWidget, code: str = "") -> GuideDialog:
    """One guide window per main window, kept open beside the report (not modal)."""
    window = parent.window()
    guide = window.findChild(GuideDialog)
    if guide is None:
        guide = GuideDialog(window)
    guide.show()
    guide.raise_()
    guide.go_to(code)
    return guide
