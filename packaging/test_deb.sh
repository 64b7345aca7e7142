#!/bin/sh
# Builds the .deb (for glibc 2.28: packaging/build_deb.sh fails above), installs it here and
# uses the installed app as a user would: the command line exports the seed to PDF, and the
# window starts under Xvfb with the ibus input-context plugin loaded. Removes the package again.
# Then the same .deb on an old desktop without network or Chinese fonts (Debian bullseye):
# packaging/linux/test_on_bullseye.sh.
set -eu
cd "$(dirname "$0")/.."
OUT=$(mktemp -d)
sh packaging/build_deb.sh > "$OUT/build.log"
DEB=$(head -1 "$OUT/build.log")
cat "$OUT/build.log"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$DEB" >/dev/null
trap 'dpkg -r perfeval-gui >/dev/null 2>&1 || true; rm -rf "$OUT"' EXIT

test -f /usr/share/applications/perfeval-gui.desktop
SEED=resources/demo/seed-2023.json
HOME_DIR="$OUT/home"
PERFEVAL_GUI_HOME="$HOME_DIR" perfeval-gui export "$SEED" --pdf "$OUT/seed.pdf" --docx "$OUT/seed.docx"
pdffonts "$OUT/seed.pdf" | grep -q " yes yes yes"
pdftotext "$OUT/seed.pdf" - | grep -q "项目支出绩效自评表"
echo "installed app exported the seed: $(pdfinfo "$OUT/seed.pdf" | grep Pages)"

# the window, with Chinese input through the bundled ibus plugin
PERFEVAL_GUI_HOME="$HOME_DIR" PERFEVAL_GUI_EXIT_WHEN_READY=1 QT_IM_MODULE=fcitx QT_DEBUG_PLUGINS=1 \
    xvfb-run -a perfeval-gui > "$OUT/gui.log" 2>&1
grep -q 'platforminputcontexts/libibusplatforminputcontextplugin.so" loaded library' "$OUT/gui.log" \
    || { echo "the ibus input-context plugin was not loaded"; tail -40 "$OUT/gui.log"; exit 1; }
test -f "$HOME_DIR/reports.sqlite"
echo "installed app started under Xvfb; input-context plugin: ibus (from QT_IM_MODULE=fcitx)"

dpkg -r perfeval-gui >/dev/null
sh packaging/linux/test_on_bullseye.sh "$DEB"
