"""设置: language, scoring profile, the PDF's font and page numbers, the unit's cover data,
where the store lives, how long automatic backups are kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.profiles import ProfileLibrary
from ...export.fonts import usable_fonts
from ..base.settings import COVER_DEFAULTS, MAX_BACKUP_DAYS, MIN_BACKUP_DAYS, AppSettings
from ..base.translations import message_language


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, library: ProfileLibrary,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))

        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.profile = QComboBox()
        for profile_id in library.ids():
            self.profile.addItem(library.profiles[profile_id].name, profile_id)
        self.font = QComboBox()
        self.font.addItem(self.tr("Automatic (FangSong / SimSun, or AR PL UMing)"), "")

        for font in usable_fonts():
            self.font.addItem(font.path.name, str(font.path))
        self.page_numbers = QComboBox()
        self.page_numbers.addItem("— 1 —（GB/T 9704）", "dash")
        self.page_numbers.addItem("第 1 页 共 3 页", "of")
        self.store_path = QLineEdit()
        self.store_path.setPlaceholderText(self.tr("reports.sqlite in the data folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_store)
        store_row = QHBoxLayout()
        store_row.addWidget(self.store_path)
        store_row.addWidget(browse)

        general = QFormLayout()
        general.addRow(self.tr("Language (after a restart):"), self.language)
        general.addRow(self.tr("Scoring profile for new reports:"), self.profile)
        general.addRow(self.tr("Font of the PDF:"), self.font)
        general.addRow(self.tr("Page numbers:"), self.page_numbers)
        general.addRow(self.tr("Store file (after a restart):"), store_row)

        cover_box = QGroupBox(self.tr("The unit's cover data, filled into new reports"))
        cover = QFormLayout(cover_box)
        labels = {"unit": self.tr("Project unit:"), "department": self.tr("Supervising department:"),
                  "department_code": self.tr("Department code:"),
                  "implementing_unit": self.tr("Implementing unit:"),
                  "credit_code": self.tr("Unified social credit code:"),
                  "contact": self.tr("Contact person:"), "phone": self.tr("Contact phone:"),
                  "unit_head": self.tr("Head of the project unit:")}
        self.cover: dict[str, QLineEdit] = {}
        for key in COVER_DEFAULTS:
            edit = QLineEdit(settings.get(f"cover/{key}"))
            self.cover[key] = edit
            cover.addRow(labels[key], edit)

        profiles_box = QGroupBox(self.tr("Scoring profiles"))
        profiles_layout = QVBoxLayout(profiles_box)
        self.profiles = self._profiles_table(library)
        profiles_layout.addWidget(self.profiles)

        backups = QGroupBox(self.tr("Backups"))
        backups_layout = QFormLayout(backups)
        self.backup_days = QSpinBox()
        self.backup_days.setRange(MIN_BACKUP_DAYS, MAX_BACKUP_DAYS)
        self.backup_days.setSuffix(self.tr(" days"))
        self.backup_days.setValue(settings.backup_days())
        backups_layout.addRow(self.tr("Keep automatic backups for:"), self.backup_days)
        backups_layout.addRow(QLabel(self.tr("The store is backed up on the first start of each day, "
                                             "before every upgrade and before every restore, into "
                                             "the folder “backups” beside it.")))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(cover_box)
        layout.addWidget(profiles_box)
        layout.addWidget(backups)
        layout.addWidget(buttons)

        for combo, key in ((self.language, "language"), (self.profile, "default_profile"),
                           (self.font, "pdf_font"), (self.page_numbers, "page_numbers")):
            combo.setCurrentIndex(max(combo.findData(settings.get(key)), 0))
        self.store_path.setText(settings.get("store_path"))

    def _profiles_table(self, library: ProfileLibrary) -> QTableWidget:
        """Every profile file the app found; a refused one says why, so it is never lost silently."""
        table = QTableWidget(len(library.entries), 3)
        table.setObjectName("profiles")
        table.setHorizontalHeaderLabels([self.tr("Profile"), self.tr("File"), self.tr("Status")])
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        for row, entry in enumerate(library.entries):
            origin = self.tr("built-in") if entry.builtin else self.tr("your file")
            if entry.error is None:
                status = self.tr("In use (%1)").replace("%1", origin)
            else:
                status = self.tr("Refused (%1): %2").replace("%1", origin).replace(
                    "%2", entry.error.text(message_language()))
            # its name as the user knows it (全国通用…); the id, a file's key, in the tooltip
            loaded = library.profiles.get(entry.id or "") if entry.error is None else None
            cells = (loaded.name if loaded is not None else entry.id or "—", entry.file.name, status)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(entry.file) if column == 1 else
                                f"{text} ({entry.id})" if column == 0 and entry.id else text)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.setMaximumHeight(table.verticalHeader().length() + table.horizontalHeader().height() + 6)
        return table

    def _choose_store(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Store file"), self.store_path.text(),
                                              self.tr("Report store (*.sqlite)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.store_path.setText(path)

    def accept(self) -> None:
        for combo, key in ((self.language, "language"), (self.profile, "default_profile"),
                           (self.font, "pdf_font"), (self.page_numbers, "page_numbers")):
            self.settings.set(key, combo.currentData())
        self.settings.set("store_path", self.store_path.text().strip())
        self.settings.set("backup_days", str(self.backup_days.value()))
        for key, edit in self.cover.items():
            self.settings.set(f"cover/{key}", edit.text().strip())
        super().accept()
