"""历年对比: one project's years side by side — each indicator's target, actual and score, the
执行率 and the total per year; changed targets and weights highlighted, added and dropped
indicators shown; the year's declaration (a target that differs from it) and monitoring form
(执行率 at the period's end, each row's figures so far and projected) beside them; printable
as a landscape PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.comparison import Comparison, YearCell, compare_years
from ...core.figures import figure_text, percent_figure_text
from ...core.interchange import fingerprint
from ...core.messages import UserError
from ...core.model import Report, text
from ...core.profiles import ProfileLibrary
from ...core.scoring import score_report
from ...export.atomic import ExportError
from ..base.mid_year_words import mid_year_lines
from ..base.store_watcher import StoreWatcher
from ..base.translations import message_language

CHANGED = QColor("#FFF2CC")
ADDED = QColor("#E2EFDA")
ABSENT = QColor("#EEEEEE")
NAME_COLUMNS = 3


class ComparisonDialog(QDialog):
    def __init__(self, reports: list[Report], library: ProfileLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.resize(1200, 640)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.broken = QLabel()  # a year's declaration deleted: the link broken, nothing lost
        self.broken.setObjectName("brokenLink")
        self.broken.setWordWrap(True)
        self.broken.setStyleSheet("background: #fff1d6; color: #7a5200; padding: 6px;")
        self.per_year = 3  # columns per year: 4 where the years have monitoring figures
        self.show_reports(reports)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("Export PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.choose_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.broken)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def show_reports(self, reports: list[Report]) -> None:
        scored = [(r, score_report(r, self.library.get(r.profile))) for r in reports]
        self.comparison = compare_years(scored, self.library.get)
        self.latest = max(reports, key=lambda r: r.year)
        self.setWindowTitle(self.tr("%1 across years").replace("%1", text(self.latest.project.name)))
        self._fill(self.comparison)
        missing = self.comparison.declaration_missing
        self.broken.setText(self.tr(
            "The declaration of %1 is no longer in this store (the link is broken): the declared "
            "targets shown are those the later forms kept.").replace(
                "%1", self.tr(", ").join(str(y) for y in missing)))
        self.broken.setVisible(bool(missing))

    def follow(self, watcher: StoreWatcher, load: Callable[[], list[Report]]) -> None:
        """A year saved, deleted or restored (here or in another window) shows at once."""
        def reload() -> None:
            try:
                reports = load()
            except UserError:
                return  # the store cannot be read now: the years shown stay
            if len(reports) > 1:
                self.show_reports(reports)

        watcher.changed.connect(reload)

    def _fill(self, comparison: Comparison) -> None:
        years = comparison.years
        self.per_year = per_year = 4 if comparison.has_mid_year else 3
        headers = [self.tr("Level 1"), self.tr("Level 2"), self.tr("Indicator")]
        for year in years:
            headers.append(self.tr("%1 target").replace("%1", str(year)))
            if per_year == 4:
                headers.append(self.tr("%1 mid-year").replace("%1", str(year)))
            headers += [self.tr("%1 actual").replace("%1", str(year)),
                        self.tr("%1 score").replace("%1", str(year))]
        lines = [(self.tr("Execution rate"), [
            percent_figure_text(comparison.rates[y]) for y in years])]
        if comparison.mid_year:
            lines.append((self.tr("Execution at mid-year"),
                          [self._mid_year_rate(comparison, y) for y in years]))
        grades = {y: f"（{g}）" if g else "" for y, g in comparison.grades.items()}
        lines.append((self.tr("Total"), [self.tr("Not scored") if comparison.totals[y] is None
                                         else figure_text(comparison.totals[y]) + grades[y] for y in years]))
        self.table.clearSpans()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(lines) + len(comparison.rows))
        for r, (label, values) in enumerate(lines):
            self._line(r, label, values)
        for r, row in enumerate(comparison.rows, start=len(lines)):
            added = row.added_in(years)
            name = row.name + (self.tr(" (new in %1)").replace("%1", str(added)) if added else "")
            for c, value in enumerate((*row.key[:2], name)):
                self.table.setItem(r, c, QTableWidgetItem(value))
            if added:
                self.table.item(r, 2).setBackground(QBrush(ADDED))
            for i, year in enumerate(years):
                self._year(r, NAME_COLUMNS + per_year * i, row, year, years)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()  # the declared target and the mid-year figures: lines

    def _mid_year_rate(self, comparison: Comparison, year: int) -> str:
        mid = comparison.mid_year.get(year)
        if mid is None:
            return "—"
        rate = percent_figure_text(mid.rate)
        return self.tr("%1 (months 1–%2; time progress %3%)").replace("%1", rate).replace(
            "%2", str(mid.month)).replace("%3", figure_text(mid.time_progress))

    def _line(self, row: int, label: str, values: list[str]) -> None:
        self.table.setItem(row, 0, QTableWidgetItem(label))
        self.table.setSpan(row, 0, 1, NAME_COLUMNS)
        for i, value in enumerate(values):
            self.table.setItem(row, NAME_COLUMNS + self.per_year * i, QTableWidgetItem(value))
            self.table.setSpan(row, NAME_COLUMNS + self.per_year * i, 1, self.per_year)

    def mid_year_text(self, cell: YearCell, month: int | None) -> str:
        return "\n".join(mid_year_lines(cell.to_date, cell.projected, cell.likelihood, month))

    def _year(self, r: int, column: int, row, year: int, years: list[int]) -> None:  # type: ignore[no-untyped-def]
        cell = row.cells.get(year)
        if cell is None:
            first = next(y for y in years if y in row.cells)
            item = QTableWidgetItem(self.tr("not set") if year < first else self.tr("dropped"))
            item.setBackground(QBrush(ABSENT))
            self.table.setItem(r, column, item)
            self.table.setSpan(r, column, 1, self.per_year)
            return
        target = QTableWidgetItem(cell.target)
        if cell.target_changed:
            target.setBackground(QBrush(CHANGED))
            target.setToolTip(self.tr("Changed from the year before"))
        if cell.declared is not None:  # differs from the declaration: said, and why not here
            target.setText(cell.target + "\n" + self.tr("(declared: %1)").replace("%1", cell.declared))
            target.setBackground(QBrush(CHANGED))
            target.setToolTip(self.tr("Differs from the declared target %1").replace("%1", cell.declared))
        weight = f" / {figure_text(cell.weight)}" if cell.weight is not None else ""
        score = QTableWidgetItem("—" if cell.score is None else figure_text(cell.score) + weight)
        if cell.weight_changed:
            score.setBackground(QBrush(CHANGED))
            score.setToolTip(self.tr("Weight changed from the year before"))
        items = [target]
        if self.per_year == 4:
            mid = self.comparison.mid_year.get(year)
            items.append(QTableWidgetItem(self.mid_year_text(cell, mid.month if mid else None)))
        for offset, item in enumerate((*items, QTableWidgetItem(cell.actual), score)):
            self.table.setItem(r, column + offset, item)

    def choose_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"),
                                              str(Path.home() / "comparison.pdf"), self.tr("PDF (*.pdf)"))
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> bool:
        from ...export.atomic import write_atomically
        from ...export.comparison_layout import comparison_document
        from ...export.fonts import FontMissing
        from ...export.pdf_writer import write_pdf

        document = comparison_document(self.comparison, text(self.latest.project.name),
                                       fingerprint(self.latest))
        try:
            write_atomically(path, lambda target: write_pdf(document, target))
        except (ExportError, FontMissing) as exc:
            message = exc.text(message_language()) if isinstance(exc, ExportError) else exc.message
            QMessageBox.warning(self, self.tr("Export failed"), message)
            return False
        return True

