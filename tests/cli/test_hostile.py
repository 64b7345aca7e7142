"""Hostile and odd files through score, check, import and export, as the issue found them:
one line, a documented exit status, nothing written on refusal, no run over 20 s, and no
import that cannot then be scored and exported.

The cases are made at test time (the large ones are never checked in). They run in this
process, which is fast; a few go through a real process as well.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import perfeval_gui.core.profiles as profiles
from perfeval_gui.cli import run
from perfeval_gui.core.profiles import builtin_profile_dir

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "demo" / "seed-2023.json"
NATIONAL = (builtin_profile_dir() / "national-2020.toml").read_text(encoding="utf-8")
BUDGET_LIMIT_S = 20


def seed() -> dict:
    return json.loads(SEED.read_text(encoding="utf-8"))


def unknown_raw(raw: str) -> str:
    """The seed with an unknown key whose value is *raw* JSON text."""
    return json.dumps(seed(), ensure_ascii=False)[:-1] + f', "newer_app_data": {raw}}}'


def edited(change: Callable[[dict], None]) -> str:
    doc = seed()
    change(doc)
    return json.dumps(doc, ensure_ascii=False)


def county(old: str = "", new: str = "", profile_id: str = "my-county") -> str:
    return NATIONAL.replace(old, new, 1).replace('id = "national-2020"', f'id = "{profile_id}"')


@dataclass
class Case:
    name: str
    report: Callable[[], str]  # the document's text
    profile: str | None = None  # a user profile file's text
    refused: bool = True  # is the report refused at reading (exit 2)?
    says: str = ""  # what the one stderr line must name


def _set(path: tuple, value: object) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        holder = doc
        for step in path[:-1]:
            holder = holder[step]
        holder[path[-1]] = value

    return change


CASES = [
    Case("amount 1e-999999999", lambda: edited(_set(("funds", "rows", 0, "initial"), "1e-999999999")),
         says="funds.rows[0].initial"),
    Case("amount as a number 1e-999999999",
         lambda: json.dumps(seed()).replace('"initial": "', '"initial": 1e-999999999, "x": "', 1),
         says="funds.rows[0].initial"),
    Case("amount 1e999999999", lambda: edited(_set(("funds", "rows", 1, "executed"), "1e999999999")),
         says="funds.rows[1].executed"),
    Case("4,400-digit integer weight",
         lambda: json.dumps(seed()).replace('"weight": 10,', '"weight": ' + "9" * 4400 + ",", 1),
         says="weight"),
    Case("4,400-digit integer in an unknown key", lambda: unknown_raw("7" * 4400), says="newer_app_data"),
    Case("weights of 1e30", lambda: edited(_set(("indicators", 0, "weight"), 1e30)),
         says="indicators[0].weight"),
    Case("a lone surrogate", lambda: json.dumps(seed()).replace('"name": "', '"name": "\\ud800', 1),
         says="project.name"),
    Case("500-deep nesting in an unknown key", lambda: unknown_raw("[" * 500 + "]" * 500),
         says="newer_app_data"),
    Case("100,000 indicators within 10 MB",
         lambda: edited(_set(("indicators",), [{"name": "x", "weight": 0}] * 100_000)), says="indicators"),
    Case("a 240-character project name", lambda: edited(_set(("project", "name"), "项目" * 120)),
         says="project.name"),
    Case("duplicate keys",
         lambda: json.dumps(seed()).replace('"format_version": 1',
                                            '"format_version": 2, "format_version": 1'),
         says="format_version"),
    Case("NaN in an unknown key", lambda: unknown_raw("[NaN]"), says="newer_app_data[0]"),
    Case("weight = nan in a user profile, report using it",
         lambda: edited(_set(("profile",), "my-county")),
         profile=county("weight = 10\n", "weight = nan\n"), says="funds.weight"),
    Case("weight = nan in a user profile, report using the national rules", lambda: edited(lambda d: None),
         profile=county("weight = 10\n", "weight = nan\n"), refused=False),
    Case("a 10^5-deep TOML array", lambda: edited(_set(("profile",), "my-county")),
         profile=county() + "\nx = " + "[" * 100_000 + "]" * 100_000 + "\n", says="user.toml"),
    Case("a user profile reusing national-2020", lambda: edited(lambda d: None),
         profile=county("minimum = 80", "minimum = 10", profile_id="national-2020"), refused=False),
    Case("overlapping bands", lambda: edited(_set(("profile",), "my-county")),
         profile=county('"部分达成" = [60, 80]', '"部分达成" = [60, 90]'), says="qualitative.bands"),
    Case("group weights summing to 300", lambda: edited(_set(("profile",), "my-county")),
         profile=county("weight = 50\n", "weight = 100\n").replace("weight = 30\n", "weight = 100\n")
         .replace("[funds]\nweight = 10", "[funds]\nweight = 90"), says="300"),
]


def call(*args: str) -> tuple[int, float]:
    """A command in this process: its exit status and how long it took."""
    started = time.perf_counter()
    try:
        status = run(list(args))
    except SystemExit as exc:
        status = int(exc.code or 0)
    return status, time.perf_counter() - started


@pytest.fixture
def home(monkeypatch, tmp_path):
    """A data folder of its own, and profiles read afresh from it."""
    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(profiles, "_default_library", None)
    yield tmp_path / "home"
    profiles._default_library = None


def place(case: Case, home: Path, folder: Path) -> Path:
    if case.profile is not None:
        (home / "profiles").mkdir(parents=True, exist_ok=True)
        (home / "profiles" / "user.toml").write_text(case.profile, encoding="utf-8")
    report = folder / "report.json"
    report.write_text(case.report(), encoding="utf-8")
    assert report.stat().st_size <= 10 * 1024 * 1024
    return report


def one_line(err: str) -> None:
    assert "Traceback" not in err and err.count("\n") <= 1, err


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_hostile_file_gets_one_line_a_documented_status_and_nothing_written(case, home, tmp_path,
                                                                              capfd):
    work = tmp_path / "work"
    work.mkdir()
    report = place(case, home, work)
    db, pdf, docx = work / "s.sqlite", work / "r.pdf", work / "r.docx"
    runs = {
        "score": ["score", str(report)],
        "check": ["check", str(report)],
        "import": ["import", str(report), "--db", str(db)],
        "export": ["export", str(report), "--pdf", str(pdf), "--docx", str(docx)],
    }
    for command, argv in runs.items():
        status, seconds = call(*argv)
        out, err = capfd.readouterr()
        one_line(err)
        assert seconds < BUDGET_LIMIT_S, (command, seconds)
        if case.refused:
            assert status == 2, (command, status, err)
            assert case.says in err, err
            assert out == ""
        else:
            assert status in ((0, 1) if command == "check" else (0,)), (command, status, err)
    written = sorted(p.name for p in work.iterdir())
    if case.refused:
        assert written == ["report.json"]  # no store, no PDF, no Word, no .part
        return
    assert {"r.docx", "r.pdf", "report.json", "s.sqlite"} <= set(written)
    assert not [n for n in written if n.endswith(".part")]
    # what was imported can be read back, scored and exported
    status, _ = call("dump", "--db", str(db), "--id", "1")
    dumped, err = capfd.readouterr()
    assert status == 0 and err == ""
    again = work / "again.json"
    again.write_text(dumped, encoding="utf-8")
    assert call("score", str(again))[0] == 0
    score = json.loads(capfd.readouterr().out)
    assert score["grade"] == "良"  # a user file did not change the built-in rules
    assert call("export", str(again), "--docx", str(work / "again.docx"))[0] == 0


def test_a_user_profile_cannot_change_a_built_in_grade(home, tmp_path, capfd):
    case = next(c for c in CASES if c.name == "a user profile reusing national-2020")
    report = place(case, home, tmp_path)
    assert call("profiles", "--lang", "en")[0] == 0
    lines = [json.loads(line) for line in capfd.readouterr().out.splitlines()]
    user = next(line for line in lines if line["file"].endswith("user.toml"))
    assert (user["id"], user["status"], user["builtin"]) == ("national-2020", "refused", False)
    assert "user.toml" in user["reason"]
    call("score", str(report))
    assert json.loads(capfd.readouterr().out)["grade"] == "良"


@pytest.mark.parametrize("name", ["amount 1e-999999999", "weight = nan in a user profile, report using it",
                                  "a 10^5-deep TOML array"])
def test_a_few_cases_through_a_real_process(name, tmp_path):
    case = next(c for c in CASES if c.name == name)
    home = tmp_path / "home"
    report = place(case, home, tmp_path)
    env = {**os.environ, "PERFEVAL_GUI_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    db = tmp_path / "s.sqlite"
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "perfeval_gui", "import", str(report), "--db", str(db)],
                          capture_output=True, text=True, env=env, timeout=60, check=False)
    assert time.perf_counter() - started < BUDGET_LIMIT_S
    assert proc.returncode == 2 and proc.stdout == "" and not db.exists()
    one_line(proc.stderr)
    assert case.says in proc.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="POSIX devices")
def test_a_device_or_a_pipe_is_refused_at_once_not_read_forever(tmp_path, capfd):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        status, seconds = call("import", path, "--db", str(tmp_path / "s.sqlite"))
        err = capfd.readouterr().err
        assert status == 2 and seconds < BUDGET_LIMIT_S and path in err
        one_line(err)
    assert not (tmp_path / "s.sqlite").exists()
