"""Refresh and backfill commands of the Risk monitoring tab and how their results are shown: progress, rows
updated as companies come in, the summary, and the one rule for paid work (``services.cost``) before a refresh
or a backfill the user starts: above the threshold, a question with the number of calls. The jobs run on
the shared ``RiskRunner`` (the release monitor's): a monitoring refresh started without the tab is shown too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from ipdesk.ui.risk.model import WatchlistModel
from ipdesk.ui.risk.refresh import RunEnd

if TYPE_CHECKING:
    from ipdesk.ui.risk.tab import RiskTab

translate = QCoreApplication.translate  # the texts are in the Risk tab's catalogue ("RiskTab")


class RunActions(QObject):
    def __init__(self, tab: RiskTab, context, model: WatchlistModel, runner) -> None:
        super().__init__(tab)
        self.tab = tab
        self.context = context
        self.model = model
        self.runner = runner
        self._queued: list[str] = []  # companies added while a job ran: refreshed after it
        self._carried = (
            0,
            0,
        )  # (total, failed) of the refresh a queued one follows: its end message counts them
        runner.companyDone.connect(self._company_done)
        runner.progressChanged.connect(self._progress)
        runner.finished.connect(self._finished)

    def refresh_selected(self) -> bool:
        return self.refresh_keys(self.tab.selected_keys())

    def refresh_all(self) -> bool:
        return self.refresh_keys([row.key for row in self.model.rows()])

    def refresh_keys(self, keys: list[str], *, reason: str = "manual", force: bool = False) -> bool:
        """Refresh the companies ``keys`` on the user's request: the calls are counted on a worker first
        (``RiskService.refresh_plan``: fresh stored answers cost nothing) and, above the paid-work threshold
        (``services.cost``), the user is asked. True when the count is under way (or the keys were queued)."""
        if not keys:
            return False
        if reason == "add" and self.runner.busy:
            self._queued.extend(keys)
            return False
        refusal = self.context.paid_work_refusal()  # a read-only, damaged or unopenable database
        if refusal is not None:
            self.tab.show_message(refusal)
            return False
        if self.context.client() is None:
            self.tab.show_message(lambda: translate("RiskTab", "Not connected yet; try again in a moment."))
            return False
        service = self.runner.service()

        def planned(plan) -> None:
            if self.runner.busy:
                if reason == "add":
                    self._queued.extend(plan.keys)
                return
            self.ask_paid_work(
                plan.calls,
                plan.stored,
                lambda: self._start_refresh(list(plan.keys), reason, force),
                "riskRefreshConfirm",
            )

        self.context.tasks.run(
            "refresh plan",
            lambda ctx: service.refresh_plan(keys, force=force),
            owner=self,
            on_result=planned,
            on_error=self.tab.show_message,
            show=False,
        )
        return True

    def _start_refresh(self, keys: list[str], reason: str, force: bool) -> bool:
        started = self.runner.refresh(keys, reason=reason, force=force)
        if started:
            self.tab.progress.setRange(0, len(keys))
            self.tab.progress.setValue(0)
            count = len(keys)
            self.tab.show_message(
                lambda: translate("RiskTab", "Refreshing companies: %1…").replace("%1", str(count))
            )
        elif self.context.client() is None:
            self.tab.show_message(lambda: translate("RiskTab", "Not connected yet; try again in a moment."))
        self.tab.update_buttons()
        return started

    def confirm_threshold(self) -> int:
        from ipdesk.services.cost import confirm_threshold

        settings = getattr(self.context, "settings", None)
        return confirm_threshold(settings.value if settings is not None else None)

    def ask_paid_work(self, calls: int, cached: int, start, name: str) -> QMessageBox | None:
        """The one rule for paid work (``services.cost``): at or below the threshold ``start()`` at once;
        above it, a window-modal question (objectName ``name``) saying how many calls and how many answers
        come from the store, and ``start()`` on Yes. The question, or None when it ran without asking."""
        from ipdesk.services.cost import needs_confirmation

        if not needs_confirmation(calls, self.confirm_threshold()):
            start()
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("RiskTab", "Paid API calls"),
            translate(
                "RiskTab", "This run makes %1 paid API calls; %2 answers come from the store. Start it?"
            )
            .replace("%1", str(calls))
            .replace("%2", str(cached)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.tab,
        )
        box.setObjectName(name)
        box.setProperty("calls", calls)
        box.setProperty("cached", cached)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)

        def answered(_result: int) -> None:
            if box.clickedButton() is yes and not self.runner.busy:
                start()

        box.finished.connect(answered)
        box.open()
        return box

    def _progress(self, done: int, total: int) -> None:
        self.tab.progress.setRange(0, max(total, 1))
        self.tab.progress.setValue(done)

    def _company_done(self, risk) -> None:
        self.model.update(risk.key, trend=risk.trend, current=risk.current, error=None)

    def _finished(self, end: RunEnd) -> None:
        if end.kind == "backfill":
            self._backfill_finished(end)
        else:
            self._refresh_finished(end)
        if self._queued and not self.runner.busy:
            keys, self._queued = self._queued, []
            self.refresh_keys(keys, reason="add")

    def _follow_with_queued(self, total: int, failed: int) -> bool:
        """Start the refresh of the companies added while the last refresh ran, counting ``total`` and
        ``failed`` in its end message; False when there are none (or it cannot start)."""
        if not self._queued or self.runner.busy:
            return False
        keys, self._queued = self._queued, []
        if not self.runner.refresh(keys, reason="add"):
            return False
        self._carried = (total, failed)
        self.tab.progress.setRange(0, len(keys))
        self.tab.progress.setValue(0)
        added = len(keys)
        self.tab.show_message(
            lambda: (
                translate(
                    "RiskTab", "Companies refreshed: %1 of %2; refreshing the ones added meanwhile: %3…"
                )
                .replace("%1", str(total - failed))
                .replace("%2", str(total))
                .replace("%3", str(added))
            )
        )
        self.tab.update_buttons()
        return True

    def _refresh_finished(self, end: RunEnd) -> None:
        watched = {c.key: c for c in end.watched}
        changes = {}
        for risk in end.companies:
            row = self.model.row_for(risk.key)
            if row is None:
                continue
            fields = {"company": watched.get(risk.key, row.company)}
            if risk.trend is not None:
                fields.update(trend=risk.trend, current=risk.current, error=None)
            elif risk.error is not None:
                fields["error"] = risk.error
            changes[risk.key] = fields
        self.model.update_many(changes)
        carried, self._carried = self._carried, (0, 0)
        total, failed = end.total + carried[0], end.failed + carried[1]
        normal = end.fatal is None and not end.error and not end.cancelled
        if normal and self._follow_with_queued(total, failed):
            self.tab.watchlist.changed.emit()
            return
        if end.fatal is not None:
            fatal = end.fatal

            def text() -> str:
                return translate(
                    "RiskTab", "The refresh stopped: %1 Companies refreshed before stay updated."
                ).replace("%1", fatal.message(self.context.api_lang()))
        elif end.error:
            error = end.error

            def text() -> str:
                return error
        elif end.cancelled:

            def text() -> str:
                return (
                    translate("RiskTab", "Refresh cancelled: companies done: %1 of %2.")
                    .replace("%1", str(end.done))
                    .replace("%2", str(end.total))
                )
        else:

            def text() -> str:
                return (
                    translate("RiskTab", "Companies refreshed: %1 of %2; %3 failed.")
                    .replace("%1", str(total - failed))
                    .replace("%2", str(total))
                    .replace("%3", str(failed))
                )

        self.tab.show_message(text, status=True)
        self.tab.watchlist.changed.emit()
        self.tab.refresh_detail()

    def start_backfill(self, key: str, months: int):
        """Plan the C028 calls for ``months`` back (on a worker); above the paid-work threshold ask first with
        the number of calls and of snapshots already stored (``ask_paid_work``). The planning task."""
        service = self.runner.service()
        today = self.tab.clock().date()
        releases_back = months * 2

        def plan(ctx) -> tuple[list[str], int]:
            entries = service.backfill_plan([key], releases_back, today=today)
            return entries, max(releases_back - len(entries), 0)  # the snapshots the store already holds

        return self.context.tasks.run(
            "backfill plan",
            plan,
            owner=self,
            on_result=lambda result: self.confirm_backfill(*result),
            on_error=self.tab.show_message,
            show=False,
        )

    def confirm_backfill(self, plan: list[str], stored: int = 0) -> QMessageBox | None:
        if not plan:
            self.tab.show_message(
                lambda: translate(
                    "RiskTab", "The history for this period is already stored: no calls needed."
                )
            )
            return None
        return self.ask_paid_work(
            len(plan), stored, lambda: self.runner.backfill(plan), "riskBackfillConfirm"
        )

    def _backfill_finished(self, end: RunEnd) -> None:
        if end.error:
            error = end.error

            def text() -> str:
                return error
        elif end.fatal is not None:
            fatal = end.fatal

            def text() -> str:
                return fatal.message(self.context.api_lang())
        else:

            def text() -> str:
                return (
                    translate("RiskTab", "History backfilled: snapshots fetched: %1, API calls: %2.")
                    .replace("%1", str(end.done))
                    .replace("%2", str(end.calls))
                )

        self.tab.show_message(text, status=True)
        self.tab.refresh_detail()
