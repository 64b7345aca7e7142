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
