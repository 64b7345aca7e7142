"""What a 偏差原因分析及改进措施 cell explains. Forms print 无, 无偏差, /, — or 不适用 in the
cells of indicators that were met: such a cell gives no explanation, exactly as an empty one
(domain §5). The export still prints what the user wrote; only checks and drafts read this."""

from __future__ import annotations

import unicodedata

# after NFKC (－ → -, ／ → /) and without the trailing full stop a form may add
NONE_WORDS = frozenset({"无", "无偏差", "/", "—", "——", "-", "--", "不适用", "无偏差情况", "没有"})
_TRAILING = " \t\n。.；;，,"


def says_nothing(written: str | None) -> bool:
    """True where the text is empty or only a word that means "none"."""
    return explanation(written) == ""


def explanation(written: str | None) -> str:
    """The text as an explanation: '' where it is empty or says only "none"."""
    stripped = (written or "").strip()
    word = unicodedata.normalize("NFKC", stripped).strip(_TRAILING)
    return "" if not word or word in NONE_WORDS else stripped
