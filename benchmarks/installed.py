"""This checkout as users install it: a wheel built from a copy of the sources and installed
into a fresh venv, which borrows this environment's dependencies through a .pth line but gets
perfeval-gui only from the wheel (the editable install's finder is not seen: .pth files on an
added path are not read). The one way of doing it, for the start-up and export budgets
(benchmarks/run.py) and for tests/test_wheel.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "perfeval_gui", "resources",
           "i18n", "packaging/build_translations.py")


def clean_env() -> dict[str, str]:
    """This environment without what would point a child Python at this checkout's sources
    (or keep pip from compiling the package, as it does for users)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONDONTWRITEBYTECODE")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def build_wheel(folder: Path, isolated: bool = False) -> Path:
    """The wheel of a copy of the sources under *folder* (the checkout stays clean).
    *isolated*: pip's isolated build, as a user or a packager runs `pip wheel .` (setuptools
    fetched from the package index into a throw-away environment: nothing of this one, PySide6
    included, is seen); else offline, with this environment's setuptools."""
    source = folder / "source"
    for name in SOURCES:
        origin, copy = ROOT / name, source / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        if origin.is_dir():
            shutil.copytree(origin, copy, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(origin, copy)
    wheels = folder / "wheels"
    offline = [] if isolated else ["--no-build-isolation", "--no-index"]
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", *offline,
                    "-w", str(wheels), str(source)], check=True, env=clean_env())
    [wheel] = wheels.glob("perfeval_gui-*.whl")
    return wheel


def program(venv: Path, name: str) -> Path:
    """A venv's program (``python``, ``perfeval-gui``) on this system."""
    return venv / (f"Scripts/{name}.exe" if os.name == "nt" else f"bin/{name}")


def site_packages(python: Path) -> Path:
    return Path(subprocess.run([str(python), "-c", "import sysconfig;print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())


def venv_with(wheel: Path, folder: Path) -> Path:
    """A fresh venv under *folder* with *wheel* installed (compiled as pip leaves it); the
    dependencies are this environment's."""
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = program(venv, "python")
    (site_packages(python) / "borrowed-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", "--no-index", str(wheel)], check=True, env=clean_env())
    return venv


def install_wheel(folder: Path) -> Path:
    """Build (offline) and install; the venv's python."""
    return program(venv_with(build_wheel(folder), folder), "python")
