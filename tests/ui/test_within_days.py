"""`60日内` typed as a target is at most 60 days (issue 23.6, README §5: 内 is no later than):
the cell shows its reading, 平均45日 takes the full weight, and no finding asks for ≥."""

from __future__ import annotations

from perfeval_gui.ui.editor.indicators_model import HINT_ROLE, IndicatorsModel

from .test_type_the_seed import edit_cell


def test_sixty_days_within_reads_as_at_most_sixty_and_45_days_scores_full(qtbot, typist, window):
    editor = window.editor
    view = editor.indicators.view
    model = editor.indicators.model
    row = 3  # 信访群众滞留时间, weight 10
    edit_cell(qtbot, typist, view, row, IndicatorsModel.TARGET, "60日内")
    edit_cell(qtbot, typist, view, row, IndicatorsModel.ACTUAL, "平均45日")
    edit_cell(qtbot, typist, view, row, IndicatorsModel.SCORE, "")  # the rules' score
    assert model.index(row, IndicatorsModel.TARGET).data(HINT_ROLE) == "≤ 60 日"
    assert model.index(row, IndicatorsModel.SCORE).data() == "10"
    editor.show_findings()
    lines = "\n".join(editor.panel.findings.lines())
    assert "≥60日内" not in lines
    assert not [f for f in window.doc.findings() if f.where.startswith(f"indicators[{row}]")
                and f.code in ("bare_target", "shortfall_unexplained")]
    edit_cell(qtbot, typist, view, row, IndicatorsModel.ACTUAL, "平均61日")
    assert model.index(row, IndicatorsModel.SCORE).data() != "10"  # later than 60 days: short
