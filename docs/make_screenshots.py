"""Screenshots of the window for the README, on a 1366×768 and a 1920×1080 screen: the reports
list, each tab of the demo report, a new report, a finding with its one-click fix, the guide,
a monitoring form (运行监控表) mid-year and the 监控汇总 of two projects.

    python docs/make_screenshots.py            (each size in a process of its own)
    python docs/make_screenshots.py 1366x768   (one size)

Each size runs on Qt's offscreen platform given a screen of that size, so the window opens as
a user's would (maximised on the laptop screen) whatever display this runs on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = ["1366x768", "1920x1080"]
TABS = {0: "cover", 1: "funds", 2: "indicators", 3: "narrative", 4: "team"}


# two projects' monitoring forms of 31 July (the road made from its declaration): one behind the
# time progress with an indicator at risk, one on time
ROAD_KEY, TRAINING_KEY = "road-2024", "training-2024"


def monitoring_document(key: str, name: str, unit: str, funds: dict, indicators: list[dict]) -> dict:
    return {"format": "perfeval-report", "format_version": 1, "form": "monitoring",
            "project_key": key, "profile": "national-2020", "year": 2024, "period_end": "2024-07-31",
            "project": {"name": name, "region": "子洲县", "unit": unit},
            "funds": {"rows": [{"label": "年度资金总额", **funds}]},
            "goal": {"expected": "完成全县乡村道路日常养护，修复坑槽，群众满意",
                     "achieved": "已养护 60 公里，修复坑槽 200 处"},
            "indicators": indicators, "causes_text": "", "measures": ""}


def row(level1: str, level2: str, name: str, target: str, to_date: str, projected: str,
        likelihood: str | None, causes: dict | None = None, remarks: str = "") -> dict:
    return {"level1": level1, "level2": level2, "name": name, "target": target,
            "declared_target": target, "to_date": to_date, "projected": projected,
            "causes": causes or {}, "cause_text": "", "likelihood": likelihood, "remarks": remarks}


ROAD = monitoring_document(ROAD_KEY, "乡村道路养护", "子洲县交通运输局",
                           {"initial": "120", "adjusted": "120", "executed_to_date": "45",
                            "projected": "118"}, [
    row("产出指标", "数量指标", "养护里程", "≥120公里", "60公里", "110公里", "有可能",
        {"经费保障": "省级补助 6 月才下达"}, "下半年集中施工，9 月底前完成招标"),
    row("产出指标", "数量指标", "修复坑槽", "≥300处", "200处", "320处", "确定能"),
    row("产出指标", "质量指标", "验收合格率", "≥95%", "96%", "96%", "确定能"),
    row("效益指标", "社会效益指标", "群众出行时间缩短", "≥10%", "6%", "10%", "确定能"),
    row("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", "92%", "确定能"),
])
TRAINING = monitoring_document(TRAINING_KEY, "农村实用技术培训", "子洲县农业农村局",
                               {"initial": "80", "adjusted": "80", "executed_to_date": "50",
                                "projected": "80"}, [
    row("产出指标", "数量指标", "培训人次", "≥600人次", "380人次", "620人次", "确定能"),
    row("效益指标", "社会效益指标", "推广实用技术", "≥5项", "3项", "5项", "确定能"),
    row("满意度指标", "服务对象满意度指标", "参训农民满意度", "≥90%", "94%", "93%", "确定能"),
])


def shoot(widget, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(10):  # let the layout settle before the picture
        QApplication.processEvents()
    out = ROOT / "docs" / name
    widget.grab().save(str(out))
    print(out.relative_to(ROOT))


def one_size(size: str) -> None:
    from PySide6.QtCore import Qt

    from perfeval_gui.ui.base.guide import show_guide
    from perfeval_gui.ui.base.settings import AppSettings
    from perfeval_gui.ui.base.translations import install_translators
    from perfeval_gui.ui.base.window_geometry import show_fitted
    from perfeval_gui.ui.shell.app import make_application, open_store
    from perfeval_gui.ui.shell.main_window import MainWindow

    app = make_application([])
    keep = install_translators(app)
    store = open_store(str(Path(os.environ["PERFEVAL_GUI_HOME"]) / "shots.sqlite"))
    demo = store.list()[0].id
    window = MainWindow(store, settings=AppSettings())
    show_fitted(window, window.settings)
    shoot(window, f"reports-{size}.png")
    window.open_report(demo)
    editor = window.editor
    editor.show_findings()  # what the panel shows a moment after opening (the checks wait for a pause)
    for tab, label in TABS.items():
        editor.tabs.setCurrentIndex(tab)
        shoot(window, f"editor-{label}-{size}.png")

    # a finding with its fix: a bare target the actual beat, its group opened
    window.doc.set("indicators[1].target", "95%")
    window.doc.set("indicators[1].actual", "98%")
    window.doc.end_typing()
    editor.show_findings()
    editor.tabs.setCurrentWidget(editor.indicators)
    findings = editor.panel.findings
    item = next(i for i in findings.leaf_items() if i.data(0, Qt.ItemDataRole.UserRole + 1) == "bare_target")
    if item.parent() is not None:
        item.parent().setExpanded(True)
    findings.setCurrentItem(item)
    findings.scrollToItem(item)
    shoot(window, f"finding-fix-{size}.png")
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()

    guide = show_guide(window, "bare_target")
    shoot(guide, f"guide-{size}.png")
    guide.close()

    window.show_list()
    window.new_report()
    window.doc.set("project.name", "农村饮水安全维修养护")
    shoot(window, f"new-report-{size}.png")

    monitoring_shots(window, store, size)
    window.close()
    store.close()
    del keep


def monitoring_shots(window, store, size: str) -> None:
    """The road's monitoring form at its indicators, then the 监控汇总 of the two projects."""
    import time

    from PySide6.QtWidgets import QApplication

    from perfeval_gui.core.interchange import report_from_document

    road = store.create(report_from_document(ROAD))
    store.create(report_from_document(TRAINING))
    window.close_report()
    window.open_report(road)
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.indicators)
    editor.show_findings()
    editor.indicators.view.setCurrentIndex(editor.indicators.model.index(0, editor.indicators.model.NAME))
    shoot(window, f"monitoring-indicators-{size}.png")

    window.show_list()
    summary = window.summary_page
    window.home.setCurrentWidget(summary)
    summary.form_choice.setCurrentIndex(summary.form_choice.findData("monitoring"))
    page = summary.monitoring_page
    page.year.setCurrentIndex(page.year.findData(2024))
    deadline = time.monotonic() + 20
    while (page.loading or page.model.rowCount() < 2) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    shoot(window, f"monitoring-summary-{size}.png")


def main() -> None:
    if len(sys.argv) > 1:
        one_size(sys.argv[1])
        return
    for size in SIZES:
        width, height = (int(n) for n in size.split("x"))
        with tempfile.TemporaryDirectory() as home:
            screen = Path(home) / "screen.json"
            screen.write_text(json.dumps({"screens": [{
                "name": "shots", "x": 0, "y": 0, "width": width, "height": height,
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
            env = {**os.environ, "PERFEVAL_GUI_HOME": home,
                   "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
            subprocess.run([sys.executable, __file__, size], env=env, check=True)


if __name__ == "__main__":
    main()
