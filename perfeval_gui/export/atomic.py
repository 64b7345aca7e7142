"""Files replaced atomically: written beside the target, synced, then renamed over it.

Light on purpose (no reportlab, no python-docx): the window imports it at start-up.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class ExportError(Exception):
    """The file cannot be produced: no font, a target that is locked or not writable."""

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message = message
        self.message_en = message_en

    def text(self, lang: str = "zh") -> str:
        return self.message_en if lang == "en" else self.message


def write_atomically(target: str | Path, write: Callable[[Path], object]) -> None:
    """Write through a temporary file in the same folder, then rename over the target:
    a crash or a full disk never leaves half a report where the old one was."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{target}：文件夹不存在", f"{target}: the folder does not exist")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise ExportError(f"{target}：无法写入（{exc.strerror}）",
                          f"{target}: cannot be written ({exc.strerror})") from None
    temp_path = Path(temp)
    try:
        write(temp_path)
        with open(temp_path, "rb+") as done:
            os.fsync(done.fileno())
        os.replace(temp_path, target)
    except PermissionError:
        raise ExportError(
            f"{target}：文件正被其他程序打开或没有写入权限，请关闭 Word/WPS 或另选位置后重试",
            f"{target}: open in another program or not writable; close it or choose another place",
        ) from None
    except OSError as exc:
        if exc.filename not in (None, str(temp_path), str(target)):
            # not the target's fault: something the writer needed is missing
            raise ExportError(f"{target}：导出失败（{exc.filename}：{exc.strerror or exc}）",
                              f"{target}: export failed ({exc.filename}: {exc.strerror or exc})"
                              ) from None
        raise ExportError(f"{target}：无法写入（{exc.strerror or exc}）",
                          f"{target}: cannot be written ({exc.strerror or exc})") from None
    finally:
        temp_path.unlink(missing_ok=True)


def write_all_or_nothing(writers: list[tuple[str | Path, Callable[[Path], object]]]) -> None:
    """Several outputs asked for together: each is written to a scratch file beside its target
    first; only when all succeeded are they renamed into place — both files or neither."""
    staged: list[tuple[Path, Path]] = []
    try:
        for target, write in writers:
            target = Path(target)
            scratch = target.with_name(f".{target.name}.staged")
            write_atomically(scratch, write)
            staged.append((scratch, target))
        for scratch, target in staged:
            os.replace(scratch, target)
    finally:
        for scratch, _target in staged:
            scratch.unlink(missing_ok=True)
