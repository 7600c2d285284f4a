"""Company identifiers typed by users: credit codes, organisation codes and names.

* Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
  ``0123456789ABCDEFGHJKLMNPQRTUWXY`` (no I, O, S, V, Z); character 18 is a check character.
* Organisation code (组织机构代码, GB 11714-1997): 8 body characters and a check character (0-9 or X),
  written ``XXXXXXXX-X``; the hyphen is optional in input and always present in the normalised value.
* Organisation codes issued since 2015 often carry letters in the body (``MA5F3K2L-5``, often letter-heavy):
  9 characters ending in a digit or X are an organisation code when written ``XXXXXXXX-X``, or when they
  begin with ``MA`` and the body has a digit (codes with a third or more digits were already taken); the
  check is the same GB 11714 one (letters count A=10 ... Z=35).
* Business registration number (工商注册号, 15 digits, issued before the 2015 unified credit codes): recognised
  and explained ("a registration number, not a credit code: query by name"); the service does not look
  companies up by it, so it is stopped like a code failing its check (Query anyway still sends it as typed).
* Anything else is a company name.

Before checking, input is NFKC-folded (full-width letters, digits and brackets become ASCII), and for codes
upper-cased with spaces and hyphens removed. A text is taken for a code when, after that, it is 8 to 20
ASCII letters/digits of which at least a third are digits, and every part between spaces/hyphens longer
than one character holds a digit (names are not like that); codes of the wrong length are reported rather
than sent as names.

Names: spaces are trimmed and runs collapsed to one space; spaces next to a Chinese character, after ``（``
or before ``）`` are removed; brackets are unified to the full-width ``（）`` used by Chinese registry names
and by PatSnap (``小米科技(北京)有限公司`` and ``小米科技（北京）有限公司`` are the same company). Letter case
of names is kept.

A failed check never silently passes: ``to_query`` refuses such an entry unless ``allow_unverified=True``
(GUI "Query anyway", command line ``--no-verify``), because the service may hold non-standard codes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ipdesk.messages import Message, t

if TYPE_CHECKING:  # the api package is imported lazily in to_query()
    from ipdesk.api.client import CompanyQuery

__all__ = [
    "CREDIT_CODE_CHARS",
    "CheckResult",
    "CompanyEntry",
    "UnverifiedCodeError",
    "classify_company",
    "classify_company_lines",
    "credit_code_check_char",
    "org_code_check_char",
    "query_fields",
    "to_query",
]

CompanyKind = Literal["credit_code", "org_number", "company_name"]

CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_VALUE = {c: i for i, c in enumerate(CREDIT_CODE_CHARS)}
_CREDIT_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))  # 1, 3, 9, 27, 19, 26, ...
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_BODY_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOOKALIKE = {"I": "1", "O": "0", "S": "5", "Z": "2"}  # letters credit codes never use

_CJK = "\u2e80-\u9fff\uf900-\ufaff"
_SPACE_NEAR_CJK = re.compile(rf"\s+(?=[{_CJK}）])|(?<=[{_CJK}（])\s+")
_CODE_STRIP = re.compile(r"[\s\-‐‑‒–—―]+")


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    position: int | None  # 1-based position of the wrong character (None: the whole code, e.g. its length)
    found: str | None  # the character typed there
    expected: str | None  # what it should be (the check character, or a likely intended character)
    problem: Message  # what is wrong (or that the code is right)
    query_anyway: bool = False  # the message ends with what to do in the GUI ("Query anyway")

    def message(self, lang: str = "en") -> str:
        """What is wrong + what to do (GUI wording)."""
        problem = self.problem.text(lang)
        return t("companies.query_anyway", lang, problem=problem) if self.query_anyway else problem

    def detail(self, lang: str = "en") -> str:
        """What is wrong only, for front-ends with their own action (CLI: --no-verify)."""
        return self.problem.text(lang)


@dataclass(frozen=True)
class CompanyEntry:
    kind: CompanyKind
    value: str  # what is sent (normalised)
    display: str  # what is shown
    check: CheckResult | None  # None for names; ok=False stops the query unless the user overrides
    registration_number: bool = False  # a 15-digit business registration number (not a credit code)


class UnverifiedCodeError(ValueError):
    """to_query() on an entry whose check failed, without allow_unverified=True."""

    def __init__(self, entry: CompanyEntry) -> None:
        self.entry = entry
        check = entry.check
        super().__init__(check.detail("en") if check else "the code was not verified")


def credit_code_check_char(body17: str) -> str:
    """Check character (18th) for the first 17 characters of a credit code. ValueError on bad input."""
    if len(body17) != 17:
        raise ValueError("a credit code body has 17 characters")
    try:
        total = sum(_CREDIT_VALUE[c] * w for c, w in zip(body17.upper(), _CREDIT_WEIGHTS, strict=True))
    except KeyError as exc:
        raise ValueError(f"character {exc.args[0]!r} is not used in credit codes") from None
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31]


def org_code_check_char(body8: str) -> str:
    """Check character (9th) for the 8 body characters of an organisation code. ValueError on bad input."""
    body = body8.upper()
    if len(body) != 8 or any(c not in _ORG_BODY_CHARS for c in body):
        raise ValueError("an organisation code body has 8 digits or letters")
    total = sum(_ORG_BODY_CHARS.index(c) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


def _fail(position, found, expected, key: str, /, **params: object) -> CheckResult:
    return CheckResult(False, position, found, expected, Message(key, **params), query_anyway=True)


_OK = CheckResult(True, None, None, None, Message("companies.check_ok"))


def _check_credit(code: str) -> CheckResult:
    for pos, c in enumerate(code, start=1):
        if c not in _CREDIT_VALUE:
            hint = _LOOKALIKE.get(c)
            if hint:
                return _fail(
                    pos, c, hint, "companies.credit_character_hint", position=pos, found=c, hint=hint
                )
            return _fail(pos, c, hint, "companies.credit_character", position=pos, found=c)
    expected = credit_code_check_char(code[:17])
    if code[17] != expected:
        return _fail(18, code[17], expected, "companies.credit_check", found=code[17], expected=expected)
    return _OK


def _registration_number() -> CheckResult:
    return _fail(None, None, None, "companies.registration_number")


def _check_org(code: str) -> CheckResult:
    expected = org_code_check_char(code[:8])  # body chars are always valid here (ASCII alnum)
    if code[8] != expected:
        return _fail(9, code[8], expected, "companies.org_check", found=code[8], expected=expected)
    return _OK


_ORG_HYPHENATED = re.compile(r"[0-9A-Z]{8}\s*[\-‐‑‒–—―]\s*[0-9X]")


def _looks_like_org_code(folded: str, compact: str) -> bool:
    """A 9-character organisation code with letters in its body, even when letter-heavy: written
    ``XXXXXXXX-X``, or beginning with ``MA`` and with a digit in the body (``MA5DCQBK8``; ``Microsoft``,
    ``ABCDEFGH1`` and ``Samsung12`` stay names: a check character that happens to verify, one time in 11,
    is no evidence)."""
    if len(compact) != 9 or not compact.isascii() or not compact.isalnum() or compact[8] not in "0123456789X":
        return False
    if _ORG_HYPHENATED.fullmatch(folded.upper()):
        return True
    return (
        any(c.isdigit() for c in compact[:8])
        and all(any(c.isdigit() for c in group) for group in _CODE_STRIP.split(folded) if len(group) > 1)
        and compact.startswith("MA")
    )


def _looks_like_code(folded: str, compact: str) -> bool:
    """8-20 ASCII letters/digits, at least a third digits, and a digit in every space/hyphen-split group
    longer than one character
    (``MA5F3K2L-5`` and ``9111 0108 5513 8508 2Q`` are codes; ``Microsoft`` and ``3M Company`` are names)."""
    return (
        8 <= len(compact) <= 20
        and compact.isascii()
        and compact.isalnum()
        and 3 * sum(c.isdigit() for c in compact) >= len(compact)
        and all(any(c.isdigit() for c in group) for group in _CODE_STRIP.split(folded) if len(group) > 1)
    )


def _normalise_name(text: str) -> str:
    name = " ".join(text.split())
    name = name.replace("(", "（").replace(")", "）")
    return _SPACE_NEAR_CJK.sub("", name)


def classify_company(text: str) -> CompanyEntry:
    """Classify and normalise one typed company identifier; never raises."""
    folded = unicodedata.normalize("NFKC", text).strip()
    compact = _CODE_STRIP.sub("", folded).upper()
    if not compact:
        check = CheckResult(False, None, None, None, Message("companies.enter_identifier"))
        return CompanyEntry("company_name", "", "", check)
    if _looks_like_code(folded, compact) or _looks_like_org_code(folded, compact):
        if len(compact) == 15 and compact.isdigit():
            return CompanyEntry(
                "credit_code", compact, compact, _registration_number(), registration_number=True
            )
        if len(compact) == 18:
            return CompanyEntry("credit_code", compact, compact, _check_credit(compact))
        if len(compact) == 9:
            value = f"{compact[:8]}-{compact[8]}"
            return CompanyEntry("org_number", value, value, _check_org(compact))
        kind: CompanyKind = "org_number" if len(compact) < 14 else "credit_code"
        problem = _fail(None, None, None, "companies.code_length", count=len(compact))
        return CompanyEntry(kind, compact, compact, problem)
    name = _normalise_name(folded)
    return CompanyEntry("company_name", name, name, None)


def classify_company_lines(text: str) -> list[CompanyEntry]:
    """One company per line (names may contain commas); blank lines skipped, duplicates dropped."""
    seen: set[tuple[str, str]] = set()
    entries = []
    for line in text.splitlines():
        if not line.strip():
            continue
        entry = classify_company(line)
        if (entry.kind, entry.value) not in seen:
            seen.add((entry.kind, entry.value))
            entries.append(entry)
    return entries


def query_fields(entry: CompanyEntry, *, allow_unverified: bool = False) -> tuple[CompanyKind, str]:
    """(kind, value) to send. Raises UnverifiedCodeError for a failed check unless allow_unverified."""
    if not entry.value:
        raise ValueError("empty company entry")
    if entry.check is not None and not entry.check.ok and not allow_unverified:
        raise UnverifiedCodeError(entry)
    return entry.kind, entry.value


def to_query(entry: CompanyEntry, *, allow_unverified: bool = False) -> CompanyQuery:
    """The API request for an entry (see query_fields for when it refuses)."""
    from ipdesk.api.client import CompanyQuery

    kind, value = query_fields(entry, allow_unverified=allow_unverified)
    return CompanyQuery(kind=kind, value=value)
