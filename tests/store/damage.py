"""Stores as users meet them broken: one damaged page among many reports."""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path

from perfeval_gui.store.repository import ReportStore


def store_with_reports(path: Path, seed_report, count: int = 40) -> list[str]:
    names = []
    with ReportStore(path) as store:
        for n in range(count):
            report = copy.deepcopy(seed_report)
            report.project.name = f"项目{n + 1:02d}"
            names.append(report.project.name)
            store.create(report)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return names


def damage_one_page(path: Path, table: str = "indicators") -> int:
    """Overwrite a leaf page in the middle of *table* with zeros; returns its number."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = [r[0] for r in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", [table])]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    page = pages[len(pages) // 2]
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\x00" * size)
    return page


# ---------------------------------------------------------------------------- damage kinds
# Each takes the bytes of a sound, checkpointed store (page size 4096) and the leaf pages of
# its tables (``leaf_pages``), and gives the damaged bytes and the pages it destroyed.

PAGE = 4096


def leaf_pages(path: Path) -> dict[str, list[int]]:
    """Each table's (and index's) b-tree pages by kind, from SQLite's own dbstat."""
    conn = sqlite3.connect(path)
    try:
        out: dict[str, list[int]] = {}
        for name, kind, page in conn.execute("SELECT name, pagetype, pageno FROM dbstat ORDER BY pageno"):
            out.setdefault(f"{name}:{kind}", []).append(page)
        return out
    finally:
        conn.close()


def truncated(data: bytes, share: float) -> tuple[bytes, set[int]]:
    keep = int(len(data) * share)
    pages = len(data) // PAGE
    return data[:keep], {p for p in range(1, pages + 1) if p * PAGE > keep}


def zeroed(data: bytes, *pages: int) -> tuple[bytes, set[int]]:
    out = bytearray(data)
    for page in pages:
        out[(page - 1) * PAGE:page * PAGE] = b"\x00" * PAGE
    return bytes(out), set(pages)


def garbled(data: bytes, *pages: int, seed: int = 7) -> tuple[bytes, set[int]]:
    """Pages overwritten by noise (what a failing disk sector gives back)."""
    import random

    noise = random.Random(seed)
    out = bytearray(data)
    for page in pages:
        out[(page - 1) * PAGE:page * PAGE] = bytes(noise.randrange(256) for _ in range(PAGE))
    return bytes(out), set(pages)


def damage_kinds(path: Path) -> dict[str, tuple[bytes, set[int]]]:
    """The damage a store meets, each applied to the sound file at *path*: (damaged bytes,
    the pages destroyed)."""
    data, pages = path.read_bytes(), leaf_pages(path)
    reports, indicators = pages["reports:leaf"], pages["indicators:leaf"]
    kinds = {f"truncated at {int(share * 100)}%": truncated(data, share)
             for share in (0.25, 0.5, 0.75, 0.9)}
    kinds["header page zeroed"] = zeroed(data, 1)
    kinds["reports root (interior) page zeroed"] = zeroed(data, *pages["reports:internal"])
    kinds["a reports leaf page zeroed"] = zeroed(data, reports[len(reports) // 2])
    kinds["an indicators leaf page zeroed"] = zeroed(data, indicators[len(indicators) // 2])
    kinds["a reports leaf page garbled"] = garbled(data, reports[len(reports) // 2])
    kinds["header + 3 interior pages garbled"] = garbled(
        data, 1, reports[1], indicators[2], pages["sections:leaf"][3])
    return kinds


def rows_present(path: Path, names: list[str], destroyed: set[int]) -> set[str]:
    """The reports whose own row is on a page the damage left whole: found by their unique
    name in the sound file's reports leaf pages (not by the reader under test)."""
    data = path.read_bytes()
    present = set()
    for page in leaf_pages(path)["reports:leaf"]:
        if page in destroyed:
            continue
        content = data[(page - 1) * PAGE:page * PAGE]
        present |= {name for name in names if name.encode() in content}
    return present
