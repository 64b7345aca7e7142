"""The window's small truths (issue 23, point 9): findings by severity then by place in the
form; F1 at the topic of the field or finding; the title with year and unit; sort arrows that
point the order; an imported report's unit; an empty table says how to start; 设置 names the
profiles as users know them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from perfeval_gui.core.finding_groups import SEVERITY_ORDER, form_position
from perfeval_gui.ui.base.guide import GuideDialog
from perfeval_gui.ui.base.settings import AppSettings
from perfeval_gui.ui.panel.findings_view import CODE_ROLE, INDEX_ROLE, WHERE_ROLE
from perfeval_gui.ui.reports.report_list_model import ReportListModel
from perfeval_gui.ui.shell.settings_dialog import SettingsDialog
from tests.ui.test_document_import import answer_previews, choose_files, last_years_word_form


def shown_order(findings) -> list[tuple[int, tuple[int, ...]]]:
    """(severity rank, place in the form) of each top line, as the panel lists them."""
    order = []
    for i in range(findings.topLevelItemCount()):
        top = findings.topLevelItem(i)
        # a finding alone is its own top line (a child under it holds its fix); a group's top
        # line holds no finding, its first child does
        leaf = top if top.data(0, INDEX_ROLE) is not None else top.child(0)
        severity = findings.shown[leaf.data(0, INDEX_ROLE)].severity
        order.append((SEVERITY_ORDER.index(severity), form_position(leaf.data(0, WHERE_ROLE) or "")))
    return order


def test_a_new_error_comes_first_and_each_severity_runs_in_the_forms_order(qtbot, window):
    last = len(window.doc.report.indicators) - 1
    window.doc.set(f"indicators[{last}].score", Decimal(99))  # above its weight: an error, last row
    window.doc.end_typing()
    window.editor.show_findings()
    findings = window.editor.panel.findings
    order = shown_order(findings)
    assert order == sorted(order)
    assert order[0][0] == 0  # an error at the top, not below the warnings
    top = findings.topLevelItem(0)
    assert (top.child(0) if top.childCount() else top).data(0, CODE_ROLE) in {
        f.code for f in window.doc.findings() if f.severity == "error"}


def test_f1_opens_the_guide_at_the_field_or_the_finding(qtbot, window, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(GuideDialog, "go_to", lambda self, code="": asked.append(code))
    window.editor.tabs.setCurrentWidget(window.editor.cover)
    field = window.editor.cover.fields["project.name"]
    field.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(field, Qt.Key.Key_F1)
    assert asked[-1] == "cover"
    window.editor.tabs.setCurrentWidget(window.editor.indicators)
    window.editor.indicators.view.setFocus()
    qtbot.keyClick(window.editor.indicators.view, Qt.Key.Key_F1)
    assert asked[-1] == "indicators"
    window.editor.show_findings()
    findings = window.editor.panel.findings
    leaf = findings.leaf_items()[0]
    findings.setCurrentItem(leaf)
    findings.setFocus()
    qtbot.keyClick(findings, Qt.Key.Key_F1)
    assert asked[-1] == leaf.data(0, CODE_ROLE)


def test_the_title_names_the_year_and_the_unit(window):
    report = window.doc.report
    assert str(report.year) in window.windowTitle() and report.project.unit in window.windowTitle()


def arrow_points_up(header, section: int) -> bool:
    """Whether the sort arrow drawn in *section* is ▲: its top row narrower than its bottom row.
    The arrow is the rightmost run of inked columns of the section, right of its title."""
    image = header.grab().toImage()
    left = header.sectionViewportPosition(section)
    right = left + header.sectionSize(section) - 3  # not the border line

    def inked(x: int, y: int) -> bool:
        return QColor(image.pixel(x, y)).lightness() < 200

    columns = [x for x in range(left, right) if any(inked(x, y) for y in range(1, image.height() - 2))]
    run = [columns[-1]]
    while columns.index(run[-1]) and columns[columns.index(run[-1]) - 1] == run[-1] - 1:
        run.append(run[-1] - 1)
    rows = [n for y in range(1, image.height() - 2) if (n := sum(inked(x, y) for x in run))]
    assert len(rows) >= 2, rows
    return rows[0] < rows[-1]


def test_the_arrow_on_year_points_up_when_the_oldest_year_is_first(qtbot, window, seed_report):
    for year in (2025, 2024):
        seed_report.year = year
        window.store.create(seed_report)
    window.show_list()
    page = window.list_page
    header = page.table.horizontalHeader()
    page.table.sortByColumn(ReportListModel.YEAR, Qt.SortOrder.AscendingOrder)
    QApplication.processEvents()
    years = [page.proxy.index(r, ReportListModel.YEAR).data() for r in range(page.proxy.rowCount())]
    assert years == sorted(years)
    assert arrow_points_up(header, ReportListModel.YEAR)
    page.table.sortByColumn(ReportListModel.YEAR, Qt.SortOrder.DescendingOrder)
    QApplication.processEvents()
    assert not arrow_points_up(header, ReportListModel.YEAR)


def test_an_imported_form_without_a_unit_takes_its_implementing_unit(monkeypatch, tmp_path, window):
    choose_files(monkeypatch, last_years_word_form(tmp_path))
    answer_previews(monkeypatch, lambda d: d.accept())
    window.import_documents_action.trigger()
    assert window.doc.report.project.implementing_unit == "某县就业服务中心"
    assert window.doc.report.project.unit == "某县就业服务中心"


def test_an_empty_table_says_how_to_start_and_its_button_starts(qtbot, window):
    window.new_action.trigger()
    team = window.editor.team.members
    window.editor.tabs.setCurrentWidget(window.editor.team)
    QApplication.processEvents()
    assert len(window.doc.report.team) == 0
    assert team.empty_hint.isVisible() and team.empty_hint.label.text()
    qtbot.mouseClick(team.empty_hint.button, Qt.MouseButton.LeftButton)
    assert len(window.doc.report.team) == 1 and not team.empty_hint.isVisible()
    window.editor.tabs.setCurrentWidget(window.editor.indicators)
    form = window.editor.indicators
    QApplication.processEvents()
    assert form.empty_hint.isVisible() == (len(window.doc.report.indicators) == 0)


def test_settings_name_the_profiles_as_users_know_them(qtbot, window, tmp_path):
    dialog = SettingsDialog(AppSettings(tmp_path / "s.ini"), window.library, window)
    qtbot.addWidget(dialog)
    names = [dialog.profiles.item(r, 0).text() for r in range(dialog.profiles.rowCount())]
    assert "全国通用（财预〔2020〕10号）" in names
    assert not {"national-2020", "budget-system"} & set(names)


def test_a_new_reports_funds_table_shows_its_rows_under_a_header_of_two_lines(qtbot, window):
    window.new_action.trigger()
    window.editor.tabs.setCurrentWidget(window.editor.funds)
    qtbot.wait(50)  # the stretched columns get their width, the header its height
    view = window.editor.funds.rows.view
    header = view.horizontalHeader()
    assert header.height() <= 3 * header.fontMetrics().height()
    assert view.rowViewportPosition(len(window.doc.report.funds.rows) - 1) + 5 < view.viewport().height()
    assert window.editor.funds.rule_label.text() == "—"  # nothing to score yet: no 0
