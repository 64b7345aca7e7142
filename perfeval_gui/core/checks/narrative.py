"""The narrative against the table: years, figures, scores and names the text quotes.

A figure, a score or an indicator the text gets wrong is an error: the report contradicts
itself. Years, amounts, foreign project names and numbering are warnings: the text may have
reasons the table cannot know (a reference to an earlier year, a sum over several rows).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..figures import figure_text as fmt
from ..mentions import (
    FOREIGN,
    FUNDS,
    GROUP1,
    GROUP2,
    INDICATOR,
    TOTAL,
    Figure,
    Mention,
    Reader,
    attached,
    same_figure,
)
from ..model import SECTION_KEYS, text
from ..money import WAN_PER_UNIT, unit_at_start
from ..numbering import chinese_number, number_value
from ..values import QUANTITY, common_unit, parse_value
from .base import ERROR, WARNING, Context, Finding, check

YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?=年)")
PROJECT_PHRASE = re.compile(r"[\u4e00-\u9fff]{4,16}(?:项目|经费)")
GENERIC_PROJECT = re.compile(r"^(该|本|此|各|每|其他|上述|以上|相关|全部|所有|部分|其余|多个|各类)")
# a measure the report does not have counts as foreign only where the text gives it a figure
# in the same clause: ratios with a percentage, counts with a unit (generic words such as
# 时间 or 数量 name no indicator by themselves)
FOREIGN_RATIO = re.compile(r"(率|满意度|知晓度)$")
FOREIGN_COUNT = re.compile(r"(次数|人数|件数|户数|个数|天数)$")
CLAUSE_END = "，,、：:"
NUMBER_LEVELS = [
    ("一、", re.compile(r"^\s*([一二三四五六七八九十]+)、")),
    ("(一)", re.compile(r"^\s*[(（]([一二三四五六七八九十]+)[)）]")),
    ("1.", re.compile(r"^\s*(\d+)[.、．](?!\d)")),
    ("(1)", re.compile(r"^\s*[(（](\d+)[)）]")),
]


def _sections(ctx: Context) -> Iterator[tuple[str, str]]:
    for key in SECTION_KEYS:
        body = ctx.report.sections.get(key)
        if body.strip():
            yield f"sections.{key}", body


def _reader(ctx: Context) -> Reader:
    if "reader" not in ctx.cache:
        ctx.cache["reader"] = Reader(ctx.report)
    return ctx.cache["reader"]


@check
def years_in_the_text(ctx: Context) -> Iterator[Finding]:
    allowed = {ctx.report.year, ctx.report.year + 1}
    for where, body in _sections(ctx):
        seen = set()
        for m in YEAR.finditer(body):
            year = int(m.group(1))
            if year not in allowed and year not in seen:
                seen.add(year)
                yield ctx.finding("text_year", WARNING, where, found=year, year=ctx.report.year)


def _figure_of(ctx: Context, mention: Mention, figure: Figure) -> tuple[str, Decimal] | None:
    """The table value a figure should equal, with which one it is, or None if not comparable."""
    if mention.kind == FUNDS and figure.unit_is("%") and ctx.result.funds.rate is not None:
        return "预算执行率", ctx.result.funds.rate * 100
    if mention.kind != INDICATOR:
        return None
    score = ctx.result.indicators[int(mention.key)]  # type: ignore[call-overload]
    value = score.target if figure.is_target else score.actual
    if value is None or value.kind != QUANTITY or value.number is None:
        return None
    unit = value.unit or (score.target.unit if score.target else "")
    if unit and figure.unit_is(unit):
        written = parse_value(f"{figure.number}{unit}")
        pair = common_unit(value, written)
        if pair:
            return ("年度指标值" if figure.is_target else "实际完成值"), pair[0]
    return None


def _points_of(ctx: Context, mention: Mention, scored: bool) -> Decimal | None:
    result = ctx.result
    if mention.kind == INDICATOR:
        s = result.indicators[int(mention.key)]  # type: ignore[call-overload]
        return s.score if scored else s.weight
    if mention.kind == FUNDS:
        return result.funds.score if scored else result.funds.weight
    if mention.kind == TOTAL:
        return result.total if scored else None
    if mention.kind in (GROUP1, GROUP2):
        field = "level1" if mention.kind == GROUP1 else "level2"
        members = [s for s, ind in zip(result.indicators, ctx.report.indicators, strict=True)
                   if text(getattr(ind, field)).strip() == mention.key and s.applicable]
        if not members:
            return None
        return sum((s.score if scored else s.weight for s in members), Decimal(0))
    return None


def _table_name(ctx: Context, mention: Mention) -> str:
    if mention.kind == INDICATOR:
        return text(ctx.report.indicators[int(mention.key)].name)  # type: ignore[call-overload]
    return mention.text


@check
def figures_and_scores_in_the_text(ctx: Context) -> Iterator[Finding]:
    reader = _reader(ctx)
    for where, body in _sections(ctx):
        reported: set[tuple[str, str]] = set()
        for sentence in reader.sentences(body):
            for mention, figure in attached(sentence):
                finding = _compare(ctx, where, mention, figure)
                if finding is not None:
                    key = (finding.code, str(finding.message.params))
                    if key not in reported:
                        reported.add(key)
                        yield finding


def _compare(ctx: Context, where: str, mention: Mention, figure: Figure) -> Finding | None:
    if mention.kind == FOREIGN:
        return None
    if figure.is_points:
        expected = _points_of(ctx, mention, figure.scored)
        if expected is not None and not same_figure(figure, expected):
            return ctx.finding("text_score", ERROR, where, name=_table_name(ctx, mention),
                               what="得" if figure.scored else "分值",
                               text_value=fmt(figure.number), table_value=fmt(expected))
        return None
    compared = _figure_of(ctx, mention, figure)
    if compared is not None:
        which, exact = compared
        if not same_figure(figure, exact):
            unit = figure.following[:1] if figure.following.startswith("%") else ""
            return ctx.finding("text_figure", ERROR, where, name=_table_name(ctx, mention),
                               text_value=f"{fmt(figure.number)}{unit}", which=which,
                               table_value=f"{fmt(exact)}{unit}")
    return None


@check
def names_in_the_text_belong_to_this_report(ctx: Context) -> Iterator[Finding]:
    reader = _reader(ctx)
    project = text(ctx.report.project.name).strip()
    for where, body in _sections(ctx):
        named: set[str] = set()
        for sentence in reader.sentences(body):
            items = sentence.items
            for k, item in enumerate(items):
                if not isinstance(item, Mention) or item.kind != FOREIGN or item.text in named:
                    continue
                if _has_own_figure(sentence, items, k):
                    named.add(item.text)
                    yield ctx.finding("text_foreign_indicator", ERROR, where, name=item.text)
        for m in PROJECT_PHRASE.finditer(body):
            phrase = m.group(0)
            core = phrase[:-2]
            if (GENERIC_PROJECT.match(phrase) or not project or core in project or project in phrase
                    or phrase in named):
                continue
            named.add(phrase)
            yield ctx.finding("text_foreign_project", WARNING, where, name=phrase)


def _has_own_figure(sentence, items: list, k: int) -> bool:  # type: ignore[type-arg]
    """Does the foreign measure at items[k] carry a figure of its kind in its own clause?"""
    mention = items[k]
    ratio = FOREIGN_RATIO.search(mention.text)
    if not ratio and not FOREIGN_COUNT.search(mention.text):
        return False
    for nxt in items[k + 1:]:
        if isinstance(nxt, Mention):
            return False
        between = sentence.text[mention.start + len(mention.text) - sentence.offset:
                                nxt.start - sentence.offset]
        if any(c in between for c in CLAUSE_END):
            return False
        if nxt.is_points:
            return False
        return nxt.unit_is("%") if ratio else not nxt.following.startswith(("%", "年"))
    return False


@check
def amounts_in_the_text_are_in_the_table(ctx: Context) -> Iterator[Finding]:
    known: list[Decimal] = []
    for row in ctx.report.funds.rows:
        known += [v for v in (row.initial, row.adjusted, row.executed) if v is not None]
    for s in ctx.result.indicators:
        for value in (s.target, s.actual):
            if value is not None and value.kind == QUANTITY and value.number is not None:
                unit = unit_at_start(value.unit)
                if unit is not None:
                    known.append(value.number * WAN_PER_UNIT[unit])
    reader = _reader(ctx)
    for where, body in _sections(ctx):
        for sentence in reader.sentences(body):
            for item in sentence.items:
                if not isinstance(item, Figure):
                    continue
                unit = unit_at_start(item.following)
                if unit is None or item.following.startswith(f"{unit}/"):
                    continue  # a rate such as 300元/人 is no amount of the funds
                in_wan = item.number * WAN_PER_UNIT[unit]
                if not any(abs(in_wan - k) <= Decimal("0.00005") for k in known):
                    yield ctx.finding("text_amount", WARNING, where,
                                      amount=f"{fmt(item.number)}{unit}")


@check
def numbering_has_no_gap(ctx: Context) -> Iterator[Finding]:
    for where, body in _sections(ctx):
        counters: list[int] = [0] * len(NUMBER_LEVELS)
        for line in body.splitlines():
            for level, (style, pattern) in enumerate(NUMBER_LEVELS):
                m = pattern.match(line)
                if not m:
                    continue
                value = number_value(m.group(1))
                expected = counters[level] + 1
                if value != expected:
                    yield ctx.finding("text_numbering", WARNING, where,
                                      found=_label(style, value), expected=_label(style, expected))
                counters[level] = value
                for lower in range(level + 1, len(NUMBER_LEVELS)):
                    counters[lower] = 0
                break


def _label(style: str, value: int) -> str:
    if style in ("一、", "(一)"):
        word = chinese_number(value)
        return f"{word}、" if style == "一、" else f"({word})"
    return f"{value}." if style == "1." else f"({value})"
