"""The figures a monitoring form has in place of points (annual-cycle.md): 执行率 to date
against the time progress of its period, the projected 执行率, the rows at risk. No 分值, no
得分, no grade."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from ...core import monitoring
from ...core.figures import percent_figure_text
from ...core.model import Report
from ...core.profiles import Profile

LAG_STYLE = "color: #a61b1b; font-weight: bold;"
FIGURE_STYLE = "font-size: 20px; font-weight: bold;"


class MonitoringFigures(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Execution against time"))
        self.setObjectName("monitoringFigures")
        self.rate = QLabel("—")
        self.rate.setObjectName("executionRate")
        self.rate.setStyleSheet(FIGURE_STYLE)
        self.time = QLabel("—")
        self.time.setObjectName("timeProgress")
        self.verdict = QLabel()
        self.verdict.setObjectName("executionVerdict")
        self.verdict.setWordWrap(True)
        self.projected = QLabel("—")
        self.projected.setObjectName("projectedRate")
        self.at_risk = QLabel("—")
        self.at_risk.setObjectName("atRisk")
        self.at_risk.setWordWrap(True)
        self.rate_caption = QLabel(self.tr("Execution rate:"))
        form = QFormLayout(self)
        form.addRow(self.rate_caption, self.rate)
        form.addRow(self.tr("Time progress:"), self.time)
        form.addRow(self.verdict)
        form.addRow(self.tr("Projected for the year:"), self.projected)
        form.addRow(self.tr("Rows at risk:"), self.at_risk)

    def show_report(self, report: Report, profile: Profile) -> None:
        end = monitoring.period_last_day(report, profile)
        self.rate_caption.setText(self.tr("Execution rate, months 1–%1:").replace("%1", str(end.month)))
        done = monitoring.execution(report, profile)
        time = monitoring.time_progress(report, profile)
        self.rate.setText(percent_figure_text(done.rate))
        self.time.setText(self.tr("%1 (to %2)").replace("%1", percent_figure_text(time))
                          .replace("%2", end.isoformat()))
        self.projected.setText(percent_figure_text(done.projected_rate))
        lags = monitoring.lags(report, profile)
        if done.rate is None:
            self.verdict.setText(self.tr("Fill in the budget and the amount executed so far."))
            self.verdict.setStyleSheet("")
        elif lags:
            self.verdict.setText(self.tr("Behind the time progress: give the reason."))
            self.verdict.setStyleSheet(LAG_STYLE)
        else:
            self.verdict.setText(self.tr("Keeps up with the time progress."))
            self.verdict.setStyleSheet("")
        risky = [i for i, row in enumerate(report.indicators) if monitoring.at_risk(row)]
        self.at_risk.setText(self.tr("none") if not risky else self.tr(", ").join(
            report.indicators[i].name or str(i + 1) for i in risky))


def execution_line(report: Report, profile: Profile) -> str:
    """One line under the funds table: 执行率 to date, the time progress, projected."""
    end = monitoring.period_last_day(report, profile)
    done = monitoring.execution(report, profile)
    rate, projected = percent_figure_text(done.rate), percent_figure_text(done.projected_rate)
    line = QCoreApplication.translate(
        "MonitoringFigures",
        "Execution rate, months 1–%1: %2; time progress %3; projected for the year: %4") \
        .replace("%1", str(end.month)).replace("%2", rate) \
        .replace("%3", percent_figure_text(monitoring.time_progress(report, profile))) \
        .replace("%4", projected)
    if monitoring.lags(report, profile):
        line += QCoreApplication.translate("MonitoringFigures", " — behind the time progress")
    return line
