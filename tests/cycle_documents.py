"""The three forms of one project's year as interchange documents (annual-cycle.md): the
declaration made at budget time, the monitoring form of 7 月 31 日, and a 湖北 form (1–6 月,
causes and 建议举措 once per form). Each test takes a fresh copy."""

from __future__ import annotations

import copy
from typing import Any

PROJECT = {"name": "农村实用技术培训", "region": "子洲县", "unit": "子洲县农业农村局"}
KEY = "3f2a9c1d7b04"
# a record the document leaves out comes back whole, with its defaults (report-format.md):
# these documents give each record, so that they come back exactly as they are
EMPTY = {"evaluation": {}, "sections": {}, "team": []}

_DECLARATION: dict[str, Any] = {
    "format": "perfeval-report", "format_version": 1, "form": "declaration",
    "project_key": KEY, "profile": "national-2020", "year": 2024, "project": PROJECT, **EMPTY,
    "funds": {"rows": [{"label": "年度资金总额", "requested": "120"},
                       {"label": "财政拨款", "requested": "100"}]},
    "goal": {"expected": "培训农民 600 人次，推广实用技术 5 项"},
    "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "培训人次", "target": "≥600人次"},
        {"level1": "产出指标", "level2": "时效指标", "name": "完成时间", "target": "2024年12月底前"},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "推广实用技术", "target": "≥5项"},
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "参训农民满意度",
         "target": "≥90%"},
    ],
}

_MONITORING: dict[str, Any] = {
    "format": "perfeval-report", "format_version": 1, "form": "monitoring",
    "project_key": KEY, "profile": "national-2020", "year": 2024, "period_end": "2024-07-31",
    "project": PROJECT, **EMPTY,
    "funds": {"rows": [
        {"label": "年度资金总额", "initial": "120", "adjusted": "100", "executed_to_date": "30",
         "projected": "95"},
    ]},
    "goal": {"expected": "培训农民 600 人次，推广实用技术 5 项", "achieved": "已培训 320 人次"},
    "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "培训人次", "target": "≥600人次",
         "declared_target": "≥600人次", "to_date": "320人次", "projected": "610人次",
         "causes": {}, "cause_text": "", "likelihood": "确定能", "remarks": ""},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "推广实用技术", "target": "≥5项",
         "declared_target": "≥5项", "to_date": "2项", "projected": "4项",
         "causes": {"经费保障": "资金 6 月才下达", "其他": "天气"}, "cause_text": "",
         "likelihood": "有可能", "remarks": "下半年集中推广"},
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "参训农民满意度",
         "target": "≥90%", "declared_target": "≥85%", "target_reason": "上级要求提高",
         "to_date": "93%", "projected": "92%", "likelihood": None, "remarks": ""},
    ],
    "causes_text": "", "measures": "",
}

_HUBEI: dict[str, Any] = {
    "format": "perfeval-report", "format_version": 1, "form": "monitoring",
    "project_key": "b7e41c09aa31", "profile": "hubei-huangshi-2019", "year": 2019,
    "period_end": "2019-06-30",
    "project": {"name": "城区环境卫生整治", "unit": "黄石市城市管理执法委员会"}, **EMPTY,
    "goal": {"expected": "城区主次干道保洁全覆盖"},
    "funds": {"rows": [
        {"label": "年度资金总额", "initial": "800", "executed_to_date": "410", "projected": "790"},
        {"label": "其中：当年一般公共预算拨款", "initial": "800", "executed_to_date": "410"},
    ]},
    "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "清扫保洁面积", "target": "≥300万平方米",
         "to_date": "300万平方米", "likelihood": "确定能"},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "城区道路机扫率", "target": "≥80%",
         "to_date": "81%", "likelihood": "确定能"},
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "市民满意度", "target": "≥90%",
         "to_date": "82%", "likelihood": "不可能", "remarks": "开展专项整治"},
    ],
    "causes_text": "投入保障：环卫车辆更新资金未到位",
    "measures": "下半年争取专项资金，更新车辆",
}


def declaration() -> dict[str, Any]:
    return copy.deepcopy(_DECLARATION)


def monitoring() -> dict[str, Any]:
    return copy.deepcopy(_MONITORING)


def hubei_monitoring() -> dict[str, Any]:
    return copy.deepcopy(_HUBEI)
