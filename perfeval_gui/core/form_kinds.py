"""The three forms of a project's year (annual-cycle.md) and what each one IS, described once:
its names on paper, in a workbook, in a comparison and in a message, its page, the parts of the
report it has and its place in the year. Every layer that names or prints a form derives from
``FORM_KINDS`` (the Excel sheet, the printed title, the reader's kind, the comparison's label,
the window's hidden pages), so adding a form starts here. A module of its own, importing
nothing, so the model's column descriptions (``form_columns.py``) and the message catalogue can
use it without importing back; ``forms.py`` holds what each form may hold."""

from __future__ import annotations

from dataclasses import dataclass

SELF_EVALUATION = "self_evaluation"  # 绩效自评表, after the year
MONITORING = "monitoring"  # 绩效运行监控表, mid-year
DECLARATION = "declaration"  # 绩效目标申报表, at budget time
FORMS = (SELF_EVALUATION, MONITORING, DECLARATION)


@dataclass(frozen=True)
class FormKind:
    """What one form of the year is."""

    short_name: str  # 自评表: how the reader names what it found, and the Excel sheet's name
    title: str  # the paper's title, over the printed form and in the file's properties
    label: str  # one word where the years' forms are listed side by side (the comparison)
    named: tuple[str, str]  # the form in a message (zh, en): messages.py's form.<key>
    year_order: int  # its place in the year as it is lived: declared, monitored, evaluated
    landscape: bool = False  # printed on A4 landscape whatever the export asks
    has_narrative: bool = False  # a 自评报告's narrative comes with it
    has_team: bool = False  # so does the 评价组

    @property
    def sheet(self) -> str:
        """The Excel sheet's name: the short name (a sheet name has at most 31 characters)."""
        return self.short_name


FORM_KINDS: dict[str, FormKind] = {
    SELF_EVALUATION: FormKind("自评表", "项目支出绩效自评表", "自评", ("绩效自评表", "self-evaluation"),
                              year_order=2, has_narrative=True, has_team=True),
    # the monitoring form's nine columns are the central template's landscape page
    MONITORING: FormKind("监控表", "项目支出绩效目标执行监控表", "监控",
                         ("绩效运行监控表", "monitoring form"), year_order=1, landscape=True),
    DECLARATION: FormKind("申报表", "项目支出绩效目标申报表", "申报",
                          ("绩效目标申报表", "target declaration"), year_order=0),
}
