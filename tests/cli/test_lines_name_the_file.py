"""Every refusal is one stderr line naming the file (and the field or limit where one applies)
in the user's language — never a library's words (issue 24, point 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader import hostile_office as hostile

from .test_cli import call

LIBRARY_WORDS = ("JSONDecodeError", "XMLSyntaxError", "CompDocError", "amplification",
                 "file is not a database", "Traceback", "Errno")


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert not any(word in lines[0] for word in LIBRARY_WORDS), lines[0]
    return lines[0]


def html_xls(path: Path) -> Path:
    path.write_text("<html><body><table><tr><td>项目</td></tr></table></body></html>", encoding="utf-8")
    return path


def damaged_xls(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 40)
    return path


def text_file(path: Path) -> Path:
    path.write_text("hello", encoding="utf-8")
    return path


@pytest.mark.parametrize("make, name, says", [
    (html_xls, "网页另存.xls", "不是 Word"),
    (damaged_xls, "damaged.xls", "已损坏或不完整"),
    (text_file, "notes.json", "第 1 行第 1 列"),
    (hostile.docx_entities, "laughs.docx", "实体声明"),
])
def test_import_says_what_is_wrong_naming_the_file(capsys, tmp_path, make, name, says):
    path = make(tmp_path / name)
    db = tmp_path / "s.sqlite"
    status, out, err = call(capsys, "import", str(path), "--db", str(db))
    assert (status, out) == (2, "")
    line = one_line(err)
    assert str(path) in line and says in line
    assert not db.exists()


def test_a_field_is_named_after_its_file(capsys, tmp_path, seed_text):
    path = tmp_path / "r.json"
    path.write_text(seed_text.replace('"year": 2023', '"year": 1999'), encoding="utf-8")
    status, _out, err = call(capsys, "score", str(path), "--lang", "en")
    assert status == 2 and one_line(err).startswith(f"perfeval-gui: {path}: year: ")


def test_a_file_that_is_no_store_is_said_so_in_words(capsys, tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database", encoding="utf-8")
    status, _out, err = call(capsys, "list", "--db", str(path))
    assert status == 2 and str(path) in one_line(err) and "不是 SQLite 数据库文件" in err


def test_a_folder_summary_names_each_skipped_file_once(capsys, tmp_path, seed_text):
    (tmp_path / "seed.json").write_text(seed_text, encoding="utf-8")
    html_xls(tmp_path / "网页另存.xls")
    status, _out, err = call(capsys, "summary", str(tmp_path), "--year", "2023")
    assert status == 0
    line = one_line(err)
    assert line.count("网页另存.xls") == 1 and str(tmp_path / "网页另存.xls") in line
