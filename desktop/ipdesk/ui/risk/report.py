"""File → Report… and File → Print… of the Risk tab: the report dialog over the watchlist.

The watchlist, its stored figures and each company's history are read from the store on a worker and the report
built there (``services.reports.risk``); no API call is made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ipdesk.ui.reports.dialog import ReportDialog, ReportOptions, report_source


def open_report(tab, *, print_when_ready: bool = False) -> ReportDialog | None:
    """The report dialog of ``tab`` (a RiskTab), shown; None (and a message) when the watchlist is empty."""
    if not tab.model.rows():
        tab.show_message(
            lambda: QCoreApplication.translate(
                "RiskTab", "Add companies to the watchlist first: the report is made of them."
            )
        )
        return None
    context = tab.context
    profile = context.profile.name if context.profile is not None else ""
    source = report_source(context)
    clock = tab.runner.clock

    def build(options: ReportOptions):
        from ipdesk.services.reports.risk import build_risk_report, watchlist_history
        from ipdesk.services.risk import RiskService
        from ipdesk.services.watchlist import WatchlistService

        store = context.store()
        risk = RiskService(None, store, profile=profile, now=clock)
        entries = WatchlistService(store).entries(risk)
        history = watchlist_history(risk, entries)
        return build_risk_report(entries, history, lang=options.lang, source=source, title=options.title)

    dialog = ReportDialog(context, build, parent=tab)
    dialog.start(print_when_ready=print_when_ready)
    return dialog
