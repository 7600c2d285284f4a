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

from ipdesk.services.portfolio import Distribution
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
    following: bool = False  # the same list runs in another window or process: this run waits for its answers


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
    failed_rows: list[svc.ClassRow] = field(default_factory=list)
    alt_names: dict[str, str] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)
    with_biblio: bool = False  # the list was classified with bibliography (P011)


@dataclass(frozen=True)
class RunRequest:
    """What to run: a new list (``job_id`` None) or a recorded job to continue."""

    job_id: int | None
    numbers: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    lang: str | None = None
    refresh: bool | None = None
    raw_text: dict[str, str] = field(default_factory=dict)  # key -> the entry as typed
    with_biblio: bool = False  # fetch the bibliography (P011) too
    entered: str | None = None  # the list as entered (the text box), kept with a new job


def normalize(text: str) -> PatentInput:
    """The typed list, normalised (``services.patents`` is imported when there is a list)."""
    from ipdesk.services.patents import normalize_patent_list

    return normalize_patent_list(text)


def count_input(
    text: str,
    lang: str,
    refresh: bool,
    store_of: Callable[[], object],
    parsed: PatentInput | None = None,
    *,
    with_biblio: bool = False,
) -> tuple[PatentInput, int, int, int]:
    """The counts line's numbers (blocking, for a worker): the parsed list (``parsed`` when the text was
    normalised already), how many are already in the store ``store_of()``, the API calls needed, and how many
    of them fetch the bibliography (``with_biblio``; else 0)."""
    parsed = parsed if parsed is not None else normalize(text)
    store = store_of()
    if store is None:
        from ipdesk.services.batch import calls_needed

        # nothing stored: every key is fetched, the bibliography batched like the classification
        calls = calls_needed(len(parsed.numbers), len(parsed.ids))
        return parsed, 0, calls * (2 if with_biblio else 1), calls if with_biblio else 0
    from ipdesk.services.classify import plan_classification

    plan = plan_classification(
        store, parsed.numbers, parsed.ids, lang, refresh=refresh, with_biblio=with_biblio
    )
    return parsed, len(plan.cached), plan.calls_needed, plan.biblio_calls


class ClassifyRunner(QObject):
    """One job at a time. Signals are emitted on the GUI thread only."""

    rowsReset = Signal(
        object, object, bool
    )  # list[ClassRow], Distribution (rows already answered), with_biblio
    rowsAdded = Signal(object)  # list[ClassRow]
    progressChanged = Signal(object)  # RunProgress
    finished = Signal(object)  # RunEnd
    errorOccurred = Signal(str)  # a user message (the run could not start or broke)
    busyChanged = Signal(bool)
    jobsLoaded = Signal()  # the resumable jobs were (re)read: ``jobs``

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
        raw_text: Mapping[str, str] | None = None,
        with_biblio: bool = False,
        entered: str | None = None,
    ) -> bool:
        """Classify a new list (or continue the unfinished job for the same list and language).

        ``raw_text``: key -> the entry as typed (``PatentInput.raw_text``), shown in the "input" column;
        ``with_biblio``: fetch each patent's bibliography (P011) too; ``entered``: the text the list was parsed
        from, kept with a new job (its invalid and duplicate lines reopen with it)."""
        return self._launch(
            RunRequest(
                None, list(numbers), list(ids), lang, refresh, dict(raw_text or {}), with_biblio, entered
            )
        )

    def resume(self, job_id: int, raw_text: Mapping[str, str] | None = None) -> bool:
        """Continue a recorded job (pending and failed keys). Without ``raw_text`` (a job from the store,
        whose typed text is gone) the "input" column shows the keys."""
        return self._launch(RunRequest(job_id, raw_text=dict(raw_text or {})))

    def cancel(self) -> None:
        if self._task is not None and self._task.running:
            self._task.cancel()

    def _launch(self, request: RunRequest) -> bool:
        if self._busy:
            return False
        context = self._context
        client, store = context.client(), context.store()
        refusal = context.paid_work_refusal()  # the database cannot take answers: not the account's fault
        if refusal is not None:
            self.errorOccurred.emit(refusal)
            return False
        if client is None:
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
                end = await self._work(ctx, gen, client, store, profile, ui_lang, request)
            except Exception as exc:  # reported in words; the traceback goes to the log
                log.exception("classification run failed")
                end = RunEnd(request.job_id, "error", fatal_message=context.tasks.user_message(exc))
            self._post(gen, self._ended, end)

        self._task = context.tasks.run(lambda: self.tr("Classification"), work, owner=self, own_loop=True)
        return True

    # --- worker thread (its own asyncio loop) -------------------------------------------------------------
    async def _work(self, ctx, gen, client, store, profile, ui_lang, request: RunRequest):
        """The service's ClassifyJob, run as the command line runs it; this only forwards what it reports."""
        from ipdesk.services import classify as svc

        cancel: threading.Event = ctx.cancel_event
        total = 0

        def on_start(started_id: int, job_lang: str, rows: list[svc.ClassRow]) -> None:
            nonlocal total
            total = len(store.jobs.job_keys(started_id))
            dist = Distribution()
            dist.add_rows(rows)
            # a resumed job says itself whether it fetches the bibliography
            self._post(gen, self._reset, started_id, job_lang, rows, dist, job.with_biblio)

        def on_progress(p: Progress) -> None:
            base = total - p.total  # keys answered before this run's fetches
            done = RunProgress(
                job.job_id, total, base + p.done, p.failed, p.remaining, p.calls, p.eta_seconds, job.following
            )
            self._post(gen, self.progressChanged.emit, done)

        job = svc.ClassifyJob(
            client,
            store,
            lang=request.lang or "en",
            profile=profile,
            on_progress=on_progress,
            on_rows=lambda rows: self._post(gen, self.rowsAdded.emit, rows),
            on_start=on_start,
            cancel=cancel,
            message_lang=ui_lang,
            raw_text=request.raw_text,
            with_biblio=request.with_biblio,
            entered=request.entered,
        )
        if request.job_id is None:
            outcome = await job.run(request.numbers, request.ids, refresh=bool(request.refresh))
        else:
            outcome = await job.resume(request.job_id)
        if outcome.store_error is not None:
            return _store_stopped(outcome, store, ui_lang)
        record = store.jobs.job(outcome.job_id)
        keys = store.jobs.job_keys(outcome.job_id)
        log.info("classification job %s: %s (%d keys)", outcome.job_id, record.status, len(keys))
        return RunEnd(
            outcome.job_id,
            record.status,
            total=record.total,
            done=record.done,
            failed=record.failed,
            pending=record.pending,
            calls=outcome.batch.calls,
            fatal_message=outcome.fatal.message(ui_lang) if outcome.fatal else None,
            failed_rows=svc.failed_rows(store, outcome.job_id, ui_lang, request.raw_text),
            alt_names=svc.alt_names(store, keys, "cn" if job.lang == "en" else "en"),
            keys=keys,
            with_biblio=job.with_biblio,
        )

    # --- GUI thread -------------------------------------------------------------------------------------
    def _reset(self, job_id: int, lang: str, rows: list, dist: Distribution, with_biblio: bool) -> None:
        self.job_id = job_id
        self.lang = lang
        self.rowsReset.emit(rows, dist, bool(with_biblio))

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

        def loaded(jobs: list) -> None:
            self.jobs = jobs
            self.jobsLoaded.emit()

        self.load_jobs(loaded)

    def jobs_wanted(self) -> None:
        """The list will be needed soon: read it now (on a worker) unless that was done."""
        if not self._jobs_read:
            self.reload_jobs()

    def jobs_changed(self) -> None:
        """The store changed (profile switch): read the list again if it was ever read (never show the old one)."""
        if self._jobs_read:
            self.jobs = None
            self.reload_jobs()

    def jobs_now(self) -> list | None:
        """The list to show now, None while it is still being read (on a worker: never on the GUI thread); it is
        read again for next time."""
        jobs = self.jobs
        self.reload_jobs()
        return jobs

    def load_jobs(self, on_result: Callable[[list], None]) -> None:
        """Resumable classification jobs (newest first), read on a worker."""
        store_of = self._context.store
        self._context.tasks.run(
            "jobs", lambda ctx: _resumable_jobs(store_of), owner=self, on_result=on_result, show=False
        )


def _store_stopped(outcome, store, lang: str) -> RunEnd:
    """The end of a run the store could not take answers for: what is wrong, what to do, where the answers are."""
    from ipdesk.messages import t

    summary = outcome.summary
    words = [outcome.store_error.message(lang)]
    spool = (store.spool.written or store.spool.path) if store.spool is not None else ""
    if outcome.spooled:
        words.append(t("store.answers_spooled", lang, count=outcome.spooled, spool=spool))
    if outcome.unsaved > outcome.spooled:
        words.append(t("store.answers_not_kept", lang, count=outcome.unsaved - outcome.spooled, spool=spool))
    return RunEnd(
        outcome.job_id,
        "cancelled",
        total=summary.unique,
        done=summary.ok + summary.none + summary.not_found,
        failed=summary.failed,
        pending=summary.pending,
        calls=outcome.batch.calls,
        fatal_message="\n".join(words),
    )


def _resumable_jobs(store_of: Callable[[], object]) -> list:
    """The resumable classification jobs of the store ``store_of()`` (blocking; none without a store)."""
    store = store_of()
    if store is None:
        return []
    from ipdesk.services.classify import resumable_jobs

    return resumable_jobs(store)
