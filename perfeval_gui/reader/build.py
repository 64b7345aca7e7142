"""From a file to a report: find the pieces, assemble a v1 document, and read that document
through the interchange reader, so that an imported Word or Excel file meets exactly the
checks and limits a JSON import meets."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..core.cycle import marked_key, split_deviation
from ..core.form_kinds import DECLARATION, FORM_KINDS, FORMS, MONITORING, SELF_EVALUATION
from ..core.interchange import (
    FORMAT,
    FORMAT_VERSION,
    amount_text,
    json_number,
    read_report_file,
    report_from_json,
)
from ..core.messages import Message, UserError
from ..core.model import Report
from ..core.profiles import default_library, marked_profile
from .header import SCORE, Header, find_headers
from .indicators import IndicatorTable, read_indicators
from .notes import INFO, UNREADABLE, Note, Notes, column_letters, row_place
from .project_block import (
    read_form_wide,
    read_funds,
    read_goal,
    read_grade,
    read_period_end,
    read_project,
    read_team,
    read_year,
)
from .report_body import Body, read_body
from .source import DOCX, JSON, OFFICE_SUFFIXES, XLS, XLSX, BodyParagraph, Source, check_size, sniff

REPORT = "report"  # a kind of file read, not a form: the 自评报告 (it holds a 自评表)
KIND_NAMES = {**{form: kind.short_name for form, kind in FORM_KINDS.items()}, REPORT: "自评报告"}
# the forms of a project's year a kind of file is
_FORMS = {**{form: form for form in FORMS}, REPORT: SELF_EVALUATION}
_BODY_TITLE = re.compile(r"^(.+?)项目\s*\d{4}\s*年(度)?绩效自评报告$")


class NotRecognised(UserError):
    """The file holds no 自评表 or 申报表 (exit 2 on the command line)."""


@dataclass
class Reading:
    report: Report
    kind: str
    notes: list[Note] = field(default_factory=list)
    places: list[Message] = field(default_factory=list)  # where each indicator row was read


_KIND_NAMES = {DOCX: "Word .docx", XLSX: "Excel .xlsx", XLS: "Excel 97–2003 .xls"}


def load_source(path: Path) -> Source:
    """The file as grids and paragraphs; every failure a UserError naming the file."""
    kind = sniff(path)
    check_size(path)
    where = str(path)
    if kind not in (DOCX, XLSX, XLS):
        raise UserError(where, "read.not_office")
    try:
        if kind == DOCX:
            from .docx_source import read_docx

            return read_docx(path)
        from .excel_source import read_xls, read_xlsx

        return read_xlsx(path) if kind == XLSX else read_xls(path)
    except UserError:
        raise
    except Exception as exc:  # a damaged file: each library has its own errors for it
        if kind == XLS and ("BOF record" in str(exc) or "workbook in OLE2" in str(exc)):
            raise UserError(where, "read.not_office") from None
        # the library's words name its internals, not the user's problem
        raise UserError(where, "read.damaged", kind=_KIND_NAMES.get(kind, "")) from None


def read_any_report(path: str | Path) -> Report:
    """A report from any file the app reads — interchange JSON, or a Word or Excel form (its
    notes left out) — told by content: a folder gathered from USB sticks holds all of them."""
    path = Path(path)
    kind = sniff(path)
    if kind in (DOCX, XLSX, XLS):
        return read_file(path).report
    if kind != JSON and path.suffix.lower() in OFFICE_SUFFIXES:  # an HTML page saved as .xls
        raise UserError(str(path), "read.not_office")
    return read_report_file(path)


def read_file(path: str | Path) -> Reading:
    """Recognise the 自评表 / 申报表 / 自评报告 in a .docx, .xlsx or .xls file."""
    path = Path(path)
    return read_source(load_source(path))


def _best_header(source: Source, notes: Notes) -> Header | None:
    headers = [h for grid in source.grids for h in find_headers(grid)]
    if not headers:
        return None
    best = max(headers, key=lambda h: h.quality)  # max keeps the first of equals
    others = sum(1 for h in headers if h is not best and h.quality == best.quality)
    if others:
        notes.add(INFO, best.grid.name, "more_tables", count=others)
    return best


def read_source(source: Source) -> Reading:
    notes = Notes()
    for grid in source.grids:
        if grid.truncated:
            notes.add(INFO, grid.name, "truncated")
        for row, column in grid.uncalculated:  # said, not passed off as a blank the user left
            notes.add(UNREADABLE, row_place(grid, row), "formula_unset", column=column_letters(column))
    header = _best_header(source, notes)
    if header is None:
        raise NotRecognised(str(source.path), "read.no_table")
    if header.form == DECLARATION and _funds_to_date(source):
        header.form = MONITORING  # its indicator header is a bare target table; its funds are not
    table = read_indicators(header, notes, _cause_categories() if header.form == MONITORING else ())
    paragraphs = [p for p in source.body if isinstance(p, BodyParagraph)]
    body = read_body(paragraphs, notes)
    if body.headings >= 2:
        kind = REPORT
    elif header.form == SELF_EVALUATION:
        kind = SELF_EVALUATION
    else:
        kind = header.form  # MONITORING, DECLARATION
    document = _document(source, header, table, body, notes, _FORMS[kind])
    report = report_from_json(json.dumps(document, ensure_ascii=False, default=_number))
    return Reading(report, kind, notes.items, [row.place for row in table.rows])


def _funds_to_date(source: Source) -> bool:
    """The funds give 1–N 月执行数 or 全年预计执行数: a monitoring form, whatever its indicator
    header (a form that reports the mid-year on its funds alone is no declaration)."""
    rows = read_funds(source.grids, Notes()).rows  # its notes come when the document is built
    return any(row.get(key) is not None for row in rows for key in ("executed_to_date", "projected"))


def _cause_categories() -> tuple[str, ...]:
    """The 偏差原因 categories any profile names (the file does not say which profile it was
    made under): a cause cell's line naming one ticks it."""
    names: dict[str, None] = {}
    for profile in default_library().profiles.values():
        names.update(dict.fromkeys(profile.monitoring.cause_categories))
    return tuple(names)


def _number(value: Any) -> Any:
    if isinstance(value, Decimal):
        return json_number(value)
    raise TypeError(type(value).__name__)


def _texts(source: Source, body: Body) -> list[str]:
    """Titles first: the paragraphs, then the top rows of every grid."""
    cells = [t for grid in source.grids for row in grid.rows[:12] for t in row if t]
    return [*body.texts, *cells]


def _reason_apart(values: dict[str, Any], form: str) -> dict[str, Any]:
    """A 自评表 row's 偏差原因 cell read back: the 调整原因 printed in it (cycle.printed_deviation)
    is the row's ``target_reason`` again, the rest its deviation."""
    cell = values.get("deviation")
    if form != SELF_EVALUATION or not isinstance(cell, str):
        return values
    deviation, reason = split_deviation(cell)
    return {**values, "deviation": deviation, "target_reason": reason} if reason else values


def _document(source: Source, header: Header, table: IndicatorTable, body: Body,
              notes: Notes, form: str) -> dict[str, Any]:
    grids = source.grids
    texts = _texts(source, body)
    year = read_year(texts)
    if year is None:
        year = date.today().year - 1
        notes.add(INFO, None, "year_assumed", year=year)
    found = read_project(grids)
    project: dict[str, str] = {**body.cover.get("project", {})}
    for key in ("name", "department", "department_code", "implementing_unit"):
        if found.get(key):
            project[key] = found[key]
    if not (project.get("unit") or "").strip():
        # the 自评表 names the 实施单位 and the 主管部门, not the 自评项目单位: the unit doing the
        # project is the one evaluating it, else the department over it
        unit = (project.get("implementing_unit") or "").strip() or (project.get("department") or "").strip()
        if unit:
            project["unit"] = unit
    if not project.get("name"):
        title = next((m.group(1) for t in body.texts if (m := _BODY_TITLE.match(t))), None)
        if title:
            project["name"] = title
        else:
            project["name"] = source.path.stem
            notes.add(INFO, None, "name_from_file", name=source.path.stem)
    evaluation: dict[str, str] = {**body.cover.get("evaluation", {})}
    for key in ("contact", "phone"):
        if found.get(key) and not evaluation.get(key):
            evaluation[key] = found[key]
    doc: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION, "year": year,
                           "project": project}
    profile = marked_profile(source.category)
    if profile is not None:  # our own export: the rules it was filled in by, if this PC has them
        if profile in default_library().profiles:
            doc["profile"] = profile
        else:
            notes.add(INFO, None, "profile_unknown", profile=profile)
    if form != SELF_EVALUATION:
        doc["form"] = form
    key = marked_key(source.keywords)
    if key is not None:  # our own export: the project its other forms belong to
        doc["project_key"] = key
    if form == MONITORING:
        period = read_period_end([*texts, *header.grid.rows[header.row]], year)
        if period:
            doc["period_end"] = period
        doc.update(read_form_wide(header.grid, header.row))
    if body.kinds:
        doc["evaluation_kinds"] = sorted(set(body.kinds), key=["process", "outcome"].index)
    if evaluation:
        doc["evaluation"] = evaluation
    funds = read_funds(grids, notes)
    if funds.rows:
        rows = funds.rows
        if form == DECLARATION:  # a 申报表's figures, under whatever header, are what it asks
            rows = [{("requested" if k == "initial" else k): v for k, v in row.items()} for row in rows]
        funds_doc: dict[str, Any] = {"rows": [
            {k: (amount_text(v) if isinstance(v, Decimal) else v) for k, v in row.items()}
            for row in rows]}
        if funds.weight is not None:
            funds_doc["weight"] = funds.weight
        if funds.score is not None:
            funds_doc["score"] = funds.score
        doc["funds"] = funds_doc
    goal = read_goal(grids)
    if goal:
        doc["goal"] = goal
    doc["indicators"] = [{**_reason_apart(r.values, form), **({} if r.applicable else {"applicable": False})}
                         for r in table.rows]
    if body.sections:
        doc["sections"] = body.sections
    team = read_team(grids)
    if team:
        doc["team"] = team
    if form != SELF_EVALUATION:
        return doc  # no points, no grade: nothing printed to hold against our figures
    printed: dict[str, Any] = {}
    if table.printed_total is not None:
        printed["total"] = table.printed_total
    grade = read_grade(body.texts, grids)
    if grade:
        printed["grade"] = grade
    if funds.rate:
        printed["funds_rate"] = funds.rate
    if SCORE in header.columns and table.rows:
        # a row without its 得分 cell (a short row under a wide header) printed none
        printed["scores"] = [r.values.get(SCORE) for r in table.rows]
    if printed:
        doc["printed"] = printed
    return doc
