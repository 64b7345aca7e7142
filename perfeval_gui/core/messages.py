"""One catalogue of user-facing messages, by code, in Chinese and English.

The core has no Qt, yet its messages reach the window, the command line and the
exported files alike; keeping them here (code + parameters) lets every surface
say the same thing in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DEFAULT_LANG = "zh"

# code: (Chinese, English). Placeholders use str.format names.
CATALOGUE: dict[str, tuple[str, str]] = {
    # --- reading the interchange document -------------------------------------------------
    "doc.not_json": ("不是有效的 JSON：{detail}", "not valid JSON: {detail}"),
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
    # --- files and stores --------------------------------------------------------------------
    "file.missing": ("找不到文件", "file not found"),
    "file.is_directory": ("这是一个文件夹，不是文件", "is a folder, not a file"),
    "file.unreadable": ("无法读取：{detail}", "cannot be read: {detail}"),
    "file.not_utf8": ("不是 UTF-8 编码的文字", "is not UTF-8 text"),
    "file.not_writable": ("无法写入：{detail}", "cannot be written: {detail}"),
    "store.newer": (
        "数据文件由更新版本的程序创建（结构版本 {version}），本程序不会修改它，请升级程序",
        "the store was made by a newer app (schema {version}); it was left untouched",
    ),
    "store.not_store": ("不是本程序的数据文件：{detail}", "not a perfeval-gui store: {detail}"),
    "store.unknown_id": ("数据文件中没有编号为 {id} 的报告", "no report with id {id} in the store"),
    "store.readonly": (
        "数据文件无法写入（只读、磁盘已满或已被移走）：{detail}",
        "the store cannot be written (read-only, disk full or removed): {detail}",
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
    "score.no_grade": (
        "实际完成值“{actual}”没有说明达成程度（达成 / 部分达成 / 未达成），无法按规则计分",
        'the actual "{actual}" states no grade (达成 / 部分达成 / 未达成); it cannot be rule-scored',
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
    # --- checks (体检) ---------------------------------------------------------------------
    "check.weights_sum": (
        "预算执行率与各指标（不含不适用）的分值合计为 {total}，应为 100",
        "the weights of the execution rate and the indicators add up to {total}, not 100",
    ),
    "check.score_above_weight": (
        "得分 {score} 超过分值 {weight}",
        "the score {score} is above the weight {weight}",
    ),
    # --- command line ------------------------------------------------------------------------
    "cli.usage": ("命令用法有误：{detail}", "usage: {detail}"),
    "cli.export_unavailable": ("导出功能尚未提供", "export is not available yet"),
    "cli.errors_remain": (
        "报告仍有 {count} 个错误（已照常导出）",
        "the report still has {count} error(s) (exported all the same)",
    ),
    "cli.nothing_to_export": ("请指定 --pdf 或 --docx", "give --pdf or --docx"),
    # --- value parsing -----------------------------------------------------------------------
    "value.operator_without_number": (
        "有比较符号“{op}”但没有数值，请写成如“≥2次”",
        'has the operator "{op}" but no number; write e.g. "≥2次"',
    ),
    "value.several_numbers": (
        "含有多个数值（{numbers}），无法判断以哪个为准，请只写一个数值",
        "holds several numbers ({numbers}); write one value",
    ),
    "value.bad_number": ("数值“{text}”写法有误", 'the number "{text}" is malformed'),
    "value.negative": ("不接受负数“{text}”", 'negative values are not accepted: "{text}"'),
    "value.bad_date": ("日期“{text}”不存在", 'the date "{text}" does not exist'),
}


def translate(code: str, lang: str = DEFAULT_LANG, **params: Any) -> str:
    """The message for *code* in *lang* ('zh' or 'en'), with its parameters filled in."""
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


class UserError(Exception):
    """Bad input that the user can fix: carries the field path and a catalogue message."""

    def __init__(self, where: str, code: str, **params: Any) -> None:
        self.where = where
        self.message = Message(code, params)
        super().__init__(self.text("en"))

    def text(self, lang: str = DEFAULT_LANG) -> str:
        body = self.message.text(lang)
        return f"{self.where}: {body}" if self.where else body
