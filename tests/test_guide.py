"""The built-in guide (填报说明) explains every finding code in both languages, and every link
of its contents leads somewhere."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from perfeval_gui.core.messages import CATALOGUE
from perfeval_gui.resources import resource_path

CODES = sorted(code.removeprefix("check.") for code in CATALOGUE if code.startswith("check."))


class Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []
        self.links: list[str] = []
        self.entries: dict[str, str] = {}  # anchor -> the text of its entry
        self._current: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "name" in attrs:
            self.names.append(attrs["name"])
            self._current = attrs["name"]
            self.entries[self._current] = ""
        if tag == "a" and attrs.get("href", "").startswith("#"):
            self.links.append(attrs["href"][1:])

    def handle_data(self, data):
        if self._current:
            self.entries[self._current] += data


def read(lang: str) -> Anchors:
    parser = Anchors()
    parser.feed(resource_path("guide", f"guide.{lang}.html").read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_finding_code_has_an_entry_saying_what_it_means_and_how_to_fix_it(lang):
    guide = read(lang)
    missing = [code for code in CODES if code not in guide.names]
    assert missing == [], f"guide.{lang}.html has no entry for {missing}"
    means, fix = ("含义", "修改") if lang == "zh" else ("Means", "Fix")
    for code in CODES:
        assert means in guide.entries[code] and fix in guide.entries[code], code


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_contents_links_lead_to_entries_and_no_entry_is_named_twice(lang):
    guide = read(lang)
    assert set(guide.links) <= set(guide.names)
    assert len(guide.names) == len(set(guide.names))


def test_the_english_guide_speaks_english_and_the_chinese_one_chinese():
    en = resource_path("guide", "guide.en.html").read_text(encoding="utf-8")
    zh = resource_path("guide", "guide.zh.html").read_text(encoding="utf-8")
    assert len(re.findall(r"[\u4e00-\u9fff]", zh)) > 3000
    # the English guide quotes the form's own words (年度资金总额, 达成), nothing more
    assert len(re.findall(r"[\u4e00-\u9fff]", en)) < len(re.findall(r"[A-Za-z]", en)) / 20


def test_every_finding_code_has_a_short_name_for_its_group_heading():
    assert [code for code in CODES if f"title.{code}" not in CATALOGUE] == []
