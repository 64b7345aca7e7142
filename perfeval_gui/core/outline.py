"""The report's outline (domain README section 6, numbering corrected): one source for the
exporters' headings and the window's narrative editors. Its chapters are the report format's;
the sections under them are the narrative's, each placed by its description in core/model.py."""

from __future__ import annotations

from .form_columns import narrative_sections
from .model import Sections

GOALS_TABLE = "goals_table"
TEAM_TABLE = "team_table"

# the first-level headings, in order, and the table a chapter holds in place of sections
CHAPTERS: list[tuple[str, str | None]] = [
    ("项目概况", None),
    ("项目绩效目标", GOALS_TABLE),
    ("项目评价及绩效分析", None),
    ("存在问题与改进措施", None),
    ("自评小组", TEAM_TABLE),
]


def _outline() -> list[tuple[str, list[tuple[str | None, str]]]]:
    sections = narrative_sections(Sections)
    unplaced = {s.chapter for s in sections} - {name for name, _ in CHAPTERS}
    if unplaced:
        raise ValueError(f"sections under no chapter of the outline: {sorted(unplaced)}")
    return [(name, [(None, table)] if table else
             [(s.heading, s.key) for s in sections if s.chapter == name])
            for name, table in CHAPTERS]


# (first-level heading, [(second-level heading or None, what goes there)])
OUTLINE: list[tuple[str, list[tuple[str | None, str]]]] = _outline()
