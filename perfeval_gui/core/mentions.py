"""Reading a narrative text against the report: which indicator, group or figure it speaks of.

Names are matched loosely but truthfully: the text's 满意度 is the table's 信访人满意度,
上访人滞留率 is 信访人滞留率 (they share the measure, 人滞留率); 职工参加工会入会率 matches
nothing in this report and is *foreign*. A figure belongs to the nearest name before it in
the same sentence; "得 N 分" is that name's score, "N 分" its weight, anything after an
operator or 指标值 its target, any other figure its actual value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .model import Report, text

INDICATOR, GROUP1, GROUP2, FUNDS, TOTAL, FOREIGN = (
    "indicator", "group1", "group2", "funds", "total", "foreign")

SENTENCE_END = re.compile(r"[。；;！!？?\n]")
NUMBERING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d+[.、．](?!\d)"
    r"|[(（]\d+[)）]|[①-⑳])\s*"
)
# measures that end the name of an indicator: what a 三级指标 is counted in
MEASURE = (
    r"(?:满意度|知晓度|知晓率|[\u4e00-\u9fff]{0,2}率"
    r"|次数|人数|件数|户数|个数|天数|时间|时长|数量|面积|里程)"
)
PHRASE = re.compile(rf"[\u4e00-\u9fff]{{0,12}}?{MEASURE}")
FUNDS_NAMES = ("预算执行率", "资金执行率", "执行率")
TOTAL_NAMES = ("自评总分", "总得分", "综合得分", "总分")
FIGURE = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d])")
TARGET_CUE = re.compile(
    r"(≥|≤|>|<|=|≧|≦|＞|＜|＝|不低于|不少于|不高于|不超过|指标值|目标值|设定值|目标为|计划)\s*$"
)
SCORE_CUE = re.compile(r"得分?\s*(为|了)?\s*$")
MIN_SHARED_SUFFIX = 3


@dataclass(frozen=True)
class Mention:
    kind: str  # INDICATOR, GROUP1, GROUP2, FUNDS, TOTAL or FOREIGN
    key: object  # the indicator's index, the group's name, or the text itself
    text: str
    start: int


@dataclass(frozen=True)
class Figure:
    number: Decimal
    decimals: int  # as written: 99.97 has 2
    following: str  # what comes after the number (its unit, and more)
    start: int
    scored: bool  # 得 N 分
    is_points: bool  # N 分
    is_target: bool  # after ≥, 指标值, 目标…

    def unit_is(self, unit: str) -> bool:
        return bool(unit) and self.following.startswith(unit)


@dataclass
class Sentence:
    text: str
    offset: int
    items: list[Mention | Figure]


def _shared_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


class Reader:
    """Knows the names of one report, and reads texts against them."""

    def __init__(self, report: Report) -> None:
        self.report = report
        names: list[tuple[str, str, object]] = []
        for i, indicator in enumerate(report.indicators):
            if text(indicator.name).strip():
                names.append((text(indicator.name).strip(), INDICATOR, i))
        for indicator in report.indicators:
            for kind, value in ((GROUP1, indicator.level1), (GROUP2, indicator.level2)):
                name = text(value).strip()
                if name and all(n != name for n, _, _ in names):
                    names.append((name, kind, name))
        names += [(n, FUNDS, "funds") for n in FUNDS_NAMES]
        names += [(n, TOTAL, "total") for n in TOTAL_NAMES]
        self.names = sorted(names, key=lambda item: -len(item[0]))
        self.indicator_names = [(i, text(ind.name).strip()) for i, ind in enumerate(report.indicators)
                                if text(ind.name).strip()]

    def resolve(self, phrase: str) -> tuple[str, object]:
        """An unknown measure phrase: the indicator it loosely names, ambiguous, or foreign."""
        best, best_len, tie = None, 0, False
        for i, name in self.indicator_names:
            if phrase in name or name in phrase:
                shared = 100 + min(len(phrase), len(name))
            else:
                shared = _shared_suffix(phrase, name)
            if shared > best_len:
                best, best_len, tie = i, shared, False
            elif shared == best_len and shared:
                tie = True
        if best_len >= MIN_SHARED_SUFFIX and not tie:
            return INDICATOR, best
        if best_len >= MIN_SHARED_SUFFIX:
            return "ambiguous", None
        return FOREIGN, phrase

    def sentences(self, body: str) -> Iterator[Sentence]:
        start = 0
        for match in [*SENTENCE_END.finditer(body), None]:
            end = match.start() if match else len(body)
            chunk = body[start:end]
            numbering = NUMBERING.match(chunk)
            skip = numbering.end() if numbering else 0
            yield Sentence(chunk, start, self._items(chunk, skip, start))
            if match is None:
                break
            start = match.end()

    def _items(self, chunk: str, skip: int, offset: int) -> list[Mention | Figure]:
        masked = list(" " * skip + chunk[skip:])
        items: list[Mention | Figure] = []

        def take(start: int, end: int) -> None:
            for k in range(start, end):
                masked[k] = "\0"

        for name, kind, key in self.names:
            for m in re.finditer(re.escape(name), "".join(masked)):
                items.append(Mention(kind, key, name, offset + m.start()))
                take(m.start(), m.end())
        for m in PHRASE.finditer("".join(masked)):
            kind, key = self.resolve(m.group(0))
            if kind != "ambiguous":
                items.append(Mention(kind, key, m.group(0), offset + m.start()))
            take(m.start(), m.end())
        plain = "".join(masked)
        for m in FIGURE.finditer(plain):
            whole, fraction = m.group(1), m.group(2) or ""
            try:
                number = Decimal(whole.replace(",", "") + ("." + fraction if fraction else ""))
            except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
                continue
            following = chunk[m.end():m.end() + 6].lstrip()
            before = chunk[max(0, m.start() - 8):m.start()]
            is_points = following.startswith("分") and not following.startswith(("分钟", "分之"))
            items.append(Figure(number, len(fraction), following, offset + m.start(),
                                scored=is_points and bool(SCORE_CUE.search(before)),
                                is_points=is_points,
                                is_target=bool(TARGET_CUE.search(before))))
        items.sort(key=lambda item: item.start)
        return items


def attached(sentence: Sentence) -> Iterator[tuple[Mention, Figure]]:
    """Each figure with the name it speaks of: the nearest one before it."""
    current: Mention | None = None
    for item in sentence.items:
        if isinstance(item, Mention):
            current = item
        elif current is not None:
            yield current, item


def same_figure(written: Figure, exact: Decimal) -> bool:
    """A figure as written equals a table value rounded to as many decimals as it shows."""
    step = Decimal(1).scaleb(-written.decimals)
    return abs(exact - written.number) <= step / 2
