"""A year archive is imported whole or not at all, once: a second import of the same archive
adds nothing and says so; an archive whose members are ambiguous is refused whole (issue 24,
point 3). The kill rounds against an import are in tests/store/test_kills.py."""

from __future__ import annotations

import contextlib
import json
import zipfile
from pathlib import Path

import pytest

from perfeval_gui.core.interchange import fingerprint, report_from_json
from perfeval_gui.exchange.archive import write_archive
from perfeval_gui.store.repository import ReportStore

from ..cli.test_cli import call
from ..cli.test_summary import variants


def make_archive(path: Path, seed_doc: dict, count: int) -> Path:
    reports = [report_from_json(json.dumps(d)) for d in variants(seed_doc, count)]
    write_archive(path, reports, 2023, lambda _r, pdf: pdf.write_bytes(b"%PDF-1.4 stand-in\n"))
    return path


def stored(db: Path) -> int:
    with ReportStore(db) as store:
        return len(store.list())


def test_the_same_archive_imported_twice_adds_nothing_the_second_time(capsys, tmp_path, seed_doc):
    archive, db = make_archive(tmp_path / "2023.zip", seed_doc, 5), tmp_path / "s.sqlite"
    status, out, err = call(capsys, "import", str(archive), "--db", str(db))
    assert status == 0 and len(out.split()) == 5 and err == ""
    status, out, err = call(capsys, "import", str(archive), "--db", str(db))
    assert status == 0 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 5 and all(str(archive) in line and "未再导入" in line for line in lines)
    assert "0001-" in lines[0] and "报告 1 " in lines[0]
    assert stored(db) == 5


def test_only_what_is_new_is_imported_from_an_archive_seen_in_part(capsys, tmp_path, seed_doc):
    db = tmp_path / "s.sqlite"
    with ReportStore(db) as store:
        store.create(report_from_json(json.dumps(variants(seed_doc, 5)[2])))
        edited = report_from_json(json.dumps(variants(seed_doc, 5)[3]))
        edited.goal.achieved = "已修改"  # same project and year, other data: not the same report
        store.create(edited)
    archive = make_archive(tmp_path / "2023.zip", seed_doc, 5)
    status, out, err = call(capsys, "import", str(archive), "--db", str(db), "--lang", "en")
    assert status == 0 and len(out.split()) == 4
    assert err.count("\n") == 1 and "0003-" in err and "not imported again" in err
    assert stored(db) == 6


def test_an_archive_is_imported_in_one_transaction(capsys, tmp_path, seed_doc, monkeypatch):
    archive, db = make_archive(tmp_path / "2023.zip", seed_doc, 6), tmp_path / "s.sqlite"
    with ReportStore(db):
        pass
    made = []
    original = ReportStore.create

    def failing_fourth(self, report, *args, **kwargs):  # type: ignore[no-untyped-def]
        if len(made) == 3:
            raise OSError(5, "Input/output error")
        made.append(report)
        return original(self, report, *args, **kwargs)

    monkeypatch.setattr(ReportStore, "create", failing_fourth)
    status, out, _ = call(capsys, "import", str(archive), "--db", str(db))
    assert status == 4 and out == "" and len(made) == 3
    monkeypatch.undo()
    assert stored(db) == 0


def _rewrite(archive: Path, target: Path, extra: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(archive) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            new.writestr(info.filename, old.read(info.filename))
        for name, data in extra.items():
            new.writestr(name, data)
    return target


@pytest.mark.parametrize("extra, words", [
    ("second manifest", "两个名为“manifest.json”"),
    ("same name twice", "两个名为“0001-"),
    ("unlisted", "不在 manifest.json 中"),
])
def test_an_ambiguous_archive_is_refused_whole(capsys, tmp_path, seed_doc, extra, words):
    archive = make_archive(tmp_path / "2023.zip", seed_doc, 3)
    with zipfile.ZipFile(archive) as old:
        first = next(n for n in old.namelist() if n.endswith(".json") and n != "manifest.json")
        if extra == "second manifest":
            doc = json.loads(old.read("manifest.json"))
            doc["files"] = {first: doc["files"][first]}  # a manifest naming one report only
            added = {"manifest.json": json.dumps(doc).encode()}
        elif extra == "same name twice":
            added = {first: old.read(first)}
        else:
            added = {"0004-extra.json": old.read(first)}
    with pytest.warns(UserWarning) if extra != "unlisted" else contextlib.nullcontext():
        bad = _rewrite(archive, tmp_path / "bad.zip", added)
    db = tmp_path / "s.sqlite"
    status, out, err = call(capsys, "import", str(bad), "--db", str(db))
    assert (status, out) == (2, "") and err.count("\n") == 1
    assert words in err and str(bad) in err
    assert not db.exists()


def test_same_as_compares_fingerprints(tmp_path, seed_report):
    with ReportStore(tmp_path / "s.sqlite") as store:
        first = store.create(seed_report)
        assert store.same_as(seed_report) == first
        assert fingerprint(store.load(first)) == fingerprint(seed_report)
        store.delete(first)
        assert store.same_as(seed_report) is None  # the recycle bin holds no duplicate
