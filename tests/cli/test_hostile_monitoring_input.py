"""Monitoring forms as they arrive from other hands, through ``read`` and ``import``: a title
or header naming a day or month that does not exist, a period outside the year, amounts no
budget holds, a 10,000-character cause, formulas, a sheet of 20,000 rows, and JSON with the
wrong types. Each is read as it stands, or refused in one line naming the field (exit 2),
with nothing written to the store."""

from __future__ import annotations

import json
import re
import zipfile

import pytest

from perfeval_gui.core.messages import UserError
from perfeval_gui.reader import read_file
from perfeval_gui.store.repository import ReportStore

from ..cycle_documents import monitoring
from ..reader.builders import write_xlsx
from ..reader.test_cycle_forms_read import hubei_grid
from .test_cli import call

TITLE, FUNDS_HEAD, FUNDS, SECOND_INDICATOR, CAUSES = 0, 3, 4, 9, -2  # rows of hubei_grid


def refused_in_one_line(capsys, tmp_path, path, field: str) -> str:
    store = tmp_path / "s.sqlite"
    for command in (["read", str(path)], ["import", str(path), "--db", str(store)]):
        status, out, err = call(capsys, *command)
        assert (status, out) == (2, "") and err.count("\n") == 1, (command, err)
        assert f": {field}: " in err and "Traceback" not in err
    assert not store.exists()
    return err


@pytest.mark.parametrize(("title", "funds_head", "said"), [
    ("2019年度项目支出绩效监控表（截至2019年13月40日）", "1-6月执行数", "2019年13月40日"),
    ("2019年度项目支出绩效监控表（截至2月30日）", "1-6月执行数", "2月30日"),
    ("2019年度项目支出绩效监控表", "1-0月执行数", "1-0月"),
    ("2019年度项目支出绩效监控表", "1-13月执行数", "1-13月"),
    ("2019年度项目支出绩效监控表（截至2020年6月30日）", "1-6月执行数", "2020-06-30"),
])
def test_a_period_that_is_no_day_of_the_year_is_refused_naming_period_end(
        capsys, tmp_path, title, funds_head, said):
    grid = hubei_grid()
    grid.rows[TITLE][0], grid.rows[FUNDS_HEAD][4] = title, funds_head
    path = write_xlsx(tmp_path / "监控表.xlsx", [grid])
    assert said in refused_in_one_line(capsys, tmp_path, path, "period_end")
    with pytest.raises(UserError) as caught:
        read_file(path)
    assert caught.value.where == "period_end"


def test_the_period_of_a_1_to_12_month_header_is_the_year_s_last_day(tmp_path):
    grid = hubei_grid()
    grid.rows[TITLE][0], grid.rows[FUNDS_HEAD][4] = "2019年度项目支出绩效监控表", "1—12月执行数"
    assert read_file(write_xlsx(tmp_path / "m.xlsx", [grid])).report.period_end == "2019-12-31"


@pytest.mark.parametrize("typed", ["9" * 40, 1e300, -410, "-410"])
def test_an_amount_no_budget_holds_is_noted_on_its_row_and_left_empty(capsys, tmp_path, typed):
    grid = hubei_grid()
    grid.rows[FUNDS][4] = typed
    path = write_xlsx(tmp_path / "m.xlsx", [grid])
    reading = read_file(path)
    row = reading.report.funds.rows[0]
    assert (row.initial, row.executed_to_date, row.projected) == (800, None, 790)
    shown = str(typed) if not isinstance(typed, float) else "1" + "0" * 300
    assert [n.text() for n in reading.notes] == [f"工作表“Sheet1”第 5 行：金额“{shown}”无法读取，未导入"]
    status, _out, err = call(capsys, "import", str(path), "--db", str(tmp_path / "s.sqlite"))
    assert status == 0 and "第 5 行：金额" in err
    with ReportStore(tmp_path / "s.sqlite") as store:
        assert store.load(store.list()[0].id).funds.rows[0].executed_to_date is None


def test_a_cause_of_ten_thousand_characters_is_kept_whole_through_the_store(capsys, tmp_path):
    words = ("资金下达较晚，" * 1500)[:10_000]
    grid = hubei_grid()
    grid.rows[CAUSES][1] = words
    grid.rows[SECOND_INDICATOR][6] = words  # a row's 备注 too
    path = write_xlsx(tmp_path / "m.xlsx", [grid])
    status, _out, err = call(capsys, "import", str(path), "--db", str(tmp_path / "s.sqlite"))
    assert (status, err) == (0, "")
    with ReportStore(tmp_path / "s.sqlite") as store:
        back = store.load(store.list()[0].id)
    assert back.causes_text == words and back.indicators[1].remarks == words


def _cached(path, cell: str, value: str) -> None:
    """The formula cell *cell* given the value Excel would have saved with it."""
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    kind = b"" if value.replace(".", "").isdigit() else b' t="str"'  # a text result: t="str"
    parts[sheet] = re.sub(rf'<c r="{cell}"([^>]*)>(<f>[^<]*</f>)<v\s*>\s*</v>'.encode(),
                          rb'<c r="' + cell.encode() + rb'"\1' + kind + rb">\2<v>" + value.encode()
                          + b"</v>", parts[sheet])
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_a_formula_is_read_by_its_value_and_one_never_calculated_is_said(capsys, tmp_path):
    grid = hubei_grid()
    grid.rows[FUNDS][4] = "=SUM(D5:D6)/4"
    grid.rows[SECOND_INDICATOR][4] = '="81"&"%"'
    path = write_xlsx(tmp_path / "m.xlsx", [grid])
    reading = read_file(path)  # as a program writes it: formulas with no value
    assert reading.report.funds.rows[0].executed_to_date is None
    assert reading.report.indicators[1].to_date == ""
    texts = [n.text() for n in reading.notes]
    assert texts == [f"工作表“Sheet1”第 {r} 行：E 列的公式没有计算结果（文件未经 Excel 保存），"
                     "按空白读取：请在 Excel 中打开、保存后再导入" for r in (5, 10)]
    status, _out, err = call(capsys, "read", str(path))
    assert status == 0 and err.count("E 列的公式没有计算结果") == 2
    _cached(path, "E5", "400")
    _cached(path, "E10", "81%")
    reading = read_file(path)  # as Excel saves it: each formula with its value
    assert reading.report.funds.rows[0].executed_to_date == 400
    assert reading.report.indicators[1].to_date == "81%"
    assert reading.notes == []


def test_a_sheet_of_twenty_thousand_rows_is_read_within_the_row_limit_and_refused(capsys, tmp_path):
    grid = hubei_grid()
    grid.rows = grid.rows[:-2]
    grid.rows += [["产出指标", "数量指标", f"培训班次第{i}期", "≥1期", "1期", "确定能", ""]
                  for i in range(20_000)]
    path = write_xlsx(tmp_path / "m.xlsx", [grid])
    err = refused_in_one_line(capsys, tmp_path, path, "indicators")
    assert "1000" in err  # the format's limit, read from the first 5,000 rows only


@pytest.mark.parametrize(("edit", "field"), [
    (lambda d: d["indicators"][0].update(causes=["经费保障"]), "indicators[0].causes"),
    (lambda d: d["indicators"][0].update(likelihood="maybe"), "indicators[0].likelihood"),
    (lambda d: d.update(period_end="2024-02-30"), "period_end"),
    (lambda d: d["indicators"][0].update(to_date=320), "indicators[0].to_date"),
])
def test_json_of_the_wrong_types_is_one_line_naming_the_field_and_writes_nothing(
        capsys, tmp_path, edit, field):
    document = monitoring()
    edit(document)
    path = tmp_path / "监控表.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    store = tmp_path / "s.sqlite"
    for command in (["score", str(path)], ["import", str(path), "--db", str(store)]):
        status, out, err = call(capsys, *command)
        assert (status, out) == (2, "") and err.count("\n") == 1
        assert f": {field}: " in err
    assert not store.exists()
