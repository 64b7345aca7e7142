"""项目单位负责人 (evaluation.unit_head), end to end: typed on the cover, saved, exchanged as
JSON, printed under the team table; a report without it is unchanged."""

from __future__ import annotations

import json

from perfeval_gui.core.interchange import fingerprint, report_from_json, report_to_document
from perfeval_gui.export.layout import build_document
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.shell.main_window import MainWindow


def test_the_head_typed_on_the_cover_is_saved_and_printed(qtbot, typist, tmp_path, seed_report,
                                                          national):
    store = ReportStore(tmp_path / "s.sqlite")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.open_report(store.create(seed_report))
    typist(window.editor.cover.fields["evaluation.unit_head"], "李明")
    window.saver.flush()
    stored = store.load(window.doc.report_id)
    assert stored.evaluation.unit_head == "李明"
    team = build_document(stored, national).blocks[-1]
    assert "项目单位负责人\n（签字并盖章）\n李明" in [c.text for c in team.rows[-1] if c]
    window.close_report()
    store.close()


def test_the_head_goes_through_json_and_the_store(tmp_path, seed_doc):
    seed_doc["evaluation"]["unit_head"] = "李明"
    report = report_from_json(json.dumps(seed_doc, ensure_ascii=False))
    assert report.evaluation.unit_head == "李明" and "unit_head" not in report.evaluation.extra
    with ReportStore(tmp_path / "s.sqlite") as store:
        back = store.load(store.create(report))
    assert report_to_document(back) == seed_doc


def test_a_report_without_a_head_is_unchanged(seed_report, seed_doc, national):
    assert "unit_head" not in seed_doc["evaluation"]
    assert report_to_document(seed_report) == seed_doc
    assert fingerprint(seed_report) == "4598b1189649"
    team = build_document(seed_report, national).blocks[-1]
    assert team.rows[-1][0].text == "项目单位负责人\n（签字并盖章）"


def test_the_units_head_is_a_cover_default_of_new_reports(qtbot, tmp_path):
    from perfeval_gui.ui.base.settings import AppSettings
    from perfeval_gui.ui.shell.settings_dialog import SettingsDialog

    settings = AppSettings(tmp_path / "s.ini")
    store = ReportStore(tmp_path / "r.sqlite")
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    dialog = SettingsDialog(settings, window.library, window)
    dialog.cover["unit_head"].setText("王强")
    dialog.accept()
    window.new_report()
    assert window.doc.report.evaluation.unit_head == "王强"
    window.close_report()
    store.close()
