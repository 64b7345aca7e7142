"""The argparse internals the help in the user's language uses (perfeval_gui/cli/argparse_private.py)
still do what ``help.localize`` relies on: a Python whose argparse moves them fails here, by name,
instead of as an English or broken ``--help`` on a user's PC."""

from __future__ import annotations

import argparse

from perfeval_gui.cli.argparse_private import actions, set_command_lines, set_group_titles


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="p")
    parser.add_argument("--db")
    sub = parser.add_subparsers(dest="command")
    child = sub.add_parser("export")
    child.add_argument("report")
    child.add_argument("--pdf")
    return parser


def test_argparse_still_hands_out_every_action_of_a_parser_in_order():
    parser = _parser()
    found = actions(parser)
    assert [a.dest for a in found] == ["help", "db", "command"], \
        "argparse: ArgumentParser._actions no longer lists the actions added"
    assert found[2].choices is not None and "export" in found[2].choices
    child = found[2].choices["export"]
    assert [a.dest for a in actions(child)] == ["help", "report", "pdf"]
    found[1].help = "数据库"
    assert "数据库" in parser.format_help(), "argparse: an action of _actions is no longer the one printed"


def test_argparse_still_prints_the_group_titles_given():
    child = actions(_parser())[2].choices["export"]
    set_group_titles(child, "参数", "选项")
    text = child.format_help()
    assert "参数:" in text and "选项:" in text, \
        "argparse: _positionals / _optionals are no longer the groups printed"
    assert "positional arguments" not in text and "options:" not in text


def test_argparse_still_lists_each_sub_command_on_the_line_given():
    parser = _parser()
    set_command_lines(actions(parser)[2], [("export", "导出报告")])
    text = parser.format_help()
    assert any(line.split() == ["export", "导出报告"] for line in text.splitlines()), \
        "argparse: _SubParsersAction._choices_actions (of _ChoicesPseudoAction) no longer printed"
