"""Work a kill may leave half done, written down before it starts and crossed out when it
ends: the temporary files of an export or a backup, a group of outputs between its renames
(the intent), a year archive's scratch folder, a restore's safety copy.

Each piece of work is one small JSON file in the data folder's ``unfinished/`` (not beside
the outputs: the next start must find it wherever the outputs went). The next start of the
window or of a command (``sweep``) looks at the files of processes that are gone and
finishes or undoes their work: renames recorded as intended are completed (every temporary
file was whole and synced before the intent was written), temporary files are removed, a
safety copy only once the store it was taken from passes its check. Every step is logged.
No Qt; light enough for every start.
"""

from __future__ import annotations

import contextlib
import fnmatch
import json
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..app_paths import data_dir, ensure_data_dir
from ..fault_log import log_event
from .processes import pid_alive, process_start

FOLDER = "unfinished"
SCRATCH_PREFIX = "perfeval-archive-"
LEGACY_SCRATCH_SECONDS = 24 * 3600  # a scratch folder named before pids were: surely dead
StoreCheck = Callable[[Path], bool]  # is the store at this path intact?


def folder() -> Path:
    return data_dir() / FOLDER


class Entry:
    """One piece of work in the journal; ``path`` None where the data folder is not writable
    (the work goes on unjournalled: a journal must never stop an export)."""

    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record
        self.path: Path | None = None
        with contextlib.suppress(OSError):
            ensure_data_dir()
            place = folder()
            place.mkdir(mode=0o700, exist_ok=True)
            self.path = place / f"{os.getpid()}-{uuid.uuid4().hex[:12]}.json"
            self._write(durable=False)

    def set(self, durable: bool = False, **fields: Any) -> None:
        """Record more of the work; *durable*: on disk before this returns (an intent)."""
        self.record.update(fields)
        if self.path is not None:
            self._write(durable)

    def _write(self, durable: bool) -> None:
        assert self.path is not None
        temp = self.path.with_suffix(".tmp")
        with open(temp, "w", encoding="utf-8") as out:
            json.dump(self.record, out, ensure_ascii=False)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.replace(temp, self.path)
        if durable:
            _sync_folder(self.path.parent)

    def close(self) -> None:
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()


@contextlib.contextmanager
def journal(kind: str, **fields: Any) -> Iterator[Entry]:
    """Write the work down for its duration; an exception's own cleanup has run when the
    entry is crossed out, so only a kill (or a power cut) leaves it for ``sweep``."""
    pid = os.getpid()
    entry = Entry({"kind": kind, "pid": pid, "start": process_start(pid), "created": time.time(),
                   "parts": [], **fields})
    try:
        yield entry
    finally:
        entry.close()


def scratch_prefix() -> str:
    """A scratch folder's name prefix that says whose it is (pid and start)."""
    pid = os.getpid()
    return f"{SCRATCH_PREFIX}{pid}-{process_start(pid) or 0}-"


def _alive(pid: int, start: str) -> bool:
    """The process that wrote an entry is still running (a reused pid is not it)."""
    if pid != os.getpid() and not pid_alive(pid):
        return False
    return not start or process_start(pid) in ("", start)


def sweep(check: StoreCheck | None = None) -> list[str]:
    """Finish or undo the work of processes that are gone; returns what was done (each step
    also in the log). *check* says whether a store is intact: without it, work that needs
    one is left for a start that can check."""
    done: list[str] = []
    try:
        entries = sorted(folder().glob("*.json"))
        temps = list(folder().glob("*.tmp"))
    except OSError:
        entries, temps = [], []
    for path in entries:
        try:
            done += _sweep_entry(path, check)
        except OSError as exc:  # left for the next start; said in the log
            done.append(f"unfinished work in {path} cannot be finished now: {exc}")
    for temp in temps:
        if not _alive(_pid_of(temp.name), ""):
            temp.unlink(missing_ok=True)
    done += _sweep_scratch()
    for line in done:
        log_event(line)
    return done


def _pid_of(name: str) -> int:
    head = name.split("-", 1)[0]
    return int(head) if head.isdigit() else 0


def _sweep_entry(path: Path, check: StoreCheck | None) -> list[str]:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        pid, start = int(record["pid"]), str(record.get("start", ""))
    except (OSError, ValueError, KeyError, TypeError):
        path.unlink(missing_ok=True)
        return [f"unfinished work: an unreadable journal entry removed: {path}"]
    if _alive(pid, start):
        return []
    store = record.get("check_store")
    if store and check is None:
        return []
    done = [f"unfinished {record.get('kind', 'work')} of process {pid} (killed):"]
    done += _finish_renames(record.get("renames") or [])
    done += _remove_empty(record.get("only_empty") or [])
    if store and not check(Path(store)):  # type: ignore[misc]
        done.append(f"  kept {', '.join(record['parts'])}: the store {store} does not pass its check")
    else:
        done += _remove_parts(record.get("parts") or [])
    path.unlink(missing_ok=True)
    return done


def _finish_renames(renames: list[list[str | None]]) -> list[str]:
    """Complete an intended group of renames; where one cannot be completed, put every
    target back as it was: both new or both old, never a mix."""
    done = []
    try:
        for temp, target, _aside in renames:
            if temp and Path(temp).exists():
                os.replace(temp, str(target))
                done.append(f"  completed {target}")
    except OSError as exc:
        done.append(f"  cannot complete ({exc.strerror or exc}); undoing the group")
        for temp, target, aside in renames:
            if temp and Path(temp).exists():
                continue  # never renamed: the target is as it was
            try:
                if aside and Path(aside).exists():
                    os.replace(aside, str(target))
                    done.append(f"  restored {target}")
                elif not aside:
                    Path(str(target)).unlink(missing_ok=True)
                    done.append(f"  removed the new {target}")
            except OSError as failed:
                done.append(f"  cannot restore {target}: {failed.strerror or failed}")
    return done


def _remove_empty(paths: list[str]) -> list[str]:
    """A store a killed process had only begun: nothing in it (its rollback journal, if any,
    can only restore that nothing)."""
    done = []
    for name in paths:
        made = Path(name)
        if made.is_file() and made.stat().st_size == 0 and not Path(f"{name}-wal").exists():
            made.unlink()
            Path(f"{name}-journal").unlink(missing_ok=True)
            done.append(f"  removed the empty {made}")
    return done


def _remove_parts(patterns: list[str]) -> list[str]:
    done = []
    for pattern in patterns:
        place = Path(pattern)
        with contextlib.suppress(OSError):
            for found in place.parent.glob(place.name):
                if found.is_dir() and not found.is_symlink():
                    shutil.rmtree(found, ignore_errors=True)
                else:
                    found.unlink(missing_ok=True)
                done.append(f"  removed {found}")
    return done


def _sweep_scratch() -> list[str]:
    """Scratch folders of year archives whose process is gone (their own start cleans none)."""
    done = []
    now = time.time()
    with contextlib.suppress(OSError):
        for found in Path(tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*"):
            parts = found.name[len(SCRATCH_PREFIX):].split("-")
            gone = False
            if len(parts) >= 3 and parts[0].isdigit():
                gone = not _alive(int(parts[0]), "" if parts[1] == "0" else parts[1])
            else:
                with contextlib.suppress(OSError):
                    gone = now - found.stat().st_mtime > LEGACY_SCRATCH_SECONDS
            if gone and found.is_dir():
                shutil.rmtree(found, ignore_errors=True)
                done.append(f"unfinished archive: removed its scratch folder {found}")
    return done


def remove_unclaimed(place: Path, pattern: str, older_than: float) -> list[Path]:
    """Files in *place* matching *pattern*, older than *older_than* seconds, that no journal
    entry names: what a version before this journal left when it was killed (every
    temporary file is named in an entry now). Each removal is logged."""
    claimed: list[str] = []
    with contextlib.suppress(OSError):
        for path in folder().glob("*.json"):
            with contextlib.suppress(OSError, ValueError, AttributeError):
                claimed += json.loads(path.read_text(encoding="utf-8")).get("parts") or []
    cutoff = time.time() - older_than
    removed = []
    with contextlib.suppress(OSError):
        for found in place.glob(pattern):
            if any(fnmatch.fnmatch(str(found), claim) for claim in claimed):
                continue
            with contextlib.suppress(OSError):
                if found.is_file() and found.stat().st_mtime < cutoff:
                    found.unlink()
                    removed.append(found)
                    log_event(f"left by an earlier version: removed {found}")
    return removed


def _sync_folder(place: Path) -> None:
    """The rename of a journal entry on disk too (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    fd = os.open(place, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
