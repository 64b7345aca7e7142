"""The installers build with pinned versions, and the pins satisfy what pyproject.toml asks."""

from __future__ import annotations

import re
from pathlib import Path

import tomllib
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "packaging" / "constraints.txt"


def pins() -> dict[str, str]:
    found = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            found[re.sub(r"[-_.]+", "-", name).lower()] = version
    return found


def requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["test"]
    return [r for r in map(Requirement, wanted) if r.marker is None or r.marker.evaluate()]


def test_every_dependency_is_pinned_within_what_the_project_allows():
    pinned = pins()
    for requirement in requirements():
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        assert name in pinned, f"{requirement.name} is not pinned in packaging/constraints.txt"
        assert requirement.specifier.contains(pinned[name]), \
            f"{requirement.name}=={pinned[name]} is outside pyproject's {requirement.specifier}"


def test_every_build_script_installs_with_the_pins():
    for script in ("packaging/dev.sh", "packaging/linux/build_bundle.sh", "packaging/windows/README.md"):
        text = (ROOT / script).read_text(encoding="utf-8")
        installs = [line for line in text.splitlines()
                    if "pip install" in line and "--upgrade pip" not in line]
        assert installs, script
        assert all("constraints.txt" in line for line in installs), script
