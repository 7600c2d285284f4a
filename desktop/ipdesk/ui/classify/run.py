"""Runs classification jobs for the tab, off the GUI thread.

A job runs on a worker of the shell's task layer, inside its own asyncio loop (``own_loop=True``): the store
reads and writes, the batch runner's bookkeeping and the conversion of answers into table rows all happen
there, so the GUI thread only appends ready-made rows. Everything the worker reports reaches the GUI thread
through the qasync loop (``tasks.GuiPost``) and becomes a signal of ``ClassifyRunner``.

Cancel sets the job's cancel event: nothing new is sent, the batches in flight finish and are committed, and
the worker reports ``finished`` when it has really stopped (only then can the job be resumed, so no key is
fetched twice).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ipdesk.ui.classify.chart import Distribution
from ipdesk.ui.classify.model import ResultRow
from ipdesk.ui.core.tasks import GuiPost

if TYPE_CHECKING:  # the classification service (hashlib, the API models, the batch runner) loads on first run
    from ipdesk.services import classify as svc
    from ipdesk.services.batch import Progress
    from ipdesk.services.patents import PatentInput

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunProgress:
    job_id: int
    total: int  # keys in the job
    done: int  # answered (from the store or fetched)
    failed: int
    remaining: int
    calls: int
    eta_seconds: float | None


@dataclass
class RunEnd:
    job_id: int | None
    status: str  # the job's status in the store ("done", "failed", "cancelled", ...) or "error"
    total: int = 0
    done: int = 0
    failed: int = 0
    pending: int = 0
    calls: int = 0
    fatal_message: str | None = None
    failed_rows: list[ResultRow] = field(default_factory=list)
    alt_names: dict[str, str] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)


def to_result_rows(
    rows: Sequence[svc.ClassRow], texts: dict[str, str], key_of: Mapping[str, str] | None = None
) -> list[ResultRow]:
    """Service rows -> table rows; ``texts`` holds the translated status words for "ok" and "none".

    A row's ``input`` is the entry as typed; ``key_of`` maps it back to the key sent (default: the input
    is the key, as for jobs resumed from the store, whose typed text is gone)."""
    from ipdesk.services.classify import key_kind

    key_of = key_of or {}
    out = []
    for r in rows:
        status = r.error if r.status == "failed" else texts.get(r.status, r.status)
        key = key_of.get(r.input, r.input)
        out.append(
            ResultRow(
                r.input,
                r.patent_number,
                r.patent_id,
                r.seic_lv1_no,
                r.seic_lv1_desc,
                r.seic_lv2_no,
                r.seic_lv2_desc,
                status,
                r.status,
                key,
                key_kind(key),
                r.error,
            )
        )
    return out


def normalize(text: str) -> PatentInput:
    """The typed list, normalised (``services.patents`` is imported when there is a list)."""
    from ipdesk.services.patents import normalize_patent_list

    return normalize_patent_list(text)


def count_input(
    text: str, lang: str, refresh: bool, store_of: Callable[[], object]
) -> tuple[PatentInput, int, int]:
    """The counts line's numbers (blocking, for a worker): the parsed list, how many are already in the store
    ``store_of()`` and the API calls needed."""
    parsed = normalize(text)
    store = store_of()
    if store is None:
        from ipdesk.services.batch import calls_needed

        return parsed, 0, calls_needed(len(parsed.numbers), len(parsed.ids))
    from ipdesk.services.classify import plan_classification

    plan = plan_classification(store, parsed.numbers, parsed.ids, lang, refresh=refresh)
    return parsed, len(plan.cached), plan.calls_needed


def failure_text(code, message: str, lang: str) -> str:
    """A stored failure in the UI language: the mapped message for a known code, else the stored words."""
    if isinstance(code, int) or (isinstance(code, str) and code.isdigit()):
        from ipdesk.api.errors import error_for_code

        return error_for_code(int(code)).message(lang)
    return message or ""


def alt_names(store, keys: Sequence[str], other_lang: str) -> dict[str, str]:
    """Code -> name in the other language, from answers stored in that language for these keys."""
    from ipdesk.services import classify as svc

    names: dict[str, str] = {}
    for cached in store.results.get_results(svc.OP, keys, other_lang).values():
        if cached.payload is None:
            continue
        for row in svc.rows_for(cached.key, cached.payload):
            if row.seic_lv1_no and row.seic_lv1_desc:
                names.setdefault(row.seic_lv1_no, row.seic_lv1_desc)
            if row.seic_lv2_no and row.seic_lv2_desc:
                names.setdefault(row.seic_lv2_no, row.seic_lv2_desc)
    return names


class ClassifyRunner(QObject):
    """One job at a time. Signals are emitted on the GUI thread only."""

    rowsReset = Signal(object, object)  # list[ResultRow], Distribution (rows already answered)
    rowsAdded = Signal(object)  # list[ResultRow]
    progressChanged = Signal(object)  # RunProgress
    finished = Signal(object)  # RunEnd
    errorOccurred = Signal(str)  # a user message (the run could not start or broke)
    busyChanged = Signal(bool)

    def __init__(self, context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._task = None
        self._busy = False
        self._post = GuiPost(self)
        self.job_id: int | None = None
        self.lang = "en"
        self.jobs: list | None = None  # resumable jobs, read from the store once the list is needed
        self._jobs_read = False

    @property
    def busy(self) -> bool:
        """True from start until the worker has really stopped (also while a cancelled run winds down)."""
        return self._busy

    def start(
        self,
        numbers: Sequence[str],
        ids: Sequence[str],
        lang: str,
        *,
        refresh: bool,
        texts,
        raw_text: Mapping[str, str] | None = None,
    ) -> bool:
        """Classify a new list (or continue the unfinished job for the same list and language).

        ``raw_text``: key -> the entry as typed (``PatentInput.raw_text``), shown in the "input" column."""
        return self._launch(None, list(numbers), list(ids), lang, refresh, texts, dict(raw_text or {}))

    def resume(self, job_id: int, texts, raw_text: Mapping[str, str] | None = None) -> bool:
        """Continue a recorded job (pending and failed keys). Without ``raw_text`` (a job from the store,
        whose typed text is gone) the "input" column shows the keys."""
        return self._launch(job_id, [], [], None, None, texts, dict(raw_text or {}))

    def cancel(self) -> None:
        if self._task is not None and self._task.running:
            self._task.cancel()

    def _launch(self, job_id, numbers, ids, lang, refresh, texts, raw_text) -> bool:
        if self._busy:
            return False
        context = self._context
        client, store = context.client(), context.store()
        if client is None or store is None:
            self.errorOccurred.emit(
                self.tr("No connection is ready yet. Check the account in Account → Accounts… and try again.")
            )
            return False
        gen = self._post.next_run()
        profile = context.profile.name if context.profile is not None else ""
        ui_lang = context.api_lang()
        self._set_busy(True)

        async def work(ctx) -> None:
            try:
                await self._work(
                    ctx,
                    gen,
                    client,
                    store,
                    profile,
                    ui_lang,
                    job_id,
                    numbers,
                    ids,
                    lang,
                    refresh,
                    texts,
                    raw_text,
                )
            except Exception as exc:  # reported in words; the traceback goes to the log
                log.exception("classification run failed")
                text = context.tasks.user_message(exc)
                self._post(gen, self._ended, RunEnd(job_id, "error", fatal_message=text))

        self._task = context.tasks.run(lambda: self.tr("Classification"), work, owner=self, own_loop=True)
        return True

    # --- worker thread (its own asyncio loop) -------------------------------------------------------------
    async def _work(
        self, ctx, gen, client, store, profile, ui_lang, job_id, numbers, ids, lang, refresh, texts, raw_text
    ):
        from ipdesk.services import classify as svc

        cancel: threading.Event = ctx.cancel_event
        if job_id is None:
            keys = numbers + ids
            job_id = svc.find_resumable_job(store, keys, lang)
            if job_id is None:
                params = {"lang": lang, "refresh": refresh, "fingerprint": svc.fingerprint(keys, lang)}
                job_id = store.jobs.create_job(svc.JOB_KIND, params, keys)
        record = store.jobs.job(job_id)
        lang = record.params.get("lang", "en")
        refresh = bool(record.params.get("refresh", False))
        keys = store.jobs.job_keys(job_id)
        done_keys = set(store.jobs.done_keys(job_id))
        stored = store.results.get_results(svc.OP, keys, lang)
        shown = [k for k in keys if k in stored and (k in done_keys or not refresh)]
        key_of = {raw: key for key, raw in raw_text.items()}
        rows = to_result_rows(
            [r for k in shown for r in svc.rows_for(k, stored[k].payload, raw=raw_text.get(k))], texts, key_of
        )
        dist = Distribution()
        dist.add_rows(rows)
        self._post(gen, self._reset, job_id, lang, rows, dist)
        total = len(keys)
        before = len(shown)
        last: list[Progress] = []

        def on_progress(p: Progress) -> None:
            last[:] = [p]
            base = total - p.total  # keys answered before this run's fetches
            self._post(
                gen,
                self.progressChanged.emit,
                RunProgress(job_id, total, base + p.done, p.failed, p.remaining, p.calls, p.eta_seconds),
            )

        def on_rows(service_rows: list[svc.ClassRow]) -> None:
            self._post(gen, self.rowsAdded.emit, to_result_rows(service_rows, texts, key_of))

        job = svc.ClassifyJob(
            client,
            store,
            lang=lang,
            profile=profile,
            on_progress=on_progress,
            on_rows=on_rows,
            cancel=cancel,
            message_lang=ui_lang,
            raw_text=raw_text,
        )
        if cancel.is_set():
            store.jobs.set_job_status(job_id, "cancelled")
            outcome = None
        else:
            outcome = await job.resume(job_id)
        record = store.jobs.job(job_id)
        failures = store.jobs.failed_items(job_id)
        failed_rows = []
        for key, (code, message) in failures.items():
            text = failure_text(code, message, ui_lang)
            failed_rows.extend(to_result_rows([svc.failed_row(key, text, raw_text.get(key))], texts, key_of))
        end = RunEnd(
            job_id,
            record.status,
            total=record.total,
            done=record.done,
            failed=record.failed,
            pending=record.pending,
            calls=outcome.batch.calls if outcome is not None else 0,
            fatal_message=outcome.fatal.message(ui_lang) if outcome is not None and outcome.fatal else None,
            failed_rows=failed_rows,
            alt_names=alt_names(store, keys, "cn" if lang == "en" else "en"),
            keys=keys,
        )
        log.info(
            "classification job %s: %s (%d answered before, %d total)", job_id, record.status, before, total
        )
        self._post(gen, self._ended, end)

    # --- GUI thread -------------------------------------------------------------------------------------
    def _reset(self, job_id: int, lang: str, rows: list[ResultRow], dist: Distribution) -> None:
        self.job_id = job_id
        self.lang = lang
        self.rowsReset.emit(rows, dist)

    def _ended(self, end: RunEnd) -> None:
        self._task = None
        if end.job_id is not None:
            self.job_id = end.job_id
        self._set_busy(False)
        self.finished.emit(end)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    # --- job list --------------------------------------------------------------------------------------
    # Not read at start (that would open the store): when the Jobs button takes the focus or its menu opens,
    # after each run, and again after a profile switch once it has been read.
    def reload_jobs(self) -> None:
        self._jobs_read = True
        self.load_jobs(lambda jobs: setattr(self, "jobs", jobs))

    def jobs_wanted(self) -> None:
        """The list will be needed soon: read it now (on a worker) unless that was done."""
        if not self._jobs_read:
            self.reload_jobs()

    def jobs_changed(self) -> None:
        """The store changed (profile switch): read the list again if it was ever read (never show the old one)."""
        if self._jobs_read:
            self.jobs = None
            self.reload_jobs()

    def jobs_now(self) -> list:
        """The list to show now (read here, blocking, if it has not come in yet); then read again for next time."""
        if self.jobs is None:
            self.jobs = resumable_jobs(self._context.store)
        jobs = self.jobs
        self.reload_jobs()
        return jobs

    def load_jobs(self, on_result: Callable[[list], None]) -> None:
        """Resumable classification jobs (newest first), read on a worker."""
        store_of = self._context.store
        self._context.tasks.run(
            "jobs", lambda ctx: resumable_jobs(store_of), owner=self, on_result=on_result, show=False
        )


def resumable_jobs(store_of: Callable[[], object]) -> list:
    """Classification jobs with keys left or failed (newest first), from the store ``store_of()`` (blocking)."""
    store = store_of()
    if store is None:
        return []
    from ipdesk.services.classify import JOB_KIND

    return [j for j in store.jobs.list_jobs(kind=JOB_KIND) if j.pending or j.failed]
