"""Japanese patent numbers: era years, zero-padded serials and the kanji notations of JPO gazettes.

A JPO publication number is a year and a serial. Before 2000 the year is the era year (昭和 Shōwa = year +
1925, 平成 Heisei = year + 1988; letters S and H) and the number is written ``JPH05012345A``: era letter,
two-digit era year, six-digit serial. From 2000 on (平成12) the year is the four-digit western year:
``JP2001002345A``. Serials are always zero-padded to six digits (``JP 2001-2345 A`` -> ``JP2001002345A``).
令和 (Reiwa, year + 2018) and a western year from 2000 both give the western form; a western year
1926-1999 gives the era form (1989, both 昭和64 and 平成1, is taken as 平成1).

Kanji notations and the kind codes inferred (the kind is implied by the gazette, never typed):

* 特開 (kōkai, unexamined application publication) -> kind ``A``: ``特開2015-123456`` -> ``JP2015123456A``.
* 特表 (kōhyō, publication of the Japanese translation of a PCT application) -> kind ``A`` too: the JPO
  publishes it under kind A with serials from 500001, ``特表2016-501234`` -> ``JP2016501234A``.
* 再表 (saikō, domestic re-publication of a PCT application) -> ``JPWO2015123456A1``.
* 特許第N号 (granted patent) -> kind ``B2``: since 1996 a patent is granted after its 特開/特表
  publication in the large majority of cases, and the JPO then gives kind B2; B1 is kept for patents
  granted before any publication (accelerated examination). PatSnap answers ``JP5123456B2``. A B1 patent
  has to be typed as ``JP5123456B1``.
* 実開 (unexamined utility-model publication, until 1994) -> kind ``U``: ``実開平5-12345`` -> ``JPH05012345U``.
* 実登 / 実用新案登録第N号 / 登録実用新案第N号 (registered utility model): numbers from 3,000,000 (the
  registration system without examination, since 1994) -> kind ``U`` (``JP3012345U``); lower numbers are
  the examined utility-model registrations of before 1994 -> kind ``Y2``.
* 特願 / 実願 are application numbers (``JP2015-123456``), reported as such, never sent.

特公 and 実公 (examined publications before 1996) are not converted: their kind codes (B1/B2, Y1/Y2) depend
on the year and the digit width of their serials in PatSnap's data is not settled; they are reported with
an explanation and can be typed in the office form (``JPH07012345B2``).
"""

from __future__ import annotations

import re

__all__ = ["ERA_OFFSETS", "KANJI_TYPES", "jp_from_kanji", "jp_hyphenated", "jp_year_serial"]

ERA_OFFSETS = {"S": 1925, "H": 1988, "R": 2018}  # era year + offset = western year
_ERA_SPAN = {"S": 64, "H": 31, "R": 99}
_ERA_KANJI = {"昭和": "S", "昭": "S", "平成": "H", "平": "H", "令和": "R", "令": "R"}
_DASH = "-‐‑‒–—―−ー－"

_YEAR_SERIAL_KIND = {"特開": "A", "特表": "A", "実開": "U", "特願": "", "実願": ""}
_KANJI_YEAR_SERIAL = re.compile(
    rf"(特開|特表|実開|特願|実願)第?(昭和|平成|令和|昭|平|令|[SHR])?(\d{{1,4}})[{_DASH}](\d{{1,6}})号?(?:公報)?"
)
_KANJI_NUMBER = re.compile(r"(特許|実登|実用新案登録|登録実用新案)第?(\d{6,7})号?(?:公報)?")
_KANJI_REPUBLISHED = re.compile(r"再表(\d{4})/(\d{6})号?(?:公報)?")
KANJI_TYPES = tuple("特開 特表 実開 特願 実願 特許 実登 実用新案 再表 特公 実公".split())  # for reasons

# ASCII: JP 2001-2345 A, JPH5-12345A, JP-A-2001-2345, JP-A-H05-12345, JP 1993-012345 A
_ASCII = re.compile(r"JP-?(?:([ABUY]\d?)-)?([SHR])?(\d{1,4})-(\d{1,6})([A-Z]\d?)?")
_CITATION_KIND = {"B": "B2", "Y": "Y2"}  # EPO citations "JP-B-..." name the examined publication


def jp_year_serial(era: str | None, year: str, serial: str) -> str | None:
    """Year + serial in the canonical width (``H05012345``, ``2001002345``), or None when impossible."""
    y = int(year)
    if era:
        if not 1 <= y <= _ERA_SPAN[era]:
            return None
        western = y + ERA_OFFSETS[era]
    elif len(year) == 4:
        western = y
    else:
        return None  # a two-digit year without an era is ambiguous
    if int(serial) == 0 or not 1926 <= western <= 2099:
        return None
    if western >= 2000:
        return f"{western}{int(serial):06d}"
    letter, offset = ("H", 1988) if western >= 1989 else ("S", 1925)
    return f"{letter}{western - offset:02d}{int(serial):06d}"


def jp_hyphenated(folded: str) -> str | None:
    """``JP 2001-2345 A`` style (spaces already removed, upper-case ASCII) -> ``JP2001002345A``; None when
    not in that form, "" when in that form but impossible (``JPH40-12345``: Heisei ended in year 31)."""
    m = _ASCII.fullmatch(folded)
    if m is None:
        return None
    cited, era, year, serial, kind = m.groups()
    body = jp_year_serial(era, year, serial)
    if body is None or (cited and kind):
        return ""
    if cited:
        kind = _CITATION_KIND.get(cited, cited)
    return f"JP{body}{kind or ''}"


def jp_from_kanji(folded: str) -> tuple[str, str] | None:
    """A kanji notation (NFKC-folded, spaces removed) -> ("publication" | "application", number) or None."""
    m = _KANJI_YEAR_SERIAL.fullmatch(folded)
    if m is not None:
        kind_of, era_text, year, serial = m.groups()
        era = _ERA_KANJI.get(era_text, era_text) if era_text else None
        body = jp_year_serial(era, year, serial)
        if body is None:
            return None
        kind = _YEAR_SERIAL_KIND[kind_of]
        if not kind:  # 特願/実願: application number, shown in the JPO's own form
            return ("application", f"JP{body[:-6]}-{body[-6:]}")
        return ("publication", f"JP{body}{kind}")
    m = _KANJI_NUMBER.fullmatch(folded)
    if m is not None:
        what, number = m.groups()
        if what == "特許":
            return ("publication", f"JP{number}B2")
        return ("publication", f"JP{number}{'U' if int(number) >= 3_000_000 else 'Y2'}")
    m = _KANJI_REPUBLISHED.fullmatch(folded)
    if m is not None:
        return ("publication", f"JPWO{m.group(1)}{m.group(2)}A1")
    return None
