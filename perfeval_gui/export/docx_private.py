"""The python-docx internals the Word writer reaches into, in one place.

python-docx offers no public way to reach a table's or a run's XML element, nor to wrap a
``<w:tc>`` it did not make itself as a cell; the writer needs all three to write merged cells
in one pass (python-docx's own merge re-reads the whole grid for every cell). A python-docx
release that moves any of them fails ``tests/export/test_private_api.py`` by name, not an
export in a user's hands; ``packaging/constraints.txt`` pins the version installers ship.
"""

from __future__ import annotations

from docx.oxml.table import CT_Tbl, CT_Tc
from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.run import CT_R
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run


def table_element(table: Table) -> CT_Tbl:
    """The table's ``<w:tbl>``."""
    return table._tbl


def run_element(run: Run) -> CT_R:
    """The run's ``<w:r>``."""
    return run._r


def cell_of(tc: CT_Tc, table: Table) -> _Cell:
    """A ``<w:tc>`` the writer added itself, as a python-docx cell of *table*."""
    return _Cell(tc, table)


def paragraph_element(paragraph: Paragraph) -> CT_P:
    """The paragraph's ``<w:p>``."""
    return paragraph._p
