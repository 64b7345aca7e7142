"""The body of a 自评报告 (.docx): the cover's fields, and its headings (一、二、… and
(一)(二)…) mapped onto the report's sections, each section taking the text under it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..core.form_columns import narrative_sections
from ..core.model import Sections
from ..core.numbering import DIGITS
from .header import header_key
from .notes import INFO, Notes
from .source import BodyParagraph

_NUM = f"[{DIGITS}十]+"
H1 = re.compile(rf"^\s*({_NUM})\s*[、.．]\s*(.+)$")
H2 = re.compile(rf"^\s*[（(]\s*({_NUM})\s*[）)]\s*[、.．]?\s*(.+)$")
MAX_HEADING = 40
_INLINE = re.compile(r"^(.{2,24}?)[：:。]\s*(.+)$", re.S)
_STYLE_LEVEL = re.compile(r"(?:Heading|标题)\s*([12])")

# heading words -> section; the first match wins: each section's words as core/model.py gives
# them (the sections whose words are broad after the others), then the chapters that hold no
# section of their own (a table's)
_SECTIONS = narrative_sections(Sections)
_SECTION_WORDS: list[tuple[str, str | None]] = [
    *((word, s.key) for last in (False, True) for s in _SECTIONS if s.read_last == last
      for word in s.reads),
    ("绩效目标", None), ("项目目标", None), ("自评小组", None), ("评价小组", None),
    ("评价工作组", None), ("工作组", None),
]
# what our own export prints under the analysis: the total and its note, not the user's text
# (narrative.total_sentence; before it, "自评总分 X 分（按评分规则计算 Y 分），评价等级为…")
_OUR_TOTAL = re.compile(
    r"^自评总分\s*[\d.]+\s*分（按评分规则计算\s*[\d.]+\s*分），(评价等级为|不评定等级)"
    r"|^该项目自评总分\s*[\d.]+\s*分(，评价等级为“.”|；分值合计\s*[\d.]+，应为\s*100，不评定等级)"
    r"(；按评分规则计算为\s*[\d.]+\s*分|；按评分规则计算的总分待判定（\d+\s*项定性指标待判定）)?。$"
    r"|^该项目自评总分待判定（\d+\s*项定性指标待判定且未填得分），评价等级待判定后确定。$")

_COVER: dict[str, tuple[str, str]] = {
    "自评项目名称": ("project", "name"), "项目名称": ("project", "name"),
    "自评项目单位": ("project", "unit"), "项目单位": ("project", "unit"),
    "项目主管部门": ("project", "department"), "主管部门": ("project", "department"),
    "项目单位法人代码": ("project", "credit_code"), "法人代码": ("project", "credit_code"),
    "统一社会信用代码": ("project", "credit_code"),
    "评价工作组负责人": ("evaluation", "leader"), "评价组负责人": ("evaluation", "leader"),
    "联系人": ("evaluation", "contact"), "联系电话": ("evaluation", "phone"),
    "评价时间": ("evaluation", "date"),
}
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_REGION_TITLE = re.compile(r"^(.*?)财政支出项目绩效自评报告$")


@dataclass
class Body:
    sections: dict[str, str] = field(default_factory=dict)
    headings: int = 0  # headings mapped onto a section
    cover: dict[str, dict[str, str]] = field(default_factory=dict)
    kinds: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # every paragraph, for the year and the grade


def section_of(title: str) -> tuple[bool, str | None]:
    """(known, section key) for a heading's title; known with None: a table's heading."""
    key = header_key(title)
    for word, section in _SECTION_WORDS:
        if word in key:
            return True, section
    return False, None


def heading(paragraph: BodyParagraph) -> tuple[int, str, str] | None:
    """(level, title, text written on the heading's own line after it) or None.

    A heading is a numbered short line (一、… / （一）…), a numbered known title with its text
    run on after a colon or full stop (（二）项目资金调整情况：无调整。), or a short paragraph
    in Word's heading style."""
    text = paragraph.text
    alone = len(text) <= MAX_HEADING and not text.endswith(("。", "；", ";")) and "\n" not in text
    for level, pattern in ((1, H1), (2, H2)):
        match = pattern.match(text)
        if match:
            title = match.group(2).strip()
            if alone:
                return level, title, ""
            inline = _INLINE.match(title)
            if inline and section_of(inline.group(1))[1] is not None:
                return level, inline.group(1), inline.group(2).strip()
            return None
    styled = _STYLE_LEVEL.fullmatch(paragraph.style)
    if styled and alone:
        return int(styled.group(1)), text, ""
    return None


def read_body(paragraphs: list[BodyParagraph], notes: Notes) -> Body:
    body = Body()
    current: str | None = None
    started = False
    lines: dict[str, list[str]] = {}
    after_total = False
    for paragraph in paragraphs:
        text = paragraph.text
        body.texts.append(text)
        found = heading(paragraph)
        if found is not None:
            level, title, rest = found
            known, section = section_of(title)
            if rest and section == current and lines.get(section):
                found = None  # a numbered point inside the section it belongs to: its text
        if found is not None:
            if known or level == 1:
                started = True
                current = section
                if section is not None:
                    body.headings += 1
                    lines.setdefault(section, [])
                    if rest:
                        lines[section].append(rest)
                elif not known:
                    notes.add(INFO, None, "section_unmapped", heading=text)
                continue
        if not started:
            _cover_line(text, body)
            continue
        if _OUR_TOTAL.match(text):
            after_total = True
            continue
        if after_total and text.startswith("注："):
            continue
        after_total = False
        if current is not None:
            lines[current].append(text)
    body.sections = {k: "\n".join(v) for k, v in lines.items() if v}
    return body


def _cover_line(text: str, body: Body) -> None:
    title = _REGION_TITLE.match(text)
    if title:
        body.cover.setdefault("project", {})["region"] = title.group(1)
        return
    if "评价项目类型" in text or "☑" in text:
        for word, kind in (("过程", "process"), ("结果", "outcome")):
            if re.search(rf"[☑■√✓✔]\s*\S*{word}", text):
                body.kinds.append(kind)
    parts = re.split(r"[：:]", text, maxsplit=1)
    if len(parts) != 2:
        return
    target = _COVER.get(header_key(parts[0]))
    if target is None:
        return
    value = parts[1].replace("(签章)", "").replace("（签章）", "").strip()
    if target[1] == "date":
        match = _DATE.search(value)
        value = f"{int(match[1]):04d}-{int(match[2]):02d}-{int(match[3]):02d}" if match else ""
    if value:
        body.cover.setdefault(target[0], {}).setdefault(target[1], value)
