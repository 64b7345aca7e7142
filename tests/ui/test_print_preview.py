"""The print preview shows the PDF's pages sharp: at fit-width first, and at 100 % with every
stroke and table border that a high-resolution rendering of the same page has."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from perfeval_gui.export.writer import export_report
from perfeval_gui.ui.files.pdf_preview import PAGE_GAP, PdfPreviewDialog

FORM_PAGE = 1  # the 自评表, after the cover


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory) -> Path:
    from perfeval_gui.core.interchange import read_report_file
    from perfeval_gui.core.profiles import ProfileLibrary
    from tests.conftest import SEED_PATH

    report = read_report_file(SEED_PATH)
    pdf = tmp_path_factory.mktemp("preview") / "seed.pdf"
    export_report(report, ProfileLibrary().get(report.profile), pdf=pdf)
    return pdf


@pytest.fixture
def preview(qtbot, seed_pdf):
    printed = []
    dialog = PdfPreviewDialog(seed_pdf, lambda: printed.append(True), "preview")
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.printed = printed
    yield dialog
    dialog.done(0)


def grey(image: QImage) -> tuple[bytes, int, int]:
    """The image's grey levels, row after row without padding."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())
    return b"".join(data[y * stride:y * stride + width] for y in range(height)), width, height


def reference(pdf: Path, index: int, width: int, height: int) -> QImage:
    """The page rendered at four times the size, then averaged down: what the eye should see."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[index]
        bitmap = page.render(scale=4 * width / page.get_width(), rev_byteorder=True)
        big = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                     QImage.Format.Format_RGB888).copy()
    finally:
        document.close()
    return big.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                      Qt.TransformationMode.SmoothTransformation)


def the_old_way(pdf: Path, index: int, width: int, height: int) -> QImage:
    """What QPrintPreviewDialog showed: a 300 dpi rendering shrunk without smoothing."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        bitmap = document[index].render(scale=300 / 72, rev_byteorder=True)
        big = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                     QImage.Format.Format_RGB888).copy()
    finally:
        document.close()
    return big.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                      Qt.TransformationMode.FastTransformation)


def lost_ink(image: QImage, truth: QImage) -> float:
    """The share of the true page's ink (darkness) that the image does not have where the true
    page has it: strokes and borders that dropped out."""
    shown, _, _ = grey(image)
    true, _, _ = grey(truth)
    missing = sum(max(0, y - x) for x, y in zip(true, shown, strict=True))
    return missing / sum(255 - x for x in true)


def longest_vertical_line(image: QImage) -> int:
    """The longest unbroken dark vertical run, a line allowed to straddle two pixel columns:
    the table's outer border where it is drawn whole."""
    pixels, width, height = grey(image)
    best = 0
    for x in range(width - 1):
        run = 0
        for y in range(height):
            row = y * width
            if min(pixels[row + x], pixels[row + x + 1]) < 170:
                run += 1
                best = max(best, run)
            else:
                run = 0
    return best


def test_the_preview_opens_with_the_page_across_the_width(preview):
    rect = preview.pages.page_rect(0)
    assert abs(rect.width() - (preview.scroll.viewport().width() - 2 * PAGE_GAP)) <= 2
    assert preview.zoom_label.text().strip() == f"{round(preview.pages.zoom * 100)} %"
    assert preview.pages.zoom > 0.9  # not the 38 % it used to open at


def test_at_100_percent_every_stroke_and_border_is_there(preview, seed_pdf):
    preview.actual_action.trigger()
    assert preview.pages.zoom == 1.0 and not preview.fit_width
    shown = preview.pages.render_page(FORM_PAGE)
    size = preview.pages.page_size(FORM_PAGE)
    assert (shown.width(), shown.height()) == (size.width() * shown.devicePixelRatio(),
                                               size.height() * shown.devicePixelRatio())
    truth = reference(seed_pdf, FORM_PAGE, shown.width(), shown.height())
    old = the_old_way(seed_pdf, FORM_PAGE, shown.width(), shown.height())
    # the preview has the true page's strokes, give or take anti-aliasing …
    assert lost_ink(shown, truth) < 0.13
    # … which is how the measure tells the old, broken preview from it
    assert lost_ink(old, truth) > 2 * lost_ink(shown, truth)
    border = longest_vertical_line(truth)
    assert border > shown.height() // 3  # the 自评表's outer border, most of the page tall
    assert longest_vertical_line(shown) >= border - 2


def test_zooming_renders_the_pages_again_at_their_new_size(preview):
    preview.actual_action.trigger()
    at_100 = preview.pages.render_page(0).width()
    preview.in_action.trigger()
    assert preview.pages.zoom == 1.25
    assert abs(preview.pages.render_page(0).width() - at_100 * 1.25) <= 1
    preview.out_action.trigger()
    preview.out_action.trigger()
    assert preview.pages.zoom == 0.9
    preview.fit_action.trigger()
    assert preview.fit_width


def test_print_is_one_click_away(preview):
    preview.print_action.trigger()
    assert preview.printed == [True]


def test_print_preview_in_the_window_shows_the_exported_pages_then_removes_them(
        monkeypatch, qtbot, tmp_path, seed_report):
    import tempfile

    from perfeval_gui.store.repository import ReportStore
    from perfeval_gui.ui.shell.main_window import MainWindow

    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    seen = []

    def look(dialog):
        seen.append((len(dialog.pages.page_points), dialog.windowTitle()))
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", look)
    store = ReportStore(tmp_path / "p.sqlite")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.open_report(store.create(seed_report))
    window.preview_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    pages, title = seen[0]
    assert pages >= 3 and title in ("Print preview", "打印预览")
    qtbot.waitUntil(lambda: list(root.iterdir()) == [], timeout=5_000)
    window.close_report()
    store.close()
