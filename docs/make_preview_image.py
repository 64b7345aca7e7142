"""The print preview at 100 %, on the 自评表 of the long-name report, for the README.

    QT_QPA_PLATFORM=offscreen python docs/make_preview_image.py   (or under xvfb-run)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))

from make_report_images import long_name_report  # noqa: E402

from perfeval_gui.core.profiles import ProfileLibrary  # noqa: E402
from perfeval_gui.export.writer import export_report  # noqa: E402
from perfeval_gui.ui.base.translations import install_translators  # noqa: E402
from perfeval_gui.ui.files.pdf_preview import PdfPreviewDialog  # noqa: E402
from perfeval_gui.ui.shell.app import make_application  # noqa: E402

SIZES = [(1366, 768), (1920, 1080)]
FORM_PAGE = 1


def main() -> None:
    app = make_application([])
    keep = install_translators(app)
    report = long_name_report()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "long.pdf"
        export_report(report, ProfileLibrary().get(report.profile), pdf=pdf)
        for width, height in SIZES:
            dialog = PdfPreviewDialog(pdf, lambda: None, app.translate("ExportActions", "Print preview"))
            dialog.resize(width, height)
            dialog.show()
            app.processEvents()
            dialog.actual_action.trigger()
            app.processEvents()
            dialog.scroll.verticalScrollBar().setValue(dialog.pages.page_rect(FORM_PAGE).top() - 8)
            for _ in range(5):
                app.processEvents()
            out = ROOT / "docs" / f"print-preview-100-{width}x{height}.png"
            dialog.grab().save(str(out))
            print(out.relative_to(ROOT))
            dialog.done(0)
    del keep


if __name__ == "__main__":
    main()
