"""Every view of the reports follows the store: a report made, renamed, deleted or restored in
this window or in another shows in the list, the 汇总 and the recycle bin without a refresh;
由上年报告新建 starts from the report the user is on, and names it before making anything."""

from __future__ import annotations

import pytest

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.reports.comparison_dialog import ComparisonDialog
from perfeval_gui.ui.reports.recycle_bin import RecycleBinDialog
from perfeval_gui.ui.reports.report_list_model import ID_ROLE
from perfeval_gui.ui.reports.source_report_dialog import SourceReportDialog
from perfeval_gui.ui.shell.main_window import MainWindow


@pytest.fixture
def path(tmp_path, seed_report):
    db = tmp_path / "shared.sqlite"
    with ReportStore(db) as store:
        store.create(seed_report)
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


def listed(window) -> list[str]:
    proxy = window.list_page.proxy
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def test_another_windows_new_rename_delete_and_restore_show_in_the_list(qtbot, window, other, seed_report):
    seed_report.project.name = "另一窗口新建的项目"
    new_id = other.create(seed_report)
    qtbot.waitUntil(lambda: "另一窗口新建的项目" in listed(window), timeout=3000)
    report = other.load(new_id)
    report.project.name = "另一窗口改过的名称"
    other.save(new_id, report)
    qtbot.waitUntil(lambda: "另一窗口改过的名称" in listed(window), timeout=3000)
    assert "另一窗口新建的项目" not in listed(window)
    other.delete(new_id)
    qtbot.waitUntil(lambda: "另一窗口改过的名称" not in listed(window), timeout=3000)
    other.restore(new_id)
    qtbot.waitUntil(lambda: "另一窗口改过的名称" in listed(window), timeout=3000)


def test_the_recycle_bin_follows_another_windows_delete(qtbot, window, other):
    dialog = RecycleBinDialog(window.store, window, window.watcher)
    qtbot.addWidget(dialog)
    assert dialog.reports.count() == 0
    other.delete(1)
    qtbot.waitUntil(lambda: dialog.reports.count() == 1, timeout=3000)
    assert dialog.restore_button.isEnabled()
    dialog.restore()  # restored here: the list shows it again at once
    assert listed(window) and dialog.reports.count() == 0


def test_the_summary_follows_a_report_made_elsewhere(qtbot, window, other, seed_report):
    window.home.setCurrentIndex(1)
    page = window.summary_page
    qtbot.waitUntil(lambda: not page.loading and page.proxy.rowCount() == 1, timeout=10000)
    seed_report.project.name = "汇总应即时显示的项目"
    other.create(seed_report)
    qtbot.waitUntil(lambda: not page.loading and page.proxy.rowCount() == 2, timeout=10000)
    projects = {page.proxy.index(r, 1).data() for r in range(2)}
    assert "汇总应即时显示的项目" in projects


def test_a_new_report_is_the_source_of_next_year_not_the_one_selected_before(qtbot, window, monkeypatch,
                                                                            typist):
    window.list_page.select(1)
    window.new_report()  # 新建报告, then filled
    typist(window.editor.cover.fields["project.name"], "新建后填写的项目")
    window.doc.set("project.unit", "某某区信访局")
    asked: list[str] = []

    def answer(dialog):
        asked.append(dialog.source_label.text())
        return SourceReportDialog.DialogCode.Accepted

    monkeypatch.setattr(SourceReportDialog, "exec", answer)  # the real dialog, answered OK
    source_id = window.doc.report_id
    year = window.doc.report.year
    window.from_last_year_action.trigger()
    assert len(asked) == 1
    assert "新建后填写的项目" in asked[0] and str(year) in asked[0] and "某某区信访局" in asked[0]
    assert window.doc.report.year == year + 1
    assert window.store.previous_id(window.doc.report_id) == source_id
    window.show_list()
    assert listed(window).count("新建后填写的项目") == 2  # both years, no refresh asked for


def test_from_the_list_the_rows_own_menu_starts_from_that_row(qtbot, window, other, seed_report, monkeypatch):
    seed_report.project.name = "第二个项目"
    second = other.create(seed_report)
    qtbot.waitUntil(lambda: "第二个项目" in listed(window), timeout=3000)
    window.list_page.select(second)
    menu = window.report_menu()
    assert window.from_last_year_action in menu.actions()
    asked: list[str] = []
    cancel = SourceReportDialog.DialogCode.Rejected
    monkeypatch.setattr(SourceReportDialog, "exec", lambda d: asked.append(d.source_label.text()) or cancel)
    window.from_last_year_action.trigger()
    assert asked and "第二个项目" in asked[0]
    assert window.store.count() == 2  # cancelled: nothing made


def test_rows_carry_their_ids(window):
    proxy = window.list_page.proxy
    assert proxy.index(0, 0).data(ID_ROLE) == 1


def test_the_comparison_follows_a_year_saved_in_another_window(qtbot, window, other, monkeypatch):
    new_id, _changes = window.store.create_next_year(1, window.store.load(1).year + 1)
    shown: list[ComparisonDialog] = []
    monkeypatch.setattr(ComparisonDialog, "exec", lambda d: shown.append(d) or 0)
    window.list_page.select(new_id)
    window.compare_action.trigger()  # 历年对比, as the window opens it
    dialog = shown[0]
    first_target_next_year = (2, 3 + 3)  # the first indicator's row; the second year's target
    assert dialog.table.item(*first_target_next_year).text() != "≥99次"
    report = other.load(new_id)
    report.indicators[0].target = "≥99次"
    other.save(new_id, report)
    qtbot.waitUntil(lambda: dialog.table.item(*first_target_next_year).text() == "≥99次", timeout=3000)
