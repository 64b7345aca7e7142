"""A province's own words for 完成目标可能性 come back as their level: a form printed by a
profile saying 无法完成 for 完全不可能 is read — from the app's own Word file or a hand-made
sheet — as 完全不可能, the interchange's word."""

from __future__ import annotations

import pytest

from perfeval_gui.core import profiles
from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.core.profiles import builtin_profile_dir
from perfeval_gui.export.writer import export_report
from perfeval_gui.reader import read_file

from ..cycle_documents import hubei_monitoring
from .builders import write_xlsx
from .test_cycle_forms_read import hubei_grid

HUBEI = (builtin_profile_dir() / "hubei-huangshi-2019.toml").read_text(encoding="utf-8")
OWN_WORDS = 'likelihood_words = ["能完成", "可能完成", "无法完成"]'


@pytest.fixture
def county(monkeypatch, tmp_path):
    """A user's profile, 湖北's form in other words, among the profiles read afresh."""
    home = tmp_path / "home"
    (home / "profiles").mkdir(parents=True)
    text = HUBEI.replace('id = "hubei-huangshi-2019"', 'id = "county-words"').replace(
        'likelihood_words = ["确定能", "有可能", "不可能"]', OWN_WORDS)
    assert OWN_WORDS in text
    (home / "profiles" / "county.toml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(home))
    monkeypatch.setattr(profiles, "_default_library", None)
    yield profiles.default_library().get("county-words")
    profiles._default_library = None


def test_the_app_s_own_word_file_reads_back_as_the_level(tmp_path, county):
    document = hubei_monitoring()
    document["profile"] = "county-words"
    report = report_from_document(document)
    path = tmp_path / "form.docx"
    export_report(report, county, docx=path)
    from docx import Document

    cells = {c.text for t in Document(str(path)).tables for r in t.rows for c in r.cells}
    assert "无法完成" in cells and "完全不可能" not in cells
    read = read_file(path).report
    assert [i.likelihood for i in read.indicators] == ["确定能", "确定能", "完全不可能"]


def test_a_hand_made_sheet_in_the_profile_s_words_is_read(tmp_path, county):
    grid = hubei_grid()
    grid.rows = [[("无法完成" if cell == "不可能" else cell) for cell in row] for row in grid.rows]
    grid.rows = [[("可能完成" if cell == "确定能" else cell) for cell in row] for row in grid.rows]
    reading = read_file(write_xlsx(tmp_path / "form.xlsx", [grid]))
    assert [i.likelihood for i in reading.report.indicators] == ["有可能", "有可能", "完全不可能"]
