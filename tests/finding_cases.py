"""Every finding code of the catalogue, each triggered by its real check on a small report
(no hand-made Finding): shared by the command-line and the panel rendering tests."""

from __future__ import annotations

import re
from collections.abc import Iterator

from perfeval_gui.core.messages import CATALOGUE
from perfeval_gui.core.model import Report

from .core.reports import clean_report
from .core.test_checks import CASES

CHECK_CODES = sorted(code.removeprefix("check.") for code in CATALOGUE if code.startswith("check."))
# the program's own fault: triggered by breaking a real check (see broken_check)
FAULT_CODE = "check_failed"
# Han characters and CJK punctuation: Chinese in an English message
CHINESE_RUN = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+")
# an outline's numbering (三、, (二)) is the user's own writing system, quoted as such
NUMBERING = re.compile(r"^[(（]?[一二三四五六七八九十]+[)）、]?$")


def case_reports(profile) -> Iterator[tuple[str, Report]]:
    """(code, report) for every case: the clean report with one thing changed."""
    for code, (change, _where) in sorted(CASES.items()):
        report = clean_report(profile)
        change(report)
        yield code, report


def user_texts(report: Report, profile) -> list[str]:
    """Everything the user typed (and the profile's group and grade names, printed on the paper form)."""
    import json

    from perfeval_gui.core.interchange import report_to_json

    found: list[str] = [g.level1 for g in profile.groups] + [g.name for g in profile.grades]

    def walk(node: object) -> None:
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str) and key not in ("format", "form", "profile"):
                    found.append(key)  # a monitoring row's cause categories are keys
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(report_to_json(report)))
    return found


def foreign_chinese(message: str, texts: list[str]) -> list[str]:
    """The Chinese runs of an English message that are not the user's own data."""
    return [run for run in CHINESE_RUN.findall(message)
            if not any(run in t for t in texts) and not NUMBERING.match(run)]
