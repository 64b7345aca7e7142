"""The year's forms in the store: linked by their project key, which a year archive keeps; a
chain whose declaration was deleted (the bin emptied) keeps its later forms whole."""

from __future__ import annotations

from datetime import date

from perfeval_gui.core import cycle
from perfeval_gui.core.interchange import report_from_document, report_to_json
from perfeval_gui.exchange.archive import read_archive, write_archive
from perfeval_gui.store.repository import ReportStore

from ..cycle_documents import declaration


def chain():
    declared = report_from_document(declaration())
    mid_year = cycle.monitoring_from(declared, date(2024, 7, 31))
    return declared, mid_year, cycle.self_evaluation_from(mid_year)


def test_later_forms_outlive_their_declaration(tmp_path):
    declared, mid_year, after = chain()
    with ReportStore(tmp_path / "s.sqlite") as store:
        first, second, third = (store.create(r) for r in (declared, mid_year, after))
        store.delete(first)
        assert store.empty_bin() == 1
        assert report_to_json(store.load(second)) == report_to_json(mid_year)
        kept = store.load(third)
        assert kept.project_key == declared.project_key
        assert [r.declared_target for r in kept.indicators] == [r.target for r in declared.indicators]


def test_the_project_key_survives_a_year_archive(tmp_path):
    *_, after = chain()
    target = tmp_path / "2024.zip"
    write_archive(target, [after], 2024, lambda _report, pdf: pdf.write_bytes(b"%PDF-1.4\n%%EOF\n"))
    (archived,) = read_archive(target)
    assert archived.report.project_key == after.project_key == "3f2a9c1d7b04"
    assert report_to_json(archived.report) == report_to_json(after)


def test_a_year_archive_keeps_every_form_each_printed(tmp_path):
    import zipfile

    declared, mid_year, after = chain()
    target = tmp_path / "2024.zip"
    printed = []

    def pdf(report, path):
        printed.append(report.form)
        path.write_bytes(b"%PDF-1.4\n%%EOF\n")

    assert write_archive(target, [declared, mid_year, after], 2024, pdf) == 3
    assert printed == ["declaration", "monitoring", "self_evaluation"]  # each in its own layout
    names = zipfile.ZipFile(target).namelist()
    assert sum(n.endswith(".json") and n != "manifest.json" for n in names) == 3
    assert sum(n.endswith(".pdf") for n in names) == 3
    assert [a.report.form for a in read_archive(target)] == ["declaration", "monitoring",
                                                              "self_evaluation"]
