"""Two translators at run time: Qt's own (确定 / 取消) and the app's catalogue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...resources import resource_path

DEFAULT_LANGUAGE = "zh_CN"  # Chinese whatever the system locale: the users' working language
_message_language = "zh"


def message_language() -> str:
    """The language of the core's messages (findings) in the window: 'zh' or 'en'."""
    return _message_language


def window_language() -> str:
    """The language the window's own texts are shown in: 'zh' while the Chinese catalogue is
    installed, else 'en' (the sources) — asked of the installed catalogue itself, which says
    which language it is. Texts kept as zh/en data in the core (the forms' column headers)
    follow it, so they never differ from the tr() texts beside them."""
    return "zh" if QCoreApplication.translate("Language", "en") == "zh" else "en"


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Load qtbase_<lang>, our supplement to it and perfeval_gui_<lang>; returns them so they
    stay alive. The locale follows the language (the calendar's month names, the file
    dialog's dates)."""
    global _message_language
    _message_language = "en" if language.startswith("en") else "zh"
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(resource_path("i18n"))
    catalogues = [("perfeval_gui", ours)]  # English: its plural forms
    if not language.startswith("en"):
        # 确定 / 取消 on Qt's own buttons; then what Qt's catalogue leaves in English ("Look in:")
        catalogues[:0] = [("qtbase", qt_dir), ("qtbase_extra", ours)]
    QLocale.setDefault(QLocale(language))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(QLocale(language), name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
