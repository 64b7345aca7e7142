"""The command line on any PC: ``--version`` answers without Qt, ``--help`` says what each
sub-command does in the user's language, and a windowed executable — no stdout, no stderr —
still runs every command to its documented exit status."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from perfeval_gui import __version__
from tests.conftest import ROOT, SEED_PATH

from .test_guard import no_display_env

COMMANDS = ("score", "check", "export", "import", "dump", "list", "summary", "archive", "backup",
            "restore", "rescue", "read", "profiles")


@pytest.mark.parametrize("flag", ["--version", "-V", "--lang=en --version"])
def test_the_version_is_one_line_and_loads_no_qt(tmp_path, flag):
    code = ("import sys\nfrom perfeval_gui.__main__ import main\n"
            f"status = main({flag.split()!r})\n"
            "print('qt loaded' if 'PySide6' in sys.modules else 'no qt', status)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env=no_display_env(tmp_path), timeout=60)
    assert proc.stdout == f"perfeval-gui {__version__}\nno qt 0\n" and proc.stderr == ""


def test_the_installed_command_answers_the_version_without_a_display(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "perfeval_gui", "--version"], capture_output=True,
                          text=True, cwd=ROOT, env=no_display_env(tmp_path), timeout=60)
    assert (proc.returncode, proc.stdout) == (0, f"perfeval-gui {__version__}\n")


def _help(*argv: str) -> str:
    from perfeval_gui.__main__ import main

    with pytest.raises(SystemExit) as leaving:
        main([*argv, "--help"])
    assert leaving.value.code == 0
    return ""


def test_help_says_what_each_sub_command_does_in_chinese_by_default(capsys):
    _help()
    program = capsys.readouterr().out
    assert program.startswith("用法：perfeval-gui") and "不带子命令时打开窗口" in program
    assert "-V, --version" in program and "显示版本号并退出" in program
    for command in COMMANDS:  # every sub-command listed with what it does
        line = next(line for line in program.splitlines() if line.strip().startswith(command + " "))
        assert len(line.split(None, 1)[1]) > 4, line
    _help("export")
    export = capsys.readouterr().out
    assert "把报告导出为 PDF、Word 和/或 Excel（自评表、申报表或监控表" in export
    assert "输出的 PDF 文件" in export
    assert "show this help" not in export and "options:" not in export


@pytest.mark.parametrize("command", COMMANDS)
def test_every_sub_command_s_help_in_english_with_lang_en(capsys, command):
    from perfeval_gui.cli.help import COMMANDS as WHAT

    _help(command, "--lang", "en")
    text = capsys.readouterr().out
    assert text.startswith(f"usage: perfeval-gui {command}")
    assert " ".join(WHAT[command][1].split()[:3]) in " ".join(text.split())
    assert "show this help and exit" in text and "用法" not in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_option_of_any_sub_command_goes_undescribed(lang):
    import argparse

    from perfeval_gui.cli.help import localize
    from perfeval_gui.cli.main import build_parser

    parser = localize(build_parser(), lang)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(COMMANDS)
    for name, command in [("", parser), *sub.choices.items()]:
        assert command.description, name
        for action in command._actions:
            if not isinstance(action, argparse._SubParsersAction):
                assert action.help, (name, action.dest)


NO_CONSOLE = """
import sys
sys.stdout = None
sys.stderr = None
sys.argv = ["perfeval-gui", *{argv!r}]
from perfeval_gui.__main__ import run
run()
"""


def _no_console(tmp_path, *argv: str) -> int:
    proc = subprocess.run([sys.executable, "-c", NO_CONSOLE.format(argv=list(argv))],
                          capture_output=True, cwd=ROOT, env=no_display_env(tmp_path), timeout=120)
    assert proc.stdout == b"" and proc.stderr == b""
    return proc.returncode


def test_without_stdout_and_stderr_every_command_keeps_its_exit_status(tmp_path):
    db, pdf = tmp_path / "r.sqlite", tmp_path / "r.pdf"
    assert _no_console(tmp_path, "--version") == 0
    assert _no_console(tmp_path, "--help") == 0
    assert _no_console(tmp_path, "score", str(SEED_PATH)) == 0
    assert _no_console(tmp_path, "check", str(SEED_PATH)) == 1  # the seed has errors
    assert _no_console(tmp_path, "export", str(SEED_PATH), "--pdf", str(pdf)) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert _no_console(tmp_path, "import", str(SEED_PATH), "--db", str(db)) == 0
    assert _no_console(tmp_path, "list", "--db", str(db)) == 0
    assert _no_console(tmp_path, "score", str(tmp_path / "none.json")) == 2
    assert _no_console(tmp_path, "frobnicate") == 2
    assert not (tmp_path / "logs").exists()  # nothing went wrong inside


def test_without_stdout_and_stderr_in_process_too(monkeypatch, tmp_path):
    from perfeval_gui.__main__ import main

    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["score", str(SEED_PATH)]) == 0
    assert main(["--version"]) == 0
    with pytest.raises(SystemExit) as refused:
        main(["dump", "--db", str(tmp_path / "none.sqlite"), "--id", "1"])
    assert refused.value.code == 2
    assert sys.stdout is None and sys.stderr is None  # as it found them
    assert not (tmp_path / "logs").exists()


def test_the_windowed_exe_s_missing_streams_are_not_the_reason_for_exit_4(tmp_path):
    """Before: sys.stdout.write on None was an AttributeError, hence exit 4 for every call."""
    env = {**no_display_env(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", NO_CONSOLE.format(argv=["profiles"])],
                          capture_output=True, cwd=ROOT, env=env, timeout=60)
    assert proc.returncode == 0 and not os.path.exists(tmp_path / "logs")
