"""Hostile Word and Excel files, built at test time (never checked in): a decompression bomb,
a huge shared-strings part, a sheet of a million rows, an entity-expansion XML. The tests build
small versions; benchmarks/hostile_office.py builds the full-size ones the issue measured.

Each starts from a real file written by python-docx or openpyxl and replaces or adds one
member, streamed, so that a 1 GiB member never sits in this process's memory.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from docx import Document
from openpyxl import Workbook

Chunks = Callable[[], Iterable[bytes]]


def plain_docx(path: Path) -> Path:
    document = Document()
    document.add_paragraph("项目支出绩效自评表")
    document.add_table(rows=2, cols=2).cell(0, 0).text = "一级指标"
    document.save(str(path))
    return path


def plain_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["一级指标", "二级指标"])
    sheet.append(["产出指标", "数量指标"])
    book.save(str(path))
    return path


def with_members(source: Path, target: Path, replaced: dict[str, Chunks],
                 compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """*source* with some members replaced (or added), each written from a stream of chunks."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", compression) as new:
        for info in old.infolist():
            if info.filename not in replaced:
                new.writestr(info.filename, old.read(info.filename))
        for name, chunks in replaced.items():
            with new.open(name, "w", force_zip64=True) as out:
                for chunk in chunks():
                    out.write(chunk)
    source.unlink() if source != target else None
    return target


def spaces(total: int, block: int = 1 << 20) -> Chunks:
    def chunks() -> Iterable[bytes]:
        left = total
        while left > 0:
            yield b" " * min(block, left)
            left -= block
    return chunks


def docx_bomb(path: Path, unpacked: int) -> Path:
    """A .docx whose document part is *unpacked* bytes, nearly all blanks inside its body:
    valid XML that deflates about 1000:1."""
    def chunks() -> Iterable[bytes]:
        yield (b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
               b'openxmlformats.org/wordprocessingml/2006/main"><w:body>')
        yield from spaces(unpacked)()
        yield b"<w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>"
    return with_members(plain_docx(path.with_suffix(".src")), path, {"word/document.xml": chunks})


def xlsx_bomb(path: Path, unpacked: int) -> Path:
    """An .xlsx whose sheet is *unpacked* bytes of one repeated empty row (well over 100:1)."""
    row = b'<row r="1"/>'

    def chunks() -> Iterable[bytes]:
        yield (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
               b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        block = row * 65536
        for _ in range(max(1, unpacked // len(block))):
            yield block
        yield b"</sheetData></worksheet>"
    return with_members(plain_xlsx(path.with_suffix(".src")), path,
                        {"xl/worksheets/sheet1.xml": chunks})


def xlsx_shared_strings(path: Path, unpacked: int) -> Path:
    """An .xlsx whose shared-strings part is *unpacked* bytes of distinct strings (so that
    its ratio stays low: only the part's own size limit can refuse it)."""
    def chunks() -> Iterable[bytes]:
        yield (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.'
               b'openxmlformats.org/spreadsheetml/2006/main">')
        written, n = 0, 0
        while written < unpacked:
            piece = b"".join(b"<si><t>%d \xe9\xa1\xb9\xe6\x8c\x87\xe6\xa0\x87 %x</t></si>"
                             % (n + i, (n + i) * 2654435761 % 4294967296) for i in range(1000))
            n += 1000
            written += len(piece)
            yield piece
        yield b"</sst>"
    book = Workbook()
    book.active.append(["一级指标"])  # a string cell: openpyxl writes a shared-strings part
    source = path.with_suffix(".src")
    book.save(str(source))
    return with_members(source, path, {"xl/sharedStrings.xml": chunks})


def xlsx_rows(path: Path, rows: int) -> Path:
    """An .xlsx whose one sheet has *rows* rows of numbers (varied, so the ratio stays low)."""
    def chunks() -> Iterable[bytes]:
        yield (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
               b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        batch: list[bytes] = []
        for r in range(1, rows + 1):
            batch.append(b'<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d"><v>%d</v></c></row>'
                         % (r, r, (r * 7919) % 100003, r, (r * 104729) % 99991))
            if len(batch) == 10000:
                yield b"".join(batch)
                batch.clear()
        yield b"".join(batch)
        yield b"</sheetData></worksheet>"
    return with_members(plain_xlsx(path.with_suffix(".src")), path,
                        {"xl/worksheets/sheet1.xml": chunks})


LAUGHS = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10))
          + b"]>\n")


def docx_entities(path: Path) -> Path:
    """A .docx whose document part declares the "billion laughs" entities and uses them."""
    body = (LAUGHS + b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
            b'2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
    return with_members(plain_docx(path.with_suffix(".src")), path,
                        {"word/document.xml": lambda: [body]})


def xlsx_entities(path: Path) -> Path:
    body = (LAUGHS + b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
            b'main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c>'
            b"</row></sheetData></worksheet>")
    return with_members(plain_xlsx(path.with_suffix(".src")), path,
                        {"xl/worksheets/sheet1.xml": lambda: [body]})


def many_members(path: Path, count: int) -> Path:
    extra = {f"customXml/item{i}.xml": (lambda: [b"<a/>"]) for i in range(count)}
    return with_members(plain_docx(path.with_suffix(".src")), path, extra)
