"""What a finding is, and the registry the check modules add themselves to."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..changes import SCORING_ROOTS
from ..finding import ERROR, INFO, WARNING, Finding
from ..forms import FORMS, SELF_EVALUATION
from ..messages import CATALOGUE, Message
from ..model import Report
from ..profiles import Profile
from ..scoring import ScoreResult

__all__ = ["CHECKS", "ERROR", "INFO", "SCORES", "WARNING", "Check", "Context", "Finding", "check",
           "every_form", "forms_of", "only_for"]

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


# the forms of a project's year a check runs on (forms.py): a check says nothing about a form
# it was not written for (a monitoring form has no scores to hold against their weights)
_FORMS_OF: dict[Check, frozenset[str]] = {}


def only_for(*forms: str) -> Callable[[Check], Check]:
    """Put above ``@check``: the forms the check runs on (without it: the self-evaluation)."""
    def mark(function: Check) -> Check:
        _FORMS_OF[function] = frozenset(forms)
        return function
    return mark


every_form = only_for(*FORMS)  # the targets are checked alike on every form that has them


def forms_of(function: Check) -> frozenset[str]:
    return _FORMS_OF.get(function, frozenset((SELF_EVALUATION,)))
