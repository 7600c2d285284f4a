"""Fetch a patent's section offsets (P073) and description text (P019) at the same time, through the store.

A second request for the same patent and language is answered from the store (no call). The offset
correction itself is ``ipdesk.services.outline.build_outline``; this module only fetches, caches and returns the
API models. Cache: P073 per (patent, language); P019 per patent (variant "" or "related" when the text of a
family member was allowed), since one P019 answer holds every language.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Any

from ipdesk.api.errors import ApiError
from ipdesk.api.models import Description, DescriptionOffsets, parse_description, parse_description_offset

log = logging.getLogger(__name__)

OFFSETS_OP, TEXT_OP = "P073", "P019"
LANGS = ("EN", "CN", "JP", "KR", "TW")
OFFICE_LANGS = ("CN", "JP", "KR", "TW")  # offices whose descriptions are written in their own language


def default_lang(patent: str, by: str = "patent_number") -> str:
    """The language a description is opened in when the user does not choose: the patent office's own for
    CN/JP/KR/TW numbers (the text exists in that language and the outline with it), else EN. The Full text tab
    and ``ipdesk outline`` both use this."""
    office = patent[:2].upper()
    return office if by == "patent_number" and office in OFFICE_LANGS else "EN"


@dataclass
class OutlineData:
    patent: str
    by: str
    lang: str
    offsets: DescriptionOffsets | None
    description: Description | None
    from_store: dict[str, bool] = field(default_factory=dict)  # op -> answered from the store
    errors: dict[str, ApiError] = field(default_factory=dict)  # op -> non-fatal error

    @property
    def text(self) -> str | None:
        """The description text in the requested language (else the first text), or None."""
        if self.description is None:
            return None
        chosen = self.description.text_for(self.lang) or self.description.text_for(None)
        return chosen.text if chosen is not None else None

    @property
    def calls(self) -> int:
        return sum(1 for op in (OFFSETS_OP, TEXT_OP) if not self.from_store.get(op, False))


def _text_variant(replace_by_related: bool) -> str:
    return "related" if replace_by_related else ""


def _offsets_from(payload: Any) -> DescriptionOffsets:
    return parse_description_offset(payload)


def _text_from(payload: Any) -> Description | None:
    return None if payload is None else parse_description(payload)


class OutlineService:
    """``await service.fetch(patent)``; the blocking client calls run on the shared API pool (services.workers)."""

    def __init__(self, client, store, *, profile: str = "", executor: Executor | None = None) -> None:
        self.client = client
        self.store = store
        self.profile = profile
        if executor is None:
            from ipdesk.services.workers import api_pool

            executor = api_pool()
        self._executor = executor  # shared, not owned: close() leaves it running

    def cached(
        self, patent: str, lang: str = "EN", *, replace_by_related: bool = False
    ) -> OutlineData | None:
        """Both parts from the store, or None when either is missing (no call is made)."""
        offsets = self.store.results.get_result(OFFSETS_OP, patent, lang.upper())
        text = self.store.results.get_result(TEXT_OP, patent, _text_variant(replace_by_related))
        if offsets is None or text is None:
            return None
        return OutlineData(
            patent,
            _kind(patent),
            lang.upper(),
            _offsets_from(offsets.payload),
            _text_from(text.payload),
            {OFFSETS_OP: True, TEXT_OP: True},
        )

    async def open(self, patent: str, lang: str = "EN", *, related: bool | None = False):
        """What a reader opens: (OutlineData, Outline) with the outline built and its UTF-16 index made, and the
        patent remembered in Recent; all blocking work on the pool, none on the caller's thread.

        ``related``: allow a family member's text; None: whatever the store holds (either variant) and no call.
        Without a client the store alone answers. None when nothing answers without a call."""
        lang = lang.upper()
        loop = asyncio.get_running_loop()
        data = None
        if related is None or self.client is None:
            for variant in (False, True) if related is None else (related,):
                data = await loop.run_in_executor(
                    self._executor, lambda v=variant: self.cached(patent, lang, replace_by_related=v)
                )
                if data is not None:
                    break
        if data is None:
            if self.client is None:
                return None
            data = await self.fetch(patent, lang, replace_by_related=bool(related))
        return await loop.run_in_executor(self._executor, self._prepare, data)

    def _prepare(self, data: OutlineData):
        outline = build(data)
        outline.utf16  # noqa: B018 - the cached UTF-16 index, built here rather than by the first paint
        try:
            self.store.state.add_recent(data.patent, data.lang)
        except Exception:  # noqa: BLE001 - Recent is a convenience; the document still opens
            log.exception("cannot record the recent item")
        return data, outline

    # -- worker thread: fetch and commit together -----------------------------------------------------------------

    def _offsets(self, patent: str, by: str, lang: str, refresh: bool) -> tuple[DescriptionOffsets, bool]:
        if not refresh:
            hit = self.store.results.get_result(OFFSETS_OP, patent, lang)
            if hit is not None:
                return _offsets_from(hit.payload), True
        model = self.client.description_offset(patent, by=by, lang=lang)
        self.store.results.put_result(OFFSETS_OP, patent, model.raw, lang, self.profile)
        return model, False

    def _text(self, patent: str, by: str, related: bool, refresh: bool) -> tuple[Description | None, bool]:
        variant = _text_variant(related)
        if not refresh:
            hit = self.store.results.get_result(TEXT_OP, patent, variant)
            if hit is not None:
                return _text_from(hit.payload), True
        model = self.client.description_data(patent, by=by, replace_by_related=related)
        self.store.results.put_result(
            TEXT_OP, patent, None if model is None else model.raw, variant, self.profile
        )
        return model, False

    # -- event loop ---------------------------------------------------------------------------------------------

    async def fetch(
        self,
        patent: str,
        lang: str = "EN",
        *,
        by: str | None = None,
        replace_by_related: bool = False,
        refresh: bool = False,
    ) -> OutlineData:
        """Offsets and text, concurrently. A fatal error (auth, plan, quota) is raised; other errors of one part
        are returned in ``errors`` with that part None. When both parts fail, the offsets' error is raised."""
        lang = lang.upper()
        by = by or _kind(patent)
        loop = asyncio.get_running_loop()
        jobs = {
            OFFSETS_OP: loop.run_in_executor(self._executor, self._offsets, patent, by, lang, refresh),
            TEXT_OP: loop.run_in_executor(
                self._executor, self._text, patent, by, replace_by_related, refresh
            ),
        }
        answers = await asyncio.gather(*jobs.values(), return_exceptions=True)
        data = OutlineData(patent, by, lang, None, None)
        for op, answer in zip(jobs, answers, strict=True):
            if isinstance(answer, BaseException):
                if not isinstance(answer, ApiError) or answer.fatal:
                    raise answer
                data.errors[op] = answer
                continue
            model, from_store = answer
            data.from_store[op] = from_store
            if op == OFFSETS_OP:
                data.offsets = model
            else:
                data.description = model
        if len(data.errors) == 2:
            raise data.errors[OFFSETS_OP]
        return data


def _kind(patent: str) -> str:
    from ipdesk.services.patent_keys import key_kind

    return key_kind(patent)


def build(data: OutlineData):
    """The corrected outline (``ipdesk.services.outline.build_outline``) of fetched data."""
    from ipdesk.services.outline import build_outline

    return build_outline(data.text, data.offsets)


def read_description_file(path) -> str:
    """A description saved as a text or HTML file, decoded as every import is (``services.tables.decode``:
    UTF-8, UTF-16, GB18030); a text in another 8-bit encoding still opens, as Latin-1. A file over the import
    size limit or binary from its first bytes is refused (TableError) without being read whole."""
    from pathlib import Path

    from ipdesk.services.tables import TableError, decode, read_text_bytes

    raw = read_text_bytes(path)
    try:
        return decode(raw, Path(path))
    except TableError:
        return raw.decode("latin-1")


def write_export(path, content: str) -> None:
    """An exported description, as UTF-8, written whole or not at all."""
    from ipdesk.services.files import atomic_output

    with atomic_output(path, "w", encoding="utf-8") as stream:
        stream.write(content)
