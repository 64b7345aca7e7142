"""Verdicts: whether the table says an indicator reached its target, and the words a narrative
uses to say so (达到 / 完成 / 超额完成 … or 未达到 / 未完成 …) and the grade it states.

The table's verdict follows domain README §7: an actual beyond a bare target (98% → 100%) is
met, although the "equal" rule scores it below its weight. A verdict word counts only where it
says something of a result: a met verdict needs its object (达到年度指标值, 完成预期目标, 超额
完成), so that 实际完成100% or 达到95%以上 — a figure, read by ``mentions`` — is none; words
that grade it (基本完成, 部分达到, 接近) or make it a wish (确保, 力争, 计划) leave it unsaid, and
so does a shortfall of something else (未全部达到设计标准): a verdict of not meeting names the
target or ends its clause.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from .scoring import EQUAL, KIND_DEADLINE, KIND_QUALITATIVE, NEGATIVE, POSITIVE, IndicatorScore
from .values import ACHIEVED, NOT_ACHIEVED

_OBJECT = (r"(?:了)?(?:全部|各项)?(?:年度|预期|既定|年初|预定|设定的?|计划的?)?"
           r"(?:绩效目标|目标任务|指标值|目标值|设定值|目标|预期|计划|任务|要求)")
_VERB = r"(?:达到|完成|达成|实现)"
# the patterns as written; compiled at the first narrative read (_compiled): ~4 ms of regular
# expressions that no start needs (the window's start reads the table's verdict, reached)
NOT_MET_WORDS = (
    rf"(?:未能|没有|没能|尚未|仍未|未)(?:全部|完全)?{_VERB}(?:{_OBJECT}|(?=[，,。；;、）)]|$))|未达标(?!率)")
# 完成年度目标的96% is a share of the target, not a verdict
MET_WORDS = (rf"(?:超额完成(?:{_OBJECT})?|{_VERB}{_OBJECT}|(?:已|均已|均|全部)达标(?!率))"
             r"(?!\s*的?\s*\d)")
# right before a met verdict: words that make it partial, negative or a question
NOT_A_MET_VERDICT = r"(基本|部分|大部分|接近|未能|没有|没能|尚未|仍未|是否|未|不|能否|如期?)$"
# earlier in the clause: a wish or a plan, not a result
WISH = r"确保|力争|争取|计划|拟|预计|将|希望|需要|以便|为了|旨在|如果|若|是否"
CLAUSE_START = r"[，,；;：:]"
RESULT_KINDS = (POSITIVE, NEGATIVE, EQUAL, KIND_DEADLINE, KIND_QUALITATIVE)
# grades as narratives write them → the profile's names
GRADE_WORDS = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中",
               "差": "差", "较差": "差"}
# what names the result's grade (风险等级为中 or 道路等级 name another), then the grade, then no
# more of a word (被评为“优秀”单位 names a prize)
_GRADE = r"[“\"「『]?(优秀|良好|中等|较差|优|良|中|差)(?=[”\"」』](?:等级|等次)?(?![\u4e00-\u9fff])" \
    r"|(?:等级|等次)?(?![\u4e00-\u9fff”\"」』]))[”\"」』]?"
GRADE_SAID = (
    r"(?:评价等级|自评等级|绩效等级|评价结果|自评结果|自评等次|评价等次|综合评定)\s*"
    r"(?:为|是|：|:|评定为|评为|属于)?\s*" + _GRADE + r"|(?:评定为|评为)\s*" + _GRADE)
EARLIER = (r"上年|去年|上一年|往年|历年|以前|此前|同期|曾|明年|下一年|下年|来年|今后|下一步"
           r"|力争|争取|确保")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@dataclass(frozen=True)
class Said:
    met: bool
    start: int  # in its sentence
    end: int

    def words(self, sentence: str) -> str:
        return sentence[self.start:self.end]


def reached(s: IndicatorScore) -> bool | None:
    """Did the indicator reach its target, as the table says? None where it cannot say (not
    applicable, not rule-scored, a part-achieved or ungraded qualitative row)."""
    if not s.applicable or s.kind not in RESULT_KINDS:
        return None
    if s.kind == KIND_QUALITATIVE:
        return {ACHIEVED: True, NOT_ACHIEVED: False}.get(s.grade or "")
    if not s.weight:
        return None  # a row that weighs nothing scores its full 0 whatever happened
    # over-achieved: met, though the budget system's profile takes 2 points off
    return s.met or s.over_achieved or beats_bare_target(s)


def beats_bare_target(s: IndicatorScore) -> bool:
    """An actual above a target written without an operator (98% → 100%): met (README §7)."""
    target = s.target
    return (s.kind == EQUAL and target is not None and target.op is None and bool(target.number)
            and s.achievement is not None and s.achievement > 1)


@lru_cache(maxsize=8192)  # the checks read every sentence again after each pause in typing
def verdicts_in(sentence: str) -> tuple[Said, ...]:
    """The verdicts a sentence states, in order (none in a wish, a plan or a graded phrase)."""
    said: list[Said] = []
    taken = 0
    # where clauses start, found once: a long sentence of many verdicts is read in linear time
    starts = [0, *(c.end() for c in _compiled(CLAUSE_START).finditer(sentence))]
    met_words = _compiled(MET_WORDS)
    for m in sorted([*_compiled(NOT_MET_WORDS).finditer(sentence), *met_words.finditer(sentence)],
                    key=lambda m: (m.start(), -len(m.group(0)))):
        if m.start() < taken:
            continue  # 未达到年度指标值 holds 达到年度指标值
        met = m.re is met_words
        if met and _compiled(NOT_A_MET_VERDICT).search(sentence[max(0, m.start() - 3):m.start()]):
            continue
        clause_start = starts[bisect_right(starts, m.start()) - 1]
        if _compiled(WISH).search(sentence, clause_start, m.start()):
            continue
        taken = m.end()
        said.append(Said(met, m.start(), m.end()))
    return tuple(said)


@lru_cache(maxsize=8192)
def grades_in(sentence: str) -> tuple[tuple[str, int, int], ...]:
    """(the profile's grade name, start, end) of each grade the sentence gives this year's
    result (not last year's, not a goal)."""
    found = []
    for m in _compiled(GRADE_SAID).finditer(sentence):
        if _compiled(EARLIER).search(sentence, 0, m.start()):
            continue
        word = m.group(1) or m.group(2)
        found.append((GRADE_WORDS[word], m.start(), m.end()))
    return tuple(found)
