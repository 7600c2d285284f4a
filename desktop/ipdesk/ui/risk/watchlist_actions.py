"""Watchlist commands of the Risk monitoring tab: load, add (with check-character stop and "Query anyway"),
import, remove, note/tags, "seen". Every store read and write runs on a task-layer worker through
``services.watchlist``; the model is changed on the GUI thread when the work is done."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from ipdesk.services.companies import classify_company, to_query
from ipdesk.services.risk import RiskService, stored_error
from ipdesk.services.watchlist import WatchlistService
from ipdesk.ui.risk.importer import ColumnDialog
from ipdesk.ui.risk.model import WatchlistModel, WatchRow

if TYPE_CHECKING:
    from ipdesk.ui.risk.tab import RiskTab

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the texts are in the Risk tab's catalogue ("RiskTab")


class WatchlistActions(QObject):
    """Owned by the tab; ``idle`` is False while a watchlist read or write is under way."""

    loaded = Signal()  # the watchlist of the current database is shown
    changed = Signal()  # rows were added, removed or their entries changed (tags may differ)

    def __init__(self, tab: RiskTab, context, model: WatchlistModel, runner) -> None:
        super().__init__(tab)
        self.tab = tab
        self.context = context
        self.model = model
        self.runner = runner
        self.demo_in_use: bool | None = None  # the mode (each has its database) of the watchlist shown
        self._pending_entry = None
        self._pending = 0
        self._seen_pending: set[str] = set()
        self._load_generation = 0  # only the latest load is shown (an earlier one may end later)

    @property
    def idle(self) -> bool:
        return self._pending == 0

    def _run(
        self,
        work: Callable[[WatchlistService], object],
        on_result: Callable[[object], None],
        *,
        always: bool = False,
    ):
        """Run ``work(service)`` on a worker (the database is opened there if need be); ``on_result`` on the
        GUI thread (when there is no database: not called, or with None if ``always``)."""
        self._pending += 1

        def job(ctx):
            store = self.context.store()
            return (store, None if store is None else work(WatchlistService(store)))

        def done(result) -> None:
            self._pending -= 1
            store, value = result
            if store is not None or always:
                on_result(value)

        def failed(text: str) -> None:
            self._pending -= 1
            self.tab.show_message(text)

        return self.context.tasks.run(
            "watchlist", job, owner=self, on_result=done, on_error=failed, show=False
        )

    # -- loading ----------------------------------------------------------------------------------------------
    def load(self):
        """Read the watchlist, the last stored figures and the error of a failed last refresh (on a worker).
        In demo mode an empty watchlist gets the sandbox's sample companies, ready for Refresh all."""
        demo = bool(self.context.demo)
        profile = self.context.profile.name if self.context.profile is not None else ""
        self._load_generation += 1
        generation = self._load_generation

        def work(service: WatchlistService) -> list[WatchRow]:
            risk = RiskService(None, service.store, profile=profile, now=self.runner.clock)
            samples = ()
            if demo:  # the front-end knows the sandbox; the service is given its sample companies
                from ipdesk.sandbox.demo import demo_companies

                samples = [sample["credit_code"] for sample in demo_companies()]
            entries = service.entries(risk, samples=samples)
            return [WatchRow(e.company, e.trend, e.current, e.error) for e in entries]

        def done(rows: list[WatchRow] | None) -> None:
            if generation != self._load_generation:
                return  # a later load (another profile or mode) is the one to show
            self.demo_in_use = demo
            self.model.set_rows(rows or [])
            self.loaded.emit()

        return self._run(work, done, always=True)

    # -- add / import / remove ------------------------------------------------------------------------------
    def add_text(self, text: str, *, anyway: bool = False, refresh: bool = True):
        """Add one company as typed (stored on a worker; then selected and refreshed). A code failing its check
        is stopped (message + "Query anyway"). The task, or None when stopped."""
        entry = classify_company(text)
        if not entry.value:
            self._show_check(entry.check.message(self.context.api_lang()), None)
            return None
        if entry.check is not None and not entry.check.ok and not anyway:
            self._show_check(entry.check.message(self.context.api_lang()), entry)
            return None
        query = to_query(entry, allow_unverified=anyway)
        self._show_check("", None)
        self.tab.add_edit.clear()

        def done(added) -> None:
            key = added.company.key
            self.model.upsert(self.model.row_for(key) or WatchRow(added.company, error=added.error))
            self.changed.emit()
            self.tab.select_key(key)
            if refresh:
                self.tab.jobs.refresh_keys([key], reason="add")

        return self._run(lambda s: s.entry(query.kind, query.value, verify_override=anyway), done)

    def query_anyway(self):
        entry, self._pending_entry = self._pending_entry, None
        if entry is None:
            return None
        return self.add_text(entry.value, anyway=True)

    def _show_check(self, text: str, entry) -> None:
        self._pending_entry = entry
        self.tab.check_label.setText(text)
        self.tab.check_label.setVisible(bool(text))
        self.tab.anyway_button.setVisible(entry is not None)

    def import_path(self, path: str, column: int | str | None = None) -> None:
        """Import a table file, read on a worker by the one table reader: with ``column`` (index or header) at
        once, else the user picks the column in a dialog. A file that cannot be read is said in the message."""

        def read(ctx):
            from ipdesk.services.tables import company_score, read_table

            table = read_table(path, column=column, score=company_score)
            return table, None if column is None else table.find_column(column)

        def loaded(result) -> None:
            table, index = result
            if index is not None:
                self.import_values(table.values(index))
                return
            dialog = ColumnDialog(table, self.tab)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self.import_values(dialog.values()))
            dialog.open()

        self.context.tasks.run(
            translate("RiskTab", "Import companies"),
            read,
            owner=self.tab,
            on_result=loaded,
            on_error=self.tab.show_message,
            show=False,
        )

    def import_values(self, values: list[str]):
        """Add companies on a worker (no call is made: refresh them afterwards); codes failing their check are
        skipped. The message says how many were added."""

        def done(outcome) -> None:
            new_rows = [
                WatchRow(company, error=stored_error(company))
                for company in outcome.companies
                if self.model.row_for(company.key) is None
            ]
            before = self.model.rowCount()
            self.model.append_rows(new_rows)
            added = self.model.rowCount() - before
            skipped = ", ".join(outcome.skipped[:10])

            def text() -> str:  # called again on a language change
                words = translate("RiskTab", "Companies added: %1. Use Refresh to fetch their data.").replace(
                    "%1", str(added)
                )
                if skipped:
                    words += " " + translate("RiskTab", "Skipped (check character wrong): %1").replace(
                        "%1", skipped
                    )
                return words

            self.tab.show_message(text)
            self.changed.emit()

        return self._run(lambda s: s.add_values(values), done)

    def remove_selected(self) -> int:
        """Remove the selected companies (at once from the table, from the database on a worker)."""
        rows = self.tab.selected_rows()
        for row in rows:
            self.model.remove(row.key)
        ids = [row.company.id for row in rows]
        self._run(lambda s: s.remove(ids), lambda _none: None)
        self.changed.emit()
        return len(rows)

    def save_note(self, key: str, note: str, tags: list[str]) -> None:
        row = self.model.row_for(key)
        if row is None:
            return

        def done(company) -> None:
            self.model.update(key, company=company)
            self.changed.emit()
            self.tab.show_message(lambda: translate("RiskTab", "Note and tags saved."))

        company_id = row.company.id
        self._run(lambda s: s.update(company_id, note=note, tags=tags), done)

    def mark_seen(self, key: str) -> None:
        row = self.model.row_for(key)
        if row is None or not row.company.flags_new or key in self._seen_pending:
            return
        store = self.context.store()
        if store is None or store.read_only:  # browsed, not written: the flags stay new until it can be
            return
        self._seen_pending.add(key)

        def done(company) -> None:
            self._seen_pending.discard(key)
            self.model.update(key, company=company)

        company_id = row.company.id
        self._run(lambda s: s.update(company_id, flags_new=False), done)
