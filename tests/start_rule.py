"""What a start may import: the one rule that keeps start-up within its budget.

The budget itself is measured, never asserted: ``benchmarks/run.py startup`` (the window to the
last report open, at most 2.5× an empty QMainWindow). What keeps a start within it is what the
start does *not* load — the exporters, the readers, printing, the checks, the dialogs, Qt for a
command. That is stated here once, as data: for each kind of start, the modules it must never
import, each with why it can wait. ``tests/ui/test_startup.py`` runs each start under
``python -X importtime`` and checks the log against it; an offence names the module, what it
cost, and who imported it (the log's tree), e.g.::

    reportlab <- perfeval_gui.ui.editor.report_editor <- perfeval_gui.ui.shell.main_window
    (31.2 ms): the PDF writer: at the first export or preview ...

So a window module may import at its top whatever the start needs anyway; what the rule names
is imported where it is first used. No list of modules to load, no order of imports to keep.

An order was once kept: PySide6 reads the source of each module imported after it (for its
"feature" switches), so the Qt-free modules were imported before Qt from a hand-kept list.
Measured (2026-12-06, warm starts): those reads take 11 ms of a start with the list and 15 ms
without (cProfile); timed starts, alternating, differ by less than their noise (±2 ms of
~210 ms). The list had gone stale (core.summary and core.comparison came after Qt) and loaded
two modules no start needs. Not worth keeping by hand.

Only imports written as ``import`` statements appear in the log (``importlib.import_module``
bypasses ``-X importtime``): the code's deferred imports are all statements.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

# A sqlite-utils plugin the test installs (tests/ui/test_startup.py): a scan of the installed
# packages' plugins — 50–100 ms, and a plugin could change the store's connection — would
# import it. The store opens sqlite-utils with execute_plugins=False.
PLUGIN_PROBE = "perfeval_start_probe"

QT = {
    "PySide6": "the command line is headless: Qt costs ~45 ms and may find no display",
    "shiboken6": "the command line is headless (Qt's bindings)",
}
EXPORTERS = {
    "reportlab": "the PDF writer: at the first export or preview (warmed in a thread once the "
                 "window shows)",
    "docx": "the Word writer and reader: at the first .docx written or read",
    "xlsxwriter": "the Excel writer: at the first .xlsx written",
    "pypdfium2": "the print preview's renderer: at the first preview",
}
READERS = {
    "openpyxl": "the .xlsx reader: at the first Excel file read",
    "xlrd": "the .xls reader: at the first old Excel file read",
    "perfeval_gui.reader": "reading Word/Excel reports: at the first file read",
    "perfeval_gui.exchange": "archives and folders of reports: when one is read or written",
}
MIGRATIONS = {
    "sqlite_utils": "a current store is read through sqlite3; sqlite-utils (tables, "
                    "migrations) loads at the first write",
    "perfeval_gui.store.schema": "the tables are made or migrated only for a new or old store",
}
PLUGIN_SCAN = {
    PLUGIN_PROBE: "sqlite-utils' plugin scan: every installed package's entry points read",
}
CHECKS = {  # the first start shows the reports list, whose panel is checked as it shows
    "perfeval_gui.core.checks": "the reopened report's checks: 200 ms after the window shows, "
                                "off the GUI thread (the hidden list is never checked)",
    "perfeval_gui.core.mentions": "the narrative's checks and drafts: at the first check",
}
WINDOW_LATER = {
    "PySide6.QtPrintSupport": "printing: at the first print",
    "PySide6.QtNetwork": "the listener for files handed over by later starts: after the "
                         "first paint",
    "perfeval_gui.store.rescue": "a store in trouble: only then",
    "perfeval_gui.store.backup_check": "a backup restored or checked: only then",
    "perfeval_gui.ui.*_dialog": "a menu's dialog: when it is opened",
    "perfeval_gui.ui.reports.recycle_bin": "the recycle bin: when it is opened",
    "perfeval_gui.ui.summary.summary_*": "the 汇总 page: when it is opened",
    "perfeval_gui.ui.files.document_import": "a Word/Excel import: when one is started",
    "perfeval_gui.ui.files.import_preview": "a Word/Excel import: when one is started",
    "perfeval_gui.ui.shell.file_opening": "a file given to the window: only then",
    "perfeval_gui.ui.shell.hand_over": "a file handed to an open window: only for a start "
                                       "with a file, or after the first paint",
    "perfeval_gui.ui.base.file_dialog_fit": "Qt's file dialog classes (~6 ms): fitted a tenth "
                                            "of a second after the window shows",
    "perfeval_gui.core.comparison": "历年对比: when it opens, or a report with a last year",
    "statistics": "random and fractions with it: the 汇总's median needs neither",
}


@dataclass(frozen=True)
class Start:
    """One kind of start: the command line it is run with (``{demo}``: the demo report) and
    the module patterns it must never import (a pattern names a module and its submodules;
    ``*`` as in fnmatch), except those *allowed*."""

    name: str
    argv: tuple[str, ...]
    never: Mapping[str, str]
    allowed: tuple[str, ...] = ()
    window: bool = False  # run with the window (offscreen, quitting as soon as it is ready)
    fresh: bool = False  # the first start: no store yet (made, with the demo report)

    def refusal(self, module: str) -> str | None:
        """The pattern of the rule *module* breaks, else None."""
        if any(_matches(module, pattern) for pattern in self.allowed):
            return None
        return next((p for p in self.never if _matches(module, p)), None)


STARTS = (
    Start("--version", ("--version",),
          {**QT, "sqlite3": "the version is one line: no store",
           "perfeval_gui.*": "the version is one line, told apart before anything loads"},
          allowed=("perfeval_gui.__main__", "perfeval_gui.console", "perfeval_gui.launch",
                   "perfeval_gui.python_private")),
    Start("score (a headless command)", ("score", "{demo}"),
          {**QT, **EXPORTERS, **READERS, **MIGRATIONS, "perfeval_gui.ui": "no window",
           "perfeval_gui.export": "scoring writes no file"},
          # the format registry (stdlib only, ~1 ms): every command's options are made from it
          allowed=("perfeval_gui.export", "perfeval_gui.export.formats")),
    Start("export --pdf", ("export", "{demo}", "--pdf", "{out}/r.pdf"),
          {**QT, **READERS, **MIGRATIONS, "perfeval_gui.ui": "no window",
           "docx": EXPORTERS["docx"], "xlsxwriter": EXPORTERS["xlsxwriter"],
           "pypdfium2": EXPORTERS["pypdfium2"],
           "perfeval_gui.export.docx_writer": "a PDF-only export writes no Word file",
           "perfeval_gui.export.xlsx_writer": "a PDF-only export writes no Excel file"}),
    Start("the first window (the store made, the demo report added)", (),
          {**EXPORTERS, **READERS, **PLUGIN_SCAN, **WINDOW_LATER}, window=True, fresh=True),
    Start("the window, the last report reopened", (),
          {**EXPORTERS, **READERS, **MIGRATIONS, **PLUGIN_SCAN, **WINDOW_LATER, **CHECKS},
          window=True),
)


@dataclass(frozen=True)
class Imported:
    """One module as ``-X importtime`` logs its first import."""

    name: str
    cumulative_us: int
    importers: tuple[str, ...] = field(default=())  # who imported it, the nearest first


LOG_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)\s*$")


def read_importtime(log: str) -> list[Imported]:
    """The modules of an ``-X importtime`` log (other lines ignored: Qt's warnings share
    stderr). Each import is logged when it ends, after what it imported, indented two spaces a
    level: an entry's importer is the next entry logged at a shallower level."""
    entries = [(len(m[3]) // 2, m[4], int(m[2])) for line in log.splitlines()
               if (m := LOG_LINE.match(line))]
    found: list[Imported] = []
    open_importers: list[tuple[int, str]] = []  # read from the end: importers come first
    for depth, name, cumulative in reversed(entries):
        while open_importers and open_importers[-1][0] >= depth:
            open_importers.pop()
        found.append(Imported(name, cumulative, tuple(n for _, n in reversed(open_importers))))
        open_importers.append((depth, name))
    found.reverse()
    return found


def offences(start: Start, imported: Iterable[Imported]) -> list[str]:
    """Each module the start must not import, with its cost, its importers and why it can
    wait; a module imported by one already named is left out (its importer is the offence)."""
    lines = []
    for module in imported:
        pattern = start.refusal(module.name)
        if pattern is None or (module.importers and start.refusal(module.importers[0])):
            continue
        chain = " <- ".join((module.name, *module.importers))
        lines.append(f"{chain} ({module.cumulative_us / 1000:.1f} ms): {start.never[pattern]}")
    return lines


def _matches(module: str, pattern: str) -> bool:
    return fnmatchcase(module, pattern) or fnmatchcase(module, pattern + ".*")
