"""A window asked for where there is no graphical display (a server, an ssh session): one line
in the user's language pointing at the command line, exit 2 — never Qt's abort (status 134)
with its English lines about platform plugins."""

from __future__ import annotations

import subprocess
import sys

import pytest

from perfeval_gui.launch import lacks_display
from tests.conftest import ROOT, SEED_PATH

from .test_guard import no_display_env


def _start(tmp_path, *argv: str) -> subprocess.CompletedProcess[str]:
    code = ("import sys\nfrom perfeval_gui.__main__ import main\n"
            f"status = main({list(argv)!r})\n"
            "print('qt loaded' if 'PySide6' in sys.modules else 'no qt', status)\n")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env=no_display_env(tmp_path), timeout=60)


@pytest.mark.parametrize("argv", [(), (str(SEED_PATH),), ("--db", "x.sqlite3", str(SEED_PATH))])
def test_a_window_without_a_display_says_so_in_chinese_and_points_at_the_command_line(tmp_path, argv):
    proc = _start(tmp_path, *argv)
    assert proc.stdout == "no qt 2\n"  # Qt never touched
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("perfeval-gui: 没有图形显示")
    assert "perfeval-gui score FILE" in lines[0]
    assert not (tmp_path / "x.sqlite3").exists() and not (ROOT / "x.sqlite3").exists()


def test_the_installed_command_answers_in_english_with_lang_en(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "perfeval_gui", "--lang", "en", str(SEED_PATH)],
                          capture_output=True, text=True, cwd=ROOT, env=no_display_env(tmp_path),
                          timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("perfeval-gui: there is no graphical display")
    assert proc.stderr.count("\n") == 1 and "perfeval-gui score FILE" in proc.stderr
    assert "qt.qpa" not in proc.stderr and proc.stdout == ""


def test_the_command_line_itself_still_works_without_a_display(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "perfeval_gui", "score", str(SEED_PATH)],
                          capture_output=True, text=True, cwd=ROOT, env=no_display_env(tmp_path),
                          timeout=60)
    assert proc.returncode == 0 and proc.stderr == "" and '"total"' in proc.stdout


@pytest.mark.parametrize(("args", "environ", "system", "lacks"), [
    ([], {}, "linux", True),
    ([], {"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ([], {"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", True),
    ([], {"DISPLAY": ":0"}, "linux", False),
    ([], {"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ([], {"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux", True),  # xcb's display is no use
    ([], {"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ([], {"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux", False),
    (["-platform", "offscreen"], {}, "linux", False),
    (["--platform", "xcb"], {"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
    ([], {}, "freebsd14", True),
    ([], {}, "win32", False),
    ([], {}, "darwin", False),
])
def test_which_starts_lack_a_display(args, environ, system, lacks):
    assert lacks_display(args, environ, system) is lacks
