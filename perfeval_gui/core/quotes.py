"""Where in a narrative text a finding's quoted words are: the window selects them, so the
user sees which "2022" or which "90%" is meant, not only the section."""

from __future__ import annotations

import unicodedata

from .finding import Finding

# per code: the parameter that quotes the text, and one that names what it is about (searched
# first, so that the figure after the right name is found, not an equal one elsewhere)
QUOTED = {
    "text_year": ("found", None),
    "text_figure": ("text_value", "name"),
    "text_score": ("text_value", "name"),
    "text_foreign_indicator": ("name", None),
    "text_foreign_project": ("name", None),
    "text_amount": ("amount", None),
    "text_verdict": ("quote", None),  # from the indicator's name to the verdict
    "text_grade": ("quote", None),
    "text_numbering": ("found", None),
}


def _folded(body: str) -> str:
    """Full-width digits and signs as ASCII, one character for one, so positions stay."""
    return "".join(c if len(n := unicodedata.normalize("NFKC", c)) != 1 else n for c in body)


def _variants(quote: str) -> list[str]:
    """How a quoted figure may be written: '90%' also as '90', '2022' also as '2022年'."""
    forms = [quote]
    for suffix in ("%", "分", "年", "万元", "元"):
        if quote.endswith(suffix) and len(quote) > len(suffix):
            forms.append(quote[: -len(suffix)])
    return forms


def quoted_span(finding: Finding, body: str) -> tuple[int, int] | None:
    """(start, end) of the words *finding* quotes from *body*, or None."""
    if finding.code not in QUOTED:
        return None
    quoted, about = QUOTED[finding.code]
    quote = str(finding.message.params.get(quoted, "")).strip()
    if not quote:
        return None
    folded = _folded(body)
    start = 0
    if about:
        name = str(finding.message.params.get(about, "")).strip()
        at = folded.find(name) if name else -1
        start = at if at >= 0 else 0
    for form in _variants(_folded(quote)):
        for origin in (start, 0):
            at = folded.find(form, origin)
            if at >= 0:
                return at, at + len(form)
    return None
