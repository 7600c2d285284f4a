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

Office formats (issue 14); every accepted form is normalised to the publication number PatSnap answers to
(office code + serial in the office's canonical width + kind code when given):

* Germany in the office's spaced form: ``DE 10 2015 123 456 A1`` -> ``DE102015123456A1``, ``DE 27 12 345 B1``
  -> ``DE2712345B1``. A DE number has at most 8 digits or exactly 12 (other lengths are two numbers run
  together or a typo).
* Japan: serials zero-padded to six digits, era years converted, kanji notations mapped to office, type and
  kind (``jp_numbers`` says which kind codes are inferred and why): ``JP 2001-2345 A`` -> ``JP2001002345A``,
  ``特開平5-12345`` -> ``JPH05012345A``, ``特許第5123456号`` -> ``JP5123456B2``.
* Letters in the serial kept: Brazil ``BR PI0612345 A`` -> ``BRPI0612345A`` (a ``-6`` check digit after the
  serial is dropped, as in the office's publication number), Mexico ``MX PA04012345 A``, Italy
  ``IT MI20121234 A1``.
* Dots as thousands separators removed (``FR 2.123.456`` -> ``FR2123456``); a doubled office code stripped
  (``WO WO2019/123456`` -> ``WO2019123456``); gazette marks after the number stripped (``KR101234567 B1*``).
* US reissues: ``RE45,123 E`` -> ``USRE45123E`` (``RE``, Réunion, has no patent office of its own and is not
  taken as an office code).
* Application numbers (Chinese with a verified check character, US serials ``14/123,456``, PCT, EP, JP 特願)
  are never sent: they are reported in ``invalid`` with kind ``"application"`` ("application number: PatSnap
  needs the publication number") and also listed apart in ``PatentInput.applications`` (see ``app_numbers``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from ipdesk.messages import Message
from ipdesk.services.app_numbers import ApplicationNumber, application_number
from ipdesk.services.jp_numbers import KANJI_TYPES, jp_from_kanji, jp_hyphenated

__all__ = [
    "IGNORED_CHARS",
    "OFFICE_CODES",
    "InvalidEntry",
    "PatentInput",
    "normalize_patent_list",
    "parse_patent",
]

# WIPO Standard ST.3 two-letter codes: ISO 3166-1 states, the regional/international offices, and the
# former states still found in patent data. "XX" (unknown) is deliberately left out, and so is "RE"
# (Réunion, patents there are French ones): "RE45123E" is a US reissue.
_ST3_STATES = """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI
FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN
IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE
YT ZA ZM ZW
"""
_ST3_OFFICES = "AP BX EA EM EP GC IB OA QZ WO XN XU XV"  # ARIPO, Benelux, Eurasian, EUIPO, EPO, GCC, ...
_ST3_FORMER = "AN BU CS DD RH SU TP YU ZR"  # Netherlands Antilles, Burma, Czechoslovakia, GDR, USSR, ...
OFFICE_CODES: frozenset[str] = frozenset((_ST3_STATES + _ST3_OFFICES + " " + _ST3_FORMER).split())

MIN_DIGITS = 4
MAX_DIGITS = 16

_PREFIX = r"(?:RE|PP|AI|WO|[A-Z])?"
_NUMBER = re.compile(rf"([A-Z]{{2}})({_PREFIX})(\d{{{MIN_DIGITS},{MAX_DIGITS}}})(?:[A-Z]\d?)?")
_LETTER_SERIAL = re.compile(r"(?:BR|MX|IT)[A-Z]{2}\d{5,10}(?:[A-Z]\d?)?")  # BRPI0612345A, ITMI20121234A1
_BR_CHECK = re.compile(r"(BR(?:[A-Z]{2})?\d{7,12})-\d([A-Z]\d?)?")  # BR PI0612345-6 A2: the check digit
_MX_SLASHED = re.compile(r"MX/A/(\d{4})/(\d{6})([A-Z]\d?)?")  # MX/a/2012/012345
_THOUSANDS_DOT = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")
_PREFIX_DOT = re.compile(r"(?<=^[A-Z]{2})\.|(?<=^USRE)\.")  # "Re. 45,123", "US. 9,800,501"
_MARKS = "*†‡§¶"  # gazette marks after a number (cited by examiner, ...), dropped
_DE_MAX_SHORT = 8  # DE numbers: up to 8 digits (DE2712345, DE19512345) or 12 (DE102015123456)
# the office's spaced forms, matched over a part's pieces joined by single spaces
_SPACED = re.compile(
    r"(?:DE (?:\d\d (?:19|20)\d\d \d{3} \d{3}|\d\d \d\d \d{3}|\d{3} \d\d \d{3})"
    r"|(?:ZL |CN |ZL|CN)?(?:19|20)\d\d [1-9] \d{7}(?:\.[0-9X])?"
    r"|(?:ZL |CN |ZL|CN)?\d\d [1-9] \d{5}\.[0-9X]"
    r"|BR \d\d (?:19|20)\d\d \d{6}(?:-\d)?)"
    r"(?: [A-Z]\d?)?(?: ?[*†‡§¶]+)?(?= |$)"
)
_SPACED_START = re.compile(r"DE|BR|(?:ZL|CN)(?:\d\d|\d{4})?|\d\d|\d{4}")
_JP_KR = re.compile(rf"(?:JP|KR){_PREFIX}(\d+)[A-Z](\d+)(?:[A-Z]\d?)?")
_UUID = re.compile(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}")
_UUIDISH = re.compile(r"[0-9A-F-]{16,}")

_HARD_SEP = re.compile(r"[;\t、､﹑；﹔]")
_SOFT_TOKEN = re.compile(r"[^\s,，﹐]+")
IGNORED_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width chars, BOM, soft hyphen: dropped
_INVISIBLE = dict.fromkeys(map(ord, IGNORED_CHARS))
_INNER_PUNCT = str.maketrans("", "", "-/")
_MAX_GROUP = 8


def _application_reason(app: ApplicationNumber) -> Message:
    if app.check_ok:
        return Message("patents.application", number=app.number)
    return Message(
        "patents.application_check", number=app.number, found=app.check_found, expected=app.check_expected
    )


@dataclass(frozen=True)
class InvalidEntry:
    """An entry that is neither a patent number nor a patent id; it is never sent."""

    raw: str  # as typed (the part of the line it came from)
    line: int  # 1-based line number (0 when parsed outside a list)
    why: Message  # the reason, shown by reason(lang)
    kind: Literal["invalid", "application", "duplicate"] = "invalid"  # "application": an application number,
    # not sent; "duplicate": an entry repeating an earlier one (in ``PatentInput.repeated``, not in ``invalid``)
    normalized: str = ""  # the recognised number shown back normalised (applications: CN201510012345.6)

    def reason(self, lang: str = "en") -> str:
        return self.why.text(lang)


@dataclass
class PatentInput:
    numbers: list[str] = field(default_factory=list)  # sent as patent_number
    ids: list[str] = field(default_factory=list)  # sent as patent_id
    duplicates: int = 0
    invalid: list[InvalidEntry] = field(default_factory=list)
    raw_text: dict[str, str] = field(default_factory=dict)  # normalised value -> as typed (first occurrence)
    applications: list[InvalidEntry] = field(default_factory=list)  # also in invalid: shown apart by the UI
    repeated: list[InvalidEntry] = field(default_factory=list)  # the duplicates dropped (kind "duplicate"),
    # each with the line it repeats: what a report or an export lists so its numbers reconcile with the list

    def rewritten(self) -> list[tuple[str, str]]:
        """(as typed, as sent) for every accepted entry that is sent in another form than typed (office
        notations, spaces, dots, era years, lower case...), so the user sees what each one became."""
        return [(raw, key) for key, raw in self.raw_text.items() if raw.strip() != key]

    def left_out(self) -> list[InvalidEntry]:
        """The lines a result has no row for, in line order: the invalid entries (application numbers too) and
        the duplicates; with the result's rows they account for every entry of the list."""
        return sorted([*self.invalid, *self.repeated], key=lambda entry: entry.line)

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


_Found = tuple[Literal["patent_number", "patent_id"], str] | tuple[Literal["application"], ApplicationNumber]


def _interpret(folded: str) -> _Found | None:
    """The normalised patent number (or the application number) an NFKC-folded, upper-cased text is."""
    s = folded
    if s[-1] in _MARKS:
        s = s.rstrip(_MARKS)
        if not s:
            return None
    if not s.isascii():
        jp = jp_from_kanji(s)
        if jp is None:
            return None
        if jp[0] == "application":
            return ("application", ApplicationNumber("JP", jp[1]))
        return ("patent_number", jp[1])
    if "." in s:
        app = application_number(s)
        if app is not None:
            return ("application", app)
        s = _THOUSANDS_DOT.sub("", s)
        if "." in s:
            s = _PREFIX_DOT.sub("", s, count=1)
            if "." in s:
                return None
    if "-" in s or "/" in s:
        if "/" in s:
            app = application_number(s)
            if app is not None:
                return ("application", app)
            if s.startswith("MX/"):
                m = _MX_SLASHED.fullmatch(s)
                return ("patent_number", "MX" + "".join(g for g in m.groups() if g)) if m else None
        if s.startswith("JP"):
            jp = jp_hyphenated(s)
            if jp is not None:
                return ("patent_number", jp) if jp else None
        elif s.startswith("BR"):
            m = _BR_CHECK.fullmatch(s)
            if m is not None:
                s = m.group(1) + (m.group(2) or "")
        s = s.translate(_INNER_PUNCT)
        if not s:
            return None
    elif len(s) >= 11 and s[:2] in ("ZL", "CN"):
        app = application_number(s)
        if app is not None:
            return ("application", app)
    if s[:2] == s[2:4] and s[:2] in OFFICE_CODES:  # WO WO2019/123456
        s = s[2:]
    m = _NUMBER.fullmatch(s)
    if m is not None:
        code = m.group(1)
        if code in OFFICE_CODES:
            if code == "DE" and not m.group(2) and _DE_MAX_SHORT < len(m.group(3)) != 12:
                return None
            return ("patent_number", s)
        if code == "RE" and not m.group(2):  # US reissue: RE45123E
            return ("patent_number", "US" + s)
        return None
    if s[:2] in ("BR", "MX", "IT") and _LETTER_SERIAL.fullmatch(s):
        return ("patent_number", s)
    m = _JP_KR.fullmatch(s)
    if m is not None and MIN_DIGITS <= len(m.group(1)) + len(m.group(2)) <= MAX_DIGITS:
        return ("patent_number", s)
    return None


def _reason(folded: str) -> Message:
    """Why an NFKC-folded, upper-cased text is not a patent number or id."""
    if "-" in folded and _UUIDISH.fullmatch(folded):
        return Message("patents.bad_id")
    if not folded.isascii() and any(t in folded for t in KANJI_TYPES):
        return Message("patents.kanji")
    compact = _THOUSANDS_DOT.sub("", folded.rstrip(_MARKS)).translate(_INNER_PUNCT)
    bad = sorted({c for c in compact if not (c.isascii() and c.isalnum())})
    if bad:
        return Message("patents.bad_characters", shown=" ".join(repr(c) for c in bad[:3]))
    digits = sum(c.isdigit() for c in compact)
    if digits == 0:
        return Message("patents.no_digits")
    if compact[0].isdigit():
        return Message("patents.no_country_code")
    if not compact[:2].isalpha():
        return Message("patents.country_code_letters")
    code = compact[:2]
    if code not in OFFICE_CODES:
        return Message("patents.unknown_country_code", code=code)
    if code == "DE" and digits > _DE_MAX_SHORT and digits != 12:
        return Message("patents.de_digits", short=_DE_MAX_SHORT, digits=digits)
    if digits < MIN_DIGITS:
        return Message("patents.too_few_digits", digits=digits, minimum=MIN_DIGITS)
    if digits > MAX_DIGITS:
        return Message("patents.too_many_digits", digits=digits)
    return Message("patents.bad_form")


def _classify(folded: str) -> _Found | None:
    if len(folded) == 36 and _UUID.fullmatch(folded):
        return ("patent_id", folded.lower())
    return _interpret(folded)


def _application_entry(raw: str, line: int, app: ApplicationNumber) -> InvalidEntry:
    return InvalidEntry(raw, line, _application_reason(app), kind="application", normalized=app.number)


def parse_patent(
    token: str, line: int = 0
) -> tuple[Literal["patent_number", "patent_id"], str] | InvalidEntry:
    """One entry (spaces/commas inside allowed, e.g. ``US 9,800,501 B2``) -> (kind, value) or InvalidEntry.

    An application number is an InvalidEntry with ``kind == "application"``."""
    folded = _fold(token.translate(_INVISIBLE).strip())
    joined = "".join(_SOFT_TOKEN.findall(folded))
    if not joined:
        return InvalidEntry(token, line, Message("patents.empty"))
    found = _classify(joined)
    if found is None:
        return InvalidEntry(token.strip(), line, _reason(joined))
    if found[0] == "application":
        return _application_entry(token.strip(), line, found[1])
    return found


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
        self._line: dict[str, int] = {}  # value -> the line of its first occurrence

    def take(self, found: _Found, raw: str, line: int) -> None:
        if found[0] == "application":
            entry = _application_entry(raw, line, found[1])
            self.result.invalid.append(entry)
            self.result.applications.append(entry)
        else:
            self.add(found[0], found[1], raw, line)

    def add(self, kind: str, value: str, raw: str, line: int) -> None:
        if value in self._raw:
            self.result.duplicates += 1
            first = Message("patents.duplicate", line=self._line[value], first=self._raw[value])
            self.result.repeated.append(InvalidEntry(raw, line, first, kind="duplicate", normalized=value))
        else:
            self._raw[value] = raw
            self._line[value] = line
            self._targets[kind].append(value)

    def invalid(self, raw: str, line: int, folded: str) -> None:
        self.result.invalid.append(InvalidEntry(raw, line, _reason(folded)))

    def segment(self, seg: str, line: int) -> None:
        folded = [_fold(piece) for piece in _SOFT_TOKEN.findall(seg)]
        n = len(folded)
        if n == 0:
            return
        if n <= _MAX_GROUP and all(_joinable(folded[k - 1], folded[k]) for k in range(1, n)):
            found = _classify("".join(folded))  # the common case: the whole part is one entry
            if found is not None:
                self.take(found, seg.strip(), line)
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
            if _SPACED_START.fullmatch(folded[i]):  # DE 10 2015 123 456 A1, ZL 2015 1 0012345.6
                probe = " ".join(folded[i : i + 7])
                m = _SPACED.match(probe)
                if m is not None:
                    j = i + probe.count(" ", 0, m.end()) + 1
                    found = _classify("".join(folded[i:j]))
                    if found is not None:
                        flush(i)
                        self.take(found, seg[spans[i][0] : spans[j - 1][1]], line)
                        i = j
                        continue
            chain = i + 1
            while chain < n and chain - i < _MAX_GROUP and _joinable(folded[chain - 1], folded[chain]):
                chain += 1
            for j in range(chain, i, -1):
                found = _classify(folded[i] if j == i + 1 else "".join(folded[i:j]))
                if found is not None:
                    flush(i)
                    self.take(found, seg[spans[i][0] : spans[j - 1][1]], line)
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
    take = collector.take
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, start=1):
        s = line.strip()
        if not s:
            continue
        if s.isascii() and s.isalnum():  # fast path: one plain entry on the line
            folded = s.upper()
            found = _classify(folded)
            if found is not None:
                take(found, s, number)
            else:
                collector.invalid(s, number, folded)
            continue
        if not s.isascii():
            s = s.translate(_INVISIBLE)
        for seg in _HARD_SEP.split(s):
            collector.segment(seg, number)
    return collector.result
