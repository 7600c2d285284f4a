"""Patent list normalisation: turn a messy pasted list into patent numbers and PatSnap patent ids.

Rules (issue 3, section 1):

* Entries are separated by newlines, commas (also full-width ``，`` and ``、``), semicolons (also ``；``),
  tabs and spaces. Each entry is trimmed, folded with NFKC (full-width letters/digits become ASCII) and
  upper-cased.
* Numbers are often written with spaces or thousands commas (``US 9,800,501 B2``, ``CN 110650438 A``).
  Semicolons, ``、`` and tabs always separate entries ("hard" separators). Within a part between hard
  separators, neighbouring pieces split by spaces/commas ("soft" separators) are joined back together when
  the joined text is one valid patent number; the longest such run wins, so a line that as a whole is one
  valid number is one entry. Two digit groups are only joined when the right one is exactly three digits
  (thousands grouping): ``US9800501, 9800502`` stays two entries instead of becoming one bogus number.
* A PatSnap patent id is a UUID (8-4-4-4-12 hex digits); it is lower-cased and kept apart from numbers.
* A patent number is a known two-letter office code (WIPO ST.3, see ``OFFICE_CODES``), an optional series
  prefix (``RE``, ``PP``, ``D``, ``H``, the JP era letters ``S``/``H``, ``WO`` in ``JPWO...``),
  4 to 16 digits (``-`` and ``/`` inside are dropped: ``US 2005/0004437 A1``), and an optional kind code
  (a letter and an optional digit). JP and KR numbers may also hold one letter between digit groups.
* Duplicates (after normalisation) are counted and dropped; the first occurrence keeps its place, and its
  text as typed (``US 9,800,501 B2``) is kept in ``PatentInput.raw_text`` for the "input" column of results.
* Anything else is reported as an ``InvalidEntry`` with its 1-based line and a reason in English and Chinese.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "IGNORED_CHARS",
    "OFFICE_CODES",
    "InvalidEntry",
    "PatentInput",
    "normalize_patent_list",
    "parse_patent",
]

# WIPO Standard ST.3 two-letter codes: ISO 3166-1 states, the regional/international offices, and the
# former states still found in patent data. "XX" (unknown) is deliberately left out.
_ST3_STATES = """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI
FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN
IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE
YT ZA ZM ZW
"""
_ST3_OFFICES = "AP BX EA EM EP GC IB OA QZ WO XN XU XV"  # ARIPO, Benelux, Eurasian, EUIPO, EPO, GCC, ...
_ST3_FORMER = "AN BU CS DD RH SU TP YU ZR"  # Netherlands Antilles, Burma, Czechoslovakia, GDR, USSR, ...
OFFICE_CODES: frozenset[str] = frozenset((_ST3_STATES + _ST3_OFFICES + " " + _ST3_FORMER).split())

MIN_DIGITS = 4
MAX_DIGITS = 16

_PREFIX = r"(?:RE|PP|AI|WO|[A-Z])?"
_NUMBER = re.compile(rf"([A-Z]{{2}}){_PREFIX}(\d{{{MIN_DIGITS},{MAX_DIGITS}}})(?:[A-Z]\d?)?")
_JP_KR = re.compile(rf"(?:JP|KR){_PREFIX}(\d+)[A-Z](\d+)(?:[A-Z]\d?)?")
_UUID = re.compile(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}")
_UUIDISH = re.compile(r"[0-9A-F-]{16,}")

_HARD_SEP = re.compile(r"[;\t、､﹑；﹔]")
_SOFT_TOKEN = re.compile(r"[^\s,，﹐]+")
IGNORED_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width chars, BOM, soft hyphen: dropped
_INVISIBLE = dict.fromkeys(map(ord, IGNORED_CHARS))
_INNER_PUNCT = str.maketrans("", "", "-/")
_MAX_GROUP = 8


@dataclass(frozen=True)
class InvalidEntry:
    """An entry that is neither a patent number nor a patent id; it is never sent."""

    raw: str  # as typed (the part of the line it came from)
    line: int  # 1-based line number (0 when parsed outside a list)
    reason_en: str
    reason_zh: str

    def reason(self, lang: str = "en") -> str:
        return self.reason_zh if lang.lower().startswith("zh") else self.reason_en


@dataclass
class PatentInput:
    numbers: list[str] = field(default_factory=list)  # sent as patent_number
    ids: list[str] = field(default_factory=list)  # sent as patent_id
    duplicates: int = 0
    invalid: list[InvalidEntry] = field(default_factory=list)
    raw_text: dict[str, str] = field(default_factory=dict)  # normalised value -> as typed (first occurrence)

    def raw_of(self, key: str) -> str:
        """The entry as the user typed it (its first occurrence), or the key itself when unknown."""
        return self.raw_text.get(key, key)

    @property
    def unique(self) -> int:
        return len(self.numbers) + len(self.ids)

    @property
    def total_entries(self) -> int:
        return self.unique + self.duplicates + len(self.invalid)


def _fold(token: str) -> str:
    """NFKC (full-width -> ASCII) and upper-case; cheap for the common ASCII case."""
    if not token.isascii():
        token = unicodedata.normalize("NFKC", token)
    return token.upper()


def _as_number(folded: str) -> str | None:
    """The normalised patent number for an NFKC-folded, upper-cased text, or None."""
    compact = folded.translate(_INNER_PUNCT) if ("-" in folded or "/" in folded) else folded
    m = _NUMBER.fullmatch(compact)
    if m is not None:
        return compact if m.group(1) in OFFICE_CODES else None
    m = _JP_KR.fullmatch(compact)
    if m is not None and MIN_DIGITS <= len(m.group(1)) + len(m.group(2)) <= MAX_DIGITS:
        return compact
    return None


def _reason(folded: str) -> tuple[str, str]:
    """Why an NFKC-folded, upper-cased text is not a patent number or id: (english, chinese)."""
    example = "e.g. US9800501B2 or CN110650438A"
    example_zh = "例如 US9800501B2 或 CN110650438A"
    if "-" in folded and _UUIDISH.fullmatch(folded):
        return (
            "looks like a PatSnap patent id but is not 32 hexadecimal digits in the form 8-4-4-4-12; "
            "copy the id again in full",
            "看起来像 PatSnap 专利 ID，但不是 8-4-4-4-12 形式的 32 位十六进制字符；请重新完整复制该 ID",
        )
    compact = folded.translate(_INNER_PUNCT)
    bad = sorted({c for c in compact if not (c.isascii() and c.isalnum())})
    if bad:
        shown = " ".join(repr(c) for c in bad[:3])
        return (
            f"contains characters that cannot be part of a patent number ({shown}); "
            f"remove them or put each number on its own line",
            f"包含专利号中不可能出现的字符（{shown}）；请删除这些字符，或每行只放一个专利号",
        )
    digits = sum(c.isdigit() for c in compact)
    if digits == 0:
        return (
            f"no digits: a patent number is a country code followed by digits ({example}); "
            "remove this text or correct it",
            f"没有数字：专利号由国家/地区代码加数字组成（{example_zh}）；请删除或更正此文本",
        )
    if compact[0].isdigit():
        return (
            f"no country code: put the two-letter office code in front ({example})",
            f"缺少国家/地区代码：请在前面加上两个字母的专利局代码（{example_zh}）",
        )
    if not compact[:2].isalpha():
        return (
            f"the country code must be two letters ({example})",
            f"国家/地区代码必须是两个字母（{example_zh}）",
        )
    code = compact[:2]
    if code not in OFFICE_CODES:
        return (
            f"unknown country code '{code}': use a two-letter office code such as US, CN, EP, WO, JP or KR",
            f"未知的国家/地区代码“{code}”：请使用 US、CN、EP、WO、JP、KR 等两个字母的专利局代码",
        )
    if digits < MIN_DIGITS:
        return (
            f"too few digits ({digits}): a patent number has at least {MIN_DIGITS}; check the number",
            f"数字太少（{digits} 位）：专利号至少有 {MIN_DIGITS} 位数字；请核对号码",
        )
    if digits > MAX_DIGITS:
        return (
            f"too many digits ({digits}): two numbers may have run together; put each on its own line",
            f"数字太多（{digits} 位）：可能是两个号码连在了一起；请每行只放一个号码",
        )
    return (
        f"not in the form country code + number + optional kind code ({example}); check the number",
        f"不符合“国家/地区代码 + 号码 + 可选类型代码”的格式（{example_zh}）；请核对号码",
    )


def _classify(folded: str) -> tuple[Literal["patent_number", "patent_id"], str] | None:
    if len(folded) == 36 and _UUID.fullmatch(folded):
        return ("patent_id", folded.lower())
    number = _as_number(folded)
    if number is not None:
        return ("patent_number", number)
    return None


def parse_patent(
    token: str, line: int = 0
) -> tuple[Literal["patent_number", "patent_id"], str] | InvalidEntry:
    """One entry (spaces/commas inside allowed, e.g. ``US 9,800,501 B2``) -> (kind, value) or InvalidEntry."""
    folded = _fold(token.translate(_INVISIBLE).strip())
    joined = "".join(_SOFT_TOKEN.findall(folded))
    if not joined:
        return InvalidEntry(token, line, "empty entry", "空条目")
    found = _classify(joined)
    if found is not None:
        return found
    return InvalidEntry(token.strip(), line, *_reason(joined))


def _joinable(left: str, right: str) -> bool:
    """May two soft-separated pieces be parts of one number? Digit groups only in threes (9,800,501)."""
    if left[-1:].isdigit() and right[:1].isdigit():
        return len(right) >= 3 and right[:3].isdigit() and not right[3:4].isdigit()
    return True


class _Collector:
    def __init__(self) -> None:
        self.result = PatentInput()
        self._targets = {"patent_number": self.result.numbers, "patent_id": self.result.ids}
        self._raw = self.result.raw_text  # also the set of values seen (numbers and ids never look alike)

    def add(self, kind: str, value: str, raw: str) -> None:
        if value in self._raw:
            self.result.duplicates += 1
        else:
            self._raw[value] = raw
            self._targets[kind].append(value)

    def invalid(self, raw: str, line: int, folded: str) -> None:
        self.result.invalid.append(InvalidEntry(raw, line, *_reason(folded)))

    def segment(self, seg: str, line: int) -> None:
        folded = [_fold(piece) for piece in _SOFT_TOKEN.findall(seg)]
        n = len(folded)
        if n == 0:
            return
        if n <= _MAX_GROUP and all(_joinable(folded[k - 1], folded[k]) for k in range(1, n)):
            found = _classify("".join(folded))  # the common case: the whole part is one entry
            if found is not None:
                self.add(*found, seg.strip())
                return
        spans = [(m.start(), m.end()) for m in _SOFT_TOKEN.finditer(seg)]
        pending: int | None = None  # start index of a run of pieces that form no valid entry

        def flush(end: int) -> None:
            nonlocal pending
            if pending is not None:
                self.invalid(seg[spans[pending][0] : spans[end - 1][1]], line, "".join(folded[pending:end]))
                pending = None

        i = 0
        while i < n:
            chain = i + 1
            while chain < n and chain - i < _MAX_GROUP and _joinable(folded[chain - 1], folded[chain]):
                chain += 1
            for j in range(chain, i, -1):
                found = _classify(folded[i] if j == i + 1 else "".join(folded[i:j]))
                if found is not None:
                    flush(i)
                    self.add(*found, seg[spans[i][0] : spans[j - 1][1]])
                    i = j
                    break
            else:
                if pending is not None and not _joinable(folded[i - 1], folded[i]):
                    flush(i)
                if pending is None:
                    pending = i
                i += 1
        flush(n)


def normalize_patent_list(text: str) -> PatentInput:
    """Split, normalise, validate and de-duplicate a pasted list of patent numbers and ids.

    Lines end at \\n, \\r\\n or \\r (line numbers in InvalidEntry count those). Never raises.
    """
    collector = _Collector()
    add = collector.add
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, start=1):
        s = line.strip()
        if not s:
            continue
        if s.isascii() and s.isalnum():  # fast path: one plain entry on the line
            folded = s.upper()
            found = _classify(folded)
            if found is not None:
                add(*found, s)
            else:
                collector.invalid(s, number, folded)
            continue
        if not s.isascii():
            s = s.translate(_INVISIBLE)
        for seg in _HARD_SEP.split(s):
            collector.segment(seg, number)
    return collector.result
