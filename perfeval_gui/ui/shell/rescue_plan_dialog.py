"""Before a rescue switches anything: each report and where it will come from — the damaged
file, the backup (and which), or nowhere (lost) — the new store's file, and where the damaged
file stays and how to open it again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...store import rescue
from ...store.backups import list_backups
from ..base.translations import message_language


class RescuePlanDialog(QDialog):
    """Accepted: the user wants the new store made from *plan* at *target*."""

    def __init__(self, plan: rescue.Plan, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.target = plan, Path(target)
        self.setWindowTitle(self.tr("Rescue: where each report comes from"))
        counts = {s: len(plan.of(s)) for s in (rescue.RECOVERED, rescue.BACKUP, rescue.LOST)}
        summary = self.tr("%1 report(s) recovered from the damaged file, %2 taken from the backup, "
                          "%3 lost.").replace("%1", str(counts[rescue.RECOVERED])) \
            .replace("%2", str(counts[rescue.BACKUP])).replace("%3", str(counts[rescue.LOST]))
        if plan.backup is None:
            summary += " " + self.tr("No sound backup was found to fill in what is gone.")
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        backup_taken = self._backup_label()
        self.table = QTableWidget(len(plan.outcomes), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Report"), self.tr("Year"), self.tr("From"),
                                              self.tr("Note")])
        for row, outcome in enumerate(plan.outcomes):
            source = {rescue.RECOVERED: self.tr("the damaged file"),
                      rescue.BACKUP: self.tr("the backup of %1").replace("%1", backup_taken),
                      rescue.LOST: self.tr("lost")}[outcome.source]
            cells = (outcome.label, str(outcome.year or ""), source, self._note(outcome))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if outcome.source == rescue.LOST or outcome.missing_rows:
                    item.setForeground(QColor("#a00000"))
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.where = QLabel(
            self.tr("The reports go into a new store: %1. The damaged file is not changed and "
                    "stays at %2; to look at it again, choose it with “Choose another store "
                    "file…” or in Settings.").replace("%1", str(self.target))
            .replace("%2", str(plan.damaged)))
        self.where.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make_button = self.buttons.addButton(self.tr("Make the new store and open it"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.setDefault(True)
        self.make_button.setEnabled(bool(plan.chosen))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.where)
        layout.addWidget(self.buttons)
        self.resize(720, 480)

    def _backup_label(self) -> str:
        if self.plan.backup is None:
            return ""
        for backup in list_backups(self.plan.damaged, count=False):
            if backup.path == self.plan.backup:
                return f"{backup.taken:%Y-%m-%d %H:%M}"
        return self.plan.backup.name

    def _note(self, outcome: rescue.Outcome) -> str:
        parts = []
        if outcome.missing_rows:
            names = {"funds.rows": self.tr("fund rows"), "indicators": self.tr("indicators"),
                     "team": self.tr("team members"), "sections": self.tr("narrative sections"),
                     "rows": self.tr("list rows")}
            parts.append(self.tr("gone: %1").replace("%1", ", ".join(
                f"{names.get(k, k)} {n}" for k, n in outcome.missing_rows.items())))
        if outcome.source == rescue.LOST and outcome.reason is not None:
            parts.append(outcome.reason.text(message_language()))
        if outcome.in_bin:
            parts.append(self.tr("in the recycle bin"))
        return "; ".join(p for p in parts if p)

    def text(self) -> str:
        """What the dialog says, as plain text (kept for the message after the rescue)."""
        rows = ["\t".join(self.table.item(r, c).text() for c in range(4))
                for r in range(self.table.rowCount())]
        return "\n".join([self.summary.text(), *rows, self.where.text()])
