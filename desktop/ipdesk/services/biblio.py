"""Patent bibliography (P011): title, abstract, parties, dates, type and classes, through the store.

Answers are cached per (P011, key) (no language: one answer holds every language). As with P022, a requested key
the service leaves out of its answer is a patent PatSnap does not know: stored as ``null``, read back as None.
``BiblioService.get`` answers one patent (the store, else one call); ``BiblioService.fetch`` fetches many through
the batch runner, at most 100 keys per call and ceil(N/100) calls per kind of key. The classification job fetches
the bibliography with the same ``fetch_unit`` (``services.classify``, "with bibliography").
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from typing import Any

from ipdesk.api.models import Bibliography, parse_bibliography
from ipdesk.services.batch import BatchOutcome, BatchRunner, Progress, Unit, calls_needed, make_units
from ipdesk.services.patent_keys import BY_ID, BY_NUMBER, key_kind, match_results

OP = "P011"


def bibliography_from(payload: Any) -> Bibliography | None:
    """A stored P011 payload as the model (``null``: PatSnap does not know the patent)."""
    return None if payload is None else parse_bibliography([payload])[0]


# the fields of one patent's record (``ipdesk biblio``'s JSON objects and CSV columns), in order
RECORD_FIELDS = (
    "input",
    "patent_number",
    "patent_id",
    "status",  # "ok" | "not_found" (unknown to PatSnap) | "failed"
    "patent_type",
    "title_en",
    "title_cn",
    "application_date",
    "publication_date",
    "priority_date",
    "apno",
    "applicants",
    "assignees",
    "inventors",
    "ipc",
    "cpc",
    "loc",
    "citations",
    "abstract_en",
    "abstract_cn",
    "error",
)
LIST_FIELDS = ("applicants", "assignees", "inventors", "ipc", "cpc", "loc", "citations")


def bibliography_record(key: str, bib: Bibliography | None, *, raw: str | None = None) -> dict[str, Any]:
    """One answered key as a flat record (``RECORD_FIELDS``; lists as lists, dates ISO or ""); ``raw``: the
    entry as typed (default: the key). None: "not_found"."""
    record: dict[str, Any] = dict.fromkeys(RECORD_FIELDS, "")
    record.update({name: [] for name in LIST_FIELDS})
    record["input"] = key if raw is None else raw
    number_key = key_kind(key) == BY_NUMBER
    record["patent_number"], record["patent_id"] = (key, "") if number_key else ("", key)
    if bib is None:
        record["status"] = "not_found"
        return record
    record.update(
        patent_number=bib.pn or record["patent_number"],
        patent_id=bib.patent_id or record["patent_id"],
        status="ok",
        patent_type=bib.patent_type,
        title_en=bib.titles.get("EN", ""),
        title_cn=bib.titles.get("CN", ""),
        application_date=iso_date(bib.application_date),
        publication_date=iso_date(bib.publication_date),
        priority_date=iso_date(bib.priority_date),
        apno=bib.apno,
        abstract_en=bib.abstracts.get("EN", ""),
        abstract_cn=bib.abstracts.get("CN", ""),
        **{name: list(getattr(bib, name)) for name in LIST_FIELDS},
    )
    return record


def failed_record(key: str, message: str, *, raw: str | None = None) -> dict[str, Any]:
    """A key without an answer: status "failed" and why."""
    record = bibliography_record(key, None, raw=raw)
    record.update(status="failed", error=message)
    return record


def iso_date(day) -> str:
    """A date as ISO text ("2021-03-04"), "" when unknown."""
    return day.isoformat() if day is not None else ""


def stored_bibliographies(store, keys: Sequence[str]) -> dict[str, Bibliography | None]:
    """The stored bibliographies of ``keys``: key -> the model, or None when PatSnap does not know the patent;
    a key with nothing stored is absent."""
    return {key: bibliography_from(hit.payload) for key, hit in store.results.get_results(OP, keys).items()}


def keys_to_fetch(store, keys: Sequence[str], *, refresh: bool = False) -> list[str]:
    """The keys whose P011 answer is not stored (all of them with ``refresh``), in their order."""
    if refresh:
        return list(keys)
    stored = store.results.get_results(OP, keys)
    return [key for key in keys if key not in stored]


def biblio_calls(keys: Sequence[str]) -> int:
    """The P011 calls for ``keys``: ceil(N/100) per kind of key."""
    kinds = [key_kind(key) for key in keys]
    return calls_needed(kinds.count(BY_NUMBER), kinds.count(BY_ID))


def biblio_units(keys: Sequence[str], tag: str = "") -> list[Unit]:
    """Units of at most 100 keys per kind; ``tag`` is put before the unit's kind (``"<tag><kind>"``), so a runner
    that also runs other operations' units tells them apart (``unit_kind`` reads it back)."""
    return make_units(tag + BY_NUMBER, [k for k in keys if key_kind(k) == BY_NUMBER]) + make_units(
        tag + BY_ID, [k for k in keys if key_kind(k) == BY_ID]
    )


def unit_kind(unit: Unit) -> str:
    """The key kind of a unit made by ``biblio_units`` (without its tag)."""
    return BY_ID if unit.kind.endswith(BY_ID) else BY_NUMBER


def fetch_unit(
    client,
    store,
    unit: Unit,
    cancel: threading.Event,
    *,
    profile: str = "",
    keep: Callable[[str, dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """One P011 call for a unit's keys, its answers committed to the store (worker thread); key -> payload.

    ``keep(op, answers)`` stores them instead (a job's ``paid_work.AnswerKeeper``: spooled when the store cannot)."""
    kind = unit_kind(unit)
    results = client.simple_bibliography(list(unit.keys), by=kind, cancel=cancel)
    answers = match_results(kind, unit.keys, results)
    if keep is not None:
        keep(OP, answers)
    else:
        store.results.put_results(OP, answers, "", profile)
    return answers


class BiblioService:
    """``await service.get(key)`` for one patent, ``await service.fetch(keys)`` for many; the blocking client
    calls run on the shared API pool (services.workers)."""

    def __init__(self, client, store, *, profile: str = "", executor: Executor | None = None) -> None:
        self.client = client
        self.store = store
        self.profile = profile
        if executor is None:
            from ipdesk.services.workers import api_pool

            executor = api_pool()
        self._executor = executor  # shared, not owned

    def stored(self, key: str) -> tuple[bool, Bibliography | None]:
        """(stored, the bibliography) from the store alone (no call)."""
        hit = self.store.results.get_result(OP, key)
        return (False, None) if hit is None else (True, bibliography_from(hit.payload))

    def _get(self, key: str, by: str) -> Bibliography | None:  # worker thread
        stored, bibliography = self.stored(key)
        if stored:
            return bibliography
        answers = fetch_unit(
            self.client, self.store, Unit(by, (key,)), threading.Event(), profile=self.profile
        )
        return bibliography_from(answers[key])

    async def get(self, key: str, *, by: str | None = None) -> Bibliography | None:
        """One patent's bibliography: the stored answer, else one P011 call (stored). None: PatSnap does not know
        the patent. API errors are raised (nothing is stored then)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._get, key, by or key_kind(key))

    async def fetch(
        self,
        keys: Sequence[str],
        *,
        refresh: bool = False,
        on_progress: Callable[[Progress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> BatchOutcome:
        """Fetch and store the bibliography of the ``keys`` not stored yet (all with ``refresh``): ceil(N/100)
        calls per kind of key, on the batch runner. Read the answers with ``stored_bibliographies``."""
        todo = await asyncio.get_running_loop().run_in_executor(
            self._executor, lambda: keys_to_fetch(self.store, list(dict.fromkeys(keys)), refresh=refresh)
        )
        runner = BatchRunner(
            lambda unit, event: fetch_unit(self.client, self.store, unit, event, profile=self.profile),
            on_progress=on_progress,
            cancel=cancel,
            executor=self._executor,
        )
        return await runner.run(biblio_units(todo))
