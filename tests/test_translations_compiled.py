"""The compiled catalogues kept in resources/i18n are the ones i18n/*.ts compile to.

They are in the repository so that a wheel or an installer builds from a clean clone without
Qt's tools; this test is what keeps them from going stale after a .ts edit.
"""

from __future__ import annotations

import importlib.util

from .conftest import ROOT


def _build_translations():
    spec = importlib.util.spec_from_file_location("build_translations",
                                                  ROOT / "packaging" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_source_has_its_committed_catalogue():
    sources = sorted(p.stem for p in (ROOT / "i18n").glob("*.ts"))
    compiled = sorted(p.stem for p in (ROOT / "resources" / "i18n").glob("*.qm"))
    assert sources and compiled == sources


def test_the_committed_catalogues_are_current(tmp_path):
    fresh = _build_translations().compile_all(tmp_path)
    stale = [qm.name for qm in fresh
             if qm.read_bytes() != (ROOT / "resources" / "i18n" / qm.name).read_bytes()]
    assert not stale, (f"resources/i18n/{', '.join(stale)} differ from i18n/*.ts: run "
                       "python packaging/build_translations.py and commit the .qm files")
