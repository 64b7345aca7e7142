"""Every finding code of the catalogue, triggered by its real check, printed by ``check`` in
Chinese and in English; the English has no Chinese but the user's own data."""

from __future__ import annotations

import json

from perfeval_gui.core.checks import identity
from perfeval_gui.core.interchange import report_to_json

from ..finding_cases import CHECK_CODES, FAULT_CODE, case_reports, foreign_chinese, user_texts
from .test_cli import call


def check_both_languages(capsys, path) -> tuple[list[dict], list[dict]]:
    _status, out_zh, _err = call(capsys, "check", str(path))
    _status, out_en, _err = call(capsys, "check", "--lang", "en", str(path))
    return json.loads(out_zh)["findings"], json.loads(out_en)["findings"]


def test_every_finding_code_renders_in_both_languages(capsys, monkeypatch, tmp_path, national,
                                                      library):
    triggered: set[str] = set()
    problems: list[str] = []
    path = tmp_path / "report.json"

    def render(code: str, report) -> None:
        path.write_text(report_to_json(report), encoding="utf-8")
        zh, en = check_both_languages(capsys, path)
        assert [f["code"] for f in zh] == [f["code"] for f in en]
        texts = user_texts(report, library.get(report.profile))
        for f_zh, f_en in zip(zh, en, strict=True):
            triggered.add(f_en["code"])
            assert f_zh["message"] and f_en["message"] and "{" not in f_en["message"] + f_zh["message"]
            assert f_zh["message"] != f_en["message"], f_en
            leaks = foreign_chinese(f_en["message"], texts)
            if leaks:
                problems.append(f"{f_en['code']}: {f_en['message']} {leaks}")
        assert code in {f["code"] for f in en}, (code, en)

    for code, report in case_reports(national):
        render(code, report)
    monkeypatch.setattr(identity, "phone_valid", lambda _phone: 1 / 0)
    render(FAULT_CODE, next(r for c, r in case_reports(national) if c == "phone_malformed"))

    assert problems == []
    assert sorted(triggered) == CHECK_CODES, set(CHECK_CODES) ^ triggered
