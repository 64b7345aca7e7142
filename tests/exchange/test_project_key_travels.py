"""A project's forms stay one project wherever they go: the project key survives JSON export
and import, a year archive and a folder of files; next year's report and 新建自评 keep it; a
deleted declaration leaves the later forms whole, their link shown as broken."""

from __future__ import annotations

import json

from perfeval_gui.core import cycle, project_chain
from perfeval_gui.core.interchange import read_report_file, report_from_document, report_to_json
from perfeval_gui.core.project_chain import chain_places
from perfeval_gui.exchange.archive import read_archive, write_archive
from perfeval_gui.exchange.folder import read_folder
from perfeval_gui.store.repository import ReportStore
from tests.cycle_documents import KEY, declaration, monitoring


def year_of_forms(store: ReportStore) -> list[int]:
    """A declaration stored without a key, its monitoring form and self-evaluation made from it."""
    document = declaration()
    document["project_key"] = ""
    declared = store.create(report_from_document(document))
    mid_year = store.create_from(declared, cycle.monitoring_from)
    done = store.create_from(mid_year, cycle.self_evaluation_from)
    return [declared, mid_year, done]


def test_the_forms_made_from_each_other_and_next_year_share_one_key(tmp_path):
    with ReportStore(tmp_path / "s.sqlite") as store:
        ids = year_of_forms(store)
        keys = {store.load(i).project_key for i in ids}
        assert len(keys) == 1 and "" not in keys
        next_id, _ = store.create_next_year(ids[2], 2025)
        assert store.load(next_id).project_key in keys
        assert store.project_reports(ids[0]) == [*ids, next_id]
        listed = {s.id: (s.form, s.project_key) for s in store.list()}
        assert [listed[i][0] for i in ids] == ["declaration", "monitoring", "self_evaluation"]


def test_a_report_older_than_the_key_is_given_one_with_its_next_year(tmp_path, seed_report):
    with ReportStore(tmp_path / "s.sqlite") as store:
        seed_report.project_key = ""
        old = store.create(seed_report)
        new, _ = store.create_next_year(old, 2024)
        assert store.load(old).project_key and store.load(old).project_key == store.load(new).project_key
        assert store.revision(old) == 1  # saved as any change is, so another window merges it


def test_the_key_survives_json_an_archive_and_a_folder(tmp_path):
    with ReportStore(tmp_path / "s.sqlite") as store:
        ids = year_of_forms(store)
        reports = [store.load(i) for i in ids]
    key = reports[0].project_key
    folder = tmp_path / "folder"
    folder.mkdir()
    for n, report in enumerate(reports):
        (folder / f"{n}.json").write_text(report_to_json(report), encoding="utf-8")
        assert json.loads(report_to_json(report))["project_key"] == key
    assert [read_report_file(folder / f"{n}.json").project_key for n in range(3)] == [key] * 3
    assert [r.project_key for _, r in read_folder(folder, 2024).reports] == [key] * 3

    archive = tmp_path / "2024.zip"
    write_archive(archive, reports, 2024, lambda _r, pdf: pdf.write_bytes(b"%PDF-1.4 stand-in\n"))
    archived = read_archive(archive)
    assert [(m.report.form, m.report.project_key) for m in archived] == [
        ("declaration", key), ("monitoring", key), ("self_evaluation", key)]
    with ReportStore(tmp_path / "other.sqlite") as other:  # another office: no next-year links
        new_ids = other.create_many([m.report for m in archived])
        assert other.project_reports(new_ids[2]) == new_ids  # one project all the same
        assert all(p.broken is None for p in chain_places(other.chain_facts()).values())


def test_a_deleted_declaration_keeps_the_later_forms_and_breaks_their_link(tmp_path):
    with ReportStore(tmp_path / "s.sqlite") as store:
        declared, mid_year, done = year_of_forms(store)
        before = [store.load(i) for i in (mid_year, done)]
        store.delete(declared)
        assert [store.load(i) for i in (mid_year, done)] == before  # nothing lost
        places = chain_places(store.chain_facts())
        assert places[mid_year].chain == (mid_year, done)
        assert places[done].broken == project_chain.DECLARATION_DELETED
        store.empty_bin()
        places = chain_places(store.chain_facts())
        assert places[done].broken == places[mid_year].broken == project_chain.DECLARATION_GONE
        assert [store.load(i) for i in (mid_year, done)] == before


def test_list_on_the_command_line_prints_each_report_s_form_and_key(tmp_path, capsys):
    from perfeval_gui.cli import run

    files = []
    for name, document in (("d.json", declaration()), ("m.json", monitoring())):
        path = tmp_path / name
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        files.append(path)
    db = str(tmp_path / "c.sqlite")
    for path in files:
        assert run(["import", str(path), "--db", db]) == 0
    capsys.readouterr()
    assert run(["list", "--db", db]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted((line["form"], line["project_key"]) for line in listed) == [
        ("declaration", KEY), ("monitoring", KEY)]
    assert all({"id", "year", "name", "unit", "total", "grade", "updated"} <= set(line) for line in listed)
