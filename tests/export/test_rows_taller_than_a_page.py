"""Texts at the format's limit (20,000 characters) in the PDF: a table row taller than a page is
cut between its lines and continued on the next pages, a long section runs on over pages, and
every character is printed once, in order.

Each long text is written in an alphabet of its own that nothing else on the page uses, so
what the PDF drew of it can be picked out of the page and compared with what was typed.
"""

from __future__ import annotations

import re

from pypdf import PdfReader

from perfeval_gui.core.limits import MAX_TEXT_CHARS

# ten "digits" and two marks per alphabet: 甲壹贰乙 甲壹叁乙 … (no character of the seed's report)
ALPHABETS = ("甲乙壹贰叁肆伍陆柒捌玖拾", "丙丁鼠牛虎兔龙蛇马羊猴鸡", "戊己赤橙黄绿青蓝紫黑灰褐",
             "庚辛琴棋书画诗酒花茶梅兰", "壬癸松柏桃李杏梨枣栗榴柿", "乾坤凤巽坎离艮兑鹤鹿龟鹰")
COLUMNS = ("level1", "level2", "name", "target", "actual", "deviation")


def numbered_text(alphabet: str, length: int) -> str:
    """Numbered words (甲壹乙 甲贰乙 …) up to *length* characters: any piece out of place,
    missing or printed twice shows."""
    open_, close, digits = alphabet[0], alphabet[1], alphabet[2:]
    words, k = [], 0
    while sum(map(len, words)) < length:
        k += 1
        words.append(open_ + "".join(digits[int(d)] for d in str(k)) + close)
    return "".join(words)[:length]


def printed(pdf, alphabet: str) -> tuple[str, list[int]]:
    """What the PDF draws in *alphabet*, in drawing order, and the pages it is drawn on."""
    allowed = set(alphabet)
    parts: list[str] = []
    pages: list[int] = []
    for number, page in enumerate(PdfReader(pdf).pages, start=1):

        def visit(text, *_, number=number):  # type: ignore[no-untyped-def]
            text = re.sub(r"\s+", "", text)
            if text and set(text) <= allowed:
                parts.append(text)
                if not pages or pages[-1] != number:
                    pages.append(number)

        page.extract_text(visitor_text=visit)
    return "".join(parts), pages


def drawn_runs(pdf) -> list[str]:
    """Every run of text the PDF draws, in drawing order."""
    runs: list[str] = []
    for page in PdfReader(pdf).pages:
        page.extract_text(visitor_text=lambda text, *_: runs.append(text))
    return runs


def page_texts(pdf) -> list[str]:
    return [re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(pdf).pages]


def test_a_deviation_at_the_limit_is_printed_whole_over_pages_under_repeated_headers(
        tmp_path, seed_report, national):
    from perfeval_gui.export.writer import export_report

    text = numbered_text(ALPHABETS[0], MAX_TEXT_CHARS)
    seed_report.indicators[1].deviation = text
    pdf = tmp_path / "deviation.pdf"
    export_report(seed_report, national, pdf=pdf, table_only=True)
    drawn, pages = printed(pdf, ALPHABETS[0])
    assert drawn == text  # every character, once, in order
    assert len(pages) > 10 and pages == list(range(pages[0], pages[-1] + 1))
    texts = page_texts(pdf)
    # it starts under the row before it, on the same page, not on a page of its own
    assert "重大敏感时期值班次数" in texts[pages[0] - 1]
    for number in pages:
        page = texts[number - 1]
        assert "三级指标" in page  # the header again on each page the row runs on
        assert "信访人滞留率" in page and "≤15%" in page  # its short cells repeated beside it
    # the rows after it follow where it ends
    assert "值班在位率" in texts[pages[-1] - 1]


def test_every_cell_of_rows_at_the_limit_continues_in_its_own_column(tmp_path, seed_report, national):
    """All six text cells of a row long, and a long 一级指标 merged over two rows: each printed
    once, whole and in order, beside the others — a 一级/二级指标 that long shows its start in
    its narrow column and is printed whole under the table (layout.LEVEL_NOTE_CHARS)."""
    from perfeval_gui.export.layout import LEVEL_SHOWN_CHARS
    from perfeval_gui.export.writer import export_report

    lengths = {"level1": 1_500, "level2": 1_500, "name": 3_000, "target": 3_000, "actual": 3_000,
               "deviation": 4_000}
    texts = {field: numbered_text(alphabet, lengths[field])
             for field, alphabet in zip(COLUMNS, ALPHABETS, strict=True)}
    for field, text in texts.items():
        setattr(seed_report.indicators[1], field, text)
    seed_report.indicators[2].level1 = texts["level1"]  # the same group: one merged cell
    pdf = tmp_path / "row.pdf"
    export_report(seed_report, national, pdf=pdf, table_only=True)
    for field, alphabet in zip(COLUMNS, ALPHABETS, strict=True):
        drawn, _ = printed(pdf, alphabet)
        if field in ("level1", "level2"):  # its start in the cell (beside each page of the
            # row), then whole, once, in its note under the table: lines that also hold the
            # note's mark are read too, keeping this alphabet's characters
            drawn = "".join(c for run in drawn_runs(pdf) for c in run if c in set(alphabet))
            assert drawn.startswith(texts[field][:LEVEL_SHOWN_CHARS]), field
            assert drawn.count(texts[field]) == 1 and drawn.endswith(texts[field]), field
        else:
            assert drawn == texts[field], field
    pages = page_texts(pdf)
    assert "值班在位率" in "".join(pages)  # the second row of the merge, after the long one
    joined = "".join(pages)
    assert "…（注1）" in joined and "…（注2）" in joined and "注1：" in joined and "注2：" in joined


def test_a_section_at_the_limit_runs_on_over_pages_whole(tmp_path, seed_report, national):
    from perfeval_gui.export.writer import export_report

    text = numbered_text(ALPHABETS[1], MAX_TEXT_CHARS)
    seed_report.sections.problems = text
    pdf = tmp_path / "section.pdf"
    export_report(seed_report, national, pdf=pdf)
    drawn, pages = printed(pdf, ALPHABETS[1])
    assert drawn == text
    assert len(pages) > 20


def test_long_texts_are_broken_into_lines_once_not_once_per_page(tmp_path, seed_report, national,
                                                                 monkeypatch):
    """The characters laid out grow with the text, not with the text times its pages (a row of
    20,000-character cells took a minute when each page laid out the rest of it again)."""
    from perfeval_gui.export import pdf_paragraph
    from perfeval_gui.export.writer import export_report

    broken: list[int] = []
    break_lines = pdf_paragraph.break_lines
    monkeypatch.setattr(pdf_paragraph, "break_lines",
                        lambda chars, *rest: broken.append(len(chars)) or break_lines(chars, *rest))
    seed_report.indicators[1].deviation = numbered_text(ALPHABETS[0], MAX_TEXT_CHARS)
    seed_report.indicators[1].target = numbered_text(ALPHABETS[2], MAX_TEXT_CHARS // 4)
    seed_report.sections.problems = numbered_text(ALPHABETS[1], MAX_TEXT_CHARS)
    export_report(seed_report, national, pdf=tmp_path / "once.pdf")
    long_text = MAX_TEXT_CHARS * 2.25
    # the deviation is printed twice (自评表 and the goals table, at two widths)
    assert sum(n for n in broken if n > 1000) <= 2 * long_text, sum(broken)


def test_a_report_without_long_rows_keeps_each_row_on_one_page(tmp_path, seed_report, national):
    """Rows shorter than a page are never cut: a long table breaks between rows."""
    import copy

    from perfeval_gui.export.writer import export_report

    first = seed_report.indicators
    seed_report.indicators = [copy.deepcopy(first[i % len(first)]) for i in range(120)]
    for i, indicator in enumerate(seed_report.indicators):
        indicator.name = f"指标{i:03d}"
        indicator.deviation = f"原因{i:03d}" + "受汛期影响施工，工期顺延。" * (i % 4)
    pdf = tmp_path / "rows.pdf"
    export_report(seed_report, national, pdf=pdf, table_only=True)
    pages = page_texts(pdf)
    assert len(pages) > 3
    for i, indicator in enumerate(seed_report.indicators):
        holding = [page for page in pages if f"指标{i:03d}" in page]
        assert len(holding) == 1, i
        assert re.sub(r"\s+", "", indicator.deviation) in holding[0]


def test_two_long_rows_in_a_row_share_the_page_where_one_ends(tmp_path, seed_report, national):
    """The next long row starts under the end of the one before, in the same table: one
    header a page, never a second one halfway down."""
    from perfeval_gui.export.writer import export_report

    first, second = numbered_text(ALPHABETS[0], 4_000), numbered_text(ALPHABETS[1], 4_000)
    seed_report.indicators[1].deviation = first
    seed_report.indicators[2].deviation = second
    pdf = tmp_path / "two.pdf"
    export_report(seed_report, national, pdf=pdf, table_only=True)
    drawn_first, pages_first = printed(pdf, ALPHABETS[0])
    drawn_second, pages_second = printed(pdf, ALPHABETS[1])
    assert drawn_first == first and drawn_second == second
    assert pages_second[0] == pages_first[-1]
    assert all(page.count("三级指标") == 1 for page in page_texts(pdf))
