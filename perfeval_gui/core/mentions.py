"""Reading a narrative text against the report: which indicator, group or figure it speaks of.

Names are matched loosely but truthfully: the text's 满意度 is the table's 信访人满意度,
上访人滞留率 is 信访人滞留率 (they share the measure, 人滞留率); 职工参加工会入会率 matches
nothing in this report and is *foreign*. A figure belongs to the nearest name before it in
the same sentence; "得 N 分" is that name's score, "N 分" its weight.

What a figure is, is read from the words around it (its *role*): a target where the clause
speaks of one (目标, 预期, 计划, 力争, 指标值, 不低于 …, "N 的年度指标值"), last year's value
after 由/从/上年/较, a part after 其中, a change after 增长/提高, a deduction after 扣, a
comparison after 低于/高于, a plan for later in a sentence about 明年/下一步; otherwise the
actual value. A figure followed by its measure word and a noun (4处工程, 3个乡镇) counts
other things. Whether the name and the figure are joined by nothing but linking words
("满意度为 97%", "年度指标值≥95%，实际完成96.3%") decides whether the reading is *certain*.

Setting up a reader is linear in the number of names, and reading a text is linear in the text
whatever the number of names or of figures in a sentence: names are looked up by the lengths
names starting with the text's character have, loose phrases resolved through suffix and
containment indexes, and a sentence's clause marks and cue words found once for all its figures
(tests/core/test_reading_at_scale.py counts the work).
"""

from __future__ import annotations

import itertools
import re
import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .model import Report, text

INDICATOR, GROUP1, GROUP2, FUNDS, TOTAL, RULE_TOTAL, FOREIGN = (
    "indicator", "group1", "group2", "funds", "total", "rule_total", "foreign")
# what a figure is (see the module's docstring)
ACTUAL, TARGET, PREVIOUS, PART, CHANGE, DEDUCTION, REFERENCE, LATER, AVERAGE = (
    "actual", "target", "previous", "part", "change", "deduction", "reference", "later", "average")

SENTENCE_END = re.compile(r"[。；;！!？?\n]")
CLAUSE_END = re.compile(r"[，,、；;]")
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
FUNDS_NAMES = ("预算执行率", "资金执行率", "执行率", "资金支付率", "支付率")
TOTAL_NAMES = ("自评总分", "总得分", "综合得分", "总分", "自评得分")
# names that are the total's only where nothing else is named before them in the sentence
# (满意度自评得分 18 分 is the indicator's score)
WEAK_TOTAL_NAMES = ("自评得分", "按评分规则计算", "按规则计算")
# the rules' total, as the drafts say it (a score of its own where no other name comes first)
RULE_TOTAL_NAMES = ("按评分规则计算", "按规则计算")
FIGURE = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d])")
# right before the figure: an operator or a word that names the target
TARGET_CUE = re.compile(
    r"(≥|≤|>|<|=|≧|≦|＞|＜|＝|不低于|不少于|不高于|不超过|不大于|不小于|至少|最多|指标值|目标值|设定值"
    r"|目标为|计划|控制在)\s*$"
)
# the words that make a figure the *table's* target for certain (what the drafts write)
EXPLICIT_TARGET = re.compile(r"(指标值|目标值|设定值)\s*[≥≤><=≧≦＞＜＝]?\s*$")
# anywhere earlier in the clause: the clause is about a goal, not a result
GOAL_WORDS = re.compile(r"目标|预期|计划|力争|争取|确保|要求|指标值|设定值")
# after the figure and its unit: "的年度指标值" makes it a target
TARGET_AFTER = re.compile(r"^\s*的?(年度)?(指标值|目标值|目标|计划|设定值|标准)")
PREVIOUS_CUE = re.compile(r"由|从|原来|原先|上年|去年|上一年|同期|以前|此前|较")
PART_CUE = re.compile(r"其中|包括|包含|含")
SHARE_CUE = re.compile(r"(占|占比|比例为|比重为|比例|比重|仍有|还有|尚有|另有|其余|剩余)\s*$")
# 平均每处工程0.5公里: a figure per unit, not the indicator's own (unless it is an average)
AVERAGE_CUE = re.compile(r"(平均|人均|户均|每)[^，,。；;\d]{0,6}$")
# a sentence that opens on the goal ("本项目年度目标为…，…，…") speaks of targets throughout,
# save in clauses that say what was done
ACTUAL_WORDS = re.compile(r"实际|实现|完成了|已完成|全年完成|共完成|累计完成")
CHANGE_CUE = re.compile(r"((增长|增加|减少|下降|提高|提升|降低|上升|缩短|增|减|多|少)了?"
                        r"|(超过|超出|高出|多出|低于|少于|还差|相差|差)(年度)?(目标值?|计划|指标值))\s*$")
DEDUCTION_CUE = re.compile(r"(扣|扣除|扣减|减去)\s*$")
REFERENCE_CUE = re.compile(r"(低于|高于|超过|不足|少于|多于|优于|比|相比|对比)\s*$")
LATER_WORDS = re.compile(r"明年|下一年|下年度|下年|来年|今后|下一步|下阶段|下步|将来|未来")
FLOOR_WORDS = re.compile(r"(≥|>|≧|＞|不低于|不少于|不小于|至少)\s*$")
CEILING_WORDS = re.compile(r"(≤|<|≦|＜|不高于|不超过|不大于|最多|控制在)\s*$")
# measure words (and a few of their compounds) that a count is written in
UNITS = sorted(
    ["%", "％", "次", "个", "人", "人次", "户", "处", "公里", "千米", "米", "km", "天", "日", "元", "万元",
     "亿元", "元/人", "分钟", "小时", "亩", "件", "例", "种", "份", "所", "座", "台", "套", "家", "名",
     "批", "项", "年", "月", "篇", "册", "场", "期", "班", "村", "吨", "辆", "条", "间", "平方米", "万人",
     "人/次", "个百分点", "百分点"], key=len, reverse=True)
# after a count's measure word: words that still belong to the figure, not a counted noun
NOT_A_NOUN = re.compile(r"^(以上|以内|以下|及以上|及以下|左右|之多|多|余|的|，|,|。|；|;|、|：|:|\)|）|\s|$"
                        r"|得|分|为|是|和|与|及|或|，)")
# what may stand between a name and its figure for the reading to be certain
LINKING = re.compile(
    r"年度指标值|实际完成值|实际完成|完成值|指标值|目标值|设定值|目标为|实际为|实际达到|实际支出|实际"
    r"|未达到年度指标值|达到年度指标值|超额完成|全年共|全年|累计|共计|合计|总计|共|达到|完成|达成|达|自评得分"
    r"|方面|控制在|以内|以上|以下|支出|为|是|的|已|均|了|约|计|得分|得|分值"
)
UNIT = re.compile("|".join(re.escape(u) for u in UNITS))
FIGURE_WITH_UNIT = re.compile(r"[≥≤><=≧≦＞＜＝]?\s*\d[\d,]*(?:\.\d+)?\s*(?:" +
                              "|".join(re.escape(u) for u in UNITS) + r"|分)?")
GAP_PUNCTUATION = re.compile(r"[\s，,：:、（）()“”\"'≥≤><=≧≦＞＜＝]")
# the punctuation of a gap that no figure, unit or linking word holds
GAP_MARK = re.compile(r"[，：:、（）()“”\"']")
MIN_SHARED_SUFFIX = 3
SUFFIX_KEPT = 16  # longer than any measure phrase (12 characters and a measure of 3)
# sentences already read against the same names, kept between runs of the checks (the window
# runs them after every pause in typing; most sentences have not changed since the last run)
_READ: OrderedDict[tuple[int, str], list[Mention | Figure]] = OrderedDict()
_BODIES: OrderedDict[tuple[int, str], list[Sentence]] = OrderedDict()  # whole texts unchanged
# each set of names read with gets a number, so that a cache key is hashed in constant time
_NAME_SETS: OrderedDict[tuple[object, ...], int] = OrderedDict()
_READ_LOCK = threading.Lock()
READ_CACHE_SIZE = 8192
NAME_SETS_KEPT = 32
BODIES_KEPT = 64
_serial = itertools.count()


_ALSO_FORGOTTEN: list[Callable[[], None]] = []  # other caches of what was read from texts


def forgotten_with_texts(clear: Callable[[], None]) -> None:
    """Another reading of texts kept between runs (a verdict, a funds phrase): emptied with them."""
    _ALSO_FORGOTTEN.append(clear)


def forget_read_texts() -> None:
    """Empty the cache of texts read on earlier runs (benchmarks measure reading from scratch)."""
    with _READ_LOCK:
        _READ.clear()
        _BODIES.clear()
    for clear in _ALSO_FORGOTTEN:
        clear()


@dataclass(frozen=True)
class Mention:
    kind: str  # INDICATOR, GROUP1, GROUP2, FUNDS, TOTAL, RULE_TOTAL or FOREIGN
    key: object  # the indicator's index, the group's name, or the text itself
    text: str
    start: int  # in its sentence


@dataclass(frozen=True)
class Figure:
    number: Decimal
    decimals: int  # as written: 99.97 has 2
    following: str  # what comes after the number (its unit, and more)
    start: int  # in its sentence
    scored: bool  # 得 N 分
    is_points: bool  # N 分
    role: str = ACTUAL  # ACTUAL, TARGET, PREVIOUS, PART, CHANGE, DEDUCTION, REFERENCE or LATER
    explicit: bool = False  # a target named as the table's (指标值 N, 目标值 N)
    bound: str | None = None  # "floor" (N 以上, 不低于 N) or "ceiling" (N 以内, 不超过 N)

    @property
    def is_target(self) -> bool:
        return self.role == TARGET

    def unit_is(self, unit: str) -> bool:
        return bool(unit) and self.following.startswith(unit)

    def counts_other_things(self, unit: str) -> bool:
        """4处工程, 3个乡镇: the measure word is followed by the thing counted, not the indicator."""
        rest = self.following[len(unit):] if self.unit_is(unit) else ""
        return bool(rest) and "\u4e00" <= rest[0] <= "\u9fff" and not NOT_A_NOUN.match(rest)


@dataclass
class Sentence:
    text: str
    offset: int  # in the body
    items: list[Mention | Figure]
    # for joined(): where the sentence's marks stand, which stretches between them leave words,
    # and the stretches before and after them already reduced (kept with the sentence)
    _marks: list[int] | None = field(default=None, repr=False, compare=False)
    _wordy_before: list[int] = field(default_factory=list, repr=False, compare=False)
    _reduced: dict[tuple[int, int], bool] = field(default_factory=dict, repr=False, compare=False)

    def gap(self, mention: Mention, figure: Figure) -> str:
        """The words between a name and a figure, without figures, units, punctuation or links."""
        return _left_over(self.text[mention.start + len(mention.text):figure.start])

    def joined(self, mention: Mention, figure: Figure) -> bool:
        """Is the gap empty? The same as ``not gap()``, in time independent of the figures between.

        No mark of GAP_MARKS is part of a figure, a unit or a linking word, and every one is
        dropped, so the gap is empty exactly where each stretch between marks leaves nothing.
        Each whole stretch is reduced once per sentence; asking gap() of every figure after one
        name re-read the text from the name (a 20,000-character sentence of figures: 27 s)."""
        begin, end = mention.start + len(mention.text), figure.start
        if self._marks is None:  # sentences are shared between threads: both set at once
            marks = [m.start() for m in GAP_MARK.finditer(self.text)]
            wordy, wordy_before = 0, []
            for left, right in itertools.pairwise(marks):
                wordy_before.append(wordy)
                wordy += bool(_left_over(self.text[left + 1:right]))
            self._wordy_before = [*wordy_before, wordy]
            self._marks = marks
        first, last = bisect_left(self._marks, begin), bisect_left(self._marks, end) - 1
        if first > last:  # no mark between
            return self._empty(begin, end)
        return (self._empty(begin, self._marks[first]) and self._empty(self._marks[last] + 1, end)
                and self._wordy_before[last] == self._wordy_before[first])

    def _empty(self, begin: int, end: int) -> bool:
        if (begin, end) not in self._reduced:
            self._reduced[begin, end] = not _left_over(self.text[begin:end])
        return self._reduced[begin, end]


def linked_only(between: str) -> bool:
    """Do only figures, units, linking words and punctuation stand in *between*?"""
    return not _left_over(between)


def _left_over(between: str) -> str:
    between = FIGURE_WITH_UNIT.sub("", between)
    between = LINKING.sub("", between)
    return GAP_PUNCTUATION.sub("", between)


class Reader:
    """Knows the names of one report, and reads texts against them."""

    def __init__(self, report: Report) -> None:
        self.report = report
        found: dict[str, tuple[str, object]] = {}
        for i, indicator in enumerate(report.indicators):
            found.setdefault(text(indicator.name).strip(), (INDICATOR, i))
        for indicator in report.indicators:
            for kind, value in ((GROUP1, indicator.level1), (GROUP2, indicator.level2)):
                name = text(value).strip()
                found.setdefault(name, (kind, name))
        for name in FUNDS_NAMES:
            found.setdefault(name, (FUNDS, "funds"))
        for name in TOTAL_NAMES:
            found.setdefault(name, (TOTAL, "total"))
        for name in RULE_TOTAL_NAMES:
            found.setdefault(name, (RULE_TOTAL, "rule_total"))
        found.pop("", None)
        # what reading a sentence depends on: the names and, for loose phrases, every indicator's
        signature = (tuple(found.items()), tuple(text(ind.name).strip() for ind in report.indicators))
        with _READ_LOCK:
            self.names_id = _NAME_SETS.get(signature)
            if self.names_id is None:
                self.names_id = _NAME_SETS[signature] = next(_serial)
                while len(_NAME_SETS) > NAME_SETS_KEPT:
                    _NAME_SETS.popitem(last=False)
            _NAME_SETS.move_to_end(signature)
        # one pass over a text finds every name: where a name's first character stands, the text's
        # slices of each length names starting so have, the longest first, are looked up where
        # a name of that length also ends on the slice's last character. Trying every name in
        # turn cost (text × names): 1,000 names on 群/项目 tried 500 each per character
        self.names = found
        self.lengths_by_first: dict[str, list[int]] = {}
        self._ends = {(name[0], name[-1], len(name)) for name in found}
        for name in found:
            self.lengths_by_first.setdefault(name[0], []).append(len(name))
        for first, lengths in self.lengths_by_first.items():
            self.lengths_by_first[first] = sorted(set(lengths), reverse=True)
        self._first = (re.compile("[" + "".join(re.escape(c) for c in self.lengths_by_first) + "]")
                       if found else None)
        self.indicator_names = [(i, text(ind.name).strip()) for i, ind in enumerate(report.indicators)
                                if text(ind.name).strip()]
        self._by_name: dict[str, list[int]] = {}
        # names by their endings of 3 to SUFFIX_KEPT characters (every ending of a 20,000-character
        # name pasted into the table was 200 million characters)
        self._by_suffix: dict[str, list[int]] = {}
        for i, name in self.indicator_names:
            self._by_name.setdefault(name, []).append(i)
            for k in range(MIN_SHARED_SUFFIX, min(len(name), SUFFIX_KEPT) + 1):
                self._by_suffix.setdefault(name[-k:], []).append(i)
        self._joined = "\0".join(name for _, name in self.indicator_names)
        self._starts: list[int] = []
        position = 0
        for _, name in self.indicator_names:
            self._starts.append(position)
            position += len(name) + 1
        self._resolved: dict[str, tuple[str, object]] = {}
        self._name_chars: dict[str, int] | None = None

    def resolve(self, phrase: str) -> tuple[str, object]:
        """An unknown measure phrase: the indicator it loosely names, ambiguous, or foreign."""
        if phrase not in self._resolved:
            self._resolved[phrase] = self._resolve(phrase)
        return self._resolved[phrase]

    def _resolve(self, phrase: str) -> tuple[str, object]:
        scores: dict[int, int] = {}
        # names that contain the phrase, found in one search of all names joined
        at = self._joined.find(phrase)
        while at >= 0:
            k = bisect_right(self._starts, at) - 1
            i, name = self.indicator_names[k]
            scores[i] = max(scores.get(i, 0), 100 + min(len(phrase), len(name)))
            at = self._joined.find(phrase, self._starts[k] + len(name) + 1)
        # names the phrase contains
        for a in range(len(phrase)):
            for b in range(a + 1, len(phrase) + 1):
                for i in self._by_name.get(phrase[a:b], ()):
                    scores[i] = max(scores.get(i, 0), 100 + b - a)
        # names that end like the phrase: the longest shared ending. They count only where no
        # name contains the phrase or is contained in it (those score over 100; an ending, at
        # most the 15 characters of a measure phrase), and all share exactly that ending (one
        # more character and they had been found before): a thousand names ending in 满意度
        # were each compared with every phrase ending so
        if not scores:
            for k in range(len(phrase), MIN_SHARED_SUFFIX - 1, -1):
                candidates = self._ending_with(phrase[-k:])
                if candidates:
                    return (INDICATOR, candidates[0]) if len(candidates) == 1 else ("ambiguous", None)
            return FOREIGN, phrase
        best = max(scores.values())
        winners = [i for i, score in scores.items() if score == best]
        return (INDICATOR, winners[0]) if len(winners) == 1 else ("ambiguous", None)

    def _ending_with(self, ending: str) -> list[int]:
        if len(ending) <= SUFFIX_KEPT:
            return self._by_suffix.get(ending, [])
        return [i for i in self._by_suffix.get(ending[-SUFFIX_KEPT:], ())
                if self.indicator_names_by_index(i).endswith(ending)]

    def resembles(self, phrase: str) -> bool:
        """Is a measure phrase no name of its own (完成率) or a near-synonym of one of the report's
        names (水质合格率 ~ 水质达标率: half its subject's characters, two at least, are in it)?"""
        measure = re.search(MEASURE + "$", phrase)
        subject = set(phrase[:measure.start()] if measure else phrase)
        if len(subject) < 2:
            return True
        needed = max(2, (len(subject) + 1) // 2)
        # the names holding at least k of the subject's characters, as bits (name n: bit n), for
        # k = 1 … needed: each character of the subject costs a few operations on 1,000-bit
        # numbers, where comparing it with every name's characters cost a set per name
        at_least = [0] * needed
        for char in subject:
            holders = self._holders(char)
            for k in range(needed - 1, 0, -1):
                at_least[k] |= at_least[k - 1] & holders
            at_least[0] |= holders
        return at_least[-1] != 0

    def _holders(self, char: str) -> int:
        """The names holding a character, as the bits of a number (name n: bit n)."""
        if self._name_chars is None:  # only where a foreign name is about to be reported
            bits: dict[str, bytearray] = {}
            size = len(self.indicator_names) // 8 + 1
            for n, (_, name) in enumerate(self.indicator_names):
                for c in set(name):
                    bits.setdefault(c, bytearray(size))[n >> 3] |= 1 << (n & 7)
            self._name_chars = {c: int.from_bytes(b, "little") for c, b in bits.items()}
        return self._name_chars.get(char, 0)

    def indicator_names_by_index(self, i: int) -> str:
        return text(self.report.indicators[i].name).strip()

    def sentences(self, body: str) -> list[Sentence]:
        """The body's sentences, each with its names and figures in order."""
        key = (self.names_id, body)
        with _READ_LOCK:
            known = _BODIES.get(key)
            if known is not None:
                _BODIES.move_to_end(key)
                return known
        sentences = []
        start = 0
        for match in [*SENTENCE_END.finditer(body), None]:
            end = match.start() if match else len(body)
            chunk = body[start:end]
            sentences.append(Sentence(chunk, start, self._read(chunk)))
            if match is None:
                break
            start = match.end()
        with _READ_LOCK:
            _BODIES[key] = sentences
            while len(_BODIES) > BODIES_KEPT:
                _BODIES.popitem(last=False)
        return sentences

    def _read(self, chunk: str) -> list[Mention | Figure]:
        """A sentence's items, read once for the same names (and kept for the next run)."""
        key = (self.names_id, chunk)
        with _READ_LOCK:
            items = _READ.get(key)
            if items is not None:
                _READ.move_to_end(key)
                return items
        numbering = NUMBERING.match(chunk)
        items = self._items(chunk, numbering.end() if numbering else 0)
        with _READ_LOCK:
            _READ[key] = items
            while len(_READ) > READ_CACHE_SIZE:
                _READ.popitem(last=False)
        return items

    def _items(self, chunk: str, skip: int) -> list[Mention | Figure]:
        masked = list(" " * skip + chunk[skip:])
        items: list[Mention | Figure] = []
        free = skip  # names do not overlap: the next one starts after the last one found
        for m in self._first.finditer(chunk, skip) if self._first else ():
            i = m.start()
            if i < free:
                continue
            first = chunk[i]
            for length in self.lengths_by_first[first]:
                if i + length > len(chunk) or (first, chunk[i + length - 1], length) not in self._ends:
                    continue
                name = chunk[i:i + length]
                known = self.names.get(name)
                if known is not None:
                    items.append(Mention(known[0], known[1], name, i))
                    masked[i:i + length] = "\0" * length
                    free = i + length
                    break
        for m in PHRASE.finditer("".join(masked)):
            kind, key = self.resolve(m.group(0))
            if kind != "ambiguous":
                items.append(Mention(kind, key, m.group(0), m.start()))
            masked[m.start():m.end()] = "\0" * (m.end() - m.start())
        plain = "".join(masked)
        cues = _Cues(chunk)
        for m in FIGURE.finditer(plain):
            whole, fraction = m.group(1), m.group(2) or ""
            try:
                number = Decimal(whole.replace(",", "") + ("." + fraction if fraction else ""))
            except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
                continue
            following = chunk[m.end():m.end() + 12].lstrip()
            before = chunk[max(0, m.start() - 8):m.start()]
            is_points = following.startswith("分") and not following.startswith(("分钟", "分之"))
            role, explicit, bound = _role(cues, m.start(), following)
            items.append(Figure(number, len(fraction), following, m.start(),
                                scored=is_points and bool(re.search(r"得分?\s*(为|了)?\s*$", before)),
                                is_points=is_points, role=role, explicit=explicit, bound=bound))
        items.sort(key=lambda item: item.start)
        return items


def _unit_of(following: str) -> str:
    m = UNIT.match(following)
    return m.group(0) if m else ""


class _Cues:
    """Where a sentence's clauses start and its cue words stand, each found in one pass.

    A figure's role is read from the text before it in its clause and in its sentence; reading
    that text anew for every figure made a long sentence of many figures quadratic (a
    20,000-character paragraph without a full stop took 18 s). Cue words hold no digit and no
    clause mark, so the cues the whole sentence holds are those of any clause up to a figure
    (which starts with a digit)."""

    def __init__(self, chunk: str) -> None:
        self.chunk = chunk
        self.clause_starts = [m.end() for m in CLAUSE_END.finditer(chunk)]
        self.later = bool(LATER_WORDS.search(chunk))
        self.previous = _spans(PREVIOUS_CUE, chunk)
        self.part = _spans(PART_CUE, chunk)
        self.goal = _spans(GOAL_WORDS, chunk)
        self.figure_starts = [m.start() for m in FIGURE.finditer(chunk)]
        actual = ACTUAL_WORDS.search(chunk)
        self.first_actual_end = actual.end() if actual else None
        opening = CLAUSE_END.search(chunk)
        # the sentence opens on a goal (本项目年度目标为…，…)
        self.goal_opening = (opening.start() if opening and GOAL_WORDS.search(chunk, 0, opening.start())
                             else None)

    def clause_start(self, start: int) -> int:
        k = bisect_right(self.clause_starts, start)
        return self.clause_starts[k - 1] if k else 0

    def figure_between(self, begin: int, end: int) -> bool:
        k = bisect_left(self.figure_starts, begin)
        return k < len(self.figure_starts) and self.figure_starts[k] < end


def _spans(pattern: re.Pattern[str], chunk: str) -> tuple[list[int], list[int]]:
    """The starts and the ends of a pattern's matches in a sentence, both in order."""
    matches = list(pattern.finditer(chunk))
    return [m.start() for m in matches], [m.end() for m in matches]


def _last_within(spans: tuple[list[int], list[int]], begin: int, end: int) -> int | None:
    """The end of the last match inside chunk[begin:end], or None."""
    starts, ends = spans
    k = bisect_right(ends, end) - 1
    return ends[k] if k >= 0 and starts[k] >= begin else None


def _role(cues: _Cues, start: int, following: str) -> tuple[str, bool, str | None]:
    """What the figure at chunk[start] is, whether it names the table's target, and its bound."""
    chunk = cues.chunk
    clause_start = cues.clause_start(start)
    before = chunk[max(0, start - 8):start]
    after_unit = following[len(_unit_of(following)):]
    bound = None
    if FLOOR_WORDS.search(before) or re.match(r"^\s*(及以上|以上)", after_unit):
        bound = "floor"
    elif CEILING_WORDS.search(before) or re.match(r"^\s*(以内|以下|及以下)", after_unit):
        bound = "ceiling"
    if DEDUCTION_CUE.search(before):
        return DEDUCTION, False, bound
    if cues.later:
        return LATER, False, bound
    previous = _last_within(cues.previous, clause_start, start)
    if previous is not None and not cues.figure_between(previous, start):
        return PREVIOUS, False, bound
    if _last_within(cues.part, clause_start, start) is not None or SHARE_CUE.search(before):
        return PART, False, bound
    if CHANGE_CUE.search(before):
        return CHANGE, False, bound
    if AVERAGE_CUE.search(before):
        return AVERAGE, False, bound
    if REFERENCE_CUE.search(before):
        return REFERENCE, False, bound
    if (TARGET_CUE.search(before) or TARGET_AFTER.match(after_unit)
            or _last_within(cues.goal, clause_start, start) is not None):
        return TARGET, bool(EXPLICIT_TARGET.search(before)), bound
    if (cues.goal_opening is not None and cues.goal_opening < clause_start
            and not (cues.first_actual_end is not None and cues.first_actual_end <= start)):
        return TARGET, False, bound
    return ACTUAL, False, bound


def occurring(phrases: set[str], body: str) -> set[str]:
    """The phrases that occur in a body, found in one pass over it (asking ``phrase in body``
    of each read the body once per phrase: a thousand deviations against a thousand phrases)."""
    lengths: dict[str, set[int]] = {}
    for phrase in phrases:
        if phrase:
            lengths.setdefault(phrase[-1], set()).add(len(phrase))
    found = {""} & phrases
    if not lengths:
        return found
    for m in re.finditer("[" + "".join(re.escape(c) for c in lengths) + "]", body):
        end = m.end()
        for length in lengths[m.group()]:
            if length <= end and body[end - length:end] in phrases:
                found.add(body[end - length:end])
    return found


def attached(sentence: Sentence) -> Iterator[tuple[Mention, Figure]]:
    """Each figure with the name it speaks of: the nearest one before it (before a weak total's
    name, the name it follows: 满意度自评得分 18 分)."""
    current: Mention | None = None
    for item in sentence.items:
        if isinstance(item, Mention):
            if current is None or item.text not in WEAK_TOTAL_NAMES:
                current = item
        elif current is not None:
            yield current, item


def same_figure(written: Figure, exact: Decimal) -> bool:
    """A figure as written equals a table value rounded to as many decimals as it shows."""
    step = Decimal(1).scaleb(-written.decimals)
    return abs(exact - written.number) <= step / 2
