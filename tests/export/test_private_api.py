"""The dependencies' internals the writers reach into still exist and still mean what we read.

Each test names the adapter and the dependency, so a python-docx or reportlab release that
moves them fails here, by name, instead of as a broken export on a user's PC.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table

from perfeval_gui.export.docx_private import cell_of, paragraph_element, run_element, table_element
from perfeval_gui.export.reportlab_private import row_heights

CJK_STYLE = ParagraphStyle("test", fontName="Helvetica", fontSize=10, wordWrap="CJK")


def test_python_docx_still_hands_out_a_tables_element():
    table = Document().add_table(rows=2, cols=3)
    element = table_element(table)
    assert element.tag == qn("w:tbl"), "python-docx: Table._tbl is no longer the <w:tbl>"
    assert len(element.tr_lst) == 2 and element.tblGrid is not None and element.tblPr is not None


def test_python_docx_still_wraps_a_cell_the_writer_made_itself():
    table = Document().add_table(rows=1, cols=1)
    tr = table_element(table).tr_lst[0]
    tc = tr.add_tc()
    cell = cell_of(tc, table)
    cell.paragraphs[0].add_run("填")  # a new <w:tc> comes with its one paragraph
    assert "填" in tc.xml, "python-docx: _Cell(tc, table) no longer writes into the <w:tc>"
    cell.width = Pt(10)
    assert cell.width == Pt(10)


def test_python_docx_still_hands_out_a_runs_element():
    run = Document().add_paragraph().add_run("字")
    element = run_element(run)
    assert element.tag == qn("w:r"), "python-docx: Run._r is no longer the <w:r>"
    assert element.get_or_add_rPr().tag == qn("w:rPr")


def test_reportlab_still_keeps_the_heights_of_a_laid_out_tables_rows():
    table = Table([["一"], ["二\n三"], ["四"]])
    _, height = table.wrap(200, 1000)
    heights = row_heights(table)
    assert len(heights) == 3, "reportlab: Table._rowHeights no longer holds one height per row"
    assert abs(sum(heights) - height) < 0.01
    assert heights[1] > heights[0]  # two lines are taller than one


def test_python_docx_still_hands_out_a_paragraphs_element():
    paragraph = Document().add_paragraph("字")
    element = paragraph_element(paragraph)
    assert element.tag == qn("w:p"), "python-docx: Paragraph._p is no longer the <w:p>"
    assert element.get_or_add_pPr().tag == qn("w:pPr")


def test_reportlab_still_lays_out_cjk_lines_from_glyphs_that_know_their_width():
    from reportlab.platypus import Paragraph
    from reportlab.platypus.paragraph import FragLine

    from perfeval_gui.export.reportlab_private import cjk_glyphs, cjk_line, cjk_lines

    paragraph = Paragraph("ab<br/>c", CJK_STYLE)
    glyphs = cjk_glyphs(paragraph.frags)
    assert [str(g) for g in glyphs if str(g)] == ["a", "b", "c"], "reportlab: cjkU is no longer a str"
    assert all(g.width > 0 for g in glyphs if str(g)), "reportlab: cjkU no longer knows its width"
    assert any(hasattr(g.frag, "lineBreak") for g in glyphs), "reportlab: <br/> no longer a lineBreak frag"
    line = cjk_line(glyphs[:2], 100.0, glyphs[0].width + glyphs[1].width, False)
    assert isinstance(line, FragLine) and "".join(w.text for w in line.words) == "ab"
    assert cjk_lines([line]).kind == 1


def test_reportlab_still_lets_a_canvas_keep_its_pages_until_the_count_is_known(tmp_path):
    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas

    from perfeval_gui.export.reportlab_private import keep_page, restore_page

    canvas = Canvas(str(tmp_path / "kept.pdf"))
    kept = []
    for text in ("one", "two", "three"):
        canvas.setFont("Helvetica", 12)
        canvas.drawString(100, 700, text)
        kept.append(keep_page(canvas))  # reportlab: Canvas._startPage begins the next page
    for page in kept:
        restore_page(canvas, page)  # reportlab: a canvas's page is its __dict__
        canvas.setFont("Helvetica", 12)
        canvas.drawString(100, 100, f"{canvas.getPageNumber()} of {len(kept)}")
        canvas.showPage()
    canvas.save()
    pages = [page.extract_text() for page in PdfReader(tmp_path / "kept.pdf").pages]
    assert len(pages) == 3
    for number, (text, page) in enumerate(zip(("one", "two", "three"), pages, strict=True), start=1):
        assert text in page and f"{number} of 3" in page


# reportlab's TrueType internals (export/ttfont_private.py), on a CJK font the tests install:
# packaging/dev.sh installs fonts-arphic-uming (never skipped: a missing font fails here)
UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")


def uming() -> str:
    assert UMING.exists(), "fonts-arphic-uming is missing: run packaging/dev.sh setup"
    return str(UMING)


def test_reportlab_still_builds_a_ttfont_over_a_face_as_facefont_does():
    from reportlab.pdfbase.ttfonts import TTFont

    from perfeval_gui.export.ttfont_private import FaceFont, parse_face

    built = TTFont("CJK-private", uming())
    ours = FaceFont("CJK-private", parse_face(uming()))
    assert set(vars(ours)) == set(vars(built)), "reportlab: TTFont.__init__ sets other state now"
    for name in set(vars(built)) - {"face", "encoding", "state"}:
        assert getattr(ours, name) == getattr(built, name), f"reportlab: TTFont.{name} differs"
    assert ours.stringWidth("中文Aa，", 12) == built.stringWidth("中文Aa，", 12)


def test_reportlab_still_reads_a_faces_glyphs_from_its_glyf_table_at_its_position():
    from reportlab.pdfbase.ttfonts import TTFontFace

    from perfeval_gui.export.ttfont_private import parse_face

    theirs = TTFontFace(uming(), subfontIndex=0).get_table("glyf")
    ours = parse_face(uming()).get_table("glyf")  # reportlab: get_table_pos and _ttf_data
    assert len(ours) == len(theirs)
    for start in (0, len(theirs) // 2, len(theirs) - 64):
        assert ours[start:start + 64] == theirs[start:start + 64]


def test_reportlab_still_keeps_a_parsed_face_as_plain_data_the_cache_can_give_back(tmp_path):
    import marshal

    from pypdf import PdfReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen.canvas import Canvas

    from perfeval_gui.export.ttfont_private import (
        NOT_KEPT,
        REQUIRED,
        FaceFont,
        face_data,
        face_from_data,
        parse_face,
    )

    parsed = parse_face(uming())
    assert set(REQUIRED) <= set(vars(parsed)), "reportlab: a parsed face lacks state we keep"
    state, names, arrays = marshal.loads(marshal.dumps(face_data(parsed)))  # plain data only
    rebuilt = face_from_data(state, names, arrays)
    assert rebuilt is not None
    kept = set(vars(parsed)) - set(NOT_KEPT)
    assert kept <= set(vars(rebuilt)), "reportlab: a parsed face holds state the cache loses"
    for name in kept - {"glyphPos", "hmetrics"}:
        assert getattr(rebuilt, name) == getattr(parsed, name), f"reportlab: face.{name} differs"
    assert list(rebuilt.glyphPos) == list(parsed.glyphPos)
    assert [rebuilt.hmetrics[g] for g in range(len(parsed.hmetrics))] == list(parsed.hmetrics)
    pdfmetrics.registerFont(FaceFont("CJK-cached", rebuilt))
    canvas = Canvas(str(tmp_path / "cached.pdf"))
    canvas.setFont("CJK-cached", 14)
    canvas.drawString(100, 700, "绩效自评表，满意度")
    canvas.save()
    assert "绩效自评表，满意度" in PdfReader(tmp_path / "cached.pdf").pages[0].extract_text()


# reportlab's paragraph hooks (export/reportlab_private.py's LineHookParagraph)


class _Spy:
    def __init__(self) -> None:
        self.asked: list[list[float]] = []
        self.began = 0


def _hooked(text: str, answer, spy: _Spy):  # type: ignore[no-untyped-def]
    from perfeval_gui.export.reportlab_private import LineHookParagraph

    class Hooked(LineHookParagraph):
        def own_lines(self, limits):  # type: ignore[no-untyped-def]
            spy.asked.append(limits)
            return answer(self)

        def beginText(self, x, y):  # type: ignore[no-untyped-def]
            spy.began += 1
            return super().beginText(x, y)

    return Hooked(text, CJK_STYLE)


def test_reportlab_still_asks_a_cjk_paragraph_for_its_lines_and_draws_them(tmp_path):
    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas

    from perfeval_gui.export.reportlab_private import plain_lines

    spy = _Spy()
    paragraph = _hooked("abc", lambda p: plain_lines(p.frags[0], [(50.0, ["ab"]), (60.0, ["c"])]), spy)
    _, height = paragraph.wrap(100, 1000)
    assert len(spy.asked) == 1 and spy.asked[0][0] == 100.0, \
        "reportlab: wrap no longer asks breakLinesCJK for the lines of a width"
    assert height == 2 * CJK_STYLE.leading and len(paragraph.laid_out_lines()) == 2
    canvas = Canvas(str(tmp_path / "lines.pdf"))
    paragraph.drawOn(canvas, 100, 700)
    canvas.save()
    assert spy.began == 1, "reportlab: a paragraph's text no longer begins at beginText"
    text = PdfReader(tmp_path / "lines.pdf").pages[0].extract_text()
    assert text.split() == ["ab", "c"], "reportlab: plain lines (kind 0) drawn otherwise"


def test_reportlab_still_marks_the_part_its_own_split_laid_out():
    spy = _Spy()
    paragraph = _hooked("字" * 60, lambda p: None, spy)  # reportlab breaks the lines itself
    paragraph.wrap(100, 1000)
    first, rest = paragraph.split(100, CJK_STYLE.leading * 2.5)
    asked = len(spy.asked)
    assert getattr(first, "_splitpara", 0), "reportlab: a split part is no longer _splitpara"
    first.wrap(100, 1000)
    assert len(spy.asked) == asked, "the hook broke a part reportlab had laid out"
    assert len(first.laid_out_lines()) == 2 and rest.wrap(100, 1000)[1] > 0


def test_reportlab_still_draws_a_part_from_lines_already_broken():
    from perfeval_gui.export.reportlab_private import plain_lines

    spy = _Spy()
    answer = [(10.0, ["a"]), (10.0, ["b"]), (10.0, ["c"])]
    paragraph = _hooked("abc", lambda p: plain_lines(p.frags[0], answer), spy)
    paragraph.wrap(100, 1000)
    part = paragraph.with_lines(CJK_STYLE, paragraph.laid_out_lines()[1:])
    assert part.wrap(100, 1000)[1] == 2 * CJK_STYLE.leading
    assert [words for _room, words in part.laid_out_lines()] == [["b"], ["c"]]
    assert len(spy.asked) == 1  # the part is not broken again
