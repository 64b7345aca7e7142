"""What the reader sees of any file: grids of cell texts (merged cells filled down and
across) and, for Word, the body's paragraphs in order. Every file format is turned into this
first, so recognising a 自评表 never depends on where it came from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from ..core.limits import require_regular_file
from ..core.messages import Message, UserError

MAX_FILE_BYTES = 50 * 1024 * 1024  # a Word file with photographs may be large; past this, refused
MAX_ROWS = 5000  # rows read per sheet: enough for any 自评表, bounded against a runaway sheet
MAX_COLUMNS = 60

DOCX, XLSX, XLS, JSON = "docx", "xlsx", "xls", "json"
# names of Word/Excel files: one that holds none of them is said to be no Office file
OFFICE_SUFFIXES = (".docx", ".xlsx", ".xls", ".doc", ".xlsm", ".wps", ".et")

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass
class Grid:
    """One table or sheet: ``rows[r][c]`` is the text shown at that position."""

    name: Message  # 工作表“Sheet1” / 第 2 个表格: how notes name it
    rows: list[list[str]]
    # text around the grid (a sheet's title rows are inside the grid; Word's are paragraphs)
    truncated: bool = False
    # cells holding a formula never calculated (read as empty): (row, col), 0-based
    uncalculated: list[tuple[int, int]] = field(default_factory=list)

    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def cell(self, r: int, c: int) -> str:
        row = self.rows[r]
        return row[c] if c < len(row) else ""


@dataclass
class BodyParagraph:
    text: str
    style: str = ""  # Word's style name (Heading 1 …), '' where none


@dataclass
class Source:
    path: Path
    kind: str  # DOCX, XLSX, XLS
    grids: list[Grid] = field(default_factory=list)
    # Word only: the body, in order; a table appears as the index of its grid
    body: list[BodyParagraph | int] = field(default_factory=list)
    category: str = ""  # the file's category property (our exports name the profile there)
    keywords: str = ""  # the file's keywords property (our exports name the project key there)


def clean_text(value: str) -> str:
    """Line breaks as \\n (Word's manual break \\v too), other control characters dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n")
    return _CONTROL.sub("", value).strip()


def number_text(value: float | int | Decimal, percent: bool = False) -> str:
    """A spreadsheet number as it was shown: 95.0 -> '95', 0.95 in a % format -> '95%'."""
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if percent:
        number *= 100
    # floats carry binary noise (12.300000000000001): 10 significant digits is what was typed
    number = Decimal(format(number, ".10g")) if abs(number) < Decimal("1e10") else number
    text = format(number.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + ("%" if percent else "")


def value_text(value: object, number_format: str = "") -> str:
    """Any cell value a spreadsheet library hands over, as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float, Decimal)):
        return number_text(value, "%" in number_format)
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    return clean_text(str(value))


def sniff(path: Path) -> str | None:
    """The file's kind, told by its content (a .xls renamed .docx is still a workbook)."""
    try:
        require_regular_file(path)
        with path.open("rb") as handle:
            head = handle.read(512)
    except FileNotFoundError:
        raise UserError(str(path), "file.missing") from None
    except IsADirectoryError:
        raise UserError(str(path), "file.is_directory") from None
    except OSError as exc:
        raise UserError(str(path), "file.unreadable", detail=exc.strerror or str(exc)) from None
    if head.startswith(b"PK\x03\x04"):
        import zipfile

        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError):
            return None
        if "word/document.xml" in names:
            return DOCX
        if "xl/workbook.xml" in names:
            return XLSX
        return None
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return XLS  # OLE2: an Excel 97–2003 workbook, or a Word .doc that xlrd will refuse
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return JSON
    return None


def check_size(path: Path) -> None:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UserError(str(path), "doc.too_large", limit=MAX_FILE_BYTES // (1024 * 1024))
