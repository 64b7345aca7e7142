"""Chinese by default, English on request: catalogues complete and current, placeholders
intact, no untranslated string on screen, and the printed report Chinese either way."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.base.translations import install_translators
from perfeval_gui.ui.shell.main_window import MainWindow

I18N = Path(__file__).resolve().parents[2] / "i18n"
UI = Path(__file__).resolve().parents[2] / "perfeval_gui" / "ui"


def messages(ts: Path):
    for message in ET.parse(ts).iter("message"):
        yield message.find("source").text, message.find("translation")


@pytest.mark.parametrize("name", ["perfeval_gui_zh_CN.ts", "perfeval_gui_en.ts"])
def test_every_entry_is_finished(name):
    unfinished = [src for src, tr in messages(I18N / name)
                  if tr.get("type") in ("unfinished", "obsolete", "vanished")
                  or not "".join(tr.itertext()).strip()]
    assert unfinished == []


@pytest.mark.parametrize("name", ["perfeval_gui_zh_CN.ts", "perfeval_gui_en.ts"])
def test_placeholders_are_the_same_in_source_and_translation(name):
    pattern = r"%n|%\d|\{\w+\}"
    for source, translation in messages(I18N / name):
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for text in forms:
            assert sorted(re.findall(pattern, source)) == sorted(re.findall(pattern, text)), source


def test_the_catalogue_holds_every_string_of_the_code(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-silent", *map(str, sorted(UI.rglob("*.py"))), "-ts", str(fresh)],
                   check=True, capture_output=True)
    in_code = {src for src, _ in messages(fresh)}
    in_catalogue = {src for src, _ in messages(I18N / "perfeval_gui_zh_CN.ts")}
    assert in_code - in_catalogue == set(), "run pyside6-lupdate and translate the new strings"
    assert in_catalogue - in_code == set(), "remove vanished strings (pyside6-lupdate -no-obsolete)"


def visible_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount())]
    for action in window.menuBar().actions():
        texts.append(action.text())
        if action.menu():
            texts += [a.text() for a in action.menu().actions()]
    return [t for t in texts if t]


def english_sources() -> set[str]:
    """Source strings whose Chinese differs from them: on screen, they mean a missed tr()."""
    return {src for src, tr in messages(I18N / "perfeval_gui_zh_CN.ts")
            if "".join(tr.itertext()).strip() != src and re.search("[A-Za-z]{3}", src)}


@pytest.fixture
def seeded_store(tmp_path, seed_report):
    store = ReportStore(tmp_path / "t.sqlite")
    store.create(seed_report, is_demo=True)
    yield store
    store.close()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_untranslated_string_on_screen(qtbot, qapp, seeded_store, language):
    installed = install_translators(qapp, language)
    try:
        window = MainWindow(seeded_store)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        shown = visible_texts(window)
        window.open_report(seeded_store.list()[0].id)
        for index in range(window.editor.tabs.count()):
            window.editor.tabs.setCurrentIndex(index)
            shown += visible_texts(window)
        window.close_report()
        assert len(shown) > 80  # the walk really reads the window
        sources = english_sources()
        if language == "zh_CN":
            leaked = sorted({t for t in shown if t.replace("&", "") in sources or t in sources})
            assert leaked == []
            assert window.windowTitle() == "项目支出绩效自评"
        else:
            assert "Project Expenditure Performance Self-Evaluation" in window.windowTitle()
            assert not [t for t in shown if re.search("[\u4e00-\u9fff]", t)
                        and t in {tr.text for _, tr in messages(I18N / "perfeval_gui_zh_CN.ts")}]
            assert window.tr("%n report(s)", "", 1) == "1 report"
            assert window.tr("%n report(s)", "", 3) == "3 reports"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_exports_stay_chinese_in_the_english_window(qapp, tmp_path, seed_report, national):
    from pypdf import PdfReader

    from perfeval_gui.export.writer import export_report

    installed = install_translators(qapp, "en")
    try:
        pdf = tmp_path / "en.pdf"
        export_report(seed_report, national, pdf=pdf)
        text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert "项目支出绩效自评表" in text and "一、项目概况" in text
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_qt_own_buttons_read_chinese(qapp):
    installed = install_translators(qapp, "zh_CN")
    try:
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
