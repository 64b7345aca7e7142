#!/bin/sh
# Developer entry point, the README's quick start:
#   sh packaging/dev.sh app    install what is needed, then start the window on the default store
#   sh packaging/dev.sh test   install what is needed, then run the whole test suite (CI runs this)
#   sh packaging/dev.sh setup  only install what is needed
# Installs Debian packages (Qt's system libraries, CJK TrueType fonts, poppler, Xvfb) with apt-get
# and the Python packages into .venv with pip. Safe to re-run: each step is skipped when done.
set -eu
cd "$(dirname "$0")/.."
what="${1:-app}"
[ $# -gt 0 ] && shift

DEBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 \
fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei poppler-utils xvfb xauth"

missing=""
for deb in $DEBS; do
    dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "ok installed" || missing="$missing $deb"
done
if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing Debian packages:$missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    if ! "$PY" -m venv .venv 2>/dev/null; then
        rm -rf .venv
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get install -y -qq python3-venv >/dev/null
        "$PY" -m venv .venv
    fi
fi
stamp=.venv/.installed-$(cat pyproject.toml packaging/constraints.txt | cksum | cut -d' ' -f1)
if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -c packaging/constraints.txt -e '.[test]'
    touch "$stamp"
fi

# the compiled translations are in the repository (packaging/build_translations.py after a .ts edit)

case "$what" in
    app)
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            echo "No display: starting on a virtual screen (xvfb-run)." >&2
            exec xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/perfeval-gui "$@"
        fi
        exec .venv/bin/perfeval-gui "$@"
        ;;
    setup)
        ;;
    test)
        .venv/bin/ruff check perfeval_gui tests benchmarks docs packaging
        QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "$@"
        ;;
    *)
        echo "usage: sh packaging/dev.sh app|test|setup" >&2
        exit 2
        ;;
esac
