"""Scoring profiles are data: shipped files, user files, and clear refusals of broken ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from perfeval_gui.core.messages import UserError
from perfeval_gui.core.profiles import ProfileLibrary, builtin_profile_dir, load_profile_file

BUILTIN = builtin_profile_dir()


def test_both_profiles_ship_with_every_parameter(library):
    assert {"national-2020", "budget-system"} <= set(library.ids())
    national = library.get("national-2020")
    assert national.funds_weight == 10
    assert [(g.level1, g.weight) for g in national.groups] == [
        ("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)]
    assert national.level2_for("产出指标") == ("数量指标", "质量指标", "时效指标", "成本指标")
    assert national.over_threshold == 130 and national.over_deduction == 0
    budget = library.get("budget-system")
    assert budget.over_deduction == 2
    assert [(c.rate_below, c.max_total) for c in budget.caps] == [
        (80, 89), (70, 79), (60, 69), (50, 59)]
    assert library.problems == []


def test_an_unknown_profile_is_refused_listing_the_known_ones(library):
    with pytest.raises(UserError) as caught:
        library.get("shanghai-2019")
    assert "national-2020" in caught.value.text("zh") and caught.value.where == "profile"


def test_a_user_adds_a_city_profile_without_touching_the_installed_files(tmp_path):
    user = tmp_path / "profiles"
    user.mkdir()
    text = (BUILTIN / "national-2020.toml").read_text(encoding="utf-8")
    text = text.replace('id = "national-2020"', 'id = "yulin-city"')
    text = text.replace('"部分达成" = [60, 80]', '"部分达成" = [50, 80]')
    text = text.replace('"未达成" = [0, 60]', '"未达成" = [0, 50]')
    (user / "yulin.toml").write_text(text, encoding="utf-8")
    library = ProfileLibrary([BUILTIN, user])
    assert library.get("yulin-city").bands["部分达成"].low == 50
    assert library.get("national-2020").bands["部分达成"].low == 60


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("weight = 10\n", 'weight = "ten"\n', "funds.weight"),
        ('positive = "ratio"', 'positive = "square"', "formulas.positive"),
        ("threshold_percent = 130", "threshold_percent = 50", "over_achievement.threshold_percent"),
        ('"达成" = [80, 100]', '"达成" = [80]', "qualitative.bands.达成"),
        ('"部分达成" = 70', '"部分达成" = 95', "qualitative.rule_share.部分达成"),
        ('handling = "rescale"', 'handling = 3', "not_applicable.handling"),
        ('id = "national-2020"\n', "", "id"),
    ],
)
def test_a_malformed_profile_is_refused_naming_the_key(tmp_path, old, new, key):
    text = (BUILTIN / "national-2020.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_profile_file(path)
    assert key in caught.value.text("zh") and "broken.toml" in caught.value.text("zh")


def test_a_broken_user_file_does_not_hide_the_builtin_profiles(tmp_path):
    user = tmp_path / "profiles"
    user.mkdir()
    (user / "bad.toml").write_text("id = [", encoding="utf-8")
    library = ProfileLibrary([BUILTIN, user])
    assert "national-2020" in library.ids()
    assert len(library.problems) == 1 and "bad.toml" in library.problems[0].text("zh")


def test_profiles_in_the_data_folder_are_found(monkeypatch, tmp_path):
    import perfeval_gui.core.profiles as profiles

    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(tmp_path))
    (tmp_path / "profiles").mkdir()
    shutil.copy(BUILTIN / "budget-system.toml", tmp_path / "profiles" / "copy.toml")
    text = (tmp_path / "profiles" / "copy.toml").read_text(encoding="utf-8")
    (tmp_path / "profiles" / "copy.toml").write_text(
        text.replace('id = "budget-system"', 'id = "my-county"'), encoding="utf-8")
    monkeypatch.setattr(profiles, "_default_library", None)
    assert "my-county" in profiles.default_library().ids()
    monkeypatch.setattr(profiles, "_default_library", None)
    assert Path(BUILTIN).is_dir()


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ('id = "national-2020"', "id = 2020", "id"),
        ('name = "全国通用（财预〔2020〕10号）"', "name = true", "name"),
        ("weight = 10\n", "weight = true\n", "funds.weight"),
        ('"达成" = [80, 100]', '"达成" = ["80", 100]', "qualitative.bands.达成"),
        ('"达成" = [80, 100]', '"达成" = [true, 100]', "qualitative.bands.达成"),
        ('"达成" = [80, 100]', '"达成" = [80, 101]', "qualitative.bands.达成"),
        ("minimum = 90", 'minimum = "90"', "grades[0]"),
        # a band has low < high (domain README §5): [70, 70) holds no score at all
        ('"部分达成" = [60, 80]', '"部分达成" = [70, 70]', "qualitative.bands.部分达成"),
    ],
)
def test_a_value_of_the_wrong_type_is_refused_naming_the_key(tmp_path, old, new, key):
    text = (BUILTIN / "national-2020.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "typed.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_profile_file(path)
    assert key in caught.value.text("zh")


def test_a_rule_share_at_the_edge_of_its_band_is_accepted(tmp_path):
    text = (BUILTIN / "national-2020.toml").read_text(encoding="utf-8")
    text = text.replace('"部分达成" = 70', '"部分达成" = 60').replace('"未达成" = 30', '"未达成" = 0')
    path = tmp_path / "edge.toml"
    path.write_text(text, encoding="utf-8")
    profile = load_profile_file(path)
    assert (profile.bands["部分达成"].rule_share, profile.bands["未达成"].rule_share) == (60, 0)
    assert profile.bands["达成"].rule_share == profile.bands["达成"].high == 100


def test_a_report_is_scored_with_its_own_profile_else_the_default_one(library):
    assert library.scoring_profile("budget-system").id == "budget-system"
    assert library.scoring_profile("national-2020").id == "national-2020"
    assert library.scoring_profile("shanghai-2019").id == "national-2020"
