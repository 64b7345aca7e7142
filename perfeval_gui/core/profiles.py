"""Scoring profiles: every weight, formula, band and limit of the rules, read from data files.

A profile is a TOML file (``resources/profiles/*.toml`` ships with the app; a user adds
their own city's rules as a file in ``<data folder>/profiles``). Formulas are named
options; the scoring module holds the one implementation of each name.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..app_paths import user_profile_dir
from ..resources import resource_path
from .limits import read_file
from .messages import UserError
from .model import DEFAULT_PROFILE
from .monitoring_rules import CENTRAL, MonitoringRules, read_monitoring

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

RATE_BASES = ("adjusted_else_initial", "initial")
POSITIVE_FORMULAS = ("ratio",)
NEGATIVE_FORMULAS = ("inverse_ratio", "linear_to_zero_at_double")
EQUAL_FORMULAS = ("min_over_max",)
NOT_APPLICABLE_HANDLING = ("rescale", "none")
GRADE_KEYS = ("达成", "部分达成", "未达成")  # highest band first
MAX_DEPTH = 64  # as for a report (report-format.md, Limits)
MAX_FILE_BYTES = 1024 * 1024  # a profile is a page of settings; anything larger is not one


@dataclass(frozen=True)
class Group:
    level1: str
    weight: Decimal
    level2: tuple[str, ...]


@dataclass(frozen=True)
class Band:
    low: Decimal  # share of the weight, in percent, inclusive
    high: Decimal  # exclusive, except for a band that reaches 100
    rule_share: Decimal


@dataclass(frozen=True)
class Cap:
    rate_below: Decimal  # percent
    max_total: Decimal


@dataclass(frozen=True)
class Grade:
    name: str
    minimum: Decimal


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    description: str
    funds_weight: Decimal
    rate_base: str
    groups: tuple[Group, ...]
    positive: str
    negative: str
    equal: str
    bands: dict[str, Band]
    not_applicable: str
    over_threshold: Decimal  # percent of the target
    over_deduction: Decimal
    caps: tuple[Cap, ...]
    grades: tuple[Grade, ...]  # highest minimum first
    source: str = ""
    monitoring: MonitoringRules = CENTRAL  # the monitoring form's rules (monitoring_rules.py)

    def grade_for(self, total: Decimal) -> str:
        for grade in self.grades:
            if total >= grade.minimum:
                return grade.name
        return self.grades[-1].name

    def cap_for(self, rate_percent: Decimal | None) -> Decimal | None:
        """The highest total allowed at this execution rate, or None where nothing caps it."""
        if rate_percent is None:
            return None
        limits = [c.max_total for c in self.caps if rate_percent < c.rate_below]
        return min(limits) if limits else None

    def level2_for(self, level1: str) -> tuple[str, ...]:
        for group in self.groups:
            if group.level1 == level1:
                return group.level2
        return ()


class _Reader:
    """Reads one profile file, naming the key in every complaint."""

    def __init__(self, data: dict[str, Any], file: str, prefix: str = "") -> None:
        self.data = data
        self.file = file
        self.prefix = prefix  # where a table of a list sits: groups[1].

    def fail(self, key: str, detail: str) -> UserError:
        return UserError("", "profile.bad_key", file=self.file, key=self.prefix + key, detail=detail)

    def get(self, key: str, kind: type | tuple[type, ...]) -> Any:
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise self.fail(key, "missing")
            node = node[part]
        if isinstance(node, bool) or not isinstance(node, kind):
            raise self.fail(key, f"expected {'a number' if isinstance(kind, tuple) else kind.__name__}")
        return node

    def number(self, key: str, node: Any = None, low: int = 0, high: int | None = None) -> Decimal:
        value = self.get(key, (int, float)) if node is None else node
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(key, "expected a number")
        number = Decimal(str(value))
        if not number.is_finite():
            raise self.fail(key, "must be a finite number")
        if number < low or (high is not None and number > high):
            raise self.fail(key, f"must lie between {low} and {high}")
        return number

    def choice(self, key: str, options: Iterable[str]) -> str:
        value = self.get(key, str)
        if value not in options:
            raise self.fail(key, f"must be one of {', '.join(options)}")
        return value


def profile_from_data(data: dict[str, Any], file: str = "<profile>") -> Profile:
    r = _Reader(data, file)
    groups = []
    for i, item in enumerate(r.get("groups", list)):
        key = f"groups[{i}]"
        if not isinstance(item, dict):
            raise r.fail(key, "expected a table")
        sub = _Reader(item, file, f"{key}.")
        level2 = sub.get("level2", list)
        if not all(isinstance(x, str) for x in level2):
            raise r.fail(f"{key}.level2", "expected a list of names")
        groups.append(
            Group(sub.get("level1", str), sub.number("weight", high=100), tuple(level2))
        )
    bands = {}
    for grade in GRADE_KEYS:
        band = r.get(f"qualitative.bands.{grade}", list)
        if len(band) != 2:
            raise r.fail(f"qualitative.bands.{grade}", "expected [low, high]")
        low = r.number(f"qualitative.bands.{grade}", band[0], high=100)
        high = r.number(f"qualitative.bands.{grade}", band[1], high=100)
        if not low < high:
            raise r.fail(f"qualitative.bands.{grade}", "low must be below high")
        bands[grade] = Band(low, high, Decimal(0))
    for upper, lower in itertools.pairwise(GRADE_KEYS):
        # half-open [low, high): a lower band ends where (or before) the next one begins
        if bands[lower].high > bands[upper].low:
            raise r.fail(f"qualitative.bands.{lower}", f"overlaps or is above the band of {upper}")
    for grade, band in bands.items():
        share = r.number(f"qualitative.rule_share.{grade}", high=100)
        if not band.low <= share <= band.high:
            raise r.fail(f"qualitative.rule_share.{grade}", "must lie inside its band")
        bands[grade] = Band(band.low, band.high, share)
    caps = []
    for i, item in enumerate(r.get("cap.steps", list) if "cap" in data else []):
        sub = _Reader(item if isinstance(item, dict) else {}, file)
        try:
            caps.append(Cap(sub.number("rate_below", high=100), sub.number("max_total", high=100)))
        except UserError:
            raise r.fail(f"cap.steps[{i}]", "expected rate_below and max_total") from None
    grades = []
    for i, item in enumerate(r.get("grades", list)):
        sub = _Reader(item if isinstance(item, dict) else {}, file)
        try:
            grades.append(Grade(sub.get("name", str), sub.number("minimum", high=100)))
        except UserError:
            raise r.fail(f"grades[{i}]", "expected name and minimum") from None
    if not grades:
        raise r.fail("grades", "at least one grade is needed")
    funds_weight = r.number("funds.weight", high=100)
    weights = funds_weight + sum((g.weight for g in groups), Decimal(0))
    if weights != 100:
        raise r.fail("groups", f"the group weights and funds.weight add up to {weights}, not 100")
    return Profile(
        id=r.get("id", str),
        name=r.get("name", str),
        description=data.get("description", "") if isinstance(data.get("description"), str) else "",
        funds_weight=funds_weight,
        rate_base=r.choice("funds.rate_base", RATE_BASES),
        groups=tuple(groups),
        positive=r.choice("formulas.positive", POSITIVE_FORMULAS),
        negative=r.choice("formulas.negative", NEGATIVE_FORMULAS),
        equal=r.choice("formulas.equal", EQUAL_FORMULAS),
        bands=bands,
        not_applicable=r.choice("not_applicable.handling", NOT_APPLICABLE_HANDLING),
        over_threshold=r.number("over_achievement.threshold_percent", low=100, high=100000),
        over_deduction=r.number("over_achievement.deduction", high=100),
        caps=tuple(caps),
        grades=tuple(sorted(grades, key=lambda g: g.minimum, reverse=True)),
        source=file,
        monitoring=read_monitoring(data, r),
    )


def _profile_text(path: Path) -> str:
    """A profile file's text: a regular file of at most 1 MB (a pipe would hang the start)."""
    try:
        return read_file(path, MAX_FILE_BYTES).decode("utf-8")
    except UserError as exc:
        raise UserError("", "profile.bad_file", file=path.name, detail=exc.message) from None


def load_profile_file(path: Path) -> Profile:
    try:
        data = tomllib.loads(_profile_text(path))
    except (OSError, ValueError) as exc:  # TOMLDecodeError, UnicodeDecodeError, a 5,000-digit integer
        raise UserError("", "profile.bad_file", file=path.name, detail=str(exc)[:200]) from None
    except RecursionError:  # tomllib recurses once per level of nesting
        raise UserError("", "profile.bad_file", file=path.name, detail="nested too deeply") from None
    if _depth(data) > MAX_DEPTH:
        raise UserError("", "profile.bad_file", file=path.name, detail="nested too deeply")
    return profile_from_data(data, path.name)


def _depth(data: Any) -> int:
    """How deeply tables and lists nest (walked without recursion)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (dict, list)):
            deepest = max(deepest, depth)
            items = value.values() if isinstance(value, dict) else value
            stack.extend((item, depth + 1) for item in items)
    return deepest


def builtin_profile_dir() -> Path:
    return resource_path("profiles")


@dataclass
class ProfileEntry:
    """One profile file as the library saw it: loaded, or refused and why."""

    file: Path
    builtin: bool
    id: str | None = None
    error: UserError | None = None
    profile: Profile | None = field(default=None, repr=False)

    @property
    def status(self) -> str:
        return "refused" if self.error else "ok"

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        return {"id": self.id, "file": str(self.file), "builtin": self.builtin,
                "status": self.status, "reason": self.error.text(lang) if self.error else None}


def _declared_id(path: Path) -> str | None:
    """The id a refused file meant to give, so that a report using it can be told why."""
    try:
        data = tomllib.loads(_profile_text(path))
    except (UserError, OSError, ValueError, RecursionError):
        return None
    value = data.get("id")
    return value if isinstance(value, str) else None


# an exported Word or Excel file names the profile its report was made under in its document
# properties (category), so reading it back keeps the rules it was filled in by (湖北's 1–6 月
# and causes once per form); the paper itself does not print it
FILE_MARK = "perfeval-profile:"


def file_mark(profile_id: str) -> str:
    return f"{FILE_MARK}{profile_id}"


def marked_profile(category: str | None) -> str | None:
    """The profile id a file's category names, if the app wrote it."""
    text = (category or "").strip()
    if not text.startswith(FILE_MARK):
        return None
    return text[len(FILE_MARK):].strip() or None


class ProfileLibrary:
    """The profiles of the installed folder (the first one) and of the user's folders.

    A user file may add a profile but never replace a built-in one (it would silently
    change the grade of every report using it); a broken or clashing file is refused and
    listed in ``entries`` with its reason — never skipped in silence, never fatal."""

    def __init__(self, folders: Iterable[Path] | None = None) -> None:
        self.folders = list(folders) if folders is not None else [builtin_profile_dir()]
        self.profiles: dict[str, Profile] = {}
        self.entries: list[ProfileEntry] = []
        for n, folder in enumerate(self.folders):
            try:
                paths = sorted(folder.glob("*.toml")) if folder.is_dir() else []
            except OSError as exc:
                error = UserError("", "profile.bad_file", file=str(folder), detail=str(exc))
                self.entries.append(ProfileEntry(folder, n == 0, error=error))
                continue
            for path in paths:
                self.entries.append(self._load(path, builtin=n == 0))

    def _load(self, path: Path, builtin: bool) -> ProfileEntry:
        entry = ProfileEntry(path, builtin)
        try:
            profile = load_profile_file(path)
        except UserError as exc:
            entry.id, entry.error = _declared_id(path), exc
            return entry
        entry.id = profile.id
        taken = next((e for e in self.entries if e.id == profile.id and e.error is None), None)
        if taken is not None:
            code = "profile.builtin_id" if taken.builtin else "profile.duplicate_id"
            entry.error = UserError("", code, file=path.name, id=profile.id, other=taken.file.name)
            return entry
        entry.profile = profile
        self.profiles[profile.id] = profile
        return entry

    @property
    def problems(self) -> list[UserError]:
        return [e.error for e in self.entries if e.error is not None]

    def get(self, profile_id: str, where: str = "profile") -> Profile:
        try:
            return self.profiles[profile_id]
        except KeyError:
            refused = next((e for e in self.entries if e.id == profile_id and e.error), None)
            if refused is not None and refused.error is not None:
                raise UserError(where, "profile.refused", value=profile_id,
                                reason=refused.error.message) from None
            unreadable = [e.error for e in self.entries if e.error is not None and e.id is None]
            if unreadable:  # it may be one of these: say why they were refused
                raise UserError(where, "profile.unknown_or_unreadable", value=profile_id,
                                known=", ".join(self.ids()), reason=unreadable[0].message) from None
            raise UserError(
                where, "doc.unknown_profile", value=profile_id, known=", ".join(self.ids())
            ) from None

    def ids(self) -> list[str]:
        return sorted(self.profiles)

    def why_missing(self, profile_id: str) -> UserError | None:
        """Why a profile id is not usable here: its file was refused (or none names it)."""
        try:
            self.get(profile_id)
        except UserError as exc:
            return exc
        return None

    def scoring_profile(self, profile_id: str) -> Profile:
        """The profile to score a report with in the window: its own, else the default one.
        The caller tells the user (``profile_id not in self.profiles``): never silently."""
        return self.profiles.get(profile_id) or self.get(DEFAULT_PROFILE)


_default_library: ProfileLibrary | None = None


def default_library() -> ProfileLibrary:
    """The installed profiles plus the user's, read once per process."""
    global _default_library
    if _default_library is None:
        _default_library = ProfileLibrary([builtin_profile_dir(), user_profile_dir()])
    return _default_library
