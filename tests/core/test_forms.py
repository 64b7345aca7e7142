"""The three forms of a project's year in the interchange format: each document read and
written back unchanged, through the model and through the store; what a form cannot hold
refused, naming the field; a v1 self-evaluation exactly as before."""

from __future__ import annotations

import json

import pytest

from perfeval_gui.core.interchange import report_from_document, report_to_document
from perfeval_gui.core.messages import UserError
from perfeval_gui.store.repository import ReportStore

from ..conftest import SEED_PATH
from ..cycle_documents import declaration, hubei_monitoring, monitoring

DOCUMENTS = {"declaration": declaration, "monitoring": monitoring, "hubei": hubei_monitoring}


def _written(document):
    """The document as the app writes it back: 不可能 is read as 完全不可能."""
    text = json.dumps(document, ensure_ascii=False).replace('"不可能"', '"完全不可能"')
    return json.loads(text)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_each_form_goes_through_the_model_unchanged(name):
    document = DOCUMENTS[name]()
    assert report_to_document(report_from_document(document)) == _written(document)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_each_form_goes_through_the_store_unchanged(name, tmp_path):
    document = DOCUMENTS[name]()
    with ReportStore(tmp_path / "s.sqlite") as store:
        report_id = store.create(report_from_document(document))
    with ReportStore(tmp_path / "s.sqlite") as store:
        assert report_to_document(store.load(report_id)) == _written(document)


def test_a_self_evaluation_document_gains_no_key():
    document = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    report = report_from_document(document)
    assert report.form == "self_evaluation" and report.project_key == ""
    assert report_to_document(report) == document


def test_the_causes_keep_their_categories_in_order(tmp_path):
    report = report_from_document(monitoring())
    assert list(report.indicators[1].causes) == ["经费保障", "其他"]
    assert report.indicators[1].causes["经费保障"] == "资金 6 月才下达"


def test_impossible_is_the_same_level_as_wholly_impossible():
    report = report_from_document(hubei_monitoring())
    assert report.indicators[2].likelihood == "完全不可能"


@pytest.mark.parametrize(("edit", "where"), [
    (lambda d: d.update(period_end="2025-01-31"), "period_end"),
    (lambda d: d.update(period_end="2024-13-01"), "period_end"),
    (lambda d: d.update(form="report"), "form"),
    (lambda d: d["indicators"][0].update(likelihood="大概"), "indicators[0].likelihood"),
    (lambda d: d["indicators"][0].update(causes=["经费保障"]), "indicators[0].causes"),
    (lambda d: d["indicators"][0].update(causes={"经费保障": 3}), "indicators[0].causes.经费保障"),
    (lambda d: d["funds"]["rows"][0].update(projected="-1"), "funds.rows[0].projected"),
    # the wrong JSON types a hand-edited or foreign file brings
    (lambda d: d.update(period_end="2024-02-30"), "period_end"),
    (lambda d: d.update(period_end=20240731), "period_end"),
    (lambda d: d["indicators"][0].update(likelihood="maybe"), "indicators[0].likelihood"),
    (lambda d: d["indicators"][0].update(likelihood=1), "indicators[0].likelihood"),
    (lambda d: d["indicators"][0].update(causes="经费保障"), "indicators[0].causes"),
    (lambda d: d["indicators"][0].update(to_date=320), "indicators[0].to_date"),
    (lambda d: d["indicators"][0].update(projected=[610]), "indicators[0].projected"),
    (lambda d: d["indicators"][0].update(cause_text=3), "indicators[0].cause_text"),
    (lambda d: d["indicators"][0].update(remarks={"备注": 1}), "indicators[0].remarks"),
    (lambda d: d.update(causes_text=["经费保障"]), "causes_text"),
    (lambda d: d.update(measures=7), "measures"),
    (lambda d: d["funds"]["rows"][0].update(executed_to_date="1e40"), "funds.rows[0].executed_to_date"),
    (lambda d: d["funds"]["rows"][0].update(executed_to_date="-5"), "funds.rows[0].executed_to_date"),
])
def test_a_value_the_monitoring_form_cannot_hold_is_refused_naming_the_field(edit, where):
    document = monitoring()
    edit(document)
    with pytest.raises(UserError) as caught:
        report_from_document(document)
    assert caught.value.where == where


def test_the_period_end_outside_the_year_says_so():
    document = monitoring()
    document["period_end"] = "2023-07-31"
    with pytest.raises(UserError) as caught:
        report_from_document(document)
    assert "2023-07-31" in caught.value.text() and "2024" in caught.value.text()


@pytest.mark.parametrize(("edit", "where"), [
    (lambda d: d["indicators"][2].update(actual="6项"), "indicators[2].actual"),
    (lambda d: d["funds"]["rows"][0].update(executed="100"), "funds.rows[0].executed"),
    (lambda d: d["indicators"][0].update(to_date="300人次"), "indicators[0].to_date"),
])
def test_a_declaration_has_no_actuals(edit, where):
    document = declaration()
    edit(document)
    with pytest.raises(UserError) as caught:
        report_from_document(document)
    assert caught.value.where == where


def test_the_project_key_survives_a_store_and_its_reopening(tmp_path):
    with ReportStore(tmp_path / "s.sqlite") as store:
        first = store.create(report_from_document(declaration()))
        second = store.create(report_from_document(monitoring()))
        assert store.load(first).project_key == store.load(second).project_key == "3f2a9c1d7b04"
