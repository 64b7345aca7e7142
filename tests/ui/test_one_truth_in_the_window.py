"""The window reads the core's decisions: the table, the panel and the findings mark the same
scores, and a report whose profile is missing is scored with the default one, saying so."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.editor.indicators_model import IndicatorsModel
from perfeval_gui.ui.shell.main_window import MainWindow

from ..core.reports import clean_report

D = Decimal


@pytest.fixture
def open_report(qtbot, tmp_path):
    stores = []

    def open_(report):
        store = ReportStore(tmp_path / f"s{len(stores)}.sqlite")
        stores.append(store)
        report_id = store.create(report)
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        window.list_page.select(report_id)
        window.open_report(report_id)
        return window

    yield open_
    for store in stores:
        store.close()


def marks(window, row: int) -> tuple[bool, bool, bool]:
    """(table, panel, findings): does each say row's score differs from the rule unexplained?"""
    table = window.editor.indicators.model.index(row, IndicatorsModel.SCORE)
    in_table = table.data(Qt.ItemDataRole.BackgroundRole) is not None
    panel = window.editor.panel.groups
    items = [panel.topLevelItem(g).child(c) for g in range(panel.topLevelItemCount())
             for c in range(panel.topLevelItem(g).childCount())]
    in_panel = bool(items[row].toolTip(3))
    in_findings = any(f.code == "score_differs" and f.where == f"indicators[{row}].score"
                      for f in window.doc.findings())
    return in_table, in_panel, in_findings


@pytest.mark.parametrize(("target", "actual", "score", "marked"), [
    ("按规定完成验收", "部分达成", D(13), False),  # qualitative, inside its band
    ("≥95%", "52天", D(15), False),  # unscorable: no rule score to depart from
    ("≥95%", "90%", D(20), True),  # rule 18.95, 20 entered, no note
])
def test_table_panel_and_findings_agree(national, open_report, target, actual, score, marked):
    report = clean_report(national)
    indicator = report.indicators[1]
    indicator.target, indicator.actual, indicator.score = target, actual, score
    window = open_report(report)
    assert marks(window, 1) == (marked, marked, marked)
    window.doc.set("indicators[1].score_note", "按实际情况酌情评分")
    assert marks(window, 1) == (False, False, False)
    window.close_report()


def test_a_missing_profile_scores_with_the_default_and_says_so(national, open_report):
    report = clean_report(national)
    report.profile = "yulin-city"  # made on another PC with its city's rules
    window = open_report(report)
    notice = window.list_page.profile_notice
    assert not notice.isHidden() and "yulin-city" in notice.text()
    banner = window.editor.profile_banner
    assert banner.isVisibleTo(window) and "yulin-city" in banner.text() and national.name in banner.text()
    assert window.editor.panel.total_label.text() == "99.5"  # scored by the default rules
    assert window.editor.cover.profile.currentData() == national.id
    assert window.doc.report.profile == "yulin-city"  # nothing changed behind the user's back
    window.doc.set("profile", national.id)
    assert not banner.isVisibleTo(window)
    window.close_report()
