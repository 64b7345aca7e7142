"""The report's outline (domain README section 6, numbering corrected): one source for the
exporters' headings and the window's narrative editors."""

from __future__ import annotations

GOALS_TABLE = "goals_table"
TEAM_TABLE = "team_table"

# (first-level heading, [(second-level heading or None, what goes there)])
OUTLINE: list[tuple[str, list[tuple[str | None, str]]]] = [
    ("项目概况", [("项目基本情况", "basic_info"), ("项目建设内容", "content")]),
    ("项目绩效目标", [(None, GOALS_TABLE)]),
    ("项目评价及绩效分析", [("绩效目标完成情况及绩效结果分析", "analysis"),
                      ("项目资金调整情况", "fund_adjustment"), ("项目管理情况", "management")]),
    ("存在问题与改进措施", [("存在问题", "problems"), ("改进措施", "measures")]),
    ("自评小组", [(None, TEAM_TABLE)]),
]
