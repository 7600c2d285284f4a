"""SEIC classification jobs (P022): normalised input -> store cache -> batch runner -> one row per classification.

Answers are cached per (P022, key, lang). A known patent without SEIC classification comes back as an entry
with its ``patent_id`` and an empty ``seic_classification`` (status "none"); a requested key the service leaves
out of its answer altogether is a patent PatSnap does not know (a typo, a withdrawn number): that is an answer
too, stored as ``null`` (status "not_found"). Each job is recorded in the store
(its keys, which are done, which failed) so a cancelled, crashed or killed run resumes and fetches nothing twice;
``find_resumable_job`` finds the unfinished job for the same list and language.

"With bibliography" (``with_biblio``) the job also fetches each patent's bibliography (P011, ``services.biblio``)
in the same batch runner, so both operations share the rate limit: ceil(N/100) calls per kind of key for each.
The rows then carry the title, first assignee, dates and patent type; a key is "not_found" only when neither
operation knows it (known to P011 alone: "none", a patent without SEIC class); a key is done when both answers
are stored.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ipdesk.api.errors import ApiError
from ipdesk.api.models import Bibliography, SeicResult, parse_seic
from ipdesk.services import biblio
from ipdesk.services.batch import BatchOutcome, BatchRunner, Progress, Unit, calls_needed, make_units
from ipdesk.services.paid_work import AnswerKeeper, ClaimGate
from ipdesk.services.patent_keys import BY_ID, BY_NUMBER, key_kind, match_results
from ipdesk.services.store import StoreError
from ipdesk.services.store.columns import utc_now

OP = "P022"
JOB_KIND = "classify"
TYPED = "typed"  # job parameter: key -> the entry as typed, where it differs from the key
WITH_BIBLIO = "with_biblio"  # job parameter: true when the list is classified with bibliography
# job parameter: the list as entered, where its lines are not its entries one per line (invalid or duplicate
# lines, blank lines, several entries on a line...): a reopened list is parsed again from it, so its counts,
# invalid lines and their reasons are those of the list the client sent. Kept compact (``pack_entered``).
ENTERED = "entered"
BIBLIO_UNIT = "P011:"  # the kind of a bibliography unit in the job's runner starts with this


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # as ``normalize_patent_list``


def _unrun(coded: Sequence[Any], entries: Sequence[str]) -> list[str]:
    lines: list[str] = []
    at = 0
    for item in coded:
        if isinstance(item, int):
            lines += entries[at : at + item]
            at += item
        else:
            line, advance = item
            lines.append(line)
            at += advance
    return lines


def pack_entered(text: str, keys: Sequence[str], entries: Sequence[str]) -> str | None:
    """``text`` (the list as entered) in a compact form for a job's parameters, or None when its lines are its
    ``entries`` (the job's keys as typed) one per line. A line that is the next entry is a count of such lines;
    any other line is kept whole, with how many entries it brings: a 20,000-line list with a few invalid or
    duplicate lines takes a few hundred bytes (zlib + base64 of a JSON list)."""
    from ipdesk.services.patents import normalize_patent_list

    lines = _lines(text)
    coded: list[Any] = []
    at = 0
    for line in lines:
        if at < len(entries) and line == entries[at]:
            at += 1
            if coded and isinstance(coded[-1], int):
                coded[-1] += 1
            else:
                coded.append(1)
            continue
        parsed = normalize_patent_list(line) if line.strip() else None
        brought = {*parsed.numbers, *parsed.ids} if parsed is not None else set()
        advance = 0
        while at + advance < len(keys) and keys[at + advance] in brought:
            advance += 1
        at += advance
        coded.append([line, advance])
    if coded == [len(entries)]:
        return None
    if _unrun(coded, entries) != lines:  # entries not in the order of their lines: every line kept whole
        coded = [[line, 0] for line in lines]
    return base64.b64encode(zlib.compress(json.dumps(coded, ensure_ascii=False).encode("utf-8"), 9)).decode()


def unpack_entered(packed: Any, entries: Sequence[str]) -> str | None:
    """The text ``pack_entered`` packed; None when there is none or it cannot be read (an older job)."""
    if not isinstance(packed, str) or not packed:
        return None
    try:
        coded = json.loads(zlib.decompress(base64.b64decode(packed, validate=True)).decode("utf-8"))
        return "\n".join(_unrun(coded, entries))
    except (ValueError, TypeError, zlib.error):
        return None


class ClassRow(NamedTuple):
    """One classification of one patent: the one row type of the table, the exports and the command line (a
    tuple, so the GUI's table model reads a cell with one index). ``status`` is the machine word; ``key`` is the
    normalised number or id sent to the API (kept for retry, not exported)."""

    input: str
    patent_number: str
    patent_id: str
    seic_lv1_no: str
    seic_lv1_desc: str
    seic_lv2_no: str
    seic_lv2_desc: str
    status: str  # "ok" | "none" (no SEIC classification) | "not_found" (unknown to PatSnap) | "failed"
    error: str
    key: str = ""
    # the patent's bibliography (P011), filled when the list is classified "with bibliography"; dates ISO
    # ("2021-03-04") or "", patent_type the machine word ("application" | "grant" | "utility" | "design" | "")
    title: str = ""
    assignee: str = ""  # the first assignee (else the first applicant)
    application_date: str = ""
    publication_date: str = ""
    patent_type: str = ""

    def as_dict(self, columns: Sequence[str] | None = None) -> dict[str, str]:
        return {name: getattr(self, name) for name in (COLUMNS if columns is None else columns)}


COLUMNS: tuple[str, ...] = ClassRow._fields[: ClassRow._fields.index("key")]  # the exported columns
BIBLIO_COLUMNS: tuple[str, ...] = ClassRow._fields[ClassRow._fields.index("key") + 1 :]


def export_columns(with_biblio: bool) -> tuple[str, ...]:
    """The columns of an export or ``ipdesk classify`` output: the bibliography's when the list has it."""
    return COLUMNS + BIBLIO_COLUMNS if with_biblio else COLUMNS


@dataclass
class ClassifySummary:
    inputs: int
    duplicates: int
    invalid: int
    unique: int
    cached: int
    calls: int = 0
    ok: int = 0
    none: int = 0
    not_found: int = 0
    failed: int = 0
    pending: int = 0
    same_patent: int = 0  # answered keys that are another key's patent (its number and its id both listed)

    @property
    def patents(self) -> int:
        """Distinct patents answered (classified, without classification or not found)."""
        return self.ok + self.none + self.not_found - self.same_patent


@dataclass
class ClassifyPlan:
    numbers: list[str]
    ids: list[str]
    lang: str
    cached: set[str]  # keys that need no call at all
    to_fetch_numbers: list[str]
    to_fetch_ids: list[str]
    biblio_to_fetch: list[str] = field(default_factory=list)  # with bibliography: keys without a P011 answer

    @property
    def seic_calls(self) -> int:
        return calls_needed(len(self.to_fetch_numbers), len(self.to_fetch_ids))

    @property
    def biblio_calls(self) -> int:
        return biblio.biblio_calls(self.biblio_to_fetch)

    @property
    def calls_needed(self) -> int:
        """P022 calls, plus P011 calls with bibliography."""
        return self.seic_calls + self.biblio_calls

    @property
    def keys(self) -> list[str]:
        return self.numbers + self.ids


@dataclass
class ClassifyOutcome:
    job_id: int
    rows: list[ClassRow]
    summary: ClassifySummary
    batch: BatchOutcome
    failures: dict[str, tuple[Any, str]] = field(default_factory=dict)
    store_error: Any = None  # the StoreError that stopped the run (its answers are in the rows and the spool)
    spooled: int = 0  # answers kept in the spool because the store could not take them
    unsaved: int = 0  # answers the store could not take (spooled or, if that failed too, in the rows only)

    @property
    def fatal(self) -> ApiError | None:
        return self.batch.fatal


def _merge_seic(first: Any, second: Any) -> Any:
    """The same patent twice in one answer: keep every classification."""
    merged = dict(first)
    merged["seic_classification"] = list(merged.get("seic_classification") or []) + list(
        (second or {}).get("seic_classification") or []
    )
    return merged


def match_answers(kind: str, keys: Sequence[str], results: Iterable[SeicResult]) -> dict[str, Any]:
    """Requested key -> P022 payload to store (``patent_keys.match_results``), classifications of a patent
    answered twice merged."""
    return match_results(kind, keys, results, _merge_seic)


def patent_identity(row: ClassRow) -> str:
    """What makes two rows the same patent: the PatSnap patent id the answer carries (so a patent listed by its
    number and by its id counts once), else the key."""
    return (row.patent_id or row.key).lower()


def rows_for(key: str, payload: Any, *, stored: bool = True, raw: str | None = None) -> list[ClassRow]:
    """The rows of one answered key; `raw`: the entry as typed (the "input" column; default: the key).

    A ``null`` payload is a key the service left out of its answer: "not_found". Payloads stored before this
    status existed were written the same way (``match_answers`` stores ``None`` only for a key with no entry in
    the answer; a known patent without classification has always been stored as its entry with an empty list),
    so old stored ``null`` answers read as "not_found" too: that is what they were, never a real "none"."""
    kind = key_kind(key)
    number = key if kind == BY_NUMBER else ""
    pid = key if kind == BY_ID else ""
    shown = key if raw is None else raw
    if payload is None:
        return [ClassRow(shown, number, pid, "", "", "", "", "not_found", "", key)]
    parsed = parse_seic([payload])[0]
    number = parsed.pn or number
    pid = parsed.patent_id or pid
    if not parsed.classifications:
        return [ClassRow(shown, number, pid, "", "", "", "", "none", "", key)]
    rows = []
    for entry in parsed.classifications:
        lv1, lv2 = entry.lv1, entry.lv2
        rows.append(
            ClassRow(
                shown,
                number,
                pid,
                lv1.no if lv1 else "",
                lv1.desc if lv1 else "",
                lv2.no if lv2 else "",
                lv2.desc if lv2 else "",
                "ok",
                "",
                key,
            )
        )
    return rows


def with_bibliography(rows: list[ClassRow], bib: Bibliography | None, lang: str) -> list[ClassRow]:
    """One key's rows with its bibliography: the title in the job's language ("en" -> EN, "cn" -> CN, else the
    other), the first assignee (else applicant), ISO dates, the patent type. A key P022 left out that P011 knows
    is a patent without SEIC class ("none"), no longer "not_found"."""
    if bib is None:
        return rows
    fields = {
        "title": bib.title_for("EN" if lang == "en" else "CN"),
        "assignee": (bib.assignees or bib.applicants or ("",))[0],
        "application_date": biblio.iso_date(bib.application_date),
        "publication_date": biblio.iso_date(bib.publication_date),
        "patent_type": bib.patent_type,
    }
    out = []
    for row in rows:
        if row.status == "not_found":
            row = row._replace(
                status="none",
                patent_number=bib.pn or row.patent_number,
                patent_id=bib.patent_id or row.patent_id,
            )
        out.append(row._replace(**fields))
    return out


def key_rows(
    key: str, payload: Any, lang: str, raw: str | None = None, *, bibs: Mapping[str, Any] | None = None
) -> list[ClassRow]:
    """``rows_for`` the key's P022 payload, with its bibliography when ``bibs`` (key -> Bibliography | None) is
    given (the list is classified with bibliography)."""
    rows = rows_for(key, payload, raw=raw)
    return rows if bibs is None else with_bibliography(rows, bibs.get(key), lang)


def answered_rows(
    store,
    keys: Sequence[str],
    lang: str,
    raw_text: Mapping[str, str] | None = None,
    *,
    with_biblio: bool = False,
) -> list[ClassRow]:
    """The rows of the keys the store holds an answer for (in ``lang``; with bibliography, the P011 answer too),
    in key order; the others are left out."""
    raw_text = raw_text or {}
    stored = store.results.get_results(OP, keys, lang)
    bibs = biblio.stored_bibliographies(store, list(stored)) if with_biblio else None
    return [
        row
        for key in keys
        if key in stored and (bibs is None or key in bibs)
        for row in key_rows(key, stored[key].payload, lang, raw_text.get(key), bibs=bibs)
    ]


def stored_classes(store, keys: Sequence[str], prefer: str = "en") -> list[ClassRow] | None:
    """The SEIC rows of the first of ``keys`` (a patent's number, id) the store holds a classification of, in
    ``prefer`` ("en"/"cn") if stored so, else the other language; None when it holds none. No call."""
    from ipdesk.api.client import SEIC_LANGS

    keys = [key for key in dict.fromkeys(keys) if key]
    for lang in sorted(SEIC_LANGS, key=lambda code: code != prefer):
        rows = [row for row in answered_rows(store, keys, lang) if row.status in ("ok", "none")]
        if rows:
            return [row for row in rows if row.key == rows[0].key]
    return None


def classification_keys(patent: str, bibliography) -> list[str]:
    """The keys a patent's classification may be stored under: as opened, its number and its PatSnap id (from
    its ``Bibliography``, when known)."""
    return [patent] + ([bibliography.pn, bibliography.patent_id] if bibliography is not None else [])


def failed_row(key: str, message: str, raw: str | None = None) -> ClassRow:
    kind = key_kind(key)
    number, pid = (key, "") if kind == BY_NUMBER else ("", key)
    return ClassRow(key if raw is None else raw, number, pid, "", "", "", "", "failed", message, key)


def fingerprint(keys: Sequence[str], lang: str, with_biblio: bool = False) -> str:
    import hashlib  # here, not at import: it loads OpenSSL (libcrypto, ~4 MiB), unneeded until a job starts

    digest = hashlib.sha256((lang + "+biblio" if with_biblio else lang).encode())
    for key in sorted(keys):
        digest.update(b"\n" + key.encode())
    return digest.hexdigest()


def plan_classification(
    store,
    numbers: Sequence[str],
    ids: Sequence[str],
    lang: str,
    *,
    refresh: bool = False,
    with_biblio: bool = False,
):
    """What a run would fetch: the keys not in the store (all of them with ``refresh``) and the calls needed
    (with bibliography, the P011 calls for the keys whose P011 answer is not stored too)."""
    keys = list(numbers) + list(ids)
    cached = set() if refresh else set(store.results.get_results(OP, keys, lang))
    to_fetch_numbers = [k for k in numbers if k not in cached]
    to_fetch_ids = [k for k in ids if k not in cached]
    biblio_to_fetch = biblio.keys_to_fetch(store, keys, refresh=refresh) if with_biblio else []
    return ClassifyPlan(
        numbers=list(numbers),
        ids=list(ids),
        lang=lang,
        cached=cached - set(biblio_to_fetch),
        to_fetch_numbers=to_fetch_numbers,
        to_fetch_ids=to_fetch_ids,
        biblio_to_fetch=biblio_to_fetch,
    )


def find_resumable_job(store, keys: Sequence[str], lang: str, with_biblio: bool = False) -> int | None:
    """The newest unfinished classification job for the same keys and language (and bibliography), if any."""
    mark = fingerprint(keys, lang, with_biblio)
    for job in store.jobs.list_jobs(kind=JOB_KIND):
        if job.status != "done" and job.params.get("fingerprint") == mark and job.pending:
            return job.id
    return None


class ClassifyJob:
    """Runs one classification job on the current asyncio loop. One instance per run."""

    def __init__(
        self,
        client,
        store,
        *,
        lang: str = "en",
        profile: str = "",
        max_workers: int = 8,
        on_progress: Callable[[Progress], None] | None = None,
        on_rows: Callable[[list[ClassRow]], None] | None = None,
        cancel: threading.Event | None = None,
        message_lang: str = "en",
        raw_text: Mapping[str, str] | None = None,
        on_start: Callable[[int, str, list[ClassRow]], None] | None = None,
        on_follow: Callable[[int], None] | None = None,
        with_biblio: bool = False,
        entered: str | None = None,
    ) -> None:
        self.client = client
        self.store = store
        self.lang = lang
        self.profile = profile
        self.max_workers = max_workers
        self.on_progress = on_progress
        self.on_rows = on_rows
        self.cancel = cancel if cancel is not None else threading.Event()
        self.message_lang = message_lang
        self.raw_text = (
            raw_text or {}
        )  # key -> the entry as typed (PatentInput.raw_text), for the input column
        self.on_start = on_start  # (job id, lang, rows answered before any call): once, before the first call
        self.with_biblio = with_biblio  # a job reopened from the store: as it was recorded
        self.entered = entered  # the list as entered (the text box), kept with a new job (``ENTERED``)
        self.job_id: int | None = None
        # with bibliography: what this run knows of each pending key (key -> payload), per operation
        self._lock = threading.Lock()
        self._seic: dict[str, Any] = {}
        self._bibs: dict[str, Any] = {}
        self._fetching: set[str] = set()  # keys with a call to make in this run
        self._emitted: set[str] = set()  # keys whose rows were handed to on_rows
        self._failed: set[str] = set()
        self.on_follow = on_follow  # (job id): the same list is running in another window or process
        self.following = False
        self.keeper: AnswerKeeper | None = None

    # -- job records --------------------------------------------------------------------------------------------

    def create_job(self, keys: Sequence[str], *, refresh: bool = False) -> int:
        params = {
            "lang": self.lang,
            "refresh": refresh,
            "fingerprint": fingerprint(keys, self.lang, self.with_biblio),
        }
        if self.with_biblio:
            params[WITH_BIBLIO] = True
        params.update({name: value for name, value in self._as_entered(keys).items() if value is not None})
        return self.store.jobs.create_job(JOB_KIND, params, keys)

    def _as_entered(self, keys: Sequence[str]) -> dict[str, Any]:
        """The job parameters of the list as entered, so it reopens so (``stored_list``): the entries as typed
        (``TYPED``, keys typed as they are left out) and the list's lines (``ENTERED``); None: nothing to keep."""
        typed = {key: raw for key, raw in self.raw_text.items() if raw != key}
        entered = None
        if self.entered is not None:
            entered = pack_entered(self.entered, keys, [typed.get(key, key) for key in keys])
        return {TYPED: typed or None, ENTERED: entered}

    async def run(
        self, numbers: Sequence[str], ids: Sequence[str], *, refresh: bool = False, resume: bool = True
    ) -> ClassifyOutcome:
        """Classify unique normalised numbers and ids; resumes the unfinished job for the same list if any."""
        keys = list(numbers) + list(ids)
        job_id = find_resumable_job(self.store, keys, self.lang, self.with_biblio) if resume else None
        if job_id is None:
            job_id = self.create_job(keys, refresh=refresh)
        elif self.entered is not None:  # the same keys again, perhaps with other invalid or repeated lines
            for name, value in self._as_entered(keys).items():
                self.store.jobs.set_job_param(job_id, name, value)
        return await self.resume(job_id, refresh=refresh)

    async def resume(
        self, job_id: int, *, refresh: bool | None = None, retry_failed: bool = True
    ) -> ClassifyOutcome:
        """Run (or continue) a recorded job: fetch its pending keys that the store does not hold yet."""
        if (
            self.store.spool is not None
        ):  # answers an earlier run could not store: in first, else no call at all
            self.store.spool.take_in(self.store.results)
        record = self.store.jobs.job(job_id)
        if record is None:
            raise KeyError(f"no job with id {job_id}")
        if not self.raw_text:  # a job reopened from the store: its entries as typed come with it
            self.raw_text = dict(record.params.get(TYPED) or {})
        self.job_id = job_id
        self.lang = record.params.get("lang", self.lang)
        self.with_biblio = bool(record.params.get(WITH_BIBLIO, False))
        if refresh is None:
            refresh = bool(record.params.get("refresh", False))
        self.keeper = AnswerKeeper(self.store, self.profile, job_id)
        started = utc_now()
        gate = ClaimGate(
            self.store.claims, OP, self.lang, lambda keys: self._stored(OP, self.lang, keys, refresh, started)
        )
        gates = {BY_NUMBER: gate, BY_ID: gate}
        if self.with_biblio:  # the bibliography's keys are claimed as P011's
            bib_gate = ClaimGate(
                self.store.claims,
                biblio.OP,
                "",
                lambda keys: self._stored(biblio.OP, "", keys, refresh, started),
            )
            gates.update({BIBLIO_UNIT + BY_NUMBER: bib_gate, BIBLIO_UNIT + BY_ID: bib_gate})
        self.following = not gate.claim_job(str(record.params.get("fingerprint") or job_id))
        if self.following:  # it fetches; this run waits for its answers (and takes over if it dies)
            retry_failed = False
            if self.on_follow is not None:
                self.on_follow(job_id)
        if retry_failed:
            self.store.jobs.reset_failed(job_id)
        pending = self.store.jobs.pending_keys(job_id)
        stored = {} if refresh else self.store.results.get_results(OP, pending, self.lang)
        self._seic = {key: hit.payload for key, hit in stored.items()}
        todo = [k for k in pending if k not in stored]
        bib_todo: list[str] = []
        if self.with_biblio:
            bib_stored = {} if refresh else self.store.results.get_results(biblio.OP, pending)
            self._bibs = {key: hit.payload for key, hit in bib_stored.items()}
            bib_todo = [k for k in pending if k not in bib_stored]
        self._fetching = set(todo) | set(bib_todo)
        ready = [k for k in pending if k not in self._fetching]
        if ready:
            self.store.jobs.mark_done(job_id, ready)
        if self.on_start is not None:
            self.on_start(job_id, self.lang, self._answered_rows(job_id, self._fetching))
        units = make_units(BY_NUMBER, [k for k in todo if key_kind(k) == BY_NUMBER]) + make_units(
            BY_ID, [k for k in todo if key_kind(k) == BY_ID]
        )
        if self.with_biblio:  # each P011 unit beside the P022 unit of the same keys: rows complete early
            bib_units = biblio.biblio_units(bib_todo, BIBLIO_UNIT)
            pairs = itertools.zip_longest(units, bib_units)
            units = [unit for pair in pairs for unit in pair if unit is not None]
        runner = BatchRunner(
            self._work,
            record_failure=self._record_failure,
            max_workers=self.max_workers,
            on_progress=self._progress if self.with_biblio else self.on_progress,
            on_unit_done=self._unit_done,
            cancel=self.cancel,
            gates=gates,
        )
        try:
            self.store.jobs.set_job_status(job_id, "running")
            outcome = await runner.run(units)
        except StoreError as exc:  # the answers it holds are in the keeper (and the spool)
            return self._stopped_by_store(job_id, exc, runner)
        except BaseException:
            try:
                self.store.jobs.set_job_status(job_id, "cancelled")
            except StoreError:
                pass
            raise
        finally:
            self.keeper.close()
        return self._finish(job_id, outcome)

    def _stored(self, op: str, variant: str, keys: list[str], refresh: bool, since) -> dict[str, Any]:
        """The answers the store holds for keys another run fetched (only newer ones with ``refresh``),
        counted in this job as if this run had fetched them."""
        found = {
            key: cached.payload
            for key, cached in self.store.results.get_results(op, keys, variant).items()
            if not refresh or cached.fetched_at >= since
        }
        if found and not self.with_biblio:
            self.store.jobs.mark_done(self.job_id, found)
        elif found:
            mine, other = (self._seic, self._bibs) if op == OP else (self._bibs, self._seic)
            self._arrived(found, mine, other)
        return found

    def _stopped_by_store(self, job_id: int, error, runner: BatchRunner) -> ClassifyOutcome:
        """The store could not take answers: the rows from what it holds plus the answers kept in memory."""
        keeper = self.keeper
        outcome = BatchOutcome(total=0, cancelled=True)
        try:
            keys = self.store.jobs.job_keys(job_id)
        except StoreError:
            keys = []
        rows, summary, failures = collect_rows(
            self.store,
            keys,
            self.lang,
            job_id,
            raw_text=self.raw_text,
            with_biblio=self.with_biblio,
            unsaved=keeper.unsaved_of(OP, self.lang),
        )
        return ClassifyOutcome(
            job_id, rows, summary, outcome, failures, error, keeper.spooled, keeper.unsaved_count
        )

    def _answered_rows(self, job_id: int, todo: set[str]) -> list[ClassRow]:
        """The rows of the job's keys that need no call: answered in an earlier run or found in the store."""
        answered = [k for k in self.store.jobs.job_keys(job_id) if k not in todo]
        return answered_rows(self.store, answered, self.lang, self.raw_text, with_biblio=self.with_biblio)

    # -- worker thread ------------------------------------------------------------------------------------------

    def _work(self, unit: Unit, cancel: threading.Event) -> dict[str, Any]:
        if unit.kind.startswith(BIBLIO_UNIT):
            answers = biblio.fetch_unit(
                self.client,
                self.store,
                unit,
                cancel,
                keep=lambda op, got: self.keeper.keep(op, got, done=False),
            )
            self._arrived(answers, self._bibs, self._seic)
            return answers
        results = self.client.seic_classification(
            list(unit.keys), by=unit.kind, lang=self.lang, cancel=cancel
        )
        answers = match_answers(unit.kind, unit.keys, results)
        if not self.with_biblio:  # the answers and their "done" marks in one transaction
            self.keeper.keep(OP, answers, self.lang)  # stored now, or spooled and the run stops
            return answers
        self.keeper.keep(OP, answers, self.lang, done=False)
        self._arrived(answers, self._seic, self._bibs)
        return answers

    def _arrived(self, answers: dict[str, Any], mine: dict[str, Any], other: dict[str, Any]) -> None:
        """With bibliography, after one operation's answers are committed: the keys the other operation has
        answered too are done (whichever of the two comes second marks them; a crash in between leaves them
        pending, and the next run finds both answers stored and makes no call)."""
        with self._lock:
            mine.update(answers)
            ready = [key for key in answers if key in other]
        if ready:
            self.store.jobs.mark_done(self.job_id, ready)

    def _record_failure(self, unit: Unit, error: ApiError) -> None:
        message = error.message("en")
        self.store.jobs.mark_failed(self.job_id, {key: (error.code, message) for key in unit.keys})
        with self._lock:
            self._failed.update(unit.keys)

    # -- event loop ---------------------------------------------------------------------------------------------

    def _unit_done(self, unit: Unit, answers: dict[str, Any]) -> None:
        if self.with_biblio:
            self._complete_rows(unit.keys)
        elif self.on_rows is not None:
            rows: list[ClassRow] = []
            for key in unit.keys:
                rows.extend(rows_for(key, answers.get(key), raw=self.raw_text.get(key)))
            self.on_rows(rows)

    def _complete_rows(self, keys: Iterable[str]) -> None:
        """With bibliography: the rows of the keys whose two answers are now known, once each."""
        with self._lock:
            ready = [k for k in keys if k in self._seic and k in self._bibs and k not in self._emitted]
            seic = {key: self._seic[key] for key in ready}
            bibs = {key: biblio.bibliography_from(self._bibs[key]) for key in ready}
        self._emitted.update(ready)
        if self.on_rows is not None and ready:
            rows: list[ClassRow] = []
            for key in ready:
                rows.extend(key_rows(key, seic[key], self.lang, self.raw_text.get(key), bibs=bibs))
            self.on_rows(rows)

    def _progress(self, p: Progress) -> None:
        """With bibliography the runner counts lookups (two per patent); the job reports patents: done when both
        answers are in, failed when either failed."""
        if self.on_progress is None:
            return
        total = len(self._fetching)
        done = len(self._emitted & self._fetching)
        with self._lock:
            failed = len(self._failed & self._fetching)
        remaining = max(0, total - done - failed)
        self.on_progress(Progress(done, failed, remaining, total, p.calls, p.elapsed, p.eta_seconds))

    def _finish(self, job_id: int, outcome: BatchOutcome) -> ClassifyOutcome:
        record = self.store.jobs.job(job_id)
        if outcome.fatal is not None:
            status = "failed"
        elif record.pending:
            status = "cancelled"
        else:
            status = "done" if not record.failed else "failed"
        self.store.jobs.set_job_status(job_id, status)
        keys = self.store.jobs.job_keys(job_id)
        rows, summary, failures = collect_rows(
            self.store, keys, self.lang, job_id, raw_text=self.raw_text, with_biblio=self.with_biblio
        )
        summary.calls = outcome.calls
        return ClassifyOutcome(job_id=job_id, rows=rows, summary=summary, batch=outcome, failures=failures)


def collect_rows(
    store,
    keys: Sequence[str],
    lang: str,
    job_id: int | None = None,
    *,
    raw_text: Mapping[str, str] | None = None,
    with_biblio: bool = False,
    unsaved: Mapping[str, Any] | None = None,
):
    """Rows for every key (stored answers, failures of the job, else "failed: not fetched") and a summary.

    `raw_text` maps keys to the entries as typed, shown in the "input" column (default: the key). With
    bibliography a key is answered when both its answers are stored, and its rows carry the bibliography.
    `unsaved` holds classifications the store could not take (key -> payload), read where the store cannot be."""
    raw_text = raw_text or {}
    try:
        stored: dict[str, Any] = {k: r.payload for k, r in store.results.get_results(OP, keys, lang).items()}
        bibs = biblio.stored_bibliographies(store, keys) if with_biblio else None
        failures = store.jobs.failed_items(job_id) if job_id is not None else {}
    except StoreError:
        stored, failures = {}, {}
        bibs = {} if with_biblio else None
    stored.update(unsaved or {})
    summary = ClassifySummary(inputs=len(keys), duplicates=0, invalid=0, unique=len(keys), cached=0)
    rows: list[ClassRow] = []
    seen: set[str] = set()
    for key in keys:
        if (
            key in failures
        ):  # failed in this job (a --refresh that failed: the older stored answer is not shown)
            code, message = failures[key]
            rows.append(
                failed_row(key, f"{code}: {message}" if code is not None else message, raw_text.get(key))
            )
            summary.failed += 1
        elif key in stored and (bibs is None or key in bibs):
            answered = key_rows(key, stored[key], lang, raw_text.get(key), bibs=bibs)
            rows.extend(answered)
            status = answered[0].status
            if status == "ok":
                summary.ok += 1
            elif status == "not_found":
                summary.not_found += 1
            else:
                summary.none += 1
            identity = patent_identity(answered[0])
            if identity in seen:
                summary.same_patent += 1
            seen.add(identity)
        else:
            rows.append(
                failed_row(key, "not fetched (the run stopped before this patent)", raw_text.get(key))
            )
            summary.pending += 1
    return rows, summary, failures


def failure_message(code, message: str, lang: str) -> str:
    """A stored failure in ``lang``: the mapped message for a known PatSnap code, else the stored words."""
    if isinstance(code, int) or (isinstance(code, str) and code.isdigit()):
        from ipdesk.api.errors import error_for_code

        return error_for_code(int(code)).message(lang)
    return message or ""


def failed_rows(store, job_id: int, lang: str, raw_text: Mapping[str, str] | None = None) -> list[ClassRow]:
    """The job's failed keys as rows, their errors in ``lang``."""
    raw_text = raw_text or {}
    return [
        failed_row(key, failure_message(code, message, lang), raw_text.get(key))
        for key, (code, message) in store.jobs.failed_items(job_id).items()
    ]


def alt_names(store, keys: Sequence[str], other_lang: str) -> dict[str, str]:
    """Industry code -> its name in the other language, from answers stored in that language for these keys."""
    names: dict[str, str] = {}
    for cached in store.results.get_results(OP, keys, other_lang).values():
        if cached.payload is None:
            continue
        for row in rows_for(cached.key, cached.payload):
            if row.seic_lv1_no and row.seic_lv1_desc:
                names.setdefault(row.seic_lv1_no, row.seic_lv1_desc)
            if row.seic_lv2_no and row.seic_lv2_desc:
                names.setdefault(row.seic_lv2_no, row.seic_lv2_desc)
    return names


def resumable_jobs(store) -> list:
    """Classification jobs with keys left or failed, newest first."""
    return [j for j in store.jobs.list_jobs(kind=JOB_KIND) if j.pending or j.failed]


@dataclass
class StoredList:
    """A classified list as the store holds it: what the GUI shows again after a restart, without any call."""

    job: Any  # the store's JobRecord
    keys: list[str]
    lang: str
    typed: dict[str, str]  # key -> the entry as typed (keys typed as they are are left out)
    rows: list[ClassRow]  # the answered keys' rows, in input order
    failed_rows: list[ClassRow]  # the failed keys, their errors in the message language
    alt_names: dict[str, str]  # industry code -> its name in the other language, where stored
    with_biblio: bool = False  # classified with bibliography: the rows carry it (``export_columns(True)``)
    entered: str | None = None  # the list as entered, where its lines are not ``entries`` (``ENTERED``)

    @property
    def entries(self) -> list[str]:
        """The list's unique entries as typed (one entry per key, in input order)."""
        return [self.typed.get(key, key) for key in self.keys]

    @property
    def from_store(self) -> int:
        """Entries answered from the store: reopened, every answered key is (a report's method box)."""
        return len({row.key for row in self.rows})

    @property
    def text(self) -> str:
        """The list as it was entered, its invalid and duplicate lines included; a job recorded without it (older,
        or entered one entry per line) gives its entries one per line."""
        return self.entered if self.entered is not None else "\n".join(self.entries)


def stored_list(store, job_id: int, message_lang: str = "en") -> StoredList | None:
    """The rows of classification job ``job_id`` from the store alone (no client, no call); None if no such job."""
    job = store.jobs.job(job_id)
    if job is None or job.kind != JOB_KIND:
        return None
    keys = store.jobs.job_keys(job_id)
    lang = job.params.get("lang", "en")
    typed = dict(job.params.get(TYPED) or {})
    failed = store.jobs.failed_items(job_id)
    with_biblio = bool(job.params.get(WITH_BIBLIO, False))
    return StoredList(
        job=job,
        keys=keys,
        lang=lang,
        typed=typed,
        rows=answered_rows(store, [k for k in keys if k not in failed], lang, typed, with_biblio=with_biblio),
        failed_rows=failed_rows(store, job_id, message_lang, typed),
        alt_names=alt_names(store, keys, "cn" if lang == "en" else "en"),
        with_biblio=with_biblio,
        entered=unpack_entered(job.params.get(ENTERED), [typed.get(key, key) for key in keys]),
    )


@dataclass(frozen=True)
class RecentList:
    """One earlier classified list, for a "recent lists" menu: its job, first entry, size, language and date."""

    job_id: int
    first: str
    count: int
    lang: str
    when: Any  # datetime (UTC) of the job's last change


def recent_lists(store, limit: int = 15) -> list[RecentList]:
    """The newest classification jobs with at least one key, newest first (read from the store only)."""
    lists: list[RecentList] = []
    for job in store.jobs.list_jobs(kind=JOB_KIND):
        if len(lists) >= limit:
            break
        if not job.total:
            continue
        first = store.jobs.job_keys(job.id)[0]
        typed = job.params.get(TYPED) or {}
        lists.append(
            RecentList(
                job.id, typed.get(first, first), job.total, job.params.get("lang", "en"), job.updated_at
            )
        )
    return lists
