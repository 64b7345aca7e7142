#!/bin/sh
# Turns the PyInstaller one-folder build into a .deb for Debian-based systems
# (统信 UOS, 银河麒麟, Debian, Ubuntu):
#   sh packaging/build_deb.sh            -> build/perfeval-gui_<version>_<arch>.deb
# Builds the one-folder bundle first when build/dist/perfeval-gui is missing.
set -eu
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
NAME=$("$PY" -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['name'])")
VERSION=$("$PY" -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
ARCH=$(dpkg --print-architecture)
DIST=build/dist/$NAME
if [ ! -x "$DIST/$NAME" ]; then
    "$PY" -m pip install -q -c packaging/constraints.txt -e . pyinstaller
    "$PY" packaging/build_translations.py >/dev/null
    "$PY" -m PyInstaller packaging/perfeval-gui.spec --distpath build/dist --workpath build/work \
        --noconfirm --log-level WARN
fi

# the newest glibc symbol any bundled binary needs: the oldest system the .deb starts on
GLIBC=$(find "$DIST" -type f \( -name '*.so*' -o -perm -u+x \) -exec objdump -T {} + 2>/dev/null \
        | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)

ROOT=build/deb/${NAME}_${VERSION}_${ARCH}
rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
         "$ROOT/usr/share/icons/hicolor/256x256/apps" "$ROOT/usr/share/icons/hicolor/48x48/apps"
cp -a "$DIST" "$ROOT/opt/$NAME"
install -m 0755 packaging/linux/launcher.sh "$ROOT/usr/bin/$NAME"
install -m 0644 packaging/linux/perfeval-gui.desktop "$ROOT/usr/share/applications/$NAME.desktop"
install -m 0644 resources/icons/perfeval-gui-256.png "$ROOT/usr/share/icons/hicolor/256x256/apps/$NAME.png"
install -m 0644 resources/icons/perfeval-gui-48.png "$ROOT/usr/share/icons/hicolor/48x48/apps/$NAME.png"
SIZE=$(du -sk "$ROOT" | cut -f1)
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: $NAME
Version: $VERSION
Section: office
Priority: optional
Architecture: $ARCH
Installed-Size: $SIZE
Maintainer: perfeval-gui <perfeval-gui@localhost>
Depends: libc6 (>= $GLIBC), fonts-arphic-uming | fonts-wqy-zenhei | fonts-wqy-microhei | fonts-droid-fallback, libegl1, libgl1, libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1, libx11-xcb1
Recommends: fonts-arphic-ukai
Description: 项目支出绩效自评 — project-expenditure performance self-evaluation
 Fill in the 项目支出绩效自评表 as on paper, scored live by the finance ministry's
 rules, checked for the errors real reports contain, saved continuously, and exported
 to Word and PDF ready to print, sign and stamp. Works offline.
CONTROL
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "build/${NAME}_${VERSION}_${ARCH}.deb" >/dev/null
echo "build/${NAME}_${VERSION}_${ARCH}.deb"
echo "bundle: $(du -sh "$DIST" | cut -f1); package: $(du -h "build/${NAME}_${VERSION}_${ARCH}.deb" | cut -f1); needs glibc >= $GLIBC"
