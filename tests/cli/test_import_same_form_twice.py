"""The unit exports its 运行监控表 to Word and Excel and later imports one of them again: the
import goes through (it is asked for), and one line on stderr says the project already has that
form for that year, naming the stored report — a warning, exit 0; the list marks both."""

from __future__ import annotations

import json

import pytest

from perfeval_gui.core.project_chain import chain_places
from perfeval_gui.store.repository import ReportStore

from ..cycle_documents import declaration, monitoring
from .test_cli import call
from .test_cycle_cli import write


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_importing_the_exported_form_again_warns_and_both_are_marked(capsys, tmp_path, kind):
    source = write(tmp_path, monitoring())
    exported = tmp_path / f"监控表.{kind}"
    assert call(capsys, "export", str(source), f"--{kind}", str(exported))[0] == 0
    db = str(tmp_path / "year.sqlite")
    assert call(capsys, "import", str(write(tmp_path, declaration(), "d.json")), "--db", db)[:3:2] == (0, "")
    status, first, err = call(capsys, "import", str(source), "--db", db)
    assert (status, err) == (0, "")  # the project's first 运行监控表 of 2024: nothing to say
    status, second, err = call(capsys, "import", str(exported), "--db", db)
    assert status == 0 and second.strip().isdigit()
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("perfeval-gui: 注意")
    assert "农村实用技术培训" in lines[0] and "2024" in lines[0] and "绩效运行监控表" in lines[0]
    assert f"报告 {first.strip()}" in lines[0] and f"报告 {second.strip()}" in lines[0]
    status, _out, err = call(capsys, "import", "--lang", "en", str(exported), "--db", db)
    assert status == 0 and "already has a monitoring form for 2024" in err
    with ReportStore(db) as store:
        places = chain_places(store.chain_facts())
        twins = {i: p.same_form for i, p in places.items() if p.same_form}
        first_id, second_id = int(first), int(second)
        assert set(twins) == {first_id, second_id, second_id + 1}  # the 申报表 is not marked
        assert first_id in twins[second_id] and second_id in twins[first_id]
        dumped = json.loads(call(capsys, "dump", "--db", db, "--id", second.strip())[1])
        assert dumped["form"] == "monitoring"
