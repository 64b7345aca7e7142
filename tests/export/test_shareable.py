"""Exports a colleague on the shared folder can open: the user's umask, a read-only copy left
alone, links followed, no litter, Word's property limits — and two files both or neither."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest
from docx import Document

from perfeval_gui.export import atomic
from perfeval_gui.export.atomic import ExportError, write_all_or_nothing, write_atomically
from perfeval_gui.export.writer import export_report

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX modes and links")


def write_text(text: str):
    return lambda path: Path(path).write_text(text, encoding="utf-8")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@posix_only
def test_a_new_file_gets_the_users_umask_not_0600(tmp_path, umask_022):
    target = tmp_path / "report.pdf"
    write_atomically(target, write_text("x"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    os.umask(0o027)
    other = tmp_path / "other.pdf"
    write_atomically(other, write_text("x"))
    assert stat.S_IMODE(other.stat().st_mode) == 0o640


@posix_only
def test_a_replaced_file_keeps_its_mode(tmp_path, umask_022):
    target = tmp_path / "report.pdf"
    target.write_text("old")
    target.chmod(0o664)
    write_atomically(target, write_text("new"))
    assert target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o664


@posix_only
def test_a_read_only_target_is_refused_and_left_as_it_was(tmp_path):
    target = tmp_path / "handed-in.docx"
    target.write_text("signed copy")
    target.chmod(0o444)
    with pytest.raises(ExportError) as caught:
        write_atomically(target, write_text("new"))
    assert "read-only" in caught.value.text("en") and "只读" in caught.value.text("zh")
    assert target.read_text() == "signed copy" and [p.name for p in tmp_path.iterdir()] == [target.name]


@posix_only
def test_a_symbolic_link_is_written_through_to_its_file(tmp_path):
    real = tmp_path / "shared" / "report.pdf"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "report.pdf"
    link.symlink_to(real)
    write_atomically(link, write_text("new"))
    assert link.is_symlink() and real.read_text() == "new"
    assert not list(real.parent.glob("*.part"))


def test_a_part_file_left_by_a_killed_export_is_removed_and_a_fresh_one_kept(tmp_path):
    target = tmp_path / "report.pdf"
    stale = tmp_path / ".report.pdf.abc123.part"
    stale.write_text("half a pdf")
    old = time.time() - atomic.STALE_PART_SECONDS - 60
    os.utime(stale, (old, old))
    running = tmp_path / ".report.pdf.def456.part"  # another export, writing right now
    running.write_text("in progress")
    write_atomically(target, write_text("whole"))
    assert not stale.exists() and running.exists() and target.read_text() == "whole"


def test_a_failing_writer_leaves_no_part_and_no_target(tmp_path):
    def broken(path: Path) -> None:
        path.write_text("half")
        raise ExportError("坏了", "broken")

    with pytest.raises(ExportError):
        write_atomically(tmp_path / "a.pdf", broken)
    assert list(tmp_path.iterdir()) == []


def test_two_outputs_are_written_both_or_neither_when_the_second_cannot_be_made(tmp_path):
    pdf, docx = tmp_path / "a.pdf", tmp_path / "a.docx"
    pdf.write_text("old pdf")

    def broken(path: Path) -> None:
        raise ExportError("坏了", "broken")

    with pytest.raises(ExportError):
        write_all_or_nothing([(pdf, write_text("new pdf")), (docx, broken)])
    assert pdf.read_text() == "old pdf" and not docx.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]


def test_when_the_second_rename_fails_the_first_file_is_put_back(monkeypatch, tmp_path):
    pdf, docx = tmp_path / "a.pdf", tmp_path / "a.docx"
    pdf.write_text("old pdf")
    real_replace = os.replace

    def locked(source, destination):
        if str(destination) == str(docx):
            raise PermissionError(13, "Permission denied", str(destination))
        return real_replace(source, destination)

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError):
        write_all_or_nothing([(pdf, write_text("new pdf")), (docx, write_text("new docx"))])
    assert pdf.read_text() == "old pdf" and not docx.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]

    new_pdf = tmp_path / "b.pdf"  # a target that did not exist is removed again
    with pytest.raises(ExportError):
        write_all_or_nothing([(new_pdf, write_text("new pdf")), (docx, write_text("new docx"))])
    assert not new_pdf.exists()


@posix_only
def test_a_pdf_is_not_left_behind_when_the_word_target_is_read_only(tmp_path, seed_report, national):
    pdf, docx = tmp_path / "r.pdf", tmp_path / "r.docx"
    docx.write_text("signed")
    docx.chmod(0o444)
    with pytest.raises(ExportError):
        export_report(seed_report, national, pdf=pdf, docx=docx)
    assert not pdf.exists() and docx.read_text() == "signed"


def test_long_names_are_cut_to_what_words_properties_hold(tmp_path, seed_report, national):
    seed_report.project.name = "项" * 200
    seed_report.project.region = "区" * 200
    seed_report.project.unit = "单" * 200
    target = tmp_path / "long.docx"
    export_report(seed_report, national, docx=target)
    props = Document(str(target)).core_properties
    for value in (props.title, props.author, props.subject, props.comments):
        assert len(value) <= 255
    assert props.title.startswith("区" * 10) or props.title.startswith("项" * 10)


@posix_only
def test_the_command_line_refuses_a_read_only_target_with_exit_3_and_writes_nothing(tmp_path, seed_text,
                                                                                    capsys):
    from perfeval_gui.cli import run

    report = tmp_path / "seed.json"
    report.write_text(seed_text, encoding="utf-8")
    pdf, docx = tmp_path / "out.pdf", tmp_path / "out.docx"
    docx.write_text("signed")
    docx.chmod(0o444)
    with pytest.raises(SystemExit) as caught:
        run(["export", str(report), "--pdf", str(pdf), "--docx", str(docx)])
    err = capsys.readouterr().err
    assert caught.value.code == 3 and err.count("\n") == 1 and str(docx) in err and "只读" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx", "seed.json"]
