"""Reading a unit's files (perfeval_gui.reader): budget ≤ 0.5 s for a 3-page 自评报告 .docx
or a 200-row .xlsx. Measured, never asserted.

    python benchmarks/read_files.py
"""

from __future__ import annotations

import copy
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.run import SEED, best_of  # noqa: E402
from perfeval_gui.core.interchange import read_report_file  # noqa: E402
from perfeval_gui.core.profiles import ProfileLibrary  # noqa: E402
from perfeval_gui.export.writer import export_report  # noqa: E402
from perfeval_gui.reader import read_file  # noqa: E402
from perfeval_gui.reader.header import header_key, role_of  # noqa: E402

BUDGET = 0.5


def rows(report, count: int):  # type: ignore[no-untyped-def]
    big = copy.deepcopy(report)
    big.indicators = [copy.deepcopy(report.indicators[i % len(report.indicators)]) for i in range(count)]
    for i, indicator in enumerate(big.indicators):
        indicator.name = f"{indicator.name}{i}"
        indicator.weight = Decimal(90) / count
        indicator.score = None
    return big


def cold_read(path: Path) -> None:
    """As the first file of a session: the header words' caches start empty."""
    header_key.cache_clear()
    role_of.cache_clear()
    read_file(path)


def main() -> None:
    seed = read_report_file(SEED)
    profile = ProfileLibrary().get(seed.profile)
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "report.docx"
        export_report(seed, profile, docx=docx)  # cover, 自评表 and body: more than 3 pages
        xlsx = Path(tmp) / "form.xlsx"
        export_report(rows(seed, 200), profile, xlsx=xlsx)
        for label, path in (("自评报告 .docx (seed, cover + table + body)", docx),
                            ("自评表 .xlsx with 200 indicator rows", xlsx)):
            seconds = best_of(lambda p=path: cold_read(p), repeat=5)
            print(f"read {label}: {seconds * 1000:.0f} ms "
                  f"= {seconds / BUDGET:.2f} of the {BUDGET} s budget")


if __name__ == "__main__":
    main()
