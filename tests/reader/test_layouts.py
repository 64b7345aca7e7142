"""A unit's old files, in the layouts they come in, read into the same indicators."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.reader import DECLARATION, REPORT, SELF_EVALUATION, SKIPPED, NotRecognised, read_file

from .builders import (
    HEADER,
    INDICATORS,
    NAMES,
    Grid,
    indicator_rows,
    project_block,
    total_row,
    write_docx,
    write_xlsx,
)


def assert_indicators(reading, with_scores: bool = True) -> None:
    got = reading.report.indicators
    assert [i.name for i in got] == NAMES
    for indicator, row in zip(got, INDICATORS, strict=True):
        level1, level2, _name, target, actual, weight, score, deviation = row
        assert (indicator.level1, indicator.level2) == (level1, level2)
        assert (indicator.target, indicator.actual) == (target, actual)
        assert indicator.deviation == deviation
        if with_scores:
            assert (indicator.weight, indicator.score) == (Decimal(weight), Decimal(score))


def notes_of(reading, kind: str) -> list[str]:
    return [n.text() for n in reading.notes if n.kind == kind]


def test_a_bare_table_on_row_1_of_a_sheet(tmp_path):
    grid = Grid()
    grid.add(*HEADER)
    indicator_rows(grid, merged_levels=False)
    reading = read_file(write_xlsx(tmp_path / "bare.xlsx", [grid]))
    assert reading.kind == SELF_EVALUATION
    assert_indicators(reading)
    said = [n.text() for n in reading.notes]
    assert any(t.startswith("文件中没有写明评价年度") for t in said)  # assumed, and said so
    assert "文件中没有项目名称，暂用文件名“bare”" in said


def test_title_and_project_block_put_the_header_on_row_7(tmp_path):
    grid = Grid()
    grid.add("项目支出绩效自评表", *[""] * 7)
    grid.merge(0, 0, 0, 7)
    grid.add("（2024年度）", *[""] * 7)
    grid.add("项目名称", "职业技能培训", *[""] * 6)
    grid.add("主管部门及代码", "某县人社局 205001", "", "", "实施单位", "某县就业服务中心", "", "")
    grid.add("自评等级", "优", *[""] * 6)
    grid.add("单位：万元", *[""] * 7)
    header = grid.add(*HEADER)
    assert header == 6  # the 7th row
    indicator_rows(grid, merged_levels=True)
    total_row(grid)
    reading = read_file(write_xlsx(tmp_path / "row7.xlsx", [Grid([["说明"]]), grid], ["说明", "自评表"]))
    assert_indicators(reading)
    report = reading.report
    assert report.year == 2024
    assert (report.project.name, report.project.department, report.project.department_code) == (
        "职业技能培训", "某县人社局", "205001")
    assert report.project.implementing_unit == "某县就业服务中心"
    assert report.extra["printed"]["total"] == 98
    assert report.extra["printed"]["grade"] == "优"


def test_word_cover_then_the_form_with_merged_levels(tmp_path):
    form = Grid()
    project_block(form)
    header = form.add(*HEADER)
    indicator_rows(form, merged_levels=True)
    total_row(form)
    assert header > 0
    path = write_docx(tmp_path / "cover.docx", [
        "某县财政支出项目绩效自评报告", "自评项目名称：职业技能培训", "联系电话：0912-1234567",
        "评价时间：2025年3月1日", "项目支出绩效自评表", "（2024 年度）", form])
    reading = read_file(path)
    assert_indicators(reading)
    report = reading.report
    assert report.year == 2024
    assert report.project.region == "某县"
    assert report.evaluation.date == "2025-03-01"
    assert (report.evaluation.contact, report.evaluation.phone) == ("李明", "0912-1234567")
    rows = report.funds.rows
    assert [r.label for r in rows] == ["年度资金总额", "其中：当年财政拨款", "上年结转资金"]
    assert (rows[0].initial, rows[0].adjusted, rows[0].executed) == (100, 100, 95)
    assert (report.funds.weight, report.funds.score) == (10, 10)
    assert report.goal.expected == "培训500人次，合格率95%以上。"
    assert report.goal.achieved == "培训520人次，合格率97%。"
    assert report.extra["printed"] == {"total": 98, "funds_rate": "95%",
                                       "scores": [20, 20, 10, 28, 10]}


@pytest.mark.parametrize("levels", ["repeated", "blank below"])
def test_level_cells_repeated_or_left_blank_below_their_first_row(tmp_path, levels):
    grid = Grid()
    grid.add(*HEADER)
    indicator_rows(grid, merged_levels=False, blank_levels=levels == "blank below")
    reading = read_file(write_docx(tmp_path / "levels.docx", ["2024年度项目支出绩效自评表", grid]))
    assert_indicators(reading)


def test_split_target_columns_under_a_merged_header_are_joined(tmp_path):
    """A 申报表 from the budget system: 指标性质 | 指标值 | 度量单位 under 年度指标值."""
    grid = Grid()
    grid.add("2025年度项目支出绩效目标申报表", *[""] * 6)
    top = grid.add("一级指标", "二级指标", "三级指标", "年度指标值", "", "", "分值")
    grid.add("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "分值")
    for c in (0, 1, 2, 6):
        grid.merge(top, c, top + 1, c)
    grid.merge(top, 3, top, 5)
    grid.add("产出指标", "数量指标", "培训人次", "≥", 500, "人次", 20)
    grid.add("产出指标", "质量指标", "培训合格率", "≥", 95, "%", 20)
    grid.add("效益指标", "社会效益指标", "带动就业", "定性", "达成预期指标", "", 30)
    grid.add("满意度指标", "服务对象满意度指标", "学员满意度", "≥", "90%", "%", 10)
    reading = read_file(write_xlsx(tmp_path / "declaration.xlsx", [grid]))
    assert reading.kind == DECLARATION and reading.report.form == "declaration"
    # the budget system's 分值 is kept (a declaration may carry the weights on)
    assert [i.weight for i in reading.report.indicators] == [20, 20, 30, 10]
    got = [(i.name, i.target, i.actual) for i in reading.report.indicators]
    assert got == [("培训人次", "≥500人次", ""), ("培训合格率", "≥95%", ""),
                   ("带动就业", "达成预期指标", ""), ("学员满意度", "≥90%", "")]
    assert reading.report.year == 2025
    assert "printed" not in reading.report.extra  # a 申报表 prints no scores


def test_split_columns_in_one_header_row_and_a_bare_actual_takes_the_unit(tmp_path):
    grid = Grid()
    grid.add("三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分")
    grid.add("培训合格率", "≥", 95, "%", 97, 50, 50)
    grid.add("培训人次", "≥", 500, "人次", "520", 50, 50)
    grid.add("办结率", "＝", 100, "%", "100", 0, 0)
    reading = read_file(write_docx(tmp_path / "split.docx", ["2024年度自评表", grid]))
    got = [(i.target, i.actual) for i in reading.report.indicators]
    assert got == [("≥95%", "97%"), ("≥500人次", "520人次"), ("＝100%", "100%")]


def test_funds_in_yuan_are_converted_to_wan_yuan_with_a_note(tmp_path):
    grid = Grid()
    project_block(grid, in_yuan=True)
    grid.add(*HEADER)
    indicator_rows(grid, merged_levels=True)
    reading = read_file(write_xlsx(tmp_path / "yuan.xlsx", [grid]))
    total = reading.report.funds.rows[0]
    assert (total.initial, total.executed) == (100, 95)
    assert any("已换算为万元" in n.text() for n in reading.notes if n.kind == "converted")
    assert_indicators(reading)


def test_funds_in_wan_yuan_are_taken_as_they_are(tmp_path):
    grid = Grid()
    project_block(grid, in_yuan=False)
    grid.add(*HEADER)
    indicator_rows(grid, merged_levels=True)
    reading = read_file(write_xlsx(tmp_path / "wan.xlsx", [grid]))
    assert reading.report.funds.rows[1].initial == 80
    assert not [n for n in reading.notes if n.kind == "converted"]


def test_placeholder_and_spacer_rows_are_skipped_and_said_so(tmp_path):
    grid = Grid()
    grid.add(*HEADER)
    indicator_rows(grid, merged_levels=False)
    rows = grid.rows
    rows.insert(3, [""] * 8)  # a spacer between two indicators
    rows.insert(2, ["产出指标", "数量指标", "指标1", "", "", "", "", ""])
    rows.append(["产出指标", "成本指标", "……", "", "", "", "", ""])
    rows.append(["产出指标", "成本指标", "", "", "", "", "", ""])
    rows.append(["效益指标", "生态效益指标", "**", "**", "", "", "", ""])
    rows += [[""] * 8] * 3  # formatting that runs on below the table: not worth a note
    reading = read_file(write_xlsx(tmp_path / "placeholders.xlsx", [grid]))
    assert_indicators(reading)
    skipped = notes_of(reading, SKIPPED)
    assert len(skipped) == 5
    assert "第 3 行：“指标1”是模板占位行" in skipped[0]
    assert "第 5 行：空行" in skipped[1]
    assert any("空白指标行" in s for s in skipped)


def test_an_unreadable_score_is_named_and_left_empty(tmp_path):
    grid = Grid()
    grid.add(*HEADER)
    indicator_rows(grid, merged_levels=False)
    grid.rows[2][6] = "满分"
    grid.rows[3][5] = 150
    reading = read_file(write_xlsx(tmp_path / "bad.xlsx", [grid]))
    first, second = reading.report.indicators[1], reading.report.indicators[2]
    assert first.score is None and second.weight is None
    unreadable = [n.text() for n in reading.notes if n.kind == "unreadable"]
    assert unreadable == ["工作表“Sheet1”第 3 行：得分“满分”不是 0–100 之间的分数，未导入",
                          "工作表“Sheet1”第 4 行：分值“150”不是 0–100 之间的分数，未导入"]


def test_kind_is_told_by_content_not_by_the_file_name(tmp_path):
    grid = Grid()
    grid.add(*HEADER)
    indicator_rows(grid, merged_levels=False)
    misnamed = write_xlsx(tmp_path / "really-a-workbook.docx", [grid])
    assert [i.name for i in read_file(misnamed).report.indicators] == NAMES


def test_a_file_without_a_form_says_so_plainly(tmp_path):
    path = write_docx(tmp_path / "letter.docx", ["关于报送绩效自评材料的通知", "各单位："])
    with pytest.raises(NotRecognised) as caught:
        read_file(path)
    assert "没有找到项目支出绩效自评表或绩效目标申报表" in caught.value.text()
    text_file = tmp_path / "notes.xlsx"
    text_file.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(Exception) as caught:
        read_file(text_file)
    assert "不是 Word" in caught.value.text()


def test_a_report_body_maps_its_headings_onto_the_sections_and_the_team(tmp_path):
    form = Grid()
    form.add(*HEADER)
    indicator_rows(form, merged_levels=True)
    team = Grid()
    team.add("姓名", "职称/职务", "单位", "签字")
    team.add("王芳", "局长", "某县人社局", "")
    team.add("赵强", "科员", "某县就业服务中心", "")
    team.add("项目单位负责人（签字并盖章）", "", "年 月 日", "")
    path = write_docx(tmp_path / "report.docx", [
        "职业技能培训项目2024年绩效自评报告", "一、项目概况", "（一）项目基本情况", "项目面向农村劳动力。",
        "（二）项目建设内容", "开展技能培训。", "第二段内容。", "二、项目绩效目标", form,
        "三、项目评价及绩效分析", "（一）绩效目标完成情况及绩效结果分析", "完成培训520人次。",
        "（二）项目资金调整情况", "无调整。", "（三）项目管理情况", "制度健全。",
        "四、存在问题与改进措施", "（一）存在问题", "就业跟踪不足。", "（二）改进措施", "加强跟踪。",
        "五、其他需要说明的情况", "无。", "六、自评小组", team,
        "经自评，该项目自评等级为良。"])
    reading = read_file(path)
    assert reading.kind == REPORT
    report = reading.report
    assert report.project.name == "职业技能培训"
    sections = report.sections
    assert sections.basic_info == "项目面向农村劳动力。"
    assert sections.content == "开展技能培训。\n第二段内容。"
    assert sections.analysis == "完成培训520人次。"
    assert (sections.fund_adjustment, sections.management) == ("无调整。", "制度健全。")
    assert (sections.problems, sections.measures) == ("就业跟踪不足。", "加强跟踪。")
    assert [(m.name, m.title, m.unit) for m in report.team] == [
        ("王芳", "局长", "某县人社局"), ("赵强", "科员", "某县就业服务中心")]
    assert report.extra["printed"]["grade"] == "良"
    assert any("五、其他需要说明的情况" in n.text() for n in reading.notes)


def test_a_declaration_sheet_beside_the_form_and_a_signature_footer(tmp_path):
    declaration = Grid()
    declaration.add("三级指标", "指标值")
    declaration.add("培训人次", "≥500人次")
    form = Grid()
    form.add(*HEADER)
    indicator_rows(form, merged_levels=True)
    caption = form.add("以下为补充说明", *[""] * 7)
    form.merge(caption, 0, caption, 7)
    form.add("填表人：张三", "", "联系电话：0912-1234567", "", "", "", "", "")
    reading = read_file(write_xlsx(tmp_path / "two.xlsx", [declaration, form], ["申报表", "自评表"]))
    assert reading.kind == SELF_EVALUATION  # the sheet with actuals and scores wins
    assert_indicators(reading)
    assert notes_of(reading, SKIPPED) == [
        "工作表“自评表”第 7 行：横跨整行的文字“以下为补充说明”不是指标，已跳过"]


def test_a_declaration_with_its_funds_as_a_list_and_its_goal_beside_the_label(tmp_path):
    grid = Grid()
    grid.add("项目支出绩效目标申报表（2025年度）", "", "", "")
    grid.add("项目名称", "职业技能培训", "", "")
    grid.add("主管部门及代码", "某县人社局（205001）", "实施单位", "某县就业服务中心")
    funds = grid.add("项目资金（万元）", "年度资金总额：", 120, "")
    grid.add("", "其中：财政拨款", 100, "")
    grid.add("", "其他资金：20万元", "", "")
    grid.merge(funds, 0, funds + 2, 0)
    grid.add("年度总体目标", "目标1：培训600人次。\n目标2：合格率95%以上。", "", "")
    grid.add("一级指标", "二级指标", "三级指标", "年度指标值")
    grid.add("产出指标", "数量指标", "指标1：培训人次", "≥600人次")  # the template's label kept
    grid.add("产出指标", "数量指标", "指标2：", "")  # the template's row left unused
    reading = read_file(write_docx(tmp_path / "申报表.docx", [grid]))
    report = reading.report
    assert reading.kind == DECLARATION and report.year == 2025 and report.form == "declaration"
    assert (report.project.department, report.project.department_code) == ("某县人社局", "205001")
    # a 申报表's figures are what it asks for (申请数), not a budget already given
    assert [(r.label, r.requested, r.initial) for r in report.funds.rows] == [
        ("年度资金总额", 120, None), ("其中：财政拨款", 100, None), ("其他资金", 20, None)]
    assert report.goal.expected == "目标1：培训600人次。\n目标2：合格率95%以上。"
    assert [(i.name, i.target) for i in report.indicators] == [("培训人次", "≥600人次")]
    assert [n.text() for n in reading.notes if n.kind == SKIPPED] == [
        "第 1 个表格第 10 行：“指标2：”是模板占位行，不是指标，已跳过"]


def test_headings_with_their_text_on_the_same_line_or_in_word_heading_styles(tmp_path):
    from docx import Document

    form = Grid()
    form.add(*HEADER)
    indicator_rows(form, merged_levels=True)
    path = tmp_path / "inline.docx"
    write_docx(path, ["2024年度绩效自评报告", form])
    document = Document(str(path))
    document.add_heading("项目基本情况", level=1)  # styled, not numbered
    document.add_paragraph("面向农村劳动力开展培训。")
    document.add_paragraph("三、项目评价及绩效分析")
    document.add_paragraph("（一）绩效目标完成情况及绩效结果分析：完成培训520人次。合格率97%。")
    document.add_paragraph("（二）项目资金调整情况。无调整。")
    document.add_paragraph("（三）项目管理情况：制度健全，档案齐全。")
    document.add_paragraph("（四）其他：本段说明较长，不是一个标题，而是正文的一部分。")
    document.save(str(path))
    sections = read_file(path).report.sections
    assert sections.basic_info == "面向农村劳动力开展培训。"
    assert sections.analysis == "完成培训520人次。合格率97%。"
    assert sections.fund_adjustment == "无调整。"
    assert sections.management == ("制度健全，档案齐全。\n"
                                   "（四）其他：本段说明较长，不是一个标题，而是正文的一部分。")


@pytest.mark.parametrize("merge", ["across", "down"])
def test_a_table_inside_a_merged_cell_is_read_once(tmp_path, merge):
    from docx import Document

    from perfeval_gui.reader.docx_source import read_docx

    document = Document()
    outer = document.add_table(rows=2, cols=3)
    other = outer.cell(0, 1) if merge == "across" else outer.cell(1, 0)
    merged = outer.cell(0, 0).merge(other)
    inner = merged.add_table(rows=2, cols=3)
    for c, text in enumerate(["姓名", "职务", "单位"]):
        inner.cell(0, c).text = text
    for c, text in enumerate(["王芳", "局长", "某县人社局"]):
        inner.cell(1, c).text = text
    path = tmp_path / "nested.docx"
    document.save(str(path))
    grids = read_docx(path).grids
    assert len(grids) == 2
    assert grids[1].rows == [["姓名", "职务", "单位"], ["王芳", "局长", "某县人社局"]]
