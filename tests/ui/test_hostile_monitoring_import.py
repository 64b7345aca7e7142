"""从 Word/Excel 导入 of a monitoring form whose title names a day that does not exist: the
user is told which file and which field (监控截止日期), no preview offers it, nothing is
written; the good file chosen with it is still previewed and imported."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from tests.reader.builders import write_xlsx
from tests.reader.test_cycle_forms_read import hubei_grid

from .test_document_import import answer_previews, choose_files, store, window  # noqa: F401


def test_a_monitoring_form_ending_on_no_day_is_refused_naming_the_field(
        monkeypatch, tmp_path, window, store, no_modal_dialogs):  # noqa: F811
    bad = hubei_grid()
    bad.rows[0][0] = "2019年度项目支出绩效监控表（截至2019年13月40日）"
    bad_path = write_xlsx(tmp_path / "坏监控表.xlsx", [bad])
    good_path = write_xlsx(tmp_path / "监控表.xlsx", [hubei_grid()])
    choose_files(monkeypatch, bad_path, good_path)
    seen = answer_previews(monkeypatch, lambda d: d.accept())
    window.import_documents_action.trigger()
    said = [s for s in no_modal_dialogs if "坏监控表.xlsx" in s]
    assert len(said) == 1 and "13月40日" in said[0]
    assert "监控截止日期" in said[0] and "不是存在的日期" in said[0]
    assert len(seen) == 1 and seen[0].result() == QDialog.DialogCode.Accepted
    stored = [s for s in store.list() if not s.is_demo]  # the first start adds the demo
    assert [(s.form, s.year) for s in stored] == [("monitoring", 2019)]
    assert store.load(stored[0].id).period_end == "2019-06-30"
