"""The rows a damaged SQLite file still physically holds, read page by page without SQLite.

SQLite gives up on a file whose header page is gone or that ends early; the rows are still
there, in the leaf pages of each table's b-tree. This reads the file's bytes (and the committed
frames of its -wal, which hold the newest version of their pages), finds every table leaf
page, decodes its cells by the record format (sqlite.org/fileformat2.html) and gives each
table's rows. A leaf page is given to a table by walking the table's b-tree from its root
(known from sqlite_master, wherever its cells are found); a page no walk reaches (its parent
page is damaged, or sqlite_master is gone with the header page) is given to the table whose
columns its cells fit. Nothing is written: the damaged file is only read.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HEADER = b"SQLite format 3\x00"
TABLE_LEAF, TABLE_INTERIOR = 0x0D, 0x05
INDEX_LEAF, INDEX_INTERIOR = 0x0A, 0x02
UNNAMED = ""  # found.indexes: the keys of index pages no sqlite_master names
PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
WAL_MAGIC = (0x377F0682, 0x377F0683)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # the declared type: INTEGER, TEXT, ...
    not_null: bool
    rowid: bool  # INTEGER PRIMARY KEY: kept as the cell's rowid, NULL in the record


@dataclass
class Table:
    name: str
    columns: list[Column]
    root: int | None = None  # None where the file's sqlite_master was not found


@dataclass
class Found:
    """What was read: each table's rows by rowid (as column name -> value), from which pages."""

    tables: dict[str, Table]
    rows: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)
    indexes: dict[str, list[list[Any]]] = field(default_factory=dict)  # index name -> its keys
    leaf_pages: int = 0  # table leaf pages decoded
    schema_from_file: bool = False  # sqlite_master was read from the file itself
    own_tables: set[str] = field(default_factory=set)  # the tables the file's sqlite_master names


def table_shapes(schema_sql: list[str]) -> dict[str, Table]:
    """The tables and columns that *schema_sql* (CREATE TABLE statements) make, as SQLite
    itself parses them."""
    conn = sqlite3.connect(":memory:")
    try:
        for sql in schema_sql:
            conn.execute(sql)
        tables = {}
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            info = list(conn.execute(f'PRAGMA table_info("{name}")'))
            keys = [r for r in info if r[5]]
            alias = len(keys) == 1 and keys[0][2].upper() == "INTEGER"
            tables[name] = Table(name, [Column(r[1], (r[2] or "").upper(), bool(r[3]),
                                               alias and bool(r[5])) for r in info])
        return tables
    finally:
        conn.close()


class PageImage:
    """A database file's pages as they were last committed: the file, overlaid with its WAL."""

    def __init__(self, data: bytes, wal: bytes | None = None) -> None:
        self.header_ok = data[:16] == HEADER and _declared_size(data) is not None
        self.page_size = _declared_size(data) if self.header_ok else None
        self.reserved = data[20] if self.header_ok else 0
        self.wal_pages: dict[int, bytes] = {}
        if wal:
            size, pages = _wal_pages(wal)
            if pages and (self.page_size is None or size == self.page_size):
                self.page_size, self.wal_pages = size, pages
        if self.page_size is None:
            self.page_size = _guess_page_size(data)
        self.data = data
        self.usable = self.page_size - self.reserved
        self.count = max([(len(data) + self.page_size - 1) // self.page_size, *self.wal_pages])

    @classmethod
    def read(cls, path: Path) -> PageImage:
        path = Path(path)
        wal = Path(f"{path}-wal")
        return cls(path.read_bytes(), wal.read_bytes() if wal.exists() else None)

    def page(self, number: int) -> bytes | None:
        """Page *number* (1-based), or None where the file holds no whole page there."""
        if number in self.wal_pages:
            return self.wal_pages[number]
        start = (number - 1) * self.page_size
        if number < 1 or start + self.page_size > len(self.data):
            return None
        return self.data[start:start + self.page_size]

    def freelist(self) -> set[int]:
        """The pages SQLite keeps for reuse: their content is stale, never a live row."""
        if not self.header_ok:
            return set()
        page1 = self.page(1) or self.data[:100]
        trunk, free, seen = struct.unpack(">I", page1[32:36])[0], set(), set()
        while 0 < trunk <= self.count and trunk not in seen:
            seen.add(trunk)
            page = self.page(trunk)
            if page is None:
                break
            free.add(trunk)
            count = struct.unpack(">I", page[4:8])[0]
            for i in range(min(count, (self.usable - 8) // 4)):
                free.add(struct.unpack(">I", page[8 + 4 * i:12 + 4 * i])[0])
            trunk = struct.unpack(">I", page[:4])[0]
        return free

    # ------------------------------------------------------------------------ b-tree pages

    def kind(self, number: int) -> int | None:
        page = self.page(number)
        if page is None:
            return None
        return page[100 if number == 1 else 0]

    def leaf_cells(self, number: int) -> list[tuple[int, list[Any]]] | None:
        """The (rowid, values) of the cells of table leaf page *number* that decode; None where
        the page is not a plausible table leaf."""
        page = self.page(number)
        if page is None:
            return None
        base = 100 if number == 1 else 0
        if page[base] != TABLE_LEAF or base + 8 > self.usable:
            return None
        cells = struct.unpack(">H", page[base + 3:base + 5])[0]
        array = base + 8
        if array + 2 * cells > self.usable:
            return None
        out = []
        for i in range(cells):
            pointer = struct.unpack(">H", page[array + 2 * i:array + 2 * i + 2])[0]
            if not array + 2 * cells <= pointer < self.usable:
                continue
            cell = self._cell(page, pointer)
            if cell is not None:
                out.append(cell)
        return out

    def _cell(self, page: bytes, at: int) -> tuple[int, list[Any]] | None:
        try:
            size, n = varint(page, at)
            rowid, m = varint(page, at + n)
        except IndexError:
            return None
        if rowid >= 1 << 63:
            rowid -= 1 << 64
        start, usable = at + n + m, self.usable
        most = usable - 35
        if size <= most:
            if start + size > usable:
                return None
            payload = page[start:start + size]
        else:
            least = (usable - 12) * 32 // 255 - 23
            local = least + (size - least) % (usable - 4)
            local = local if local <= most else least
            if start + local + 4 > usable:
                return None
            overflow = struct.unpack(">I", page[start + local:start + local + 4])[0]
            rest = self._overflow(overflow, size - local)
            if rest is None:
                return None
            payload = page[start:start + local] + rest
        values = decode_record(payload)
        return None if values is None else (rowid, values)

    def _overflow(self, number: int, wanted: int) -> bytes | None:
        parts, seen = [], set()
        while wanted > 0:
            if number in seen or not 1 < number <= self.count:
                return None
            seen.add(number)
            page = self.page(number)
            if page is None:
                return None
            chunk = page[4:self.usable][:wanted]
            parts.append(chunk)
            wanted -= len(chunk)
            number = struct.unpack(">I", page[:4])[0]
        return b"".join(parts)

    def leaves_under(self, root: int) -> set[int]:
        """The leaf pages reached from table b-tree *root* (damaged interior pages skipped)."""
        leaves, todo, seen = set(), [root], set()
        while todo:
            number = todo.pop()
            if number in seen or not 1 <= number <= self.count:
                continue
            seen.add(number)
            page = self.page(number)
            if page is None:
                continue
            base = 100 if number == 1 else 0
            if page[base] == TABLE_LEAF:
                leaves.add(number)
            elif page[base] == TABLE_INTERIOR:
                cells = struct.unpack(">H", page[base + 3:base + 5])[0]
                todo.append(struct.unpack(">I", page[base + 8:base + 12])[0])
                array = base + 12
                for i in range(min(cells, (self.usable - array) // 2)):
                    pointer = struct.unpack(">H", page[array + 2 * i:array + 2 * i + 2])[0]
                    if pointer + 4 <= self.usable:
                        todo.append(struct.unpack(">I", page[pointer:pointer + 4])[0])
        return leaves

    def index_keys(self, root: int) -> list[list[Any]]:
        """The keys of index b-tree *root* that decode (an index holds one key per row of its
        table: what rows there were, even where a table page is gone)."""
        keys, todo, seen = [], [root], set()
        while todo:
            number = todo.pop()
            if number in seen or not 1 < number <= self.count:
                continue
            seen.add(number)
            page = self.page(number)
            if page is None or page[0] not in (INDEX_LEAF, INDEX_INTERIOR):
                continue
            interior = page[0] == INDEX_INTERIOR
            head = 12 if interior else 8
            if interior:
                todo.append(struct.unpack(">I", page[8:12])[0])
            cells = struct.unpack(">H", page[3:5])[0]
            for i in range(min(cells, (self.usable - head) // 2)):
                at = struct.unpack(">H", page[head + 2 * i:head + 2 * i + 2])[0]
                try:
                    if interior:
                        todo.append(struct.unpack(">I", page[at:at + 4])[0])
                        at += 4
                    size, n = varint(page, at)
                except (IndexError, struct.error):
                    continue
                if at + n + size <= self.usable and size <= self.usable - 35:  # no overflow
                    values = decode_record(page[at + n:at + n + size])
                    if values is not None:
                        keys.append(values)
        return keys

    def table_leaves(self) -> Iterator[int]:
        for number in range(1, self.count + 1):
            if self.kind(number) == TABLE_LEAF:
                yield number


def varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at *at*: (value, bytes used)."""
    value = 0
    for i in range(8):
        byte = data[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, i + 1
    return (value << 8) | data[at + 8], 9


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def decode_record(payload: bytes) -> list[Any] | None:
    """A record's values; None where the bytes are not a well-formed record."""
    try:
        header, n = varint(payload, 0)
        if not n <= header <= len(payload):
            return None
        kinds, at = [], n
        while at < header:
            kind, k = varint(payload, at)
            kinds.append(kind)
            at += k
        if at != header:
            return None
        values, body = [], header
        for kind in kinds:
            if kind == 0:
                values.append(None)
            elif kind in _INT_SIZES:
                size = _INT_SIZES[kind]
                if body + size > len(payload):
                    return None
                values.append(int.from_bytes(payload[body:body + size], "big", signed=True))
                body += size
            elif kind == 7:
                if body + 8 > len(payload):
                    return None
                values.append(struct.unpack(">d", payload[body:body + 8])[0])
                body += 8
            elif kind in (8, 9):
                values.append(kind - 8)
            elif kind >= 12:
                size = (kind - 12) // 2
                if body + size > len(payload):
                    return None
                raw = payload[body:body + size]
                values.append(raw.decode("utf-8") if kind % 2 else bytes(raw))
                body += size
            else:
                return None
        return values if body == len(payload) else None
    except (IndexError, UnicodeDecodeError):
        return None


def fits(table: Table, rowid: int, values: list[Any]) -> bool:
    """Whether a record can be a row of *table*: not more values than columns (older rows have
    fewer: columns added later are not in them), each of its column's kind."""
    if not values or len(values) > len(table.columns):
        return False
    for column, value in zip(table.columns, values, strict=False):
        if column.rowid:
            if value is not None:
                return False
            continue
        if value is None:
            if column.not_null:
                return False
            continue
        if column.kind.startswith("INT") and not isinstance(value, int):
            return False
        if column.kind == "TEXT" and not isinstance(value, str):
            return False
    return len(values) == len(table.columns) or all(
        not c.not_null for c in table.columns[len(values):])


def as_row(table: Table, rowid: int, values: list[Any]) -> dict[str, Any]:
    row = {}
    for column, value in zip(table.columns, values, strict=False):
        row[column.name] = rowid if column.rowid else value
    return row


def read_rows(path: Path, known_schema: list[str]) -> Found:
    """Every row the file at *path* (and its -wal) still holds, by table. *known_schema* (the
    CREATE TABLE statements of a sound store) stands in where the file's own is gone."""
    image = PageImage.read(path)
    master = _master_rows(image)
    own = [sql for kind, _name, sql, _root in master if kind == "table" and sql]
    tables = table_shapes(own) if own else {}
    found = Found(tables, schema_from_file="reports" in tables,
                  own_tables={name for kind, name, sql, _root in master if kind == "table" and sql})
    if not found.schema_from_file:
        found.tables = tables = table_shapes(known_schema)
    roots = {name: root for kind, name, _sql, root in master if kind == "table" and name in tables}
    for name, root in roots.items():
        tables[name].root = root
    for kind, name, _sql, root in master:
        if kind == "index" and root:
            found.indexes[name] = image.index_keys(root)
    if not found.schema_from_file:  # no roots: every index leaf's keys, unnamed
        found.indexes[UNNAMED] = [key for number in range(2, image.count + 1)
                                  if image.kind(number) == INDEX_LEAF
                                  for key in image.index_keys(number)]
    free = image.freelist()
    owner: dict[int, str] = {}
    for name, table in tables.items():
        if table.root is not None:
            for leaf in image.leaves_under(table.root):
                owner.setdefault(leaf, name)
    ordered = sorted(image.table_leaves(), key=lambda p: (p not in owner, p))
    for number in ordered:
        if number in free:
            continue
        cells = image.leaf_cells(number)
        if not cells:
            continue
        name = owner.get(number) or _best_fit(tables, cells)
        if name is None:
            continue
        found.leaf_pages += 1
        table, rows = tables[name], found.rows.setdefault(name, {})
        for rowid, values in cells:
            if not fits(table, rowid, values):
                continue
            row = as_row(table, rowid, values)
            # a page a tree reaches is read first and wins; between two pages no tree reaches
            # (one may be a stale page of the free list) the later revision wins
            if rowid not in rows or (number not in owner and _later(row, rows[rowid])):
                rows[rowid] = row
    return found


def _later(row: dict[str, Any], than: dict[str, Any]) -> bool:
    def key(r: dict[str, Any]) -> tuple[int, str]:
        revision = r.get("revision")
        return (revision if isinstance(revision, int) else -1, str(r.get("updated") or ""))

    return key(row) > key(than)


def _best_fit(tables: dict[str, Table], cells: list[tuple[int, list[Any]]]) -> str | None:
    """The table whose columns most of a page's cells fit (a page belongs to one table);
    a tie between tables is no answer. The file's own sqlite_master is never a row table."""
    best, best_count, tie = None, 0, False
    for name, table in tables.items():
        count = sum(1 for rowid, values in cells if fits(table, rowid, values))
        exact = sum(1 for _rowid, values in cells if len(values) == len(table.columns))
        score = count * 2 + (exact > 0)
        if score > best_count:
            best, best_count, tie = name, score, False
        elif score == best_count and score:
            tie = True
    if tie or best_count < len(cells):  # less than every cell fitting: not this table's page
        return None
    return best


def _master_rows(image: PageImage) -> list[tuple[str, str, str | None, int]]:
    """sqlite_master's rows (type, name, sql, root page), from page 1 or wherever they are."""
    rows, seen = [], set()
    for number in image.leaves_under(1) or set(image.table_leaves()):
        for _rowid, values in image.leaf_cells(number) or []:
            if (len(values) == 5 and values[0] in ("table", "index", "view", "trigger")
                    and isinstance(values[1], str) and isinstance(values[3], int)
                    and (values[4] is None or isinstance(values[4], str))):
                if values[1] not in seen:
                    seen.add(values[1])
                    rows.append((values[0], values[1], values[4], values[3]))
    return rows


def _declared_size(data: bytes) -> int | None:
    if len(data) < 100:
        return None
    size = struct.unpack(">H", data[16:18])[0]
    size = 65536 if size == 1 else size
    return size if size in PAGE_SIZES else None


def _guess_page_size(data: bytes) -> int:
    """The page size under which most pages look like b-tree pages (the header that said it is
    gone)."""
    best, best_score = 4096, -1
    for size in PAGE_SIZES:
        score = 0
        for start in range(size, len(data) - size + 1, size):
            page = data[start:start + size]
            if page[0] in (0x02, 0x05, 0x0A, 0x0D):
                cells = struct.unpack(">H", page[3:5])[0]
                content = struct.unpack(">H", page[5:7])[0] or 65536
                head = 12 if page[0] in (0x02, 0x05) else 8
                pointers = [struct.unpack(">H", page[head + 2 * i:head + 2 * i + 2])[0]
                            for i in range(min(cells, (size - head) // 2))]
                if cells and head + 2 * cells <= content <= size and all(
                        content <= p < size for p in pointers):
                    score += 1
        if score > best_score:
            best, best_score = size, score
    return best


def _wal_pages(wal: bytes) -> tuple[int, dict[int, bytes]]:
    """The page images of a WAL's committed frames (the newest of each page), checked by the
    WAL's own checksums: a frame that does not add up ends the log."""
    if len(wal) < 32:
        return 0, {}
    magic, _version, size, _seq, salt1, salt2 = struct.unpack(">6I", wal[:24])
    if magic not in WAL_MAGIC or (size not in PAGE_SIZES and size != 1):
        return 0, {}
    size = 65536 if size == 1 else size
    big = magic & 1
    s0, s1 = _checksum(wal[:24], 0, 0, big)
    if (s0, s1) != struct.unpack(">2I", wal[24:32]):
        return 0, {}
    pages: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    at = 32
    while at + 24 + size <= len(wal):
        number, commit, f1, f2, c0, c1 = struct.unpack(">6I", wal[at:at + 24])
        if (f1, f2) != (salt1, salt2):
            break
        s0, s1 = _checksum(wal[at:at + 8], s0, s1, big)
        s0, s1 = _checksum(wal[at + 24:at + 24 + size], s0, s1, big)
        if (s0, s1) != (c0, c1):
            break
        pending[number] = wal[at + 24:at + 24 + size]
        if commit:
            pages.update(pending)
            pending = {}
        at += 24 + size
    return size, pages


def _checksum(data: bytes, s0: int, s1: int, big: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1
