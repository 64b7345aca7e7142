"""The monitoring form's rules are a profile's data: the central template by default, the
published 湖北 (黄石市 2019) form as a second profile, a user's broken table refused naming
its key."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.core.monitoring_rules import CENTRAL
from perfeval_gui.core.profiles import ProfileLibrary, builtin_profile_dir, load_profile_file

BUILTIN = builtin_profile_dir()
NATIONAL = (BUILTIN / "national-2020.toml").read_text(encoding="utf-8")


def test_the_central_template_is_the_national_profile_s_monitoring_form():
    rules = ProfileLibrary([BUILTIN]).get("national-2020").monitoring
    assert rules == CENTRAL
    assert rules.period_end == "07-31" and rules.causes_per == "row" and rules.projection
    assert rules.cause_categories == ("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他")
    assert (rules.lag_form, rules.lag_threshold) == ("points", Decimal(10))


def test_the_hubei_form_is_a_profile():
    rules = ProfileLibrary([BUILTIN]).get("hubei-huangshi-2019").monitoring
    assert rules.period_end == "06-30"
    assert rules.projection is False  # no 全年预计完成情况 per row
    assert rules.causes_per == "form"  # 偏差原因 and 建议举措 once, for the form
    assert rules.cause_categories == ("规划和目标设计", "投入保障", "制度保障", "项目管理")


def test_a_profile_without_a_monitoring_table_has_the_central_template(tmp_path):
    path = tmp_path / "old.toml"
    path.write_text(NATIONAL.split("\n[monitoring]")[0], encoding="utf-8")
    assert load_profile_file(path).monitoring == CENTRAL


def test_a_vendor_s_ratio_threshold_is_data(tmp_path):
    path = tmp_path / "vendor.toml"
    path.write_text(NATIONAL.replace('lag_form = "points"', 'lag_form = "ratio"')
                    .replace("lag_threshold = 10", "lag_threshold = 80"), encoding="utf-8")
    rules = load_profile_file(path).monitoring
    # time progress 7/12 = 58.33 %: 执行率 45 % is 77 % of it (below 80 %), 47 % is 80.6 %
    time = Decimal(7) * 100 / 12
    assert rules.lags(Decimal(45), time) and not rules.lags(Decimal(47), time)
    assert CENTRAL.lags(Decimal("48.3"), time) and not CENTRAL.lags(Decimal("48.4"), time)


@pytest.mark.parametrize(("old", "new", "key"), [
    ('period_end = "07-31"', 'period_end = "07-32"', "monitoring.period_end"),
    ('period_end = "07-31"', 'period_end = 731', "monitoring.period_end"),
    ('causes_per = "row"', 'causes_per = "page"', "monitoring.causes_per"),
    ('cause_categories = ["经费保障"', 'cause_categories = ["其他", "其他"', "monitoring.cause_categories"),
    ("projection = true", 'projection = "yes"', "monitoring.projection"),
    ('lag_form = "points"', 'lag_form = "colour"', "monitoring.lag_form"),
    ("lag_threshold = 10", "lag_threshold = -5", "monitoring.lag_threshold"),
])
def test_a_broken_monitoring_table_is_refused_naming_its_key(tmp_path, old, new, key):
    path = tmp_path / "county.toml"
    assert NATIONAL.count(old) == 1
    path.write_text(NATIONAL.replace(old, new), encoding="utf-8")
    library = ProfileLibrary([tmp_path])
    (entry,) = library.entries
    assert entry.status == "refused" and key in entry.error.text("en")


def test_a_province_s_own_headers_are_data():
    """湖北's form heads its columns in its own words: 半年度指标执行情况, 1-6月执行数."""
    from perfeval_gui.core.form_columns import form_table
    from perfeval_gui.core.form_kinds import MONITORING
    from perfeval_gui.core.model import FundRow, Indicator

    hubei = ProfileLibrary([BUILTIN]).get("hubei-huangshi-2019").monitoring
    assert hubei.header("to_date") == "半年度指标执行情况"
    rows = {c.field: c.zh for c in form_table(Indicator, MONITORING, hubei, 6)}
    assert rows["to_date"] == "半年度指标执行情况" and rows["target"] == "指标值"
    assert rows["likelihood"] == "完成目标可能性（确定能、有可能、不可能）"
    funds = {c.field: c.zh for c in form_table(FundRow, MONITORING, hubei, 6)}
    assert funds["executed_to_date"] == "1-6月执行数" and funds["projected"] == "全年预计执行数"
    assert "adjusted" not in funds and "initial" in funds  # 年初预算数 only
    central = {c.field: c.zh for c in form_table(Indicator, MONITORING, CENTRAL, 7)}
    assert central["to_date"] == "1–7月执行情况" and central["target"] == "年度指标值"


@pytest.mark.parametrize(("table", "key"), [
    ('[monitoring.headers]\nactual = "实际"\n', "monitoring.headers.actual"),
    ('[monitoring.headers]\nto_date = ""\n', "monitoring.headers"),
    ('left_out = ["to_date"]\n', "monitoring.left_out"),
])
def test_a_header_of_no_monitoring_column_is_refused(tmp_path, table, key):
    path = tmp_path / "bad.toml"
    path.write_text(NATIONAL + "\n" + table, encoding="utf-8")
    with pytest.raises(Exception, match=key.replace(".", r"\.")):
        load_profile_file(path)


def test_the_words_of_each_likelihood_level_are_the_profile_s():
    """湖北's form says 不可能 where the central template says 完全不可能: the same level, which
    the document keeps in the interchange's word; either word names it."""
    library = ProfileLibrary([BUILTIN])
    hubei = library.get("hubei-huangshi-2019").monitoring
    assert hubei.likelihood_words == ("确定能", "有可能", "不可能")
    assert hubei.likelihood_word("完全不可能") == "不可能" and hubei.likelihood_word(None) == ""
    assert hubei.likelihood_level("不可能") == hubei.likelihood_level(" 完全不可能") == "完全不可能"
    assert hubei.likelihood_level("大概能") is None
    central = library.get("national-2020").monitoring
    assert central.likelihood_words == CENTRAL.likelihood_words == ("确定能", "有可能", "完全不可能")
    assert central.likelihood_word("完全不可能") == "完全不可能"


def test_a_province_s_own_likelihood_words_are_shown_and_read(tmp_path):
    path = tmp_path / "county.toml"
    path.write_text(NATIONAL.replace('likelihood_words = ["确定能", "有可能", "完全不可能"]',
                                     'likelihood_words = ["能完成", "可能完成", "无法完成"]'),
                    encoding="utf-8")
    rules = load_profile_file(path).monitoring
    assert rules.likelihood_word("有可能") == "可能完成"
    assert rules.likelihood_level("无法完成") == rules.likelihood_level("不可能") == "完全不可能"


@pytest.mark.parametrize("words", [
    '["确定能", "有可能"]',  # three levels, three words
    '["确定能", "有可能", "有可能"]',
    '["有可能", "确定能", "完全不可能"]',  # another level's word
    '["确定能", "", "不可能"]',
    '["确定能", "有 可能", "不可能"]',
    '"确定能"',
])
def test_broken_likelihood_words_are_refused_naming_the_key(tmp_path, words):
    path = tmp_path / "bad.toml"
    old = 'likelihood_words = ["确定能", "有可能", "完全不可能"]'
    assert NATIONAL.count(old) == 1
    path.write_text(NATIONAL.replace(old, f"likelihood_words = {words}"), encoding="utf-8")
    with pytest.raises(Exception, match=r"monitoring\.likelihood_words"):
        load_profile_file(path)
