"""Refresh and backfill commands of the Risk monitoring tab and how their results are shown: progress, rows
updated as companies come in, the summary, the backfill confirmation with its number of calls. The jobs run on
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
        if not keys:
            return False
        if reason == "add" and self.runner.busy:
            self._queued.extend(keys)
            return False
        started = self.runner.refresh(keys, reason=reason, force=force)
        if started:
            self.tab.progress.setRange(0, len(keys))
            self.tab.progress.setValue(0)
            self.tab.show_message(
                translate("RiskTab", "Refreshing companies: %1…").replace("%1", str(len(keys)))
            )
        elif self.context.client() is None:
            self.tab.show_message(translate("RiskTab", "Not connected yet; try again in a moment."))
        self.tab.update_buttons()
        return started

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
        self.tab.show_message(
            translate("RiskTab", "Companies refreshed: %1 of %2; refreshing the ones added meanwhile: %3…")
            .replace("%1", str(total - failed))
            .replace("%2", str(total))
            .replace("%3", str(len(keys)))
        )
        self.tab.update_buttons()
        return True

    def _refresh_finished(self, end: RunEnd) -> None:
        lang = self.context.api_lang()
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
            text = translate(
                "RiskTab", "The refresh stopped: %1 Companies refreshed before stay updated."
            ).replace("%1", end.fatal.message(lang))
        elif end.error:
            text = end.error
        elif end.cancelled:
            text = (
                translate("RiskTab", "Refresh cancelled: companies done: %1 of %2.")
                .replace("%1", str(end.done))
                .replace("%2", str(end.total))
            )
        else:
            text = (
                translate("RiskTab", "Companies refreshed: %1 of %2; %3 failed.")
                .replace("%1", str(total - failed))
                .replace("%2", str(total))
                .replace("%3", str(failed))
            )
        self.tab.show_message(text, status=True)
        self.tab.watchlist.changed.emit()
        self.tab.refresh_detail()

    def start_backfill(self, key: str, months: int):
        """Plan the C028 calls for ``months`` back (on a worker); ask with the number of calls before making any
        (the question is ``confirm_backfill``'s box). The planning task."""
        service = self.runner.service()
        today = self.tab.clock().date()
        return self.context.tasks.run(
            "backfill plan",
            lambda ctx: service.backfill_plan([key], months * 2, today=today),
            owner=self,
            on_result=self.confirm_backfill,
            on_error=self.tab.show_message,
            show=False,
        )

    def confirm_backfill(self, plan: list[str]) -> QMessageBox | None:
        if not plan:
            self.tab.show_message(
                translate("RiskTab", "The history for this period is already stored: no calls needed.")
            )
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("RiskTab", "Backfill history"),
            translate(
                "RiskTab", "API calls needed: %1 (C028, one per past release date not stored yet). Continue?"
            ).replace("%1", str(len(plan))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.tab,
        )
        box.setObjectName("riskBackfillConfirm")
        box.setProperty("calls", len(plan))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda answer: self.runner.backfill(plan) if answer == QMessageBox.StandardButton.Yes else None
        )
        box.open()
        return box

    def _backfill_finished(self, end: RunEnd) -> None:
        if end.fatal is not None:
            text = end.fatal.message(self.context.api_lang())
        else:
            text = (
                translate("RiskTab", "History backfilled: snapshots fetched: %1, API calls: %2.")
                .replace("%1", str(end.done))
                .replace("%2", str(end.calls))
            )
        self.tab.show_message(end.error or text, status=True)
        self.tab.refresh_detail()
