"""Application numbers pasted where publication numbers are expected.

PatSnap looks patents up by publication number; an application number is recognised so it can be reported
("PatSnap needs the publication number") instead of being rejected for a stray dot or, worse, sent as a
publication number that happens to exist.

* China (CNIPA, standard ZC 0006-2003): since October 2003 a 12-digit number (4-digit year, 1 type digit:
  1 invention, 2 utility model, 3 design, 8/9 PCT national phase; 7-digit serial), before it 8 digits (2-digit
  year, type, 5-digit serial); both followed by ``.`` and a check character. Granted patents carry the
  same number after ``ZL``. Check: the digits weighted 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 in turn, summed,
  mod 11; 10 is written ``X``. Written ``201510012345.6``, ``CN201510012345.6``, ``ZL 2015 1 0012345.6``,
  ``ZL98112345.6``; a CN number of 12 or 13 digits without the dot is also an application number (CN
  publication numbers have at most 9 digits).
* United States: a 2-digit series code, ``/`` and a 6-digit serial: ``US 14/123,456`` (``US`` optional).
* PCT international applications: ``PCT/CN2015/012345`` (``PCT/US99/12345`` before 2004).
* EPO: 8 digits, ``.`` and a check digit: ``EP 15 123 456.7``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ApplicationNumber", "application_number", "cn_check_char"]

_CN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
_CN = re.compile(r"(?:ZL|CN|CNZL)?((?:19|20)\d\d[1-9]\d{7}|\d\d[1-9]\d{5})\.([0-9X])")
_CN_NODOT = re.compile(r"(?:ZL|CN|CNZL)((?:19|20)\d\d[1-9]\d{7})([0-9X])?|ZL(\d\d[1-9]\d{5})([0-9X])")
_US = re.compile(r"(?:US)?(\d\d)/(\d{3}),?(\d{3})")
_PCT = re.compile(r"PCT/([A-Z]{2})(\d{4}|\d\d)/(\d{5,6})")
_EP = re.compile(r"EP(\d{8})\.(\d)")


@dataclass(frozen=True)
class ApplicationNumber:
    office: str  # CN, US, WO (PCT), EP, JP
    number: str  # shown back normalised: CN201510012345.6, US14/123,456, PCT/CN2015/012345
    check_found: str | None = None  # the check character typed (CN only)
    check_expected: str | None = None  # what it should be; None when not checked

    @property
    def check_ok(self) -> bool:
        return self.check_expected is None or self.check_found == self.check_expected


def cn_check_char(digits: str) -> str:
    """The CNIPA check character of a 12- or 8-digit application number. ValueError on bad input."""
    if len(digits) not in (8, 12) or not digits.isdigit():
        raise ValueError("a Chinese application number has 12 (or, before 2003, 8) digits")
    value = sum(int(d) * w for d, w in zip(digits, _CN_WEIGHTS, strict=False)) % 11
    return "X" if value == 10 else str(value)


def _cn(digits: str, check: str | None) -> ApplicationNumber:
    if check is None:
        return ApplicationNumber("CN", f"CN{digits}")
    return ApplicationNumber("CN", f"CN{digits}.{check}", check, cn_check_char(digits))


def application_number(compact: str) -> ApplicationNumber | None:
    """The application number an upper-case ASCII text without spaces is, or None.

    Only forms that cannot be publication numbers are taken: a CN number needs its ``.`` check character
    or a ZL/CN prefix with 12-13 digits; a US serial needs its ``/``."""
    if "." in compact:
        m = _CN.fullmatch(compact)
        if m is not None:
            return _cn(m.group(1), m.group(2))
        m = _EP.fullmatch(compact)
        if m is not None:
            return ApplicationNumber("EP", f"EP{m.group(1)}.{m.group(2)}")
        return None
    if "/" in compact:
        if compact.startswith("PCT/"):
            m = _PCT.fullmatch(compact)
            if m is not None:
                return ApplicationNumber("WO", f"PCT/{m.group(1)}{m.group(2)}/{m.group(3)}")
            return None
        m = _US.fullmatch(compact)
        if m is not None:
            return ApplicationNumber("US", f"US{m.group(1)}/{m.group(2)},{m.group(3)}")
        return None
    m = _CN_NODOT.fullmatch(compact)
    if m is not None:
        if m.group(1) is not None:
            return _cn(m.group(1), m.group(2))
        return _cn(m.group(3), m.group(4))
    return None
