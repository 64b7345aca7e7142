"""The Chinese catalogue is complete, its placeholders intact, and it is what the app shows."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[2] / "i18n" / "perfeval_gui_zh_CN.ts"


def messages():
    for message in ET.parse(TS).iter("message"):
        yield message.find("source").text, message.find("translation")


def test_every_entry_is_finished():
    unfinished = [src for src, tr in messages()
                  if tr.get("type") in ("unfinished", "obsolete", "vanished")
                  or not ("".join(tr.itertext()).strip())]
    assert unfinished == []


def test_placeholders_are_the_same_in_source_and_translation():
    for source, translation in messages():
        text = "".join(translation.itertext())
        pattern = r"%n|%\d|\{\w+\}"
        assert sorted(re.findall(pattern, source)) == sorted(re.findall(pattern, text)), source


def test_the_window_speaks_chinese_by_default(qtbot, qapp, tmp_path):
    from perfeval_gui.ui.app import open_store
    from perfeval_gui.ui.main_window import MainWindow
    from perfeval_gui.ui.translations import install_translators

    installed = install_translators(qapp)
    if not installed:
        pytest.fail("no catalogue loaded: run packaging/build_translations.py")
    try:
        store = open_store(str(tmp_path / "t.sqlite"))
        window = MainWindow(store)
        qtbot.addWidget(window)
        assert window.windowTitle() == "项目支出绩效自评"
        assert window.list_page.model.headerData(0, Qt_horizontal()) == "年度"
        store.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def Qt_horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
