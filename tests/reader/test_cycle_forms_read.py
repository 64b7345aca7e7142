"""Monitoring forms as units make them by hand, read: 湖北's 项目支出绩效监控表 (黄石市, 2019:
年初预算数 | 1-6月执行数 | 全年预计执行数; 指标值 | 半年度指标执行情况 | 完成目标可能性（确定能、
有可能、不可能）| 备注; the causes and measures once for the form), and the central template's
in Word with its per-row 偏差原因 columns."""

from __future__ import annotations

from decimal import Decimal

from perfeval_gui.reader import read_file

from .builders import Grid, write_docx, write_xlsx


def hubei_grid() -> Grid:
    grid = Grid()
    r = grid.add("2019年度项目支出绩效监控表（1-6月）", *[""] * 6)
    grid.merge(r, 0, r, 6)
    r = grid.add("项目名称", "城区环境卫生整治", "", "", "", "", "")
    grid.merge(r, 1, r, 6)
    r = grid.add("主管部门", "黄石市城市管理执法委员会", "", "", "实施单位", "黄石市环境卫生管理处", "")
    grid.merge(r, 1, r, 3)
    grid.merge(r, 5, r, 6)
    head = grid.add("项目资金（万元）", "", "", "年初预算数", "1-6月执行数", "全年预计执行数", "")
    grid.add("", "年度资金总额", "", 800, 410, 790, "")
    grid.add("", "其中：当年一般公共预算拨款", "", 800, 410, "", "")
    grid.merge(head, 0, head + 2, 0)
    r = grid.add("年度总体目标", "城区主次干道保洁全覆盖", "", "", "", "", "")
    grid.merge(r, 1, r, 6)
    grid.add("一级指标", "二级指标", "三级指标", "指标值", "半年度指标执行情况",
             "完成目标可能性（确定能、有可能、不可能）", "备注")
    grid.add("产出指标", "数量指标", "清扫保洁面积", "≥300万平方米", "300万平方米", "确定能", "")
    grid.add("效益指标", "社会效益指标", "城区道路机扫率", "≥80%", "81%", "确定能", "")
    grid.add("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "82%", "不可能", "开展专项整治")
    r = grid.add("偏差或不能完成目标原因分析", "投入保障：环卫车辆更新资金未到位", "", "", "", "", "")
    grid.merge(r, 1, r, 6)
    r = grid.add("相关建议或举措", "下半年争取专项资金，更新车辆", "", "", "", "", "")
    grid.merge(r, 1, r, 6)
    return grid


def test_a_hand_made_hubei_excel_monitoring_form_is_read_as_one(tmp_path):
    reading = read_file(write_xlsx(tmp_path / "黄石监控表.xlsx", [hubei_grid()]))
    report = reading.report
    assert reading.kind == "monitoring" and report.form == "monitoring"
    assert (report.year, report.period_end) == (2019, "2019-06-30")  # 1-6月: June's last day
    assert report.project.name == "城区环境卫生整治"
    assert report.project.implementing_unit == "黄石市环境卫生管理处"
    assert [(r.label, r.initial, r.executed_to_date, r.projected) for r in report.funds.rows] == [
        ("年度资金总额", 800, 410, 790), ("其中：当年一般公共预算拨款", 800, 410, None)]
    assert report.goal.expected == "城区主次干道保洁全覆盖"
    got = [(i.name, i.target, i.to_date, i.likelihood, i.remarks) for i in report.indicators]
    assert got == [("清扫保洁面积", "≥300万平方米", "300万平方米", "确定能", ""),
                   ("城区道路机扫率", "≥80%", "81%", "确定能", ""),
                   ("市民满意度", "≥90%", "82%", "完全不可能", "开展专项整治")]  # 不可能 is 完全不可能
    assert all(i.actual == "" and i.score is None for i in report.indicators)  # no 自评 figures
    assert report.causes_text == "投入保障：环卫车辆更新资金未到位"
    assert report.measures == "下半年争取专项资金，更新车辆"
    assert reading.notes == []


def test_a_likelihood_the_form_does_not_offer_is_noted_and_left_empty(tmp_path):
    grid = hubei_grid()
    grid.rows[-4][5] = "大概能"
    reading = read_file(write_xlsx(tmp_path / "m.xlsx", [grid]))
    assert reading.report.indicators[1].likelihood is None
    assert [n.text() for n in reading.notes] == [
        "工作表“Sheet1”第 10 行：完成目标可能性“大概能”不是可选的说法（确定能、有可能、完全不可能），未导入"]


def test_a_central_word_monitoring_form_reads_its_cause_columns_and_period(tmp_path):
    grid = Grid()
    grid.add("", "年度资金总额", "全年预算数", "1—7月执行数", "执行率", "全年预计执行数")
    grid.add("", "年度资金总额", 100, 30, "30%", 95)
    grid.add("一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况",
             "偏差原因分析", "完成目标可能性", "备注")
    grid.add("产出指标", "数量指标", "培训人次", "≥600人次", "320人次", "610人次",
             "☑经费保障：资金 6 月才下达\n人员保障\n另有天气影响", "有可能", "下半年集中推广")
    path = write_docx(tmp_path / "监控表.docx", ["项目支出绩效目标执行监控表", "（2024年度）", grid])
    report = read_file(path).report
    assert report.form == "monitoring" and report.period_end == "2024-07-31"  # from 1—7月
    assert report.funds.rows[0].adjusted == 100 and report.funds.rows[0].executed_to_date == 30
    assert report.funds.rows[0].projected == Decimal(95)
    row = report.indicators[0]
    assert (row.to_date, row.projected, row.likelihood) == ("320人次", "610人次", "有可能")
    assert row.causes == {"经费保障": "资金 6 月才下达", "人员保障": ""}
    assert row.cause_text == "另有天气影响"
    assert row.deviation == ""  # the 自评表's 偏差原因及改进措施 is another column


def test_a_self_evaluation_s_deviation_column_stays_the_self_evaluation_s(tmp_path):
    """偏差原因分析 heads the 自评表's reasons column too: without a monitoring column beside
    it, it is read as the 自评表's words, not as ticked categories."""
    grid = Grid()
    grid.add("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析")
    grid.add("产出指标", "数量指标", "培训人次", "≥600人次", "520人次", 50, 43, "经费保障：资金晚到")
    reading = read_file(write_xlsx(tmp_path / "自评表.xlsx", [grid]))
    assert reading.kind == "self_evaluation" and reading.report.form == "self_evaluation"
    assert reading.report.indicators[0].deviation == "经费保障：资金晚到"
    assert reading.report.indicators[0].causes == {}


def test_a_vendor_form_with_a_column_per_cause_category_ticks_them(tmp_path):
    """偏差原因分析 merged over 经费保障 | 制度保障 | 人员保障 | 硬件条件保障 | 其他, as vendor
    systems print it: a tick is a category without words, words are its words."""
    grid = Grid()
    grid.add("2024年度项目支出绩效目标执行监控表（截至2024年9月30日）", *[""] * 12)
    grid.merge(0, 0, 0, 12)
    top = grid.add("一级指标", "二级指标", "三级指标", "年度指标值", "1-9月执行情况", "全年预计完成情况",
                   "偏差原因分析", "", "", "", "", "完成目标可能性", "备注")
    grid.add("", "", "", "", "", "", "经费保障", "制度保障", "人员保障", "硬件条件保障", "其他", "", "")
    for c in (0, 1, 2, 3, 4, 5, 11, 12):
        grid.merge(top, c, top + 1, c)
    grid.merge(top, 6, top, 10)
    grid.add("产出指标", "数量指标", "培训人次", "≥600人次", "420人次", "600人次", "", "", "", "", "",
             "确定能", "")
    grid.add("效益指标", "社会效益指标", "推广实用技术", "≥5项", "2项", "4项", "资金 6 月才下达", "", "√",
             "×", "", "有可能", "下半年集中推广")
    reading = read_file(write_xlsx(tmp_path / "vendor.xlsx", [grid]))
    report = reading.report
    assert report.form == "monitoring" and report.period_end == "2024-09-30"
    # the categories' header row is no indicator
    assert [i.name for i in report.indicators] == ["培训人次", "推广实用技术"]
    assert report.indicators[0].causes == {}
    assert report.indicators[1].causes == {"经费保障": "资金 6 月才下达", "人员保障": ""}
    assert (report.indicators[1].likelihood, report.indicators[1].remarks) == ("有可能", "下半年集中推广")
    assert [n.message.code for n in reading.notes] == ["read.name_from_file"]  # no 项目名称 given


def test_a_monitoring_form_whose_mid_year_is_in_its_funds_alone_is_read_as_one(tmp_path):
    """Its indicator table has only the targets (no 执行情况 column); its funds' 1-6月执行数 still
    make it a monitoring form — as a declaration it was refused for holding 执行数."""
    grid = Grid()
    grid.add("2019年度项目支出绩效监控表（1-6月）", "", "", "")
    grid.add("项目名称", "城区环境卫生整治", "", "")
    grid.add("项目资金（万元）", "年初预算数", "1-6月执行数", "全年预计执行数")
    grid.add("年度资金总额", 800, 410, 790)
    grid.add("一级指标", "二级指标", "三级指标", "指标值")
    grid.add("产出指标", "数量指标", "清扫保洁面积", "≥300万平方米")
    reading = read_file(write_xlsx(tmp_path / "m.xlsx", [grid]))
    report = reading.report
    assert reading.kind == "monitoring" and report.form == "monitoring"
    assert report.period_end == "2019-06-30"
    assert [(r.initial, r.executed_to_date, r.projected) for r in report.funds.rows] == [(800, 410, 790)]
    assert [(i.name, i.target) for i in report.indicators] == [("清扫保洁面积", "≥300万平方米")]
