"""Shared fixtures. Qt runs offscreen in every test (set once, here, before Qt loads)."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest

# the window is tried on the screen of the common county-office laptop: 1366×768
SCREEN = Path(__file__).resolve().parent / "screen-1366x768.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT.parent / "shared" / "samples" / "seed-2023.json"
if not SEED_PATH.exists():  # a checkout without shared/ beside it: the demo copy is the same file
    SEED_PATH = ROOT / "resources" / "demo" / "seed-2023.json"


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations():
    """The build step the app needs: .ts -> .qm, redone when a catalogue is newer."""
    sources = sorted((ROOT / "i18n").glob("*.ts"))
    built = [ROOT / "resources" / "i18n" / f"{ts.stem}.qm" for ts in sources]
    if any(not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime
           for ts, qm in zip(sources, built, strict=True)):
        import subprocess
        import sys

        subprocess.run([sys.executable, str(ROOT / "packaging" / "build_translations.py")],
                       check=True, capture_output=True)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test reads or writes the developer's real data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(home))
    monkeypatch.delenv("PERFEVAL_GUI_DB", raising=False)
    return home


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture
def seed_doc(seed_text) -> dict:
    return json.loads(seed_text)


@pytest.fixture
def seed_report(seed_text):
    from perfeval_gui.core.interchange import report_from_json

    return report_from_json(seed_text)


@pytest.fixture(scope="session")
def library():
    from perfeval_gui.core.profiles import ProfileLibrary

    return ProfileLibrary()


@pytest.fixture(scope="session")
def national(library):
    return library.get("national-2020")


@pytest.fixture(scope="session")
def budget_system(library):
    return library.get("budget-system")


def make_doc(seed: dict, **changes) -> dict:
    """A copy of a document with top-level keys replaced."""
    doc = copy.deepcopy(seed)
    doc.update(changes)
    return doc
