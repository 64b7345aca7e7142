"""A report with no score yet is never shown as 0 / 差: the list, the 汇总 and 历年对比 say it
is not scored; the 汇总 counts it apart (under 未评定) and leaves it out of the averages and the
执行率; ``summary`` prints its total as null and counts it in ``unscored``."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication

from perfeval_gui.cli import run
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.reports.comparison_dialog import ComparisonDialog
from perfeval_gui.ui.shell.main_window import MainWindow


def not_scored(context: str) -> str:
    """The words the window uses (未评分 in Chinese), as translated in this test run."""
    return QCoreApplication.translate(context, "Not scored")


@pytest.fixture
def window(qtbot, tmp_path, seed_report):
    store = ReportStore(tmp_path / "w.sqlite")
    store.create(seed_report)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close_report()
    store.close()


def new_filled_but_unscored(window, typist) -> int:
    """新建报告 from the menu, its name, unit and budget typed: nothing scorable yet."""
    window.new_action.trigger()
    typist(window.editor.cover.fields["project.name"], "尚未评分的项目")
    window.doc.set("project.unit", "某区信访局")
    window.doc.set("year", window.store.load(1).year)
    report_id = window.doc.report_id
    window.back_action.trigger()
    return report_id


def row_of(window, name: str) -> list[str]:
    proxy = window.list_page.proxy
    for r in range(proxy.rowCount()):
        if name in proxy.index(r, 1).data():
            return [proxy.index(r, c).data() for c in range(proxy.columnCount())]
    raise AssertionError(name)


def test_the_list_shows_not_scored_not_0_and_poor(window, typist):
    new_filled_but_unscored(window, typist)
    row = row_of(window, "尚未评分的项目")
    assert row[3] == "—" and row[4] == not_scored("ReportListModel")
    assert row_of(window, "重大敏感")[3] not in ("—", "0")  # the seed is scored


def test_the_summary_counts_it_apart_and_out_of_the_averages(qtbot, window, typist):
    new_filled_but_unscored(window, typist)
    seed_total = window.store.list(search="重大敏感")[0].total
    window.home.setCurrentIndex(1)
    page = window.summary_page
    qtbot.waitUntil(lambda: not page.loading and page.proxy.rowCount() == 2, timeout=10000)
    model = page.model
    unscored = next(r for r in range(2) if model.rows[r].project == "尚未评分的项目")
    shown = [model.index(unscored, c).data() for c in range(model.columnCount())]
    assert shown[model.TOTAL] == shown[model.GRADE] == not_scored("SummaryModel")
    assert shown[model.RATE] == ""  # no 执行率 0 %
    totals = page.current_totals()
    assert totals.unscored == 1 and totals.grades["none"] == 1
    assert totals.mean_total == seed_total == totals.median_total
    assert QCoreApplication.translate("SummaryPage", "(%n not scored)", "", 1) in page.totals.text()
    assert " 100% " in page.totals.text()  # the seed's rate alone: the unscored one has none
    assert " 0% " not in page.totals.text() and "—%" not in page.totals.text()


def test_comparison_says_the_new_year_is_not_scored(qtbot, window):
    new_id, _changes = window.store.create_next_year(1, window.store.load(1).year + 1)
    dialog = ComparisonDialog([window.store.load(1), window.store.load(new_id)], window.library, window)
    qtbot.addWidget(dialog)
    totals = [dialog.table.item(1, c).text() for c in range(3, dialog.table.columnCount(), 3)]
    assert totals[1] == not_scored("ComparisonDialog")
    assert totals[0] not in (not_scored("ComparisonDialog"), "0")


def test_the_summary_command_prints_null_and_counts_unscored(window, typist, capsys):
    new_filled_but_unscored(window, typist)
    window.store.conn.commit()
    year = window.store.load(1).year
    status = run(["summary", "--db", str(window.store.path), "--year", str(year)])
    assert status == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    rows, totals = lines[:-1], lines[-1]["totals"]
    unscored = next(r for r in rows if r["project"] == "尚未评分的项目")
    assert unscored["total"] is None and unscored["grade"] is None
    assert totals["unscored"] == 1 and totals["grades"]["none"] == 1
    seed = next(r for r in rows if r["project"] != "尚未评分的项目")
    assert totals["mean_total"] == seed["total"]


def test_a_year_of_unscored_reports_says_rate_dash(qtbot, window, typist):
    new_filled_but_unscored(window, typist)
    window.store.delete(1)  # the seed gone: only the unscored report is left
    window.home.setCurrentIndex(1)
    page = window.summary_page
    qtbot.waitUntil(lambda: not page.loading and page.proxy.rowCount() == 1, timeout=10000)
    text = page.totals.text()
    assert " — · " in text and "—%" not in text and " 0% " not in text


def test_the_next_years_panel_shows_no_column_of_zeros(qtbot, window):
    new_id, _changes = window.store.create_next_year(1, window.store.load(1).year + 1)
    window.open_report(new_id)
    tree = window.editor.panel.groups
    figures = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for item in [top] + [top.child(k) for k in range(top.childCount())]:
            figures += [item.text(2), item.text(3)]
    assert figures and set(figures) == {"—"}
    assert window.editor.panel.total_label.text() == "—"
