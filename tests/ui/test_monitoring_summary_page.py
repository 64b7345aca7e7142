"""The finance officer's 监控汇总 in July: 汇总 → 监控 shows each project's 执行率 as a bar
against the time progress (the bar short of the line, red where execution lags), the at-risk
indicators under the table, one period or each project's latest, and Excel/PDF of what is shown."""

from __future__ import annotations

import json

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.ui.shell.app import open_store
from perfeval_gui.ui.shell.main_window import MainWindow
from perfeval_gui.ui.summary.execution_bar import (
    LAGS_ROLE,
    PROGRESS_ROLE,
    RATE_ROLE,
    bar_geometry,
)
from perfeval_gui.ui.summary.monitoring_summary_model import ROW_ROLE
from perfeval_gui.ui.summary.monitoring_summary_model import MonitoringSummaryModel as M
from perfeval_gui.ui.summary.summary_charts import BAR, LOW

from ..cycle_documents import declaration, monitoring


def road(executed="55", period="2024-07-31"):
    document = monitoring()
    document["project_key"] = "road"
    document["project"]["name"] = "乡村道路养护"
    document["project"]["unit"] = "子洲县水利局"
    document["period_end"] = period
    document["funds"]["rows"][0]["executed_to_date"] = executed
    for row in document["indicators"]:
        row["likelihood"] = "确定能" if row["likelihood"] else None
    document["indicators"][1]["projected"] = "5项"
    return document


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "w.sqlite"))  # the demo report too (a 2023 自评表)
    for document in (declaration(), monitoring(), road("20", "2024-06-30"), road()):
        s.create(report_from_document(document))
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


def monitoring_summary(qtbot, window):
    summary = window.summary_page
    window.home.setCurrentWidget(summary)
    summary.form_choice.setCurrentIndex(summary.form_choice.findData("monitoring"))
    page = summary.monitoring_page
    assert summary.stack.currentWidget() is page
    page.year.setCurrentIndex(page.year.findData(2024))
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 2, timeout=10_000)
    return page


def shown(page, column):
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def test_each_project_s_rate_against_the_time_progress_and_its_risks(qtbot, window):
    page = monitoring_summary(qtbot, window)
    assert shown(page, M.PROJECT) == ["农村实用技术培训", "乡村道路养护"]  # by unit
    assert shown(page, M.RATE) == ["30%", "55%"]
    assert shown(page, M.PROGRESS) == ["58.33", "58.33"]
    assert shown(page, M.LAGS) == ["滞后", ""] or shown(page, M.LAGS) == ["behind", ""]
    bars = [(page.proxy.index(r, M.RATE).data(RATE_ROLE), page.proxy.index(r, M.RATE).data(PROGRESS_ROLE),
             page.proxy.index(r, M.RATE).data(LAGS_ROLE)) for r in range(2)]
    assert [(rate, round(progress, 2), lags) for rate, progress, lags in bars] == [
        (30.0, 58.33, True), (55.0, 58.33, False)]
    assert page.risks.rowCount() == 1
    assert [page.risks.item(0, c).text() for c in range(8)] == [
        "农村实用技术培训", "推广实用技术", "有可能", "≥5项", "2项", "4项",
        "经费保障：资金 6 月才下达\n其他：天气", "下半年集中推广"]
    assert page.risks.horizontalHeaderItem(6).text() in ("偏差原因", "Causes")
    assert "2" in page.totals.text() and "42.5" in page.totals.text()  # (30 + 55) / 200
    page.flagged_only.setChecked(True)  # the road is on time and at no risk
    assert shown(page, M.PROJECT) == ["农村实用技术培训"] and "30" in page.totals.text()


def test_the_period_chosen_shows_each_project_s_form_of_that_period(qtbot, window):
    page = monitoring_summary(qtbot, window)
    assert [page.period.itemData(i) for i in range(page.period.count())] == [
        "latest", "2024-07-31", "2024-06-30"]
    page.period.setCurrentIndex(page.period.findData("2024-06-30"))
    assert shown(page, M.PROJECT) == ["乡村道路养护"] and shown(page, M.RATE) == ["20%"]
    assert shown(page, M.PROGRESS) == ["50"] and shown(page, M.LAGS)[0] != ""
    assert page.risks.rowCount() == 0


def test_the_self_evaluation_summary_is_as_it_was(qtbot, window):
    summary = window.summary_page
    window.home.setCurrentWidget(summary)
    assert summary.form_choice.currentData() == "self_evaluation" and summary.stack.currentIndex() == 0
    summary.year.setCurrentIndex(summary.year.findData(2024))
    qtbot.waitUntil(lambda: not summary.loading, timeout=10_000)
    assert summary.model.rowCount() == 0  # the year's declaration and monitoring forms add no line


def render(rate, progress, lags, width=200, height=24):
    """The bar cell painted into an image, as the table paints it."""
    from perfeval_gui.ui.summary.execution_bar import ExecutionBarDelegate

    model = M()
    from datetime import date
    from decimal import Decimal

    from perfeval_gui.core.monitoring_summary import MonitoringRow
    model.set_rows([MonitoringRow(
        1, "k", 2024, "", "", "p", date(2024, 7, 31), Decimal(progress), Decimal(100), Decimal(rate),
        None, Decimal(rate), None, lags, (), 0, 0, 0)])
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, width, height)
    ExecutionBarDelegate().paint(painter, option, model.index(0, M.RATE))
    painter.end()
    return image


@pytest.mark.parametrize("rate, progress, lags, colour", [(30, 58.33, True, LOW), (55, 58.33, False, BAR)])
def test_the_bar_is_painted_short_of_the_time_progress_line(qtbot, rate, progress, lags, colour):
    image = render(rate, progress, lags)
    bar, line_x = bar_geometry(QRectF(0, 0, 200, 24), rate, progress)
    assert bar is not None and bar.right() < line_x
    y = 6  # above the figure written over the bar
    assert image.pixelColor(int(bar.left()) + 2, y) == colour
    assert image.pixelColor(int(bar.right()) + 3, y) == QColor("white")  # past the bar: empty
    assert image.pixelColor(round(line_x), y).lightness() < 60  # the time-progress line


def test_a_rate_above_the_cell_fills_it_and_no_rate_draws_only_the_line():
    bar, line_x = bar_geometry(QRectF(0, 0, 206, 24), 130, 50)
    assert bar is not None and bar.right() == 203 and line_x == 103
    assert bar_geometry(QRectF(0, 0, 206, 24), None, 50) == (None, 103)


def test_excel_and_pdf_exports_write_what_is_shown(qtbot, window, tmp_path):
    page = monitoring_summary(qtbot, window)
    page.flagged_only.setChecked(True)
    xlsx, pdf = tmp_path / "m.xlsx", tmp_path / "m.pdf"
    assert page.write("xlsx", xlsx) and page.write("pdf", pdf)
    book = openpyxl.load_workbook(xlsx)
    sheet = book["监控汇总"]
    assert sheet["A1"].value == "2024年度项目支出绩效运行监控汇总表（截至7月31日）"
    assert (sheet.cell(3, 2).value, sheet.cell(4, 1).value) == ("农村实用技术培训", "合计（1 个项目）")
    assert [c.value for c in book["风险指标"][3]][2:4] == ["推广实用技术", "有可能"]
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "农村实用技术培训" in text and "乡村道路养护" not in text and "推广实用技术" in text


def test_the_export_buttons_ask_for_a_file_and_write_it(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    page = monitoring_summary(qtbot, window)
    target = tmp_path / "chosen.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    rows = list(openpyxl.load_workbook(target)["监控汇总"].iter_rows(min_row=3, max_row=4, values_only=True))
    assert [r[1] for r in rows] == ["农村实用技术培训", "乡村道路养护"]
    assert json.dumps(rows[0][6]) == "30"


def test_a_form_stored_by_another_window_appears_in_the_summary_shown(qtbot, window, store):
    """The store's change notice reaches the 监控汇总 as it reaches the 自评 one."""
    from perfeval_gui.store.repository import ReportStore

    page = monitoring_summary(qtbot, window)
    late = road("80")
    late["project_key"], late["project"]["name"] = "well", "人畜饮水工程"
    with ReportStore(store.path) as other:
        other.create(report_from_document(late))
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 3, timeout=10_000)
    assert "人畜饮水工程" in shown(page, M.PROJECT) and "80%" in shown(page, M.RATE)


def test_a_folder_of_monitoring_forms_read_without_importing(qtbot, window, store, tmp_path, monkeypatch):
    """A department's folder: the 自评 汇总 reads it, 监控 summarises the same files (handed
    over, not read a second time: a folder of Word files is slow); the declaration and a broken
    file are counted as skipped; nothing enters the store."""
    from perfeval_gui.exchange import folder as folders

    reads = []
    read_folder = folders.read_folder
    monkeypatch.setattr(folders, "read_folder", lambda *a, **k: reads.append(a) or read_folder(*a, **k))
    folder = tmp_path / "units"
    folder.mkdir()
    for name, document in (("a.json", monitoring()), ("b.json", road()), ("c.json", declaration())):
        (folder / name).write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    stored = len(store.list())
    summary = window.summary_page
    window.home.setCurrentWidget(summary)
    summary.read_folder(folder)
    summary.form_choice.setCurrentIndex(summary.form_choice.findData("monitoring"))
    page = summary.monitoring_page
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 2, timeout=10_000)
    assert page.from_folder() and page.source.currentText() == "units"
    assert sorted(shown(page, M.PROJECT)) == ["乡村道路养护", "农村实用技术培训"]
    assert page.current_totals().skipped == 2 and len(store.list()) == stored
    assert len(reads) == 1
    page.source.setCurrentIndex(0)  # back to the store
    page.year.setCurrentIndex(page.year.findData(2024))
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 2, timeout=10_000)
    assert all(isinstance(page.proxy.index(r, 0).data(ROW_ROLE).source, int) for r in range(2))


def test_an_indicator_at_risk_double_clicked_opens_its_form_and_the_remarks_fill_the_width(
        qtbot, window):
    page = monitoring_summary(qtbot, window)
    risks = page.risks
    header = risks.horizontalHeader()
    last = risks.columnCount() - 1
    # the remarks take what the other columns leave: the table is not cut halfway across
    assert header.sectionViewportPosition(last) + header.sectionSize(last) >= risks.viewport().width() - 1
    item = risks.item(0, 1)  # 推广实用技术, of 农村实用技术培训's monitoring form
    risks.itemDoubleClicked.emit(item)
    qtbot.waitUntil(lambda: window.doc is not None, timeout=5000)
    assert window.doc.report.form == "monitoring"
    assert window.doc.report_id == item.data(ROW_ROLE)
    assert window.doc.report.project.name == "农村实用技术培训"


def test_the_sort_arrow_points_the_order_as_in_every_other_table(qtbot, window):
    """▲ over the smallest first, as the reports list and the 自评 汇总 draw it (the 监控汇总's
    table once kept Qt's own arrow, pointing the other way)."""
    from .test_window_details import arrow_points_up

    page = monitoring_summary(qtbot, window)
    header = page.table.horizontalHeader()
    page.table.sortByColumn(M.PROJECT, Qt.SortOrder.AscendingOrder)
    qtbot.wait(10)
    assert shown(page, M.PROJECT) == sorted(shown(page, M.PROJECT))
    assert arrow_points_up(header, M.PROJECT)
    page.table.sortByColumn(M.PROJECT, Qt.SortOrder.DescendingOrder)
    qtbot.wait(10)
    assert not arrow_points_up(header, M.PROJECT)
