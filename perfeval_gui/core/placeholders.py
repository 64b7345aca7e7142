"""Template rows that are no indicator: `指标2`, `……`, `**`, or a row left wholly empty.

Real 自评表 templates carry such rows and units leave them in. They are not scored, not
counted in the weights, and reported once each so the user deletes or fills them in.
"""

from __future__ import annotations

import re
import unicodedata

from .model import Indicator, text

# 指标1, 三级指标2, 指标一, 指标2: — the template's own numbering; or only dots, stars and dashes
_PLACEHOLDER_NAME = re.compile(
    r"(?:三级)?指标\s*[0-9一二三四五六七八九十]*\s*[:：]?|[.。…*＊·—\-_/\\、\s]+"
)


def is_placeholder_name(name: str | None) -> bool:
    """A 三级指标 the template put there for the unit to replace."""
    value = unicodedata.normalize("NFKC", text(name)).strip()
    return bool(value) and _PLACEHOLDER_NAME.fullmatch(value) is not None


def is_placeholder(indicator: Indicator) -> bool:
    """A row that is no indicator. An empty actual alone does not make one: a report
    started from last year's has every actual empty."""
    if is_placeholder_name(indicator.name):
        return True
    empty = not any(text(v).strip() for v in (indicator.name, indicator.target, indicator.actual))
    return empty and not indicator.weight


# a template's marks for what the unit was to fill in, left inside a name or value:
# 公猪舍(≥**平方米), XX县, ××项目, （填写）; after NFKC (＊ → *, （ → ()
_TEMPLATE_MARK = re.compile(r"\*{2,}|(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])|×{2,}|\(\s*(?:请)?填写[^)]*\)")


def template_mark(value: str | None) -> str | None:
    """The template mark a text still carries (as NFKC reads it), or None."""
    match = _TEMPLATE_MARK.search(unicodedata.normalize("NFKC", text(value)))
    return match.group(0) if match else None
