"""Text as people paste it from Word/WPS, made safe for both writers.

Control characters (vertical tab, bell, NUL, …) make python-docx refuse to save and
reportlab draw boxes; line breaks and tabs are kept, everything else is dropped.
"""

from __future__ import annotations

import re

# XML 1.0 forbids C0 controls except tab/newline/carriage return, and the surrogates and
# U+FFFE/U+FFFF; C1 controls and the BOM are invisible junk in a printed report.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029|\x0b|\x0c")


def clean(text: str | None) -> str:
    """Keep every character a page can show; line breaks become \\n."""
    if not text:
        return ""
    return _FORBIDDEN.sub("", _LINE_BREAKS.sub("\n", text))
