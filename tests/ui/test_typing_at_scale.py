"""Typing at the format's scale (issue 28): a keystroke in a report of 700 indicators does
work for the row it changed, not for the report — counted here (rows scored, panel items and
table rows touched, reports copied), never timed (the time is benchmarks/run.py keystroke_700)."""

from __future__ import annotations

import copy
import gc
from decimal import ROUND_DOWN, Decimal

import pytest
from PySide6.QtWidgets import QApplication

from perfeval_gui.core import scoring
from perfeval_gui.core.model import Report
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.editor import autosave
from perfeval_gui.ui.editor.indicators_model import IndicatorsModel
from perfeval_gui.ui.panel import score_panel
from perfeval_gui.ui.shell.main_window import MainWindow

ROWS = 700


def report_of(seed: Report, rows: int) -> Report:
    """The seed's indicators repeated to *rows*, weights of 2 decimals adding up to 90."""
    report = copy.deepcopy(seed)
    report.indicators = [copy.deepcopy(seed.indicators[i % len(seed.indicators)]) for i in range(rows)]
    share = (Decimal(90) / rows).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    for i, indicator in enumerate(report.indicators):
        indicator.weight, indicator.name = share, f"{indicator.name}{i}"
    report.indicators[-1].weight = Decimal(90) - share * (rows - 1)
    return report


@pytest.fixture
def window(qtbot, tmp_path, seed_report):
    store = ReportStore(tmp_path / "big.sqlite")
    report_id = store.create(report_of(seed_report, ROWS))
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.open_report(report_id)
    w.editor.tabs.setCurrentWidget(w.editor.indicators)
    QApplication.processEvents()
    yield w
    w.close_report()
    store.close()


@pytest.fixture
def scored_rows(monkeypatch):
    rows: list[int] = []
    score = scoring.score_indicator
    monkeypatch.setattr(scoring, "score_indicator",
                        lambda index, *args: rows.append(index) or score(index, *args))
    return rows


def test_a_keystroke_scores_its_row_and_touches_its_row(window, scored_rows, monkeypatch):
    doc, panel = window.doc, window.editor.panel
    touched: list[tuple[str, ...]] = []
    set_texts = score_panel.ScorePanel._set_texts
    monkeypatch.setattr(score_panel.ScorePanel, "_set_texts",
                        staticmethod(lambda item, texts, shown: touched.append(texts)
                                     or set_texts(item, texts, shown)))
    model = window.editor.indicators.model
    repainted: list[range] = []
    model.dataChanged.connect(lambda tl, br, *_: repainted.append(range(tl.row(), br.row() + 1)))
    groups = len(doc.result().groups)
    for value in ("1次", "12次", "123次"):
        scored_rows.clear(), touched.clear(), repainted.clear()
        doc.set("indicators[350].actual", value)
        QApplication.processEvents()
        assert scored_rows == [350]
        assert len(touched) == groups + 1  # the group lines (few) and the row's own item
        assert touched[-1][0] == doc.report.indicators[350].name
        assert all(len(rows) == 1 and 350 in rows for rows in repainted)
    # and the figures are those of the whole report scored anew
    fresh = scoring.score_report(doc.report, doc.profile())
    shown = doc.result()
    assert (shown.total, shown.rule_total, shown.grade) == (fresh.total, fresh.rule_total, fresh.grade)
    assert [(s.score, s.rule_score) for s in shown.indicators] == \
        [(s.score, s.rule_score) for s in fresh.indicators]
    tree = panel.groups
    item = tree.topLevelItem(0).child(0)
    assert item.text(3) == scoring.figure_text(fresh.indicators[fresh.groups[0].indices[0]].score)
    assert model.index(350, IndicatorsModel.SCORE).data() == scoring.figure_text(fresh.indicators[350].score)


def test_a_change_that_can_move_every_row_scores_every_row(window, scored_rows):
    window.doc.set("year", window.doc.report.year + 1)  # deadlines read the year
    window.doc.result()
    assert len(scored_rows) == ROWS
    scored_rows.clear()
    window.doc.set("funds.weight", Decimal(10))  # the funds: totals only
    assert window.doc.result().funds.weight == Decimal(10)
    assert scored_rows == []
    before = window.doc.result()
    window.doc.set("sections.analysis", "正文")  # read by no score: the same result
    window.doc.set("project.name", "新名称")
    assert window.doc.result() is before and scored_rows == []


def test_a_save_while_typing_copies_what_changed_not_the_report(window, monkeypatch):
    copied: list[type] = []
    deepcopy = copy.deepcopy
    monkeypatch.setattr(autosave.copy, "deepcopy", lambda value, *a: copied.append(type(value))
                        or deepcopy(value, *a))
    doc, saver = window.doc, window.saver
    doc.set("indicators[350].actual", "9次")
    assert saver.flush(count=False)
    assert Report not in copied
    assert doc.base.indicators[350].actual == "9次"
    assert doc.base.indicators[350] is not doc.report.indicators[350]


def test_figures_saved_while_the_checks_wait_are_counted_when_they_run(window):
    doc, saver, store = window.doc, window.saver, window.store
    doc.set("indicators[350].actual", "9次")
    assert saver.flush(count=False)  # a second of typing: the checks have not run
    rows, missing = store.summary_rows(doc.report.year)
    assert [report_id for report_id, _ in missing] == [doc.report_id]  # the 汇总 counts them itself
    findings = doc.findings()  # the checks run after the pause: the counts are written
    rows, missing = store.summary_rows(doc.report.year)
    assert missing == []
    [row] = rows
    assert (row.errors, row.warnings) == (sum(f.severity == "error" for f in findings),
                                          sum(f.severity == "warning" for f in findings))
    assert row.errors > 0  # the report's errors, not a default 0


def test_the_open_report_is_kept_out_of_full_collections(window):
    assert gc.get_freeze_count() > ROWS * 10  # its rows, scores and items at least
    window.close_report()
    assert gc.get_freeze_count() == 0  # closed: its objects are collectable again
