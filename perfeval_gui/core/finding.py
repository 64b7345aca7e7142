"""What a finding is: a code, a severity, a field path and a message. Apart from the checks
that produce findings, so that what only shows or repairs them (the window's panel, the fixes)
does not load every check at start-up."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .messages import Message

ERROR = "error"
WARNING = "warning"
INFO = "info"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    where: str
    message: Message

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "where": self.where,
            "message": self.message.text(lang),
        }
