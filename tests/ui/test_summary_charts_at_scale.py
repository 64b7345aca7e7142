"""The 汇总's charts at a department's scale (issue 28): 100,000 projects are drawn as at most
one bar per pixel column and one dot per distinct half-point, so painting costs what the chart
shows, not what the year holds — counted here (shapes drawn), never timed."""

from __future__ import annotations

import random

from PySide6.QtGui import QPainter

from perfeval_gui.ui.summary.summary_charts import BarChart, ScatterChart


def test_more_projects_than_pixels_are_drawn_a_group_per_bar_at_its_lowest(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    rng = random.Random(28)
    bars = [(f"项目{i}", rng.uniform(40, 100), False) for i in range(100_000)]
    bars = [(label, value, value < 90) for label, value, _ in bars]
    chart.set_bars("执行率", bars, 90.0)
    drawn, per = chart.drawn_bars(400)
    assert per == 250 and len(drawn) == 400
    for k, (_, value, marked) in enumerate(drawn):
        group = bars[k * per:(k + 1) * per]
        assert value == min(v for _, v, _ in group)
        assert marked == any(m for _, _, m in group)
    few, one_each = chart.drawn_bars(100_000)  # as many pixels as projects: each its own bar
    assert one_each == 1 and few == bars
    chart.resize(500, 240)
    per = chart.drawn_bars(int(chart.area.width()))[1]
    assert per > 1 and chart.heading().startswith("执行率") and str(per) in chart.heading()
    rects: list[int] = []
    draw_rects = QPainter.drawRects
    QPainter.drawRects = lambda painter, shapes: rects.append(len(shapes)) or draw_rects(painter, shapes)
    try:
        chart.grab()  # painted for real, offscreen
    finally:
        QPainter.drawRects = draw_rects
    assert 0 < sum(rects) <= 500
    chart.set_bars("执行率", bars[:10], 90.0)
    assert chart.heading() == "执行率"  # a bar per project: nothing to say


def test_a_year_of_reports_is_drawn_as_its_distinct_dots(qtbot):
    chart = ScatterChart()
    qtbot.addWidget(chart)
    rng = random.Random(28)
    points = [(round(rng.uniform(60, 100), 2), round(rng.uniform(60, 100), 2)) for _ in range(100_000)]
    chart.set_points("自评 vs 规则", points)
    assert chart.points == points  # what the page gave, kept
    assert len({(r, t) for r, t, _ in chart.dots}) <= 81 * 81  # 60–100 at half a point
    expected = {(round(r * 2) / 2, round(t * 2) / 2, abs(t - r) >= 10) for r, t in points}
    assert set(chart.dots) == expected
    far = [(r, t) for r, t in points if abs(t - r) >= 10]
    assert far and all((round(r * 2) / 2, round(t * 2) / 2, True) in expected for r, t in far)
    chart.resize(400, 300)
    chart.grab()
