"""Drafting the narrative from the table, so the two agree by construction.

The drafts are a starting point in the register of a Chinese government report; every
figure in them is taken from the model and the scoring result, never typed twice.
"""

from __future__ import annotations

import re
import weakref
from decimal import Decimal

from .edits import SetField, set_field
from .explanations import explanation
from .figures import figure_text, percent_text
from .messages import Message
from .model import Report, text
from .numbering import item, subitem
from .scoring import UNSCORABLE, IndicatorScore, ScoreResult, budget_base
from .verdicts import reached


def _amount(value: Decimal | None) -> str:
    return f"{figure_text(value)}万元" if value is not None else ""


def _clean(sentence: str) -> str:
    """A user's text inside a sentence of ours: no trailing full stop of its own."""
    return sentence.strip().rstrip("。；;.")


def draft_funds_sentence(report: Report, result: ScoreResult) -> str:
    row = report.funds.total_row
    funds = result.funds
    parts = [f"预算执行率方面 {figure_text(funds.weight)} 分"]
    if row is not None:
        if row.initial is not None:
            parts.append(f"年初预算数{_amount(row.initial)}")
        if row.adjusted is not None:
            parts.append(f"全年预算数{_amount(row.adjusted)}")
        if row.executed is not None:
            parts.append(f"全年执行数{_amount(row.executed)}")
    if funds.rate is not None:
        parts.append(f"预算执行率 {percent_text(funds.rate)}")
    parts.append(f"得 {figure_text(funds.score)} 分")
    return "，".join(parts) + "。"


def _indicator_sentence(report: Report, s: IndicatorScore) -> str:
    indicator = report.indicators[s.index]
    name = text(indicator.name).strip()
    target, actual = text(indicator.target).strip(), text(indicator.actual).strip()
    met = reached(s)  # a beaten bare target is met (domain README §7)
    if s.over_achieved and met:
        said = f"{name}年度指标值{target}，实际完成{actual}，超额完成"
    elif met:
        said = f"{name}年度指标值{target}，实际完成{actual}，达到年度指标值"
    elif met is None:  # no verdict the table does not give (unscorable, awaiting judgement)
        said = f"{name}年度指标值{target}，实际完成{actual}"
    else:
        said = f"{name}年度指标值{target}，实际完成{actual}，未达到年度指标值"
    if s.unscored:  # no score typed, none by the rule yet: not a 0
        sentence = f"{said}，得分待判定"
    else:
        sentence = f"{said}，得 {figure_text(s.score)} 分"
    reason = _clean(explanation(indicator.deviation))
    if reason and not met:
        sentence += f"。主要原因：{reason}"
    elif reason and s.over_achieved:
        sentence += f"。说明：{reason}"
    return sentence + "。"


def draft_analysis(report: Report, result: ScoreResult) -> str:
    """三(一) 绩效目标完成情况及绩效结果分析: funds, then each group and indicator, then the total."""
    lines = [f"{item(1)} {draft_funds_sentence(report, result)}"]
    number = 1
    for group in result.groups:
        number += 1
        got = "得分待判定" if group.score is None else f"得 {figure_text(group.score)} 分"
        lines.append(f"{item(number)} {group.level1}方面 {figure_text(group.weight)} 分，"
                     f"{got}，具体情况如下：")
        by_level2: dict[str, list[IndicatorScore]] = {}
        for index in group.indices:
            s = result.indicators[index]
            if s.applicable:
                by_level2.setdefault(text(report.indicators[index].level2).strip(), []).append(s)
        for sub, (level2, scores) in enumerate(by_level2.items(), start=1):
            weight = sum((s.weight for s in scores), Decimal(0))
            score = sum((s.score for s in scores), Decimal(0))
            got = "得分待判定" if any(s.unscored for s in scores) else f"得 {figure_text(score)} 分"
            head = f"{level2} {figure_text(weight)} 分，{got}。" if level2 else ""
            body = "".join(_indicator_sentence(report, s) for s in scores)
            lines.append(f"{subitem(sub)} {head}{body}")
    lines.append(f"{item(number + 1)} 综上，{total_sentence(result)}")
    return "\n".join(lines)


def total_sentence(result: ScoreResult) -> str:
    """The total, said once; the rules' figure after it only where the scores entered differ
    (a clause of its own, so that it is not read as a second total)."""
    if result.total is None:  # a row awaits judgement with no score typed: no figure yet
        return (f"该项目自评总分待判定（{len(result.unscored)} 项定性指标待判定且未填得分），"
                "评价等级待判定后确定。")
    total = figure_text(result.total)
    said = f"该项目自评总分 {total} 分"
    said += f"；{no_grade_text(result)}" if result.grade is None else f"，评价等级为“{result.grade}”"
    if result.rule_total is None:
        said += f"；按评分规则计算的总分待判定（{len(result.pending)} 项定性指标待判定）"
    elif (by_rules := figure_text(result.rule_total)) != total:
        said += f"；按评分规则计算为 {by_rules} 分"
    return said + "。"


def states_total(report: Report, body: str) -> bool:
    """Does a text give the total in points (综上，自评总分 92 分)? Then it is not said again."""
    from .mentions import TOTAL, Reader, attached  # the reader: loaded when a text is read

    return any(mention.kind == TOTAL and figure.is_points
               for sentence in Reader(report).sentences(body)
               for mention, figure in attached(sentence))


def no_grade_text(result: ScoreResult, lang: str = "zh") -> str:
    """Why a total carries no grade: its weights do not add up to 100."""
    return Message("score.weights_not_100", {"total": figure_text(result.all_weight)}).text(lang)


def draft_basic_info(report: Report) -> str:
    expected = text(report.goal.expected).strip()
    project = text(report.project.name).strip()
    unit = text(report.project.implementing_unit).strip() or text(report.project.unit).strip()
    opening = f"{project}由{unit}组织实施。" if unit else f"{project}。"
    return opening + (f"项目年度总体目标：{_clean(expected)}。" if expected else "")


def draft_content(report: Report, result: ScoreResult) -> str:
    row = report.funds.total_row
    sentences = []
    if row is not None and (row.initial is not None or row.adjusted is not None):
        budget = budget_base(row, result.profile)
        said = f"{report.year}年该项目预算资金{_amount(budget)}"
        if row.executed is not None:
            said += f"，实际支出{_amount(row.executed)}"
        if result.funds.rate is not None:
            said += f"，预算执行率 {percent_text(result.funds.rate)}"
        sentences.append(said + "。")
    return "".join(sentences)


def draft_problems(report: Report, result: ScoreResult) -> str:
    """存在问题, from the shortfalls: where the user starts, not what they must say."""
    lines = []
    for s in result.indicators:
        if (not s.applicable or s.kind == UNSCORABLE or s.pending or s.met
                or reached(s)):
            continue  # a part-achieved qualitative row stays a problem to describe
        indicator = report.indicators[s.index]
        reason = _clean(explanation(indicator.deviation))
        line = (f"{item(len(lines) + 1)} {text(indicator.name).strip()}未达到年度指标值"
                f"（年度指标值{text(indicator.target).strip()}，实际完成{text(indicator.actual).strip()}）")
        lines.append(line + (f"：{reason}。" if reason else "。"))
    if not lines:
        return "各项绩效指标均已完成，未发现明显问题。"
    return "\n".join(lines)


DRAFTERS = {
    "basic_info": lambda report, result: draft_basic_info(report),
    "content": draft_content,
    "analysis": draft_analysis,
    "problems": draft_problems,
}


# what a sentence opens with, before its figures: the subject it shares with its draft
# (值班在位率年度指标值 whether the target reads 98% or ≥98%), after its numbering, 综上 or year
OPENING_END = re.compile(r"[\d≥≤><=＞＜＝，,：:（(]")
OPENING_NOISE = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]"
                           r"|\d+[.、．](?!\d))?\s*(?:综上所述|综上)?[，,]?\s*(?:\d{4}\s*年度?)?\s*")
MIN_OPENING = 4


def _opening(sentence: str) -> str:
    rest = sentence[OPENING_NOISE.match(sentence).end():]  # type: ignore[union-attr]
    end = OPENING_END.search(rest)
    return (rest[:end.start()] if end else rest).strip()


# today's draft sentences by their opening, for the last result asked about: the window asks
# for a fix of every narrative finding it shows, each from the same scores
_drafted: tuple[weakref.ref[ScoreResult], dict[str, set[str]]] | None = None


def _draft_sentences(report: Report, result: ScoreResult,
                     sentence_end: re.Pattern[str]) -> dict[str, set[str]]:
    global _drafted
    if _drafted is not None and _drafted[0]() is result:
        return _drafted[1]
    by_opening: dict[str, set[str]] = {}
    for drafter in DRAFTERS.values():
        for chunk in sentence_end.split(drafter(report, result)):
            by_opening.setdefault(_opening(chunk), set()).add(chunk)
    _drafted = (weakref.ref(result), by_opening)
    return by_opening


def redraft_sentence(report: Report, result: ScoreResult, sentence: str) -> str | None:
    """Today's draft of a sentence a draft wrote (the one of today's drafts that opens with the
    same subject, its numbering kept), or None where no draft opens so or it has not changed."""
    from .mentions import SENTENCE_END  # the reader's sentences: loaded when a text is read

    opening = _opening(sentence)
    if len(opening) < MIN_OPENING:
        return None
    drafts = _draft_sentences(report, result, SENTENCE_END).get(opening, set())
    if len(drafts) != 1:
        return None  # none, or two indicators of one name: which is meant is the user's call
    new = next(iter(drafts))
    numbering = OPENING_NOISE.match(new)
    head = sentence[:len(sentence) - len(sentence.lstrip())]
    ours = OPENING_NOISE.match(sentence)
    if ours and numbering and ours.group(0).strip() and not numbering.group(0).strip():
        head = ours.group(0)  # the user's numbering stays
    new = head + new.lstrip()
    return None if new.strip() == sentence.strip() else new


def draft_section(key: str, report: Report, result: ScoreResult) -> str | None:
    """The draft for a narrative section, or None where the section is the user's alone."""
    drafter = DRAFTERS.get(key)
    return drafter(report, result) if drafter else None


def adopt_draft(key: str, report: Report, result: ScoreResult) -> SetField | None:
    """Taking today's draft of section *key* into it, as one edit (the window's undo step);
    None where the section has no draft or already holds it."""
    draft = draft_section(key, report, result)
    return None if draft is None else set_field(report, f"sections.{key}", draft)
