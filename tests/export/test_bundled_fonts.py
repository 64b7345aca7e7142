"""Fonts travel with the app: on a PC with no usable CJK TrueType font (UOS and 麒麟 ship
Noto/思源 as CFF), the PDF is set in the fonts the installers put in ``resources/fonts``; a
PC's own fonts still come first; a damaged bundled font gives way to the next, named."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from perfeval_gui import resources
from perfeval_gui.export import fonts
from tests.conftest import ROOT, SEED_PATH

from .test_fonts import UKAI, UMING, ZENHEI, needs_fonts

pytestmark = needs_fonts


@pytest.fixture
def app_resources(tmp_path, monkeypatch):
    """The app's resources/ as an installer lays it out: everything of the checkout, plus
    fonts/ (copies of Debian's fonts) and fonts/licenses/ — found through resources.py."""
    root = tmp_path / "resources"
    root.mkdir()
    for entry in (ROOT / "resources").iterdir():
        if entry.name != "fonts":
            (root / entry.name).symlink_to(entry)
    (root / "fonts" / "licenses").mkdir(parents=True)
    monkeypatch.setattr(resources, "resource_root", lambda: root)
    fonts._bundled_files.cache_clear()
    settle_background_work()
    fonts.take_notices()
    yield root / "fonts"
    settle_background_work()
    fonts._bundled_files.cache_clear()


def settle_background_work() -> None:
    """An earlier window's font warm-up (a worker thread) must not resolve against this
    test's fonts, nor leave its notices here."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()


def bundle(folder: Path, *paths: Path) -> None:
    for path in paths:
        shutil.copyfile(path, folder / path.name)
    fonts._bundled_files.cache_clear()


def damage(path: Path) -> None:
    """A font cut short, as an interrupted copy or a bad sector leaves it."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 9 // 10])


@pytest.fixture
def no_system_fonts(monkeypatch):
    monkeypatch.setattr(fonts, "_files_by_name", lambda: {})


def test_without_a_system_font_the_bundled_ones_serve_each_role(app_resources, no_system_fonts):
    bundle(app_resources, UMING, ZENHEI, UKAI)
    chosen = fonts.resolve()
    assert {role: f.path for role, f in chosen.items()} == {
        fonts.BODY: app_resources / "uming.ttc", fonts.HEADING: app_resources / "wqy-zenhei.ttc",
        fonts.SUBHEADING: app_resources / "ukai.ttc"}
    assert all(f.name.startswith("CJK-bundled-") for f in chosen.values())
    assert fonts.take_notices() == []


def test_the_pc_s_own_font_comes_before_the_bundled_ones(app_resources, monkeypatch):
    bundle(app_resources, UMING, UKAI)
    monkeypatch.setattr(fonts, "_files_by_name", lambda: {"wqy-zenhei.ttc": ZENHEI})
    assert {f.path for f in fonts.resolve().values()} == {ZENHEI}


def test_a_damaged_bundled_font_gives_way_to_the_next_and_is_named(app_resources, no_system_fonts):
    bundle(app_resources, UMING, UKAI)
    damage(app_resources / "uming.ttc")
    chosen = fonts.resolve()
    assert {f.path.name for f in chosen.values()} == {"ukai.ttc"}
    notices = [n.text("zh") for n in fonts.take_notices()]
    assert notices == ["程序自带的字体 uming.ttc 已损坏，无法使用，已改用 ukai.ttc"]


def test_every_bundled_font_damaged_is_the_install_hint(app_resources, no_system_fonts):
    bundle(app_resources, UKAI)
    damage(app_resources / "ukai.ttc")
    with pytest.raises(fonts.FontMissing):
        fonts.resolve()
    assert [n.text("en") for n in fonts.take_notices()] == [
        "the bundled font ukai.ttc is damaged and cannot be used"]


def test_the_pdf_is_set_in_the_bundled_fonts_and_reads_back(app_resources, no_system_fonts, tmp_path,
                                                            capsys, monkeypatch):
    """The whole export on a PC with no CJK font, through the command line: the PDF embeds the
    bundled faces and its text reads back; the damaged one is named on stderr."""
    from perfeval_gui.cli import run

    bundle(app_resources, UMING, ZENHEI, UKAI)
    damage(app_resources / "wqy-zenhei.ttc")
    pdf = tmp_path / "r.pdf"
    assert run(["export", str(SEED_PATH), "--pdf", str(pdf)]) == 0
    err = capsys.readouterr().err
    assert "程序自带的字体 wqy-zenhei.ttc 已损坏，无法使用，已改用 uming.ttc" in err
    embedded = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "UMing" in embedded and "UKai" in embedded and "ZenHei" not in embedded
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "绩效自评" in text and "信访人滞留率" in text


def test_the_bundled_fonts_are_found_through_resources(app_resources):
    assert fonts.bundled_dir() == resources.resource_path("fonts") == app_resources


def test_the_about_box_shows_the_bundled_fonts_licences(qtbot, app_resources):
    from perfeval_gui.ui.shell.about_dialog import AboutDialog

    (app_resources / "licenses" / "fonts-arphic-uming.txt").write_text(
        "ARPHIC PUBLIC LICENSE\nCopyright (C) 1999 Arphic Technology Co., Ltd.\n", encoding="utf-8")
    (app_resources / "licenses" / "fonts-wqy-zenhei.txt").write_text(
        "GNU GENERAL PUBLIC LICENSE Version 2, with font embedding exception\n", encoding="utf-8")
    about = AboutDialog("reports.sqlite")
    qtbot.addWidget(about)
    shown = about.font_licences.toPlainText()
    assert "== fonts-arphic-uming ==\nARPHIC PUBLIC LICENSE" in shown
    assert "font embedding exception" in shown


def test_without_bundled_fonts_the_about_box_has_no_font_section(qtbot, tmp_path, monkeypatch):
    from perfeval_gui.ui.shell.about_dialog import AboutDialog

    monkeypatch.setattr(resources, "resource_root", lambda: tmp_path)
    about = AboutDialog("reports.sqlite")
    qtbot.addWidget(about)
    assert about.font_licences is None


def test_the_summary_pdf_names_the_damaged_font_too(app_resources, no_system_fonts, tmp_path, capsys):
    from perfeval_gui.cli import run

    bundle(app_resources, UMING, UKAI)
    damage(app_resources / "uming.ttc")
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copyfile(SEED_PATH, folder / "seed.json")
    pdf = tmp_path / "summary.pdf"
    assert run(["summary", str(folder), "--pdf", str(pdf), "--lang", "en"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "the bundled font uming.ttc is damaged and cannot be used; ukai.ttc is used instead" in (
        capsys.readouterr().err)
