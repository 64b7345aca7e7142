"""Build step: compile the Qt Linguist sources in i18n/ to .qm catalogues in resources/i18n/.

    python packaging/build_translations.py

Run by packaging/dev.sh before the app and the tests start, and by the installers' builds.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "i18n"
OUTPUT = ROOT / "resources" / "i18n"


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(found).exists():
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials")
    return found


def main() -> int:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for ts in sorted(SOURCES.glob("*.ts")):
        qm = OUTPUT / (ts.stem + ".qm")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
