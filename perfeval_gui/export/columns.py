"""Column widths from the cells' content, decided once for both writers.

The layout's widths are the paper form's proportions. A column is widened where its content
needs it — a figure (93.6%, 2024-12-20) is never cut, and a short label (分值, 年度指标值)
is kept on one line where the row has room — and the width is taken from the
columns of running text (偏差原因分析及改进措施), which wrap anyway.

Widths are estimated without the fonts (a 汉字 is one em, other characters are counted wide)
with a margin, so that Word, WPS and LibreOffice, whose fonts differ, fit them too.
"""

from __future__ import annotations

from .kinsoku import is_wide

POINT_MM = 25.4 / 72
NARROW_EM = 0.6  # a digit is half an em in most fonts; % and W are wider
LABEL_CHARS = 5  # a line of at most this many 汉字 (年度指标值) is a label, kept whole where it can be
SAFETY = 1.06  # the PDF fits the columns into a frame slightly narrower than the text width


def text_em(text: str) -> float:
    return sum(1.0 if is_wide(c) else NARROW_EM for c in text)


def longest_word_em(text: str) -> float:
    """The widest run that may not be cut: a figure or Latin word, or a single 汉字."""
    best = run = 0.0
    for char in text:
        if is_wide(char) or char.isspace():
            best = max(best, run, 1.0 if is_wide(char) else 0.0)
            run = 0.0
        else:
            run += NARROW_EM
    return max(best, run)


def needs(text: str) -> tuple[float, float]:
    """(em that must fit, em that should fit) on one line of a cell holding *text*."""
    lines = text.split("\n")
    must = max(longest_word_em(line) for line in lines)
    labels = [text_em(line) for line in lines if len(line) <= LABEL_CHARS]
    return must, max([must, *labels])


def fit_columns(nominal: tuple[int, ...] | list[float], rows: list[list], font_pt: float,
                padding_pt: float) -> tuple[float, ...]:
    """Widths (mm, the same total as *nominal*) in which every single-column cell's figures
    fit and, where the total allows, its labels too."""
    em_mm = font_pt * POINT_MM * SAFETY
    pad_mm = 2 * padding_pt * POINT_MM
    n = len(nominal)
    hard, soft = [0.0] * n, [0.0] * n
    for row in rows:
        for c, cell in enumerate(row):
            if cell is None or cell.colspan != 1 or not cell.text:
                continue
            must, should = needs(cell.text)
            hard[c] = max(hard[c], must * em_mm + pad_mm)
            soft[c] = max(soft[c], should * em_mm + pad_mm)
    total = float(sum(nominal))
    for wanted in (soft, hard):
        widths = _within(list(map(float, nominal)), wanted, total)
        if widths is not None:
            return tuple(widths)
    return tuple(float(w) for w in nominal)  # nothing fits: the paper's proportions


def widths_at_least(nominal: list[float], wanted: list[float]) -> tuple[float, ...]:
    """*nominal* widths (their total kept) with each column at least as wide as *wanted*, the
    room taken from the columns with slack; the nominal ones where the slack is not enough."""
    widths = _within(list(nominal), wanted, float(sum(nominal)))
    return tuple(widths if widths is not None else nominal)


def two_line_em(header: str) -> float:
    """The em a header needs on a line once broken in two at its most even between words
    (有可能 / （项）): what its column must hold so that it never breaks a character a line. A
    header of a word or two (错误, 执行进度) stays on one line."""
    if text_em(header) <= SHORT_HEADER_EM:
        return text_em(header)
    return max(text_em(line) for line in balanced_header(header, 0).split("\n"))


SHORT_HEADER_EM = 4


def _within(widths: list[float], wanted: list[float], total: float) -> list[float] | None:
    """Each column at least as wide as wanted, the room taken from the columns with slack in
    proportion to it; None where the slack is not enough."""
    grown = [max(w, need) for w, need in zip(widths, wanted, strict=True)]
    excess = sum(grown) - total
    if excess <= 0:
        return grown
    slack = [max(0.0, g - need) for g, need in zip(grown, wanted, strict=True)]
    available = sum(slack)
    if available < excess:
        return None
    return [g - s * excess / available for g, s in zip(grown, slack, strict=True)]


# the words a printed header is made of, so that a header broken in two breaks between words
# (全年预计 / 完成情况, never 全年预计完成情 / 况); any other 汉字 is a word of its own
HEADER_WORDS = ("半年度", "可能性", "不可能", "预算数", "执行数", "指标值", "时间", "进度", "完全",
                "全年", "年度", "年初", "预计", "完成", "情况", "执行", "目标", "指标", "偏差", "原因",
                "分析", "申请", "度量", "单位", "性质",
                "预算", "实际", "一级", "二级", "三级", "备注")
_OPENING = "（(【["


def _header_words(header: str) -> list[str]:
    """A header cut into what may not be broken: the words above, a figure or Latin run with
    the 汉字 after it (1–7月), a bracket's content, else single characters."""
    words: list[str] = []
    at = 0
    while at < len(header):
        char = header[at]
        if char in _OPENING:
            close = next((k for k in range(at, len(header)) if header[k] in "）)】]"), len(header) - 1)
            words.append(header[at:close + 1])
            at = close + 1
            continue
        known = next((w for w in HEADER_WORDS if header.startswith(w, at)), None)
        if known:
            words.append(known)
            at += len(known)
            continue
        end = at
        while end < len(header) and (not is_wide(header[end]) or header[end] in "–—"):
            end += 1
        if end > at:
            end += int(end < len(header) and header[end] in "月年日")
            words.append(header[at:end])
            at = end
            continue
        words.append(char)
        at += 1
    return words


def room_em(width_mm: float, font_pt: float, padding_pt: float) -> float:
    """How many em a line of a column *width_mm* wide holds (as fit_columns reckons it)."""
    return (width_mm - 2 * padding_pt * POINT_MM) / (font_pt * POINT_MM * SAFETY)


def balanced_header(header: str, room: float) -> str:
    """A header too long for a line of *room* em broken in two between words, its lines as
    even as they can be (the longer one first where they differ) — never a last character
    alone on a line; a header that fits, or that already says where it breaks, is kept."""
    if "\n" in header or text_em(header) <= room:
        return header
    words = _header_words(header)
    if len(words) < 2:
        return header
    best = min(range(1, len(words)),
               key=lambda k: (max(text_em("".join(words[:k])), text_em("".join(words[k:]))),
                              -text_em("".join(words[:k]))))
    return "".join(words[:best]) + "\n" + "".join(words[best:])
