"""No traceback, ever: an unexpected error is exit 4 and one line naming the log; every
sub-command runs without a display and never loads Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from perfeval_gui.cli import report as cli_report
from perfeval_gui.cli import run
from perfeval_gui.cli import store as cli_store

ROOT = Path(__file__).resolve().parents[2]


def no_display_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, "PERFEVAL_GUI_HOME": str(home), "PYTHONPATH": str(ROOT)}


def test_an_unexpected_error_is_exit_4_with_the_log_named(monkeypatch, capsys, tmp_path, seed_text):
    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(tmp_path))
    report = tmp_path / "seed.json"
    report.write_text(seed_text, encoding="utf-8")

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("a bug in scoring")

    monkeypatch.setattr(cli_report, "score_document", broken)
    status = run(["score", str(report)])
    out, err = capsys.readouterr()
    log = tmp_path / "logs" / "perfeval-gui.log"
    assert status == 4 and out == ""
    assert err.count("\n") == 1 and str(log) in err and "Traceback" not in err
    assert "ZeroDivisionError: a bug in scoring" in log.read_text(encoding="utf-8")
    assert f"score {report}" in log.read_text(encoding="utf-8")


def test_the_log_line_speaks_english_when_asked(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(tmp_path))
    monkeypatch.setattr(cli_store, "cmd_list", lambda args: 1 / 0)  # build_parser registers it
    assert run(["list", "--db", "x.sqlite", "--lang", "en"]) == 4
    assert "internal error" in capsys.readouterr().err


def test_a_sub_command_is_needed_when_run_is_called_without_one(capsys):
    with pytest.raises(SystemExit) as caught:
        run([])
    assert caught.value.code == 2 and capsys.readouterr().err.count("\n") == 1


def test_every_sub_command_runs_headless_without_loading_qt(tmp_path, seed_text):
    """One fresh process runs each sub-command in turn; Qt must never have been imported."""
    report = tmp_path / "seed.json"
    report.write_text(seed_text, encoding="utf-8")
    db = tmp_path / "s.sqlite"
    script = f"""
import json, sys
from perfeval_gui.__main__ import main
from perfeval_gui.cli.main import COMMANDS, build_parser
build_parser()
calls = {{
    "score": ["score", {str(report)!r}], "check": ["check", {str(report)!r}],
    "export": ["export", {str(report)!r}, "--docx", {str(tmp_path / 'o.docx')!r}],
    "import": ["import", {str(report)!r}, "--db", {str(db)!r}],
    "dump": ["dump", "--db", {str(db)!r}, "--id", "1"], "list": ["list", "--db", {str(db)!r}],
    "profiles": ["profiles"],
}}
statuses = {{}}
for name in ["import"] + sorted(COMMANDS):
    try:
        statuses[name] = main(calls.get(name, [name]))  # a newer command without its arguments
    except SystemExit as exc:
        statuses[name] = exc.code
try:
    statuses["frobnicate"] = main(["frobnicate"])
except SystemExit as exc:
    statuses["frobnicate"] = exc.code
sys.stdout = sys.__stdout__
print("RESULT", json.dumps({{"statuses": statuses,
                             "qt": sorted(m for m in sys.modules if m.startswith("PySide6"))}}))
"""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                          env=no_display_env(tmp_path), timeout=120, check=False)
    assert "Traceback" not in proc.stderr
    result = json.loads(proc.stdout.rsplit("RESULT ", 1)[1])
    assert result["qt"] == []
    statuses = result["statuses"]
    assert statuses["frobnicate"] == 2
    assert {k: statuses[k] for k in ("score", "import", "dump", "list", "profiles", "export")} == {
        "score": 0, "import": 0, "dump": 0, "list": 0, "profiles": 0, "export": 0}
    assert statuses["check"] == 1  # the seed has errors
    assert all(status in (0, 1, 2, 3) for status in statuses.values()), statuses


@pytest.mark.parametrize("argv", [["profiles"], ["frobnicate"], ["--lang", "en", "profiles"]])
def test_without_a_display_a_word_never_opens_the_window(tmp_path, argv):
    proc = subprocess.run([sys.executable, "-m", "perfeval_gui", *argv], capture_output=True,
                          text=True, cwd=ROOT, env=no_display_env(tmp_path), timeout=60, check=False)
    assert proc.returncode in (0, 2), proc.stderr
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") <= 1


@pytest.mark.parametrize(("argv", "window"), [
    ([], True), (["--db", "r.sqlite"], True), (["--db=r.sqlite"], True), (["-style", "fusion"], True),
    (["profiles"], False), (["frobnicate"], False), (["--db", "r.sqlite", "frobnicate"], False),
    (["--help"], False),
])
def test_only_options_open_the_window(argv, window):
    from perfeval_gui.__main__ import wants_window

    assert wants_window(argv) is window


def test_a_command_line_that_cannot_even_be_imported_answers_in_one_line(tmp_path):
    """A broken install (here: the commands' module cannot be imported) is exit 4 and one
    line naming the log, from the installed entry point as from ``python -m``."""
    script = ("import sys\n"
              "sys.modules['perfeval_gui.cli.main'] = None  # importing it raises ImportError\n"
              "from perfeval_gui.__main__ import main\n"
              "sys.exit(main(['profiles']))\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                          env=no_display_env(tmp_path), timeout=60, check=False)
    assert proc.returncode == 4 and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and str(tmp_path / "logs" / "perfeval-gui.log") in proc.stderr
