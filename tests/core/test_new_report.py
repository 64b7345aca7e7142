"""Starting a report: last year's, the user's cover defaults filled in, the total row ready."""

from __future__ import annotations

from datetime import date

from perfeval_gui.core.file_names import report_title, safe_file_name
from perfeval_gui.core.model import TOTAL_FUNDS_LABEL, Report
from perfeval_gui.core.new_report import COVER_DEFAULT_FIELDS, new_report


def test_a_new_report_is_about_last_year_with_the_cover_defaults_filled_in():
    defaults = {"unit": "子洲县信访局", "credit_code": "11612732MB2955743A", "phone": "0912-7221234"}
    report = new_report("budget-system", defaults)
    assert report.year == date.today().year - 1 and report.profile == "budget-system"
    assert report.project.unit == "子洲县信访局"
    assert report.project.credit_code == "11612732MB2955743A"
    assert report.evaluation.phone == "0912-7221234"
    assert report.project.department == "" and report.project.name == ""
    # the funds table as the paper prints it: the total, then its 其中 rows, empty
    assert [row.label for row in report.funds.rows] == [TOTAL_FUNDS_LABEL, "其中：财政拨款", "其他资金"]
    assert all(row.initial is None and row.executed is None for row in report.funds.rows)


def test_every_cover_default_names_a_field_of_the_model():
    report = new_report("national-2020", {key: f"<{key}>" for key in COVER_DEFAULT_FIELDS}, year=2024)
    assert report.year == 2024
    for key, path in COVER_DEFAULT_FIELDS.items():
        record, field = path.split(".")
        assert getattr(getattr(report, record), field) == f"<{key}>"


def test_a_file_name_is_safe_on_windows_and_not_too_long():
    report = Report(year=2023)
    report.project.name = '值班/接访:"重点"*项目?' + "长" * 100
    name = safe_file_name(report)
    assert name.startswith("2023-值班_接访__重点__项目_") and len(name) == 80
    assert safe_file_name(Report(year=2023)) == "2023-report"


def test_titles_and_file_names_say_the_year_and_the_word_project_once():
    report = Report(year=2024)
    for typed in ("2024年农村饮水安全维修养护项目", "农村饮水安全维修养护项目", "农村饮水安全维修养护",
                  "2024年度农村饮水安全维修养护", "2024 农村饮水安全维修养护项目"):
        report.project.name = typed
        assert report_title(report) == "农村饮水安全维修养护项目2024年绩效自评报告", typed
        assert safe_file_name(report).startswith("2024-农村饮水安全维修养护"), typed
        assert "2024" not in safe_file_name(report)[4:], typed
    report.project.name = "2023年遗留问题整改"  # another year is part of the name: kept
    assert report_title(report) == "2023年遗留问题整改项目2024年绩效自评报告"
