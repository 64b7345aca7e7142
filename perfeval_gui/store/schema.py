"""The store's schema, as numbered migrations (sqlite-utils ``Migrations``).

Never edit a released migration: add the next one. ``tests/store/fixtures`` keeps a real
file of every released schema, and a test opens each of them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ..core.fields import FLAG, YEAR, specs
from ..core.interchange import CONVERTERS
from ..core.messages import UserError
from ..core.model import Evaluation, FundRow, Indicator, Report
from . import backups, schema_version
from .columns import dumps_meta, loads_meta, to_column, where_kept
from .migration_names import MIGRATIONS

Migrate = Callable[[Database], None]

MIGRATION_SET = schema_version.MIGRATION_SET
ROW_TABLES = ("fund_rows", "indicators", "team_members")  # as m001 made them
migrations = Migrations(MIGRATION_SET)
KNOWN: list[str] = []  # every migration's name, in order (sqlite-utils keeps its list private)


def migration(name: str) -> Callable[[Migrate], Migrate]:
    """Register the next migration under *name*, the next of ``migration_names``. It sets the
    store's version (PRAGMA user_version) in the transaction that runs it: the version says
    exactly how far the store got, whatever moment the process ends at."""
    number = len(KNOWN) + 1
    if number > len(MIGRATIONS) or MIGRATIONS[number - 1] != name:
        raise RuntimeError(f"migration {number} is {name!r} here but not in migration_names.py")
    KNOWN.append(name)

    def register(migrate: Migrate) -> Migrate:
        def step(db: Database) -> None:
            migrate(db)
            db.execute(f"PRAGMA user_version = {number}")

        migrations(name=name)(step)
        return migrate

    return register


@migration("m001_initial")
def m001_initial(db: Database) -> None:
    db["reports"].create(
        {
            "id": int,
            "year": int,
            "profile": str,
            "evaluation_kinds": str,  # JSON list
            "name": str,
            "region": str,
            "unit": str,
            "department": str,
            "department_code": str,
            "implementing_unit": str,
            "credit_code": str,
            "leader": str,
            "contact": str,
            "phone": str,
            "eval_date": str,
            "funds_weight": str,  # exact decimals are kept as text
            "funds_score": str,
            "goal_expected": str,
            "goal_achieved": str,
            "is_demo": int,
            "total": str,
            "rule_total": str,
            "grade": str,
            "created": str,
            "updated": str,
            "deleted": str,  # when it went to the recycle bin; NULL while it is live
            "meta": str,  # JSON: unknown keys and omitted optional keys of the single records
        },
        pk="id",
        not_null={"year", "profile", "created", "updated"},
        defaults={"is_demo": 0},
    )
    db["reports"].create_index(["deleted", "year"])
    children = {
        "fund_rows": {"label": str, "initial": str, "adjusted": str, "executed": str},
        "indicators": {
            "level1": str, "level2": str, "name": str, "target": str, "actual": str,
            "weight": str, "score": str, "deviation": str, "applicable": int, "score_note": str,
        },
        "team_members": {"name": str, "title": str, "unit": str},
    }
    for table, columns in children.items():
        db[table].create(
            {"id": int, "report_id": int, "position": int, **columns, "meta": str},
            pk="id",
            foreign_keys=[("report_id", "reports", "id")],
            not_null={"report_id", "position"},
        )
        db[table].create_index(["report_id", "position"], unique=True)
    db["sections"].create(
        {"report_id": int, "key": str, "text": str},
        pk=("report_id", "key"),
        foreign_keys=[("report_id", "reports", "id")],
    )


@migration("m002_app_meta")
def m002_app_meta(db: Database) -> None:
    """Small facts about the store itself, such as whether the demo report was ever added."""
    db["app_meta"].create({"key": str, "value": str}, pk="key")


def add_field(db: Database, record: type, name: str) -> None:
    """In a migration: the column of a field added to *record*. Reports stored before it
    never had the key, so each notes it absent and is written back exactly as it was —
    unless a newer app had written it and this store kept it among the unknown keys: then
    the value moves from there into the column."""
    spec = next(s for s in specs(record) if s.name == name)
    table, prefix, part_name = where_kept(record)
    column = None if prefix is None else prefix + spec.column
    if column is not None:
        db[table].add_column(column, int if spec.kind in (FLAG, YEAR) else str)
    for row in list(db.query(f"SELECT id, meta FROM {table}")):
        meta = loads_meta(row["meta"]) or {}
        part = meta.setdefault(part_name, {}) if part_name else meta
        extra = part.get("extra", {})
        values: dict[str, Any] = {}
        try:
            value = to_column(spec, CONVERTERS[spec.kind](extra[name], name))
            if column is None:  # a section: its text is a row of its own
                db["sections"].insert({"report_id": row["id"], "key": name, "text": value})
            else:
                values[column] = value
            del extra[name]
        except (KeyError, UserError):  # not there, or not a value this field can hold
            if column is not None:
                values[column] = to_column(spec, spec.default)
            part["missing"] = sorted({*part.get("missing", []), name})
        for key in ("extra", "missing"):
            if key in part and not part[key]:
                del part[key]
        if part_name and not part:
            del meta[part_name]
        db[table].update(row["id"], {**values, "meta": dumps_meta(meta)})


@migration("m003_evaluation_unit_head")
def m003_evaluation_unit_head(db: Database) -> None:
    """项目单位负责人: the head of the project unit, who signs under the team table."""
    add_field(db, Evaluation, "unit_head")


@migration("m004_row_ids_revisions_locks")
def m004_row_ids_revisions_locks(db: Database) -> None:
    """Rows keep an id when they move (a save names the rows it touched); each report counts
    its saves (a save against a revision changed elsewhere is detected); open windows hold
    their reports (a second window shows a held report read-only)."""
    for table in ROW_TABLES:
        db[table].add_column("uid", str)
        db.execute(f"UPDATE {table} SET uid = lower(hex(randomblob(6)))")
        db[table].create_index(["report_id", "uid"], unique=True)
    db["reports"].add_column("revision", int, not_null_default=0)
    db["edit_locks"].create(
        {"key": str, "pid": int, "host": str, "started": str, "process": str, "token": str},
        pk="key",
    )


@migration("m005_previous_report")
def m005_previous_report(db: Database) -> None:
    """A report made from last year's (or linked to it on import) knows it: one project across
    years is the chain of these links."""
    db["reports"].add_column("previous_id", int)
    db["reports"].create_index(["previous_id"])


@migration("m006_summary_figures")
def m006_summary_figures(db: Database) -> None:
    """Each report keeps the figures of its 汇总 line beside its total and grade (budget,
    executed, 执行率, the number of errors and warnings), so a year is summarised from one
    query. They are computed by the program, not by SQL: the stamp of what the cached figures
    were computed with is dropped, so every report's figures are computed again."""
    for column in ("budget", "executed", "rate"):
        db["reports"].add_column(column, str)
    for column in ("errors", "warnings"):
        db["reports"].add_column(column, int)
    db.execute("DELETE FROM app_meta WHERE key = 'score_stamp'")


@migration("m007_judgement_and_breakdown")
def m007_judgement_and_breakdown(db: Database) -> None:
    """判定: the user's reading of a qualitative actual whose words name no grade; and the
    breakdown (按收入性质, 按支出性质) a fund row belongs to. Rows without a grade were scored 0
    before and now await judgement: the cached figures are computed again."""
    add_field(db, Indicator, "judgement")
    add_field(db, FundRow, "breakdown")
    db.execute("DELETE FROM app_meta WHERE key = 'score_stamp'")



@migration("m008_annual_cycle")
def m008_annual_cycle(db: Database) -> None:
    """One project through its year (annual-cycle.md): which form a report is (declaration,
    monitoring, self-evaluation), the project key linking its forms and years, a monitoring
    form's period end, funds to date and projected, each indicator's mid-year figures, causes,
    likelihood and remarks, the declared target and why it changed. Stored reports are
    self-evaluations that never had these keys (add_field notes each absent)."""
    for name in ("form", "project_key", "period_end", "causes_text", "measures"):
        add_field(db, Report, name)
    for name in ("requested", "executed_to_date", "projected"):
        add_field(db, FundRow, name)
    for name in ("to_date", "projected", "causes", "cause_text", "likelihood", "remarks",
                 "declared_target", "target_reason"):
        add_field(db, Indicator, name)
    db["reports"].create_index(["project_key"])

SCHEMA_VERSION = len(KNOWN)
if KNOWN != list(MIGRATIONS):  # a name listed with no migration registered under it
    raise RuntimeError(f"migration_names.py lists {MIGRATIONS[len(KNOWN):]} with no migration here")


def prepare(db: Database, path: Path | None) -> None:
    """Refuse a newer store untouched; back up an older one, then bring it up to date. The
    store's version is its user_version (``schema_version``); sqlite-utils' record only tells
    sqlite-utils which migrations are still to run."""
    user_version = schema_version.version_of(db.conn)
    if user_version > SCHEMA_VERSION:  # a newer program's migration ran, in full or in part
        raise UserError(str(path or ""), "store.newer", version=user_version)
    pending = migrations.pending(db)
    if not pending:
        if user_version != SCHEMA_VERSION:  # an older program ended before it set the version
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return
    if len(pending) < len(KNOWN) and path is not None and path.exists():  # not a new file
        # a half-applied migration must never cost the user their reports; the backup API
        # reads through this connection, so edits still in the WAL are in the backup too
        backups.make_backup(db.conn, path, f"before-v{SCHEMA_VERSION}")
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
