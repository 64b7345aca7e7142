#!/bin/sh
# Turns the Linux one-folder bundle into a .deb for Debian-based systems
# (统信 UOS 20, 银河麒麟 V10, Debian 10+, Ubuntu 20.04+):
#   sh packaging/build_deb.sh            -> build/perfeval-gui_<version>_<arch>.deb
# Builds the bundle first (packaging/linux/build_bundle.sh: glibc 2.28) when
# build/dist/perfeval-gui is missing. Fails when any file of the bundle needs a glibc newer
# than $MAX_GLIBC (default 2.28, 统信 UOS 20's).
set -eu
cd "$(dirname "$0")/.."
MAX_GLIBC=${MAX_GLIBC:-2.28}
PY=python3
NAME=$("$PY" -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['name'])")
VERSION=$("$PY" -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
ARCH=$(dpkg --print-architecture)
DIST=build/dist/$NAME
[ -x "$DIST/$NAME" ] || sh packaging/linux/build_bundle.sh >&2
if ! command -v objdump >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils >/dev/null
fi

# the newest glibc (and libstdc++) symbol any bundled binary needs: the oldest system it starts on
ELF=$(find "$DIST" -type f \( -name '*.so*' -o -perm -u+x \) -exec sh -c \
      'for f; do head -c 4 "$f" | grep -q ELF && echo "$f"; done' sh {} +)
needs() {
    echo "$ELF" | xargs objdump -T 2>/dev/null | grep -o "$1_[0-9.]*" | sed "s/$1_//" | sort -uV | tail -1
}
GLIBC=$(needs GLIBC)
GLIBCXX=$(needs GLIBCXX)
CXXABI=$(needs CXXABI)
if [ "$(printf '%s\n%s\n' "$GLIBC" "$MAX_GLIBC" | sort -V | tail -1)" != "$MAX_GLIBC" ]; then
    echo "the bundle needs glibc $GLIBC, newer than $MAX_GLIBC; the files that do:" >&2
    echo "$ELF" | while read -r f; do
        objdump -T "$f" 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1 \
            | while read -r v; do
                [ "$(printf '%s\n%s\n' "$v" "$MAX_GLIBC" | sort -V | tail -1)" = "$MAX_GLIBC" ] || echo "  $f: $v" >&2
            done
    done
    exit 1
fi
[ -f "$DIST/LICENSES.txt" ] || { echo "$DIST/LICENSES.txt is missing (packaging/linux/make_copyright.py)" >&2; exit 1; }
ls "$DIST"/_internal/resources/fonts/*.tt[cf] > /dev/null \
    || { echo "the bundle has no fonts (packaging/collect_fonts.py before the build)" >&2; exit 1; }

ROOT=build/deb/${NAME}_${VERSION}_${ARCH}
rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
         "$ROOT/usr/share/icons/hicolor/256x256/apps" "$ROOT/usr/share/icons/hicolor/48x48/apps" \
         "$ROOT/usr/share/doc/$NAME"
cp -a "$DIST" "$ROOT/opt/$NAME"
install -m 0755 packaging/linux/launcher.sh "$ROOT/usr/bin/$NAME"
install -m 0644 packaging/linux/perfeval-gui.desktop "$ROOT/usr/share/applications/$NAME.desktop"
install -m 0644 resources/icons/perfeval-gui-256.png "$ROOT/usr/share/icons/hicolor/256x256/apps/$NAME.png"
install -m 0644 resources/icons/perfeval-gui-48.png "$ROOT/usr/share/icons/hicolor/48x48/apps/$NAME.png"
install -m 0644 "$DIST/LICENSES.txt" "$ROOT/usr/share/doc/$NAME/copyright"
SIZE=$(du -sk "$ROOT" | cut -f1)
# Depends: only libraries a stock 统信 UOS 20 / 银河麒麟 V10 desktop has installed (their Qt 5
# desktops use the same X11/xcb, GL, fontconfig, glib, dbus and cups libraries), so that
# `apt install ./….deb` needs no download. Fonts and the xcb-util libraries Qt 6 adds travel
# in the bundle. libgcc1 is Debian 10's (UOS 20) name of libgcc-s1.
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: $NAME
Version: $VERSION
Section: office
Priority: optional
Architecture: $ARCH
Installed-Size: $SIZE
Maintainer: perfeval-gui <perfeval-gui@localhost>
Depends: libc6 (>= $GLIBC), libstdc++6 (>= 7), libgcc-s1 | libgcc1, zlib1g, libglib2.0-0, libdbus-1-3, libfontconfig1, libfreetype6, libexpat1, libegl1, libgl1, libx11-6, libx11-xcb1, libxcb1, libxcb-glx0, libxcb-randr0, libxcb-render0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-xinerama0, libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0
Recommends: libcups2
Description: 项目支出绩效自评 — project-expenditure performance self-evaluation
 Fill in the 项目支出绩效自评表 as on paper, scored live by the finance ministry's
 rules, checked for the errors real reports contain, saved continuously, and exported
 to Word and PDF ready to print, sign and stamp. Works offline; Chinese fonts included.
CONTROL
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "build/${NAME}_${VERSION}_${ARCH}.deb" >/dev/null
echo "build/${NAME}_${VERSION}_${ARCH}.deb"
echo "bundle: $(du -sh "$DIST" | cut -f1); package: $(du -h "build/${NAME}_${VERSION}_${ARCH}.deb" | cut -f1); needs glibc >= $GLIBC (at most $MAX_GLIBC), libstdc++ GLIBCXX_$GLIBCXX CXXABI_$CXXABI"
