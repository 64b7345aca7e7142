"""Every limit of report-format.md, at the limit (accepted) and one past it (refused, naming
the field) — for a file, and for what the window lets a user type."""

from __future__ import annotations

import copy
import json
import time
from decimal import Decimal

import pytest

from perfeval_gui.core import limits
from perfeval_gui.core.inputs import amount_input, points_input
from perfeval_gui.core.interchange import read_report_file, report_from_json
from perfeval_gui.core.messages import UserError


def read(doc: dict, **dumps) -> object:
    return report_from_json(json.dumps(doc, ensure_ascii=False, **dumps))


def refused(doc: dict | str) -> UserError:
    text = doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False)
    with pytest.raises(UserError) as caught:
        report_from_json(text)
    return caught.value


def with_unknown(seed_doc: dict, raw_value: str) -> str:
    """The seed with an unknown key holding *raw_value* written as raw JSON text."""
    text = json.dumps(seed_doc, ensure_ascii=False)
    return text[:-1] + f', "newer_app_data": {raw_value}}}'


def test_a_document_of_exactly_10_mb_is_read_and_one_byte_more_is_refused(seed_doc, tmp_path):
    base = json.dumps({**seed_doc, "pad": ""}, ensure_ascii=False).encode("utf-8")
    at_limit = base.replace(b'"pad": ""', b'"pad": "' + b"x" * (limits.MAX_BYTES - len(base)) + b'"')
    assert len(at_limit) == limits.MAX_BYTES
    path = tmp_path / "big.json"
    path.write_bytes(at_limit)
    assert len(read_report_file(path).extra["pad"]) == limits.MAX_BYTES - len(base)
    path.write_bytes(at_limit.replace(b'"pad": "', b'"pad": "x'))
    with pytest.raises(UserError) as caught:
        read_report_file(path)
    assert caught.value.message.code == "doc.too_large" and str(path) in caught.value.text()


def test_nesting_of_64_levels_is_kept_even_in_an_unknown_key_and_65_is_refused(seed_doc):
    # the document is level 1, its unknown key's list level 2: 62 more lists reach 64
    report = report_from_json(with_unknown(seed_doc, "[" * 63 + "]" * 63))
    assert report.extra["newer_app_data"] is not None
    error = refused(with_unknown(seed_doc, "[" * 64 + "]" * 64))
    assert error.message.code == "limit.depth" and error.where.startswith("newer_app_data[0][0]")
    error = refused(with_unknown(seed_doc, '{"a":' * 64 + "1" + "}" * 64))
    assert error.message.code == "limit.depth"


def test_nesting_far_past_what_python_can_recurse_is_a_polite_refusal(seed_doc):
    error = refused(with_unknown(seed_doc, "[" * 100_000 + "]" * 100_000))
    assert error.message.code == "limit.depth" and "64" in error.text("en")


@pytest.mark.parametrize(("key", "limit"), [("indicators", 1000), ("team", 50), ("funds.rows", 50)])
def test_list_lengths_at_the_limit_and_one_past(seed_doc, key, limit):
    doc = copy.deepcopy(seed_doc)
    holder, name = (doc["funds"], "rows") if key == "funds.rows" else (doc, key)
    item = holder[name][-1]
    holder[name] = [copy.deepcopy(item) for _ in range(limit)]
    report = read(doc)
    assert len(report.funds.rows if key == "funds.rows" else getattr(report, key)) == limit
    holder[name].append(copy.deepcopy(item))
    error = refused(doc)
    assert (error.where, error.message.code) == (key, "limit.count")
    assert str(limit) in error.text("zh")


@pytest.mark.parametrize(("path", "limit"), [
    (("project", "name"), 200),
    (("project", "unit"), 20_000),
    (("sections", "analysis"), 20_000),
    (("indicators", 2, "deviation"), 20_000),
    (("team", 0, "title"), 20_000),
])
def test_text_lengths_at_the_limit_and_one_past(seed_doc, path, limit):
    doc = copy.deepcopy(seed_doc)
    holder = doc
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = "项" * limit
    read(doc)
    holder[path[-1]] = "项" * (limit + 1)
    error = refused(doc)
    where = ".".join(str(p) for p in path).replace(".2.", "[2].").replace(".0.", "[0].")
    assert (error.where, error.message.code) == (where, "limit.text_length")


@pytest.mark.parametrize(("value", "ok"), [
    ("1000000000000", True), ("1000000000000.000001", False), (1000000000000, True),
    ("0.000001", True), ("0.0000001", False), ("89.9740000", True), ("0", True),
    ("-0.01", False), ("1e12", True), ("1e13", False),
])
def test_amounts_lie_between_0_and_a_trillion_with_at_most_6_decimals(seed_doc, value, ok):
    doc = copy.deepcopy(seed_doc)
    doc["funds"]["rows"][1]["executed"] = value
    if ok:
        read(doc)
        return
    error = refused(doc)
    assert error.where == "funds.rows[1].executed"


@pytest.mark.parametrize(("where", "value", "ok"), [
    ("weight", 100, True), ("weight", 100.01, False), ("weight", 12.25, True),
    ("weight", 12.255, False), ("score", 0, True), ("score", 1e30, False),
    ("funds.weight", 100, True), ("funds.weight", 101, False), ("funds.score", 9.99, True),
    ("funds.score", 9.999, False),
])
def test_weights_and_scores_lie_between_0_and_100_with_at_most_2_decimals(seed_doc, where, value, ok):
    doc = copy.deepcopy(seed_doc)
    if where.startswith("funds."):
        doc["funds"][where.split(".")[1]] = value
        path = where
    else:
        doc["indicators"][3][where] = value
        path = f"indicators[3].{where}"
    if ok:
        read(doc)
        return
    error = refused(doc)
    assert (error.where, error.message.code) == (path, "limit.points")


@pytest.mark.parametrize(("year", "ok"), [(2000, True), (1999, False), (2100, True), (2101, False)])
def test_the_year_lies_between_2000_and_2100(seed_doc, year, ok):
    doc = {**seed_doc, "year": year}
    if ok:
        assert read(doc).year == year
    else:
        assert refused(doc).where == "year"


@pytest.mark.parametrize(("raw", "ok"), [
    ("1" * 30, True), ("1" * 31, False), ("0." + "1" * 30, True), ("0." + "1" * 31, False),
    ("1e30", True), ("1e31", False), ("1e-30", True), ("1e-31", False),
    ("1e-999999999", False), ("1e999999999", False), ("7" * 4400, False),
    ("1e" + "9" * 100_000, False), ("0.000", True),
])
def test_any_number_has_at_most_30_digits_and_an_exponent_within_30(seed_doc, raw, ok):
    """Judged on the text, before converting: none of these costs time or memory."""
    started = time.perf_counter()
    if ok:
        report_from_json(with_unknown(seed_doc, raw))
    else:
        error = refused(with_unknown(seed_doc, raw))
        assert (error.where, error.message.code) == ("newer_app_data", "limit.number_digits")
    assert time.perf_counter() - started < 1  # generous: the point is "not minutes"


@pytest.mark.parametrize("text", ["1e-999999999", "1e999999999", "1" * 4400, "1" * 31])
def test_a_numeric_string_amount_is_judged_before_it_is_converted(seed_doc, text):
    doc = copy.deepcopy(seed_doc)
    doc["funds"]["rows"][0]["initial"] = text
    error = refused(doc)
    assert (error.where, error.message.code) == ("funds.rows[0].initial", "limit.number_digits")


def test_a_repeated_key_is_refused_naming_it(seed_doc):
    text = json.dumps(seed_doc).replace('"format_version": 1', '"format_version": 2, "format_version": 1')
    error = refused(text)
    assert error.message.code == "limit.duplicate_key" and "format_version" in error.text("zh")
    text = json.dumps(seed_doc, ensure_ascii=False).replace('"name": "', '"name": "a", "name": "', 1)
    error = refused(text)
    assert error.where == "project" and "name" in error.text("en")


def test_a_lone_surrogate_is_refused_naming_the_field(seed_doc):
    text = json.dumps(seed_doc).replace('"name": "', '"name": "\\ud800', 1)
    assert refused(text).where == "project.name"
    assert refused(with_unknown(seed_doc, '{"note": ["ok", "\\udfff"]}')).where == "newer_app_data.note[1]"
    assert refused(with_unknown(seed_doc, '{"\\ud800": 1}')).where == "newer_app_data"
    pair = read({**seed_doc, "project": {**seed_doc["project"], "name": "项目😀"}})
    assert pair.project.name == "项目😀"  # a proper surrogate pair is an ordinary character


def test_line_breaks_become_newlines_and_control_characters_are_dropped(seed_doc):
    doc = copy.deepcopy(seed_doc)
    doc["sections"]["analysis"] = "一\r\n二\r三\u000b四\t五\x00\x07\x1b\x7f六\x0c"
    doc["project"]["name"] = "某\x08项目"
    report = read(doc)
    assert report.sections.analysis == "一\n二\n三\n四\t五六"
    assert report.project.name == "某项目"


def test_nan_inside_an_unknown_key_is_refused_naming_it(seed_doc):
    assert refused(with_unknown(seed_doc, '{"a": [NaN]}')).where == "newer_app_data.a[0]"


def test_the_store_holds_its_reports_to_the_same_limits(seed_report, tmp_path):
    from perfeval_gui.store.repository import ReportStore

    with ReportStore(tmp_path / "r.sqlite") as store:
        report_id = store.create(seed_report)
        store.db.execute("UPDATE reports SET name = ? WHERE id = ?", ["项" * 201, report_id])
        store.db.execute("UPDATE indicators SET weight = '1e30' WHERE report_id = ?", [report_id])
        with pytest.raises(UserError) as caught:
            store.load(report_id)
    assert caught.value.where in ("project.name", "indicators[0].weight")


# --------------------------------------------------------------------------- what the window takes


@pytest.mark.parametrize(("typed", "expected"), [
    ("1000000000000", Decimal("1000000000000")), ("10000亿元", Decimal("100000000")),
    ("0.000001", Decimal("0.000001")),
])
def test_the_window_takes_amounts_within_the_limits(typed, expected):
    assert amount_input(typed, "funds.rows[0].initial") == expected


@pytest.mark.parametrize("typed", ["1000000000001", "100000001亿元", "0.0000001", "1" * 40])
def test_the_window_refuses_amounts_a_file_could_not_hold(typed):
    with pytest.raises(UserError) as caught:
        amount_input(typed, "funds.rows[0].initial")
    assert caught.value.where == "funds.rows[0].initial"


@pytest.mark.parametrize("typed", ["100.01", "8.125", "1e30", "1e-999999999"])
def test_the_window_refuses_points_a_file_could_not_hold(typed):
    with pytest.raises(UserError) as caught:
        points_input(typed, "indicators[0].weight")
    assert caught.value.where == "indicators[0].weight"
    assert points_input("100", "w") == 100 and points_input("8.25", "w") == Decimal("8.25")


def test_a_figure_typed_past_the_limits_is_not_rule_scored_and_nothing_breaks(seed_report, national):
    from perfeval_gui.core.checks import run_checks
    from perfeval_gui.core.report_json import score_document
    from perfeval_gui.core.scoring import score_report

    seed_report.indicators[0].target = "≥" + "9" * 5000 + "次"
    seed_report.indicators[0].actual = "1" + "0" * 19_000 + "次"
    seed_report.indicators[3].target = "≥0." + "0" * 10_000 + "1"
    result = score_report(seed_report, national)
    kinds = {s.index: s.kind for s in result.indicators}
    assert kinds[0] == kinds[3] == "unscorable"
    findings = run_checks(seed_report, national, result)
    assert not [f for f in findings if f.code == "check_failed"]
    json.dumps(score_document(seed_report, national, "zh", result, findings))


def test_a_long_run_of_digits_in_a_text_is_read_in_linear_time(seed_report, national):
    """A regex that backtracks over every start of a run of digits made 19,000 digits cost 6 s."""
    from perfeval_gui.core.checks import run_checks

    def checks_with(digits: int) -> float:
        report = copy.deepcopy(seed_report)
        report.indicators[-1].deviation = "1" * digits  # the seed's last row is 满意度
        report.indicators[-1].actual = report.indicators[-1].actual.replace("问卷", "")
        started = time.perf_counter()
        run_checks(report, national)
        return time.perf_counter() - started

    checks_with(100)
    assert checks_with(20_000) < 20 * max(checks_with(2_000), 0.01)
