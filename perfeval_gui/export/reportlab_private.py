"""The reportlab internal the page-cutting table reads, in one place.

A laid-out reportlab table knows the height of each of its rows but keeps them in
``_rowHeights``; ``pdf_table.RowSlicedTable`` reads them to cut a table over pages without
laying out every candidate part. A reportlab release that renames it fails
``tests/export/test_private_api.py`` by name; ``packaging/constraints.txt`` pins the version
installers ship.
"""

from __future__ import annotations

from reportlab.platypus import Table


def row_heights(table: Table) -> list[float]:
    """The height of each row of a table that has been wrapped (laid out)."""
    heights = table._rowHeights
    if heights is None or any(h is None for h in heights):
        raise RuntimeError("reportlab table not laid out: call wrap() first")
    return list(heights)
