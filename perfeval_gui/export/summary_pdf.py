"""The summary as a landscape PDF: the table, its totals line and three charts drawn with
reportlab's own graphics (grade distribution, 执行率 per project with the 90 % line, self vs
rule total), from the same rows the window draws."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..core.figures import figure_text, round2
from ..core.monitoring_summary import MonitoringRow, MonitoringTotals
from ..core.summary import LOW_RATE, SummaryRow, SummaryTotals
from . import fonts
from .columns import (
    POINT_MM,
    SAFETY,
    balanced_header,
    needs,
    room_em,
    text_em,
    two_line_em,
    widths_at_least,
)
from .summary_table import (
    COLUMNS,
    MONITORING_COLUMNS,
    RISK_COLUMNS,
    Column,
    grade_counts,
    monitoring_title,
    monitoring_totals_line,
    risky_indicators,
    title_for,
)

PT = 8
CELL_PAD_PT = 6  # reportlab's table cells, left and right
CHART_W, CHART_H = 250, 150


def _font() -> str:
    body = fonts.resolve(None)[fonts.BODY]
    if body.name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(body.name, str(body.path), subfontIndex=0))
    return body.name


def write_summary_pdf(rows: list[SummaryRow], totals: SummaryTotals, target: Path, year: str) -> None:
    font = _font()
    page = landscape(A4)
    doc = SimpleDocTemplate(str(target), pagesize=page, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=title_for(year),
                            creator="perfeval-gui", initialFontName=font)
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    cell = ParagraphStyle("cell", fontName=font, fontSize=PT, leading=PT * 1.3)
    story = [Paragraph(escape(title_for(year)), title), Spacer(0, 4 * mm),
             _table(rows, totals, cell, doc.width), Spacer(0, 6 * mm),
             _charts(rows, totals, font)]
    doc.build(story)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return figure_text(Decimal(str(value)))
    return str(value)


def _table(rows: list[SummaryRow], totals: SummaryTotals, cell: ParagraphStyle, width: float) -> Table:
    data = [[Paragraph(escape(c.title), cell) for c in COLUMNS]]
    for row in rows:
        data.append([Paragraph(escape(_text(c.value(row))), cell) for c in COLUMNS])
    data.append([Paragraph(escape(_totals_line(totals)), cell)] + [""] * (len(COLUMNS) - 1))
    scale = width / sum(c.width for c in COLUMNS)
    table = Table(data, colWidths=[c.width * scale for c in COLUMNS], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (0, -1), (-1, -1)),
    ]))
    return table


def _totals_line(totals: SummaryTotals) -> str:
    def fig(value: object) -> str:
        return "—" if value is None else figure_text(value)  # type: ignore[arg-type]

    grades = "，".join(f"{name} {count}" for name, count in grade_counts(totals))
    return (f"合计 {totals.reports} 份（跳过 {totals.skipped} 份）：全年预算数 {fig(totals.budget)} 万元，"
            f"全年执行数 {fig(totals.executed)} 万元，执行率 {fig(totals.rate)}%；"
            f"自评总分平均 {fig(totals.mean_total)}，中位数 {fig(totals.median_total)}；{grades}")


def _caption(drawing: Drawing, text: str, font: str) -> None:
    drawing.add(String(CHART_W / 2, CHART_H - 10, text, fontName=font, fontSize=9, textAnchor="middle"))


def _bar(values: list[float], names: list[str], font: str, top: float) -> tuple[Drawing, VerticalBarChart]:
    drawing = Drawing(CHART_W, CHART_H)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, CHART_W - 40, CHART_H - 55
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = names or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.bars[0].fillColor = colors.HexColor("#4472C4")
    drawing.add(chart)
    return drawing, chart


def _charts(rows: list[SummaryRow], totals: SummaryTotals, font: str) -> Table:
    counts = grade_counts(totals)
    grades, _ = _bar([c for _, c in counts], [n for n, _ in counts], font,
                     max([c for _, c in counts] + [1]) + 1)
    _caption(grades, "等级分布（份）", font)

    rated = [r for r in rows if r.rate is not None]
    top = max([100.0] + [float(r.rate) for r in rated]) * 1.1  # type: ignore[arg-type]
    rates, chart = _bar([float(r.rate) for r in rated],  # type: ignore[arg-type]
                        [r.project[:6] for r in rated], font, top)
    for i, row in enumerate(rated):
        if row.low_rate:
            chart.bars[(0, i)].fillColor = colors.HexColor("#C0504D")
    y = chart.y + chart.height * float(LOW_RATE) / top
    rates.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=colors.red, strokeDashArray=[3, 2]))
    _caption(rates, "执行率（%，虚线为 90%）", font)

    scatter = Drawing(CHART_W, CHART_H)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 30, 30, CHART_W - 40, CHART_H - 55
    points = [(float(round2(r.rule_total)), float(round2(r.total))) for r in rows
              if r.total is not None and r.rule_total is not None]
    plot.data = [points or [(0, 0)], [(0, 0), (100, 100)]]
    plot.lines[0].strokeColor = None
    plot.lines[0].symbol = makeMarker("FilledCircle", size=3)
    plot.lines[1].strokeColor = colors.grey
    plot.lines[1].strokeDashArray = [2, 2]
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.valueMin, axis.valueMax = 0, 100
        axis.labels.fontName = font
        axis.labels.fontSize = 6
    scatter.add(plot)
    _caption(scatter, "自评总分（纵）与规则总分（横）", font)
    return Table([[grades, rates, scatter]])


# ---------------------------------------------------------------------- the monitoring forms' 汇总

PROGRESS_W = 520  # the 执行率 chart spans the page: one bar per project


def write_monitoring_summary_pdf(rows: list[MonitoringRow], totals: MonitoringTotals, target: Path,
                                 year: str) -> None:
    """The monitoring 汇总 on landscape A4: the table and its 合计, the at-risk indicators, and
    each project's 执行率 as a bar against its time progress (a dashed line; bars of lagging
    projects in red)."""
    font = _font()
    title = monitoring_title(year, totals)
    doc = SimpleDocTemplate(str(target), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=title,
                            creator="perfeval-gui", initialFontName=font)
    heading = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    sub = ParagraphStyle("sub", fontName=font, fontSize=11, leading=16)
    cell = ParagraphStyle("cell", fontName=font, fontSize=PT, leading=PT * 1.3)
    story = [Paragraph(escape(title), heading), Spacer(0, 4 * mm),
             _grid(MONITORING_COLUMNS, rows, cell, doc.width,
                   monitoring_totals_line(totals))]
    risky = risky_indicators(rows)
    caption = f"完成目标可能性为有可能、完全不可能的指标（{len(risky)} 项）"
    story += [Spacer(0, 5 * mm), Paragraph(escape(caption), sub), Spacer(0, 2 * mm)]
    if risky:
        story.append(_grid(RISK_COLUMNS, risky, cell, doc.width, None))
    story += [Spacer(0, 5 * mm), _progress_chart(rows, font)]
    doc.build(story)


def _lines(text: str) -> str:
    """A cell's text as a paragraph keeping its own lines (a row's 偏差原因, one a line)."""
    return escape(text).replace("\n", "<br/>")


def _grid(columns: tuple[Column, ...], items: list[Any], cell: ParagraphStyle, width: float,
          totals: str | None) -> Table:
    scale = width / sum(c.width for c in columns)
    em_mm, pad_mm = PT * POINT_MM * SAFETY, 2 * CELL_PAD_PT * POINT_MM
    # each column as wide as its header on two lines broken between words and, for figures,
    # its widest figure; the names take the room left (the counts once broke a 汉字 a line)
    wanted = [max([two_line_em(c.title)]
                  + [text_em(_text(c.value(item))) if c.number else needs(_text(c.value(item)))[0]
                     for item in items]) * em_mm + pad_mm
              for c in columns]
    widths_mm = widths_at_least([c.width * scale / mm for c in columns], wanted)
    data = [[Paragraph(_lines(balanced_header(c.title, room_em(w, PT, CELL_PAD_PT))), cell)
             for c, w in zip(columns, widths_mm, strict=True)]]
    for item in items:
        data.append([Paragraph(_lines(_text(c.value(item))), cell) for c in columns])
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if totals is not None:
        data.append([Paragraph(escape(totals), cell)] + [""] * (len(columns) - 1))
        style.append(("SPAN", (0, -1), (-1, -1)))
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _progress_chart(rows: list[MonitoringRow], font: str) -> Drawing:
    rated = [r for r in rows if r.rate is not None]
    top = max([100.0] + [float(r.rate) for r in rated]) * 1.1  # type: ignore[arg-type]
    drawing = Drawing(PROGRESS_W, CHART_H)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, PROGRESS_W - 40, CHART_H - 55
    chart.data = [[float(r.rate) for r in rated] or [0]]  # type: ignore[arg-type]
    chart.categoryAxis.categoryNames = [r.project[:8] for r in rated] or [""]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 6
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.bars[0].fillColor = colors.HexColor("#4472C4")
    for i, row in enumerate(rated):
        if row.lags:
            chart.bars[(0, i)].fillColor = colors.HexColor("#C0504D")
    drawing.add(chart)
    slot = chart.width / max(len(rated), 1)
    for i, row in enumerate(rated):  # each project's own time progress across its slot
        y = chart.y + chart.height * float(row.time_progress) / top
        drawing.add(Line(chart.x + slot * i, y, chart.x + slot * (i + 1), y, strokeColor=colors.red,
                         strokeDashArray=[3, 2], strokeWidth=1.2))
    drawing.add(String(PROGRESS_W / 2, CHART_H - 10, "执行率（%，柱）与时间进度（虚线）；红柱为执行进度滞后",
                       fontName=font, fontSize=9, textAnchor="middle"))
    return drawing
