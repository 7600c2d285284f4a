"""Runs risk refresh and backfill jobs off the GUI thread (one at a time), through the shell's task layer.

A job runs on a task-layer worker inside its own asyncio loop (``own_loop=True``) so the store reads, the batch
bookkeeping and the parsing happen there; the GUI thread only receives finished ``CompanyRisk`` objects through
the qasync loop (``tasks.GuiPost``) as signals of ``RiskRunner``. Cancel sets the task's cancel event: no
new call is sent, calls in flight finish and are stored, and ``finished`` comes when the worker has stopped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ipdesk.api.errors import ApiError
from ipdesk.services.risk import CompanyRisk, RiskService
from ipdesk.ui.core.tasks import GuiPost

log = logging.getLogger(__name__)


def refresh_task_name() -> str:  # called each time the status bar shows the task: follows the language
    return QCoreApplication.translate("RiskRunner", "Refresh risk data")


def backfill_task_name() -> str:
    return QCoreApplication.translate("RiskRunner", "Backfill risk history")


Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class RunEnd:
    kind: str  # "refresh" | "backfill"
    reason: str  # "manual" | "monitor" | "add"
    companies: list[CompanyRisk] = field(default_factory=list)
    watched: list = field(default_factory=list)  # WatchedCompany list after the run
    previous_checks: dict[str, object] = field(default_factory=dict)  # key -> last_release_checked before
    done: int = 0
    failed: int = 0
    calls: int = 0
    total: int = 0
    cancelled: bool = False
    fatal: ApiError | None = None
    error: str | None = None  # an unexpected failure, as words for the user


class RiskRunner(QObject):
    companyDone = Signal(object)  # CompanyRisk (fetched now)
    progressChanged = Signal(int, int)  # done (incl. failed), total
    finished = Signal(object)  # RunEnd
    busyChanged = Signal(bool)

    def __init__(self, context, parent: QObject | None = None, *, clock: Clock = utc_now) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.task = None
        self._busy = False
        self._post = GuiPost(self)

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def service(self) -> RiskService:
        profile = self.context.profile.name if self.context.profile is not None else ""
        return RiskService(self.context.client(), self.context.store(), profile=profile, now=self.clock)

    def _start(self, name: Callable[[], str], body, end: RunEnd, *, ask_on_close: bool = True) -> bool:
        if self._busy or self.context.client() is None or self.context.store() is None:
            return False
        generation = self._post.next_run()
        service = self.service()

        async def work(ctx):
            def progress(p) -> None:
                ctx.progress(p.done + p.failed, p.total)

            try:
                await body(service, ctx, progress, generation, end)
            except Exception as exc:  # noqa: BLE001 - reported to the user below, details to the log
                log.exception("risk job failed")
                end.error = self.context.tasks.user_message(exc)
            finally:
                self._post(generation, self._finish, end)

        try:
            self.task = self.context.tasks.run(
                name,
                work,
                owner=self,
                on_progress=lambda d, t: self.progressChanged.emit(d, t),
                own_loop=True,
                ask_on_close=ask_on_close,
            )
        except RuntimeError:  # the task layer is shut down: the app is quitting
            return False
        self._set_busy(True)
        return True

    def _finish(self, end: RunEnd) -> None:
        self.task = None
        self._set_busy(False)
        self.finished.emit(end)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    # -- jobs -----------------------------------------------------------------------------------------------
    def refresh(self, keys: Sequence[str], *, reason: str = "manual", force: bool = False) -> bool:
        """Refresh C029 + C027 of the companies (fresh stored answers are used unless ``force``)."""
        keys = list(dict.fromkeys(keys))
        if not keys:
            return False
        end = RunEnd("refresh", reason, total=len(keys))

        async def body(service: RiskService, ctx, progress, generation, end: RunEnd) -> None:
            store = service.store
            end.previous_checks = {c.key: c.last_release_checked for c in store.watchlist.list_companies()}

            def company(risk: CompanyRisk) -> None:
                self._post(generation, self.companyDone.emit, risk)

            outcome = await service.refresh(
                keys, force=force, on_progress=progress, on_company=company, cancel=ctx.cancel_event
            )
            end.companies = outcome.companies
            end.done, end.failed, end.calls = outcome.batch.done, outcome.batch.failed, outcome.batch.calls
            end.cancelled, end.fatal = outcome.batch.cancelled, outcome.fatal
            end.watched = store.watchlist.list_companies()

        # the release monitor's own refresh runs again at the next start: quitting need not ask about it
        return self._start(refresh_task_name, body, end, ask_on_close=reason != "monitor")

    def backfill(self, plan: Sequence[str]) -> bool:
        """Fetch the C028 snapshots of a backfill plan (one call per entry)."""
        end = RunEnd("backfill", "manual", total=len(plan))

        async def body(service: RiskService, ctx, progress, generation, end: RunEnd) -> None:
            outcome = await service.backfill(list(plan), on_progress=progress, cancel=ctx.cancel_event)
            end.done, end.failed, end.calls = outcome.done, outcome.failed, outcome.calls
            end.cancelled, end.fatal = outcome.cancelled, outcome.fatal

        return self._start(backfill_task_name, body, end)
