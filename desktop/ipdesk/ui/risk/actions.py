"""Watchlist commands of the Risk monitoring tab: load, add (with check-character stop and "Query anyway"),
import, remove, note/tags, refresh results, backfill with a confirmed call count, exports, clipboard."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ipdesk.api.errors import BadRequestError, CompanyNotFoundError
from ipdesk.api.models import parse_risk_counts
from ipdesk.services import export as exporter
from ipdesk.services import releases
from ipdesk.services.companies import classify_company, to_query
from ipdesk.services.risk import CURRENT_OP, stored_error
from ipdesk.ui.risk.importer import ColumnDialog, history_rows, report_row
from ipdesk.ui.risk.model import WatchRow, flag_label
from ipdesk.ui.risk.refresh import RunEnd

log = logging.getLogger(__name__)


class RiskActionsMixin:
    # -- loading ----------------------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the watchlist, the last stored figures and the error of a failed last refresh (on a worker),
        then start monitoring. In demo mode an empty watchlist gets the sandbox's sample companies, ready for
        Refresh all."""
        self._watch_store = self.context.store()

        def work(ctx):
            store = self.context.store()
            if store is None:
                return []
            service = self.runner.service()
            companies = store.watchlist.list_companies()
            if not companies and self.context.demo:  # demo mode (its own database): a sample watchlist
                from ipdesk.sandbox.demo import demo_companies

                for sample in demo_companies():
                    store.watchlist.add_company("credit_code", sample["credit_code"])
                companies = store.watchlist.list_companies()
            rows = []
            for company in companies:
                stored = service.stored(company.key, fresh_only=False)
                trend, current = (stored.trend, stored.current) if stored else (None, None)
                # the error its last refresh failed with is shown as a live failure is (no call made)
                rows.append(WatchRow(company, trend, current, stored_error(company)))
            return rows

        def done(rows) -> None:
            self.model.set_rows(rows)
            self._loaded = True
            self._fill_tag_filter()
            self._update_buttons()
            self._client_ready()

        self.context.tasks.run(
            "risk watchlist", work, owner=self, on_result=done, on_error=self.show_message, show=False
        )

    def store(self):
        return self.context.store()

    # -- add / import / remove ------------------------------------------------------------------------------
    def add_text(self, text: str, *, anyway: bool = False, refresh: bool = True):
        """Add one company as typed. A code failing its check is stopped (message + "Query anyway")."""
        entry = classify_company(text)
        if not entry.value:
            self._show_check(entry.check.message(self.context.api_lang()), None)
            return None
        if entry.check is not None and not entry.check.ok and not anyway:
            self._show_check(entry.check.message(self.context.api_lang()), entry)
            return None
        query = to_query(entry, allow_unverified=anyway)
        self._show_check("", None)
        company = self.store().watchlist.add_company(query.kind, query.value, verify_override=anyway)
        self.model.upsert(self.model.row_for(company.key) or WatchRow(company, error=stored_error(company)))
        self.add_edit.clear()
        self._update_buttons()
        self.select_key(company.key)
        if refresh:
            self.refresh_keys([company.key], reason="add")
        return company

    def query_anyway(self):
        entry, self._pending_entry = self._pending_entry, None
        if entry is None:
            return None
        return self.add_text(entry.value, anyway=True)

    def _show_check(self, text: str, entry) -> None:
        self._pending_entry = entry
        self.check_label.setText(text)
        self.check_label.setVisible(bool(text))
        self.anyway_button.setVisible(entry is not None)

    def import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import companies"), "", self.tr("Tables (*.csv *.xlsx);;All files (*)")
        )
        if path:
            self.import_path(path)

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
            dialog = ColumnDialog(table, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self.import_values(dialog.values()))
            dialog.open()

        self.context.tasks.run(
            self.tr("Import companies"),
            read,
            owner=self,
            on_result=loaded,
            on_error=self.show_message,
            show=False,
        )

    def import_values(self, values: list[str]) -> int:
        """Add companies (no call is made: refresh them afterwards); codes failing their check are skipped."""
        new_rows, skipped = [], []
        store = self.store()
        for value in values:
            entry = classify_company(value)
            if not entry.value:
                continue
            if entry.check is not None and not entry.check.ok:
                skipped.append(entry.display)
                continue
            company = store.watchlist.add_company(entry.kind, entry.value)
            if self.model.row_for(company.key) is None:
                new_rows.append(WatchRow(company, error=stored_error(company)))
        before = self.model.rowCount()
        self.model.append_rows(new_rows)
        added = self.model.rowCount() - before
        text = self.tr("Companies added: %1. Use Refresh to fetch their data.").replace("%1", str(added))
        if skipped:
            text += " " + self.tr("Skipped (check character wrong): %1").replace(
                "%1", ", ".join(skipped[:10])
            )
        self.show_message(text)
        self._fill_tag_filter()
        self._update_buttons()
        return added

    def remove_selected(self) -> int:
        rows = self.selected_rows()
        for row in rows:
            self.store().watchlist.remove_company(row.company.id)
            self.model.remove(row.key)
        self._fill_tag_filter()
        self._update_buttons()
        return len(rows)

    def save_note(self, key: str, note: str, tags: list[str]) -> None:
        row = self.model.row_for(key)
        if row is None:
            return
        company = self.store().watchlist.update_company(row.company.id, note=note, tags=tags)
        self.model.update(key, company=company)
        self._fill_tag_filter()
        self.show_message(self.tr("Note and tags saved."))

    def mark_seen(self, key: str) -> None:
        row = self.model.row_for(key)
        if row is not None and row.company.flags_new:
            self.model.update(
                key, company=self.store().watchlist.update_company(row.company.id, flags_new=False)
            )

    # -- refresh ----------------------------------------------------------------------------------------------
    def refresh_selected(self) -> bool:
        return self.refresh_keys(self.selected_keys())

    def refresh_all(self) -> bool:
        return self.refresh_keys([row.key for row in self.model.rows()])

    def refresh_keys(self, keys: list[str], *, reason: str = "manual", force: bool = False) -> bool:
        if not keys:
            return False
        started = self.runner.refresh(keys, reason=reason, force=force)
        if started:
            self.progress.setRange(0, len(keys))
            self.progress.setValue(0)
            self.show_message(self.tr("Refreshing companies: %1…").replace("%1", str(len(keys))))
        elif self.context.client() is None:
            self.show_message(self.tr("Not connected yet; try again in a moment."))
        self._update_buttons()
        return started

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _company_done(self, risk) -> None:
        self.model.update(risk.key, trend=risk.trend, current=risk.current, error=None)

    def _finished(self, end: RunEnd) -> None:
        lang = self.context.api_lang()
        if end.kind == "backfill":
            self._backfill_finished(end)
            return
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
        if end.fatal is not None:
            text = self.tr("The refresh stopped: %1 Companies refreshed before stay updated.").replace(
                "%1", end.fatal.message(lang)
            )
        elif end.error:
            text = end.error
        elif end.cancelled:
            text = (
                self.tr("Refresh cancelled: companies done: %1 of %2.")
                .replace("%1", str(end.done))
                .replace("%2", str(end.total))
            )
        else:
            text = (
                self.tr("Companies refreshed: %1 of %2; %3 failed.")
                .replace("%1", str(end.total - end.failed))
                .replace("%2", str(end.total))
                .replace("%3", str(end.failed))
            )
        self.show_message(text, status=True)
        if end.reason == "monitor":
            self._after_monitor(end)  # after the summary, so the alert is what stays shown
        self._fill_tag_filter()
        self._refresh_detail()
        if self._monitor_waiting:
            self.monitor.check()

    def _after_monitor(self, end: RunEnd) -> None:
        release = releases.latest_release(self.clock().date())
        for risk in end.companies:
            row = self.model.row_for(risk.key)
            if row is not None and isinstance(risk.error, CompanyNotFoundError | BadRequestError):
                self.model.update(
                    risk.key,
                    company=self.store().watchlist.update_company(
                        row.company.id, last_release_checked=release
                    ),
                )
        news = [r for r in end.companies if r.new and end.previous_checks.get(r.key) is not None]
        if not news:
            return
        parts, names = [], []
        for risk in news:
            row = self.model.row_for(risk.key)
            name = row.name if row is not None else risk.key
            names.append(name)
            flags = ", ".join(f"{flag_label(f)} +{risk.flags[f]}" for f in sorted(risk.new))
            parts.append(f"{name}: {flags}")
        title = self.tr("IP Desk: new patent risk signals")
        self.monitor.announce(
            names, title, self.tr("Flags appeared or grew for: %1").replace("%1", "; ".join(parts))
        )

    # -- history ----------------------------------------------------------------------------------------------
    def history_points(self, key: str) -> list[tuple[date, object]]:
        """Stored C028 snapshots plus the current C027 counts (at the release they were fetched in)."""
        store = self.store()
        if store is None:
            return []
        points = {}
        for counts in self.runner.service().history(key):
            if counts.date:
                day = date(int(counts.date[:4]), int(counts.date[4:6]), int(counts.date[6:8]))
                points[day] = counts
        current = store.results.get_result(CURRENT_OP, key)
        if current is not None:
            day = releases.latest_release(current.fetched_at.date())
            points.setdefault(day, parse_risk_counts(current.payload))
        return sorted(points.items())

    def start_backfill(self, key: str, months: int) -> QMessageBox | None:
        """Plan the C028 calls for ``months`` back; ask with the number of calls before making any."""
        plan = self.runner.service().backfill_plan([key], months * 2, today=self.clock().date())
        if not plan:
            self.show_message(self.tr("The history for this period is already stored: no calls needed."))
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Backfill history"),
            self.tr(
                "API calls needed: %1 (C028, one per past release date not stored yet). Continue?"
            ).replace("%1", str(len(plan))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
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
                self.tr("History backfilled: snapshots fetched: %1, API calls: %2.")
                .replace("%1", str(end.done))
                .replace("%2", str(end.calls))
            )
        self.show_message(end.error or text, status=True)
        self._refresh_detail()

    # -- export / clipboard ---------------------------------------------------------------------------------
    def _save_path(self, title: str, name: str) -> str:
        path, _f = QFileDialog.getSaveFileName(
            self, title, name, self.tr("CSV (*.csv);;Excel workbook (*.xlsx)")
        )
        return path

    def export(self) -> None:
        path = self._save_path(self.tr("Export the watchlist report"), "watchlist.csv")
        if path:
            self.export_report(path)

    def export_report(self, path: str) -> int:
        rows = [report_row(row) for row in self.model.rows()]
        count = exporter.write_rows(rows, path, exporter.format_for(path))
        self.show_message(self.tr("Companies exported: %1.").replace("%1", str(count)))
        return count

    def export_history(self, key: str) -> None:
        path = self._save_path(self.tr("Export the company history"), "history.csv")
        if path:
            self.export_history_to(key, path)

    def export_history_to(self, key: str, path: str) -> int:
        count = exporter.write_rows(history_rows(self.history_points(key)), path, exporter.format_for(path))
        self.show_message(self.tr("Snapshots exported: %1.").replace("%1", str(count)))
        return count

    def select_all(self) -> None:
        self.table.selectAll()

    def copy(self) -> None:
        indexes = sorted(self.table.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
        lines: dict[int, list[str]] = {}
        for index in indexes:
            lines.setdefault(index.row(), []).append(str(index.data() or ""))
        QGuiApplication.clipboard().setText("\n".join("\t".join(cells) for cells in lines.values()))
