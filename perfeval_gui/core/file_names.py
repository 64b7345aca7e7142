"""The names a report goes by: its title and the file name it is offered under when it is
exported, printed or saved as JSON.

Project names are often typed with the year and the word 项目 already in them
("2024年农村饮水安全维修养护项目"): both are composed here so that neither is said twice.
"""

from __future__ import annotations

import re

from .model import Report, text

_FORBIDDEN = set('\\/:*?"<>|')  # what Windows refuses in a file name
PROJECT_WORD = "项目"


def _leading_year(name: str, year: int) -> str:
    """The name without the evaluated year it starts with ('2024年…', '2024 …', '2024-…')."""
    return re.sub(rf"^\s*{year}\s*(年度|年)?\s*[-_—、 ]?\s*", "", name, count=1)


def project_title(report: Report) -> str:
    """The project's name ending once in 项目: '农村饮水安全维修养护项目'."""
    name = text(report.project.name).strip()
    if not name:
        return ""
    return name if name.endswith(PROJECT_WORD) else name + PROJECT_WORD


def report_title(report: Report) -> str:
    """'农村饮水安全维修养护项目2024年绩效自评报告' (the paper's order: 项目名称 + 年度 +
    绩效自评报告) whether or not the typed name already holds the year or 项目."""
    return f"{_leading_year(project_title(report), report.year)}{report.year}年绩效自评报告"


def safe_file_name(report: Report) -> str:
    """'2023-重大敏感时期值班接访': the year and the project (the year once, even where the name
    starts with it), safe on every system, at most 80 characters (the folder a user picks may
    already be deep)."""
    project = _leading_year(text(report.project.name).strip(), report.year) or "report"
    name = f"{report.year}-{project}"
    return "".join("_" if c in _FORBIDDEN else c for c in name)[:80]
