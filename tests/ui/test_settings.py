"""设置: kept between sessions, used by new reports and exports, and a broken file never
stops the app."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QLabel, QTableWidget

from perfeval_gui import app_paths
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.base.settings import AppSettings
from perfeval_gui.ui.shell.main_window import MainWindow


def test_settings_are_kept_between_sessions(tmp_path):
    path = tmp_path / "settings.ini"
    first = AppSettings(path)
    assert first.get("language") == "zh_CN" and first.get("page_numbers") == "dash"
    first.set("language", "en")
    first.set("cover/unit", "某县教育局")
    second = AppSettings(path)
    assert second.get("language") == "en"
    assert second.cover_defaults()["unit"] == "某县教育局"


def test_a_value_already_kept_is_not_written_again_and_changes_are_written_at_once(tmp_path):
    """A window closed as it was opened leaves the file as it was (no write at each exit);
    what changed is on disk before set_all returns."""
    path = tmp_path / "settings.ini"
    settings = AppSettings(path)
    settings.set_all({"window/geometry": "AAA=", "window/maximized": "yes"})
    kept = path.read_bytes()
    os.utime(path, ns=(10**9, 10**9))  # long ago: any write now would change the time
    settings.set_all({"window/geometry": "AAA=", "window/maximized": "yes"})
    assert (path.stat().st_mtime_ns, path.read_bytes()) == (10**9, kept)
    settings.set_all({"window/geometry": "BBB=", "window/maximized": "yes"})
    assert AppSettings(path).get("window/geometry") == "BBB="


@pytest.mark.parametrize("junk", [b"\x00\x01\x02\xff\xfe garbage", b"[General\nlanguage="])
def test_a_broken_settings_file_falls_back_to_defaults_with_a_message(tmp_path, junk):
    path = tmp_path / "settings.ini"
    path.write_bytes(junk)
    settings = AppSettings(path)
    assert settings.get("language") == "zh_CN"
    if settings.problem:  # set aside, never deleted
        assert list(tmp_path.glob("settings.ini.unreadable-*"))


def test_values_that_make_no_sense_read_as_the_default(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[General]\nlanguage=klingon\npage_numbers=roman\n", encoding="utf-8")
    settings = AppSettings(path)
    assert settings.get("language") == "zh_CN" and settings.get("page_numbers") == "dash"


def test_a_new_report_takes_the_units_cover_data(qtbot, tmp_path):
    settings = AppSettings(tmp_path / "s.ini")
    settings.set("cover/unit", "子洲县教育局")
    settings.set("cover/credit_code", "11610831773827085D")
    settings.set("cover/phone", "0912-3456789")
    settings.set("default_profile", "budget-system")
    store = ReportStore(tmp_path / "r.sqlite")
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    window.new_report()
    report = window.doc.report
    assert report.project.unit == "子洲县教育局"
    assert report.project.credit_code == "11610831773827085D"
    assert report.evaluation.phone == "0912-3456789"
    assert report.profile == "budget-system"
    window.close_report()
    store.close()


def test_exports_follow_the_page_number_setting(qtbot, tmp_path, seed_report):
    settings = AppSettings(tmp_path / "s.ini")
    settings.set("page_numbers", "of")
    store = ReportStore(tmp_path / "r.sqlite")
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    assert window.exports.options() == {"font": None, "page_numbers": "of"}
    store.close()


def test_portable_mode_keeps_data_beside_the_program(monkeypatch, tmp_path):
    monkeypatch.delenv("PERFEVAL_GUI_HOME", raising=False)
    monkeypatch.setattr(app_paths, "executable_dir", lambda: tmp_path)
    assert not app_paths.is_portable()
    (tmp_path / app_paths.PORTABLE_FLAG).write_text("")
    assert app_paths.is_portable()
    assert app_paths.data_dir() == tmp_path / "data"
    assert app_paths.default_db_path() == tmp_path / "data" / "reports.sqlite"


def test_about_names_version_licences_and_data_folder(qtbot, tmp_path):
    from perfeval_gui import __version__
    from perfeval_gui.ui.shell.about_dialog import AboutDialog

    dialog = AboutDialog(str(tmp_path / "r.sqlite"))
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in labels and str(tmp_path) in labels
    table = dialog.findChild(QTableWidget)
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "reportlab" in names and "PySide6-Essentials" in names
    assert all(table.item(r, 2).text() for r in range(table.rowCount()))
