"""The finance officer's 汇总 page: the year's reports at a glance, filtered and sorted, with
totals and charts, a report opened by a double-click, and a folder of files read without
importing them; year archives exported and imported from the File menu."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from perfeval_gui.core.interchange import report_from_json
from perfeval_gui.ui.shell.app import open_store
from perfeval_gui.ui.shell.main_window import MainWindow
from perfeval_gui.ui.summary.summary_model import SummaryModel

from .languages import window_language


def reports(seed_doc: dict) -> list[dict]:
    docs = []
    for i, (unit, executed, score) in enumerate(
            [("甲局", "5", 10), ("乙局", "4", 10), ("甲局", "3", 0), ("丙局", "5", 10)]):
        doc = json.loads(json.dumps(seed_doc))
        doc["project"]["name"] = f"项目{i + 1}"
        doc["project"]["unit"] = unit
        doc["funds"]["rows"][0]["executed"] = executed
        doc["indicators"][-1]["score"] = score
        docs.append(doc)
    return docs


@pytest.fixture
def store(tmp_path, seed_doc):
    s = open_store(str(tmp_path / "w.sqlite"))
    for doc in reports(seed_doc):
        s.create(report_from_json(json.dumps(doc)))
    yield s
    s.close()


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close_report()


def show_summary(qtbot, window, year: int = 2023):
    page = window.summary_page
    window.home.setCurrentWidget(page)
    page.year.setCurrentIndex(page.year.findData(year))
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() >= 4, timeout=10_000)
    return page


def column(page, col: int) -> list[str]:
    return [page.proxy.index(r, col).data() for r in range(page.proxy.rowCount())]


def test_the_year_in_one_table_with_totals_computed_from_the_reports(qtbot, window, store):
    page = show_summary(qtbot, window)
    # the demo report is of 2023 too, but no unit's work: left out unless asked for
    assert sorted(column(page, SummaryModel.PROJECT)) == ["项目1", "项目2", "项目3", "项目4"]
    # the totals line, computed here independently: budgets 5 each, executed 5+4+3+5
    rows = page.proxy.visible_rows()
    executed = sum(r.executed for r in rows)
    budget = sum(r.budget for r in rows)
    rate = executed * 100 / budget
    assert f"{rate:.2f}".rstrip("0").rstrip(".") in page.totals.text()
    assert page.rate_chart.line == 90 and len(page.rate_chart.bars) == len(rows)
    assert [b[2] for b in page.rate_chart.bars].count(True) == sum(r.rate < 90 for r in rows)
    assert len(page.scatter.points) == len(rows)


def test_filters_and_sorting(qtbot, window):
    page = show_summary(qtbot, window)
    page.unit.setCurrentIndex(page.unit.findData("甲局"))
    assert sorted(column(page, SummaryModel.PROJECT)) == ["项目1", "项目3"]
    assert "2" in page.totals.text().split()[0]
    page.unit.setCurrentIndex(0)
    page.low_rate_only.setChecked(True)
    assert sorted(column(page, SummaryModel.PROJECT)) == ["项目2", "项目3"]  # 80 % and 60 %
    page.low_rate_only.setChecked(False)
    page.errors_only.setChecked(True)
    assert all(int(e) > 0 for e in column(page, SummaryModel.ERRORS))
    page.errors_only.setChecked(False)
    page.table.sortByColumn(SummaryModel.RATE, Qt.SortOrder.AscendingOrder)
    rates = [float(x) for x in column(page, SummaryModel.RATE)]
    assert rates == sorted(rates)
    page.table.sortByColumn(SummaryModel.TOTAL, Qt.SortOrder.DescendingOrder)
    page.reload()  # the year read again: still in the order the header shows
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    totals = [float(x) for x in column(page, SummaryModel.TOTAL)]
    assert totals == sorted(totals, reverse=True) and len(set(totals)) > 1
    assert [r.total for r in page.proxy.visible_rows()] == sorted(
        (r.total for r in page.proxy.visible_rows()), reverse=True)  # charts and exports: same order


def test_double_click_opens_the_stored_report(qtbot, window):
    page = show_summary(qtbot, window)
    row = column(page, SummaryModel.PROJECT).index("项目2")
    index = page.proxy.index(row, SummaryModel.PROJECT)
    page.table.doubleClicked.emit(index)
    assert window.doc is not None and window.doc.report.project.name == "项目2"


def test_a_folder_is_read_without_importing_and_a_file_imported_from_its_preview(
        qtbot, window, store, tmp_path, seed_doc, monkeypatch):
    folder = tmp_path / "from-units"
    folder.mkdir()
    for i, doc in enumerate(reports(seed_doc)[:2]):
        doc["project"]["name"] = f"外单位项目{i}"
        (folder / f"{i}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    (folder / "bad.json").write_text("{", encoding="utf-8")
    before = store.count()
    page = window.summary_page
    window.home.setCurrentWidget(page)
    page.read_folder(folder)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 2, timeout=10_000)
    assert store.count() == before
    assert "(1" in page.totals.text()  # one skipped
    from perfeval_gui.ui.summary import summary_preview
    monkeypatch.setattr(summary_preview.ReportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    page.table.doubleClicked.emit(page.proxy.index(0, 0))
    assert store.count() == before + 1 and window.doc.report.project.name.startswith("外单位项目")


def test_the_summary_exports_what_is_shown(qtbot, window, tmp_path):
    page = show_summary(qtbot, window)
    page.unit.setCurrentIndex(page.unit.findData("甲局"))
    assert page.write("xlsx", tmp_path / "s.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx", data_only=True)["汇总"]
    assert sorted(sheet.cell(row=r, column=2).value for r in (3, 4)) == ["项目1", "项目3"]
    assert sheet.cell(row=5, column=4).value == pytest.approx(10)


def test_a_year_archive_from_the_window_comes_back_through_its_preview(
        qtbot, window, store, tmp_path, monkeypatch):
    path = tmp_path / "2023.zip"
    done = []
    window.archives.write(store, 2023, path, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    preview = window.archives.preview(path, store)
    demo = sum(s.is_demo for s in store.list())  # asked whether to add it: no
    assert preview is not None and preview.table.rowCount() == store.count() - demo
    # every report of the archive is already here: flagged, not ticked, nothing overwritten
    assert preview.chosen() == []
    preview.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    before = store.count()
    ids = [store.create(r) for r in preview.chosen()]
    assert len(ids) == 1 and store.count() == before + 1


def test_a_tampered_archive_is_refused_in_the_window(window, store, tmp_path, no_modal_dialogs):
    path = tmp_path / "x.zip"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    assert window.archives.preview(path, store) is None
    assert no_modal_dialogs and "归档" in no_modal_dialogs[-1]
    assert Decimal(1)  # the store was not touched


def test_a_slow_earlier_load_never_overwrites_a_later_one(qtbot, window, tmp_path, seed_doc):
    page = window.summary_page
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps(reports(seed_doc)[0], ensure_ascii=False), encoding="utf-8")
    page.reload()  # the store's rows, asked for first
    page.read_folder(folder)  # then the folder's
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1, timeout=10_000)
    qtbot.wait(300)  # whatever the store's load does when it ends
    assert [r.source for r in page.model.rows] == ["a.json"]


def test_an_edit_reaches_the_summary_through_the_figures_kept_with_the_save(qtbot, window, store):
    from perfeval_gui.core.checks import ERROR, run_checks

    page = show_summary(qtbot, window)
    row = column(page, SummaryModel.PROJECT).index("项目2")
    page.table.doubleClicked.emit(page.proxy.index(row, SummaryModel.PROJECT))
    report_id = window.doc.report_id
    before = next(r for r in page.proxy.visible_rows() if r.source == report_id).errors
    window.doc.set("indicators[0].score", Decimal(99))  # a score above its weight: an error
    assert window.saver.flush()
    expected = sum(f.severity == ERROR for f in run_checks(window.doc.report, window.doc.profile()))
    assert expected > before
    window.close_report()
    store.load = None  # the summary now reads the kept figures only: no report is opened
    page.reload()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert next(r for r in page.proxy.visible_rows() if r.source == report_id).errors == expected


def test_figures_kept_by_older_rules_are_not_shown_while_they_are_recomputed(qtbot, window, store):
    from perfeval_gui.core.summary import Figures

    page = show_summary(qtbot, window)
    right = {r.source: (r.total, r.grade) for r in page.proxy.visible_rows()}
    report_id, updated = store.summary_keys()[0]
    store.set_summaries([(report_id, updated, Figures(Decimal(55), Decimal(55), "差", Decimal(1),
                                                      Decimal(1), Decimal(100), 0, 0))])
    store.set_meta("score_stamp", "another profile file")  # what an older rule scored it with
    page.reload()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert {r.source: (r.total, r.grade) for r in page.proxy.visible_rows()} == right


def test_an_archive_report_edited_since_is_not_taken_for_a_duplicate(
        qtbot, window, store, tmp_path):
    path = tmp_path / "2023.zip"
    done = []
    window.archives.write(store, 2023, path, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    first = next(s for s in store.list() if not s.is_demo)  # the demo is left out of archives
    edited = store.load(first.id)
    edited.goal.achieved = "归档之后又改过"
    store.save(first.id, edited)
    preview = window.archives.preview(path, store)
    assert preview is not None and len(preview.chosen()) == 1  # only the edited one is new


def test_the_year_list_offers_only_years_that_have_a_self_evaluation(qtbot, window, store, tmp_path,
                                                                      seed_doc):
    """The 汇总 is one line per 自评表: a year holding only a monitoring form or a declaration
    would be an empty table, so it is not offered — in the store, and in a folder of files."""
    from tests.cycle_documents import declaration, monitoring

    later = declaration()
    later["year"] = 2025
    for doc in (monitoring(), later):  # 2024: monitoring only; 2025: a declaration only
        store.create(report_from_json(json.dumps(doc)))
    assert store.years() == [2025, 2024, 2023]
    page = window.summary_page
    window.home.setCurrentWidget(page)
    page.follow_store()
    assert [page.year.itemData(i) for i in range(page.year.count())] == [2023]
    folder = tmp_path / "forms"
    folder.mkdir()
    for name, doc in (("m.json", monitoring()), ("d.json", later), ("s.json", reports(seed_doc)[0])):
        (folder / name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    page.read_folder(folder)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert [page.year.itemData(i) for i in range(page.year.count())] == [None, 2023]  # None: all years


def test_a_summary_that_cannot_be_read_says_so_in_the_window_s_language(
        qapp, qtbot, window, tmp_path, seed_doc, monkeypatch, no_modal_dialogs):
    """A fault while the year's reports are read in the background: the message is Chinese,
    names the fault log, and carries none of the library's English (it once showed str(exc))."""
    from perfeval_gui.ui.summary import summary_page

    def broken(*_args, **_kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(summary_page, "summary_row", broken)
    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(tmp_path / "home"))
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps(reports(seed_doc)[0], ensure_ascii=False), encoding="utf-8")
    page = window.summary_page
    with window_language(qapp, "zh_CN"):
        page.read_folder(folder)
        qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert no_modal_dialogs, "the failure was not said"
    said = no_modal_dialogs[-1]
    assert "汇总" in said and "malformed" not in said and ".log" in said
