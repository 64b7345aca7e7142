"""A PDF export parses each font file once, keeps what it learnt for the next run, and is not
fooled by a cache that is stale or damaged; a PDF-only export loads neither Word nor SQLite."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from perfeval_gui.export import font_cache, fonts, ttfont_private
from tests.conftest import ROOT, SEED_PATH

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
needs_fonts = pytest.mark.skipif(not fonts._files_by_name(), reason="the fonts of packaging/dev.sh")

# a fresh process, as a user starts it, that reports which font files reportlab parsed
EXPORT_COUNTING_PARSES = """
import collections, json, sys
from reportlab.pdfbase import ttfonts
parsed = collections.Counter()
parse = ttfonts.TTFontFile.extractInfo
def counting(self, *args, **kwargs):
    parsed[self.filename] += 1
    return parse(self, *args, **kwargs)
ttfonts.TTFontFile.extractInfo = counting
from perfeval_gui.cli import run
status = run(["export", sys.argv[1], "--pdf", sys.argv[2]])
loaded = [m for m in ("perfeval_gui.export.docx_writer", "docx", "sqlite_utils") if m in sys.modules]
print(json.dumps({"status": status, "parsed": parsed, "loaded": loaded}))
"""


def export_in_a_new_process(home: Path, pdf: Path) -> dict:
    env = {**os.environ, "PERFEVAL_GUI_HOME": str(home), "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", EXPORT_COUNTING_PARSES, str(SEED_PATH), str(pdf)],
                          env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["status"] == 0
    assert "重大敏感时期值班接访" in "".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
    return result


@needs_fonts
def test_fonts_are_parsed_once_then_read_from_the_cache_and_rebuilt_when_damaged(tmp_path):
    first = export_in_a_new_process(tmp_path, tmp_path / "first.pdf")
    # body, heading, subheading and the symbol font: each file parsed exactly once
    assert len(first["parsed"]) >= 2 and set(first["parsed"].values()) == {1}, first["parsed"]
    entries = sorted((tmp_path / "cache" / "fonts").glob("*.face"))
    assert len(entries) == len(first["parsed"])

    second = export_in_a_new_process(tmp_path, tmp_path / "second.pdf")
    assert second["parsed"] == {}  # every font came from the cache

    entries[0].write_bytes(b"\x00not a face")  # a torn write, a disk error
    entries[1].write_bytes(entries[1].read_bytes()[:1000])  # truncated
    third = export_in_a_new_process(tmp_path, tmp_path / "third.pdf")
    assert sum(third["parsed"].values()) == 2  # the two damaged entries, parsed again ...
    fourth = export_in_a_new_process(tmp_path, tmp_path / "fourth.pdf")
    assert fourth["parsed"] == {}  # ... and written anew


@needs_fonts
def test_a_pdf_only_export_loads_neither_the_word_writer_nor_the_store(tmp_path):
    assert export_in_a_new_process(tmp_path, tmp_path / "only.pdf")["loaded"] == []


@pytest.mark.skipif(not DEJAVU.exists(), reason="fonts-dejavu-core")
def test_a_changed_font_file_is_parsed_again(tmp_path):
    font = tmp_path / "DejaVuSans.ttf"
    shutil.copy(DEJAVU, font)
    parsed = ttfont_private.parse_face(str(font))
    font_cache.save(font, parsed)
    cached = font_cache.load(font)
    assert cached is not None and cached.charToGlyph == parsed.charToGlyph
    assert cached.charWidths == parsed.charWidths and cached.name == parsed.name
    assert cached.makeSubset([ord("A"), ord("☑")]) == parsed.makeSubset([ord("A"), ord("☑")])

    stat = font.stat()
    os.utime(font, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # replaced by an update
    assert font_cache.load(font) is None


@pytest.mark.skipif(not DEJAVU.exists(), reason="fonts-dejavu-core")
@pytest.mark.parametrize("damage", [b"", b"\xff" * 64, b"\xfa{}"])
def test_a_corrupt_entry_is_ignored_and_replaced(tmp_path, damage):
    font = tmp_path / "DejaVuSans.ttf"
    shutil.copy(DEJAVU, font)
    font_cache.entry_path(font).parent.mkdir(parents=True)
    font_cache.entry_path(font).write_bytes(damage)
    assert font_cache.load(font) is None
    face = fonts.face(str(font))  # parsed, and the entry written anew
    assert face is not None and ord("☑") in face.charToGlyph
    assert font_cache.load(font) is not None


def test_an_unwritable_cache_costs_speed_not_the_export(tmp_path, monkeypatch):
    if not DEJAVU.exists():
        pytest.skip("fonts-dejavu-core")
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(tmp_path))
    font = tmp_path / "DejaVuSans.ttf"
    shutil.copy(DEJAVU, font)
    font_cache.save(font, ttfont_private.parse_face(str(font)))  # no exception
    assert font_cache.load(font) is None


@pytest.mark.skipif(not DEJAVU.exists(), reason="fonts-dejavu-core")
def test_a_font_over_a_parsed_face_is_what_reportlab_would_build(tmp_path):
    """FaceFont mirrors TTFont.__init__; a reportlab upgrade that adds state shows here."""
    from reportlab.pdfbase.ttfonts import TTFont

    built = TTFont("CJK-test", str(DEJAVU))
    ours = ttfont_private.FaceFont("CJK-test", ttfont_private.parse_face(str(DEJAVU)))
    assert set(vars(ours)) == set(vars(built))
    assert ours.stringWidth("Aa☑", 12) == built.stringWidth("Aa☑", 12)
