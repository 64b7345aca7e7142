"""Two translators at run time: Qt's own (确定 / 取消) and the app's catalogue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resources import resource_path

DEFAULT_LANGUAGE = "zh_CN"  # Chinese whatever the system locale: the users' working language


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Load qtbase_<lang> and then perfeval_gui_<lang>; returns them so they stay alive."""
    installed: list[QTranslator] = []
    if language.startswith("en"):
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("perfeval_gui", str(resource_path("i18n")))):
        translator = QTranslator(app)
        if translator.load(QLocale(language), name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
