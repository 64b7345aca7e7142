"""One catalogue of user-facing messages, by code, in Chinese and English.

The core has no Qt, yet its messages reach the window, the command line and the
exported files alike; keeping them here (code + parameters) lets every surface
say the same thing in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .form_kinds import FORM_KINDS

DEFAULT_LANG = "zh"

# code: (Chinese, English). Placeholders use str.format names.
CATALOGUE: dict[str, tuple[str, str]] = {
    # --- reading the interchange document -------------------------------------------------
    "doc.not_json": ("不是有效的 JSON（第 {line} 行第 {column} 列有误）",
                     "not valid JSON (wrong at line {line}, column {column})"),
    "doc.too_large": (
        "文件超过 {limit} MB 的上限，拒绝读取",
        "the document is larger than the {limit} MB limit",
    ),
    "doc.not_object": ("应为 JSON 对象", "must be a JSON object"),
    "doc.not_list": ("应为列表", "must be a list"),
    "doc.wrong_format": (
        "不是绩效自评报告文件（format 应为 \"perfeval-report\"）",
        'not a report document (format must be "perfeval-report")',
    ),
    "doc.newer_version": (
        "文件格式版本 {version} 由更新版本的程序生成，本程序只能读取版本 1，请升级程序",
        "format version {version} was written by a newer app; this app reads version 1 only",
    ),
    "doc.missing": ("缺少必填项", "is required"),
    "doc.not_text": ("应为文字", "must be text"),
    "doc.not_integer": ("应为整数", "must be a whole number"),
    "doc.not_number": ("应为数字", "must be a number"),
    "doc.not_bool": ("应为 true 或 false", "must be true or false"),
    "doc.not_amount": ("不是有效的金额：{value}", "is not a valid amount: {value}"),
    "doc.negative": ("不能为负数：{value}", "must not be negative: {value}"),
    "doc.not_finite": ("不能为 NaN 或无穷大", "must not be NaN or infinite"),
    "doc.bad_judgement": (
        "判定只能是 达成、部分达成、未达成 或 null：{value}",
        "a judgement must be 达成, 部分达成, 未达成 or null: {value}",
    ),
    "doc.bad_kind": (
        "评价类型只能是 process 或 outcome：{value}",
        "evaluation kind must be process or outcome: {value}",
    ),
    "doc.bad_date": (
        "日期应写成 YYYY-MM-DD：{value}",
        "date must be written YYYY-MM-DD: {value}",
    ),
    "doc.bad_year": ("年度不合理：{value}", "implausible year: {value}"),
    "doc.unknown_profile": (
        "未知的评分方案：{value}（可用：{known}）",
        "unknown scoring profile: {value} (known: {known})",
    ),
    # --- the annual cycle: declaration, monitoring, self-evaluation (forms.py) -----------------
    "doc.bad_form": (
        "表单类型只能是 self_evaluation、monitoring 或 declaration：{value}",
        "form must be self_evaluation, monitoring or declaration: {value}",
    ),
    "doc.bad_likelihood": (
        "完成目标可能性只能是 确定能、有可能、完全不可能（或 不可能）或 null：{value}",
        "likelihood must be 确定能, 有可能, 完全不可能 (or 不可能) or null: {value}",
    ),
    "doc.bad_cause_category": (
        "偏差原因的类别不能为空：{value!r}", "a cause category must not be empty: {value!r}",
    ),
    "doc.period_outside_year": (
        "监控截止日期 {value} 不在 {year} 年度内",
        "the period end {value} is not in the year {year}",
    ),
    "doc.period_not_a_date": (
        "监控截止日期“{value}”不是存在的日期",
        "the period end “{value}” is no date of the calendar",
    ),
    "doc.period_no_month": (
        "监控期间“{value}”的月份不在 1—12 月之内",
        "the monitoring period “{value}” names no month of the year",
    ),
    "doc.declaration_actual": (
        "申报表没有实际完成值、执行数或得分，此项应为空",
        "a declaration has no actuals, executed amounts or scores: must be empty",
    ),
    "check.execution_lags": (
        "1–{month} 月执行率 {rate}% 低于时间进度 {time}% 超过 {threshold} 个百分点"
        "（预算执行进度滞后），请说明原因",
        "the execution of months 1–{month}, {rate}%, is more than {threshold} points behind "
        "the time progress of {time}%: say why",
    ),
    "title.execution_lags": ("预算执行进度滞后", "execution behind time progress"),
    "check.projected_above_budget": (
        "全年预计执行数 {projected} 万元超过预算数 {budget} 万元",
        "the projected execution {projected} exceeds the budget {budget} (in 10,000 yuan)",
    ),
    "title.projected_above_budget": ("预计执行数超过预算数", "projected execution above the budget"),
    "check.to_date_above_projection": (
        "已完成 {to_date}，超过全年预计 {projected}：累计数不会减少",
        "{to_date} done so far is more than the {projected} projected for the year: "
        "a running total cannot fall",
    ),
    "title.to_date_above_projection": ("已完成数超过全年预计数", "done so far above the projection"),
    # as the 自评表's unreadable actual (score.actual_unreadable), naming the monitoring column
    "check.mid_year_unreadable": ("{column}无法读取：{detail}", "{column_en} cannot be read: {detail}"),
    "title.mid_year_unreadable": ("执行情况无法读取", "mid-year figure cannot be read"),
    "check.certain_but_misses": (
        "“{name}”全年预计 {projected} 达不到指标值 {target}，完成目标可能性却填“确定能”",
        "“{name}”: the projection {projected} misses the target {target}, yet the likelihood says 确定能",
    ),
    "title.certain_but_misses": ("预计未达标却填“确定能”", "projection misses, likelihood certain"),
    "check.at_risk_without_cause": (
        "“{name}”完成目标可能性为“{likelihood}”，应勾选偏差原因类别并写明原因",
        "“{name}” is {likelihood}: tick a cause category and write the cause",
    ),
    "title.at_risk_without_cause": ("可能完不成却未写偏差原因", "at risk, no cause given"),
    "check.at_risk_without_remarks": (
        "“{name}”完成目标可能性为“{likelihood}”，应在备注（建议举措）中写明下一步措施",
        "“{name}” is {likelihood}: write what will be done in the remarks (measures)",
    ),
    "title.at_risk_without_remarks": ("可能完不成却未写措施", "at risk, no measures given"),
    "check.unknown_cause_category": (
        "偏差原因类别“{category}”不在本方案的类别中（{known}）",
        "the cause category “{category}” is not one of this profile's",
    ),
    "title.unknown_cause_category": ("偏差原因类别不在方案中", "cause category not in the profile"),
    "check.target_changed_unexplained": (
        "“{name}”的指标值 {target} 与申报的 {declared} 不同，应写明调整原因",
        "“{name}”: the target {target} differs from the declared {declared}: give the reason for the change",
    ),
    "title.target_changed_unexplained": ("指标值调整未说明原因", "target changed without a reason"),
    "check.target_without_unit": (
        "指标值“{target}”没有计量单位",
        "the target “{target}” has no unit",
    ),
    "title.target_without_unit": ("指标值缺少计量单位", "target without a unit"),
    # --- files and stores --------------------------------------------------------------------
    "file.missing": ("找不到文件", "file not found"),
    "file.is_directory": ("这是一个文件夹，不是文件", "is a folder, not a file"),
    "file.unreadable": ("无法读取：{detail}", "cannot be read: {detail}"),
    "file.not_utf8": ("不是 UTF-8 编码的文字", "is not UTF-8 text"),
    "file.not_writable": ("无法写入：{detail}", "cannot be written: {detail}"),
    # --- year archives and folders of reports (汇总, 归档) -------------------------------------
    # a zip file cut short or damaged: Python's own words (English) are not the user's
    "archive.not_zip": ("不是完整的 Word、Excel 或全年归档文件（.zip）：文件已损坏或没有复制完整",
                        "not a complete Word, Excel or year-archive (.zip) file: it is damaged or "
                        "was not copied whole"),
    "archive.outside": (
        "归档中的文件“{member}”指向归档之外，拒绝导入",
        'the member "{member}" points outside the archive; refused',
    ),
    "archive.no_reports": ("{year} 年度没有报告（示例报告要加 --with-demo），未写归档",
                           "no report of {year} (the demo needs --with-demo); nothing written"),
    "archive.too_many": ("归档中的文件超过 {limit} 个，拒绝导入", "more than {limit} members; refused"),
    "archive.member_too_large": (
        "归档中的文件“{member}”超过 {limit} MB 的上限，拒绝导入",
        'the member "{member}" is larger than the {limit} MB limit; refused',
    ),
    "archive.too_large": (
        "归档解压后超过 {limit} GB 的上限，拒绝导入", "the archive unpacks to more than {limit} GB; refused",
    ),
    "archive.bomb": (
        "归档中的文件“{member}”压缩比超过 {limit}:1，疑为压缩炸弹，拒绝导入",
        'the member "{member}" is compressed more than {limit}:1 (a zip bomb?); refused',
    ),
    "archive.broken_member": (
        "归档中的文件“{member}”已损坏：{detail}", 'the member "{member}" is damaged: {detail}',
    ),
    "archive.no_manifest": (
        "归档中没有 manifest.json，不是本程序导出的年度归档",
        "the archive has no manifest.json: not a year archive of this app",
    ),
    "archive.bad_manifest": ("归档的 manifest.json 内容有误", "the archive's manifest.json is malformed"),
    "archive.member_missing": (
        "manifest.json 列出的“{member}”不在归档中", 'the manifest lists "{member}", which is missing',
    ),
    "archive.bad_report": ("归档中的“{member}”：{detail}", 'in the archive, "{member}": {detail_en}'),
    "archive.duplicate": (
        "归档中有两个名为“{member}”的文件，无法确定以哪个为准，拒绝导入",
        'the archive holds two members named "{member}"; refused',
    ),
    "archive.unlisted": (
        "归档中的“{member}”不在 manifest.json 中，拒绝导入",
        'the member "{member}" is not listed in manifest.json; refused',
    ),
    "archive.already": (
        "归档中的“{member}”与数据文件中的报告 {id} 相同（指纹 {fingerprint}），未再导入",
        'the member "{member}" is the same as stored report {id} (fingerprint {fingerprint}); '
        "not imported again",
    ),
    # --- a file of a project's form brought in again (cli import, the window's preview) ------
    "import.same_form": (
        "注意：项目“{name}”已有 {year} 年的{form}（报告 {ids}），本次导入为另一份（报告 {id}），"
        "列表中两份都标出；若是同一文件导入了两次，可删除其一",
        'note: the project "{name}" already has a {form} for {year} (report {ids}); this import '
        "is another one (report {id}), both are marked in the list; if the same file was imported "
        "twice, delete one",
    ),
    "archive.fingerprint": (
        "归档中的“{member}”与 manifest.json 记录的指纹不符（文件被改动或损坏），拒绝导入",
        'the member "{member}" does not match its fingerprint in manifest.json (changed or damaged)',
    ),
    # --- Word and Excel files bounded before parsing (reader/office_bounds.py) ---------------
    "office.broken": (
        "Word/Excel 文件已损坏（{member}）：{detail}", "the Word/Excel file is damaged ({member}): {detail}",
    ),
    "office.too_many": (
        "Word/Excel 文件中的部件超过 {limit} 个，拒绝读取", "more than {limit} parts inside; refused",
    ),
    "office.duplicate": (
        "Word/Excel 文件中有重名的部件“{member}”，拒绝读取", 'two parts named "{member}" inside; refused',
    ),
    "office.too_large": (
        "Word/Excel 文件解压后超过 {limit} MB 的上限，拒绝读取",
        "unpacks to more than the {limit} MB limit; refused",
    ),
    "office.ratio": (
        "其中的“{member}”压缩比超过 {limit}:1 的上限，疑为压缩炸弹，拒绝读取",
        'the part "{member}" is compressed more than the {limit}:1 limit (a zip bomb?); refused',
    ),
    "office.shared_strings": (
        "其中的共享字符串“{member}”超过 {limit} MB 的上限，拒绝读取",
        'the shared strings "{member}" are larger than the {limit} MB limit; refused',
    ),
    "office.entities": (
        "其中的“{member}”含有 DTD/实体声明（Word/Excel 不会写入；为防实体展开，不解析），拒绝读取",
        'the part "{member}" declares a DTD or entities (Office never writes one; entity '
        "expansion is off); refused",
    ),
    # a folder with nothing to summarise: one line, counting what was passed over (the files
    # are named one by one when a summary is made beside them)
    "summary.no_report": (
        "没有读到可汇总的自评表（{skipped} 个文件无法读取或不是自评表）",
        "no self-evaluation to summarise ({skipped} file(s) unreadable or of another form)",
    ),
    "summary.no_monitoring": (
        "没有读到可汇总的运行监控表（{skipped} 个文件无法读取或不是运行监控表）",
        "no monitoring form to summarise ({skipped} file(s) unreadable or of another form)",
    ),
    "summary.skipped": ("已跳过：{detail}", "skipped: {detail}"),
    "summary.not_self_evaluation": (
        "汇总只列自评表，这是{form}",
        "the summary lists self-evaluations only; this is a {form}",
    ),
    "summary.not_monitoring": (
        "监控汇总只列运行监控表，这是{form}",
        "the monitoring summary lists monitoring forms only; this is a {form}",
    ),
    # a form named in a message (forms.form_name), in the message's language: its description's
    **{f"form.{form}": kind.named for form, kind in FORM_KINDS.items()},
    "summary.bad_form": (
        "表单种类“{form}”无法汇总（可选 self_evaluation、monitoring）",
        'the form "{form}" cannot be summarised (self_evaluation or monitoring)',
    ),
    "summary.period_without_monitoring": (
        "--period-end 只用于运行监控表的汇总（--form monitoring）",
        "--period-end is for the summary of monitoring forms (--form monitoring)",
    ),
    "summary.no_period": (
        "没有截至 {period} 的运行监控表（有：{found}）",
        "no monitoring form ends its period on {period} (found: {found})",
    ),
    "library.unreadable": (
        "指标库文件无法读取：{detail}", "the indicator library file cannot be read: {detail}",
    ),
    "library.bad_entry": (
        "指标库文件中 {entry} 写法有误（应为 [名称, 指标性质, 单位]，指标性质为 ≥ ≤ = 定性 日期 之一）",
        "{entry} is malformed (expected [name, kind, unit], kind one of ≥ ≤ = 定性 日期)",
    ),
    "store.link_cycle": (
        "不能把报告链接到它自己之后的年度", "a report cannot follow one of its own later years",
    ),
    "store.newer": (
        "数据文件由更新版本的程序创建（结构版本 {version}），本程序不会修改它，请升级程序",
        "the store was made by a newer app (schema {version}); it was left untouched",
    ),
    "store.not_store": ("不是本程序的数据文件：{detail}", "not a perfeval-gui store: {detail}"),
    "store.not_sqlite": ("不是 SQLite 数据库文件", "not an SQLite database file"),
    "store.no_tables": ("其中没有任何表", "it holds no tables"),
    "store.unknown_id": ("数据文件中没有编号为 {id} 的报告", "no report with id {id} in the store"),
    "store.readonly": (
        "数据文件无法写入（只读、磁盘已满或已被移走）：{detail}",
        "the store cannot be written (read-only, disk full or removed): {detail}",
    ),
    "store.missing": ("数据文件不存在（可能已被移动、删除或所在的 U 盘未插入）",
                      "the store file is missing (moved, deleted, or its drive is not attached)"),
    "store.readonly_file": ("数据文件是只读的，无法写入", "the store file is read-only"),
    "store.readonly_folder": (
        "数据文件所在的文件夹是只读的，无法写入：{detail}",
        "the store's folder is read-only: {detail}",
    ),
    "store.locked": (
        "数据文件正被另一个程序写入（已锁定），本次未写入任何内容，请稍后重试",
        "another program is writing to the store (it is locked): nothing was written; try again shortly",
    ),
    "store.disk_full": (
        "磁盘已满，无法写入（请腾出空间后重试）", "the disk is full; free some space and try again",
    ),
    "store.damaged": (
        "数据文件已损坏（完整性检查未通过）：{detail}",
        "the store is damaged (its integrity check failed): {detail}",
    ),
    "store.empty_file": (
        "这是一个空文件（0 字节），不是本程序的数据文件，本程序不会改动它",
        "an empty (0-byte) file, not a perfeval-gui store; it was left untouched",
    ),
    "store.held": (
        "数据文件正被程序窗口使用（进程 {pid}，{host}），请先关闭该窗口",
        "the store is held by a window (process {pid} on {host}); close that window first",
    ),
    "store.conflict": (
        "报告已在别处修改（版本 {revision}），请重新打开后再保存",
        "the report was changed elsewhere (revision {revision}); reopen it before saving",
    ),
    "backup.missing_table": (
        "备份不完整，没有恢复：缺少数据表 {table}（结构版本 {version}）",
        "the backup is incomplete and was not restored: table {table} is missing (schema {version})",
    ),
    "backup.missing_column": (
        "备份不完整，没有恢复：数据表 {table} 缺少列 {column}（结构版本 {version}）",
        "the backup is incomplete and was not restored: table {table} lacks column {column} "
        "(schema {version})",
    ),
    "backup.bad_report": (
        "备份中的报告 {id}“{name}”无法读取，没有恢复：{detail}",
        "report {id} \"{name}\" of the backup cannot be read; nothing was restored: {detail}",
    ),
    "store.bad_report": (
        "报告 {id} 打不开：{detail}",
        "report {id} cannot be opened: {detail}",
    ),
    "rescue.target_exists": (
        "文件已存在，抢救不会覆盖它，请换一个文件名",
        "the file exists; a rescue never writes over a file, choose another name",
    ),
    "rescue.same_file": (
        "抢救出的新数据文件不能是受损的文件本身",
        "the rescued store cannot be the damaged file itself",
    ),
    "rescue.summary": (
        "受损文件中还有 {present} 份报告的记录；恢复 {recovered} 份，取自备份 {backup} 份，"
        "丢失 {lost} 份；新数据文件：{out}（合并的备份：{backup_file}）",
        "{present} report rows were still in the damaged file; {recovered} recovered, "
        "{backup} from the backup, {lost} lost; new store: {out} (backup merged: {backup_file})",
    ),
    "rescue.not_a_store": (
        "文件中找不到任何绩效自评数据文件的内容（{size} 字节，没有一页像是本程序的数据文件），"
        "也没有可合并的备份：无从抢救",
        "nothing in it looks like a report store ({size} bytes, no page of a perfeval-gui store "
        "found) and there is no backup to merge: nothing to rescue",
    ),
    "rescue.rows_missing": ("有行已丢失：{rows}", "rows gone: {rows}"),
    "rescue.in_bin": ("在回收站中", "in the recycle bin"),
    "rescue.row_gone": ("报告本身的记录已不在文件中", "the report's own row is gone from the file"),
    "backup.needs_yes": (
        "恢复备份会替换整个数据文件（当前内容会先备份），请加 --yes 确认",
        "restoring replaces the whole store (it is backed up first); confirm with --yes",
    ),
    # --- profiles ----------------------------------------------------------------------------
    "profile.bad_file": ("评分方案文件 {file} 无法读取：{detail}", "profile {file} is unreadable: {detail}"),
    "profile.bad_key": (
        "评分方案 {file} 的 {key} 有误：{detail}",
        "profile {file}: {key} is wrong: {detail}",
    ),
    # --- scoring ----------------------------------------------------------------------------
    "score.target_unreadable": ("年度指标值无法读取：{detail}", "the target cannot be read: {detail}"),
    "score.actual_unreadable": ("实际完成值无法读取：{detail}", "the actual cannot be read: {detail}"),
    "score.target_empty": ("没有填写年度指标值", "no target is given"),
    "score.actual_empty": ("没有填写实际完成值", "no actual value is given"),
    "score.actual_not_quantity": (
        "年度指标值是数值，实际完成值“{actual}”却不是，无法按规则计分",
        'the target is a figure but the actual "{actual}" is not; it cannot be rule-scored',
    ),
    "score.units_mismatch": (
        "单位不一致（指标值用“{target_unit}”，完成值用“{actual_unit}”），无法比较",
        'units differ (target "{target_unit}", actual "{actual_unit}") and cannot be compared',
    ),
    "score.pending": (
        "实际完成值“{actual}”没有说明达成程度，待判定：请选择 达成 / 部分达成 / 未达成",
        'the actual "{actual}" states no grade: it awaits your judgement '
        "(achieved, partly or not achieved)",
    ),
    "score.total_pending": (
        "{count} 项定性指标待判定且未填得分，总分与等级待定",
        "{count} qualitative row(s) await judgement with no score entered: the total and the "
        "grade are pending",
    ),
    "score.deadline_actual": (
        "完成时限指标的实际完成值应写日期或“按时完成”",
        "a deadline's actual must be a date or say it was completed in time",
    ),
    "score.deducted": (
        "实际完成值达到指标值的 {ratio}%，超额完成扣 {points} 分",
        "the actual is {ratio}% of the target: {points} point(s) deducted for over-achievement",
    ),
    "score.no_budget": (
        "年度资金总额没有预算数，无法计算执行率",
        "the total funds row has no budget, so no execution rate",
    ),
    "score.no_executed": ("年度资金总额没有填写全年执行数", "the total funds row has no executed amount"),
    "score.rescaled": (
        "有不适用指标，总分已按适用分值折算为百分制",
        "not-applicable indicators: the total was rescaled to 100",
    ),
    "score.capped": (
        "预算执行率为 {rate}%，总分封顶 {cap} 分",
        "the execution rate is {rate}%: the total is capped at {cap}",
    ),
    "score.weights_not_100": (
        "分值合计 {total}，应为 100，不评定等级",
        "the weights add up to {total}, not 100: no grade is given",
    ),
    # --- checks (体检) ---------------------------------------------------------------------
    "check.weights_sum": (
        "预算执行率与各指标（含不适用的指标）的分值合计为 {total}，应为 100",
        "the weights of the execution rate and all indicators (not-applicable ones included) "
        "add up to {total}, not 100",
    ),
    "check.score_above_weight": (
        "得分 {score} 超过分值 {weight}",
        "the score {score} is above the weight {weight}",
    ),
    "check.group_weight": (
        "“{group}”各指标分值合计 {actual}，评分方案建议 {expected}",
        'the weights under "{group}" add up to {actual}; the profile suggests {expected}',
    ),
    "check.full_score_far_above_rule": (
        "自评给满分 {score}，按规则只得 {rule}（低于分值的三分之二），且未写得分说明或偏差原因",
        "full marks ({score}) where the rule gives {rule} (under two thirds of the weight), "
        "with no score note and no reason for the deviation",
    ),
    "check.score_differs": (
        "自评得分 {score} 与规则得分 {rule} 不同，请在“得分说明”中写明理由",
        "the score {score} differs from the rule score {rule}: give the reason in the score note",
    ),
    "check.qualitative_band": (
        "定性指标评为“{grade}”，得分应在 {low}–{high} 分之间，现为 {score}",
        'a qualitative indicator graded "{grade}" must score {low}–{high}; it scores {score}',
    ),
    "check.total_above_cap": (
        "预算执行率为 {rate}，按评分方案总分最高 {cap} 分，自评各项合计 {total}",
        "the execution rate is {rate}: the profile caps the total at {cap}; the scores add up to {total}",
    ),
    "check.judgement_pending": (
        "实际完成值“{actual}”未表明是否达成，待判定：请在该行选择 达成 / 部分达成 / 未达成",
        'the actual "{actual}" does not say whether the target was achieved: judge it on its '
        "row (achieved, partly achieved, not achieved)",
    ),
    "check.template_mark": (
        "“{text}”中仍留有模板占位符“{mark}”，请填入实际内容",
        'the template\'s mark "{mark}" is still in "{text}": fill in what it stands for',
    ),
    "check.over_achieved": (
        "实际完成值为指标值的 {ratio}%（超过 {threshold}%），请在偏差原因中说明（指标值是否偏低）",
        "the actual is {ratio}% of the target (over {threshold}%): explain it in the deviation text",
    ),
    "check.bare_target": (
        "年度指标值“{target}”未写 ≥ 或 =，按“等于”{scored}；如为下限，请写 ≥{target}",
        'the target "{target}" has no ≥ or =, so it is read as "equal" and {scored}; '
        'if it is a minimum, write "≥{target}"',
    ),
    "check.unscorable": ("无法按规则计分：{reason}", "cannot be rule-scored: {reason}"),
    "check.placeholder_row": (
        "空白指标行，请删除或填写",
        "a blank indicator row (a template placeholder): delete it or fill it in",
    ),
    "check.shortfall_unexplained": (
        "未完成年度指标（规则得分 {rule}，分值 {weight}），请填写偏差原因分析及改进措施",
        "the target was missed (rule score {rule} of {weight}): explain the deviation",
    ),
    "check.deviation_without_shortfall": (
        "该指标已完成且无明显偏差，偏差原因栏却有内容，可能填错了位置",
        "the target was met without deviation, yet the deviation cell has text: misplaced?",
    ),
    "check.executed_above_budget": (
        "全年执行数 {executed} 万元超过预算数 {budget} 万元",
        "the executed amount {executed} exceeds the budget {budget} (in 10,000 yuan)",
    ),
    "check.low_execution_unexplained": (
        "预算执行率仅 {rate}，低于 90%，请在“项目资金调整情况”或分析中说明原因",
        "the execution rate is only {rate} (below 90%): explain it in the fund adjustment text",
    ),
    "check.parts_exceed_total": (
        "{group}各行的{column}合计 {parts} 万元，超过年度资金总额 {total} 万元",
        "{group}: the {column} add up to {parts}, more than the total {total} (in 10,000 yuan)",
    ),
    "check.yuan_in_wan": (
        "金额 {amount} 填在“万元”栏，疑为以“元”填写（即 {converted} 万元）",
        "the amount {amount} in a 万元 column looks like 元 (that is {converted} 万元)",
    ),
    "check.not_measurable": (
        "{level2}应为可量化指标，年度指标值“{target}”没有可比较的数值",
        '{level2} should be measurable, but the target "{target}" has no figure to compare',
    ),
    "check.vague_target": (
        "年度指标值“{target}”含“{word}”等模糊表述且无具体数值，难以衡量",
        'the target "{target}" is vague ("{word}") and has no figure',
    ),
    "check.too_few_indicators": (
        "只有 {count} 个三级指标，至少应设置 3 个",
        "only {count} third-level indicator(s): at least 3 are expected",
    ),
    "check.missing_group": (
        "缺少一级指标“{group}”",
        'the first-level group "{group}" is missing',
    ),
    "check.satisfaction_without_basis": (
        "填报了满意度，但全文没有说明调查方式和样本（如问卷份数、回访人数）",
        "a satisfaction figure is claimed with no survey basis (method, sample size) anywhere",
    ),
    "check.credit_code_invalid": (
        "统一社会信用代码“{code}”不正确（应为 18 位，校验位不符）",
        'the unified social credit code "{code}" is invalid (18 characters with a check digit)',
    ),
    "check.phone_malformed": ("联系电话“{phone}”格式不正确", 'the phone number "{phone}" is malformed'),
    "check.date_in_year": (
        "评价时间 {date} 应在被评价年度 {year} 年结束之后",
        "the evaluation date {date} must fall after the evaluated year {year}",
    ),
    "check.missing_field": ("未填写{field}", "{field} is not filled in"),
    "check.missing_team": ("未填写自评小组成员", "no evaluation team members are listed"),
    "check.text_year": (
        "正文提到 {found} 年，而本报告评价的是 {year} 年度",
        "the text mentions {found}, but the report evaluates {year}",
    ),
    "check.text_figure": (
        "正文中“{name}”为 {text_value}，与表中{which} {table_value} 不一致（“{quote}”）",
        'the text gives {text_value} for "{name}", but the table\'s {which} is {table_value} ("{quote}")',
    ),
    "check.text_score": (
        "正文中“{name}”{what} {text_value} 分，与表中 {table_value} 分不一致（“{quote}”）",
        'the text gives {text_value} points as the {what} of "{name}", the table {table_value} ("{quote}")',
    ),
    "check.text_verdict": (
        "正文“{quote}”说{name}{said}，而表中年度指标值 {target}、实际完成 {actual}，{now}",
        'the text "{quote}" says "{said}" of "{name}", but the table has target {target}, '
        "actual {actual}: {now}",
    ),
    "check.text_grade": (
        "正文“{quote}”与表格不符：表中总分 {total} 分，等级为“{grade}”",
        'the text "{quote}" disagrees with the table: its total {total} makes the grade "{grade}"',
    ),
    "check.text_foreign_indicator": (
        "正文提到的“{name}”不是本报告的指标，可能是从其他报告复制的",
        '"{name}" in the text is not an indicator of this report (copied from another one?)',
    ),
    "check.text_foreign_project": (
        "正文提到的“{name}”不是本项目名称，可能是从其他报告复制的",
        '"{name}" in the text is not this project (copied from another report?)',
    ),
    "check.text_amount": (
        "正文中的金额 {amount} 在资金表中找不到",
        "the amount {amount} in the text appears nowhere in the funds table",
    ),
    "check.text_numbering": (
        "编号“{found}”不连续（应为“{expected}”）",
        'the numbering "{found}" breaks the sequence (expected "{expected}")',
    ),
    "check.check_failed": (
        "检查程序“{check}”出错，已记录日志；其余检查照常进行",
        'the check "{check}" failed inside the program and was logged; the other checks ran',
    ),
    # --- one-click fixes (core/fixes.py): the button's words ----------------------------------
    "fix.redraft": ("按表格重写此句", "redraft this sentence from the table"),
    "fix.bare_target": ("改为“{target}”", 'make it "{target}"'),
    "fix.score_differs": ("得分改为规则得分 {rule}", "use the rule score {rule}"),
    "fix.full_score_far_above_rule": ("得分改为规则得分 {rule}", "use the rule score {rule}"),
    "fix.missing_group": ("添加“{group}”及其二级指标", 'add "{group}" with its second-level rows'),
    "fix.shortfall_unexplained": ("填入偏差原因模板", "insert the reason template"),
    # --- each finding code's short name (grouped findings, the guide's entries) ---------------
    "title.weights_sum": ("分值合计不是 100", "weights do not add up to 100"),
    "title.score_above_weight": ("得分超过分值", "score above its weight"),
    "title.group_weight": ("一级指标分值与评分方案不同", "group weight differs from the profile"),
    "title.full_score_far_above_rule": (
        "满分远高于规则得分且未说明", "full marks far above the rule, unexplained"),
    "title.score_differs": ("自评得分与规则得分不同且未说明", "score departs from the rule without a note"),
    "title.qualitative_band": ("定性指标得分不在等级区间内", "qualitative score outside its band"),
    "title.total_above_cap": ("总分超过执行率封顶", "total above the execution-rate cap"),
    "title.judgement_pending": ("定性指标待判定", "qualitative indicator awaiting judgement"),
    "title.template_mark": ("留有模板占位符", "template mark left in"),
    "title.over_achieved": ("超额完成未说明", "over-achievement not explained"),
    "title.bare_target": ("年度指标值未写 ≥ 或 =", "target without ≥ or ="),
    "title.unscorable": ("无法按规则计分", "cannot be rule-scored"),
    "title.shortfall_unexplained": ("未完成指标未写偏差原因", "shortfall without a reason"),
    "title.deviation_without_shortfall": (
        "已完成指标却写了偏差原因", "deviation text where nothing deviated"),
    "title.executed_above_budget": ("执行数超过预算数", "executed above the budget"),
    "title.low_execution_unexplained": ("执行率偏低未说明", "low execution rate not explained"),
    "title.parts_exceed_total": ("“其中”各行超过总额", "parts exceed the total"),
    "title.yuan_in_wan": ("疑似以元填入万元栏", "元 typed in a 万元 column"),
    "title.not_measurable": ("应量化的指标没有数值", "measurable indicator without a figure"),
    "title.vague_target": ("指标值表述模糊", "vague target"),
    "title.too_few_indicators": ("三级指标过少", "too few indicators"),
    "title.missing_group": ("缺少一级指标", "first-level group missing"),
    "title.placeholder_row": ("空白指标行", "blank indicator rows"),
    "title.satisfaction_without_basis": ("满意度缺少调查依据", "satisfaction without a survey basis"),
    "title.credit_code_invalid": ("统一社会信用代码不正确", "invalid credit code"),
    "title.phone_malformed": ("联系电话格式不正确", "malformed phone number"),
    "title.date_in_year": ("评价时间不在被评价年度之后", "evaluation date inside the evaluated year"),
    "title.missing_field": ("封面项目未填写", "cover field not filled in"),
    "title.missing_team": ("未填写自评小组", "no evaluation team"),
    "title.text_year": ("正文年份与报告年度不符", "text mentions another year"),
    "title.text_figure": ("正文数字与表格不一致", "text figure differs from the table"),
    "title.text_verdict": ("正文说达到/未达到与表格不符", "text verdict contradicts the table"),
    "title.text_grade": ("正文评价等级与表格不一致", "text grade differs from the table"),
    "title.text_score": ("正文分数与表格不一致", "text score differs from the table"),
    "title.text_foreign_indicator": ("正文提到其他报告的指标", "text names a foreign indicator"),
    "title.text_foreign_project": ("正文提到其他项目", "text names another project"),
    "title.text_amount": ("正文金额在资金表中找不到", "text amount not in the funds table"),
    "title.text_numbering": ("正文编号不连续", "numbering out of sequence"),
    "title.printed_total": ("导入文件的总分与各项得分不符", "the imported total differs from its scores"),
    "title.printed_total_adjusted": (
        "导入文件的总分与折算后的得分不符", "the imported total differs from its adjusted scores"),
    "title.printed_grade": ("导入文件的等级与总分不符", "the imported grade does not follow the total"),
    "title.printed_rate": ("导入文件的执行率与资金表不符", "the imported rate differs from the funds table"),
    "title.printed_score": ("导入文件的得分与现在不同", "the imported score differs from today's"),
    "title.check_failed": ("检查程序出错", "a check failed inside the program"),
    # --- grouped findings in the window ---------------------------------------------------------
    "group.unscorable": ("{count} 项指标无法按规则计分", "{count} indicators cannot be rule-scored"),
    "group.missing_actual": (
        "{count} 项指标尚未填写实际完成值", "{count} indicators have no actual value yet"),
    "group.missing_target": ("{count} 项指标尚未填写年度指标值", "{count} indicators have no target yet"),
    "group.other": ("{count} 处：{title}", "{count} places: {title}"),
    # --- the paper form's words, quoted inside other messages ---------------------------------
    "term.initial": ("年初预算数", "initial budget"),
    "term.sub_rows": ("“其中”", "the sub-rows"),
    "term.breakdown_rows": ("“{name}”", "the rows of {name}"),
    "term.adjusted": ("全年预算数", "adjusted budget"),
    "term.executed": ("全年执行数", "executed amount"),
    "term.target": ("年度指标值", "target"),
    "term.met": ("达到年度指标值", "the target is met"),
    "term.not_met": ("未达到年度指标值", "the target is not met"),
    "term.actual": ("实际完成值", "actual value"),
    "term.rate": ("预算执行率", "budget execution rate"),
    "term.score": ("得", "score"),
    "term.weight": ("分值", "weight"),
    "term.achieved": ("达成", "achieved"),
    "term.partly_achieved": ("部分达成", "partly achieved"),
    "term.not_achieved": ("未达成", "not achieved"),
    "term.scored_points": ("计 {points} 分", "scores {points}"),
    "term.not_scored": ("计分", "is scored"),
    "term.leader": ("评价工作组负责人", "the evaluation leader"),
    "term.contact": ("联系人", "the contact"),
    "term.phone": ("联系电话", "the phone number"),
    "term.date": ("评价时间", "the evaluation date"),
    "term.unit": ("自评项目单位", "the evaluated unit"),
    "check.printed_total": (
        "原表总分 {printed}，按各项得分合计为 {computed}",
        "the document printed a total of {printed}; its scores add up to {computed}",
    ),
    "check.printed_total_adjusted": (
        "原表总分 {printed}，按各项得分折算后为 {computed}",
        "the document printed a total of {printed}; its scores, rescaled or capped, give {computed}",
    ),
    "check.printed_grade": (
        "原表评价等级为“{printed}”，按总分应为“{computed}”",
        'the document printed the grade "{printed}"; the total gives "{computed}"',
    ),
    "check.printed_rate": (
        "原表执行率为 {printed}，按资金表计算为 {computed}",
        "the document printed an execution rate of {printed}; the funds table gives {computed}",
    ),
    "check.printed_score": (
        "原表得分为 {printed}，现为 {computed}",
        "the document printed the score {printed}; it is now {computed}",
    ),
    # --- reading Word and Excel files --------------------------------------------------------
    "read.damaged": (
        "文件已损坏或不完整，无法作为 {kind} 文件读取", "damaged or incomplete: cannot be read as {kind}",
    ),
    "read.not_office": (
        "不是 Word（.docx）或 Excel（.xlsx、.xls）文件（旧版 .doc 请先另存为 .docx）",
        "not a Word (.docx) or Excel (.xlsx, .xls) file (save an old .doc as .docx first)",
    ),
    "read.no_table": (
        "文件中没有找到项目支出绩效自评表或绩效目标申报表（没有含“三级指标”“年度指标值”等列的表格）",
        "no 自评表 or 申报表 in this file (no table with columns such as 三级指标 and 年度指标值)",
    ),
    "read.place_sheet": ("工作表“{name}”", 'sheet "{name}"'),
    "read.place_sheet_row": ("工作表“{name}”第 {row} 行", 'sheet "{name}", row {row}'),
    "read.place_table": ("第 {number} 个表格", "table {number}"),
    "font.bundled_damaged": (
        "程序自带的字体 {name} 已损坏，无法使用，已改用 {other}",
        "the bundled font {name} is damaged and cannot be used; {other} is used instead",
    ),
    "font.bundled_damaged_none": (
        "程序自带的字体 {name} 已损坏，无法使用",
        "the bundled font {name} is damaged and cannot be used",
    ),
    "read.place_json": ("第 {number} 个指标", "indicator {number}"),
    "open.unknown_kind": (
        "不是报告文件（.json）、Word（.docx）或 Excel（.xlsx、.xls）文件，也不是全年归档（.zip）",
        "not a report (.json), Word (.docx) or Excel (.xlsx, .xls) file, nor a year archive (.zip)",
    ),
    "read.place_table_row": ("第 {number} 个表格第 {row} 行", "table {number}, row {row}"),
    "read.repeated_header": ("重复的表头行，已跳过", "a repeated header row, skipped"),
    "read.blank_row": ("空行，已跳过", "a blank row, skipped"),
    "read.merged_row": (
        "横跨整行的文字“{text}”不是指标，已跳过",
        'the text "{text}" spans the whole row and is not an indicator: skipped',
    ),
    "read.empty_indicator": (
        "空白指标行（指标名称、指标值、完成值、分值都是空的），已跳过",
        "an empty indicator row (no name, target, actual or weight), skipped",
    ),
    "read.placeholder": (
        "“{name}”是模板占位行，不是指标，已跳过",
        '"{name}" is a template placeholder, not an indicator: skipped',
    ),
    "read.bad_points": (
        "{column}“{text}”不是 0–100 之间的分数，未导入",
        '{column} "{text}" is not a score between 0 and 100: left empty',
    ),
    "read.profile_unknown": (
        "文件是按评分规则“{profile}”填写的，本机没有这套规则，已按默认规则导入",
        'the file was filled in under the profile "{profile}", which this computer lacks: '
        "imported under the default profile",
    ),
    "read.bad_choice": (
        "{column}“{text}”不是可选的说法（确定能、有可能、完全不可能），未导入",
        '{column} "{text}" is none of its choices (确定能, 有可能, 完全不可能): left empty',
    ),
    "read.bad_amount": ("金额“{text}”无法读取，未导入", 'the amount "{text}" cannot be read: left empty'),
    "read.yuan_converted": (
        "资金以“元”填写，已换算为万元（÷10000）",
        "the funds are in 元 and were converted to 万元 (÷ 10,000)",
    ),
    "read.section_unmapped": (
        "标题“{heading}”对应不到报告的章节，其下文字未导入",
        'the heading "{heading}" matches no section of the report: its text was not taken over',
    ),
    "read.more_tables": (
        "另有 {count} 张同样的指标表未导入（只导入了第一张）",
        "{count} more indicator table(s) of the same kind were not imported (only the first)",
    ),
    "read.formula_unset": (
        "{column} 列的公式没有计算结果（文件未经 Excel 保存），按空白读取：请在 Excel 中打开、保存后再导入",
        "the formula in column {column} holds no calculated value (the file was never saved by "
        "Excel) and was read as blank: open and save it in Excel, then import it again",
    ),
    "read.truncated": ("行数过多，只读取了前 5000 行", "too many rows: only the first 5,000 were read"),
    "read.year_assumed": (
        "文件中没有写明评价年度，按 {year} 年导入，请核对",
        "the file names no year: imported as {year}, please check",
    ),
    "read.name_from_file": (
        "文件中没有项目名称，暂用文件名“{name}”",
        'the file names no project: the file name "{name}" stands in',
    ),
    # --- command line ------------------------------------------------------------------------
    "cli.no_display": (
        "没有图形显示（未设置 DISPLAY 或 WAYLAND_DISPLAY），无法打开窗口；可以使用命令行，"
        "例如 perfeval-gui score FILE（perfeval-gui --help 列出全部命令）",
        "there is no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window "
        "can open; the command line works, e.g. perfeval-gui score FILE (perfeval-gui --help "
        "lists every command)",
    ),
    "cli.usage": ("命令用法有误：{detail}", "usage: {detail}"),
    "cli.errors_remain": (
        "报告仍有 {count} 个错误（已照常导出）",
        "the report still has {count} error(s) (exported all the same)",
    ),
    "cli.check_failed": (
        "有检查程序出错，详情已写入 {log}",
        "a check failed inside the program; the details are in {log}",
    ),
    "cli.check_failed_unlogged": (
        "有检查程序出错，且无法写入日志文件",
        "a check failed inside the program, and no log file could be written",
    ),
    "cli.nothing_to_export": ("请指定 {options}", "give {options}"),
    "list.or": ("{rest} 或 {last}", "{rest} or {last}"),  # OneOf
    "list.separator": ("、", ", "),
    # --- value parsing -----------------------------------------------------------------------
    "value.operator_without_number": (
        "有比较符号“{op}”但没有数值，请写成如“≥2次”",
        'has the operator "{op}" but no number; write e.g. "≥2"',
    ),
    "value.several_numbers": (
        "含有多个数值（{numbers}），无法判断以哪个为准，请只写一个数值",
        "holds several numbers ({numbers}); write one value",
    ),
    "value.bad_number": ("数值“{text}”写法有误", 'the number "{text}" is malformed'),
    "value.negative": ("不接受负数“{text}”", 'negative values are not accepted: "{text}"'),
    "input.bad_date": (
        "日期写法无法识别：{value}（可写 2025-03-10、2025/3/10 或 2025年3月10日）",
        "cannot read the date {value} (write 2025-03-10, 2025/3/10 or 2025年3月10日)",
    ),
    "value.bad_date": ("日期“{text}”不存在", 'the date "{text}" does not exist'),
    "value.too_many_digits": (
        "数值超过 {digits} 位有效数字或数量级超出 ±{exponent}，无法按规则计分",
        "a number with more than {digits} significant digits or beyond 10^±{exponent}: not rule-scored",
    ),
    "profile.builtin_id": (
        "评分方案文件 {file} 使用了内置方案的编号 {id}（{other}），未采用；请改用新的编号",
        "profile {file} reuses the built-in id {id} ({other}) and was refused; give it an id of its own",
    ),
    "profile.duplicate_id": (
        "评分方案文件 {file} 的编号 {id} 已由 {other} 使用，未采用",
        "profile {file}: the id {id} is already used by {other}; refused",
    ),
    "profile.refused": (
        "评分方案 {value} 的文件有误，未能采用：{reason}",
        "the scoring profile {value} was refused: {reason}",
    ),
    "profile.unknown_or_unreadable": (
        "未知的评分方案：{value}（可用：{known}）；有方案文件未能读取：{reason}",
        "unknown scoring profile: {value} (known: {known}); a profile file was refused: {reason}",
    ),
    "cli.internal": (
        "程序内部错误，详情已写入 {log}",
        "an internal error of the program; the details are in {log}",
    ),
    "cli.internal_unlogged": (
        "程序内部错误，且无法写入日志文件",
        "an internal error of the program, and no log file could be written",
    ),
    "file.not_regular": ("不是普通文件（设备或管道）", "is not a regular file (a device or a pipe)"),
    # --- limits (report-format.md, Limits) ----------------------------------------------------
    "limit.depth": ("嵌套超过 {limit} 层，拒绝读取", "nested deeper than {limit} levels"),
    "limit.count": ("共 {count} 项，超过上限 {limit} 项", "{count} entries, more than the limit of {limit}"),
    "limit.duplicate_key": ("键“{key}”重复出现", 'the key "{key}" appears twice'),
    "limit.surrogate": (
        "含有无效的 Unicode 字符（孤立的代理项）",
        "holds an invalid Unicode character (a lone surrogate)",
    ),
    "limit.number_digits": (
        "数字超过 {digits} 位有效数字或指数超出 ±{exponent}",
        "a number with more than {digits} significant digits or an exponent beyond ±{exponent}",
    ),
    "limit.text_length": ("共 {count} 个字，超过上限 {limit} 个字", "{count} characters, more than {limit}"),
    "limit.amount": (
        "金额 {value} 超出范围：应在 0 到 {high} 万元之间，最多 {decimals} 位小数",
        "the amount {value} is out of range: 0 to {high}, at most {decimals} decimals",
    ),
    "limit.points": (
        "分值 {value} 超出范围：应在 0 到 {high} 之间，最多 {decimals} 位小数",
        "{value} is out of range: 0 to {high}, at most {decimals} decimals",
    ),
    "limit.year": (
        "年度 {value} 超出范围（{low}–{high}）", "the year {value} is out of range ({low}–{high})",
    ),
}


def translate(code: str, lang: str = DEFAULT_LANG, /, **params: Any) -> str:
    """The message for *code* in *lang* ('zh' or 'en'), with its parameters filled in.

    *code* and *lang* are positional-only: a message may have parameters of any name
    (a credit code is ``code=``) without colliding with them."""
    zh, en = CATALOGUE[code]
    template = en if lang == "en" else zh
    # a message may quote another (why a value could not be read): render it in the same language
    rendered = {k: v.text(lang) if isinstance(v, Message) else v for k, v in params.items()}
    return template.format(**rendered)


@dataclass(frozen=True)
class Message:
    """A message not yet rendered: the surface picks the language."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str = DEFAULT_LANG) -> str:
        return translate(self.code, lang, **self.params)


class OneOf(Message):
    """Alternatives named in the surface's language: '--pdf, --docx or --xlsx', '--pdf、--docx
    或 --xlsx' (a parameter of another message)."""

    def __init__(self, items: list[str]) -> None:
        super().__init__("list.or", {"items": tuple(items)})

    def text(self, lang: str = DEFAULT_LANG) -> str:
        *rest, last = self.params["items"]
        if not rest:
            return str(last)
        return translate("list.or", lang, rest=translate("list.separator", lang).join(rest), last=last)


class UserError(Exception):
    """Bad input that the user can fix: carries the field path and a catalogue message."""

    def __init__(self, where: str, code: str, /, **params: Any) -> None:
        self.where = where
        self.message = Message(code, params)
        super().__init__(self.text("en"))

    def text(self, lang: str = DEFAULT_LANG) -> str:
        body = self.message.text(lang)
        return f"{self.where}: {body}" if self.where else body
