"""Pages 1 and 2 of the seed's PDF and Word exports as PNGs, for the README.

    python docs/make_report_images.py      (needs pdftoppm; LibreOffice for the .docx pages)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from perfeval_gui.core.interchange import read_report_file  # noqa: E402
from perfeval_gui.core.profiles import ProfileLibrary  # noqa: E402
from perfeval_gui.export.writer import export_report  # noqa: E402
from perfeval_gui.resources import demo_report_path  # noqa: E402


def pages_to_png(pdf: Path, prefix: str) -> None:
    subprocess.run(["pdftoppm", "-r", "80", "-f", "1", "-l", "2", "-png", str(pdf),
                    str(ROOT / "docs" / prefix)], check=True)


def main() -> None:
    report = read_report_file(demo_report_path())
    with tempfile.TemporaryDirectory() as tmp:
        pdf, docx = Path(tmp) / "seed.pdf", Path(tmp) / "seed.docx"
        export_report(report, ProfileLibrary().get(report.profile), pdf=pdf, docx=docx)
        pages_to_png(pdf, "export-pdf")
        office = shutil.which("libreoffice") or shutil.which("soffice")
        if office:
            subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", tmp,
                            str(docx)], check=True, capture_output=True)
            pages_to_png(Path(tmp) / "seed.pdf", "export-docx")
    for png in sorted((ROOT / "docs").glob("export-*.png")):
        print(png.relative_to(ROOT))


if __name__ == "__main__":
    main()
