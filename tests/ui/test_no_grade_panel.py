"""Weights that add up to 110: the panel shows the total and, where the grade would be, why
there is none; the reports list shows no grade."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.base.translations import install_translators
from perfeval_gui.ui.reports.report_list_model import ReportListModel
from perfeval_gui.ui.shell.main_window import MainWindow


@pytest.fixture
def chinese(qapp):
    installed = install_translators(qapp, "zh_CN")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_the_panel_and_the_list_show_no_grade_for_110(qtbot, tmp_path, seed_report, chinese):
    seed_report.indicators[0].weight += Decimal(10)  # the rows now add up to 110
    store = ReportStore(tmp_path / "s.sqlite")
    report_id = store.create(seed_report)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = window.list_page
    row = next(r for r in range(page.model.rowCount()) if page.model.summary(r).id == report_id)
    assert page.model.index(row, ReportListModel.GRADE).data() == ""
    assert page.model.index(row, ReportListModel.TOTAL).data() == "85"
    assert page.panel.grade_label.text() == "分值合计 110，应为 100"

    window.open_report(report_id)
    panel = window.editor.panel
    assert panel.total_label.text() == "85"
    assert panel.grade_label.text() == "分值合计 110，应为 100"
    window.doc.set("indicators[0].weight", Decimal(10))  # back to 100: the grade returns
    assert panel.grade_label.text() == "良"
    window.close_report()
    store.close()
