"""One project, its forms and years, in the reports list: a project's declaration, monitoring
form and self-evaluation stand together in the year's order (申报 → 监控 → 自评), the form named
beside the project, whichever way the year or the name is sorted; a form another window adds
joins its project at once; a deleted declaration leaves the later forms listed, their link
marked as broken; 历年对比 shows the year's declared targets and mid-year figures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from perfeval_gui.core import cycle
from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.reports.comparison_dialog import ComparisonDialog
from perfeval_gui.ui.reports.report_list_model import ID_ROLE, ReportListModel
from perfeval_gui.ui.shell.main_window import MainWindow
from tests.cycle_documents import declaration


@pytest.fixture
def path(tmp_path, seed_report):
    db = tmp_path / "shared.sqlite"
    with ReportStore(db) as store:
        seed_report.year = 2024  # another project of the same year, made before this one's forms
        store.create(seed_report)
        store.create(report_from_document(declaration()))
    return db


@pytest.fixture
def window(qtbot, path):
    store = ReportStore(path)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close_report()
    store.close()


@pytest.fixture
def other(path):
    """Another window's connection to the same store file."""
    with ReportStore(path) as store:
        yield store


def rows(window) -> list[tuple[int, str, str]]:
    """(id, year, form) in the list's order."""
    proxy = window.list_page.proxy
    return [(proxy.index(r, 0).data(ID_ROLE), proxy.index(r, ReportListModel.YEAR).data(),
             proxy.index(r, ReportListModel.FORM).data()) for r in range(proxy.rowCount())]


def test_a_project_s_forms_stand_together_in_the_year_s_order(qtbot, window, other):
    page = window.list_page
    header = page.table.horizontalHeader()
    assert header.visualIndex(ReportListModel.FORM) == ReportListModel.NAME + 1  # beside the name
    # another window makes the monitoring form, then the self-evaluation, from the declaration
    mid_year = other.create_from(2, cycle.monitoring_from)
    qtbot.waitUntil(lambda: len(rows(window)) == 3, timeout=3000)
    done = other.create_from(mid_year, cycle.self_evaluation_from)
    qtbot.waitUntil(lambda: len(rows(window)) == 4, timeout=3000)
    next_year, _ = other.create_next_year(done, 2025)
    qtbot.waitUntil(lambda: len(rows(window)) == 5, timeout=3000)
    forms = {i: form for i, _, form in rows(window)}
    assert forms[2] == window.list_page.model.form_name("declaration")
    grades = {proxy_id: window.list_page.proxy.index(r, ReportListModel.GRADE).data()
              for r in range(window.list_page.proxy.rowCount())
              for proxy_id in [window.list_page.proxy.index(r, 0).data(ID_ROLE)]}
    assert grades[2] == grades[mid_year] == window.list_page.model.tr("No score on this form")
    assert grades[done] != grades[2]  # a self-evaluation awaits its score
    page.table.sortByColumn(ReportListModel.YEAR, Qt.SortOrder.AscendingOrder)
    assert [i for i, _, _ in rows(window)] == [1, 2, mid_year, done, next_year]
    page.table.sortByColumn(ReportListModel.YEAR, Qt.SortOrder.DescendingOrder)
    # newest year first, and within a year the project's forms still 申报 → 监控 → 自评
    assert [i for i, _, _ in rows(window)] == [next_year, 1, 2, mid_year, done]
    page.table.sortByColumn(ReportListModel.NAME, Qt.SortOrder.AscendingOrder)
    ordered = [i for i, _, _ in rows(window)]
    assert ordered.index(mid_year) == ordered.index(2) + 1 and ordered.index(done) == ordered.index(2) + 2
    # the tooltip tells the whole project
    tip = page.model.index(page.model.rows().index(next(s for s in page.model.rows() if s.id == done)),
                           ReportListModel.FORM).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.count("→") == 3 and "2025" in tip

    # searching still finds by name; the project stays whole in the tooltip
    page.search.setText("农村实用技术")
    assert {i for i, _, _ in rows(window)} == {2, mid_year, done, next_year}
    page.search.setText("")


def test_a_deleted_declaration_leaves_its_forms_listed_with_the_link_marked(qtbot, window, other):
    mid_year = other.create_from(2, cycle.monitoring_from)
    done = other.create_from(mid_year, cycle.self_evaluation_from)
    qtbot.waitUntil(lambda: len(rows(window)) == 4, timeout=3000)
    other.delete(2)
    qtbot.waitUntil(lambda: len(rows(window)) == 3, timeout=3000)
    model = window.list_page.model
    marked = {s.id: model.index(n, ReportListModel.FORM) for n, s in enumerate(model.rows())}
    assert marked[done].data().endswith("⚠") and marked[mid_year].data().endswith("⚠")
    assert marked[done].data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.broken_text("declaration_deleted") in marked[done].data(Qt.ItemDataRole.ToolTipRole)
    assert not marked[1].data().endswith("⚠")  # the other project is whole
    # 历年对比 of what is left says the link is broken, and still shows every form kept
    dialog = ComparisonDialog([other.load(i) for i in other.project_reports(done)], window.library, window)
    qtbot.addWidget(dialog)
    assert not dialog.broken.isHidden() and "2024" in dialog.broken.text()
    assert dialog.comparison.forms == {2024: ["monitoring", "self_evaluation"]}
    other.restore(2)  # the declaration back from the bin: the link is whole again
    qtbot.waitUntil(lambda: len(rows(window)) == 4, timeout=3000)
    marked = {s.id: model.index(n, ReportListModel.FORM) for n, s in enumerate(model.rows())}
    assert not marked[done].data().endswith("⚠")


def test_the_comparison_of_a_year_shows_the_declared_target_and_the_mid_year_figures(qtbot, window, other):
    def with_figures(source):
        report = cycle.monitoring_from(source)
        report.indicators[0].to_date, report.indicators[0].projected = "320人次", "610人次"
        return report

    mid_year = other.create_from(2, with_figures)
    done = other.create_from(mid_year, cycle.self_evaluation_from)
    report = other.load(done)
    report.indicators[0].target = "≥650人次"
    other.save(done, report)
    dialog = ComparisonDialog([other.load(i) for i in other.project_reports(done)], window.library, window)
    qtbot.addWidget(dialog)
    assert dialog.per_year == 4
    texts = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount())
             for c in range(dialog.table.columnCount()) if dialog.table.item(r, c)]
    assert any(t.startswith("≥650人次\n") and "≥600人次" in t for t in texts)
    assert any("320人次" in t and "610人次" in t for t in texts)
    assert dialog.tr("Execution at mid-year") in texts  # the period's 执行率 has its line
