"""Every finding code, triggered by its real check, shown in the window's panel in Chinese
and in English; the English panel has no Chinese but the user's own data."""

from __future__ import annotations

from perfeval_gui.core.checks import identity, run_checks
from perfeval_gui.core.scoring import score_report
from perfeval_gui.ui.base import translations
from perfeval_gui.ui.panel.score_panel import ScorePanel

from ..finding_cases import CHECK_CODES, FAULT_CODE, case_reports, foreign_chinese, user_texts


def panel_lines(qtbot, qapp, report, profile, lang: str) -> list[str]:
    """The panel's findings as a user of the window in *lang* reads them (labels included)."""
    installed = translations.install_translators(qapp, "zh_CN" if lang == "zh" else "en")
    try:
        panel = ScorePanel()
        qtbot.addWidget(panel)
        result = score_report(report, profile)
        panel.show_result(result, report, run_checks(report, profile, result))
        return panel.finding_lines()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_every_finding_code_shows_in_the_panel_in_both_languages(qtbot, qapp, monkeypatch, national,
                                                                 library):
    monkeypatch.setattr(translations, "_message_language", translations.message_language())
    shown: set[str] = set()
    problems: list[str] = []

    def show(code: str, report) -> None:
        profile = library.get(report.profile)
        codes = [f.code for f in run_checks(report, profile)]
        assert code in codes
        zh = panel_lines(qtbot, qapp, report, profile, "zh")
        en = panel_lines(qtbot, qapp, report, profile, "en")
        assert len(zh) == len(en) == len(codes)
        texts = user_texts(report, profile)
        for line_zh, line_en, found in zip(zh, en, codes, strict=True):
            assert line_zh != line_en and "{" not in line_en
            assert line_zh.startswith(("错误：", "警告：", "提示：")), line_zh
            assert line_en.startswith(("Error: ", "Warning: ", "Note: ")), line_en
            if foreign_chinese(line_en, texts):
                problems.append(f"{found}: {line_en}")
            shown.add(found)

    for code, report in case_reports(national):
        show(code, report)
    monkeypatch.setattr(identity, "phone_valid", lambda _phone: 1 / 0)
    show(FAULT_CODE, next(r for c, r in case_reports(national) if c == "phone_malformed"))

    assert problems == []
    assert sorted(shown) == CHECK_CODES
