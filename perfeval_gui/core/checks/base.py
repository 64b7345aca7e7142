"""What a finding is, and the registry the check modules add themselves to."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..changes import SCORING_ROOTS
from ..finding import ERROR, INFO, WARNING, Finding
from ..messages import CATALOGUE, Message
from ..model import Report
from ..profiles import Profile
from ..scoring import ScoreResult

__all__ = ["CHECKS", "ERROR", "INFO", "SCORES", "WARNING", "Check", "Context", "Finding", "check"]

# what the scores (and so every check reading them) depend on, by top-level name
SCORES = frozenset(SCORING_ROOTS)

@dataclass
class Context:
    report: Report
    profile: Profile
    result: ScoreResult
    cache: dict[str, Any] = field(default_factory=dict)

    def finding(self, code: str, severity: str, where: str, /, **params: Any) -> Finding:
        assert f"check.{code}" in CATALOGUE, code
        return Finding(code, severity, where, Message(f"check.{code}", params))


Check = Callable[[Context], Iterable[Finding]]
CHECKS: list[Check] = []


def check(function: Check) -> Check:
    """Register a check function."""
    CHECKS.append(function)
    return function
