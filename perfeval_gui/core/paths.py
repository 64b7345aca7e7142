"""Field paths as report-format.md writes them (``indicators[3].actual``,
``funds.rows[0].executed``, ``sections.analysis``): reading and writing the model by path.

The window's edits, undo commands and the findings' "click to the field" all speak in paths.
"""

from __future__ import annotations

import re
from typing import Any

from .model import Report

_PART = re.compile(r"([A-Za-z_]\w*)|\[(\d+)\]")


def parse_path(path: str) -> list[str | int]:
    """'indicators[3].actual' -> ['indicators', 3, 'actual']."""
    parts: list[str | int] = []
    for name, index in _PART.findall(path):
        parts.append(int(index) if index else name)
    return parts


def get(report: Report, path: str) -> Any:
    node: Any = report
    for part in parse_path(path):
        node = node[part] if isinstance(part, int) else getattr(node, part)
    return node


def set_value(report: Report, path: str, value: Any) -> None:
    parts = parse_path(path)
    node: Any = report
    for part in parts[:-1]:
        node = node[part] if isinstance(part, int) else getattr(node, part)
    last = parts[-1]
    if isinstance(last, int):
        node[last] = value
    else:
        setattr(node, last, value)

