"""Hostile Word and Excel files are refused before any XML is parsed, with one line naming
the file and the limit (issue 24, point 5). Small versions of each hostile file are built
here; benchmarks/hostile_office.py measures the full-size ones (time, peak memory)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from perfeval_gui.core.messages import UserError
from perfeval_gui.reader import office_bounds
from perfeval_gui.reader.build import load_source
from perfeval_gui.reader.source import MAX_ROWS
from tests.cli.test_cli import call
from tests.reader import hostile_office as hostile

MB = 1024 * 1024


def refusal(path: Path) -> UserError:
    with pytest.raises(UserError) as caught:
        load_source(path)
    return caught.value


def test_a_docx_bomb_is_refused_by_its_ratio_naming_the_part(tmp_path):
    bomb = hostile.docx_bomb(tmp_path / "炸弹.docx", 3 * MB)
    error = refusal(bomb)
    assert error.message.code == "office.ratio"
    assert str(bomb) in error.text() and "word/document.xml" in error.text()
    assert "100:1" in error.text() and "100:1" in error.text("en")


def test_an_xlsx_bomb_is_refused_by_its_ratio(tmp_path):
    error = refusal(hostile.xlsx_bomb(tmp_path / "bomb.xlsx", 3 * MB))
    assert error.message.code == "office.ratio"
    assert "xl/worksheets/sheet1.xml" in error.text()


def test_what_unpacks_past_the_total_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(office_bounds, "MAX_UNPACKED_BYTES", 1 * MB)
    big = hostile.xlsx_rows(tmp_path / "big.xlsx", 30_000)  # ~2.5 MB, an ordinary ratio
    error = refusal(big)
    assert error.message.code == "office.too_large"
    assert error.text() == f"{big}: Word/Excel 文件解压后超过 1 MB 的上限，拒绝读取"


def test_the_real_total_limit_refuses_a_1_gib_docx(tmp_path):
    # the directory is read, never the member: this costs the ~1 MB file's writing only
    bomb = hostile.docx_bomb(tmp_path / "big.docx", 64 * MB)
    error = refusal(bomb)
    assert error.message.code in ("office.ratio", "office.too_large")
    assert str(bomb) in error.text()


def test_a_large_shared_strings_part_is_refused_by_its_own_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(office_bounds, "MAX_SHARED_STRINGS_BYTES", 1 * MB)
    error = refusal(hostile.xlsx_shared_strings(tmp_path / "strings.xlsx", 2 * MB))
    assert error.message.code == "office.shared_strings"
    assert "xl/sharedStrings.xml" in error.text() and "1 MB" in error.text()


def test_too_many_parts_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(office_bounds, "MAX_MEMBERS", 30)
    error = refusal(hostile.many_members(tmp_path / "many.docx", 40))
    assert error.message.code == "office.too_many"
    assert "30" in error.text()


def test_two_parts_of_one_name_are_refused(tmp_path):
    source = hostile.plain_docx(tmp_path / "plain.docx")
    twice = tmp_path / "twice.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(twice, "w") as new:
        for info in old.infolist():
            new.writestr(info.filename, old.read(info.filename))
        with pytest.warns(UserWarning):
            new.writestr("word/document.xml", b"<w:document/>")
    error = refusal(twice)
    assert error.message.code == "office.duplicate"
    assert "word/document.xml" in error.text()


@pytest.mark.parametrize("build", [hostile.docx_entities, hostile.xlsx_entities])
def test_entity_declarations_are_refused_before_parsing(tmp_path, build):
    path = build(tmp_path / f"laughs.{build.__name__[:4]}")
    error = refusal(path)
    assert error.message.code == "office.entities"
    assert str(path) in error.text()
    assert "XMLSyntaxError" not in error.text() and "amplification" not in error.text("en")


def test_entity_declarations_hidden_in_utf16_are_refused(tmp_path):
    body = (hostile.LAUGHS.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
            + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
    path = hostile.with_members(hostile.plain_docx(tmp_path / "src.docx"), tmp_path / "u16.docx",
                                {"word/document.xml": lambda: [body.encode("utf-16")]})
    assert refusal(path).message.code == "office.entities"


def test_a_sheet_of_many_rows_is_read_up_to_the_row_limit_only(tmp_path):
    path = hostile.xlsx_rows(tmp_path / "rows.xlsx", MAX_ROWS + 1000)  # no <dimension>, as built
    source = load_source(path)
    assert len(source.grids[0].rows) == MAX_ROWS and source.grids[0].truncated
    assert source.grids[0].rows[MAX_ROWS - 1][0] == str((MAX_ROWS * 7919) % 100003)


def test_an_ordinary_workbook_keeps_its_merged_ranges(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "自评表"
    sheet["B2"] = "产出指标"
    sheet.merge_cells("B2:C4")
    book.save(tmp_path / "merged.xlsx")
    rows = load_source(tmp_path / "merged.xlsx").grids[0].rows
    assert [rows[r][c] for r in (1, 2, 3) for c in (1, 2)] == ["产出指标"] * 6


def test_the_command_line_says_one_line_naming_file_and_limit(tmp_path, capsys):
    bomb = hostile.xlsx_bomb(tmp_path / "bomb.xlsx", 3 * MB)
    for command in (["read", str(bomb)], ["import", str(bomb), "--db", str(tmp_path / "s.sqlite")]):
        status, _out, err = call(capsys, *command)
        assert status == 2
        err = err.strip().splitlines()
        assert len(err) == 1 and str(bomb) in err[0] and "100:1" in err[0]
    assert not (tmp_path / "s.sqlite").exists()
