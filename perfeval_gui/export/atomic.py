"""Files replaced atomically: written beside the target, synced, then renamed over it.

Files made to be shared: created with the user's umask (0644 under 022, not mkstemp's
0600), a replaced file keeps its mode, a read-only target is refused rather than replaced,
a symbolic link is written through to the file it points to. Several files asked for
together are written all or none. A ``.part`` left behind by a killed export is removed by
the next export to the same file.

Light on purpose (no reportlab, no python-docx): the window imports it at start-up.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from ..core import unfinished

Writer = Callable[[Path], object]
STALE_PART_SECONDS = 600  # older than any export takes: left by a killed one
PAUSE_ENV = "PERFEVAL_GUI_TEST_PAUSE_BEFORE_RENAME"  # used by tests only (seconds)


class ExportError(Exception):
    """The file cannot be produced: no font, a target that is locked or not writable."""

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message = message
        self.message_en = message_en

    def text(self, lang: str = "zh") -> str:
        return self.message_en if lang == "en" else self.message


def write_atomically(target: str | Path, write: Writer) -> None:
    """Write through a temporary file in the same folder, then rename over the target:
    a crash or a full disk never leaves half a report where the old one was."""
    write_all_or_nothing([(target, write)])


def write_all_or_nothing(outputs: Sequence[tuple[str | Path, Writer]]) -> None:
    """Write every output, or — when any one fails — leave every target as it was.

    Written down in the journal of unfinished work first (core.unfinished): a kill while
    writing leaves temporary files the next start removes; a kill between the renames of a
    group leaves an intent the next start completes. Both or neither, even then."""
    staged: list[tuple[Path, Path]] = []  # (real target, its finished temporary file)
    reals = [_real_target(Path(target)) for target, _write in outputs]
    parts = [str(_folder(real) / f".{real.name}.{os.getpid()}.*.part") for real in reals]
    with unfinished.journal("export", parts=parts) as entry:
        try:
            for real, (target, write) in zip(reals, outputs, strict=True):
                staged.append((real, _stage(real, Path(target), write)))
            _commit(staged, [Path(t) for t, _ in outputs], entry)
        finally:
            for _real, temp in staged:
                temp.unlink(missing_ok=True)
    for real, _temp in staged:
        _remove_stale_parts(real)


def _folder(real: Path) -> Path:
    return real.parent if str(real.parent) else Path(".")


def _real_target(target: Path) -> Path:
    """The file a symbolic link points to: the link stays, its file gets the new content."""
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def _refuse_read_only(real: Path, shown: Path) -> None:
    try:
        mode = real.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _cannot_write(shown, exc) from None
    if stat.S_ISDIR(mode):
        raise ExportError(f"{shown}：这是一个文件夹", f"{shown}: is a folder")
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(real, os.W_OK):
        raise ExportError(f"{shown}：文件是只读的，未覆盖；请另选位置或先取消只读",
                          f"{shown}: the file is read-only and was not replaced; choose another place")


def _cannot_write(shown: Path, exc: OSError) -> ExportError:
    if exc.errno == errno.ENOSPC:
        return ExportError(f"{shown}：磁盘已满，无法写入（请腾出空间后重试）",
                           f"{shown}: the disk is full; free some space and try again")
    if exc.errno == errno.EROFS:
        return ExportError(f"{shown}：所在的磁盘或文件夹是只读的，无法写入",
                           f"{shown}: its disk or folder is read-only")
    return ExportError(f"{shown}：无法写入（{exc.strerror or exc}）",
                       f"{shown}: cannot be written ({exc.strerror or exc})")


def _os_error_in(exc: BaseException) -> OSError | None:
    """The OSError behind a writer's own exception (xlsxwriter wraps a full disk in one)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError):
            return exc
        if exc.args and isinstance(exc.args[0], OSError):
            return exc.args[0]
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return None


def _stage(real: Path, shown: Path, write: Writer) -> Path:
    """The output written and synced to a temporary file beside *real*, with its final mode."""
    folder = _folder(real)
    if not folder.is_dir():
        raise ExportError(f"{shown}：文件夹不存在", f"{shown}: the folder does not exist")
    _refuse_read_only(real, shown)
    try:
        # the pid in the name: the journal names this export's temporary files, no other's
        handle, name = tempfile.mkstemp(prefix=f".{real.name}.{os.getpid()}.", suffix=".part",
                                        dir=folder)
        os.close(handle)
    except OSError as exc:
        raise _cannot_write(shown, exc) from None
    temp = Path(name)
    try:
        write(temp)
        with open(temp, "rb+") as done:
            os.fsync(done.fileno())
        os.chmod(temp, _mode_for(real))
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        cause = _os_error_in(exc) if isinstance(exc, Exception) else None
        if cause is not None:
            raise _explain(cause, shown, temp) from None
        raise
    return temp


def _mode_for(real: Path) -> int:
    """A replaced file keeps its mode; a new one gets what the user's umask allows."""
    try:
        return stat.S_IMODE(real.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without changing it where the system says (Linux), since
    exports run on a worker thread and os.umask() would briefly change it for every thread."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _commit(staged: list[tuple[Path, Path]], shown: list[Path], entry: unfinished.Entry) -> None:
    """Rename every staged file over its target; if one rename fails, put back the ones done.

    A group keeps each target's present content aside first, then writes its intent (which
    temporary file goes where, and where the old content is) durably, then renames: a kill
    at any point is finished by the next start (core.unfinished.sweep)."""
    group = len(staged) > 1
    asides = [_keep_aside(real) if group else None for real, _temp in staged]
    if group:
        entry.set(durable=True, renames=[[str(temp), str(real), None if aside is None else str(aside)]
                                         for (real, temp), aside in zip(staged, asides, strict=True)])
    done: list[tuple[Path, Path | None]] = []  # (target, its previous content kept aside)
    try:
        for step, ((real, temp), name, previous) in enumerate(zip(staged, shown, asides, strict=True)):
            _pause_for_tests(step)
            try:
                os.replace(temp, real)
            except OSError as exc:
                raise _explain(exc, name, temp) from None
            done.append((real, previous))
    except BaseException:
        for real, previous in reversed(done):
            if previous is not None:
                os.replace(previous, real)
            else:
                real.unlink(missing_ok=True)
        raise
    finally:
        for previous in asides:
            if previous is not None:
                previous.unlink(missing_ok=True)


def _pause_for_tests(step: int) -> None:
    """Tests kill an export between its renames: told where it is, and given time to."""
    pause = os.environ.get(PAUSE_ENV)
    if pause:
        print(f"{PAUSE_ENV} {step}", file=sys.stderr, flush=True)
        time.sleep(float(pause))


def _keep_aside(real: Path) -> Path | None:
    """A hard link to the target's present content, so a failed group can restore it."""
    if not real.exists():
        return None
    aside = real.with_name(f".{real.name}.{os.getpid()}.old.part")
    aside.unlink(missing_ok=True)
    try:
        os.link(real, aside)
    except OSError:  # a file system without hard links: copy instead
        shutil.copy2(real, aside)
    return aside


def _explain(exc: OSError, shown: Path, temp: Path) -> ExportError:
    if isinstance(exc, PermissionError):
        return ExportError(
            f"{shown}：文件正被其他程序打开或没有写入权限，请关闭 Word/WPS 或另选位置后重试",
            f"{shown}: open in another program or not writable; close it or choose another place",
        )
    if exc.filename not in (None, str(temp), str(shown)):
        # not the target's fault: something the writer needed is missing
        return ExportError(f"{shown}：导出失败（{exc.filename}：{exc.strerror or exc}）",
                           f"{shown}: export failed ({exc.filename}: {exc.strerror or exc})")
    return _cannot_write(shown, exc)


def _remove_stale_parts(real: Path) -> None:
    """Temporary files of this target that a killed export left behind."""
    cutoff = time.time() - STALE_PART_SECONDS
    try:
        leftovers = list(real.parent.glob(f".{real.name}.*.part"))
    except OSError:
        return
    for part in leftovers:
        try:
            if part.stat().st_mtime < cutoff:
                part.unlink()
        except OSError:
            continue  # another export's, or already gone
