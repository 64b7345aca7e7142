"""Build step: the licence of every component of the Linux bundle, in one file.

    python3 packaging/linux/make_copyright.py BUNDLE BUILD_ROOT

Writes BUNDLE/LICENSES.txt, which packaging/build_deb.sh installs as the .deb's
usr/share/doc/perfeval-gui/copyright: the app's own licence; Python's; each Python
distribution's licence files as its wheel ships them (Qt for Python's LGPL among them); the
Debian copyright file of every shared library the bundle took from the build root (OpenSSL,
SQLite, libffi, libxcb-cursor, …); and the bundled fonts' licences. Fails when a component's
licence cannot be found, so a new dependency cannot ship without one.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
RULE = "=" * 78

MIT = """Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def section(title: str, body: str) -> str:
    return f"{RULE}\n{title}\n{RULE}\n\n{body.strip()}\n\n"


def metadata_field(dist_info: Path, field: str) -> str:
    text = (dist_info / "METADATA").read_text(encoding="utf-8", errors="replace")
    header = text.split("\n\n", 1)[0]
    found = re.search(rf"^{field}: (.*)$", header, re.MULTILINE)
    return found.group(1).strip() if found else ""


def distribution_licences(internal: Path) -> list[str]:
    parts = []
    for dist_info in sorted(internal.glob("*.dist-info")):
        name, version = metadata_field(dist_info, "Name"), metadata_field(dist_info, "Version")
        files = sorted(p for p in dist_info.rglob("*") if p.is_file()
                       and re.match(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", p.name, re.IGNORECASE))
        licence = metadata_field(dist_info, "License-Expression") or metadata_field(dist_info, "License")
        if not files and not licence:
            raise SystemExit(f"{dist_info.name} carries no licence")
        body = f"Licence: {licence or 'see below'}\n\n" + "\n\n".join(
            f"--- {f.relative_to(dist_info)} ---\n{f.read_text(encoding='utf-8', errors='replace')}"
            for f in files)
        parts.append(section(f"{name} {version} (Python package)", body))
    return parts


def debian_package_of(library: str, build_root: Path) -> str | None:
    """The bullseye package whose file list has this library (as dpkg -S would say)."""
    for listing in sorted((build_root / "var/lib/dpkg/info").glob("*.list")):
        for line in listing.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.endswith("/" + library):
                return listing.stem.split(":")[0]
    return None


def wheel_files(internal: Path) -> set[str]:
    """The file names the bundled wheels installed (their RECORD): covered by their licences."""
    names = set()
    for record in internal.glob("*.dist-info/RECORD"):
        for line in record.read_text(encoding="utf-8", errors="replace").splitlines():
            names.add(Path(line.split(",", 1)[0]).name)
    return names


def system_library_licences(internal: Path, build_root: Path) -> list[str]:
    """The shared libraries at the top of the bundle that no wheel brought came from the build
    root: a Debian package's, or one built there from Debian's source (SQLite)."""
    from_wheels = wheel_files(internal)
    owners: dict[Path, list[str]] = {}  # copyright file -> the libraries it covers
    for path in sorted(internal.glob("*.so*")):
        library = path.name
        if path.is_symlink() or library in from_wheels or library.startswith("libpython"):
            continue
        # one built in the root from source (SQLite) shadows the Debian package of the same name
        source = library.removeprefix("lib").split(".so")[0]
        built = build_root / "opt/python/share/doc" / source / "copyright"
        package = None if built.is_file() else debian_package_of(library, build_root)
        copyright_file = build_root / "usr/share/doc" / package / "copyright" if package else built
        if not copyright_file.is_file():
            raise SystemExit(f"{library}: no wheel or Debian package brought it; its licence is unknown")
        owners.setdefault(copyright_file, []).append(library)
    parts = []
    for copyright_file, libs in sorted(owners.items()):
        how = ("Debian bullseye package" if "usr/share/doc" in str(copyright_file)
               else "built from Debian's source package")
        parts.append(section(f"{', '.join(libs)} ({how} {copyright_file.parent.name})",
                             copyright_file.read_text(encoding="utf-8")))
    return parts


def python_licence(internal: Path, build_root: Path) -> str:
    version = next(internal.glob("libpython3*.so*")).name.split(".so")[0].removeprefix("libpython")
    text = (build_root / "opt/python/lib" / f"python{version}" / "LICENSE.txt").read_text(encoding="utf-8")
    return section(f"Python {version} (interpreter and standard library)", text)


def font_licences(internal: Path) -> list[str]:
    licences = sorted((internal / "resources" / "fonts" / "licenses").glob("*.txt"))
    if not licences:
        raise SystemExit("the bundle has no fonts/licenses: run packaging/collect_fonts.py before the build")
    return [section(f"Fonts: {f.stem} (Debian package)", f.read_text(encoding="utf-8")) for f in licences]


def main(bundle: Path, build_root: Path) -> int:
    internal = bundle / "_internal"
    head = ("perfeval-gui — 项目支出绩效自评\n\nThis bundle carries the components below, each under "
            "its own licence. Qt and Qt for Python (PySide6, shiboken6) are used under the GNU Lesser "
            "General Public License v3: their libraries are the unmodified shared libraries of the "
            "PySide6 wheels in _internal/PySide6 and may be replaced by the user.\n")
    parts = [head, section("perfeval-gui (the application)", "Licence: MIT\n\n" + MIT),
             python_licence(internal, build_root), *distribution_licences(internal),
             *system_library_licences(internal, build_root), *font_licences(internal)]
    (bundle / "LICENSES.txt").write_text("\n".join(parts), encoding="utf-8")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: make_copyright.py BUNDLE BUILD_ROOT")
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
