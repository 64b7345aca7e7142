"""A report that tests the printed pages' limits: the longest project name the format allows,
punctuation at every position of a line, an execution rate of 93.6 %."""

from __future__ import annotations

import copy
from decimal import Decimal

NAME_LIMIT = 200  # report-format.md: project.name
OPENING = "农村饮水安全维修养护及配套供水管网改造、水质检测能力提升、水源地保护和“智慧水务”平台建设"


def long_name() -> str:
    name = OPENING
    while len(name) < NAME_LIMIT - 8:
        name += "（二期）续建工程"
    return (name + "第三标段配套工程")[:NAME_LIMIT]


def punctuated_paragraphs() -> str:
    """Clauses of every length from 1 to 40 characters, so that each mark of punctuation lands
    at the end of a line and at the start of one somewhere in the page."""
    lines = []
    for k in range(1, 41):
        words = "供水管网维修养护" * 6
        lines.append(f"第{k}项：{words[:k]}，{words[:k]}。（含{words[:k]}）、「{words[:k]}」；"
                     f"完成率93.6%，{words[:41 - k]}。")
    return "\n".join(lines)


def long_report(seed):
    report = copy.deepcopy(seed)
    report.project.name = long_name()
    row = report.funds.rows[0]
    row.initial, row.adjusted, row.executed = Decimal("100"), Decimal("100"), Decimal("93.6")
    report.sections.management = punctuated_paragraphs()
    report.sections.measures = punctuated_paragraphs()
    for k, indicator in enumerate(report.indicators):
        indicator.deviation = (f"受汛期影响{'施工' * k}，工期顺延。（已整改）；下一步：加强调度、"
                               f"提前备料，确保完成率达到93.6%以上。")
    return report
