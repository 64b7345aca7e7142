"""Compile the Qt Linguist sources in i18n/ to the .qm catalogues in resources/i18n/.

    python packaging/build_translations.py

The .qm files are kept in the repository, so that a wheel, an sdist or an installer builds
from a clean clone without Qt's tools (pip's isolated build has no PySide6). Run this after
editing a .ts file and commit the .qm files with it: tests/test_translations_compiled.py
fails while they differ from what this script makes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "i18n"
OUTPUT = ROOT / "resources" / "i18n"


def lrelease() -> Path:
    """Qt's lrelease inside the installed PySide6 package: found without a venv's Scripts/ or
    bin/ on PATH, and with Windows' .exe suffix."""
    try:
        import PySide6
    except ImportError:
        raise SystemExit("PySide6 is not installed: pip install PySide6-Essentials") from None
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    tool = Path(PySide6.__file__).resolve().parent / name
    if not tool.is_file():
        raise SystemExit(f"Qt's lrelease is missing from the PySide6 package: {tool}")
    return tool


def compile_all(output: Path = OUTPUT) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(SOURCES.glob("*.ts")):
        qm = output / (ts.stem + ".qm")
        subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def main() -> int:
    for qm in compile_all():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
