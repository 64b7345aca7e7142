#!/bin/sh
# Builds the Linux one-folder bundle build/dist/perfeval-gui for old desktops: 统信 UOS 20
# (glibc 2.28) and 银河麒麟 V10 (glibc 2.31). Needs root, debootstrap and Debian's registry.
#
#   sh packaging/linux/build_bundle.sh
#
# A binary runs only on a glibc at least as new as the newest symbol version it references,
# so nothing in the bundle may come from this (newer) machine:
#   - a Debian bullseye root (glibc 2.31, the oldest Debian still served) made by debootstrap;
#   - in it, CPython 3.11 (with Debian's security patches) and SQLite built from Debian's
#     source packages, with
#     packaging/linux/glibc-2.28.h binding libm's exp/log/pow to their pre-2.29 versions and
#     sem_clockwait (2.30) left out;
#   - pip limited to manylinux wheels up to glibc 2.28 (a _manylinux module, PEP 600), and
#     PySide6 pinned to 6.9, the last Qt for Python built for glibc 2.28;
#   - the system libraries every desktop has left out of the bundle by the spec.
# packaging/build_deb.sh then fails when any file still needs a newer glibc.
# The root is kept under $PERFEVAL_GUI_CACHE (default /var/cache/perfeval-gui), keyed by what
# goes into it: built once (~4 minutes on two cores), reused after.
set -eu
cd "$(dirname "$0")/../.."
QT_FOR_GLIBC_2_28=6.9.3
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
CACHE=${PERFEVAL_GUI_CACHE:-/var/cache/perfeval-gui}
PACKAGES=gcc,make,pkg-config,libc6-dev,binutils,zlib1g-dev,libffi-dev,libssl-dev,libsqlite3-dev,\
libbz2-dev,liblzma-dev,uuid-dev,xz-utils,ca-certificates,tcl,patch,libegl1,libgl1,libfontconfig1,\
libfreetype6,libxkbcommon0,libxkbcommon-x11-0,libdbus-1-3,libglib2.0-0,libcups2,libxcb-cursor0,\
libxcb-icccm4,libxcb-image0,libxcb-keysyms1,libxcb-randr0,libxcb-render-util0,libxcb-shape0,\
libxcb-xinerama0,libxcb-xkb1,libx11-xcb1
# the root is rebuilt when what goes into it changes: its packages, the header, this recipe
# (raise ROOT_RECIPE when changing the steps below that make it)
ROOT_RECIPE=4
KEY=$(printf '%s\n' "$ROOT_RECIPE" "$PACKAGES" | cat - packaging/linux/glibc-2.28.h | cksum | cut -d' ' -f1)
ROOT=$CACHE/build-bullseye-$KEY

in_root() {
    # a private mount namespace: /proc is unmounted with it, whatever happens
    unshare --mount sh -c 'mount -t proc proc "$0/proc" && exec chroot "$0" "$@"' "$ROOT" \
        env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root LANG=C.UTF-8 \
        PIP_CERT=/opt/host-ca-certificates.crt PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore "$@"
}

if ! command -v debootstrap >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

if [ ! -f "$ROOT/.ready" ]; then
    echo "building the bullseye root and its Python (once): $ROOT"
    rm -rf "$ROOT" "$ROOT.tmp" "$CACHE"/build-bullseye-*  # older recipes' roots: 2 GB each
    mkdir -p "$CACHE"
    # a second try when the registry drops a download
    debootstrap --variant=minbase --include="$PACKAGES" bullseye "$ROOT.tmp" "$MIRROR" > "$CACHE/debootstrap.log" 2>&1 \
        || { rm -rf "$ROOT.tmp"; sleep 10; debootstrap --variant=minbase --include="$PACKAGES" bullseye "$ROOT.tmp" \
             "$MIRROR" > "$CACHE/debootstrap.log" 2>&1; } || { tail -20 "$CACHE/debootstrap.log"; exit 1; }
    mv "$ROOT.tmp" "$ROOT"
    cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
    cp packaging/linux/glibc-2.28.h "$ROOT/opt/glibc-2.28.h"
    # the sources of CPython 3.11 and SQLite: Debian's packages of them (bookworm)
    echo "deb-src $MIRROR bookworm main" > "$ROOT/etc/apt/sources.list.d/bookworm-src.list"
    in_root sh -euc '
        apt-get update -qq
        mkdir -p /opt/src && cd /opt/src
        apt-get source --download-only -qq python3.11 sqlite3 2>/dev/null
        PIN="-include /opt/glibc-2.28.h"
        # SQLite: bullseye'"'"'s library uses log@GLIBC_2.29. Built as Debian builds it (its
        # options; its upstream fix-up patches), into /opt/python/lib where CPython finds it.
        mkdir sqlite && tar xJf sqlite3_*.orig.tar.xz -C sqlite --strip-components=1
        cd sqlite && tar xJf ../sqlite3_*.debian.tar.xz
        for fix in $(grep -E "^(4[0-9]-|000[0-9]-)" debian/patches/series | grep -v amalgamation); do
            patch -s -p1 < "debian/patches/$fix"
        done
        ./configure -q --prefix=/opt/python --disable-tcl --disable-static --enable-threadsafe \
            --enable-load-extension --enable-fts4 --enable-fts5 CFLAGS="-O2 $PIN -DSQLITE_SECURE_DELETE \
            -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_FTS3_PARENTHESIS \
            -DSQLITE_ENABLE_RTREE=1 -DSQLITE_SOUNDEX=1 -DSQLITE_ENABLE_UNLOCK_NOTIFY \
            -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_ENABLE_JSON1 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS \
            -DSQLITE_THREADSAFE=1 -DSQLITE_USE_URI=1 -DSQLITE_MAX_VARIABLE_NUMBER=250000" \
            > /opt/src/sqlite-configure.log 2>&1
        nice make -s -j2 libsqlite3.la > /opt/src/sqlite-make.log 2>&1
        make -s lib_install > /opt/src/sqlite-install.log 2>&1
        mkdir -p /opt/python/include /opt/python/share/doc/sqlite3
        install -m 0644 sqlite3.h src/sqlite3ext.h /opt/python/include/
        install -m 0644 debian/copyright /opt/python/share/doc/sqlite3/copyright
        cd /opt/src
        # CPython: the upstream tarball of Debian'"'"'s package with its security fixes (the
        # CVE and upstream-backport patches of its series, not its Debian layout); a fix that
        # no longer applies alone is left out and named
        mkdir python && tar xzf python3.11_*.orig.tar.gz -C python --strip-components=1
        cd python && tar xJf ../python3.11_*.debian.tar.xz
        for fix in $(grep -E "CVE|^000[0-9]-3\.11-" debian/patches/series); do
            if patch -s -p1 --forward --dry-run < "debian/patches/$fix" > /dev/null 2>&1; then
                patch -s -p1 --forward < "debian/patches/$fix"
            else
                echo "CPython: security patch $fix does not apply to the upstream tarball: left out"
            fi
        done
        # a fix may give pyexpat (a shared module here, built in by Debian) an internal header:
        # it then needs what 3.12 says at its top
        if grep -q "pycore_" Modules/pyexpat.c; then
            sed -i "1i #ifndef Py_BUILD_CORE_BUILTIN\n#  define Py_BUILD_CORE_MODULE 1\n#endif" Modules/pyexpat.c
        fi
        ./configure -q --prefix=/opt/python --enable-shared --without-ensurepip \
            ac_cv_func_sem_clockwait=no CFLAGS="$PIN" CPPFLAGS="-I/opt/python/include" \
            LDFLAGS="-L/opt/python/lib -Wl,-rpath,/opt/python/lib" > /opt/src/configure.log 2>&1
        nice make -s -j2 > /opt/src/make.log 2>&1
        make -s install > /opt/src/install.log 2>&1
        /opt/python/bin/python3 -m ensurepip > /dev/null
        /opt/python/bin/python3 -c "import ssl, sqlite3, ctypes, lzma, bz2, zlib, pyexpat, decimal, uuid"
        ldd /opt/python/lib/python3*/lib-dynload/_sqlite3*.so | grep -q "/opt/python/lib/libsqlite3"
        rm -rf /opt/src/python /opt/src/sqlite'
    touch "$ROOT/.ready"
fi

# this machine's certificate authorities (a network may reach the package index through its own)
cp -L "${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}" "$ROOT/opt/host-ca-certificates.crt"

# the project's constraints, with the Qt for Python made for glibc 2.28
sed -e "s/^PySide6-Essentials==.*/PySide6-Essentials==$QT_FOR_GLIBC_2_28/" \
    -e "s/^shiboken6==.*/shiboken6==$QT_FOR_GLIBC_2_28/" packaging/constraints.txt > "$ROOT/opt/constraints.txt"
grep -q "^PySide6-Essentials==$QT_FOR_GLIBC_2_28" "$ROOT/opt/constraints.txt"

# the sources (not the checkout's .venv or build/), with the bundled fonts
rm -rf "$ROOT/project"
mkdir -p "$ROOT/project"
tar cf - --exclude=__pycache__ --exclude=resources/fonts pyproject.toml setup.py MANIFEST.in README.md \
    perfeval_gui resources i18n packaging | tar xf - -C "$ROOT/project"
python3 packaging/collect_fonts.py "$ROOT/project/resources/fonts" > /dev/null

in_root sh -euc '
    if [ ! -x /opt/venv/bin/python ]; then
        /opt/python/bin/python3 -m venv /opt/venv
        # PEP 600: pip takes no wheel that needs a glibc newer than 2.28
        printf "def manylinux_compatible(major, minor, arch):\n    return (major, minor) <= (2, 28)\n" \
            > "$(/opt/venv/bin/python -c "import sysconfig;print(sysconfig.get_path(\"purelib\"))")/_manylinux.py"
    fi
    cd /project
    /opt/venv/bin/python -m pip install -q -c /opt/constraints.txt --only-binary=:all: . pyinstaller
    /opt/venv/bin/python -m PyInstaller packaging/perfeval-gui.spec --distpath /project/build/dist \
        --workpath /project/build/work --noconfirm --log-level WARN'
rm -rf build/dist/perfeval-gui
mkdir -p build/dist
cp -a "$ROOT/project/build/dist/perfeval-gui" build/dist/
# every component's licence, for the .deb's copyright file (needs the root's package lists)
python3 packaging/linux/make_copyright.py build/dist/perfeval-gui "$ROOT"
echo "bundle built in Debian bullseye with PySide6 $QT_FOR_GLIBC_2_28: build/dist/perfeval-gui"
