"""The year's other forms in the English window: the 申报表, the 运行监控表 (central and 湖北),
the 监控汇总 page and the 新建 dialog show no Chinese label of their own — what Chinese is on
screen is the report's data (its names, targets, causes) or a profile's name."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from perfeval_gui.core.forms import MONITORING
from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.core.profiles import default_library
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.reports.new_form_dialog import NewFormDialog
from perfeval_gui.ui.shell.main_window import MainWindow

from ..cycle_documents import declaration, hubei_monitoring, monitoring
from .languages import window_language

CHINESE = re.compile("[\u4e00-\u9fff]+")
DOCUMENTS = (declaration, monitoring, hubei_monitoring)
# a date field's placeholder shows the Chinese way of writing a date as an example of input
DATE_EXAMPLE = "年月日"


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget, text) of every label, button, title, tab, choice and column header on screen."""
    out = [("title", root.windowTitle())]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, (QLabel, QAbstractButton)):
            out += [(name, widget.text()), (name, widget.toolTip())]
        elif isinstance(widget, QGroupBox):
            out.append((name, widget.title()))
        elif isinstance(widget, QLineEdit):
            out.append((name, widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            out += [(name, widget.tabText(i)) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QComboBox):
            out += [(name, widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            out += [(name, str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in range(model.columnCount())]
    return out


def not_data(texts: list[tuple[str, str]], data: str) -> list[tuple[str, str]]:
    """The texts holding a Chinese run found in no report and no profile name: a label."""
    return sorted({(name, text) for name, text in texts
                   for run in CHINESE.findall(text) if run not in data and run not in DATE_EXAMPLE})


@pytest.fixture
def english(qapp):
    with window_language(qapp, "en"):  # removed, freed and the language put back after
        yield


def test_the_year_s_forms_in_english_show_only_their_data_in_chinese(qtbot, qapp, tmp_path, english):
    store = ReportStore(tmp_path / "en.sqlite")
    ids = [store.create(report_from_document(make())) for make in DOCUMENTS]
    data = json.dumps([make() for make in DOCUMENTS], ensure_ascii=False) + "".join(
        profile.name for profile in default_library().profiles.values())
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    shown: list[tuple[str, str]] = []
    for report_id in ids:
        window.open_report(report_id)
        tabs = window.editor.tabs
        for index in range(tabs.count()):
            if tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                qapp.processEvents()
                shown += shown_texts(window)
        window.close_report()
    page = window.summary_page
    window.home.setCurrentWidget(page)
    page.form_choice.setCurrentIndex(page.form_choice.findData(MONITORING))
    monitoring_page = page.monitoring_page
    qtbot.waitUntil(lambda: not monitoring_page.loading and monitoring_page.model.rowCount() == 1,
                    timeout=5000)
    shown += shown_texts(window)
    assert len(shown) > 150  # the walk really reads the windows
    assert not_data(shown, data) == []
    window.close()
    store.close()


def test_the_new_form_dialog_in_english(qtbot, english):
    dialog = NewFormDialog(MONITORING, None, default_library(), "national-2020", {})
    qtbot.addWidget(dialog)
    dialog.show()
    names = "".join(profile.name for profile in default_library().profiles.values())
    shown = shown_texts(dialog)
    assert len(shown) > 5
    assert not_data(shown, names) == []


def test_the_comparison_of_a_project_s_three_forms_in_english(qtbot, tmp_path, english):
    """历年对比 of a declaration, the monitoring form made from it and the self-evaluation made
    from that: its lines, headers and cells say in English what is not the forms' own words."""
    from perfeval_gui.core import cycle
    from perfeval_gui.ui.reports.comparison_dialog import ComparisonDialog

    store = ReportStore(tmp_path / "three.sqlite")
    declared = store.create(report_from_document(declaration()))

    def with_figures(source):
        report = cycle.monitoring_from(source)
        report.indicators[0].to_date, report.indicators[0].projected = "320人次", "610人次"
        report.indicators[0].likelihood = "确定能"
        return report

    done = store.create_from(store.create_from(declared, with_figures), cycle.self_evaluation_from)
    reports = [store.load(i) for i in store.project_reports(done)]
    dialog = ComparisonDialog(reports, default_library())
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    shown = shown_texts(dialog) + [
        ("cell", table.item(r, c).text()) for r in range(table.rowCount())
        for c in range(table.columnCount()) if table.item(r, c)]
    assert dialog.per_year == 4 and len(shown) > 20
    data = json.dumps([declaration(), monitoring()], ensure_ascii=False) + "人次确定能"
    assert not_data(shown, data) == []
    store.close()
