"""The reader sits beside core: it imports core and the file libraries, nothing above."""

from __future__ import annotations

import ast
from pathlib import Path

READER = Path(__file__).resolve().parents[2] / "perfeval_gui" / "reader"


def test_the_reader_imports_only_core():
    above = []
    for path in sorted(READER.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 2 and node.module:
                if node.module.split(".")[0] != "core":
                    above.append(f"{path.name}: ..{node.module}")
    assert above == []
