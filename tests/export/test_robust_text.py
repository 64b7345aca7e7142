"""Whatever people type or paste, both writers produce their file."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfeval_gui.core.interchange import read_report_file
from perfeval_gui.core.model import SECTION_KEYS
from perfeval_gui.core.profiles import ProfileLibrary
from perfeval_gui.export.sanitize import clean
from perfeval_gui.export.writer import export_report
from tests.conftest import SEED_PATH

NATIONAL = ProfileLibrary().get("national-2020")


def test_clean_keeps_line_breaks_and_drops_controls():
    assert clean("a\x0bb\x07c\x00d\r\ne\u2028f") == "a\nbcd\ne\nf"
    assert clean(None) == ""
    assert clean("正常文字 <>&") == "正常文字 <>&"


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=80), st.text(alphabet=st.characters(max_codepoint=0x3000), max_size=40))
def test_any_text_in_every_field_exports_to_both_formats(any_text, low_text):
    report = read_report_file(SEED_PATH)
    report.project.name = any_text
    report.project.region = low_text
    report.project.unit = any_text + "\x0b\x07"
    report.goal.expected = any_text
    for indicator in report.indicators:
        indicator.name, indicator.deviation = low_text, any_text
        indicator.target = indicator.target + low_text
    for key in SECTION_KEYS:
        setattr(report.sections, key, any_text + "\x00" + low_text)
    for member in report.team:
        member.name = any_text
    with tempfile.TemporaryDirectory() as folder:
        pdf, docx = Path(folder) / "a.pdf", Path(folder) / "a.docx"
        export_report(report, NATIONAL, pdf=pdf, docx=docx)
        assert pdf.stat().st_size > 1000 and docx.stat().st_size > 1000
