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

from ...app_paths import default_db_path
from ...core.messages import UserError
from ...core.profiles import default_library
from ...store import backups, health, rescue
from ...store.backup_check import verify
from ..base.background import run_and_wait
from ..base.settings import AppSettings
from ..base.translations import message_language
from .rescue_plan_dialog import RescuePlanDialog
from .settings_dialog import SettingsDialog

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
        self.rescue_button.setEnabled(problem.message.code in DAMAGE or (
            problem.message.code == "store.not_store" and rescue.holds_reports(self.path)))
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
            button.setAutoDefault(False)  # Enter never replaces a store by a backup
            layout.addWidget(button)
        first = self.rescue_button if self.rescue_button.isEnabled() else self.other_button
        first.setDefault(True)
        first.setFocus()
        self.rescue_report = ""

    def _use(self, path: Path) -> None:
        """Go on with *path*, and remember it for the next start."""
        self.choice = Path(path)
        self.settings.set("store_path", str(path))
        self.accept()

    def _fail(self, exc: BaseException) -> None:
        problem = exc if isinstance(exc, UserError) else health.explain(exc, str(self.path))
        QMessageBox.warning(self, self.tr("Cannot do that"), problem.text(message_language()))

    def open_latest_backup(self) -> None:
        """The backup takes the store's place once it passes its check; reports the damaged
        file holds newer than the backup are named first (a rescue keeps them), and the
        damaged file is kept aside under a name the user is told."""
        assert self.latest is not None
        backup = self.latest.path
        try:
            problem = run_and_wait(lambda: verify(backup),
                                   self.tr("Checking the backup…"), self)
            if problem is not None:
                raise problem
            newer: list[rescue.Outcome] = []
            if self.path.exists() and self.problem.message.code in DAMAGE:
                found = run_and_wait(lambda: rescue.plan(self.path, backup),
                                     self.tr("Reading what the damaged file still holds…"), self)
                newer = [o for o in found.of(rescue.RECOVERED) if o.newer_than_backup]
        except (UserError, OSError, sqlite3.Error) as exc:
            self._fail(exc)
            return
        if newer and not self._backup_anyway(newer):
            return
        try:
            aside = backups.set_aside(self.path) if self.path.exists() else None
            backups.replace_with(backup, self.path)  # checked above
        except (UserError, OSError, sqlite3.Error) as exc:
            self._fail(exc)
            return
        if aside is not None:
            QMessageBox.information(self, self.tr("The latest backup"), self.tr(
                "The store now holds the backup of %1. The damaged file was kept as %2: to look "
                "at it, choose it with “Choose another store file…” or in Settings; “Rescue” "
                "reads it.").replace("%1", f"{self.latest.taken:%Y-%m-%d %H:%M}")
                .replace("%2", str(aside)))
        self._use(self.path)

    def _backup_anyway(self, newer: list[rescue.Outcome]) -> bool:
        """Ask before a backup drops reports the damaged file holds newer; rescue is the default."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Newer reports in the damaged file"),
                          self.tr("The damaged file still holds %1 report(s) newer than the backup "
                                  "or not in it:").replace("%1", str(len(newer)))
                          + "\n" + "\n".join(o.label for o in newer[:20])
                          + "\n\n" + self.tr("Opening the backup leaves them out. A rescue keeps "
                                              "them and takes the rest from the backup."), parent=self)
        rescue_instead = box.addButton(self.tr("Rescue instead"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("Open the backup anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(rescue_instead)
        self.newer_box = box
        box.exec()
        if box.clickedButton() is rescue_instead:
            self.rescue()
        return box.clickedButton() is anyway

    def rescue(self) -> None:
        """Read what the damaged file holds, merge the newest sound backup, show where each
        report comes from, and only then make the new store and switch to it."""
        try:
            found = run_and_wait(lambda: rescue.plan(self.path),
                                 self.tr("Reading what the damaged file still holds…"), self)
        except (UserError, OSError, sqlite3.Error) as exc:
            self._fail(exc)
            return
        target = rescue.rescued_path(self.path)
        shown = RescuePlanDialog(found, target, self)
        self.plan_dialog = shown
        if shown.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            run_and_wait(lambda: rescue.write(found, target), self.tr("Writing the new store…"), self)
        except (UserError, OSError, sqlite3.Error) as exc:
            self._fail(exc)
            return
        self.rescue_report = shown.text()
        self._use(target)

    def choose_other(self) -> None:
        # all files too: a store set aside (reports.sqlite.set-aside-…) is chosen here
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a store file"), str(self.path.parent),
                                              self.tr("Report store (*.sqlite);;All files (*)"))
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
