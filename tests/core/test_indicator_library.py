"""Typing an indicator name offers the library: the shipped list, the user's own files and
what the user's store already holds."""

from __future__ import annotations

import pytest

from perfeval_gui.core.indicator_library import (
    BUILTIN,
    KINDS,
    STORE,
    IndicatorLibrary,
    LibraryEntry,
    entry_from_indicator,
    read_library_file,
)
from perfeval_gui.core.messages import UserError
from perfeval_gui.resources import resource_path

SHIPPED = resource_path("indicators", "library.toml")


def test_the_shipped_list_covers_every_level2_of_every_shipped_profile(library):
    entries = read_library_file(SHIPPED)
    assert len(entries) >= 150 and len({e.name for e in entries}) == len(entries)
    assert all(e.kind in KINDS and e.source == BUILTIN for e in entries)
    covered = {(e.level1, e.level2) for e in entries}
    for profile in library.profiles.values():
        for group in profile.groups:
            for level2 in group.level2:
                assert (group.level1, level2) in covered, (profile.id, level2)
    satisfaction = next(e for e in entries if e.name == "群众满意度")
    assert (satisfaction.kind, satisfaction.unit, satisfaction.target_template()) == ("≥", "%", "≥%")


def test_user_files_and_the_store_extend_it_and_own_entries_can_be_hidden_or_renamed(tmp_path):
    (tmp_path / "mine.toml").write_text(
        '[[group]]\nlevel1 = "产出指标"\nlevel2 = "数量指标"\n'
        'indicators = [["打井数量", "≥", "眼"], ["群众满意度", "=", "%"]]\n', encoding="utf-8")
    (tmp_path / "broken.toml").write_text('[[group]]\nlevel1 = 1\nindicators = [["x", "?", ""]]',
                                          encoding="utf-8")
    stored = [entry_from_indicator("效益指标", "社会效益指标", "自来水入户率", "≥98%"),
              entry_from_indicator("产出指标", "时效指标", "完工时间", "2024年11月30日前"),
              entry_from_indicator("产出指标", "数量指标", "旧名称", "5次")]
    problems: list[UserError] = []
    library = IndicatorLibrary.build(SHIPPED, tmp_path, stored, hidden=["打井数量"],
                                     renamed={"旧名称": "新名称", "群众满意度": "改不了"},
                                     problems=problems)
    assert library.find("打井数量") is None  # hidden by the user
    assert library.find("群众满意度").source == BUILTIN  # the shipped entry wins and keeps its name
    assert library.find("改不了") is None
    assert library.find("自来水入户率") == LibraryEntry(
        "效益指标", "社会效益指标", "自来水入户率", "≥", "%", STORE)
    assert library.find("完工时间").kind == "日期"
    assert library.find("新名称").unit == "次" and library.find("旧名称") is None
    assert [p.where for p in problems] == [str(tmp_path / "broken.toml")]


def test_a_broken_library_file_names_the_entry(tmp_path):
    path = tmp_path / "x.toml"
    path.write_text('[[group]]\nlevel1 = "a"\nlevel2 = "b"\nindicators = [["名", "大约", ""]]',
                    encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_library_file(path)
    assert "group[0].indicators[0]" in caught.value.text()
