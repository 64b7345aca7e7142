"""rescue STORE --out NEW on the command line: what the window's rescue does, STORE never
touched; restore refuses a backup that is incomplete or holds a report that does not load;
list names a bad report on stderr and lists the others."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from perfeval_gui.store import backup_check, backups
from perfeval_gui.store.repository import ReportStore

from ..store.damage import store_with_reports, truncated, zeroed
from .test_cli import call


def state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def test_rescue_writes_a_new_store_and_says_where_each_report_came_from(capsys, tmp_path, seed_report):
    store = tmp_path / "reports.sqlite"
    names = store_with_reports(store, seed_report, 40)
    data, _ = zeroed(store.read_bytes(), 1)  # the header page is gone: SQLite opens nothing
    store.write_bytes(data)
    before = state(tmp_path)
    out = tmp_path / "new.sqlite"
    status, stdout, stderr = call(capsys, "rescue", str(store), "--out", str(out))
    assert status == 0, stderr
    lines = [line.split("\t") for line in stdout.splitlines()]
    assert len(lines) == 40 and {line[0] for line in lines} == {"recovered"}
    assert sorted(line[3] for line in lines) == names
    assert "40" in stderr and str(out) in stderr
    with ReportStore(out) as new:
        assert sorted(s.name for s in new.list()) == names
    after = state(tmp_path)
    del after["new.sqlite"]
    assert after == before  # STORE (and nothing beside it) was changed


def test_rescue_exits_1_and_names_the_lost_reports(capsys, tmp_path, seed_report):
    store = tmp_path / "reports.sqlite"
    store_with_reports(store, seed_report, 40)
    data, _ = truncated(store.read_bytes(), 0.5)
    store.write_bytes(data)
    status, stdout, _ = call(capsys, "rescue", str(store), "--out", str(tmp_path / "new.sqlite"),
                             "--lang", "en")
    assert status == 1
    sources = [line.split("\t")[0] for line in stdout.splitlines()]
    assert "lost" in sources and "recovered" in sources and len(sources) == 40
    recovered = [line for line in stdout.splitlines() if line.startswith("recovered")]
    assert all("rows gone" in line for line in recovered)  # cut off with the file's end: said
    lost = [line for line in stdout.splitlines() if line.startswith("lost")]
    assert all("row is gone" in line for line in lost)  # known by id from the indexes


def test_rescue_with_a_backup_takes_what_the_file_lost_from_it(capsys, tmp_path, seed_report):
    store = tmp_path / "reports.sqlite"
    store_with_reports(store, seed_report, 40)
    backups.make_backup(store, store, "daily")
    data, _ = truncated(store.read_bytes(), 0.5)
    store.write_bytes(data)
    status, stdout, _ = call(capsys, "rescue", str(store), "--out", str(tmp_path / "new.sqlite"))
    assert status == 0
    sources = [line.split("\t")[0] for line in stdout.splitlines()]
    assert "backup" in sources and "lost" not in sources and len(sources) == 40


def test_rescue_refuses_to_write_over_a_file_or_the_store_itself(capsys, tmp_path, seed_report):
    store = tmp_path / "reports.sqlite"
    store_with_reports(store, seed_report, 2)
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"mine")
    status, stdout, stderr = call(capsys, "rescue", str(store), "--out", str(taken))
    assert (status, stdout) == (2, "") and len(stderr.splitlines()) == 1 and "taken.sqlite" in stderr
    assert taken.read_bytes() == b"mine"
    status, _, stderr = call(capsys, "rescue", str(store), "--out", str(store))
    assert status == 2 and len(stderr.splitlines()) == 1
    status, _, stderr = call(capsys, "rescue", str(tmp_path / "none.sqlite"),
                             "--out", str(tmp_path / "n.sqlite"))
    assert status == 2 and len(stderr.splitlines()) == 1
    status, _, stderr = call(capsys, "rescue", str(store), "--out", str(tmp_path / "no" / "n.sqlite"))
    assert status == 3 and len(stderr.splitlines()) == 1


def test_restore_refuses_a_backup_missing_a_table_and_leaves_the_store(capsys, tmp_path, seed_report):
    store = tmp_path / "reports.sqlite"
    store_with_reports(store, seed_report, 3)
    backup = backups.make_backup(store, store, "manual")
    conn = sqlite3.connect(backup)
    conn.execute("DROP TABLE sections")
    conn.commit()
    conn.close()
    before = state(tmp_path)
    status, stdout, stderr = call(capsys, "restore", str(backup), "--db", str(store), "--yes")
    assert (status, stdout) == (2, "") and len(stderr.splitlines()) == 1
    assert "sections" in stderr and str(backup) in stderr
    assert state(tmp_path) == before and [b.reason for b in backups.list_backups(store)] == ["manual"]


def test_restore_refuses_a_backup_missing_a_column_or_holding_a_bad_report(capsys, tmp_path, seed_report):
    store = tmp_path / "reports.sqlite"
    store_with_reports(store, seed_report, 3)
    no_column = backups.make_backup(store, store, "manual", out=tmp_path / "b1.sqlite")
    conn = sqlite3.connect(no_column)
    conn.execute("ALTER TABLE team_members DROP COLUMN title")
    conn.commit()
    conn.close()
    status, _, stderr = call(capsys, "restore", str(no_column), "--db", str(store), "--yes", "--lang", "en")
    assert status == 2 and "team_members" in stderr and "title" in stderr
    bad = backups.make_backup(store, store, "manual", out=tmp_path / "b2.sqlite")
    conn = sqlite3.connect(bad)
    conn.execute("UPDATE reports SET funds_weight = 'ten' WHERE id = 2")
    conn.commit()
    conn.close()
    status, _, stderr = call(capsys, "restore", str(bad), "--db", str(store), "--yes", "--lang", "en")
    assert status == 2 and "report 2" in stderr and "funds_weight" in stderr
    good = backups.make_backup(store, store, "manual", out=tmp_path / "b3.sqlite")
    assert backup_check.verify(good) is None


def test_list_names_a_bad_report_on_stderr_and_lists_the_others(capsys, tmp_path, seed_report):
    store = tmp_path / "reports.sqlite"
    store_with_reports(store, seed_report, 5)
    conn = sqlite3.connect(store)
    conn.execute("UPDATE reports SET total = 'x', funds_weight = 'ten' WHERE id = 2")
    conn.execute("UPDATE indicators SET weight = 'nine' WHERE report_id = 4")
    conn.execute("DELETE FROM app_meta WHERE key = 'score_stamp'")  # the list rescores them all
    conn.commit()
    conn.close()
    status, stdout, stderr = call(capsys, "list", "--db", str(store))
    assert status == 0
    assert sorted(json.loads(line)["id"] for line in stdout.splitlines()) == [1, 3, 5]
    assert len(stderr.splitlines()) == 2 and "报告 2" in stderr and "报告 4" in stderr
    assert "funds_weight" in stderr and "indicators.weight" in stderr
    status, _, stderr = call(capsys, "dump", "--db", str(store), "--id", "2")
    assert status == 2 and len(stderr.splitlines()) == 1 and "funds_weight" in stderr


def test_rescue_of_a_file_that_is_no_store_is_refused_and_writes_nothing(capsys, tmp_path):
    for name, content in (("empty.sqlite", b""), ("random.bin", bytes(range(256)) * 400)):
        damaged = tmp_path / name
        damaged.write_bytes(content)
        before = state(tmp_path)
        status, stdout, stderr = call(capsys, "rescue", str(damaged), "--out",
                                      str(tmp_path / "new.sqlite"), "--lang", "en")
        assert status == 2 and stdout == ""
        assert stderr.count("\n") == 1 and str(damaged) in stderr
        assert "nothing in it looks like a report store" in stderr
        assert state(tmp_path) == before  # no new store, no leftover
