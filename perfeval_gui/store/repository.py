"""The report repository: rows in a SQLite file <-> the report model.

One file holds many reports in real tables, so a question such as "all indicators of
2023 below their weight" is one SQL query. Every write is one transaction; the file is
in WAL mode with full sync, so a kill or a power cut never leaves half a report.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..core.interchange import amount_text
from ..core.messages import UserError
from ..core.model import (
    SECTION_KEYS,
    Record,
    Report,
    Sections,
)
from . import schema
from .columns import CHILD_TABLES, ON_REPORT_ROW, record_row, record_values
from .columns import dumps_meta as _dumps
from .columns import loads_meta as _loads

PARTS = ("cover", "funds", "goal", "indicators", "sections", "team")


@dataclass(frozen=True)
class ReportSummary:
    id: int
    year: int
    name: str
    unit: str
    total: Decimal | None
    grade: str
    updated: str
    is_demo: bool
    deleted: str | None


Summary = tuple[Decimal, Decimal, str | None]  # total, rule total, grade (None: no grade)
Summariser = Callable[[Report], Summary | None]


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else amount_text(value)


def _undec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _meta(record: Record) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if record.extra:
        out["extra"] = record.extra
    if record.missing:
        out["missing"] = sorted(record.missing)
    return out


def _apply_meta(record: Record, meta: dict[str, Any] | None) -> None:
    meta = meta or {}
    record.extra = meta.get("extra", {})
    record.missing = set(meta.get("missing", []))


def _single_records(report: Report) -> tuple[tuple[str, Record], ...]:
    """The records kept on the reports row, by the name their meta is stored under."""
    return (("report", report), ("project", report.project), ("evaluation", report.evaluation),
            ("funds", report.funds), ("goal", report.goal), ("sections", report.sections))


class ReportStore:
    """Many reports in one SQLite file."""

    def __init__(self, path: str | Path, summarise: Summariser | None = None) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise UserError(str(self.path), "file.is_directory")
        self._summarise = summarise if summarise is not None else _default_summary
        self.closed = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = Database(self.path)
            self.db.execute("PRAGMA foreign_keys = ON")
            self._check_is_store()
            schema.prepare(self.db, self.path)
            self.db.enable_wal()
            self.db.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError as exc:
            raise UserError(str(self.path), "store.not_store", detail=str(exc)) from None
        except OSError as exc:
            raise UserError(str(self.path), "file.unreadable", detail=str(exc)) from None

    def _check_is_store(self) -> None:
        tables = set(self.db.table_names())
        if tables and "reports" not in tables and "_sqlite_migrations" not in tables:
            raise UserError(str(self.path), "store.not_store", detail=", ".join(sorted(tables)))

    def close(self) -> None:
        self.closed = True
        self.db.close()

    def __enter__(self) -> ReportStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------------------- writing

    def _write(self, action: Callable[[], Any]) -> Any:
        if not self.path.exists():
            # SQLite would go on writing into the deleted file, and the work would be lost
            raise UserError(str(self.path), "store.readonly", detail="file removed")
        try:
            with self.db.atomic():
                return action()
        except sqlite3.OperationalError as exc:
            raise UserError(str(self.path), "store.readonly", detail=str(exc)) from None

    def create(self, report: Report, is_demo: bool = False,
               summary: Summary | None = None) -> int:
        """Add a report; returns its new id. *summary* (total, rule total, grade) spares the
        store scoring a report its caller has just scored."""

        def action() -> int:
            now = _now()
            row = self._report_row(report, summary)
            row.update({"created": now, "updated": now, "is_demo": int(is_demo)})
            report_id = self.db["reports"].insert(row).last_pk
            self._write_children(report_id, report, PARTS)
            return int(report_id)

        return self._write(action)

    def save(self, report_id: int, report: Report, parts: Iterable[str] = PARTS,
             summary: Summary | None = None) -> None:
        """Save a whole report, or just the parts that changed (names from ``PARTS``)."""
        parts = tuple(parts)
        self._require(report_id)

        def action() -> None:
            row = self._report_row(report, summary)
            row["updated"] = _now()
            self.db["reports"].update(report_id, row)
            self._write_children(report_id, report, parts)

        self._write(action)

    def _report_row(self, report: Report,
                    summary: Summary | None = None) -> dict[str, Any]:
        row: dict[str, Any] = {}
        for attr, _cls, prefix in ON_REPORT_ROW:
            row.update(record_row(getattr(report, attr) if attr else report, prefix))
        meta = {name: _meta(record) for name, record in _single_records(report)}
        row["meta"] = _dumps({k: v for k, v in meta.items() if v})
        if summary is None:
            summary = self._summarise(report)
        row.update(_summary_columns(summary))
        return row

    def _write_children(self, report_id: int, report: Report, parts: tuple[str, ...]) -> None:
        lists = {"funds.rows": report.funds.rows, "indicators": report.indicators,
                 "team": report.team}
        part_of = {"funds.rows": "funds", "indicators": "indicators", "team": "team"}
        for key, (table, _cls) in CHILD_TABLES.items():
            if part_of[key] not in parts:
                continue
            self.db.execute(f"DELETE FROM {table} WHERE report_id = ?", [report_id])
            rows = [
                {"report_id": report_id, "position": position, "meta": _dumps(_meta(record)),
                 **record_row(record)}
                for position, record in enumerate(lists[key])
            ]
            if rows:
                self.db[table].insert_all(rows)
        if "sections" in parts:
            self.db.execute("DELETE FROM sections WHERE report_id = ?", [report_id])
            self.db["sections"].insert_all(
                {"report_id": report_id, "key": key, "text": getattr(report.sections, key)}
                for key in SECTION_KEYS
            )

    # ---------------------------------------------------------------------------- reading

    def _require(self, report_id: int) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM reports WHERE id = ?", [report_id]))
        if not rows:
            raise UserError("id", "store.unknown_id", id=report_id)
        return rows[0]

    def load(self, report_id: int) -> Report:
        row = self._require(report_id)
        meta = _loads(row["meta"]) or {}
        report = Report(**record_values(Report, row))
        for attr, cls, prefix in ON_REPORT_ROW[1:]:
            setattr(report, attr, cls(**record_values(cls, row, prefix)))
        texts = dict(
            self.db.execute("SELECT key, text FROM sections WHERE report_id = ?", [report_id])
        )
        report.sections = Sections(**{k: texts.get(k) for k in SECTION_KEYS})
        for name, record in _single_records(report):
            _apply_meta(record, meta.get(name))
        report.funds.rows = self._children(report_id, "funds.rows")
        report.indicators = self._children(report_id, "indicators")
        report.team = self._children(report_id, "team")
        return report

    def _children(self, report_id: int, key: str) -> list[Any]:
        table, cls = CHILD_TABLES[key]
        records = []
        for row in self.db.query(
            f"SELECT * FROM {table} WHERE report_id = ? ORDER BY position", [report_id]
        ):
            record = cls(**record_values(cls, row))
            _apply_meta(record, _loads(row["meta"]))
            records.append(record)
        return records

    def list(
        self,
        year: int | None = None,
        unit: str | None = None,
        search: str | None = None,
        deleted: bool = False,
    ) -> list[ReportSummary]:
        """Stored reports, newest year first; ``deleted=True`` lists the recycle bin."""
        where = ["deleted IS NOT NULL" if deleted else "deleted IS NULL"]
        params: list[Any] = []
        if year is not None:
            where.append("year = ?")
            params.append(year)
        if unit:
            where.append("unit = ?")
            params.append(unit)
        if search:
            where.append("name LIKE ? ESCAPE '\\'")
            escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{escaped}%")
        sql = (
            "SELECT id, year, name, unit, total, grade, updated, is_demo, deleted FROM reports "
            f"WHERE {' AND '.join(where)} ORDER BY year DESC, id"
        )
        return [
            ReportSummary(
                r["id"], r["year"], r["name"] or "", r["unit"] or "", _undec(r["total"]),
                r["grade"] or "", r["updated"], bool(r["is_demo"]), r["deleted"],
            )
            for r in self.db.query(sql, params)
        ]

    def summary_keys(self) -> list[tuple[int, str]]:
        """(id, updated) of every stored report, the recycle bin's included."""
        return [(r[0], r[1]) for r in self.db.execute("SELECT id, updated FROM reports ORDER BY id")]

    def set_summaries(self, items: Iterable[tuple[int, str, Summary | None]]) -> None:
        """Replace cached totals and grades, in one transaction. A report saved since its
        *updated* was read keeps the summary that save wrote (it is the newer one)."""
        items = list(items)

        def guarded() -> None:
            for report_id, updated, summary in items:
                columns = _summary_columns(summary)
                self.db.execute(
                    "UPDATE reports SET total = ?, rule_total = ?, grade = ? WHERE id = ? AND updated = ?",
                    [columns["total"], columns["rule_total"], columns["grade"], report_id, updated])

        self._write(guarded)

    def years(self) -> list[int]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT year FROM reports WHERE deleted IS NULL ORDER BY year DESC"
            )
        ]

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM reports WHERE deleted IS NULL").fetchone()[0]

    # ---------------------------------------------------------------------------- store facts

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM app_meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._write(lambda: self.db["app_meta"].upsert({"key": key, "value": value}, pk="key"))

    def add_demo_once(self, demo: Report) -> int | None:
        """On the first start of an empty store, add the demo report (marked, deletable)."""
        if self.meta("demo_added") or self.count() or self.list(deleted=True):
            return None
        report_id = self.create(demo, is_demo=True)
        self.set_meta("demo_added", _now())
        return report_id

    # ---------------------------------------------------------------------------- life cycle

    def duplicate(self, report_id: int, year: int) -> int:
        """A new report for *year* from an old one: targets kept, actuals and scores cleared."""
        report = self.load(report_id)
        report.year = year
        report.evaluation.date = None
        report.funds.score = None
        for row in report.funds.rows:
            row.adjusted = None
            row.executed = None
        report.goal.achieved = ""
        for indicator in report.indicators:
            indicator.actual = ""
            indicator.score = None
            indicator.deviation = ""
            indicator.score_note = ""
        for key in ("analysis", "fund_adjustment", "management", "problems", "measures"):
            setattr(report.sections, key, None)
        return self.create(report)

    def delete(self, report_id: int) -> None:
        """Move a report to the recycle bin (recoverable until it is emptied)."""
        self._require(report_id)
        self._write(lambda: self.db["reports"].update(report_id, {"deleted": _now()}))

    def restore(self, report_id: int) -> None:
        self._require(report_id)
        self._write(lambda: self.db["reports"].update(report_id, {"deleted": None}))

    def empty_bin(self) -> int:
        def action() -> int:
            ids = [r[0] for r in self.db.execute("SELECT id FROM reports WHERE deleted IS NOT NULL")]
            for table in ("fund_rows", "indicators", "team_members", "sections"):
                self.db.execute(
                    f"DELETE FROM {table} WHERE report_id IN "
                    "(SELECT id FROM reports WHERE deleted IS NOT NULL)"
                )
            self.db.execute("DELETE FROM reports WHERE deleted IS NOT NULL")
            return len(ids)

        return self._write(action)


def _summary_columns(summary: Summary | None) -> dict[str, Any]:
    """The cached total and grade; none at all where the report's profile is unknown here."""
    if summary is None:
        return {"total": None, "rule_total": None, "grade": None}
    total, rule_total, grade = summary
    return {"total": _dec(total), "rule_total": _dec(rule_total), "grade": grade}


def _default_summary(report: Report) -> Summary | None:
    """Total and grade for the list, by the report's own profile (None if it is unknown)."""
    from ..core.profiles import default_library
    from .score_cache import summary_of

    return summary_of(report, default_library())
