"""The 汇总 of a year is read from figures the store keeps with each report (total, grade,
funds, the number of errors and warnings), so ten thousand reports are summarised from one
query; the figures are written with every save and recomputed when the rules change."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from perfeval_gui.core.checks import ERROR, WARNING, run_checks
from perfeval_gui.core.interchange import report_to_document
from perfeval_gui.core.summary import summary_row
from perfeval_gui.store import score_cache
from perfeval_gui.store.repository import ReportStore

from ..cli.test_cli import call

FIXTURES = Path(__file__).parent / "fixtures"


def counted(report, library) -> tuple[int, int]:
    findings = run_checks(report, library.get(report.profile))
    return sum(f.severity == ERROR for f in findings), sum(f.severity == WARNING for f in findings)


def never_load(store: ReportStore, monkeypatch) -> None:
    def refuse(report_id: int):
        raise AssertionError(f"report {report_id} was read: its figures should have been kept")
    monkeypatch.setattr(store, "load", refuse)


def test_the_kept_figures_are_the_report_scored_and_checked(tmp_path, seed_report, library, monkeypatch):
    with ReportStore(tmp_path / "s.sqlite") as store:
        report_id = store.create(seed_report)
        expected = summary_row(report_id, seed_report, library.get(seed_report.profile))
        assert (expected.errors, expected.warnings) == counted(seed_report, library)
        assert expected.errors > 0  # the seed's real contradictions: the count is not a default 0
        never_load(store, monkeypatch)
        rows, missing = store.summary_rows(2023)
        assert (rows, missing) == ([expected], [])


def test_a_save_keeps_the_figures_of_what_it_wrote(tmp_path, seed_report, library):
    with ReportStore(tmp_path / "s.sqlite") as store:
        report_id = store.create(seed_report)
        seed_report.funds.rows[0].executed = seed_report.funds.rows[0].initial / 2
        seed_report.indicators[0].actual = ""
        store.save(report_id, seed_report)
        (row,), _ = store.summary_rows(2023)
        assert row == summary_row(report_id, seed_report, library.get(seed_report.profile))
        assert row.rate == 50


def test_a_store_of_the_previous_schema_gets_its_figures_computed_once(tmp_path, seed_doc, library):
    path = tmp_path / "v5.sqlite"
    shutil.copy(FIXTURES / "schema-v5.sqlite", path)
    with ReportStore(path) as store:
        rows, missing = store.summary_rows(2023)
        assert rows == [] and [i for i, _ in missing] == [1]  # kept before figures were
        assert score_cache.is_stale(store, library)
        score_cache.rescore_if_stale(store, library)
        report = store.load(1)
        assert report_to_document(report) == seed_doc
        assert store.summary_rows(2023) == ([summary_row(1, report, library.get(report.profile))], [])


def test_the_summary_command_reads_kept_figures_without_opening_reports(capsys, tmp_path, seed_report,
                                                                       monkeypatch, library):
    db = tmp_path / "s.sqlite"
    with ReportStore(db) as store:
        store.create(seed_report)
        score_cache.rescore_if_stale(store, library)
    opened: list[int] = []
    real_load = ReportStore.load
    monkeypatch.setattr(ReportStore, "load", lambda self, i: opened.append(i) or real_load(self, i))
    status, out, err = call(capsys, "summary", "--db", str(db), "--year", "2023")
    assert (status, err, opened) == (0, "", [])
    first = json.loads(out.splitlines()[0])
    assert (first["errors"], first["warnings"]) == counted(seed_report, library)


def test_a_report_of_an_unknown_profile_is_skipped_counted_and_named(capsys, tmp_path, seed_report):
    db = tmp_path / "s.sqlite"
    with ReportStore(db) as store:
        store.create(seed_report)
        seed_report.profile = "atlantis-1999"
        stranger = store.create(seed_report)
    status, out, err = call(capsys, "summary", "--db", str(db), "--year", "2023")
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and [r["source"] for r in lines[:-1]] == [1]
    assert lines[-1]["totals"]["skipped"] == 1
    assert f"id {stranger}" in err and "atlantis-1999" in err and err.count("\n") == 1


def test_a_store_that_cannot_be_written_is_summarised_from_its_reports(capsys, tmp_path, seed_report,
                                                                       monkeypatch, library):
    from perfeval_gui.core.messages import UserError

    db = tmp_path / "s.sqlite"
    with ReportStore(db) as store:
        store.create(seed_report)
        store.db.execute("UPDATE reports SET errors = NULL")  # figures missing: to be computed

    def refuse(self, items):
        raise UserError(str(db), "store.readonly", detail="read-only")
    monkeypatch.setattr(ReportStore, "set_summaries", refuse)
    status, out, err = call(capsys, "summary", "--db", str(db), "--year", "2023")
    assert (status, err) == (0, "")
    assert json.loads(out.splitlines()[0])["errors"] == counted(seed_report, library)[0]
