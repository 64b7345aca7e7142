"""``--help`` in the user's language: what the program and each sub-command do, and every
option, in Chinese by default and in English with ``--lang en``. The parser is built once in
English (cli.build_parser); this module gives its texts their words afterwards, so that a new
option needs one line here and none in the parser."""

from __future__ import annotations

import argparse
from typing import Any

from ..export.formats import FORMATS
from .argparse_private import actions, set_command_lines, set_group_titles

# command ("" = the program itself) -> (Chinese, English): what it does
COMMANDS: dict[str, tuple[str, str]] = {
    "": ("项目支出绩效自评：不带子命令时打开窗口；带一个文件（.json 报告、Word/Excel 自评表或申报表、"
         "全年归档 .zip）时在窗口中打开或导入它；带子命令时在命令行下工作，无需显示器。",
         "Project-expenditure performance self-evaluation: without a sub-command it opens the "
         "window; with one file (a .json report, a Word/Excel table, a year archive .zip) it opens "
         "or imports that file in the window; with a sub-command it works headless."),
    "score": ("给报告评分，输出总分、等级、各指标得分和检查结果（JSON）",
              "score a report: total, grade, each indicator's score and the findings (JSON)"),
    "check": ("对报告运行全部检查，输出发现的问题（JSON）；有错误时退出码为 1",
              "run every check on a report and print the findings (JSON); exit 1 on errors"),
    "export": ("把报告导出为 PDF、Word 和/或 Excel 自评表", "write a report as PDF, Word and/or Excel"),
    "import": ("把报告（.json、.docx、.xlsx、.xls 或全年归档 .zip）加入数据库，每份输出新编号",
               "add a report (.json, .docx, .xlsx, .xls or a year archive .zip) to a store; "
               "prints each new id"),
    "dump": ("把数据库中的一份报告输出为 JSON", "print one stored report as JSON"),
    "list": ("列出数据库中的报告，每行一个 JSON 对象", "list the stored reports, one JSON object a line"),
    "summary": ("某年度的汇总：每份报告一行，最后一行为合计",
                "one row per report of a year, then the totals"),
    "archive": ("把某年度的全部报告（JSON + PDF）打包为一个 .zip",
                "a year's reports as JSON + PDF in one .zip"),
    "backup": ("在线备份数据库，输出备份文件路径", "back the store up; prints the backup's path"),
    "rescue": ("从损坏的数据库中抢救报告到新文件（并与最新的完好备份合并），原文件只读不改",
               "rescue a damaged store's reports into a new file (merged with the newest sound "
               "backup); the damaged file is only read"),
    "restore": ("用备份替换数据库（先备份当前数据库），须加 --yes 确认",
                "replace the store by a backup (the current one is backed up first); needs --yes"),
    "read": ("识别 Word/Excel 文件中的自评表、申报表或自评报告，输出 JSON，不写入任何文件",
             "recognise a 自评表/申报表/自评报告 in a Word or Excel file; prints JSON, writes nothing"),
    "profiles": ("列出程序可用的评分规则及其状态", "list the scoring profiles and their status"),
}

# (command or "*" for any, option dest) -> (Chinese, English)
OPTIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("*", "help"): ("显示本帮助并退出", "show this help and exit"),
    ("*", "lang"): ("消息语言：zh 中文（默认）或 en 英文", "language of messages: zh (default) or en"),
    ("*", "db"): ("数据库文件（.sqlite）", "the store file (.sqlite)"),
    ("", "db"): ("窗口打开的数据库文件", "the store the window opens"),
    ("", "version"): ("显示版本号并退出", "print the version and exit"),
    ("", "file"): ("要打开或导入的文件", "a file to open or import"),
    ("score", "report"): ("报告文件（.json）", "the report file (.json)"),
    ("check", "report"): ("报告文件（.json）", "the report file (.json)"),
    ("export", "report"): ("报告文件（.json）", "the report file (.json)"),
    ("export", "table_only"): ("只导出自评表", "only the 自评表"),
    ("export", "landscape"): ("A4 横向（与 --table-only 一起用）", "A4 landscape (with --table-only)"),
    ("export", "page_numbers"): ("页码样式：dash 为“— 1 —”（GB/T 9704），of 为“第 1 页 共 3 页”",
                                 "page numbers: dash — 1 — (GB/T 9704) or of 第 1 页 共 3 页"),
    ("import", "report"): ("要导入的文件：.json、.docx、.xlsx、.xls 或全年归档 .zip",
                           "the file to import: .json, .docx, .xlsx, .xls or a year archive .zip"),
    ("dump", "id"): ("报告编号", "the report's id"),
    ("summary", "folder"): ("报告文件所在的文件夹（代替 --db）",
                            "a folder of report files (instead of --db)"),
    ("summary", "year"): ("评价年度", "the evaluated year"),
    ("summary", "xlsx"): ("输出的 Excel 汇总表", "the summary as an Excel sheet"),
    ("summary", "pdf"): ("输出的 PDF 汇总表", "the summary as a PDF"),
    ("summary", "with_demo"): ("把示例报告也计入汇总", "count the demo report too"),
    ("archive", "with_demo"): ("把示例报告也放入归档", "put the demo report in too"),
    ("rescue", "store"): ("损坏的数据库文件（只读取）", "the damaged store (only read)"),
    ("rescue", "out"): ("新的数据库文件（不能已存在）", "the new store (must not exist)"),
    ("rescue", "backup"): ("要合并的备份（默认：最新的完好备份）",
                           "the backup to merge (default: the newest sound one)"),
    ("rescue", "no_backup"): ("不合并任何备份", "merge no backup"),
    ("archive", "year"): ("评价年度", "the evaluated year"),
    ("archive", "out"): ("输出的 .zip 文件", "the .zip to write"),
    ("backup", "out"): ("备份文件（默认：数据库旁的 backups/ 文件夹）",
                        "the backup file (default: backups/ beside the store)"),
    ("restore", "backup"): ("备份文件", "the backup file"),
    ("restore", "yes"): ("确认：数据库将被替换", "confirm: the store is replaced"),
    ("read", "file"): ("Word 或 Excel 文件（.docx、.xlsx、.xls）",
                       "a Word or Excel file (.docx, .xlsx, .xls)"),
}

# argparse's own words
WORDS: dict[str, tuple[str, str]] = {
    "usage": ("用法：", "usage: "),
    "positionals": ("参数", "positional arguments"),
    "optionals": ("选项", "options"),
    "commands": ("子命令", "sub-commands"),
}


def _say(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def _formatter(lang: str) -> type[argparse.HelpFormatter]:
    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
            super().add_usage(usage, actions, groups, prefix or _say(WORDS["usage"], lang))

    return Formatter


def localize(parser: argparse.ArgumentParser, lang: str) -> argparse.ArgumentParser:
    """Give *parser* and each of its sub-commands their help in *lang* ('zh' or 'en')."""
    if not any("--version" in a.option_strings for a in actions(parser)):
        # answered in __main__ before any parsing (launch.asks_version): listed here for --help
        parser.add_argument("-V", "--version", action="store_true", default=argparse.SUPPRESS)
    _localize_one(parser, "", lang)
    for action in actions(parser):
        if isinstance(action.choices, dict):  # the sub-commands' action: name -> its parser
            action.help = _say(WORDS["commands"], lang)
            # the one-line list in the program's help: every sub-command, each saying what it does
            set_command_lines(action, [(name, _say(COMMANDS[name], lang) if name in COMMANDS
                                        else None) for name in action.choices])
            for name, sub in action.choices.items():
                _localize_one(sub, name, lang)
    return parser


def _localize_one(parser: argparse.ArgumentParser, command: str, lang: str) -> None:
    parser.formatter_class = _formatter(lang)
    if command in COMMANDS:
        parser.description = _say(COMMANDS[command], lang)
    set_group_titles(parser, _say(WORDS["positionals"], lang), _say(WORDS["optionals"], lang))
    for action in actions(parser):
        text = OPTIONS.get((command, action.dest)) or OPTIONS.get(("*", action.dest))
        if text is None and command == "export" and action.dest in FORMATS:
            text = FORMATS[action.dest].cli_help  # export --pdf, --docx, … (export/formats.py)
        if text is not None:
            action.help = _say(text, lang)
