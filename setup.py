"""The wheel carries the app's resources: everything else about the build is in pyproject.toml.

``resources/`` (profiles, the demo report, icons and the compiled translations) lives beside
the package in a checkout; a wheel puts a copy inside it, as ``perfeval_gui/_resources``,
where ``perfeval_gui/resources.py`` looks first. The compiled translations are kept in the
repository (tests/test_translations_compiled.py keeps them current), so the build needs
nothing but setuptools: ``pip wheel .`` and ``python -m build`` work in pip's isolated build.
tests/test_wheel.py builds a wheel that way, installs it and scores the seed with it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
WANTED = ("profiles", "demo", "icons", "i18n", "guide", "indicators")
WANTED_FILES = ("measure_words.txt",)


def missing_translations() -> list[str]:
    return [ts.stem for ts in sorted((ROOT / "i18n").glob("*.ts"))
            if not (RESOURCES / "i18n" / f"{ts.stem}.qm").is_file()]


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ in the checkout
        missing = missing_translations()
        if missing:
            raise SystemExit(f"resources/i18n lacks {', '.join(missing)}.qm: "
                             "run python packaging/build_translations.py")
        target = Path(self.build_lib) / "perfeval_gui" / "_resources"
        shutil.rmtree(target, ignore_errors=True)
        for folder in WANTED:
            if not any((RESOURCES / folder).iterdir()):
                raise SystemExit(f"resources/{folder} is empty: the wheel would not work")
            shutil.copytree(RESOURCES / folder, target / folder)
        for name in WANTED_FILES:
            shutil.copy2(RESOURCES / name, target / name)


setup(cmdclass={"build_py": BuildWithResources})
