"""Typed results of the seven operations, parsed tolerantly from the service's `data`.

Tolerated (the docs' own examples show them): numbers where strings are promised (seic_no 1.1,
credit_code 913205940566944300), '-' / null / missing counts (= unknown, None, never 0), missing arrays
(= empty), unknown fields (ignored), dates as YYYYMMDD integers or strings or ISO text (anything else that is
not a date = unknown). Anything else of the wrong shape raises ParseError naming the field.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ipdesk.api.errors import ParseError

RISK_COUNT_FIELDS = (
    "apno_cnt",
    "rejected",
    "patent_pledge",
    "patent_reexam",
    "patent_transfer",
    "patent_transfer_out",
    "active_invention_cnt",
    "granted_invention_cnt",
    "patent_litigation_defendant",
    "patent_litigation_plaintiff",
)
RISK_EVENT_FIELDS = (
    "pledge",
    "reexam",
    "transfer",
    "transfer_out",
    "litigation_defendant",
    "litigation_plaintiff",
)
_UNKNOWN_MARKS = frozenset({"", "-", "--", "—", "null", "none", "n/a"})


# ---------------------------------------------------------------- field readers
def _obj(value: Any, path: str, *, optional: bool = True) -> dict | None:
    if value is None and optional:
        return None
    if not isinstance(value, dict):
        raise ParseError(field=path)
    return value


def _list(value: Any, path: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ParseError(field=path)
    return value


def _str(value: Any, path: str) -> str | None:
    """A string, accepting numbers (1.1 -> "1.1", 913205940566944300 -> "913205940566944300")."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise ParseError(field=path)
    if isinstance(value, int):
        try:
            return str(value)
        except ValueError:  # beyond the int->str digit limit
            raise ParseError(field=path) from None
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ParseError(field=path)
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    raise ParseError(field=path)


def _int(value: Any, path: str) -> int | None:
    """An integer; None for unknown ('-', null, missing); numeric strings accepted."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ParseError(field=path)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return int(value)
        raise ParseError(field=path)
    if isinstance(value, str):
        text = value.strip()
        if text.lower() in _UNKNOWN_MARKS:
            return None
        try:
            return int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                raise ParseError(field=path) from None
            if math.isfinite(number) and number.is_integer():
                return int(number)
            raise ParseError(field=path) from None
    raise ParseError(field=path)


def _str_tuple(value: Any, path: str) -> tuple[str, ...]:
    items = []
    for i, item in enumerate(_list(value, path)):
        text = _str(item, f"{path}[{i}]")
        if text is None:
            raise ParseError(field=f"{path}[{i}]")
        items.append(text)
    return tuple(items)


def _date(value: Any, path: str) -> datetime.date | None:
    """A date from 20211221, "20211221", "2021-12-21" (or an ISO date-time); unknown (None) for a missing,
    zero, '-' or partial date ("202112") and for one that does not exist (20210231)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ParseError(field=path)
    if isinstance(value, float):
        if not (math.isfinite(value) and value.is_integer()):
            return None
        value = int(value)
    text = str(value).strip()
    try:
        if len(text) == 8 and text.isdigit():
            return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) >= 10 and text[4] == "-":
            return datetime.date.fromisoformat(text[:10])
    except ValueError:
        return None
    return None


def _root(data: Any, *, default: Any) -> Any:
    return default if data is None else data


# ---------------------------------------------------------------- P022 SEIC
@dataclass(frozen=True)
class SeicCode:
    no: str
    desc: str


@dataclass(frozen=True)
class SeicEntry:
    lv1: SeicCode | None
    lv2: SeicCode | None


@dataclass(frozen=True)
class SeicResult:
    pn: str | None
    patent_id: str | None
    lang: str | None
    classifications: tuple[SeicEntry, ...]
    raw: Any = field(default=None, repr=False, compare=False)


def _seic_code(value: Any, path: str) -> SeicCode | None:
    obj = _obj(value, path)
    if obj is None:
        return None
    no = _str(obj.get("seic_no"), f"{path}.seic_no")
    desc = _str(obj.get("seic_desc"), f"{path}.seic_desc")
    if no is None and desc is None:
        return None
    return SeicCode(no=no or "", desc=desc or "")


def parse_seic(data: Any) -> list[SeicResult]:
    """P022 `data`: an array of per-patent results (missing -> [])."""
    results = []
    for i, item in enumerate(_list(data, "data")):
        path = f"data[{i}]"
        obj = _obj(item, path, optional=False)
        entries = []
        for j, entry in enumerate(_list(obj.get("seic_classification"), f"{path}.seic_classification")):
            epath = f"{path}.seic_classification[{j}]"
            eobj = _obj(entry, epath, optional=False)
            lv1 = _seic_code(eobj.get("seic_lv1"), f"{epath}.seic_lv1")
            lv2 = _seic_code(eobj.get("seic_lv2"), f"{epath}.seic_lv2")
            if lv1 is not None or lv2 is not None:
                entries.append(SeicEntry(lv1=lv1, lv2=lv2))
        results.append(
            SeicResult(
                pn=_str(obj.get("pn"), f"{path}.pn"),
                patent_id=_str(obj.get("patent_id"), f"{path}.patent_id"),
                lang=_str(obj.get("lang"), f"{path}.lang"),
                classifications=tuple(entries),
                raw=obj,
            )
        )
    return results


# ---------------------------------------------------------------- P073 offsets
@dataclass(frozen=True)
class SectionName:
    text: str
    idx_start: int | None
    idx_end: int | None
    category_ids: tuple[str, ...]
    category_names: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    name: SectionName
    content_start: int | None
    content_end: int | None


@dataclass(frozen=True)
class DescriptionOffsets:
    pn: str | None
    patent_id: str | None
    lang: str | None
    sections: tuple[Section, ...]
    raw: Any = field(default=None, repr=False, compare=False)


def parse_description_offset(data: Any) -> DescriptionOffsets:
    """P073 `data`: one object (null/missing -> no sections)."""
    obj = _obj(_root(data, default={}), "data", optional=False)
    sections = []
    for i, item in enumerate(_list(obj.get("sections"), "data.sections")):
        path = f"data.sections[{i}]"
        sec = _obj(item, path, optional=False)
        name = _obj(sec.get("section_name"), f"{path}.section_name") or {}
        content = _obj(sec.get("section_content"), f"{path}.section_content") or {}
        npath = f"{path}.section_name"
        cpath = f"{path}.section_content"
        sections.append(
            Section(
                name=SectionName(
                    text=_str(name.get("text"), f"{npath}.text") or "",
                    idx_start=_int(name.get("idx_start"), f"{npath}.idx_start"),
                    idx_end=_int(name.get("idx_end"), f"{npath}.idx_end"),
                    category_ids=_str_tuple(name.get("category_id"), f"{npath}.category_id"),
                    category_names=_str_tuple(name.get("category_name"), f"{npath}.category_name"),
                ),
                content_start=_int(content.get("idx_start"), f"{cpath}.idx_start"),
                content_end=_int(content.get("idx_end"), f"{cpath}.idx_end"),
            )
        )
    return DescriptionOffsets(
        pn=_str(obj.get("pn"), "data.pn"),
        patent_id=_str(obj.get("patent_id"), "data.patent_id"),
        lang=_str(obj.get("lang"), "data.lang"),
        sections=tuple(sections),
        raw=data,
    )


# ---------------------------------------------------------------- P019 description
@dataclass(frozen=True)
class DescriptionText:
    lang: str | None
    text: str
    data_format: str | None


@dataclass(frozen=True)
class Description:
    pn: str | None
    patent_id: str | None
    pn_related: str | None
    texts: tuple[DescriptionText, ...]
    raw: Any = field(default=None, repr=False, compare=False)

    def text_for(self, lang: str | None) -> DescriptionText | None:
        """The text in `lang` (case-insensitive); with lang None, the first text."""
        if lang is None:
            return self.texts[0] if self.texts else None
        wanted = lang.strip().upper()
        for text in self.texts:
            if (text.lang or "").strip().upper() == wanted:
                return text
        return None


def parse_description(data: Any) -> Description | None:
    """P019 `data`: an array whose first item is the patent ([] / missing / no text -> None)."""
    root = _root(data, default=[])
    items = [root] if isinstance(root, dict) else _list(root, "data")
    if not items:
        return None
    obj = _obj(items[0], "data[0]", optional=False)
    texts = []
    for i, item in enumerate(_list(obj.get("description"), "data[0].description")):
        path = f"data[0].description[{i}]"
        tobj = _obj(item, path, optional=False)
        texts.append(
            DescriptionText(
                lang=_str(tobj.get("lang"), f"{path}.lang"),
                text=_str(tobj.get("text"), f"{path}.text") or "",
                data_format=_str(tobj.get("data_format"), f"{path}.data_format"),
            )
        )
    if not texts:  # the patent is known but has no description text
        return None
    return Description(
        pn=_str(obj.get("pn"), "data[0].pn"),
        patent_id=_str(obj.get("patent_id"), "data[0].patent_id"),
        pn_related=_str(obj.get("pn_related"), "data[0].pn_related"),
        texts=tuple(texts),
        raw=obj,
    )


# ---------------------------------------------------------------- C027 / C028 / C029 risk
@dataclass(frozen=True)
class CompanyIdentity:
    company_name: str | None
    credit_code: str | None
    org_number: str | None
    credit_code_was_number: bool


@dataclass(frozen=True)
class RiskCounts:
    company: CompanyIdentity
    date: str | None
    patent_count: Mapping[str, int | None]  # keys RISK_COUNT_FIELDS; None = unknown
    event_count: Mapping[str, int | None]  # keys RISK_EVENT_FIELDS
    raw: Any = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class RiskTrend:
    company: CompanyIdentity
    count_growth: Mapping[str, int | None]  # "<count field>_growth"
    event_growth: Mapping[str, int | None]  # "<event field>_growth"
    raw: Any = field(default=None, repr=False, compare=False)


def _company(obj: dict) -> CompanyIdentity:
    credit = obj.get("credit_code")
    return CompanyIdentity(
        company_name=_str(obj.get("company_name"), "data.company_name"),
        credit_code=_str(credit, "data.credit_code"),
        org_number=_str(obj.get("org_number"), "data.org_number"),
        credit_code_was_number=isinstance(credit, int | float) and not isinstance(credit, bool),
    )


def _counts(value: Any, path: str, keys: tuple[str, ...]) -> Mapping[str, int | None]:
    obj = _obj(value, path) or {}
    return {key: _int(obj.get(key), f"{path}.{key}") for key in keys}


def _risk_root(data: Any) -> dict:
    if data is None:
        raise ParseError("the answer carried no data", field="data")
    return _obj(data, "data", optional=False)


def parse_risk_counts(data: Any) -> RiskCounts:
    """C027 (no date) / C028 (date YYYYMMDD) `data`."""
    obj = _risk_root(data)
    return RiskCounts(
        company=_company(obj),
        date=_str(obj.get("date"), "data.date"),
        patent_count=_counts(obj.get("patent_count"), "data.patent_count", RISK_COUNT_FIELDS),
        event_count=_counts(obj.get("patent_event_count"), "data.patent_event_count", RISK_EVENT_FIELDS),
        raw=data,
    )


def parse_risk_trend(data: Any) -> RiskTrend:
    """C029 `data`."""
    obj = _risk_root(data)
    count_keys = tuple(f"{k}_growth" for k in RISK_COUNT_FIELDS)
    event_keys = tuple(f"{k}_growth" for k in RISK_EVENT_FIELDS)
    return RiskTrend(
        company=_company(obj),
        count_growth=_counts(obj.get("patent_count_growth"), "data.patent_count_growth", count_keys),
        event_growth=_counts(
            obj.get("patent_event_count_growth"), "data.patent_event_count_growth", event_keys
        ),
        raw=data,
    )


# ---------------------------------------------------------------- P011 simple bibliography
PATENT_TYPES = {"APPLICATION": "application", "PATENT": "grant", "UTILITY": "utility", "DESIGN": "design"}


@dataclass(frozen=True)
class Bibliography:
    """One patent's bibliography (P011). Texts by language code as the API gives it, upper-case ("EN", "CN");
    parties' names in their order (``sequence``); ``patent_type`` the machine word ("application" | "grant" |
    "utility" | "design" | "" unknown); dates None when unknown; ``ipc``/``cpc`` the main class first;
    ``citations`` the cited patents' numbers."""

    patent_id: str
    pn: str
    titles: dict[str, str]
    abstracts: dict[str, str]
    applicants: tuple[str, ...]
    assignees: tuple[str, ...]
    inventors: tuple[str, ...]
    patent_type: str
    application_date: datetime.date | None
    publication_date: datetime.date | None
    priority_date: datetime.date | None
    apno: str
    ipc: tuple[str, ...]
    cpc: tuple[str, ...]
    loc: tuple[str, ...]
    citations: tuple[str, ...]
    raw: Any = field(default=None, repr=False, compare=False)

    def title_for(self, lang: str) -> str:
        """The title in ``lang`` ("en"/"EN", "cn", "zh"), else in another language (English first), else ""."""
        return _text_for(self.titles, lang)

    def abstract_for(self, lang: str) -> str:
        """The abstract in ``lang``, else in another language, else ""."""
        return _text_for(self.abstracts, lang)


def _text_for(texts: Mapping[str, str], lang: str) -> str:
    """The text in ``lang`` ("ZH" read as "CN"), else in English, else in Chinese, else in any language."""
    wanted = (lang or "").strip().upper()
    wanted = "CN" if wanted == "ZH" else wanted
    for candidate in (wanted, "EN", "CN", *texts):
        if texts.get(candidate):
            return texts[candidate]
    return ""


def _texts(value: Any, path: str) -> dict[str, str]:
    texts: dict[str, str] = {}
    for i, item in enumerate(_list(value, path)):
        obj = _obj(item, f"{path}[{i}]")
        if obj is None:
            continue
        lang = (_str(obj.get("lang"), f"{path}[{i}].lang") or "").strip().upper()
        text = (_str(obj.get("text"), f"{path}[{i}].text") or "").strip()
        if text and lang not in texts:
            texts[lang] = text
    return texts


def _names(value: Any, path: str) -> tuple[str, ...]:
    people = []
    for i, item in enumerate(_list(value, path)):
        obj = _obj(item, f"{path}[{i}]")
        if obj is None:
            continue
        name = (_str(obj.get("name"), f"{path}[{i}].name") or "").strip()
        sequence = _int(obj.get("sequence"), f"{path}[{i}].sequence")
        if name:
            people.append((sequence if sequence is not None else math.inf, i, name))
    return tuple(dict.fromkeys(name for _, _, name in sorted(people)))


def _classes(value: Any, path: str) -> tuple[str, ...]:
    obj = _obj(value, path) or {}
    main = _str(obj.get("main"), f"{path}.main")
    further = _str_tuple(obj.get("further"), f"{path}.further")
    return tuple(dict.fromkeys(c.strip() for c in (main, *further) if c and c.strip()))


def _bibliography(item: Any, path: str) -> Bibliography:
    obj = _obj(item, path, optional=False)
    bib = _obj(obj.get("bibliographic_data"), f"{path}.bibliographic_data") or {}
    bpath = f"{path}.bibliographic_data"
    parties = _obj(bib.get("parties"), f"{bpath}.parties") or {}
    classes = _obj(bib.get("classification_data"), f"{bpath}.classification_data") or {}
    cpath = f"{bpath}.classification_data"
    application = _obj(bib.get("application_reference"), f"{bpath}.application_reference") or {}
    publication = _obj(bib.get("publication_reference"), f"{bpath}.publication_reference") or {}
    cited = _obj(bib.get("reference_cited"), f"{bpath}.reference_cited") or {}
    priorities = []
    for i, claim in enumerate(_list(bib.get("priority_claims"), f"{bpath}.priority_claims")):
        claim_obj = _obj(claim, f"{bpath}.priority_claims[{i}]") or {}
        day = _date(claim_obj.get("date"), f"{bpath}.priority_claims[{i}].date")
        if day is not None:
            priorities.append(day)
    kind = (_str(bib.get("patent_type"), f"{bpath}.patent_type") or "").strip().upper()
    return Bibliography(
        patent_id=_str(obj.get("patent_id"), f"{path}.patent_id") or "",
        pn=_str(obj.get("pn"), f"{path}.pn") or "",
        titles=_texts(bib.get("invention_title"), f"{bpath}.invention_title"),
        abstracts=_texts(bib.get("abstracts"), f"{bpath}.abstracts"),
        applicants=_names(parties.get("applicants"), f"{bpath}.parties.applicants"),
        assignees=_names(parties.get("assignees"), f"{bpath}.parties.assignees"),
        inventors=_names(parties.get("inventors"), f"{bpath}.parties.inventors"),
        patent_type=PATENT_TYPES.get(kind, ""),
        application_date=_date(application.get("date"), f"{bpath}.application_reference.date"),
        publication_date=_date(publication.get("date"), f"{bpath}.publication_reference.date"),
        priority_date=min(priorities, default=None),
        apno=(_str(application.get("apno"), f"{bpath}.application_reference.apno") or "").strip(),
        ipc=_classes(classes.get("classification_ipcr"), f"{cpath}.classification_ipcr"),
        cpc=_classes(classes.get("classification_cpc"), f"{cpath}.classification_cpc"),
        loc=_str_tuple(classes.get("classification_loc"), f"{cpath}.classification_loc"),
        citations=_str_tuple(cited.get("cited_patents"), f"{bpath}.reference_cited.cited_patents"),
        raw=obj,
    )


def parse_bibliography(data: Any) -> list[Bibliography]:
    """P011 `data`: an array of per-patent bibliographies (missing -> [])."""
    root = _root(data, default=[])
    items = [root] if isinstance(root, dict) else _list(root, "data")
    return [_bibliography(item, f"data[{i}]") for i, item in enumerate(items)]
