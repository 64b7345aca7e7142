"""A 部门整体 form gives the total twice over: 按收入性质分 (一般公共预算, 其他资金) and 按支出性质分
(基本支出, 项目支出). Reading keeps each part's breakdown, and the parts are held against the
total one breakdown at a time (no false parts_exceed_total of 9507.32 > 4753.66)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.profiles import default_library
from perfeval_gui.reader import read_file

from .builders import HEADER, Grid, indicator_rows, total_row, write_docx, write_xlsx

D = Decimal
PARTS = [("按收入性质", "其中：一般公共预算", "1873.66"), ("按收入性质", "其他资金", "2880"),
         ("按支出性质", "其中：基本支出", "1768.16"), ("按支出性质", "项目支出", "2985.5")]


def department_form(two_label_columns: bool) -> Grid:
    """The funds block as the paper stacks it: a heading row per breakdown, or the heading in
    a merged cell left of its parts' labels."""
    grid = Grid()
    r = grid.add("项目名称", "某县商务局部门整体支出", "", "", "", "", "", "", "")
    grid.merge(r, 1, r, 8)
    head = grid.add("项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数",
                    "分值", "执行率", "得分")
    grid.merge(head, 1, head, 2)
    k = grid.add("", "年度资金总额", "", "4753.66", "4753.66", "4753.66", 10, "100%", 10)
    grid.merge(k, 1, k, 2)
    for name in ("按收入性质", "按支出性质"):
        parts = [p for p in PARTS if p[0] == name]
        if two_label_columns:
            first = len(grid.rows)
            for _, label, amount in parts:
                heading = f"{name}分" if label.startswith("其中") else ""  # merged down its parts
                grid.add("", heading, label, amount, amount, amount, "—", "—", "—")
            grid.merge(first, 1, first + len(parts) - 1, 1)
        else:
            k = grid.add("", f"{name}分：", "", "", "", "", "", "", "")
            grid.merge(k, 1, k, 2)
            for _, label, amount in parts:
                k = grid.add("", label, "", amount, amount, amount, "—", "—", "—")
                grid.merge(k, 1, k, 2)
    grid.merge(head, 0, len(grid.rows) - 1, 0)
    grid.add(*HEADER, "")
    indicator_rows(grid, merged_levels=True)
    total_row(grid)
    return grid


@pytest.mark.parametrize("two_label_columns", [False, True])
@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_each_breakdown_is_read_and_held_against_the_total_alone(tmp_path, kind, two_label_columns):
    grid = department_form(two_label_columns)
    path = (write_xlsx(tmp_path / "d.xlsx", [grid]) if kind == "xlsx"
            else write_docx(tmp_path / "d.docx", [grid]))
    report = read_file(path).report
    rows = report.funds.rows
    assert rows[0].label == "年度资金总额" and rows[0].initial == D("4753.66")
    assert [(r.breakdown, r.label, r.initial) for r in rows[1:]] == [  # 其中： is the paper's
        (name, label.removeprefix("其中："), D(amount)) for name, label, amount in PARTS]
    national = default_library().get("national-2020")
    assert "parts_exceed_total" not in {f.code for f in run_checks(report, national)}
    rows[1].initial = D("2000")  # 2000 + 2880 > 4753.66: this breakdown alone is wrong
    (found,) = [f for f in run_checks(report, national) if f.code == "parts_exceed_total"]
    assert found.where == "funds.rows[0].initial" and "按收入性质" in found.message.text("zh")


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_breakdowns_print_as_the_paper_does_and_read_back(tmp_path, kind, seed_report):
    """按收入性质分： before its parts, 其中： on the first; read back, the same rows."""
    from perfeval_gui.core.model import FundRow
    from perfeval_gui.export.writer import export_report

    national = default_library().get("national-2020")
    total = seed_report.funds.rows[0]
    seed_report.funds.rows[1:] = [
        FundRow(label=label.removeprefix("其中："), initial=D(1), adjusted=D(1), executed=D(1),
                breakdown=name) for name, label, _ in PARTS]
    total.initial = total.adjusted = total.executed = D(2)
    out = tmp_path / f"r.{kind}"
    export_report(seed_report, national, **{kind: out})
    if kind == "docx":
        from docx import Document

        labels = [row.cells[2].text for row in Document(str(out)).tables[0].rows[3:10]]
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(out).active
        labels = [str(c.value or "") for (c,) in sheet.iter_rows(min_col=3, max_col=3)]
    expected = ["按收入性质分：", "其中：一般公共预算", "其他资金",
                "按支出性质分：", "其中：基本支出", "项目支出"]
    at = labels.index(expected[0])
    assert labels[at:at + 6] == expected
    back = read_file(out).report.funds.rows
    assert [(r.breakdown, r.label) for r in back] == [(r.breakdown, r.label) for r in seed_report.funds.rows]


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_breakdowns_side_by_side_with_amounts_in_their_labels(tmp_path, kind):
    """零陵区林业局 2021: 按收入性质分: | 按支出性质分: side by side, each part's amount inside its
    label cell (其中: 一般公共预算:1873.66万元)."""
    grid = Grid()
    r = grid.add("项目名称", "零陵区林业局部门整体支出", "", "", "", "", "", "")
    grid.merge(r, 1, r, 7)
    head = grid.add("年度预算申请（万元）", "", "年初预算数", "全年预算数", "全年执行数",
                    "分值", "执行率", "得分")
    grid.add("", "年度资金总额", "4753.66万元", "4753.66万元", "3824.26万元", 10, "100%", 10)
    k = grid.add("", "按收入性质分:", "", "", "按支出性质分:", "", "", "")
    grid.merge(k, 1, k, 3)
    grid.merge(k, 4, k, 7)
    for left, right in (("其中: 一般公共预算:1873.66万元", "其中:基本支出:1768.16万元"),
                        ("政府性基金拨款:", "项目支出:2985.5万元"),
                        ("其他资金:2880万元", "")):
        k = grid.add("", left, "", "", right, "", "", "")
        grid.merge(k, 1, k, 3)
        grid.merge(k, 4, k, 7)
    grid.merge(head, 0, k, 0)
    grid.add(*HEADER)
    indicator_rows(grid, merged_levels=True)
    path = (write_xlsx(tmp_path / "s.xlsx", [grid]) if kind == "xlsx"
            else write_docx(tmp_path / "s.docx", [grid]))
    rows = read_file(path).report.funds.rows
    assert (rows[0].label, rows[0].executed) == ("年度资金总额", D("3824.26"))
    assert [(r.breakdown, r.label, r.initial) for r in rows[1:]] == [
        ("按收入性质", "一般公共预算", D("1873.66")), ("按收入性质", "政府性基金拨款", None),
        ("按收入性质", "其他资金", D("2880")), ("按支出性质", "基本支出", D("1768.16")),
        ("按支出性质", "项目支出", D("2985.5"))]
    national = default_library().get("national-2020")
    assert "parts_exceed_total" not in {f.code for f in run_checks(read_file(path).report, national)}
