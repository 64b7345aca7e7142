"""The window holds to the limits of a file: what a user types, adds, imports or exports can
always be saved, scored and exported again — and a refusal is a message naming the field."""

from __future__ import annotations

import json
import os
import stat

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from perfeval_gui.core.profiles import ProfileLibrary, builtin_profile_dir
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.base.settings import AppSettings
from perfeval_gui.ui.shell.main_window import MainWindow
from perfeval_gui.ui.shell.settings_dialog import SettingsDialog


def test_a_project_name_past_200_characters_is_marked_and_not_taken(typist, window):
    field = window.editor.findChild(object, "project.name")
    field.selectAll()
    typist(field, "a" * 200)
    assert window.doc.report.project.name == "a" * 200 and field.problem is None
    typist(field, "b")
    assert window.doc.report.project.name == "a" * 200
    assert "200" in field.problem and "project.name" in field.problem


def test_a_narrative_past_20000_characters_is_marked(window):
    from perfeval_gui.ui.editor.bound_widgets import BoundTextEdit

    editor = window.editor
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.narrative))  # the user opens 报告正文
    field = editor.findChild(BoundTextEdit, "sections.analysis")
    field.setPlainText("析" * 20_000)
    assert window.doc.report.sections.analysis == "析" * 20_000
    field.setPlainText("析" * 20_001)
    assert window.doc.report.sections.analysis == "析" * 20_000 and "20000" in field.problem


def test_the_51st_team_member_is_refused_with_a_message(window):
    team = window.editor.team.members
    window.doc.report.team = window.doc.report.team[:1] * 50
    team.model.beginResetModel()
    team.model.endResetModel()
    team.add_button.click()
    assert len(window.doc.report.team) == 50
    assert "50" in team.status.text()


def test_importing_a_hostile_file_names_the_field_and_adds_nothing(monkeypatch, window, seed_doc,
                                                                    tmp_path, no_modal_dialogs):
    doc = {**seed_doc, "project": {**seed_doc["project"], "name": "项" * 240}}
    path = tmp_path / "long.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    before = window.store.count()
    window.import_json()
    assert window.store.count() == before
    assert any("project.name" in m and "200" in m for m in no_modal_dialogs)


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_exporting_over_a_read_only_file_is_refused_with_a_message(monkeypatch, qtbot, tmp_path, window):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    target = tmp_path / "handed-in.pdf"
    target.write_bytes(b"the copy that was handed in")
    target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    window.export_pdf_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "只读" in shown[0] and str(target) in shown[0]
    assert target.read_bytes() == b"the copy that was handed in"


def test_settings_list_a_refused_profile_with_its_reason(qtbot, tmp_path):
    user = tmp_path / "profiles"
    user.mkdir()
    national = (builtin_profile_dir() / "national-2020.toml").read_text(encoding="utf-8")
    (user / "nan.toml").write_text(
        national.replace('id = "national-2020"', 'id = "my-county"').replace(
            "weight = 10\n", "weight = nan\n", 1), encoding="utf-8")
    (user / "copy.toml").write_text(national, encoding="utf-8")
    library = ProfileLibrary([builtin_profile_dir(), user])
    dialog = SettingsDialog(AppSettings(tmp_path / "s.ini"), library)
    qtbot.addWidget(dialog)
    table = dialog.profiles
    rows = {table.item(r, 1).text(): (table.item(r, 0).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    assert set(rows) == {"national-2020.toml", "budget-system.toml", "hubei-huangshi-2019.toml",
                         "nan.toml", "copy.toml"}
    assert "funds.weight" in rows["nan.toml"][1] and rows["nan.toml"][0] == "my-county"
    assert "national-2020" in rows["copy.toml"][1] and "copy.toml" in rows["copy.toml"][1]
    assert [dialog.profile.itemData(i) for i in range(dialog.profile.count())] == [
        "budget-system", "hubei-huangshi-2019", "national-2020"]


def test_a_report_whose_profile_file_was_refused_says_why_in_the_banner(qtbot, tmp_path, seed_report):
    user = tmp_path / "profiles"
    user.mkdir()
    national = (builtin_profile_dir() / "national-2020.toml").read_text(encoding="utf-8")
    (user / "county.toml").write_text(
        national.replace('id = "national-2020"', 'id = "my-county"').replace(
            "weight = 10\n", "weight = nan\n", 1), encoding="utf-8")
    library = ProfileLibrary([builtin_profile_dir(), user])
    store = ReportStore(tmp_path / "w.sqlite")
    seed_report.profile = "my-county"
    report_id = store.create(seed_report)
    window = MainWindow(store, library=library)
    qtbot.addWidget(window)
    window.show()
    window.open_report(report_id)
    banner = window.editor.profile_banner.text()
    assert "my-county" in banner and "county.toml" in banner and "funds.weight" in banner
    window.close_report()
    store.close()


def test_the_window_starts_with_a_broken_profile_in_the_data_folder(qtbot, monkeypatch, tmp_path):
    import perfeval_gui.core.profiles as profiles

    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(tmp_path))
    (tmp_path / "profiles").mkdir()
    national = (builtin_profile_dir() / "national-2020.toml").read_text(encoding="utf-8")
    (tmp_path / "profiles" / "nan.toml").write_text(
        national.replace("weight = 10\n", "weight = nan\n", 1), encoding="utf-8")
    (tmp_path / "profiles" / "deep.toml").write_text("x = " + "[" * 100_000 + "]" * 100_000,
                                                      encoding="utf-8")
    monkeypatch.setattr(profiles, "_default_library", None)
    store = ReportStore(tmp_path / "w.sqlite")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert {e.file.name: e.status for e in window.library.entries if not e.builtin} == {
        "nan.toml": "refused", "deep.toml": "refused"}
    assert window.library.ids() == ["budget-system", "hubei-huangshi-2019", "national-2020"]
    store.close()
    monkeypatch.setattr(profiles, "_default_library", None)
