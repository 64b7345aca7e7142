"""关于: the version, the licences of the bundled libraries, and where the data lives."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...app_paths import data_dir, is_portable
from ...export.fonts import bundled_licences

# what the installers bundle, with the licence each is under (the metadata may be stripped
# from a frozen build, so the licence is written here too)
BUNDLED = [
    ("PySide6-Essentials", "LGPL-3.0 (Qt for Python)"),
    ("shiboken6", "LGPL-3.0"),
    ("reportlab", "BSD-3-Clause"),
    ("python-docx", "MIT"),
    ("lxml", "BSD-3-Clause"),
    ("pillow", "MIT-CMU (HPND)"),
    ("sqlite-utils", "Apache-2.0"),
    ("pypdfium2", "Apache-2.0 / BSD-3-Clause (PDFium)"),
    ("click", "BSD-3-Clause"),
    ("tabulate", "MIT"),
    ("python-dateutil", "Apache-2.0 / BSD-3-Clause"),
    ("pluggy", "MIT"),
]


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "—"


class AboutDialog(QDialog):
    def __init__(self, store_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        name = self.tr("Project Expenditure Performance Self-Evaluation")  # (lupdate reads no f-string)
        title = QLabel(f"<h2>{name}</h2><p>perfeval-gui {__version__}</p>")
        mode = self.tr("portable (data beside the program)") if is_portable() else ""
        where = QLabel(self.tr("Data folder: %1").replace("%1", str(data_dir())) + "<br>"
                       + self.tr("Store file: %1").replace("%1", store_path)
                       + (f"<br>{mode}" if mode else ""))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        table = QTableWidget(len(BUNDLED), 3)
        table.setObjectName("licences")
        table.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        for row, (name, licence) in enumerate(BUNDLED):
            for column, text in enumerate((name, _version(name), licence)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addWidget(QLabel(self.tr("Bundled libraries and their licences:")))
        layout.addWidget(table)
        self.font_licences = self._font_licences()
        if self.font_licences is not None:
            layout.addWidget(QLabel(self.tr("Bundled fonts and their licences:")))
            layout.addWidget(self.font_licences)
        layout.addWidget(buttons)
        self.resize(620, 520 if self.font_licences is None else 720)

    @staticmethod
    def _font_licences() -> QPlainTextEdit | None:
        """The licence texts of the fonts the app carries for the PDF, whole (None where the
        app carries none: a source checkout, a wheel)."""
        licences = bundled_licences()
        if not licences:
            return None
        view = QPlainTextEdit()
        view.setObjectName("fontLicences")
        view.setReadOnly(True)
        view.setPlainText("\n\n".join(f"== {name} ==\n{text.strip()}" for name, text in licences))
        return view
