"""``ipdesk report classify|risk``: a classified list or the watchlist as a finished report (PDF or XLSX).

The same services as ``ipdesk classify`` and ``ipdesk risk`` (answers from the store, or fetched under the one
rule for paid work), the same report builders as the GUI's report dialog (``services.reports``); the format comes
from ``--out``'s extension: ``.xlsx`` (``services.reports.xlsx``) or ``.pdf`` (``ipdesk.documents``, Qt's PDF
writer, on an offscreen platform when there is no display)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ipdesk.cli.common import EXIT_FAILED, EXIT_OK, CliError, fatal_exit, message_lang, say, session_for

REPORT_FORMATS = (".pdf", ".xlsx")
_app: list = []  # the QGuiApplication a PDF needs, kept for the process's life


def _target(args: argparse.Namespace) -> str:
    suffix = Path(args.out).suffix.lower()
    if suffix not in REPORT_FORMATS:
        raise CliError("cli.report_format", path=args.out)
    return suffix


def _lang(args: argparse.Namespace) -> str:
    """The report's language: --lang, else the user's (LANG)."""
    return args.lang or message_lang()


def _source(args: argparse.Namespace, ctx):
    from ipdesk.services.reports.cover import Source

    return Source(endpoint=ctx.base_url, profile=ctx.profile, sample=bool(args.demo))


def write_report(report, path: str) -> None:
    """Write ``report`` as its extension says and tell where (and how many pages a PDF has)."""
    if Path(path).suffix.lower() == ".xlsx":
        from ipdesk.services.reports.xlsx import write_report_xlsx

        write_report_xlsx(report, path)
        say("cli.report_written", path=path)
        return
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:  # fonts and painting need one; a command line has no display
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app.append(QGuiApplication(["ipdesk"]))
    from ipdesk.documents.pdf import write_pdf

    pages = write_pdf(report, path)
    say("cli.report_written_pdf", path=path, pages=pages)


def _answer_lang(store, patents, preferred: str, args: argparse.Namespace) -> str:
    """The language of the SEIC answers a report is built from: the one the store already holds more of (the
    builder names the industries in the report's language from the bundled taxonomy, so a list classified in
    English makes a Chinese report without buying Chinese answers), else the report's own."""
    from ipdesk.services.classify import plan_classification

    if args.refresh:
        return preferred
    other = "en" if preferred == "cn" else "cn"
    needed = {
        lang: plan_classification(store, patents.numbers, patents.ids, lang).calls_needed
        for lang in (preferred, other)
    }
    return other if needed[other] < needed[preferred] else preferred


def cmd_report_classify(args: argparse.Namespace) -> int:
    from ipdesk.cli.classify import classify_patents, read_patents, run_status, tell_summary
    from ipdesk.services.reports.classify import build_classify_report

    _target(args)
    lang = _lang(args)
    patents, entered = read_patents(args)
    with session_for(args) as ctx:
        answers = _answer_lang(ctx.store, patents, "cn" if lang == "zh" else "en", args)
        outcome, plan, calls = classify_patents(ctx, args, patents, answers, entered)
        tell_summary(patents, plan, calls, outcome)
        if outcome.fatal is not None:
            return fatal_exit(outcome.fatal)
        report = build_classify_report(
            outcome.rows,
            patents,
            lang=lang,
            source=_source(args, ctx),
            title=args.title or "",
            calls=calls,
            from_store=len(plan.cached),
        )
    write_report(report, args.out)
    return run_status(outcome, ctx.store)


def cmd_report_risk(args: argparse.Namespace) -> int:
    from ipdesk.cli.risk import refresh_companies
    from ipdesk.services.reports.risk import build_risk_report, watchlist_history
    from ipdesk.services.risk import RiskService
    from ipdesk.services.watchlist import WatchlistService

    _target(args)
    lang = _lang(args)
    with session_for(args) as ctx:
        service = RiskService(ctx.client, ctx.store, profile=ctx.profile)
        watchlist = WatchlistService(ctx.store)
        samples: list[str] = []
        if args.demo:  # an empty demo watchlist starts with the sandbox's companies, as in the GUI
            from ipdesk.sandbox.demo import demo_companies

            samples = [company["credit_code"] for company in demo_companies()]
        entries = watchlist.entries(service, samples=samples)
        if not entries:
            raise CliError("cli.report_no_companies")
        outcome, history_outcome = refresh_companies(service, [e.company.key for e in entries], args)
        fatal = outcome.fatal or (history_outcome.fatal if history_outcome is not None else None)
        if fatal is not None:
            return fatal_exit(fatal)
        entries = watchlist.entries(service)
        report = build_risk_report(
            entries,
            watchlist_history(service, entries),
            lang=lang,
            source=_source(args, ctx),
            title=args.title or "",
        )
    write_report(report, args.out)
    return EXIT_FAILED if any(c.error is not None for c in outcome.companies) else EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    return {"classify": cmd_report_classify, "risk": cmd_report_risk}[args.report_kind](args)
