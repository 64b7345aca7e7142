"""Reading a narrative at the format's limits: the indexes answer as reading everything would,
and the work grows with the text, not with the text times its figures or the table's names.

Each reference below is the plain definition (every name tried, every clause read again for
every figure); the reader must agree with it on any text. Work is counted (characters the
patterns read, calls made), never timed.
"""

from __future__ import annotations

import re
import sys
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfeval_gui.core import mentions
from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.mentions import (
    ACTUAL_WORDS,
    CLAUSE_END,
    FIGURE,
    GOAL_WORDS,
    INDICATOR,
    MEASURE,
    PART_CUE,
    PREVIOUS_CUE,
    Figure,
    Mention,
    Reader,
    Sentence,
    occurring,
)
from perfeval_gui.core.model import FundRow, Indicator, Sections
from perfeval_gui.core.profiles import ProfileLibrary

from .reports import clean_report

NATIONAL = ProfileLibrary().get("national-2020")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CHARS = "群众满意度项目完成率合格达标水质人数次时间"


def report_named(names: list[str]):
    report = clean_report(NATIONAL)
    template = report.indicators[1]
    report.indicators = [Indicator(level1=template.level1, level2=template.level2, name=name,
                                   target=template.target, actual=template.actual, weight=Decimal(1))
                         for name in names]
    return report


# --- the references: what the indexes replace ---------------------------------------------

def names_found_by_trying_each(names: list[str], text: str) -> list[tuple[str, int]]:
    longest_first = sorted(names, key=len, reverse=True)
    found, i = [], 0
    while i < len(text):
        name = next((n for n in longest_first if n and text.startswith(n, i)), None)
        if name:
            found.append((name, i))
            i += len(name)
        else:
            i += 1
    return found


def resolve_by_scoring_each(names: list[str], phrase: str):
    scores: dict[int, int] = {}
    for i, name in enumerate(names):
        if not name:
            continue
        if phrase in name:
            scores[i] = max(scores.get(i, 0), 100 + min(len(phrase), len(name)))
        for a in range(len(phrase)):
            for b in range(a + 1, len(phrase) + 1):
                if phrase[a:b] == name:
                    scores[i] = max(scores.get(i, 0), 100 + b - a)
    if not scores:
        shared = {i: len(_common_ending(phrase, name)) for i, name in enumerate(names) if name}
        longest = max(shared.values(), default=0)
        if longest >= 3:
            scores = {i: n for i, n in shared.items() if n == longest}
    if not scores:
        return "foreign", phrase
    best = max(scores.values())
    winners = [i for i, score in scores.items() if score == best]
    return (INDICATOR, winners[0]) if len(winners) == 1 else ("ambiguous", None)


def _common_ending(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:]


def resembles_by_comparing_each(names: list[str], phrase: str) -> bool:
    measure = re.search(MEASURE + "$", phrase)
    subject = set(phrase[:measure.start()] if measure else phrase)
    if len(subject) < 2:
        return True
    needed = max(2, (len(subject) + 1) // 2)
    return any(len(subject & set(name)) >= needed for name in names if name)


def cues_by_rereading(chunk: str, start: int) -> tuple[bool, bool, bool, bool, bool]:
    """What _role asks of the text before a figure, read anew from the clause's start."""
    clause_start = max((m.end() for m in CLAUSE_END.finditer(chunk, 0, start)), default=0)
    clause = chunk[clause_start:start]
    previous = list(PREVIOUS_CUE.finditer(clause))
    opening = CLAUSE_END.search(chunk)
    return (bool(previous) and not FIGURE.search(clause, previous[-1].end()),
            bool(PART_CUE.search(clause)), bool(GOAL_WORDS.search(clause)),
            bool(opening and opening.start() < clause_start and GOAL_WORDS.search(chunk, 0, opening.start())),
            bool(ACTUAL_WORDS.search(chunk, 0, start)))


def cues_from_the_index(chunk: str, start: int) -> tuple[bool, bool, bool, bool, bool]:
    cues = mentions._Cues(chunk)
    clause_start = cues.clause_start(start)
    previous = mentions._last_within(cues.previous, clause_start, start)
    return (previous is not None and not cues.figure_between(previous, start),
            mentions._last_within(cues.part, clause_start, start) is not None,
            mentions._last_within(cues.goal, clause_start, start) is not None,
            cues.goal_opening is not None and cues.goal_opening < clause_start,
            cues.first_actual_end is not None and cues.first_actual_end <= start)


# --- the reader agrees with the references on any text -------------------------------------

names = st.lists(st.text(alphabet="群众项目完成甲乙丙", min_size=1, max_size=6), min_size=1, max_size=30)


@SETTINGS
@given(names, st.lists(st.sampled_from(["群", "众", "项目", "甲", "乙丙", "完成", "，"]), max_size=60))
def test_every_name_is_found_longest_first_as_by_trying_each(table, pieces):
    reader = Reader(report_named(table))
    text = "".join(pieces)
    found = [(m.text, m.start) for s in reader.sentences(text) for m in s.items if isinstance(m, Mention)]
    expected = [(name, i) for part in _sentences(text) for name, i in names_found_by_trying_each(table, part)]
    assert found == expected


def _sentences(text: str) -> list[str]:
    return mentions.SENTENCE_END.split(text)


@SETTINGS
@given(st.lists(st.text(alphabet=CHARS, max_size=20), min_size=1, max_size=25),
       st.text(alphabet=CHARS, min_size=1, max_size=20))
def test_a_loose_phrase_resolves_as_by_scoring_every_name(table, phrase):
    reader = Reader(report_named(table))
    stripped = [name.strip() for name in table]
    assert reader.resolve(phrase) == resolve_by_scoring_each(stripped, phrase)
    assert reader.resembles(phrase) == resembles_by_comparing_each(stripped, phrase)


PIECES = ["由", "较上年", "其中", "目标为", "计划", "实际完成", "完成", "为", "达到", "，", "、", "：", "（",
          "）", "12", "3.5", "1,000", "%", "万元", "次", "满意度", "年度指标值", "≥", " ", "率", "得", "分",
          "未达到年度指标值", "甲乙", "明年"]


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=50))
def test_a_figures_cues_are_those_the_clause_read_again_gives(pieces):
    chunk = "".join(pieces)
    for m in FIGURE.finditer(chunk):
        assert cues_from_the_index(chunk, m.start()) == cues_by_rereading(chunk, m.start())


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=50), st.data())
def test_a_name_and_a_figure_are_joined_exactly_where_the_gap_is_empty(pieces, data):
    text = "".join(pieces)
    sentence = Sentence(text, 0, [])
    for _ in range(5):
        begin = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(0, len(text)))
        mention, figure = Mention(INDICATOR, 0, "", begin), Figure(Decimal(1), 0, "", end, False, False)
        assert sentence.joined(mention, figure) == (not sentence.gap(mention, figure))


@SETTINGS
@given(st.sets(st.text(alphabet="合格率满意度", max_size=5), max_size=12),
       st.text(alphabet="合格率满意度，", max_size=60))
def test_the_phrases_occurring_in_a_text_are_those_it_contains(phrases, body):
    assert occurring(phrases, body) == {p for p in phrases if p in body}


amounts = st.decimals(min_value=0, max_value=10**6, places=4)


@SETTINGS
@given(st.lists(amounts, min_size=1, max_size=20), st.data())
def test_an_amount_of_the_text_is_known_as_by_comparing_it_with_every_amount(known, data):
    near = st.builds(lambda k, d: max(Decimal(0), k + d), st.sampled_from(known),
                     st.sampled_from([Decimal(d) for d in ("0", "0.00004", "-0.00004", "0.00005",
                                                           "-0.00005", "0.00006", "-0.00006")]))
    written = data.draw(st.one_of(amounts, near))
    report = clean_report(NATIONAL)
    for row, value in zip(report.funds.rows, [known[:3], known[3:6], known[6:9]], strict=False):
        row.initial, row.adjusted, row.executed = (value + [None] * 3)[:3]
    report.funds.rows = report.funds.rows[:1] + [FundRow(label=f"其他{k}", executed=value)
                                                 for k, value in enumerate(known[9:])] + report.funds.rows[1:]
    report.indicators = []
    report.sections = Sections(measures=f"全年支出{written:f}万元。")
    in_the_table = [v for row in report.funds.rows for v in (row.initial, row.adjusted, row.executed)
                    if v is not None]
    expected = not any(abs(written - k) <= Decimal("0.00005") for k in in_the_table)
    assert ("text_amount" in {f.code for f in run_checks(report, NATIONAL)
                              if f.where == "sections.measures"}) is expected


# --- the work grows with the text ----------------------------------------------------------

class CountingPattern:
    """A compiled pattern that adds up the characters each call is given to read."""

    def __init__(self, pattern: re.Pattern[str], counter: list[int]) -> None:
        self.pattern, self.counter = pattern, counter

    def _count(self, string: str, pos: int = 0, endpos: int | None = None) -> None:
        self.counter[0] += max(0, min(len(string), len(string) if endpos is None else endpos) - pos)

    def search(self, string, pos=0, endpos=None):
        self._count(string, pos, endpos)
        return self.pattern.search(string, pos, len(string) if endpos is None else endpos)

    def match(self, string, pos=0, endpos=None):
        self._count(string, pos, endpos)
        return self.pattern.match(string, pos, len(string) if endpos is None else endpos)

    def finditer(self, string, pos=0, endpos=None):
        self._count(string, pos, endpos)
        return self.pattern.finditer(string, pos, len(string) if endpos is None else endpos)

    def sub(self, repl, string):
        self._count(string)
        return self.pattern.sub(repl, string)

    def __getattr__(self, name):  # any other use would go uncounted: fail instead
        raise AssertionError(f"{self.pattern.pattern!r}.{name} is not counted")


def characters_read(monkeypatch, report) -> int:
    """All checks on a report, counting the characters the narrative reader's patterns read."""
    counter = [0]
    for name, value in vars(mentions).items():
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(mentions, name, CountingPattern(value, counter))
    mentions.forget_read_texts()
    try:
        run_checks(report, NATIONAL)
    finally:
        monkeypatch.undo()
    return counter[0]


def one_long_sentence(figures: int):
    """A name, then figures that each contradict it, in one sentence: the cues and the gap of
    every figure were read again from the sentence's (or the name's) start."""
    report = clean_report(NATIONAL)
    report.sections.analysis = "养护工程合格率" + "".join(f"为{50 + k % 40}%，" for k in range(figures))
    return report


@pytest.mark.parametrize("build", [one_long_sentence])
def test_reading_twice_the_text_reads_about_twice_the_characters(monkeypatch, build):
    small = characters_read(monkeypatch, build(500))
    large = characters_read(monkeypatch, build(1000))
    assert large <= 2.2 * small, (small, large)


def calls_made(function) -> int:
    """The calls (of Python functions and built-in ones) a function makes: its work, untimed."""
    calls = [0]

    def count(frame, event, arg):
        if event in ("call", "c_call"):
            calls[0] += 1

    sys.setprofile(count)
    try:
        function()
    finally:
        sys.setprofile(None)
    return calls[0]


def work_of_reading_against(count: int) -> int:
    """Reading 2,000 sentences that start like every name (群…) against *count* such names."""
    table = [f"群{chr(0x4e00 + 300 + k)}{chr(0x4e00 + 1300 + k)}率" for k in range(count)]
    body = "".join(f"群{chr(0x4e00 + 2300 + k % 500)}工作。" for k in range(2000))
    reader = Reader(report_named(table))
    mentions.forget_read_texts()
    return calls_made(lambda: reader.sentences(body))


def test_ten_times_the_names_on_one_first_character_are_not_ten_times_the_work():
    assert work_of_reading_against(1000) <= 1.2 * work_of_reading_against(100)
