"""Pages 1–3 (cover, 自评表, first page of the text) of a long-name report's PDF and Word
exports as PNGs: the demo report under a project name of the format's 200 characters.

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
from perfeval_gui.core.model import Report  # noqa: E402
from perfeval_gui.core.profiles import ProfileLibrary  # noqa: E402
from perfeval_gui.export.writer import export_report  # noqa: E402
from perfeval_gui.resources import demo_report_path  # noqa: E402

LONG_NAME = (
    "重大敏感时期值班接访及信访积案化解、矛盾纠纷排查调处、进京赴省越级上访劝返稳控、"
    "网上信访事项办理和信访信息系统运行维护、基层信访工作规范化建设、信访干部业务培训、"
    "群众来访接待场所改造提升、“阳光信访”宣传教育、信访听证和第三方评议、"
    "重点信访人员帮扶救助、人民调解员队伍建设、乡镇（街道）综治中心联动、"
    "领导干部公开接访下访、信访事项复查复核与督查督办、信访法治化建设试点及信访工作专项经费管理等综合保障"
)


def long_name_report() -> Report:
    report = read_report_file(demo_report_path())
    report.project.name = LONG_NAME[:200]
    return report


def pages_to_png(pdf: Path, prefix: str) -> None:
    subprocess.run(["pdftoppm", "-r", "80", "-f", "1", "-l", "3", "-png", str(pdf),
                    str(ROOT / "docs" / prefix)], check=True)


def main() -> None:
    report = long_name_report()
    assert len(report.project.name) == 200, len(report.project.name)
    with tempfile.TemporaryDirectory() as tmp:
        pdf, docx = Path(tmp) / "long.pdf", Path(tmp) / "long.docx"
        export_report(report, ProfileLibrary().get(report.profile), pdf=pdf, docx=docx)
        pages_to_png(pdf, "export-pdf")
        office = shutil.which("libreoffice") or shutil.which("soffice")
        if office:
            out = Path(tmp) / "office"
            subprocess.run([office, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                            "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                           check=True, capture_output=True)
            pages_to_png(out / "long.pdf", "export-docx")
    for png in sorted((ROOT / "docs").glob("export-*.png")):
        print(png.relative_to(ROOT))


if __name__ == "__main__":
    main()
