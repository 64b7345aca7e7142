"""A wheel is a working program: built, installed into a fresh venv, it scores the seed.

The wheel is built from a copy of the sources (the checkout stays clean) as a user or a
packager builds it, `pip wheel .` with pip's isolated build (setuptools is fetched from the
package index into a throw-away environment: nothing of this venv, PySide6 included, is seen);
the fresh venv borrows this environment's dependencies through a .pth line but gets
perfeval-gui only from the wheel.
"""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from benchmarks.installed import build_wheel, clean_env, program, site_packages, venv_with

from .conftest import SEED_PATH


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("build"), isolated=True)


def test_the_wheel_carries_the_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("profiles/national-2020.toml", "profiles/budget-system.toml",
                   "demo/seed-2023.json", "icons/perfeval-gui.png", "i18n/perfeval_gui_zh_CN.qm",
                   "i18n/perfeval_gui_en.qm", "guide/guide.zh.html", "guide/guide.en.html",
                   "measure_words.txt", "indicators/library.toml"):
        assert f"perfeval_gui/_resources/{needed}" in names


def test_the_installed_wheel_scores_the_seed(wheel, tmp_path):
    venv = venv_with(wheel, tmp_path)
    python = program(venv, "python")
    site = site_packages(python)
    command = program(venv, "perfeval-gui")
    home = tmp_path / "home"
    scored = subprocess.run([str(command), "score", str(SEED_PATH)], capture_output=True, text=True,
                            cwd=tmp_path, env={**clean_env(), "PERFEVAL_GUI_HOME": str(home)})
    assert scored.returncode == 0, scored.stderr
    doc = json.loads(scored.stdout)
    assert (doc["total"], doc["rule_total"], doc["grade"]) == (85, 93.82, "良")

    where = subprocess.run([str(python), "-c", "import perfeval_gui.resources as r;"
                            "print(r.__file__);print(r.resource_root())"],
                           check=True, capture_output=True, text=True, cwd=tmp_path, env=clean_env())
    module, resources = where.stdout.splitlines()
    # and it was the wheel's copy that did it
    assert Path(module).is_relative_to(site) and Path(resources) == site / "perfeval_gui" / "_resources"


def test_the_installed_wheels_translations_load(wheel, tmp_path):
    python = program(venv_with(wheel, tmp_path), "python")
    loaded = subprocess.run(
        [str(python), "-c",
         "from PySide6.QtCore import QCoreApplication;"
         "from perfeval_gui.ui.base.translations import install_translators;"
         "app = QCoreApplication([]);"
         "print(len(install_translators(app, 'zh_CN')));"
         "print(QCoreApplication.translate('AboutDialog', 'About'))"],
        check=True, capture_output=True, text=True, cwd=tmp_path, env=clean_env())
    count, about = loaded.stdout.splitlines()
    assert int(count) == 3 and about == "关于"
