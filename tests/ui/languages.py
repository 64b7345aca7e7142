"""A window language for the length of a test, and the check that none outlives its test.

Qt keeps an installed translator for the whole process: one a test leaves installed translates
every later test's window (and a removed one that stays alive as the application's child is
found again by ``findChildren``), so a test's result depended on the tests before it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from perfeval_gui.ui.base import translations


def installed_language() -> str:
    """What the installed catalogues make of two of our texts: '' where none is installed."""
    if QCoreApplication.instance() is None:
        return ""
    language = QCoreApplication.translate("Language", "en")
    plural = QCoreApplication.translate("ScorePanel", "pending: %n row(s)", "", 2)
    return "" if (language, plural) == ("en", "pending: 2 row(s)") else f"{language} / {plural}"


def remove(app: QCoreApplication, installed: list[QTranslator]) -> None:
    """Uninstall and free *installed* (a removed translator left as the application's child
    would be found, and installed again, by a later test's ``findChildren``)."""
    for translator in installed:
        app.removeTranslator(translator)
        translator.setParent(None)  # Python's now: freed with the last reference
    installed.clear()


@contextmanager
def window_language(app: QCoreApplication, language: str) -> Iterator[list[QTranslator]]:
    """install_translators(app, language) until the block ends; then the translators are
    removed and freed, and the locale and the core messages' language put back."""
    locale, messages = QLocale(), translations.message_language()
    installed = translations.install_translators(app, language)
    try:
        yield installed
    finally:
        remove(app, installed)
        QLocale.setDefault(locale)
        translations._message_language = messages
