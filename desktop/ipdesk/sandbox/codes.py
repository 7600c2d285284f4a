"""Check characters of Chinese company identifiers (GB 32100-2015 credit codes, GB 11714-1997 org codes).

Used by the demo-data generator to give every demo company valid identifiers, and by the sandbox to
match an identifier however the user typed it (hyphen or not, lower case).
"""

from __future__ import annotations

CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_value(char: str) -> int:
    if char.isdigit():
        return int(char)
    return ord(char) - ord("A") + 10


def org_check_char(body8: str) -> str:
    """Check character of an 8-character organisation-code body."""
    if len(body8) != 8:
        raise ValueError("organisation code body must have 8 characters")
    total = sum(_org_value(c) * w for c, w in zip(body8.upper(), ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def credit_check_char(body17: str) -> str:
    """Check character of a 17-character unified social credit code body."""
    if len(body17) != 17:
        raise ValueError("credit code body must have 17 characters")
    total = sum(CREDIT_CHARSET.index(c) * w for c, w in zip(body17.upper(), CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARSET[(31 - total % 31) % 31]


def is_valid_credit_code(code: str) -> bool:
    code = code.upper()
    if len(code) != 18 or any(c not in CREDIT_CHARSET for c in code):
        return False
    return credit_check_char(code[:17]) == code[17]


def is_valid_org_number(code: str) -> bool:
    code = code.upper().replace("-", "")
    if len(code) != 9 or not code[:8].isalnum():
        return False
    return org_check_char(code[:8]) == code[8]


def normalize_identifier(value: str) -> str:
    """Upper case, no spaces, no hyphens, full-width ASCII folded to half width."""
    folded = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in value)
    return "".join(folded.split()).replace("-", "").upper()
