"""Rounds of SIGKILL against the store's save path, in a process of their own (no Qt).

Each round forks a saver that reads the report, then saves edit after edit — the project's name
and one indicator (named by its row id), a row move every few saves — through the typed change
and the revision check, acknowledging each save once ``save`` has returned. The round kills it
at a random moment, reopens the store and prints what was acknowledged and what is stored.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time

from perfeval_gui.core import changes
from perfeval_gui.core.profiles import default_library
from perfeval_gui.store.repository import ReportStore


def saver(db: str, ack_fd: int) -> None:
    store = ReportStore(db)
    report, revision = store.load_revisioned(1)
    ids = sorted(i.row_id for i in report.indicators)
    n = int(report.project.name.split()[-1]) if report.project.name.startswith("edit ") else 0
    os.write(ack_fd, b"ready\n")
    while True:
        n += 1
        row = next(i for i in report.indicators if i.row_id == ids[n % len(ids)])
        report.project.name = f"edit {n}"
        row.actual = f"{n}次"
        change = changes.Change(fields=frozenset(
            ["project.name", changes.row_path("indicators", row.row_id, "actual")]))
        if n % 7 == 0:
            before = [i.row_id for i in report.indicators]
            report.indicators.append(report.indicators.pop(0))
            change |= changes.Change(moved=frozenset(["indicators"]))
            assert before != [i.row_id for i in report.indicators]
        revision = store.save(1, report, change, base_revision=revision)
        os.write(ack_fd, f"{n}\n".encode())


def one_round(db: str, rng: random.Random) -> dict:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the saver
        os.close(read)
        try:
            saver(db, write)
        finally:
            os._exit(1)
    os.close(write)
    acks = b""
    while b"ready" not in acks:  # the saver has read the store: kill it somewhere in its saves
        acks += os.read(read, 64)
    time.sleep(rng.uniform(0, 0.06))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read, 65536):
        acks += chunk
    os.close(read)
    acked = [int(x) for x in acks.split()[1:]]
    with ReportStore(db) as store:
        integrity = store.db.execute("PRAGMA integrity_check").fetchone()[0]
        report = store.load(1)
        ids = sorted(i.row_id for i in report.indicators)
        stored = int(report.project.name.split()[-1]) if report.project.name.startswith("edit ") else 0
        row = next((i for i in report.indicators if i.row_id == ids[stored % len(ids)]), None)
        row_ok = stored == 0 or (row is not None and row.actual == f"{stored}次")
        rows = len(report.indicators)
    return {"acked": acked[-1] if acked else None, "stored": stored, "integrity": integrity,
            "row_ok": row_ok, "rows": rows}


def main(db: str, rounds: int, seed: int) -> None:
    rng = random.Random(seed)
    default_library()  # loaded (and one save made) here: each forked saver saves at once
    with ReportStore(db) as store:
        report, revision = store.load_revisioned(1)
        store.save(1, report, changes.Change(fields=frozenset(["project.name"])), base_revision=revision)
    for _ in range(rounds):
        print(json.dumps(one_round(db, rng)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
