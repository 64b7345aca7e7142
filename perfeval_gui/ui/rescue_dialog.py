"""The store cannot be opened: say what is wrong and offer the ways out, instead of exiting —
the latest backup, rescuing what can be read into a new store, another file, a new store,
and the settings (always reachable, even when the store path in them is what is broken)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..app_paths import default_db_path
from ..core.messages import UserError
from ..core.profiles import default_library
from ..store import backups, health, rescue
from .background import run_and_wait
from .settings import AppSettings
from .settings_dialog import SettingsDialog
from .translations import message_language

DAMAGE = ("store.damaged",)


class RescueDialog(QDialog):
    """``choice`` after exec(): the store path to try next (None: quit)."""

    def __init__(self, path: Path, problem: UserError, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.problem, self.settings = Path(path), problem, settings
        self.choice: Path | None = None
        self.setWindowTitle(self.tr("The store cannot be opened"))
        message = QLabel(self.tr("The store %1 cannot be opened:").replace("%1", str(self.path))
                         + "\n" + problem.text(message_language()))
        message.setWordWrap(True)
        self.latest = next(iter(backups.list_backups(self.path)), None)
        self.backup_button = QPushButton(self.tr("Open the latest backup"))
        if self.latest is not None:
            self.backup_button.setText(self.tr("Open the latest backup (%1)")
                                       .replace("%1", f"{self.latest.taken:%Y-%m-%d %H:%M}"))
        self.backup_button.setEnabled(self.latest is not None)
        self.rescue_button = QPushButton(self.tr("Rescue what can be read into a new store"))
        self.rescue_button.setEnabled(problem.message.code in DAMAGE)
        self.other_button = QPushButton(self.tr("Choose another store file…"))
        self.new_button = QPushButton(self.tr("Create a new store…"))
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.quit_button = QPushButton(self.tr("Quit"))
        self.backup_button.clicked.connect(self.open_latest_backup)
        self.rescue_button.clicked.connect(self.rescue)
        self.other_button.clicked.connect(self.choose_other)
        self.new_button.clicked.connect(self.create_new)
        self.settings_button.clicked.connect(self.show_settings)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        for button in (self.backup_button, self.rescue_button, self.other_button, self.new_button,
                       self.settings_button, self.quit_button):
            layout.addWidget(button)

    def _use(self, path: Path) -> None:
        """Go on with *path*, and remember it for the next start."""
        self.choice = Path(path)
        self.settings.set("store_path", str(path))
        self.accept()

    def _fail(self, exc: UserError) -> None:
        QMessageBox.warning(self, self.tr("Cannot do that"), exc.text(message_language()))

    def open_latest_backup(self) -> None:
        """The damaged file is kept aside (renamed), the backup takes its place."""
        assert self.latest is not None
        try:
            if self.path.exists():
                backups.set_aside(self.path)
            backups.restore(self.latest.path, self.path)
        except (UserError, OSError, sqlite3.Error) as exc:
            self._fail(exc if isinstance(exc, UserError) else health.explain(exc, str(self.path)))
            return
        self._use(self.path)

    def rescue(self) -> None:
        try:
            result = run_and_wait(lambda: rescue.rescue(self.path),
                                  self.tr("Copying the reports that can be read…"), self)
        except (UserError, OSError, sqlite3.Error) as exc:
            self._fail(exc if isinstance(exc, UserError) else health.explain(exc, str(self.path)))
            return
        text = self.tr("%1 report(s) were copied into the new store %2.").replace(
            "%1", str(len(result.copied))).replace("%2", str(result.path))
        if result.lost:
            text += "\n\n" + self.tr("These could not be read:") + "\n" + "\n".join(result.lost)
        self.rescue_report = text
        QMessageBox.information(self, self.tr("Rescue"), text)
        self._use(result.path)

    def choose_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a store file"),
                                              str(self.path.parent), self.tr("Report store (*.sqlite)"))
        if path:
            self._use(Path(path))

    def create_new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Create a new store"),
                                              str(self.path.parent / "reports-new.sqlite"),
                                              self.tr("Report store (*.sqlite)"))
        if not path:
            return
        if Path(path).exists():
            self._fail(UserError(path, "file.not_writable", detail=self.tr("the file exists")))
            return
        self._use(Path(path))

    def show_settings(self) -> None:
        before = self.settings.get("store_path")
        SettingsDialog(self.settings, default_library(), self).exec()
        after = self.settings.get("store_path")
        if after != before:
            self.choice = Path(after) if after else default_db_path()
            self.accept()
