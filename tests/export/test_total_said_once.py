"""The printed report gives the total once: after the drafted analysis, which already says it,
nothing repeats it; after a user's analysis that does not, one sentence does."""

from __future__ import annotations

import re

from perfeval_gui.core.narrative import draft_analysis
from perfeval_gui.core.scoring import score_report
from perfeval_gui.export.layout import Paragraph, build_document


def printed_totals(report, profile) -> list[str]:
    document = build_document(report, profile)
    return [b.text for b in document.blocks
            if isinstance(b, Paragraph) and re.search(r"(自评)?总分\s*[\d.]+\s*分", b.text)]


def test_the_drafted_analysis_states_the_total_once_with_the_rules_figure_beside_it(seed_report,
                                                                                    national):
    result = score_report(seed_report, national)
    assert result.total != result.rule_total  # the seed's 得分 were typed over the rules'
    seed_report.sections.analysis = ""  # the export drafts it
    totals = printed_totals(seed_report, national)
    assert totals == ["5. 综上，该项目自评总分 85 分，评价等级为“良”；按评分规则计算为 93.82 分。"]


def test_a_kept_draft_is_not_followed_by_a_second_total(seed_report, national):
    seed_report.sections.analysis = draft_analysis(seed_report, score_report(seed_report, national))
    assert len(printed_totals(seed_report, national)) == 1


def test_an_analysis_without_the_total_gets_it_once(seed_report, national):
    seed_report.sections.analysis = "项目按计划实施，群众反映良好。"
    assert printed_totals(seed_report, national) == [
        "该项目自评总分 85 分，评价等级为“良”；按评分规则计算为 93.82 分。"]
