"""The start rule's checker (tests/start_rule.py) reads an ``-X importtime`` log as Python
writes it and would catch the regressions it is there for."""

from __future__ import annotations

from tests.start_rule import STARTS, Start, offences, read_importtime

WINDOW = next(s for s in STARTS if s.window and not s.fresh)
VERSION = next(s for s in STARTS if s.argv == ("--version",))

# the log's shape: each import written as it ends, after what it imported, indented 2 a level
WINDOW_LOG = """\
import time: self [us] | cumulative | imported package
import time:       260 |      25638 |     PySide6
import time:      8677 |      34315 |   PySide6.QtCore
import time:       848 |        964 |   perfeval_gui.ui.base.background
import time:      5146 |      52158 | perfeval_gui.ui.shell.app
This plugin does not support propagateSizeHints()
import time:       649 |        649 |       perfeval_gui.core.edits
import time:       310 |        959 |     perfeval_gui.ui.editor.report_document
import time:       947 |       8986 |   perfeval_gui.ui.editor.report_editor
import time:     14876 |      45285 | perfeval_gui.ui.shell.main_window
"""


def a_window_module_importing(module_lines: str) -> str:
    """The window's log as it would read had report_editor imported *module_lines* at its top."""
    editor = "import time:       947 |       8986 |   perfeval_gui.ui.editor.report_editor\n"
    return WINDOW_LOG.replace(editor, module_lines + editor)


def test_the_log_gives_each_module_its_importers_nearest_first():
    imported = {m.name: m for m in read_importtime(WINDOW_LOG)}
    assert list(imported) == ["PySide6", "PySide6.QtCore", "perfeval_gui.ui.base.background",
                              "perfeval_gui.ui.shell.app", "perfeval_gui.core.edits",
                              "perfeval_gui.ui.editor.report_document",
                              "perfeval_gui.ui.editor.report_editor",
                              "perfeval_gui.ui.shell.main_window"]
    assert imported["PySide6"].importers == ("PySide6.QtCore", "perfeval_gui.ui.shell.app")
    assert imported["perfeval_gui.core.edits"].importers == (
        "perfeval_gui.ui.editor.report_document", "perfeval_gui.ui.editor.report_editor",
        "perfeval_gui.ui.shell.main_window")
    assert imported["perfeval_gui.ui.shell.main_window"].importers == ()
    assert imported["perfeval_gui.ui.editor.report_editor"].cumulative_us == 8986
    assert offences(WINDOW, imported.values()) == []


def test_reportlab_imported_at_the_top_of_a_window_module_is_named_with_who_imported_it():
    log = a_window_module_importing(  # a new module of the editor's, with reportlab at its top
        "import time:       900 |        900 |         reportlab.lib\n"
        "import time:      2000 |      31200 |       reportlab\n"
        "import time:       150 |      31500 |     perfeval_gui.ui.editor.print_button\n")
    assert offences(WINDOW, read_importtime(log)) == [
        "reportlab <- perfeval_gui.ui.editor.print_button <- perfeval_gui.ui.editor.report_editor"
        " <- perfeval_gui.ui.shell.main_window (31.2 ms): " + WINDOW.never["reportlab"]]


def test_a_dialog_or_qt_s_printing_imported_by_the_window_at_start_is_caught():
    log = a_window_module_importing(
        "import time:      4000 |       4000 |     PySide6.QtPrintSupport\n"
        "import time:       700 |        700 |     perfeval_gui.ui.shell.settings_dialog\n")
    # one reason each, and who imported them
    found = offences(WINDOW, read_importtime(log))
    assert [line.split(" <- ")[0] for line in found] == [
        "PySide6.QtPrintSupport", "perfeval_gui.ui.shell.settings_dialog"]
    assert found[1].endswith(WINDOW.never["perfeval_gui.ui.*_dialog"])


def test_the_version_may_load_only_the_launch_modules():
    log = ("import time:        77 |         77 | perfeval_gui.console\n"
           "import time:        70 |         70 | perfeval_gui.launch\n"
           "import time:        46 |         64 | perfeval_gui.python_private\n")
    assert offences(VERSION, read_importtime(log)) == []
    log += ("import time:       500 |        500 |   perfeval_gui.core.model\n"
            "import time:       300 |        800 | perfeval_gui.cli\n")
    assert offences(VERSION, read_importtime(log)) == [
        "perfeval_gui.cli (0.8 ms): " + VERSION.never["perfeval_gui.*"]]


def test_a_pattern_names_a_module_and_its_submodules_and_allowed_ones_pass():
    rule = Start("s", (), {"docx": "Word", "perfeval_gui.ui.*_dialog": "dialogs"},
                 allowed=("perfeval_gui.ui.shell.about_dialog",))
    assert rule.refusal("docx.oxml.ns") == "docx"
    assert rule.refusal("docx2pdf") is None
    assert rule.refusal("perfeval_gui.ui.reports.library_dialog") == "perfeval_gui.ui.*_dialog"
    assert rule.refusal("perfeval_gui.ui.shell.about_dialog") is None
