"""Chinese lines break as the printed page expects (避头尾): no line starts with ，。；：、）」
nor ends with （「, no 。 hangs out of its cell, no figure is cut; the PDF read back line by line."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from perfeval_gui.export import fonts
from perfeval_gui.export.kinsoku import NOT_AT_LINE_END, NOT_AT_LINE_START, break_lines
from perfeval_gui.export.pdf_paragraph import LineBreakingParagraph
from perfeval_gui.export.pdf_writer import _register_font, _styles

# the marks the issue names; the rules know more
NEVER_FIRST = "，。；：、）」"
NEVER_LAST = "（「"


def broken_lines(lines: list[str]) -> list[str]:
    """Lines that start or end where a Chinese line may not."""
    bad = []
    for line in lines:
        text = line.strip()
        if text and (text[0] in NEVER_FIRST or text[-1] in NEVER_LAST):
            bad.append(text)
    return bad


def pdf_lines(pdf) -> list[str]:
    return [line for page in PdfReader(pdf).pages for line in (page.extract_text() or "").split("\n")]


def test_the_rules_cover_the_marks_the_issue_names():
    assert set(NEVER_FIRST) <= NOT_AT_LINE_START and set(NEVER_LAST) <= NOT_AT_LINE_END


def test_breaking_moves_the_character_before_a_full_stop_down_with_it():
    text = "一二三四五。六七"
    assert break_lines(text, [1.0] * len(text), 5) == ["一二三四", "五。六七"]
    text = "一二三（四五六"
    assert break_lines(text, [1.0] * len(text), 4) == ["一二三", "（四五六"]
    # a figure is one word: it goes to the next line whole
    text = "完成率93.6%以上"
    widths = [1.0 if ord(c) > 0x2000 else 0.5 for c in text]
    assert break_lines(text, widths, 5) == ["完成率", "93.6%以上"]


def test_no_line_of_the_long_report_breaks_the_rules(long_exports):
    _, pdf, _ = long_exports
    lines = pdf_lines(pdf)
    assert len(lines) > 300  # the punctuated sections, read back as lines
    assert broken_lines(lines) == []


@pytest.fixture(scope="module")
def cell_style():
    body = fonts.resolve(None)[fonts.BODY]
    _register_font(body)
    return _styles({fonts.BODY: body.name, fonts.HEADING: body.name, fonts.SUBHEADING: body.name})


def laid_out(paragraph_class, text: str, style, width: float) -> list[tuple[str, float]]:
    """Each laid-out line's text and width (reportlab keeps a single-font line as (space left,
    [text]), a mixed one as a line of frags)."""
    paragraph = paragraph_class(text, style)
    paragraph.wrap(width, 10_000)
    lines = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):
            lines.append(("".join(line[1]), width - line[0]))
        else:
            lines.append(("".join(w.text for w in line.words), line.currentWidth))
    return lines


@pytest.mark.parametrize("width", [40.0 + 3.7 * k for k in range(30)])
def test_a_full_stop_never_sticks_out_of_its_cell(cell_style, width):
    text = "部分上访人进京走访意愿强烈，信上不信下。信访不信法，以期通过去京访给政府施加压力。"
    for markup in (text, text.replace("信访", "信<br/>访", 1)):  # one font; a forced break
        lines = laid_out(LineBreakingParagraph, markup, cell_style["small_cell_left"], width)
        assert all(used <= width + 0.01 for _, used in lines)
        assert "".join(line for line, _ in lines) == text  # nothing lost
        assert broken_lines([line for line, _ in lines]) == []


def test_reportlab_alone_let_it_hang(cell_style):
    """What the writer fixed: reportlab's own wrapper hangs a full stop past the edge."""
    style = cell_style["small_cell_left"]
    text = "信上不信下。信访不信法。"
    width = next(w / 10 for w in range(200, 1200)
                 if max(used for _, used in laid_out(Paragraph, text, style, w / 10)) > w / 10 + 0.01)
    assert max(used for _, used in laid_out(LineBreakingParagraph, text, style, width)) <= width + 0.01


def test_figures_are_never_cut_in_the_pdf(long_exports):
    _, pdf, _ = long_exports
    lines = [line.strip() for line in pdf_lines(pdf)]
    assert not any(line.startswith(("%", ".6%", "6%")) for line in lines)
    assert sum("93.6%" in line for line in lines) >= 40


def line_texts(paragraph) -> list[str]:
    return ["".join(line[1]) if isinstance(line, tuple) else "".join(w.text for w in line.words)
            for line in paragraph.blPara.lines]


@pytest.mark.parametrize("forced_break", [False, True])
def test_a_paragraph_cut_over_pages_goes_on_with_the_lines_it_broke(cell_style, forced_break):
    """The rest of a cut paragraph is laid out as the whole was, without breaking it again
    (the body style's first-line indent is the rest's no more)."""
    text = "部分上访人进京走访意愿强烈，信上不信下。信访不信法，以期通过去京访给政府施加压力。" * 40
    markup = text.replace("信访", "信<br/>访", 1) if forced_break else text
    style = cell_style["body"]
    whole = LineBreakingParagraph(markup, style)
    whole.wrap(300, 10_000)
    lines = line_texts(whole)
    first, rest = whole.split(300, style.leading * 10.5)
    first.wrap(300, 10_000)
    assert line_texts(first) == lines[:10]
    calls = []
    rest._single = rest._mixed = lambda *a: calls.append(a)  # it must not lay itself out again
    rest.wrap(300, 10_000)
    assert calls == [] and line_texts(rest) == lines[10:]
    assert "".join(line_texts(first) + line_texts(rest)) == text


def test_a_piece_of_a_paragraph_draws_just_its_lines(cell_style):
    text = "信访不信法，以期通过去京访给政府施加压力。" * 30
    paragraph = LineBreakingParagraph(text, cell_style["cell_left"])
    paragraph.wrap(80, 10_000)
    lines = line_texts(paragraph)
    piece = paragraph.piece(80, 5, 7)
    assert piece.wrap(80, 10_000)[1] == 7 * cell_style["cell_left"].leading
    assert line_texts(piece) == lines[5:12]
    assert paragraph.line_count(80) == len(lines)


@pytest.mark.parametrize("text", ["第一行\n第二行", "\n\n年　　月　　日", "末尾换行\n", "空行\n\n之后",
                                  "信访不信法，以期通过去京访给政府施加压力。\n" * 5 + "完成率93.6%"])
def test_lines_typed_in_one_font_break_as_character_by_character(cell_style, text):
    """A cell typed over several lines is laid out a line at a time: the same lines, the same
    room left on each, as the character-at-a-time layout of mixed fonts gives."""
    markup = text.replace("\n", "<br/>")
    for width in (40.0, 75.0, 200.0):
        paragraph = LineBreakingParagraph(markup, cell_style["cell_left"])
        limits = [width, width]
        fast, slow = paragraph._single(limits), paragraph._mixed(limits)
        assert [line[1][0] for line in fast.lines] == \
            ["".join(w.text for w in line.words) for line in slow.lines]
        assert [round(line[0], 6) for line in fast.lines] == \
            [round(line.maxWidth - line.currentWidth, 6) for line in slow.lines]


def test_blank_lines_before_a_cells_text_push_it_down_by_its_own_line_height(tmp_path, cell_style):
    """reportlab sets the line height with the first character it draws: the blank lines
    before it must move down by the paragraph's line height, not the page's last one."""
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "blank.pdf"
    canvas = Canvas(str(pdf))
    canvas.setFont("Helvetica", 30, 80)  # another line height, left on the page
    style = cell_style["cell"]
    for x, markup in ((100, "年"), (300, "<br/><br/>月")):
        paragraph = LineBreakingParagraph(markup, style)
        paragraph.wrap(100, 1000)
        paragraph.drawOn(canvas, x, 500 - paragraph.height)  # both with their first line at the top
    canvas.showPage()
    canvas.save()
    heights: dict[str, float] = {}

    def visit(text, cm, tm, *_) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            heights.setdefault(text.strip(), cm[5] + tm[5])

    PdfReader(pdf).pages[0].extract_text(visitor_text=visit)
    assert abs(heights["年"] - heights["月"] - 2 * style.leading) < 0.1, heights
