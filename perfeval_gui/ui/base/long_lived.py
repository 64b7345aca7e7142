"""The open report's objects live long: Python's full collections stop walking them.

A report of 700 indicators keeps ~75,000 Python objects alive (its rows, their score objects,
the table's and the panel's wrappers). A full collection walks all of them — 80–110 ms on
the benchmark's machine — and Python starts one whenever enough objects have survived
since the last, so every few hundred keystrokes one keystroke took a tenth of a second,
longer the bigger the report. Once the report is open, what is alive is moved out of the
collector's generations (``gc.freeze``); objects made while typing are collected as
always. Closing the report gives them back, so cycles among them that die are collected.
"""

from __future__ import annotations

import gc


def settled() -> None:
    """What is alive now lives as long as the open report: full collections skip it."""
    gc.freeze()


def released() -> None:
    """The report closed: its objects are the collector's again (their cycles collected)."""
    gc.unfreeze()
