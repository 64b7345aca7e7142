"""A damaged store gives back every report it still physically holds: a truncated file, a
zeroed header page, damaged pages in the middle. The rescue merges the newest backup, says
where each report comes from, and never changes the damaged file."""

from __future__ import annotations

import copy
import hashlib
import random
import sqlite3
from pathlib import Path

import pytest

from perfeval_gui.core.interchange import report_from_json, report_to_json
from perfeval_gui.core.messages import UserError
from perfeval_gui.store import backups, rescue
from perfeval_gui.store.repository import ReportStore

from .damage import damage_kinds, rows_present, store_with_reports, truncated, zeroed

KINDS = ["truncated at 25%", "truncated at 50%", "truncated at 75%", "truncated at 90%",
         "header page zeroed", "reports root (interior) page zeroed", "a reports leaf page zeroed",
         "an indicators leaf page zeroed", "a reports leaf page garbled",
         "header + 3 interior pages garbled"]


@pytest.fixture(scope="module")
def sound(tmp_path_factory, seed_text) -> tuple[Path, list[str], dict[str, str]]:
    """A store of 40 reports, and each report's JSON as it was stored."""
    path = tmp_path_factory.mktemp("sound") / "reports.sqlite"
    names = store_with_reports(path, report_from_json(seed_text), 40)
    with ReportStore(path) as store:
        stored = {s.name: report_to_json(store.load(s.id)) for s in store.list()}
    return path, names, stored


def fingerprint(path: Path) -> tuple[str, list[str]]:
    return (hashlib.sha256(path.read_bytes()).hexdigest(),
            sorted(p.name for p in path.parent.iterdir()))


@pytest.mark.parametrize("kind", KINDS)
def test_every_report_row_the_damaged_file_holds_is_recovered(sound, tmp_path, kind):
    path, names, stored = sound
    data, destroyed = damage_kinds(path)[kind]
    damaged = tmp_path / "reports.sqlite"
    damaged.write_bytes(data)
    before = fingerprint(damaged)
    present = rows_present(path, names, destroyed)
    result = rescue.plan(damaged, backup=False)
    recovered = {o.name for o in result.of(rescue.RECOVERED)}
    assert present <= recovered  # every row still there comes back
    assert recovered <= set(names)  # and nothing that never was
    assert result.rows_present >= len(present)
    whole = [o for o in result.of(rescue.RECOVERED) if not o.missing_rows]
    for outcome in whole:  # a report said to be whole is exactly what was stored
        report = result.chosen[outcome.id][0]
        assert report_to_json(report) == stored[outcome.name], outcome.name
    assert fingerprint(damaged) == before  # the damaged file is only read
    if kind.startswith(("header page", "reports root")):
        assert len(recovered) == 40 and len(whole) == 40


def test_a_report_whose_list_rows_are_gone_says_so_and_is_never_called_whole(sound, tmp_path):
    path, _names, stored = sound
    data, _ = damage_kinds(path)["an indicators leaf page zeroed"]
    damaged = tmp_path / "reports.sqlite"
    damaged.write_bytes(data)
    result = rescue.plan(damaged, backup=False)
    short = [o for o in result.outcomes if o.missing_rows]
    assert short and all(set(o.missing_rows) == {"indicators"} for o in short)
    for outcome in short:
        kept = len(result.chosen[outcome.id][0].indicators)
        assert kept + outcome.missing_rows["indicators"] == len(
            report_from_json(stored[outcome.name]).indicators)
    assert not result.complete


def test_the_rescue_merges_the_newest_backup_report_by_report(tmp_path, seed_report):
    """30 reports backed up; then 10 more and an edit of report 2; then the file is cut in
    half. The newer reports still in the file come from it, the older ones gone from it come
    from the backup, and those in neither are named lost."""
    path = tmp_path / "reports.sqlite"
    names = store_with_reports(path, seed_report, 30)
    backup = backups.make_backup(path, path, "daily")
    backed_up = fingerprint(backup)
    with ReportStore(path) as store:
        edited = store.load(2)
        edited.project.name = "项目02（改）"
        store.save(2, edited)
        for n in range(31, 41):
            report = copy.deepcopy(seed_report)
            report.project.name = f"项目{n:02d}"
            names.append(report.project.name)
            store.create(report)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    sound_copy = tmp_path / "sound.sqlite"
    sound_copy.write_bytes(path.read_bytes())
    data, destroyed = truncated(path.read_bytes(), 0.5)
    path.write_bytes(data)
    result = rescue.plan(path)
    assert result.backup == backup and fingerprint(backup) == backed_up  # merged from a copy
    by_id = {o.id: o for o in result.outcomes}
    assert by_id[2].source == rescue.RECOVERED and by_id[2].name == "项目02（改）"  # newer than the backup
    from_backup = {o.id for o in result.of(rescue.BACKUP)}
    lost = {o.id for o in result.of(rescue.LOST)}
    assert from_backup and from_backup <= set(range(1, 31))  # only what the backup had
    assert lost and lost <= set(range(31, 41))  # made after the backup, and cut off
    assert set(by_id) == set(range(1, 41))  # every report is accounted for, by id
    present = rows_present(sound_copy, [n if n != "项目02" else "项目02（改）" for n in names], destroyed)
    kept = {o.name: o.source for o in result.outcomes if o.source != rescue.LOST}
    assert present <= set(kept)  # each row still there is kept: from the file, or from an
    # equally new backup where rows of its lists were cut off with the file's end
    assert all(kept[name] == rescue.RECOVERED for name in present if name >= "项目31")
    out = rescue.write(result, tmp_path / "new.sqlite")
    with ReportStore(out) as new:
        listed = {s.id: s.name for s in new.list()}
        assert listed == {o.id: o.name for o in result.outcomes if o.source != rescue.LOST}
        assert new.revision(2) == 1  # its history is kept
    assert not list(tmp_path.glob("*.part*"))


def test_a_recovered_report_with_rows_gone_is_taken_from_an_equally_new_backup(tmp_path, seed_report):
    path = tmp_path / "reports.sqlite"
    store_with_reports(path, seed_report, 40)
    backups.make_backup(path, path, "daily")
    data, _ = truncated(path.read_bytes(), 0.75)
    path.write_bytes(data)
    result = rescue.plan(path)
    assert not result.of(rescue.LOST)
    assert all(not o.missing_rows for o in result.outcomes)  # each whole one is taken from somewhere
    assert result.of(rescue.BACKUP) and result.complete


def test_the_wal_is_read_too_and_never_changed(tmp_path, seed_report):
    """A store killed with its last edits in the -wal: those edits are in the rescue."""
    path = tmp_path / "reports.sqlite"
    store_with_reports(path, seed_report, 5)
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE reports SET name = '改在 WAL 里', revision = revision + 1 WHERE id = 3")
    writer.commit()
    wal = Path(f"{path}-wal")
    saved_wal, saved_db = wal.read_bytes(), path.read_bytes()
    data, _ = zeroed(path.read_bytes(), 1)
    path.write_bytes(data)
    result = rescue.plan(path, backup=False)
    assert {o.id: o.name for o in result.outcomes}[3] == "改在 WAL 里"
    assert wal.read_bytes() == saved_wal
    writer.close()
    del saved_db


def test_a_backup_that_is_damaged_is_passed_over_for_an_older_sound_one(tmp_path, seed_report):
    path = tmp_path / "reports.sqlite"
    store_with_reports(path, seed_report, 3)
    from datetime import datetime, timedelta

    older = backups.make_backup(path, path, "daily", now=datetime.now() - timedelta(days=1))
    newer = backups.make_backup(path, path, "manual")
    newer.write_bytes(newer.read_bytes()[:8192])
    assert rescue.newest_sound_backup(path) == older


def test_the_target_is_never_written_over(tmp_path, seed_report):
    path = tmp_path / "reports.sqlite"
    store_with_reports(path, seed_report, 2)
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"mine")
    with pytest.raises(UserError, match="exists"):
        rescue.write(rescue.plan(path, backup=False), taken)
    assert taken.read_bytes() == b"mine"


def test_long_texts_on_overflow_pages_come_back_whole(tmp_path, seed_report):
    """A narrative longer than a page is kept on a chain of overflow pages: the reader follows
    the chain (and a report whose chain is cut is not called whole)."""
    path = tmp_path / "reports.sqlite"
    long_report = copy.deepcopy(seed_report)
    long_report.project.name = "长文本"
    long_report.sections.fund_adjustment = "资金使用情况说明。" * 2200  # ~59 KB of UTF-8
    with ReportStore(path) as store:
        for n in range(3):
            report = copy.deepcopy(seed_report)
            report.project.name = f"项目{n}"
            store.create(report)
        store.create(long_report)
        stored = report_to_json(store.load(4))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data, _ = zeroed(path.read_bytes(), 1)
    path.write_bytes(data)
    result = rescue.plan(path, backup=False)
    assert report_to_json(result.chosen[4][0]) == stored


def test_without_the_header_page_rows_gone_from_a_list_are_still_noticed(sound, tmp_path):
    """The file's schema is gone with its first page, yet its index pages still name every
    row of every list: a report whose indicators page is gone is never called whole."""
    path, _names, stored = sound
    from .damage import leaf_pages

    indicators = leaf_pages(path)["indicators:leaf"]
    data, _ = zeroed(path.read_bytes(), 1, indicators[len(indicators) // 2])
    damaged = tmp_path / "reports.sqlite"
    damaged.write_bytes(data)
    result = rescue.plan(damaged, backup=False)
    assert len(result.of(rescue.RECOVERED)) == 40
    for outcome in result.outcomes:
        same = report_to_json(result.chosen[outcome.id][0]) == stored[outcome.name]
        assert same == (not outcome.missing_rows), outcome.name
    assert any(o.missing_rows for o in result.outcomes)


def _foreign_sqlite(path: Path) -> None:
    """Another program's database: rows of its own that a store's tables could fit."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (n INTEGER, body TEXT)")
    conn.executemany("INSERT INTO notes VALUES (?, ?)", [(i, "x" * i) for i in range(300)])
    conn.commit()
    conn.close()


@pytest.mark.parametrize("content", ["empty", "random bytes", "a text", "another program's SQLite"])
def test_a_file_with_nothing_of_a_store_in_it_is_refused_not_rescued_as_an_empty_store(tmp_path, content):
    path = tmp_path / "reports.sqlite"
    if content == "another program's SQLite":
        _foreign_sqlite(path)
    else:
        path.write_bytes({"empty": b"", "random bytes": random.Random(5).randbytes(200_000),
                          "a text": "年度绩效自评\n".encode()}[content])
    before = fingerprint(path)
    with pytest.raises(UserError) as refused:
        rescue.plan(path)
    assert refused.value.message.code == "rescue.not_a_store" and refused.value.where == str(path)
    assert "no page of a perfeval-gui store" in refused.value.text("en")
    assert fingerprint(path) == before


def test_an_empty_file_with_a_backup_gives_the_backup_s_reports(tmp_path, seed_report):
    """A store emptied (or overwritten) whose backup is sound: every report from the backup,
    none of the file's bytes taken for rows, nothing called lost."""
    path = tmp_path / "reports.sqlite"
    names = store_with_reports(path, seed_report, 3)
    backups.make_backup(path, path, "daily")
    _foreign_sqlite(tmp_path / "other.sqlite")
    path.write_bytes((tmp_path / "other.sqlite").read_bytes())
    result = rescue.plan(path)
    assert sorted(o.name for o in result.outcomes) == names
    assert {o.source for o in result.outcomes} == {rescue.BACKUP} and result.rows_present == 0


def test_a_sound_store_without_reports_is_still_a_store(tmp_path):
    path = tmp_path / "reports.sqlite"
    ReportStore(path).close()
    result = rescue.plan(path, backup=False)
    assert result.outcomes == [] and result.complete
