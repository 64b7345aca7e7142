"""Whatever a sheet holds, reading it ends in a report or in a UserError naming why — never
in a traceback (grids of header words, figures, placeholders and merges' repeats)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from perfeval_gui.core.messages import Message, UserError
from perfeval_gui.reader.build import read_source
from perfeval_gui.reader.source import XLSX, BodyParagraph, Grid, Source

WORDS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "指标性质",
         "指标值", "度量单位", "偏差原因", "总分", "合计", "项目名称", "主管部门及代码", "实施单位",
         "项目负责人及电话", "年初预算数", "全年预算数", "全年执行数", "执行率", "年度资金总额",
         "其中：财政拨款", "项目资金（元）", "年度总体目标", "预期目标", "实际完成情况", "姓名",
         "职务", "单位", "指标1", "……", "**", "不适用", "≥", "≤", "%", "人次", "95", "95%",
         "-3", "150", "1e999", "12月31日前", "（2023年度）", "评价等级为优", "注：", "", "",
         "达成预期指标", "100000000000000000", "0.3333333333", "—", "自评等级", "良"]


HEADERS = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
           ["三级指标", "指标性质", "指标值", "度量单位", "分值"], []]
PARAGRAPHS = ["一、项目概况", "（一）存在问题", "正文。", "二、自评小组", "评价时间：2024年13月40日"]


@settings(max_examples=200, deadline=None)
@example(rows=[["一级指标", "年初预算数", "全年预算数"], ["年度资金总额"], []],  # an empty row under 资金
         header=["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
         at=0, paragraphs=[])
@example(rows=[[]] * 13 + [["指标值", "得分"], ["一级指标"]],  # a row short of its 得分 cell
         header=["三级指标", "指标性质", "指标值", "度量单位", "分值"], at=13,
         paragraphs=["一、项目概况", "一、项目概况"])
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=0, max_size=10), max_size=25),
       st.sampled_from(HEADERS), st.integers(0, 25),
       st.lists(st.sampled_from(PARAGRAPHS), max_size=6))
def test_any_grid_reads_to_a_report_or_a_named_refusal(rows, header, at, paragraphs):
    rows.insert(min(at, len(rows)), header)
    source = Source(Path("x.xlsx"), XLSX, [Grid(Message("read.place_sheet", {"name": "S"}), rows)],
                    [BodyParagraph(p) for p in paragraphs])
    try:
        reading = read_source(source)
    except UserError as exc:
        assert exc.text()
        return
    assert reading.report.year >= 2000
    assert len(reading.places) == len(reading.report.indicators)
