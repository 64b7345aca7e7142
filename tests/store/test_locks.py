"""Holds on a store: one window per report; a hold whose process is gone does not count."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from perfeval_gui.store import locks
from perfeval_gui.store.locks import Holder, Holds
from perfeval_gui.store.repository import ReportStore


@pytest.fixture
def store(tmp_path, seed_report):
    s = ReportStore(tmp_path / "held.sqlite")
    s.create(seed_report)
    yield s
    s.close()


def test_a_report_held_by_one_window_is_refused_to_another_until_released(store):
    first, second = Holds(store), Holds(store)  # two windows of one process
    assert first.take_report(1) is None
    assert first.take_report(1) is None  # taking one's own hold again is fine
    holder = second.take_report(1)
    assert holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname()
    assert holder.started  # when the hold was taken
    first.release_report(1)
    assert second.take_report(1) is None
    assert first.report_holder(1) is not None


def test_a_hold_whose_process_is_gone_is_stale_and_taken_over(store):
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    store.db.execute("INSERT INTO edit_locks VALUES ('report:1', ?, ?, '2026-01-01T08:00:00', '', 'x')",
                     [gone.pid, socket.gethostname()])
    store.db.conn.commit()
    assert Holds(store).take_report(1) is None


def test_a_reused_process_id_is_not_mistaken_for_the_holder():
    me = Holder(os.getpid(), socket.gethostname(), "", locks.process_start(os.getpid()), "t")
    assert me.is_alive()
    if me.process:  # Linux tells the start time: another start time is another process
        assert not Holder(me.pid, me.host, "", str(int(me.process) + 1), "t").is_alive()
    assert Holder(me.pid, "another-host", "", "", "t").is_alive()  # cannot be asked: it counts


def test_the_store_holders_are_read_without_opening_the_store(store, tmp_path):
    Holds(store).hold_store()
    assert [h.pid for h in locks.live_store_holders(store.path)] == [os.getpid()]
    assert locks.live_store_holders(tmp_path / "nowhere.sqlite") == []
