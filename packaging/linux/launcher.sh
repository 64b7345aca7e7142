#!/bin/sh
# /usr/bin/perfeval-gui: starts the bundled app in /opt/perfeval-gui.
#
# Chinese input: Qt finds an input method only through a platform input-context plugin that
# matches its own version. The bundle carries Qt's own ibus plugin (and compose). fcitx5 — the
# input method of 统信 UOS and 银河麒麟 — serves such applications through its ibus frontend,
# so a session that asks Qt for "fcitx" is pointed at "ibus" unless a fcitx plugin is bundled.
APP_DIR=/opt/perfeval-gui
PLUGINS="$APP_DIR/_internal/PySide6/Qt/plugins/platforminputcontexts"
case "${QT_IM_MODULE:-}" in
    fcitx|fcitx5)
        [ -e "$PLUGINS/libfcitx5platforminputcontextplugin.so" ] || export QT_IM_MODULE=ibus ;;
    "")
        case "${XMODIFIERS:-}${GTK_IM_MODULE:-}" in
            *fcitx*|*ibus*) export QT_IM_MODULE=ibus ;;
        esac ;;
esac
exec "$APP_DIR/perfeval-gui" "$@"
