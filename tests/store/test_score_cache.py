"""Cached totals and grades follow the profile files and the program: when either changes,
every cached total is recomputed — by ``list`` before printing, by the window in steps."""

from __future__ import annotations

import json

import pytest

from perfeval_gui.app_paths import user_profile_dir
from perfeval_gui.core import profiles
from perfeval_gui.core.interchange import report_to_json
from perfeval_gui.core.profiles import builtin_profile_dir, default_library
from perfeval_gui.store import score_cache
from perfeval_gui.store.repository import ReportStore

from ..cli.test_cli import call


@pytest.fixture
def fresh_library(monkeypatch):
    """default_library() is read once per process: each call here reads the files again."""
    def reread():
        monkeypatch.setattr(profiles, "_default_library", None)
        return default_library()
    return reread


def city_profile(good_from: int) -> None:
    """The user's city rules: the national ones with 良 from *good_from*."""
    text = (builtin_profile_dir() / "national-2020.toml").read_text(encoding="utf-8")
    text = text.replace('id = "national-2020"', 'id = "yulin-city"')
    assert "minimum = 80" in text
    text = text.replace("minimum = 80", f"minimum = {good_from}")
    folder = user_profile_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "yulin.toml").write_text(text, encoding="utf-8")


def listed(capsys, db) -> list[dict]:
    status, out, err = call(capsys, "list", "--db", str(db))
    assert (status, err) == (0, "")
    return [json.loads(line) for line in out.splitlines()]


def test_list_never_shows_a_grade_the_report_no_longer_has(capsys, tmp_path, seed_report,
                                                           fresh_library):
    city_profile(80)
    fresh_library()
    seed_report.profile = "yulin-city"
    path = tmp_path / "r.json"
    path.write_text(report_to_json(seed_report), encoding="utf-8")
    db = tmp_path / "s.sqlite"
    call(capsys, "import", str(path), "--db", str(db))
    assert [r["grade"] for r in listed(capsys, db)] == ["良"]  # 85 with 良 from 80

    city_profile(86)  # the city raises 良's limit: 85 is now 中
    fresh_library()
    _status, out, _err = call(capsys, "score", str(path))
    assert json.loads(out)["grade"] == "中"
    assert [(r["total"], r["grade"]) for r in listed(capsys, db)] == [(85, "中")]
    with ReportStore(db) as store:  # the store itself was brought up to date, not just the print
        assert [s.grade for s in store.list()] == ["中"]
        assert not score_cache.is_stale(store, default_library())


def test_a_new_version_of_the_program_recomputes(tmp_path, seed_report, monkeypatch, library):
    with ReportStore(tmp_path / "s.sqlite") as store:
        report_id = store.create(seed_report)
        assert score_cache.rescore_if_stale(store, library)
        assert not score_cache.rescore_if_stale(store, library)  # nothing changed: nothing to do
        store.db.execute("UPDATE reports SET grade = '优', total = '99' WHERE id = ?", [report_id])
        monkeypatch.setattr(score_cache, "__version__", "99.0")
        assert score_cache.rescore_if_stale(store, library)
        (summary,) = store.list()
        assert (summary.total, summary.grade) == (85, "良")


def test_a_report_saved_meanwhile_keeps_its_newer_total(tmp_path, seed_report, library):
    with ReportStore(tmp_path / "s.sqlite") as store:
        report_id = store.create(seed_report)
        ((_, read_at),) = store.summary_keys()
        store.db.execute("UPDATE reports SET updated = '2099-01-01T00:00:00' WHERE id = ?", [report_id])
        store.set_summaries([(report_id, read_at, None)])  # computed from the older text
        assert store.list()[0].grade == "良"


def test_an_unknown_profile_caches_no_total(tmp_path, seed_report, library):
    seed_report.profile = "atlantis-1999"
    with ReportStore(tmp_path / "s.sqlite") as store:
        store.create(seed_report)
        score_cache.rescore_if_stale(store, library)
        (summary,) = store.list()
        assert summary.total is None and summary.grade == ""


def test_the_window_recomputes_in_steps_and_lists_the_new_grade(qtbot, tmp_path, seed_report,
                                                                fresh_library, monkeypatch):
    from perfeval_gui.ui.reports.report_list_model import ReportListModel
    from perfeval_gui.ui.shell.main_window import MainWindow

    monkeypatch.setattr(score_cache, "MAX_BATCH", 2)
    city_profile(80)
    library = fresh_library()
    seed_report.profile = "yulin-city"
    store = ReportStore(tmp_path / "s.sqlite")
    ids = [store.create(seed_report) for _ in range(5)]
    score_cache.rescore_if_stale(store, library)
    city_profile(86)
    library = fresh_library()
    window = MainWindow(store, library)
    qtbot.addWidget(window)
    model = window.list_page.model

    def grades() -> list[str]:
        rows = {model.summary(r).id: r for r in range(model.rowCount())}
        return [model.index(rows[i], ReportListModel.GRADE).data() for i in ids]

    assert grades() == ["良"] * 5  # shown at once from the cache, then brought up to date
    qtbot.waitUntil(lambda: grades() == ["中"] * 5, timeout=5000)
    assert not score_cache.is_stale(store, library)
    store.close()


def test_a_store_that_cannot_be_written_is_listed_with_live_scores(capsys, tmp_path, seed_report,
                                                                   monkeypatch):
    from perfeval_gui.core.messages import UserError

    db = tmp_path / "s.sqlite"
    with ReportStore(db) as store:
        report_id = store.create(seed_report)
        store.db.execute("UPDATE reports SET grade = '优', total = '99' WHERE id = ?", [report_id])

    def refuse(self, items):
        raise UserError(str(db), "store.readonly", detail="read-only medium")

    monkeypatch.setattr(ReportStore, "set_summaries", refuse)
    assert [(r["total"], r["grade"]) for r in listed(capsys, db)] == [(85, "良")]


def test_a_new_store_with_its_demo_is_current_so_the_next_start_recomputes_nothing(tmp_path):
    from perfeval_gui.ui.shell.app import open_store

    store = open_store(str(tmp_path / "new.sqlite"))
    assert store.count() == 1 and not score_cache.is_stale(store, default_library())
    store.close()
