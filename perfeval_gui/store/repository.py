"""The report repository: rows in a SQLite file <-> the report model.

One file holds many reports in real tables, so a question such as "all indicators of
2023 below their weight" is one SQL query. Every write is one transaction; the file is
in WAL mode with full sync, so a kill or a power cut never leaves half a report.
"""

from __future__ import annotations

import copy
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core import cycle, paths, unfinished
from ..core.changes import LIST_PATHS, Change, everything, give_unique_ids
from ..core.forms import SELF_EVALUATION
from ..core.interchange import amount_text, fingerprint
from ..core.limits import check_report
from ..core.messages import UserError
from ..core.model import (
    SECTION_KEYS,
    Record,
    Report,
    Sections,
    new_row_id,
)
from ..core.next_year import NextYear, next_year_report, unit_and_name
from ..core.profiles import default_library
from ..core.project_chain import ReportFacts, chain_places
from ..core.summary import Figures, row_of, summary_of
from . import health, private_files, schema_version
from .columns import (
    CHILD_TABLES,
    ON_REPORT_ROW,
    columns,
    flat_specs,
    from_column,
    record_row,
    record_values,
)
from .columns import dumps_meta as _dumps
from .columns import loads_meta as _loads
from .sqlite_utils_private import MIGRATIONS_TABLE

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..core.summary import Figures, SummaryRow

    Summary = Figures  # total, rule total, grade (None: no grade), funds, finding counts

# a single field's path -> its column on the reports row (sections live in their own table)
COLUMN_OF = {
    (f"{attr}.{name}" if attr else name): column
    for attr, cls, prefix in ON_REPORT_ROW for name, column in columns(cls, prefix).items()
}
ON_REPORT_ROW_SPECS = [(spec, prefix) for _attr, cls, prefix in ON_REPORT_ROW for spec in flat_specs(cls)]
# the figures kept with each report (core.summary.Figures), so that a summary of a year reads
# them instead of every report: the list's total and grade, and the 汇总's columns
SUMMARY_COLUMNS = ("total", "rule_total", "grade", "budget", "executed", "rate", "errors", "warnings")


class RevisionConflict(UserError):
    """The report was saved elsewhere since this copy was read: merge before saving."""

    def __init__(self, report_id: int, revision: int) -> None:
        super().__init__(f"id {report_id}", "store.conflict", revision=revision)
        self.revision = revision


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
    # the annual cycle: which form, the project it belongs to, the report it continues
    form: str = SELF_EVALUATION
    project_key: str = ""
    previous_id: int | None = None


Summariser = Callable[[Report], "Summary | None"]


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else amount_text(value)


def _undec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _listed_total(value: Any) -> Decimal | None:
    """A kept total for the list; one that does not read is shown as none (the report's
    problem is said where it is opened), never an error for the whole list."""
    try:
        return _undec(value)
    except ArithmeticError:
        return None


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
        if self.path.exists() and self.path.stat().st_size == 0 and not _wal_of(self.path).exists():
            raise UserError(str(self.path), "store.empty_file")  # never turned into a store
        self._summarise = summarise if summarise is not None else _default_summary
        self.closed = False
        before = private_files.present(self.path)
        # a new store is written down until it has its tables: a kill before that leaves an
        # empty file, which the next start removes (else it is refused as "an empty file")
        new = "" not in before
        with unfinished.journal("new store", only_empty=[str(self.path)]) if new else nullcontext():
            self._open(before)

    def _open(self, before: set[str]) -> None:
        try:
            private_files.private_folder(self.path.parent)
            private_files.create_private(self.path)
            self.conn = sqlite3.connect(str(self.path))
            self._db: Database | None = None
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._check_is_store()
            if not schema_version.is_current(self.conn):
                from . import schema  # sqlite-utils' migrations: only when there is one to run

                schema.prepare(self.db, self.path)
            if self.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                self.conn.execute("PRAGMA journal_mode = wal")
            self.conn.execute("PRAGMA synchronous = FULL")
        except (sqlite3.DatabaseError, OSError) as exc:
            problem = health.explain(exc, str(self.path))  # before the cleanup changes the files
            if hasattr(self, "conn"):
                self.conn.close()
            private_files.remove_empty_made(self.path, before)
            raise problem from None
        except BaseException:
            if hasattr(self, "conn"):
                self.conn.close()
            private_files.remove_empty_made(self.path, before)
            raise

    read_only_reason: UserError | None = None  # set where the store is opened read-only

    @classmethod
    def read_only(cls, path: str | Path, reason: UserError) -> ReportStore:
        """A store that cannot be written (a read-only file or folder), opened for reading
        only: nothing is migrated in it or written to it; *reason* says why. An older store is
        read from a copy in memory brought up to date (writes to it are refused all the same)."""
        store = cls.__new__(cls)
        store.path, store._summarise, store.closed = Path(path), _default_summary, False
        store.read_only_reason, store._db = reason, None
        try:
            conn = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
            store.conn = conn
            store._check_is_store()
            if not schema_version.is_current(conn):
                from . import schema

                store.conn = sqlite3.connect(":memory:")
                conn.backup(store.conn)
                conn.close()
                schema.prepare(store.db, None)
                store.conn.execute("PRAGMA query_only = ON")
        except sqlite3.DatabaseError as exc:
            raise health.explain(exc, str(store.path)) from None
        return store

    @classmethod
    def as_found(cls, path: str | Path) -> ReportStore:
        """A store read as it is — no migration, nothing written: to rescue a damaged one."""
        store = cls.__new__(cls)
        store.path, store._summarise, store.closed = Path(path), _default_summary, False
        store.conn, store._db = sqlite3.connect(store.path, timeout=10), None
        return store

    @property
    def db(self) -> Database:
        """sqlite-utils over the store's connection, made when a write first needs it: reading
        (all a start does) goes straight to SQLite and spares the start importing it."""
        if self._db is None:
            from sqlite_utils import Database

            # no sqlite-utils plugins: loading them scans every installed package's entry
            # points (0.05–0.1 s), and none may change the store's connection
            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def query(self, sql: str, params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts (what sqlite-utils' query gives), from the connection itself."""
        cursor = self.conn.execute(sql, list(params))
        keys = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction; nested, a savepoint (sqlite-utils' atomic(), without importing it)."""
        if self.conn.in_transaction:
            savepoint = f"s{uuid.uuid4().hex}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield
            self.conn.commit()
        except BaseException:
            if self.conn.in_transaction:  # a failed action, or a failed commit: nothing kept
                self.conn.rollback()
            raise

    def _check_is_store(self) -> None:
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "reports" not in tables and MIGRATIONS_TABLE not in tables:
            raise UserError(str(self.path), "store.not_store", detail=", ".join(sorted(tables)))

    def close(self) -> None:
        self.closed = True
        self.conn.close()

    def quick_check(self) -> UserError | None:
        """None where SQLite finds the file sound; else the problem (store.damaged)."""
        try:
            problems = [r[0] for r in self.conn.execute("PRAGMA quick_check")]
        except sqlite3.DatabaseError as exc:
            return health.explain(exc, str(self.path))
        if problems == ["ok"]:
            return None
        return UserError(str(self.path), "store.damaged", detail="; ".join(problems[:3]))

    def __enter__(self) -> ReportStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------------------- writing

    @contextmanager
    def _lightly(self, durable: bool) -> Iterator[None]:
        """Writes without an fsync of their own where not *durable* (see write_immediately)."""
        try:
            light = not durable and not self.conn.in_transaction
            if light:
                self.conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:  # a closed store, as the write itself would say
            raise health.explain(exc, str(self.path)) from None
        try:
            yield
        finally:
            if light:
                self.conn.execute("PRAGMA synchronous = FULL")

    def _write(self, action: Callable[[], Any], durable: bool = True) -> Any:
        if not self.path.exists():
            # SQLite would go on writing into the deleted file, and the work would be lost
            raise UserError(str(self.path), "store.readonly", detail="file removed")
        try:
            with self._lightly(durable), self._transaction():
                return action()
        except sqlite3.IntegrityError:
            raise  # a fault of the program, not of the file: the crash guard reports it
        except sqlite3.DatabaseError as exc:
            raise health.explain(exc, str(self.path)) from None

    def _update(self, report_id: int, row: dict[str, Any]) -> None:
        """Set the columns of *row* on one report's row (inside a write)."""
        if row:
            self.conn.execute(f"UPDATE reports SET {', '.join(f'{c} = ?' for c in row)} WHERE id = ?",
                              [*row.values(), report_id])

    def write_immediately(self, action: Callable[[], Any], durable: bool = True) -> Any:
        """A write that reads first (a hold, a revision): BEGIN IMMEDIATE, so no other
        process writes between the read and the write. Not *durable*: a write a power cut may
        lose at no cost (a window's hold dies with the window): atomic all the same, without
        an fsync of its own (each costs a start ~10 ms; the next durable write syncs it)."""
        with self._lightly(durable):
            return self._write_immediately(action)

    def _write_immediately(self, action: Callable[[], Any]) -> Any:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise health.explain(exc, str(self.path)) from None
        try:
            result = action()
        except sqlite3.IntegrityError:
            self.conn.rollback()
            raise  # a fault of the program, not of the file
        except sqlite3.DatabaseError as exc:  # a store that cannot be written, say
            self.conn.rollback()
            raise health.explain(exc, str(self.path)) from None
        except BaseException:
            self.conn.rollback()
            raise
        try:
            self.conn.commit()
        except sqlite3.DatabaseError as exc:
            self.conn.rollback()
            raise health.explain(exc, str(self.path)) from None
        return result

    def create(self, report: Report, is_demo: bool = False,
               summary: Summary | None = None, report_id: int | None = None) -> int:
        """Add a report; returns its new id (*report_id* where given: a rescue keeps the ids).
        *summary* (total, rule total, grade) spares the store scoring a report its caller has
        just scored. A report beyond the format's limits is refused (UserError naming the
        field), nothing written: the store never keeps what ``load`` would refuse to give back."""
        check_report(copy.deepcopy(report))  # a copy: the check tidies texts in place

        def action() -> int:
            now = _now()
            row = self._report_row(report, summary)
            row.update({"created": now, "updated": now, "is_demo": int(is_demo)})
            if report_id is not None:
                row["id"] = report_id
            new_id = self.conn.execute(
                f"INSERT INTO reports ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values())).lastrowid
            self._write_children(new_id, report, everything(report))
            return int(new_id)

        return self._write(action)

    def create_many(self, reports: Iterable[Report]) -> list[int]:
        """Add several reports in one transaction: all of them, or — on any failure, a kill
        or a power cut included — none (an archive is never half imported)."""
        reports = list(reports)
        for report in reports:
            check_report(copy.deepcopy(report))  # every refusal before anything is written
        return self._write(lambda: [self.create(report) for report in reports])

    def same_as(self, report: Report) -> int | None:
        """The id of a live stored report with the same fingerprint (the same data), or None.
        Only reports of the same project name and year are loaded to compare."""
        wanted = fingerprint(report)
        rows = self.conn.execute("SELECT id FROM reports WHERE deleted IS NULL AND year IS ? "
                                 "AND name IS ? ORDER BY id", [report.year, report.project.name])
        for (report_id,) in rows.fetchall():
            try:
                if fingerprint(self.load(report_id)) == wanted:
                    return int(report_id)
            except UserError:
                continue  # a stored report that cannot be read is no duplicate of anything
        return None

    def same_form(self, report: Report) -> list[int]:
        """The live stored reports of *report*'s project holding its form for its year (a file
        this app wrote, carrying its project key, brought in again): their ids, oldest first.
        None for a report without a project key: nothing says which project it is."""
        if not report.project_key:
            return []
        rows = self.conn.execute(
            "SELECT id FROM reports WHERE deleted IS NULL AND project_key = ? AND year IS ? "
            "AND COALESCE(NULLIF(form, ''), ?) = ? ORDER BY id",
            [report.project_key, report.year, SELF_EVALUATION, report.form or SELF_EVALUATION])
        return [int(r[0]) for r in rows.fetchall()]

    def save(self, report_id: int, report: Report, change: Change | None = None,
             summary: Summary | None = None, base_revision: int | None = None) -> int:
        """Write what *change* names (the whole report where it is None); returns the report's
        new revision. With *base_revision*, a report saved elsewhere since that revision is
        not written: RevisionConflict says so (the caller merges and saves again)."""
        self._require(report_id)
        change = everything(report) if change is None else change

        def action() -> int:
            where, params = "id = ?", [report_id]
            if base_revision is not None:
                where, params = "id = ? AND revision = ?", [report_id, base_revision]
            updated = self.conn.execute(
                f"UPDATE reports SET revision = revision + 1, updated = ? WHERE {where}",
                [_now(), *params])
            if updated.rowcount == 0:
                raise RevisionConflict(report_id, self.revision(report_id))
            full = self._report_row(report, summary)
            singles = change.single_fields()
            row = {COLUMN_OF[p]: full[COLUMN_OF[p]] for p in singles if p in COLUMN_OF}
            if singles:
                row["meta"] = full["meta"]
            row.update({c: full[c] for c in SUMMARY_COLUMNS})
            self._update(report_id, row)
            self._write_children(report_id, report, change)
            return self.revision(report_id)

        return self._write(action)

    def set_facts(self, report_id: int, facts: dict[str, Any]) -> None:
        """A report's history as another store kept it (a rescue): when it was made and last
        changed, its revision, its bin date, whether it is the demo, its earlier year."""
        allowed = {"created", "updated", "revision", "deleted", "is_demo", "previous_id"}
        row = {k: v for k, v in facts.items() if k in allowed}
        self._require(report_id)
        self._write(lambda: self._update(report_id, row))

    def revision(self, report_id: int) -> int:
        row = self.conn.execute("SELECT revision FROM reports WHERE id = ?", [report_id]).fetchone()
        if row is None:
            raise UserError("id", "store.unknown_id", id=report_id)
        return int(row[0] or 0)

    def load_revisioned(self, report_id: int) -> tuple[Report, int]:
        """A report and the revision it is at, read from one snapshot of the file."""
        self.conn.execute("BEGIN")
        try:
            return self.load(report_id), self.revision(report_id)
        finally:
            self.conn.rollback()

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

    def _write_children(self, report_id: int, report: Report, change: Change) -> None:
        """Only the rows the change names (``rows_written``), and the sections it names."""
        for key in LIST_PATHS:
            rows_written(self.conn, report_id, key, paths.get(report, key), change)
        keys = [p.split(".", 1)[1] for p in change.single_fields() if p.startswith("sections.")]
        if keys:
            self.conn.executemany(
                "INSERT INTO sections (report_id, key, text) VALUES (?, ?, ?) "
                "ON CONFLICT (report_id, key) DO UPDATE SET text = excluded.text",
                [(report_id, key, getattr(report.sections, key)) for key in SECTION_KEYS if key in keys])

    # ---------------------------------------------------------------------------- reading

    def _require(self, report_id: int) -> dict[str, Any]:
        rows = list(self.query("SELECT * FROM reports WHERE id = ?", [report_id]))
        if not rows:
            raise UserError("id", "store.unknown_id", id=report_id)
        return rows[0]

    def load(self, report_id: int) -> Report:
        """A report; a page of it that cannot be read is a UserError naming the damage."""
        try:
            return self._load(report_id)
        except sqlite3.DatabaseError as exc:
            raise health.explain(exc, str(self.path)) from None
        except (ValueError, TypeError, ArithmeticError) as exc:
            # a value no field can hold (written by hand, or by a damaged disk): this report
            # does not open, the others do
            raise UserError(str(self.path), "store.bad_report", id=report_id,
                            detail=self._bad_value(report_id) or type(exc).__name__) from None

    def _bad_value(self, report_id: int) -> str | None:
        """The first column of a report's row, or of its lists' rows, whose value does not read."""
        return self.unreadable(report_id).get(report_id)

    def unreadable(self, report_id: int | None = None, lists: bool = True) -> dict[int, str]:
        """Reports (all, or *report_id*) with a value no field can hold, each with the first
        such column and value: the rows of the reports table, and of their lists where *lists*.
        One bad report must never keep the others from being listed or opened."""
        where, params = ("WHERE id = ?", [report_id]) if report_id is not None else ("", [])
        bad: dict[int, str] = {}
        for row in self.query(f"SELECT * FROM reports {where}", params):
            problem = _row_problem("reports", ON_REPORT_ROW_SPECS, row)
            if problem:
                bad[row["id"]] = problem
        if not lists:
            return bad
        where = where.replace("id", "report_id")
        for table, cls in CHILD_TABLES.values():
            field_specs = [(spec, "") for spec in flat_specs(cls)]
            for row in self.query(f"SELECT * FROM {table} {where}", params):
                if row["report_id"] not in bad:
                    problem = _row_problem(table, field_specs, row)
                    if problem:
                        bad[row["report_id"]] = problem
        return bad

    def raw(self, report_id: int) -> dict[str, Any]:
        """A report's rows as they are stored, whether or not they make a report: what a
        report that does not open can still be exported as."""
        out: dict[str, Any] = {"report": self._require(report_id)}
        for table, _cls in CHILD_TABLES.values():
            out[table] = list(self.query(f"SELECT * FROM {table} WHERE report_id = ? ORDER BY position",
                                          [report_id]))
        out["sections"] = list(self.query("SELECT key, text FROM sections WHERE report_id = ?",
                                           [report_id]))
        return out

    def _load(self, report_id: int) -> Report:
        row = self._require(report_id)
        meta = _loads(row["meta"]) or {}
        report = Report(**record_values(Report, row))
        for attr, cls, prefix in ON_REPORT_ROW[1:]:
            setattr(report, attr, cls(**record_values(cls, row, prefix)))
        texts = dict(
            self.conn.execute("SELECT key, text FROM sections WHERE report_id = ?", [report_id])
        )
        report.sections = Sections(**{k: texts.get(k) for k in SECTION_KEYS})
        for name, record in _single_records(report):
            _apply_meta(record, meta.get(name))
        for list_path in CHILD_TABLES:
            paths.set_value(report, list_path, self._children(report_id, list_path))
        return check_report(report)  # the same limits as a file: what loads can be shown and exported

    def _children(self, report_id: int, key: str) -> list[Any]:
        table, cls = CHILD_TABLES[key]
        records = []
        for row in self.query(
            f"SELECT * FROM {table} WHERE report_id = ? ORDER BY position", [report_id]
        ):
            # a store read before its migration (rescue) has no row ids yet: new ones
            record = cls(**record_values(cls, row), row_id=row.get("uid") or new_row_id())
            _apply_meta(record, _loads(row["meta"]))
            records.append(record)
        return records

    def list(
        self,
        year: int | None = None,
        unit: str | None = None,
        search: str | None = None,
        deleted: bool = False,
        demo: bool = True,
    ) -> list[ReportSummary]:
        """Stored reports, newest year first; ``deleted=True`` lists the recycle bin; not *demo*:
        without the 示例 report (a summary or an archive leaves it out unless asked)."""
        where = ["deleted IS NOT NULL" if deleted else "deleted IS NULL"]
        if not demo:
            where.append("is_demo = 0")
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
            "SELECT id, year, name, unit, total, grade, updated, is_demo, deleted, form, "
            f"project_key, previous_id FROM reports WHERE {' AND '.join(where)} ORDER BY year DESC, id"
        )
        return [
            ReportSummary(
                r["id"], r["year"], r["name"] or "", r["unit"] or "", _listed_total(r["total"]),
                r["grade"] or "", r["updated"], bool(r["is_demo"]), r["deleted"],
                r["form"] or SELF_EVALUATION, r["project_key"] or "", r["previous_id"],
            )
            for r in self.query(sql, params)
        ]

    def summary_keys(self) -> list[tuple[int, str]]:
        """(id, updated) of every stored report, the recycle bin's included."""
        return [(r[0], r[1]) for r in self.conn.execute("SELECT id, updated FROM reports ORDER BY id")]

    def summary_rows(self, year: int, kept: bool = True,
                     demo: bool = False) -> tuple[list[SummaryRow], list[tuple[int, str]]]:
        """The 汇总 of a year from the figures kept with each report, in one query; and
        (id, updated) of the reports whose figures are missing (to be computed by the caller).
        Not *kept*: the kept figures are stale (see score_cache.is_stale), all are missing.
        The 示例 report is left out unless *demo*: it is no unit's work. A year may hold 100,000
        reports: each row is read straight from its tuple (a dict per row and an import per row
        were half of the page's time). Self-evaluations only: the 汇总 is one line per 自评表
        (core.summary.report_row says why)."""
        rows, missing = [], []
        cursor = self.conn.execute(
            f"SELECT id, year, unit, department, name, updated, {', '.join(SUMMARY_COLUMNS)} "
            f"FROM reports WHERE deleted IS NULL AND year = ? AND form = ? "
            f"{'' if demo else 'AND is_demo = 0'} ORDER BY id", [year, SELF_EVALUATION])
        for (report_id, row_year, unit, department, name, updated, *kept_figures) in cursor:
            figures = _figures(kept_figures, Figures) if kept else None
            if figures is None:
                missing.append((report_id, updated))
            else:
                rows.append(row_of(report_id, row_year, unit or "", department or "", name or "", figures))
        return rows, missing

    def form_ids(self, year: int, form: str, demo: bool = False) -> list[int]:
        """The ids of a year's stored reports of one *form*, in the order stored (the
        monitoring 汇总 reads each whole: a project has one or a few such forms a year)."""
        return [r[0] for r in self.conn.execute(
            f"SELECT id FROM reports WHERE deleted IS NULL AND year = ? AND form = ? "
            f"{'' if demo else 'AND is_demo = 0'} ORDER BY id", [year, form])]

    def set_summaries(self, items: Iterable[tuple[int, str, Summary | None]]) -> None:
        """Replace cached figures, in one transaction. A report saved since its *updated* was
        read keeps the figures that save wrote (they are the newer ones)."""
        items = list(items)
        assignments = ", ".join(f"{c} = ?" for c in SUMMARY_COLUMNS)

        def guarded() -> None:
            for report_id, updated, summary in items:
                columns = _summary_columns(summary)
                self.conn.execute(f"UPDATE reports SET {assignments} WHERE id = ? AND updated = ?",
                                [*(columns[c] for c in SUMMARY_COLUMNS), report_id, updated])

        self._write(guarded)

    def years(self, form: str | None = None) -> list[int]:
        """The years of the reports not in the recycle bin, newest first; *form*: of that
        form's reports only (the 汇总 lists the years that have a 自评表)."""
        where, params = ("AND form = ?", [form]) if form else ("", [])
        return [
            r[0]
            for r in self.conn.execute(
                f"SELECT DISTINCT year FROM reports WHERE deleted IS NULL {where} ORDER BY year DESC",
                params,
            )
        ]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM reports WHERE deleted IS NULL").fetchone()[0]

    # ---------------------------------------------------------------------------- store facts

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM app_meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str, durable: bool = True) -> None:
        """Keep *value* under *key*; not *durable*: see write_immediately."""
        self._write(lambda: self.conn.execute(
            "INSERT INTO app_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value]), durable)

    def add_demo_once(self, demo: Report) -> int | None:
        """On the first start of an empty store, add the demo report (marked, deletable)."""
        if self.meta("demo_added") or self.count() or self.list(deleted=True):
            return None
        report_id = self.create(demo, is_demo=True)
        self.set_meta("demo_added", _now())
        return report_id

    # ---------------------------------------------------------------------------- life cycle

    def create_next_year(self, report_id: int, year: int) -> tuple[int, NextYear]:
        """由上年报告新建: the core's operation (next_year.next_year_report) on the stored report,
        its result stored as a new report linked to its source, in one transaction; returns the
        new id and the operation's result (what the user reviews, what it changed)."""
        source = self.load(report_id)
        had_key = bool(source.project_key)
        made = next_year_report(source, year)
        if not had_key:  # next year belongs to the same project: source and copy share a key
            made.report.project_key = cycle.project_key(source)

        def action() -> int:
            if not had_key:
                self.save(report_id, source, Change(fields=frozenset({"project_key"})))
            new_id = self.create(made.report)
            self._update(new_id, {"previous_id": report_id})
            return new_id

        return self._write(action), made

    def chain_facts(self) -> list[ReportFacts]:
        """Each report's place in its project (the recycle bin's too, to tell a link to a
        deleted report from one to a report never here): core.project_chain reads them."""
        # one scan of the rows rather than a look-up per report (10,000 reports: 80 ms, not 140)
        declared = {r[0] for r in self.conn.execute(
            "SELECT DISTINCT report_id FROM indicators WHERE declared_target IS NOT NULL")}
        return [ReportFacts(r[0], r[1], r[2] or SELF_EVALUATION, r[3] or "", r[4], r[5] is not None,
                            r[0] in declared)
                for r in self.conn.execute(
                    "SELECT id, year, form, project_key, previous_id, deleted FROM reports")]

    def create_from(self, source_id: int, make: Callable[[Report], Report]) -> int:
        """A later form of a project made from a stored one (core.cycle: 新建自评, the
        monitoring form), in one transaction: the source given its project key where it had
        none (saved with it, so both carry the same), the new report stored."""
        source = self.load(source_id)
        had_key = bool(source.project_key)
        report = make(source)  # gives the source its key where it had none

        def action() -> int:
            if not had_key and source.project_key:
                self.save(source_id, source, Change(fields=frozenset({"project_key"})))
            return self.create(report)

        return self._write(action)

    def indicator_names(self) -> list[tuple[str, str, str, str]]:
        """(level1, level2, name, target) of every indicator of the live reports, once per name,
        most used first: the store's part of the indicator library."""
        return [tuple(r) for r in self.conn.execute(  # type: ignore[misc]
            "SELECT i.level1, i.level2, i.name, max(i.target) FROM indicators i "
            "JOIN reports r ON r.id = i.report_id WHERE r.deleted IS NULL AND trim(i.name) != '' "
            "GROUP BY i.name ORDER BY count(*) DESC, i.name")]

    def link(self, report_id: int, previous_id: int | None) -> None:
        """Say that *report_id* is the next year of *previous_id* (None: of no report)."""
        self._require(report_id)
        if previous_id is not None:
            self._require(previous_id)
            if report_id in self.project_reports(previous_id):
                raise UserError("previous_id", "store.link_cycle")
        self._write(lambda: self._update(report_id, {"previous_id": previous_id}))

    def previous_id(self, report_id: int) -> int | None:
        return self._require(report_id)["previous_id"]

    def project_reports(self, report_id: int) -> list[int]:
        """Every live report of the same project, across years and forms (the next-year links
        followed both ways, and the project key its forms share), by year, then 申报 → 监控 →
        自评 (core.project_chain)."""
        place = chain_places(self.chain_facts()).get(report_id)
        return list(place.chain) if place else []

    def link_candidates(self, report: Report, exclude: int | None = None) -> list[ReportSummary]:
        """Stored reports of earlier years whose unit and project name (years taken out) match:
        the project an imported report probably continues, for the user to confirm."""
        key = unit_and_name(report)
        return [s for s in self.list()
                if s.id != exclude and s.year < report.year and unit_and_name(self.load(s.id)) == key]

    def delete(self, report_id: int) -> None:
        """Move a report to the recycle bin (recoverable until it is emptied)."""
        self._require(report_id)
        self._write(lambda: self._update(report_id, {"deleted": _now()}))

    def restore(self, report_id: int) -> None:
        self._require(report_id)
        self._write(lambda: self._update(report_id, {"deleted": None}))

    def empty_bin(self) -> int:
        def action() -> int:
            ids = [r[0] for r in self.conn.execute("SELECT id FROM reports WHERE deleted IS NOT NULL")]
            for table in (*(table for table, _ in CHILD_TABLES.values()), "sections"):
                self.conn.execute(
                    f"DELETE FROM {table} WHERE report_id IN "
                    "(SELECT id FROM reports WHERE deleted IS NOT NULL)"
                )
            self.conn.execute("DELETE FROM reports WHERE deleted IS NOT NULL")
            return len(ids)

        return self._write(action)


def unreadable_in(path: Path) -> dict[int, str]:
    """``ReportStore.unreadable`` of the store at *path*, through a connection of its own
    (read-only; for a worker thread while the window shows the list): {} where it cannot tell."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    try:
        if not schema_version.is_current(conn):
            return {}
        store = ReportStore.__new__(ReportStore)
        store.path, store.conn, store._db, store.closed = Path(path), conn, None, False
        return store.unreadable()
    except sqlite3.DatabaseError:
        return {}
    finally:
        conn.close()


def _row_problem(table: str, field_specs: list[tuple[Any, str]], row: dict[str, Any]) -> str | None:
    for spec, prefix in field_specs:
        column = prefix + spec.column
        try:
            from_column(spec, row[column])
        except (ValueError, TypeError, ArithmeticError):
            return f"{table}.{column} = {str(row[column])[:40]!r}"
    try:
        _loads(row["meta"])
    except ValueError:
        return f"{table}.meta = {str(row['meta'])[:40]!r}"
    return None


def _summary_columns(summary: Summary | None) -> dict[str, Any]:
    """The cached figures; none at all where the report's profile is unknown here."""
    if summary is None:
        return dict.fromkeys(SUMMARY_COLUMNS)
    return {"total": _dec(summary.total), "rule_total": _dec(summary.rule_total),
            "grade": summary.grade, "budget": _dec(summary.budget),
            "executed": _dec(summary.executed), "rate": _dec(summary.rate),
            "errors": summary.errors, "warnings": summary.warnings}


def _figures(values: list[Any], figures: type[Figures]) -> Figures | None:
    """The figures a row keeps (its SUMMARY_COLUMNS, in order) as *figures* (core.summary's
    Figures, imported by the caller: the store's start does not load the summary); None where
    they are missing (unknown profile: nothing kept), the findings are not counted yet, or a
    value does not read (computed again from the report, which says what is wrong with it). A
    total of NULL beside counted findings is a report not scored yet."""
    total, rule_total, grade, budget, executed, rate, errors, warnings = values
    if errors is None or warnings is None:
        return None
    try:
        return figures(
            total=_undec(total), rule_total=_undec(rule_total),
            grade=grade or None, budget=_undec(budget), executed=_undec(executed),
            rate=_undec(rate), errors=int(errors), warnings=int(warnings),
        )
    except (ArithmeticError, ValueError, TypeError):
        return None


def _default_summary(report: Report) -> Summary | None:
    """Total and grade for the list, by the report's own profile (None if it is unknown)."""
    return summary_of(report, default_library())


def _wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _child_row(record: Any) -> dict[str, Any]:
    return {"meta": _dumps(_meta(record)), **record_row(record)}


def rows_written(db: sqlite3.Connection, report_id: int, key: str, records: list[Any],
                 change: Change) -> None:
    """Write one list's rows as *change* names them: edited rows updated by their id, added
    rows inserted, rows no longer in the list deleted, positions set where the order changed.
    Where the store's rows and the list disagree, the list is written whole (never lost)."""
    table, _cls = CHILD_TABLES[key]
    restructured = key in change.restructured()
    if restructured:
        give_unique_ids(records)
    edited = change.row_fields(key)
    added = {r.row_id for r in change.added if r.list_path == key}
    if restructured:
        kept = [r.row_id for r in records]
        db.execute(f"DELETE FROM {table} WHERE report_id = ? AND uid NOT IN ({', '.join('?' * len(kept))})",
                   [report_id, *kept])
        # positions are unique: park them below zero, then set them
        db.execute(f"UPDATE {table} SET position = -1 - position WHERE report_id = ?", [report_id])
    agree = True
    for position, record in enumerate(records):
        if record.row_id in added:
            row = _child_row(record)
            row.update({"report_id": report_id, "position": position, "uid": record.row_id})
            # OR REPLACE: a row removed and added again (undo, redo) keeps its id
            db.execute(
                f"INSERT OR REPLACE INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()))
            continue
        values: dict[str, Any] = _child_row(record) if record.row_id in edited else {}
        if restructured:
            values["position"] = position
        if values:
            sets = ", ".join(f"{c} = ?" for c in values)
            written = db.execute(f"UPDATE {table} SET {sets} WHERE report_id = ? AND uid = ?",
                                 [*values.values(), report_id, record.row_id])
            agree = agree and written.rowcount == 1
    if agree and (restructured or added):
        stored = db.execute(f"SELECT count(*) FROM {table} WHERE report_id = ?", [report_id]).fetchone()[0]
        agree = stored == len(records)
    if not agree:
        db.execute(f"DELETE FROM {table} WHERE report_id = ?", [report_id])
        for position, record in enumerate(records):
            row = _child_row(record)
            row.update({"report_id": report_id, "position": position, "uid": record.row_id})
            db.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                       list(row.values()))
