"""What a user types in the monitoring form's own cells: 完成目标可能性 (不可能 is 完全不可能,
anything else refused naming the field) and a 偏差原因 cell written out or pasted (each
category with its words), read back as the cell shows it."""

from __future__ import annotations

import pytest

from perfeval_gui.core.inputs import causes_input, likelihood_input, show_causes
from perfeval_gui.core.messages import UserError


@pytest.mark.parametrize(("typed", "read"), [("确定能", "确定能"), (" 有可能 ", "有可能"),
                                             ("不可能", "完全不可能"), ("完全不可能", "完全不可能"),
                                             ("", None)])
def test_a_likelihood_is_one_of_the_three_levels(typed, read):
    assert likelihood_input(typed, "indicators[0].likelihood") == read


def test_another_likelihood_is_refused_naming_the_field():
    with pytest.raises(UserError) as refused:
        likelihood_input("大概能", "indicators[2].likelihood")
    assert refused.value.where == "indicators[2].likelihood"
    assert "完成目标可能性" in refused.value.message.text("zh")


def test_a_causes_cell_reads_back_as_it_is_shown():
    causes = {"经费保障": "资金 6 月才下达", "其他": ""}
    shown = show_causes(causes)
    assert shown == "经费保障：资金 6 月才下达；其他"
    assert causes_input(shown, "indicators[0].causes") == causes
    assert causes_input("人员保障: 缺检测员; 制度保障", "x") == {"人员保障": "缺检测员", "制度保障": ""}
    assert causes_input("", "x") == {} and show_causes({}) == ""


@pytest.mark.parametrize(("written", "level"), [("确 定 能", "确定能"), ("不 可能", "完全不可能"),
                                                ("\u3000有可能\n", "有可能"), ("可能", None)])
def test_typed_in_the_window_or_in_a_json_file_a_likelihood_reads_the_same(written, level):
    """One reading of the word (core/forms.likelihood_of) for the window, the JSON file and the
    reader (tests/reader: 不可能 in a Word cell): spaces never make one accept what another
    refuses."""
    import json

    from perfeval_gui.core.interchange import report_from_document

    from ..cycle_documents import monitoring

    document = json.loads(json.dumps(monitoring()))
    document["indicators"][0]["likelihood"] = written
    if level is None:
        with pytest.raises(UserError):
            likelihood_input(written, "x")
        with pytest.raises(UserError):
            report_from_document(document)
    else:
        assert likelihood_input(written, "x") == level
        assert report_from_document(document).indicators[0].likelihood == level

