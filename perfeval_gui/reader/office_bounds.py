"""A Word or Excel file checked against hard limits before any of its XML is parsed.

A .docx or .xlsx is a zip of XML parts; python-docx, openpyxl and lxml trust it. A 1 MB file
that unpacks to 1 GiB, a shared-strings part of 100 MB or an XML with entity declarations
("billion laughs") used to cost seconds and gigabytes before failing with a library's words.
Here the zip's directory is checked first (members, unpacked size, ratio, shared strings),
then every member is read once, never past its declared size, and every XML part's prolog is
checked for a DOCTYPE (Office never writes one: entity expansion is thus off for good). The
readers are then handed an in-memory copy of exactly the bytes that were checked, so a file
changed on disk meanwhile, or a local header that disagrees with the directory, cannot slip
past.

A sheet without a ``<dimension>`` before its rows gets one added in that copy: openpyxl's
read-only mode otherwise parses the whole sheet to find its size before reading row 1
(1,000,000 rows: 12 s), while it stops at the row limit when the dimension is there.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..core.messages import UserError

MB = 1024 * 1024
MAX_UNPACKED_BYTES = 50 * MB  # every member together
MAX_RATIO = 100  # unpacked : packed, per member
RATIO_FLOOR_BYTES = MB  # below this a member cannot carry a bomb: tiny parts compress oddly
MAX_MEMBERS = 10_000
MAX_SHARED_STRINGS_BYTES = 20 * MB
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_DIMENSION = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?dimension[\s/>]")
_SHEET_DATA = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?)sheetData[\s/>]")
_MERGE = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref\s*=\s*[\"']([A-Z]+)([0-9]+)(?::([A-Z]+)([0-9]+))?[\"']"
)

# a formula cell with no value after it: a workbook never calculated (made by a program, not
# saved by Excel) — openpyxl reads it as empty, which would pass for a blank the user left
_NS = rb"(?:[A-Za-z_][\w.-]*:)?"
_UNCALCULATED = re.compile(
    rb"<" + _NS + rb"c\s[^>]*?\br\s*=\s*[\"']([A-Z]+)([0-9]+)[\"'][^>]*>\s*<" + _NS
    + rb"f\b[^>]*?(?:/>|>[^<]*</" + _NS + rb"f>)\s*"
    + rb"(?:<" + _NS + rb"v\s*(?:/>|>\s*</" + _NS + rb"v>)\s*)?</" + _NS + rb"c>")


@dataclass
class CheckedOffice:
    """The file's bytes as checked, ready for a reader, and what the check learnt on the way."""

    data: io.BytesIO
    # an Excel sheet's merged ranges by member name: (first row, last row, first col, last col)
    merges: dict[str, list[tuple[int, int, int, int]]] = field(default_factory=dict)
    # an Excel sheet's formula cells that hold no calculated value: (row, col), 0-based
    uncalculated: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def _refuse(path: Path, code: str, **params: object) -> UserError:
    return UserError(str(path), code, **params)


def check_office(path: Path) -> CheckedOffice:
    """The checked copy of *path*; a UserError naming the file and the limit where it is over one."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _refuse(path, "office.broken", member="", detail=_reason(exc)) from None
    with archive:
        infos = archive.infolist()
        _check_directory(path, infos)
        out = io.BytesIO()
        merges: dict[str, list[tuple[int, int, int, int]]] = {}
        uncalculated: dict[str, list[tuple[int, int]]] = {}
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
            for info in infos:
                if info.is_dir():
                    continue
                data = _read(path, archive, info)
                if info.filename.lower().endswith(_XML_SUFFIXES):
                    _refuse_doctype(path, info.filename, data)
                pieces: list[bytes | memoryview] = [data]
                if _is_sheet(info.filename):
                    pieces = _with_dimension(data)
                    found = _merges(data)
                    if found:
                        merges[info.filename] = found
                    unset = _uncalculated(data)
                    if unset:
                        uncalculated[info.filename] = unset
                with copy.open(info.filename, "w", force_zip64=len(data) > 1 << 30) as member:
                    for piece in pieces:
                        member.write(piece)
                del data, pieces  # one member's bytes at a time beside the copy
    out.seek(0)
    return CheckedOffice(out, merges, uncalculated)


def _check_directory(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise _refuse(path, "office.too_many", limit=MAX_MEMBERS)
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name in seen:
            raise _refuse(path, "office.duplicate", member=name)
        seen.add(name)
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(path, "office.ratio", member=name, limit=MAX_RATIO)
        if "sharedstrings" in PurePosixPath(name).name.lower() and info.file_size > MAX_SHARED_STRINGS_BYTES:
            raise _refuse(path, "office.shared_strings", member=name,
                          limit=MAX_SHARED_STRINGS_BYTES // MB)
        total += info.file_size  # after a member's own limits, which say more
        if total > MAX_UNPACKED_BYTES:
            raise _refuse(path, "office.too_large", limit=MAX_UNPACKED_BYTES // MB)


def _read(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes; zipfile never hands out more than the directory declares, and a
    member whose content disagrees with its checksum is refused."""
    try:
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError,
            NotImplementedError, ValueError) as exc:
        raise _refuse(path, "office.broken", member=info.filename, detail=_reason(exc)) from None
    if len(data) > info.file_size:
        raise _refuse(path, "office.broken", member=info.filename, detail="size")
    return data


def _reason(exc: BaseException) -> str:
    """What went wrong, in words that do not depend on a library's version: the kind only."""
    if isinstance(exc, NotImplementedError | RuntimeError):
        return "encrypted or unsupported compression"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return "damaged zip data"


def _refuse_doctype(path: Path, member: str, data: bytes) -> None:
    """Office parts start with an XML declaration, comments at most, then the root element:
    anything else before the root (a DOCTYPE and its entities, or an encoding hiding them) is
    refused, so no parser ever expands an entity."""
    text = data[: 1 << 20]
    if text.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = text.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise _refuse(path, "office.entities", member=member) from None
    text = text.removeprefix(b"\xef\xbb\xbf")
    at = 0
    while True:
        while at < len(text) and text[at] in b" \t\r\n":
            at += 1
        if text.startswith(b"<?", at):
            end = text.find(b"?>", at)
        elif text.startswith(b"<!--", at):
            end = text.find(b"-->", at)
        else:
            break
        if end < 0:
            break
        at = end + 2
    if at >= len(text):
        return  # an empty part: the reader says what is wrong with it
    if text[at:at + 1] != b"<" or text.startswith(b"<!", at):
        raise _refuse(path, "office.entities", member=member)


def sheet_members(data: io.BytesIO) -> dict[str, str]:
    """Sheet name -> its member in the checked copy (workbook.xml and its relationships)."""
    from xml.etree import ElementTree

    relations = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    with zipfile.ZipFile(data) as archive:
        try:
            book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        except (KeyError, ElementTree.ParseError):
            return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    members = {}
    for sheet in book.iter():
        if sheet.tag.rsplit("}", 1)[-1] == "sheet" and sheet.get(relations) in targets:
            target = targets[sheet.get(relations)]
            members[sheet.get("name", "")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    data.seek(0)
    return members


def _is_sheet(name: str) -> bool:
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


def _with_dimension(data: bytes) -> list[bytes | memoryview]:
    """The sheet, in pieces, with a ``<dimension>`` before its rows (openpyxl then stops at
    the row limit); pieces rather than one new bytes object: a sheet may be 50 MB."""
    rows = _SHEET_DATA.search(data)
    if rows is None or _DIMENSION.search(data, 0, rows.start()):
        return [data]
    view = memoryview(data)
    added = b"<" + rows.group(1) + b'dimension ref="A1"/>'
    return [view[: rows.start()], added, view[rows.start():]]


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number - 1


def _uncalculated(data: bytes) -> list[tuple[int, int]]:
    """The formula cells without a value, 0-based (row, col); none looked for where the sheet
    has no formula at all (the usual case: one scan of its bytes by ``in``)."""
    if b"<f" not in data and b":f" not in data:
        return []
    return [(int(m[2]) - 1, _column(m[1])) for m in _UNCALCULATED.finditer(data)]


def _merges(data: bytes) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges, 0-based and inclusive, read from the bytes already in hand."""
    if b"mergeCell" not in data:
        return []
    found = []
    for match in _MERGE.finditer(data, max(0, data.find(b"mergeCell") - 64)):
        c0, r0 = _column(match[1]), int(match[2]) - 1
        c1, r1 = (_column(match[3]), int(match[4]) - 1) if match[3] else (c0, r0)
        found.append((min(r0, r1), max(r0, r1), min(c0, c1), max(c0, c1)))
    return found
