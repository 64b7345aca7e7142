"""The wheel carries the app's resources: everything else about the build is in pyproject.toml.

``resources/`` (profiles, the demo report, icons and the compiled translations) lives beside
the package in a checkout; a wheel puts a copy inside it, as ``perfeval_gui/_resources``,
where ``perfeval_gui/resources.py`` looks first. The translations are compiled here when
they are missing or older than their sources (that needs pyside6-lrelease, so build with
``--no-build-isolation`` from a venv that has PySide6, or run packaging/build_translations.py
first). tests/test_wheel.py builds a wheel, installs it and scores the seed with it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
WANTED = ("profiles", "demo", "icons", "i18n", "guide", "indicators")
WANTED_FILES = ("measure_words.txt",)


def translations_are_current() -> bool:
    sources = sorted((ROOT / "i18n").glob("*.ts"))
    compiled = [RESOURCES / "i18n" / f"{ts.stem}.qm" for ts in sources]
    return all(qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime
               for ts, qm in zip(sources, compiled, strict=True))


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ in the checkout
        if not translations_are_current():
            subprocess.run([sys.executable, str(ROOT / "packaging" / "build_translations.py")],
                           check=True, stdout=subprocess.DEVNULL)
        target = Path(self.build_lib) / "perfeval_gui" / "_resources"
        shutil.rmtree(target, ignore_errors=True)
        for folder in WANTED:
            if not any((RESOURCES / folder).iterdir()):
                raise SystemExit(f"resources/{folder} is empty: the wheel would not work")
            shutil.copytree(RESOURCES / folder, target / folder)
        for name in WANTED_FILES:
            shutil.copy2(RESOURCES / name, target / name)


setup(cmdclass={"build_py": BuildWithResources})
