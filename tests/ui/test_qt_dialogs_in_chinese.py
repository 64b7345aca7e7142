"""Qt's own dialogs speak Chinese in the Chinese window ("查找范围", not "Look in:"); the About
and store-failure titles are translated; no column header is cut off, in either language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
)

from perfeval_gui.core.messages import UserError
from perfeval_gui.ui.base.headers import word_width
from perfeval_gui.ui.base.settings import AppSettings
from perfeval_gui.ui.base.translations import install_translators
from perfeval_gui.ui.shell.about_dialog import BUNDLED, AboutDialog
from perfeval_gui.ui.shell.app import open_store
from perfeval_gui.ui.shell.main_window import MainWindow
from perfeval_gui.ui.shell.rescue_dialog import RescueDialog

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def language(qapp):
    installed: list = []

    def use(name: str) -> None:
        installed.extend(install_translators(qapp, name))

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "zh_CN")  # the default locale again, with no translator left
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)


def english_in(widget, allowed: tuple[str, ...] = ()) -> list[str]:
    found = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        text = re.sub(r"<[^>]+>|[A-Za-z]?:?[/\\][^<\s]*", " ", child.text())  # markup and paths
        for word in ENGLISH_WORD.findall(text):
            if not any(word in a for a in allowed):
                found.append(text)
    return found


def test_the_file_dialog_of_qt_speaks_chinese(qtbot, language, tmp_path):
    language("zh_CN")
    dialog = QFileDialog(None, "导入报告", str(tmp_path), "报告 (*.json)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert english_in(dialog) == []


def test_the_calendar_names_its_months_in_chinese(qtbot, language):
    language("zh_CN")
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.locale().monthName(3) == "三月"


def test_about_and_cannot_open_the_store_are_chinese(qtbot, language, tmp_path):
    language("zh_CN")
    about = AboutDialog(str(tmp_path / "reports.sqlite"))
    qtbot.addWidget(about)
    assert about.windowTitle() == "关于"
    assert english_in(about, allowed=("perfeval-gui", *(n for n, _ in BUNDLED))) == []
    rescue = RescueDialog(tmp_path, UserError(str(tmp_path), "file.is_directory"), AppSettings())
    qtbot.addWidget(rescue)
    assert rescue.windowTitle() == "无法打开数据文件"
    assert english_in(rescue) == []


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_column_header_is_cut_off(qtbot, language, tmp_path, lang):
    language(lang)
    store = open_store(str(tmp_path / "h.sqlite"))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_demo()
    cut = []
    for tab in range(window.editor.tabs.count()):
        window.editor.tabs.setCurrentIndex(tab)
        for view in window.editor.findChildren(QTableView):
            if not view.isVisible():
                continue
            header: QHeaderView = view.horizontalHeader()
            for column in range(view.model().columnCount()):
                text = str(view.model().headerData(column, Qt.Orientation.Horizontal))
                lines = header.fontMetrics().boundingRect(
                    0, 0, header.sectionSize(column) - 8, 1000, int(Qt.TextFlag.TextWordWrap), text)
                if header.sectionSize(column) < word_width(header, text) or lines.height() > header.height():
                    cut.append((view.objectName(), text, header.sectionSize(column), header.height()))
    window.close_report()
    store.close()
    assert cut == []
