"""Build step: copy a TrueType CJK font set with its licences into resources/fonts/.

    python packaging/collect_fonts.py [FOLDER]     (default: resources/fonts)

The PDF needs a Chinese TrueType font reportlab can embed; 统信 UOS and 银河麒麟 ship only
CFF-flavoured Noto/思源 CJK, so the Linux bundle carries its own (the app prefers the system's
where it has one). The fonts come from Debian's packages (installed by packaging/dev.sh), are
redistributable (Arphic Public License; GPL-2 with the font embedding exception) and travel
with their licence texts: resources/fonts/licenses/<package>.txt. The folder is never
committed (.gitignore); packaging/perfeval-gui.spec bundles what this leaves there.
packaging/linux/build_bundle.sh fills the copy of the sources it builds from, not the
checkout: the tests of a PC without Chinese fonts expect no bundled ones beside the code.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "fonts"
PACKAGES = ("fonts-arphic-uming", "fonts-arphic-ukai", "fonts-wqy-zenhei")
COMMON_LICENSES = Path("/usr/share/common-licenses")


def package_fonts(package: str) -> list[Path]:
    listed = subprocess.run(["dpkg-query", "-L", package], capture_output=True, text=True)
    if listed.returncode != 0:
        raise SystemExit(f"{package} is not installed: apt-get install {package} (packaging/dev.sh does)")
    return [Path(line) for line in listed.stdout.splitlines()
            if line.endswith((".ttf", ".ttc")) and Path(line).is_file()]


def licence_text(package: str) -> str:
    """Debian's copyright file, with the full text of every common licence it points to."""
    copyright_file = Path("/usr/share/doc") / package / "copyright"
    text = copyright_file.read_text(encoding="utf-8")
    for name in sorted(set(re.findall(r"/usr/share/common-licenses/([A-Za-z0-9.+-]+?)['.`\s]", text))):
        full = COMMON_LICENSES / name
        if full.is_file():
            text += f"\n\n----- {name} -----\n\n" + full.read_text(encoding="utf-8")
    return text


def collect(output: Path = OUTPUT) -> list[Path]:
    shutil.rmtree(output, ignore_errors=True)
    (output / "licenses").mkdir(parents=True)
    copied = []
    for package in PACKAGES:
        fonts = package_fonts(package)
        if not fonts:
            raise SystemExit(f"{package} has no TrueType file")
        for font in fonts:
            copied.append(Path(shutil.copy2(font, output / font.name)))
        (output / "licenses" / f"{package}.txt").write_text(licence_text(package), encoding="utf-8")
    return copied


def main(argv: list[str]) -> int:
    for font in collect(Path(argv[0]).resolve() if argv else OUTPUT):
        print(font)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
