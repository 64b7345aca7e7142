"""The SQLite store: real tables, lossless round trips, a recycle bin, and safe versions."""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from perfeval_gui.core import changes
from perfeval_gui.core.interchange import report_from_json, report_to_document
from perfeval_gui.core.messages import UserError
from perfeval_gui.core.model import Indicator
from perfeval_gui.store import backups
from perfeval_gui.store.repository import ReportStore, RevisionConflict
from perfeval_gui.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def store(tmp_path):
    s = ReportStore(tmp_path / "reports.sqlite")
    yield s
    s.close()


def test_a_report_round_trips_unchanged(store, seed_report, seed_doc):
    report_id = store.create(seed_report)
    assert report_to_document(store.load(report_id)) == seed_doc
    store.save(report_id, store.load(report_id))
    assert report_to_document(store.load(report_id)) == seed_doc


def test_unknown_keys_and_nulls_survive_the_store(store, seed_doc):
    seed_doc["x_top"] = {"a": [1, 2.5]}
    seed_doc["project"]["x"] = "p"
    seed_doc["indicators"][2]["x_new"] = {"deep": True}
    seed_doc["indicators"][2]["deviation"] = None
    seed_doc["sections"]["management"] = None
    seed_doc["team"][1]["x"] = 3
    report_id = store.create(report_from_json(json.dumps(seed_doc)))
    assert report_to_document(store.load(report_id)) == seed_doc


def test_a_save_writes_only_what_its_change_names(store, seed_report):
    report_id = store.create(seed_report)
    edited = store.load(report_id)
    edited.indicators[0].actual = "3次"
    edited.indicators[1].actual = "not named by the change"
    edited.team.pop()
    edited.project.region = "not named either"
    one_field = changes.stable_path(edited, "indicators[0].actual")
    store.save(report_id, edited, changes.Change(fields=frozenset([one_field])))
    loaded = store.load(report_id)
    assert loaded.indicators[0].actual == "3次"
    assert loaded.indicators[1].actual == seed_report.indicators[1].actual
    assert len(loaded.team) == len(seed_report.team)  # the team's rows were not named
    assert loaded.project.region == seed_report.project.region


def test_rows_keep_their_ids_through_moves_removals_and_additions(store, seed_report):
    report_id = store.create(seed_report)
    base = store.load(report_id)
    ids = [i.row_id for i in base.indicators]
    assert len(set(ids)) == len(ids) and ids == [i.row_id for i in store.load(report_id).indicators]
    edited = store.load(report_id)
    first = edited.indicators.pop(0)
    edited.indicators.append(first)  # moved to the end
    del edited.indicators[2]  # removed
    edited.indicators.insert(1, Indicator(name="新指标"))  # added
    edited.indicators[0].actual = "changed after the move"
    store.save(report_id, edited, changes.diff(base, edited))
    loaded = store.load(report_id)
    assert [i.row_id for i in loaded.indicators] == [i.row_id for i in edited.indicators]
    assert [i.name for i in loaded.indicators] == [i.name for i in edited.indicators]
    assert loaded.indicators[0].actual == "changed after the move"
    assert report_to_document(loaded) == report_to_document(edited)


def test_a_save_against_an_old_revision_is_refused(store, seed_report):
    report_id = store.create(seed_report)
    report, revision = store.load_revisioned(report_id)
    report.project.name = "first"
    name = changes.Change(fields=frozenset(["project.name"]))
    after = store.save(report_id, report, name, base_revision=revision)
    assert after == revision + 1
    report.project.name = "second, from a copy read before the first save"
    with pytest.raises(RevisionConflict) as caught:
        store.save(report_id, report, name, base_revision=revision)
    assert caught.value.revision == after
    assert store.load(report_id).project.name == "first"


def test_reports_live_in_real_tables(store, seed_report):
    store.create(seed_report)
    rows = store.db.execute(
        "SELECT r.year, i.name FROM indicators i JOIN reports r ON r.id = i.report_id "
        "WHERE r.year = 2023 AND CAST(i.score AS REAL) < CAST(i.weight AS REAL) ORDER BY i.position"
    ).fetchall()
    assert rows == [(2023, "信访人滞留率"), (2023, "信访群众滞留时间")]
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_listing_filters_by_year_unit_and_name(store, seed_report):
    store.create(seed_report)
    seed_report.year = 2022
    seed_report.project.name = "信访维稳经费"
    store.create(seed_report)
    assert [s.year for s in store.list()] == [2023, 2022]
    assert [s.name for s in store.list(year=2022)] == ["信访维稳经费"]
    assert [s.name for s in store.list(search="值班")] == ["重大敏感时期值班接访"]
    assert store.list(search="%") == []
    assert len(store.list(unit="子洲县信访局")) == 2
    summary = store.list(year=2023)[0]
    assert (summary.total, summary.grade) == (Decimal(85), "良")
    assert store.years() == [2023, 2022]


def test_next_year_keeps_targets_clears_actuals_and_links_to_its_source(store, seed_report):
    old = store.create(seed_report)
    new, made = store.create_next_year(old, 2024)
    changes = made.review
    # 年初预算数 kept; "2023 年该项目…实际支出 5 万元" moved on, and last year's spending
    assert [(c.where, c.reasons) for c in changes] == [("funds.rows[0].initial", ("amount",)),
                                                       ("indicators[4].target", ("amount",)),
                                                       ("sections.content", ("year", "result"))]
    assert changes[2].new.startswith("2024 年该项目预算资金")
    assert store.previous_id(new) == old and store.project_reports(new) == [old, new]
    report = store.load(new)
    assert report.year == 2024
    assert [i.target for i in report.indicators] == [i.target for i in seed_report.indicators]
    assert all(i.actual == "" and i.score is None for i in report.indicators)
    assert report.funds.rows[0].executed is None and report.funds.score is None
    assert store.load(old).indicators[0].actual == "4次"


def test_delete_is_recoverable_until_the_bin_is_emptied(store, seed_report):
    report_id = store.create(seed_report)
    store.delete(report_id)
    assert store.list() == [] and [s.id for s in store.list(deleted=True)] == [report_id]
    store.restore(report_id)
    assert [s.id for s in store.list()] == [report_id]
    store.delete(report_id)
    assert store.empty_bin() == 1
    with pytest.raises(UserError):
        store.load(report_id)
    assert store.db.execute("SELECT count(*) FROM indicators").fetchone()[0] == 0


def test_an_unknown_id_is_a_clear_error(store):
    with pytest.raises(UserError) as caught:
        store.load(42)
    assert "42" in caught.value.text("zh")


def test_a_store_from_a_newer_version_is_refused_untouched(tmp_path, seed_report):
    path = tmp_path / "newer.sqlite"
    s = ReportStore(path)
    s.create(seed_report)
    s.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    s.close()
    before = path.read_bytes()
    with pytest.raises(UserError) as caught:
        ReportStore(path)
    assert "更新版本" in caught.value.text("zh")
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(UserError):
        ReportStore(path)
    text = tmp_path / "text.sqlite"
    text.write_text("hello, not a database" * 100)
    with pytest.raises(UserError):
        ReportStore(text)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-v*.sqlite")), ids=lambda p: p.name)
def test_every_released_schema_opens(tmp_path, fixture, seed_doc):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    store = ReportStore(path)
    assert report_to_document(store.load(1)) == seed_doc
    store.close()


def test_every_schema_version_has_its_released_file_and_each_migrates_to_today(tmp_path, seed_doc):
    """ARCHITECTURE.md's claim, checked: a file of every version (build one with
    tests/store/build_fixture.py when a migration is released), each brought to today's."""
    from perfeval_gui.store import schema

    assert sorted(p.name for p in FIXTURES.glob("schema-v*.sqlite")) == sorted(
        f"schema-v{n}.sqlite" for n in range(1, SCHEMA_VERSION + 1))
    for version in range(1, SCHEMA_VERSION + 1):
        path = tmp_path / f"v{version}.sqlite"
        shutil.copy(FIXTURES / f"schema-v{version}.sqlite", path)
        before = sqlite3.connect(path)
        assert before.execute("PRAGMA user_version").fetchone()[0] == version
        before.close()
        with ReportStore(path) as store:
            assert report_to_document(store.load(1)) == seed_doc
            assert [m.name for m in schema.migrations.applied(store.db)] == schema.KNOWN
            assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        made = backups.list_backups(path)
        migrated = version < SCHEMA_VERSION
        assert [b.reason for b in made] == ([f"before-v{SCHEMA_VERSION}"] if migrated else [])


def test_a_store_that_cannot_be_written_gives_a_clear_error_and_keeps_the_data(store, seed_report):
    report_id = store.create(seed_report)
    store.db.execute("PRAGMA query_only = ON")  # what SQLite says for a read-only file
    edited = store.load(report_id)
    edited.indicators[0].actual = "9次"
    with pytest.raises(UserError) as caught:
        store.save(report_id, edited)
    assert "无法写入" in caught.value.text("zh")
    store.db.execute("PRAGMA query_only = OFF")
    assert store.load(report_id).indicators[0].actual == "4次"


def test_the_demo_is_added_once_to_an_empty_store(store, seed_report):
    first = store.add_demo_once(seed_report)
    assert first is not None and store.list()[0].is_demo
    store.delete(first)
    store.empty_bin()
    assert store.add_demo_once(seed_report) is None  # the user removed it: it stays removed


def test_an_older_store_is_backed_up_before_it_is_migrated(tmp_path, seed_doc):
    path = tmp_path / "v1.sqlite"
    shutil.copy(FIXTURES / "schema-v1.sqlite", path)
    ReportStore(path).close()
    made = backups.list_backups(path)
    assert [b.reason for b in made] == [f"before-v{SCHEMA_VERSION}"]
    assert made[0].reports == 1
    assert ReportStore(path).meta("demo_added") is None


CRASH_IN_WAL = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("UPDATE reports SET name = 'edited, still in the WAL' WHERE id = 1")
conn.commit()
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL is POSIX")
def test_the_pre_migration_backup_holds_the_edits_a_crash_left_in_the_wal(tmp_path):
    path = tmp_path / "v2.sqlite"
    shutil.copy(FIXTURES / "schema-v2.sqlite", path)
    subprocess.run([sys.executable, "-c", CRASH_IN_WAL, str(path)], check=False)
    assert Path(f"{path}-wal").stat().st_size > 0  # the edit sits in the WAL only
    ReportStore(path).close()
    (backup,) = backups.list_backups(path)
    conn = sqlite3.connect(backup.path)
    assert conn.execute("SELECT name FROM reports WHERE id = 1").fetchone()[0] == "edited, still in the WAL"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_removed_store_file_refuses_writes_instead_of_losing_them(tmp_path, seed_report):
    path = tmp_path / "gone.sqlite"
    store = ReportStore(path)
    report_id = store.create(seed_report)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(UserError) as caught:
        store.save(report_id, seed_report)
    assert "无法写入" in caught.value.text("zh")
    store.close()


def test_the_schemas_list_of_migrations_is_the_one_sqlite_utils_applies(tmp_path):
    """The store counts its migrations itself (sqlite-utils keeps its list private): the count
    must be exactly what sqlite-utils runs on a new file, in that order."""
    from sqlite_utils import Database

    from perfeval_gui.store import schema

    db = Database(tmp_path / "new.sqlite")
    assert [m.name for m in schema.migrations.pending(db)] == schema.KNOWN
    schema.prepare(db, None)
    assert [m.name for m in schema.migrations.applied(db)] == schema.KNOWN
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == len(schema.KNOWN)


def test_each_migration_sets_the_version_in_its_own_transaction(tmp_path):
    """The version and sqlite-utils' record of what ran move together, step by step: a
    migration run stopped part-way leaves a store whose version says how far it got."""
    from sqlite_utils import Database

    from perfeval_gui.store import schema
    from perfeval_gui.store.sqlite_utils_private import applied_names

    path = tmp_path / "v4.sqlite"
    shutil.copy(FIXTURES / "schema-v4.sqlite", path)
    db = Database(path)
    schema.migrations.apply(db, stop_before=schema.KNOWN[5])
    assert db.execute("PRAGMA user_version").fetchone()[0] == 5
    assert applied_names(db.conn, schema.MIGRATION_SET) == schema.KNOWN[:5]
    db.close()


def _store_before_unit_head(tmp_path, evaluation_meta):
    """The released v2 store, its report carrying *evaluation_meta* as an older app kept it."""
    import json
    import sqlite3

    path = tmp_path / "v2.sqlite"
    shutil.copy(FIXTURES / "schema-v2.sqlite", path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE reports SET meta = ?", [json.dumps({"evaluation": evaluation_meta})])
    return path


def test_a_field_a_newer_app_wrote_moves_from_the_unknown_keys_into_its_column(tmp_path):
    path = _store_before_unit_head(tmp_path, {"extra": {"unit_head": "李明", "seal": "有"}})
    with ReportStore(path) as store:
        evaluation = store.load(1).evaluation
        assert evaluation.unit_head == "李明" and evaluation.extra == {"seal": "有"}
        assert store.db.execute("SELECT unit_head FROM reports").fetchone()[0] == "李明"


def test_a_stored_report_that_never_had_a_new_field_is_written_back_as_it_was(tmp_path, seed_doc):
    path = _store_before_unit_head(tmp_path, {"extra": {"unit_head": 17}})  # no text: stays unknown
    with ReportStore(path) as store:
        document = report_to_document(store.load(1))
    assert document["evaluation"] == {**seed_doc["evaluation"], "unit_head": 17}


def test_rows_copied_with_their_ids_are_stored_as_rows_of_their_own(store, seed_report):
    seed_report.indicators.append(copy.deepcopy(seed_report.indicators[0]))  # same row id
    report_id = store.create(seed_report)
    loaded = store.load(report_id)
    assert len({i.row_id for i in loaded.indicators}) == len(seed_report.indicators)
    assert [i.row_id for i in loaded.indicators] == [i.row_id for i in seed_report.indicators]


def test_an_edit_of_a_row_the_store_does_not_have_is_written_not_lost(store, seed_report):
    report_id = store.create(seed_report)
    edited = store.load(report_id)
    store.db.execute("DELETE FROM team_members WHERE report_id = ? AND position = 0", [report_id])
    edited.team[0].title = "组长"
    store.save(report_id, edited, changes.Change(
        fields=frozenset([changes.stable_path(edited, "team[0].title")])))
    loaded = store.load(report_id)
    assert [m.name for m in loaded.team] == [m.name for m in edited.team]
    assert loaded.team[0].title == "组长"


def test_the_version_a_start_reads_is_the_number_of_migrations():
    from perfeval_gui.store import migration_names, schema, schema_version

    assert schema.KNOWN == list(migration_names.MIGRATIONS)
    assert schema_version.SCHEMA_VERSION == schema.SCHEMA_VERSION == len(schema.KNOWN)


def test_a_migration_not_listed_in_migration_names_is_refused_when_registered():
    """The version is the count of the names: a migration added without its name (or under
    another) would leave the start's version behind the migrations, so it does not load."""
    from perfeval_gui.store import schema

    with pytest.raises(RuntimeError, match=r"migration_names\.py"):
        schema.migration("m999_unlisted")
    assert schema.KNOWN[-1] == "m008_annual_cycle"  # nothing registered


def test_a_write_that_need_not_survive_a_power_cut_is_still_committed_and_later_writes_sync_again(
        tmp_path, seed_report):
    import sqlite3

    store = ReportStore(tmp_path / "light.sqlite")
    store.set_meta("last_report", "7", durable=False)  # which report to reopen
    with pytest.raises(ZeroDivisionError):
        store.write_immediately(lambda: 1 / 0, durable=False)
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL for the reports
    other = sqlite3.connect(tmp_path / "light.sqlite")
    assert other.execute("SELECT value FROM app_meta WHERE key = 'last_report'").fetchone() == ("7",)
    other.close()
    store.close()


def test_a_report_the_store_could_not_give_back_is_refused_before_anything_is_written(store, seed_report):
    from decimal import Decimal

    seed_report.indicators[0].weight = Decimal(90) / 7  # 28 decimals: load would refuse it
    with pytest.raises(UserError) as refused:
        store.create(seed_report)
    assert "indicators[0].weight" in refused.value.text("en") and store.count() == 0
    assert seed_report.indicators[0].weight == Decimal(90) / 7  # the caller's report untouched


def test_a_store_a_newer_program_half_migrated_is_refused_untouched(tmp_path):
    """A newer program ran the first of its two new migrations and died before the second:
    each migration sets the version in the transaction that runs it (as this program's do), so
    the store says one more than this program knows, and the missing second changes nothing."""
    import sqlite3

    path = tmp_path / "newer.sqlite"
    ReportStore(path).close()
    conn = sqlite3.connect(path)
    with conn:  # the newer program's first new migration, as sqlite-utils runs one
        conn.execute("ALTER TABLE reports ADD COLUMN owner TEXT NOT NULL DEFAULT 'x'")
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('perfeval-gui', 'm009_owner', '2030-01-01')")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(UserError) as refused:
        ReportStore(path)
    assert "newer" in refused.value.text("en")
    assert path.read_bytes() == before


def test_a_store_whose_version_was_not_set_after_its_migrations_gets_it_and_opens_fast(tmp_path):
    import sqlite3

    from perfeval_gui.store import schema_version

    path = tmp_path / "s.sqlite"
    ReportStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 5")  # the process ended between the migrations and this
    conn.commit()
    assert not schema_version.is_current(conn)
    conn.close()
    ReportStore(path).close()
    conn = sqlite3.connect(path)
    assert schema_version.is_current(conn)
    conn.close()


def test_a_judgement_a_newer_app_wrote_moves_into_its_column_on_migration(tmp_path, seed_doc):
    """m007: the v6 store's indicator rows gain judgement (and fund rows breakdown); a value
    a newer app had left among the unknown keys moves into the column, others stay absent."""
    import json
    import sqlite3

    path = tmp_path / "v6.sqlite"
    shutil.copy(FIXTURES / "schema-v6.sqlite", path)
    with sqlite3.connect(path) as connection:
        first = connection.execute("SELECT min(id) FROM indicators").fetchone()[0]
        connection.execute("UPDATE indicators SET meta = ? WHERE id = ?",
                           [json.dumps({"extra": {"judgement": "部分达成"}}), first])
    with ReportStore(path) as store:
        report = store.load(1)
        assert report.indicators[0].judgement == "部分达成" and not report.indicators[0].extra
        document = report_to_document(report)
    assert "judgement" not in document["indicators"][1]  # never had it: written back without
    assert all("breakdown" not in row for row in document["funds"]["rows"])
    assert document["indicators"][0]["judgement"] == "部分达成"
