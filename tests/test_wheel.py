"""A wheel is a working program: built, installed into a fresh venv, it scores the seed.

The wheel is built from a copy of the sources (the checkout stays clean) as a user or a
packager builds it, `pip wheel .` with pip's isolated build (setuptools is fetched from the
package index into a throw-away environment: nothing of this venv, PySide6 included, is seen);
the fresh venv borrows this environment's dependencies through a .pth line but gets
perfeval-gui only from the wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, SEED_PATH

SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "perfeval_gui", "resources",
           "i18n", "packaging/build_translations.py")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        origin, copy = ROOT / name, source / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        if origin.is_dir():
            shutil.copytree(origin, copy, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(origin, copy)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(source)],
                   check=True, env=_clean_env())
    [built] = out.glob("perfeval_gui-*.whl")
    return built


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def test_the_wheel_carries_the_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("profiles/national-2020.toml", "profiles/budget-system.toml",
                   "demo/seed-2023.json", "icons/perfeval-gui.png", "i18n/perfeval_gui_zh_CN.qm",
                   "i18n/perfeval_gui_en.qm", "guide/guide.zh.html", "guide/guide.en.html",
                   "measure_words.txt", "indicators/library.toml"):
        assert f"perfeval_gui/_resources/{needed}" in names


def _venv_with(wheel: Path, tmp_path: Path) -> Path:
    """A fresh venv with the wheel installed; the dependencies are this environment's."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(subprocess.run([str(python), "-c", "import sysconfig;print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    # the dependencies from this environment; its editable perfeval-gui is not seen (its
    # finder is started by a .pth file, and .pth files on an added path are not read)
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", "--no-index", str(wheel)], check=True, env=_clean_env())
    return venv


def test_the_installed_wheel_scores_the_seed(wheel, tmp_path):
    venv = _venv_with(wheel, tmp_path)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(subprocess.run([str(python), "-c", "import sysconfig;print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    command = venv / ("Scripts/perfeval-gui.exe" if os.name == "nt" else "bin/perfeval-gui")
    home = tmp_path / "home"
    scored = subprocess.run([str(command), "score", str(SEED_PATH)], capture_output=True, text=True,
                            cwd=tmp_path, env={**_clean_env(), "PERFEVAL_GUI_HOME": str(home)})
    assert scored.returncode == 0, scored.stderr
    doc = json.loads(scored.stdout)
    assert (doc["total"], doc["rule_total"], doc["grade"]) == (85, 93.82, "良")

    where = subprocess.run([str(python), "-c", "import perfeval_gui.resources as r;"
                            "print(r.__file__);print(r.resource_root())"],
                           check=True, capture_output=True, text=True, cwd=tmp_path, env=_clean_env())
    module, resources = where.stdout.splitlines()
    # and it was the wheel's copy that did it
    assert Path(module).is_relative_to(site) and Path(resources) == site / "perfeval_gui" / "_resources"


def test_the_installed_wheels_translations_load(wheel, tmp_path):
    venv = _venv_with(wheel, tmp_path)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    loaded = subprocess.run(
        [str(python), "-c",
         "from PySide6.QtCore import QCoreApplication;"
         "from perfeval_gui.ui.base.translations import install_translators;"
         "app = QCoreApplication([]);"
         "print(len(install_translators(app, 'zh_CN')));"
         "print(QCoreApplication.translate('AboutDialog', 'About'))"],
        check=True, capture_output=True, text=True, cwd=tmp_path, env=_clean_env())
    count, about = loaded.stdout.splitlines()
    assert int(count) == 3 and about == "关于"
