"""The measure words (度量单位) a value's unit is read from: a data file, extendable by the user.

``resources/measure_words.txt`` ships with the app; a user adds local units (one a line) in
``<data folder>/measure_words.txt``. The words are read once per process, like the profiles.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..app_paths import data_dir
from ..resources import resource_path

FILE_NAME = "measure_words.txt"


def read_words(path: Path) -> list[str]:
    """The words of one file: one a line, ``#`` starts a comment; a missing file has none."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        # an unreadable user file must not stop the parser: the shipped words still apply
        return []
    words = (line.split("#", 1)[0].strip() for line in lines)
    return [word for word in words if word]


def words_from(paths: Iterable[Path]) -> tuple[str, ...]:
    """The union of the files' words, longest first, so 人次 wins over 人 and 万元 over 元."""
    found: set[str] = set()
    for path in paths:
        found.update(read_words(path))
    return tuple(sorted(found, key=lambda word: (-len(word), word)))


def builtin_file() -> Path:
    return resource_path(FILE_NAME)


_words: tuple[str, ...] | None = None


def measure_words() -> tuple[str, ...]:
    """The shipped words plus the user's, longest first (read once per process)."""
    global _words
    if _words is None:
        _words = words_from([builtin_file(), data_dir() / FILE_NAME])
    return _words


def reload() -> None:
    """Forget the words read so far (after the user changed their file; in tests); values
    read with them are read anew, as ``values.parse_value`` sees new words."""
    global _words
    _words = None
