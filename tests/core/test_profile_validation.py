"""A user's profile file is input like any other: refused politely, naming the file and the
key, listed with its reason — never fatal, never silently skipped, never replacing a
built-in profile."""

from __future__ import annotations

import json

import pytest

from perfeval_gui.core.messages import UserError
from perfeval_gui.core.profiles import ProfileLibrary, builtin_profile_dir, load_profile_file

BUILTIN = builtin_profile_dir()
NATIONAL = (BUILTIN / "national-2020.toml").read_text(encoding="utf-8")


def county(text: str = NATIONAL) -> str:
    return text.replace('id = "national-2020"', 'id = "my-county"')


def user_library(tmp_path, **files: str) -> ProfileLibrary:
    user = tmp_path / "profiles"
    user.mkdir(exist_ok=True)
    for name, text in files.items():
        (user / f"{name}.toml").write_text(text, encoding="utf-8")
    return ProfileLibrary([BUILTIN, user])


@pytest.mark.parametrize(("old", "new", "key"), [
    ("weight = 10\n", "weight = nan\n", "funds.weight"),
    ("weight = 50\n", "weight = inf\n", "groups[0].weight"),
    ("threshold_percent = 130", "threshold_percent = -inf", "over_achievement.threshold_percent"),
    ("minimum = 90", "minimum = nan", "grades[0]"),
    ('"达成" = [80, 100]', '"达成" = [80, 80]', "qualitative.bands.达成"),
    ('"部分达成" = [60, 80]', '"部分达成" = [60, 85]', "qualitative.bands.部分达成"),
    ('"未达成" = [0, 60]', '"未达成" = [0, 65]', "qualitative.bands.未达成"),
    ('"达成" = [80, 100], "部分达成" = [60, 80], "未达成" = [0, 60]',
     '"达成" = [0, 60], "部分达成" = [60, 80], "未达成" = [80, 100]', "qualitative.bands"),
    ("weight = 50\n", "weight = 100\n", "groups"),
])
def test_a_profile_with_impossible_numbers_is_refused_naming_the_key(tmp_path, old, new, key):
    assert old in NATIONAL
    path = tmp_path / "broken.toml"
    path.write_text(county(NATIONAL.replace(old, new, 1)), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_profile_file(path)
    text = caught.value.text("en")
    assert key in text and "broken.toml" in text


def test_group_weights_summing_to_300_are_refused(tmp_path):
    text = county(NATIONAL).replace("weight = 50\n", "weight = 100\n").replace(
        "weight = 30\n", "weight = 100\n").replace("weight = 10\n", "weight = 90\n", 1)
    path = tmp_path / "triple.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_profile_file(path)
    assert "300" in caught.value.text("en")


def test_a_band_ending_where_the_next_begins_is_fine_half_open(tmp_path):
    library = user_library(tmp_path, ok=county())
    assert library.get("my-county").bands["部分达成"].high == 80


def test_a_profile_nested_100000_deep_is_refused_not_a_recursion_error(tmp_path):
    library = user_library(tmp_path, deep=county() + "\nextra = " + "[" * 100_000 + "]" * 100_000 + "\n")
    entry = next(e for e in library.entries if e.file.name == "deep.toml")
    assert entry.status == "refused" and "nested too deeply" in entry.error.text("en")
    assert "national-2020" in library.ids()


def test_nan_in_a_user_profile_leaves_every_other_profile_working(tmp_path):
    library = user_library(tmp_path, nan=county(NATIONAL.replace("weight = 10\n", "weight = nan\n", 1)))
    assert library.ids() == ["budget-system", "hubei-huangshi-2019", "national-2020"]
    entry = next(e for e in library.entries if not e.builtin)
    assert (entry.id, entry.status) == ("my-county", "refused")
    assert "funds.weight" in entry.to_json("en")["reason"]


def test_a_user_file_may_not_take_a_built_in_id(tmp_path):
    changed = NATIONAL.replace("minimum = 80", "minimum = 20")  # would make every report 良
    library = user_library(tmp_path, mine=changed)
    assert library.get("national-2020").grades[1].minimum == 80
    entry = next(e for e in library.entries if not e.builtin)
    assert entry.status == "refused" and entry.id == "national-2020"
    assert "mine.toml" in entry.error.text("zh") and "national-2020" in entry.error.text("zh")


def test_two_user_files_with_one_id_keep_the_first_and_refuse_the_second(tmp_path):
    library = user_library(tmp_path, a=county(), b=county())
    statuses = {e.file.name: e.status for e in library.entries if not e.builtin}
    assert statuses == {"a.toml": "ok", "b.toml": "refused"}


def test_a_report_using_a_refused_profile_is_told_why(tmp_path):
    library = user_library(tmp_path, county=county(NATIONAL.replace("weight = 10\n", "weight = nan\n", 1)))
    with pytest.raises(UserError) as caught:
        library.get("my-county")
    text = caught.value.text("zh")
    assert caught.value.where == "profile" and "county.toml" in text and "funds.weight" in text
    assert "未知" not in text


def test_profiles_command_lists_each_file_with_its_status(tmp_path, monkeypatch, capsys):
    import perfeval_gui.core.profiles as profiles
    from perfeval_gui.cli import run

    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(tmp_path))
    user_library(tmp_path, good=county(), bad="id = [", clash=NATIONAL)
    monkeypatch.setattr(profiles, "_default_library", None)
    assert run(["profiles", "--lang", "en"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_file = {line["file"].rsplit("/", 1)[-1]: line for line in lines}
    assert set(by_file["national-2020.toml"]) == {"id", "file", "builtin", "status", "reason"}
    assert by_file["national-2020.toml"]["builtin"] is True
    assert (by_file["good.toml"]["status"], by_file["good.toml"]["reason"]) == ("ok", None)
    assert by_file["bad.toml"]["status"] == "refused" and by_file["bad.toml"]["id"] is None
    assert "bad.toml" in by_file["bad.toml"]["reason"]
    assert by_file["clash.toml"]["status"] == "refused" and by_file["clash.toml"]["builtin"] is False
    monkeypatch.setattr(profiles, "_default_library", None)


@pytest.mark.parametrize(("extra", "why"), [
    ("x = " + "9" * 5000, "4300"),
    ("[" + ".".join(["a"] * 100) + "]\nx = 1", "nested too deeply"),
    ("y = " + "{a=" * 3000 + "1" + "}" * 3000, "nested too deeply"),
])
def test_odd_toml_is_a_refusal_with_a_reason_never_a_crash(tmp_path, extra, why):
    library = user_library(tmp_path, odd=county() + "\n" + extra + "\n")
    entry = next(e for e in library.entries if not e.builtin)
    assert entry.status == "refused" and why in entry.error.text("en")


def test_a_pipe_or_an_oversized_file_among_the_profiles_is_refused_not_waited_for(tmp_path):
    import os

    user = tmp_path / "profiles"
    user.mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(user / "pipe.toml")
    (user / "huge.toml").write_text(county() + "\n# " + "x" * 1024 * 1024 + "\n", encoding="utf-8")
    library = ProfileLibrary([BUILTIN, user])
    reasons = {e.file.name: e.error.text("en") for e in library.entries if not e.builtin}
    assert "huge.toml" in reasons["huge.toml"] and "10 MB" not in reasons["huge.toml"]
    if hasattr(os, "mkfifo"):
        assert "not a regular file" in reasons["pipe.toml"]
