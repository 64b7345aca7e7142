from __future__ import annotations

import pytest

from perfeval_gui.export.writer import export_report


@pytest.fixture(scope="module")
def seed_exports(tmp_path_factory):
    """The seed exported once to both formats (reading them back is what the tests do)."""
    from perfeval_gui.core.interchange import read_report_file
    from perfeval_gui.core.profiles import ProfileLibrary
    from tests.conftest import SEED_PATH

    folder = tmp_path_factory.mktemp("exports")
    report = read_report_file(SEED_PATH)
    pdf, docx = folder / "seed.pdf", folder / "seed.docx"
    export_report(report, ProfileLibrary().get("national-2020"), pdf=pdf, docx=docx)
    return report, pdf, docx


@pytest.fixture(scope="module")
def long_exports(tmp_path_factory):
    """The long report exported once to both formats."""
    from perfeval_gui.core.interchange import read_report_file
    from perfeval_gui.core.profiles import ProfileLibrary
    from tests.conftest import SEED_PATH

    from .long_report import long_report

    folder = tmp_path_factory.mktemp("long")
    report = long_report(read_report_file(SEED_PATH))
    pdf, docx = folder / "long.pdf", folder / "long.docx"
    export_report(report, ProfileLibrary().get(report.profile), pdf=pdf, docx=docx)
    return report, pdf, docx
