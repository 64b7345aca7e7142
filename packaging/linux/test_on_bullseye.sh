#!/bin/sh
# The .deb on an old desktop, offline: a Debian bullseye root (glibc 2.31, older than 银河麒麟
# V10's libraries, with no Chinese font) made by debootstrap with only the libraries a desktop
# has. There, without network, `dpkg -i` installs the package; every bundled binary finds its
# libraries; the installed app scores the seed, exports it to PDF, Word and Excel (the PDF with
# the bundled fonts), and the window starts offscreen to ready. Needs root.
#   sh packaging/linux/test_on_bullseye.sh build/perfeval-gui_<version>_amd64.deb
set -eu
cd "$(dirname "$0")/../.."
DEB=${1:?usage: test_on_bullseye.sh PACKAGE.deb}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
CACHE=${PERFEVAL_GUI_CACHE:-/var/cache/perfeval-gui}
PY=${PYTHON:-.venv/bin/python}
# a desktop's own libraries, those the .deb depends on (no fonts beyond fontconfig's DejaVu)
DESKTOP=libstdc++6,libgcc-s1,zlib1g,libglib2.0-0,libdbus-1-3,libfontconfig1,libfreetype6,libexpat1,\
libegl1,libgl1,libx11-6,libx11-xcb1,libxcb1,libxcb-glx0,libxcb-randr0,libxcb-render0,libxcb-shape0,\
libxcb-shm0,libxcb-sync1,libxcb-xfixes0,libxcb-xinerama0,libxcb-xkb1,libxkbcommon0,libxkbcommon-x11-0,\
libcups2
ROOT=$CACHE/desktop-bullseye-$(echo "$DESKTOP" | cksum | cut -d' ' -f1)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

if ! command -v debootstrap >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi
if [ ! -f "$ROOT/.ready" ]; then
    echo "making the bullseye desktop root (once): $ROOT"
    rm -rf "$ROOT"
    mkdir -p "$CACHE"
    # a second try when the registry drops a download
    debootstrap --variant=minbase --include="$DESKTOP" bullseye "$ROOT" "$MIRROR" > "$CACHE/desktop-debootstrap.log" 2>&1 \
        || { rm -rf "$ROOT"; sleep 10; debootstrap --variant=minbase --include="$DESKTOP" bullseye "$ROOT" "$MIRROR" \
             > "$CACHE/desktop-debootstrap.log" 2>&1; } || { tail -20 "$CACHE/desktop-debootstrap.log"; exit 1; }
    touch "$ROOT/.ready"
fi

# offline: a network namespace of its own has no interface but lo
in_root() {
    unshare --mount --net sh -c 'mount -t proc proc "$0/proc" && exec chroot "$0" "$@"' "$ROOT" \
        env -i PATH=/usr/bin:/bin:/usr/sbin:/sbin HOME=/tmp/home LANG=C.UTF-8 "$@"
}

if find "$ROOT/usr/share/fonts" -type f 2>/dev/null | grep -qiE 'cjk|wqy|arphic|uming|ukai|droid|han|hei|song|kai'; then
    echo "the desktop root has a Chinese font: the bundled fonts would not be tested" >&2
    exit 1
fi
echo "bullseye root: glibc $(in_root ldd --version | head -1 | grep -o '[0-9.]*$'), no Chinese font"

in_root dpkg -r perfeval-gui > /dev/null 2>&1 || true
rm -rf "$ROOT/tmp/home" "$ROOT/tmp/out"
mkdir -p "$ROOT/tmp/home" "$ROOT/tmp/out"
cp "$DEB" "$ROOT/tmp/package.deb"
in_root dpkg -i /tmp/package.deb > "$OUT/dpkg.log" 2>&1 || { cat "$OUT/dpkg.log"; exit 1; }
rm "$ROOT/tmp/package.deb"
echo "dpkg -i installed $(basename "$DEB") offline"

# what the .deb carries besides the program: the licences, every library's metadata (the About
# box reads the versions from it), binaries without debug symbols
"$PY" - "$ROOT" <<'CHECK'
import ast
import re
import subprocess
import sys
from pathlib import Path

root = Path(sys.argv[1])
internal = root / "opt/perfeval-gui/_internal"
tree = ast.parse(Path("perfeval_gui/ui/shell/about_dialog.py").read_text(encoding="utf-8"))
bundled = next(ast.literal_eval(node.value) for node in tree.body if isinstance(node, ast.Assign)
               and getattr(node.targets[0], "id", "") == "BUNDLED")
key = lambda name: re.sub(r"[-_.]+", "-", name).lower()  # noqa: E731
have = {key(p.name.removesuffix(".dist-info").rsplit("-", 1)[0]) for p in internal.glob("*.dist-info")}
missing = [entry[0] for entry in bundled if key(entry[0]) not in have]
assert not missing, f"the About box would show no version for {missing}"
text = (root / "usr/share/doc/perfeval-gui/copyright").read_text(encoding="utf-8").lower()
for needed in ("GNU LESSER GENERAL PUBLIC LICENSE", "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2", "ARPHIC PUBLIC LICENSE",
               "WenQuanYi", "reportlab", "openpyxl", "python-docx", "lxml", "libsqlite3", "libssl"):
    assert needed.lower() in text, f"the copyright file lacks {needed}"
debug = [str(f.relative_to(root)) for f in (root / "opt/perfeval-gui").rglob("*")
         if f.is_file() and not f.is_symlink() and f.open("rb").read(4) == b"\x7fELF"
         and ".debug_info" in subprocess.run(["readelf", "-S", "-W", str(f)], capture_output=True,
                                             text=True).stdout]
assert not debug, f"not stripped: {debug}"
print(f"copyright: {len(text) // 1024} KiB; metadata for {len(have)} libraries; no debug symbols")
CHECK

# every bundled binary resolves its libraries from the bundle or the desktop, except plugins
# for what this desktop does not run (GTK theme, Wayland, KMS/EGL full-screen)
OPTIONAL='platformthemes/libqgtk3|wayland|libQt6Wayland|eglfs|EglFs|libqeglfs|libqminimalegl|libqvkkhrdisplay|libqlinuxfb'
in_root sh -c 'find /opt/perfeval-gui -type f \( -name "*.so*" -o -perm -u+x \) | while read -r f; do
        head -c 4 "$f" | grep -q ELF || continue
        LD_LIBRARY_PATH=/opt/perfeval-gui/_internal ldd "$f" 2>&1 | grep "not found" | sed "s|^|$f: |"
    done' > "$OUT/missing.txt"
grep -vE "$OPTIONAL" "$OUT/missing.txt" > "$OUT/needed.txt" || true
if [ -s "$OUT/needed.txt" ]; then
    echo "libraries neither bundled nor in the .deb's Depends:" >&2
    cat "$OUT/needed.txt" >&2
    exit 1
fi
echo "every bundled binary finds its libraries ($(wc -l < "$OUT/missing.txt") optional-plugin gaps)"

SEED=/opt/perfeval-gui/_internal/resources/demo/seed-2023.json
in_root perfeval-gui score "$SEED" > "$OUT/score.json"
"$PY" -c "import json,sys; d=json.load(open(sys.argv[1])); assert (d['total'], d['grade']) == (85, '良'), d" "$OUT/score.json"
echo "score: 85 良"

in_root perfeval-gui export "$SEED" --pdf /tmp/out/seed.pdf --docx /tmp/out/seed.docx --xlsx /tmp/out/seed.xlsx
pdftotext "$ROOT/tmp/out/seed.pdf" - | grep -q "项目支出绩效自评表"
pdffonts "$ROOT/tmp/out/seed.pdf" > "$OUT/fonts.txt"
grep -qiE "AR ?PL|WenQuanYi|UMing|UKai|ZenHei" "$OUT/fonts.txt" \
    || { echo "the PDF does not use the bundled fonts:" >&2; cat "$OUT/fonts.txt" >&2; exit 1; }
"$PY" - "$ROOT/tmp/out" <<'CHECK'
import sys
from pathlib import Path

import docx
import openpyxl

out = Path(sys.argv[1])
text = "\n".join(p.text for p in docx.Document(out / "seed.docx").paragraphs)
assert "项目支出绩效自评表" in text, text[:200]
sheet = openpyxl.load_workbook(out / "seed.xlsx").active
assert any("项目支出绩效自评表" in str(c.value) for row in sheet.iter_rows() for c in row if c.value)
CHECK
echo "export: PDF ($(pdfinfo "$ROOT/tmp/out/seed.pdf" | grep Pages | tr -s ' '), fonts: $(awk 'NR>2{print $1}' "$OUT/fonts.txt" | sort -u | tr '\n' ' ')), Word and Excel read back"

in_root env QT_QPA_PLATFORM=offscreen PERFEVAL_GUI_EXIT_WHEN_READY=1 perfeval-gui > "$OUT/gui.log" 2>&1 \
    || { cat "$OUT/gui.log"; exit 1; }
test -f "$ROOT/tmp/home/.local/share/perfeval-gui/reports.sqlite" || find "$ROOT/tmp/home" -name reports.sqlite | grep -q .
echo "the window started offscreen to ready"

in_root dpkg -r perfeval-gui > /dev/null
echo "installed, used and removed on Debian bullseye, offline"
