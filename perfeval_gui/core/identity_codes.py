"""The formats of the cover's identifiers: the unified social credit code's check digit
(GB 32100-2015) and Chinese phone numbers. Kept apart from the checks so that the cover form
can check as the user types without loading the whole check catalogue."""

from __future__ import annotations

import re

# GB 32100-2015: 18 characters from this alphabet (no I, O, S, V, Z); the last is a check digit
CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
MOBILE = re.compile(r"1[3-9]\d{9}")
LANDLINE = re.compile(r"(0\d{2,3}[-\s]?)?[2-9]\d{6,7}([-转]\d{1,6})?")


def credit_code_valid(code: str) -> bool:
    code = code.strip().upper()
    if len(code) != 18 or any(c not in CREDIT_ALPHABET for c in code):
        return False
    total = sum(CREDIT_ALPHABET.index(c) * w for c, w in zip(code[:17], CREDIT_WEIGHTS, strict=True))
    return CREDIT_ALPHABET[(31 - total % 31) % 31] == code[17]


def phone_valid(phone: str) -> bool:
    digits = phone.strip().replace("（", "(").replace("）", ")")
    digits = re.sub(r"[()]", "", digits)
    return bool(MOBILE.fullmatch(digits) or LANDLINE.fullmatch(digits))
