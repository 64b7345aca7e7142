"""One registry of export formats (perfeval_gui/export/formats.py): a format registered there is
an option of ``export`` on the command line, with its help, and entries of the window's 文件
menu — each writing the file through the format's writer — with no other change anywhere."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QToolBar

from perfeval_gui.cli import run
from perfeval_gui.core.scoring import score_report
from perfeval_gui.export import formats
from perfeval_gui.export.formats import ExportFormat, Job

TS = Path(__file__).resolve().parents[2] / "i18n" / "perfeval_gui_zh_CN.ts"


def _write_text(job: Job, path: Path) -> None:
    """The fake format: the project's name and the total score, a line."""
    path.write_text(f"{job.report.project.name}\t{job.result.total}\n", encoding="utf-8")


@pytest.fixture
def text_format():
    """A plain-text format, registered for this test only."""
    fmt = formats.register(ExportFormat(
        key="txt", suffix=".txt", file_words="Text", write=_write_text,
        cli_help=("输出的文本文件", "the text file to write"), dialog_title="Export text",
        menu_label="Export text…", batch_label="Export all reports of a year as text…"))
    yield fmt
    del formats.FORMATS["txt"]


def _expected(report, library) -> str:
    return f"{report.project.name}\t{score_report(report, library.get(report.profile)).total}\n"


def call(capsys, *args: str) -> tuple[int, str, str]:
    try:
        status = run(list(args))
    except SystemExit as exc:
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def test_a_registered_format_is_an_export_option_that_writes_its_file(
        text_format, capsys, tmp_path, seed_text, seed_report, library):
    source = tmp_path / "seed.json"
    source.write_text(seed_text, encoding="utf-8")
    target = tmp_path / "out.txt"
    status, _out, _err = call(capsys, "export", str(source), "--txt", str(target))
    assert status == 0
    assert target.read_text(encoding="utf-8") == _expected(seed_report, library)

    # with the others, all at once; and its help in both languages
    pdf = tmp_path / "out.pdf"
    assert call(capsys, "export", str(source), "--txt", str(target), "--pdf", str(pdf))[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    _status, help_zh, _ = call(capsys, "export", "--help")
    assert any(line.split()[:3] == ["--txt", "TXT", "输出的文本文件"] for line in help_zh.splitlines())
    _status, help_en, _ = call(capsys, "export", "--help", "--lang", "en")
    assert "the text file to write" in help_en

    # nothing asked for: the message names it among the others
    status, _out, err = call(capsys, "export", str(source), "--lang", "en")
    assert status == 2 and err.strip().endswith("give --pdf, --docx, --xlsx or --txt")


def test_a_registered_format_is_a_menu_entry_that_writes_its_file(
        text_format, monkeypatch, qtbot, tmp_path, window, seed_report, library):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    file_menu = window.menuBar().actions()[0].menu()
    entries = {action.text(): action for action in file_menu.actions()}
    assert "Export text…" in entries and "Export all reports of a year as text…" in entries
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert [a.text() for a in toolbar.actions()][2:4] == ["Export Word…", "Export PDF…"]  # not text

    chosen = tmp_path / "chosen"  # typed without its suffix: the format's is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    entries["Export text…"].trigger()
    target = tmp_path / "chosen.txt"
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_text(encoding="utf-8") == _expected(seed_report, library)

    out = tmp_path / "year"
    out.mkdir()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (str(seed_report.year), True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    done = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: done.append(a[2]))
    entries["Export all reports of a year as text…"].trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert [p.read_text(encoding="utf-8") for p in out.glob("*.txt")] == [
        _expected(seed_report, library)]


def test_a_key_is_registered_once():
    with pytest.raises(ValueError):
        formats.register(formats.FORMATS["pdf"])
    assert list(formats.FORMATS) == ["pdf", "docx", "xlsx"]  # the command line's order


def test_the_menu_follows_the_registry_order_word_first(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert texts.index("Export Word…") < texts.index("Export PDF…")
    assert window.export_docx_action.text() == "Export Word…"
    assert window.table_xlsx_action in window.table_actions.values()
    assert not hasattr(window, "export_xlsx_action")  # the Excel sheet is the 自评表 alone


def test_every_registered_label_is_translated():
    """The window says a format's words in Chinese: each label of the registry has a finished
    translation in the catalogue's ExportFormats context (ui/files/export_words.py lists them)."""
    root = ET.parse(TS).getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == "ExportFormats")
    done = {m.findtext("source"): m.find("translation") for m in context.iter("message")}
    labels = [label for fmt in formats.FORMATS.values()
              for label in (fmt.dialog_title, fmt.menu_label, fmt.table_label, fmt.batch_label)
              if label is not None]
    missing = [label for label in labels
               if label not in done or done[label].get("type") or not (done[label].text or "")]
    assert labels and missing == []
