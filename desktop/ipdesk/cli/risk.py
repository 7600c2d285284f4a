"""``ipdesk risk``: patent risk warnings of companies (C029 + C027, C028 history)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from ipdesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    CliError,
    ProgressLine,
    fatal_exit,
    message_lang,
    refuse_call,
    say,
    session_for,
)
from ipdesk.messages import clip, t


def _companies(args: argparse.Namespace) -> list[str]:
    """The companies named on the command line, then those of --input's column (the one table reader)."""
    companies = list(args.companies)
    if args.input:
        from ipdesk.services.tables import TableError, company_score, read_column

        try:
            companies += read_column(args.input, args.column, company_score)
        except TableError as exc:
            raise CliError(exc.msg) from exc
    elif args.column:
        raise CliError("cli.risk_column_needs_input")
    if not companies:
        raise CliError("cli.risk_no_companies")
    return companies


def _queries(args: argparse.Namespace):
    from ipdesk.services.companies import classify_company, to_query

    lang = message_lang()
    queries, wrong = [], []
    for text in _companies(args):
        entry = classify_company(text)
        if not entry.value:
            raise CliError("cli.empty_company", entry=repr(clip(text)))
        check = entry.check
        if check is not None and not check.ok and not args.no_verify:
            wrong.append(t("cli.wrong_code", lang, company=clip(entry.display), problem=check.detail(lang)))
            continue
        queries.append(to_query(entry, allow_unverified=args.no_verify))
    if wrong:  # every wrong code at once, before any call
        raise CliError("cli.wrong_codes", codes="\n".join(wrong))
    return queries


def refresh_companies(service, keys: list[str], args: argparse.Namespace):
    """Refresh ``keys`` (``--refresh``: even fresh ones) and with ``--history`` back-fill ``--releases`` of their
    history, under the one rule for paid work (both counted together, before any call). Returns the refresh's
    outcome and the back-fill's (None without ``--history`` or after a fatal error)."""
    from ipdesk.cli.classify import confirm_paid_work

    plan = service.refresh_plan(keys, force=args.refresh)
    history_calls = len(service.backfill_plan(keys, args.releases)) if args.history else 0
    say("cli.risk_plan", calls=plan.calls, cached=plan.stored, companies=len(keys))
    if service.client is None and plan.calls + history_calls:  # a read-only store: what it holds, no call
        needs = [
            key
            for key in keys
            if service.refresh_plan([key], force=args.refresh).calls
            or (args.history and service.backfill_plan([key], args.releases))
        ]
        raise refuse_call(clip(", ".join(needs)))
    confirm_paid_work(plan.calls + history_calls, plan.stored, yes=args.yes, interactive=sys.stdin.isatty())
    progress = ProgressLine()
    history_outcome = None
    try:
        outcome = asyncio.run(service.refresh(keys, force=args.refresh, on_progress=progress))
        if args.history and outcome.fatal is None:
            backfill = service.backfill_plan(
                [c.key for c in outcome.companies if c.error is None], args.releases
            )
            say("cli.history_plan", calls=len(backfill), releases=args.releases)
            history_outcome = asyncio.run(service.backfill(backfill, on_progress=progress))
    finally:
        progress.end()
    return outcome, history_outcome


def cmd_risk(args: argparse.Namespace) -> int:
    from ipdesk.services.risk import RiskService, company_key, growth_record

    keys = list(dict.fromkeys(company_key(q) for q in _queries(args)))
    with session_for(args, browse=True) as ctx:
        service = RiskService(ctx.client, ctx.store, profile=ctx.profile)
        outcome, history_outcome = refresh_companies(service, keys, args)
        records = []
        for company in outcome.companies:
            record = growth_record(company, lang=message_lang() if args.format is None else "en")
            if args.history:
                record["history"] = [
                    {
                        "date": s.date,
                        **{k: v for k, v in s.patent_count.items()},
                        **{f"event_{k}": v for k, v in s.event_count.items()},
                    }
                    for s in service.history(company.key)
                ]
            records.append(record)
    _print_risk(records, args.format)
    fatal = outcome.fatal or (history_outcome.fatal if history_outcome is not None else None)
    if fatal is not None:
        return fatal_exit(fatal)
    failed = any(c.error is not None or c.trend is None for c in outcome.companies)
    if history_outcome is not None and history_outcome.failed:
        failed = True
    return EXIT_FAILED if failed else EXIT_OK


def _print_risk(records: list[dict], fmt: str | None) -> None:
    if fmt == "json":
        print(json.dumps(records, ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        from ipdesk.services.export import write_csv

        flat = [{k: v for k, v in r.items() if k != "history"} for r in records]
        columns = list(dict.fromkeys(k for r in flat for k in r))
        write_csv(flat, sys.stdout, columns)
        return
    lang = message_lang()
    for record in records:
        print(f"{record.get('company_name') or record['company']}  [{record['company']}]")
        if record["error"]:
            print("  " + t("cli.risk_error", lang, message=record["error"]))
            continue
        line = t("cli.risk_flags", lang, flags=record["flags"] or "-", score=record["score"])
        if record["new_flags"]:
            line = t("cli.risk_flags_new", lang, flags_score=line, new=record["new_flags"])
        print("  " + line)
        for name, value in record.items():
            if name.endswith("_growth"):
                print(f"  {name:<36} {t('cli.risk_unknown', lang) if value is None else value}")
        for snap in record.get("history", []):
            values = ", ".join(f"{k}={'?' if v is None else v}" for k, v in snap.items() if k != "date")
            print(f"  {snap['date']}: {values}")
    if not records:
        say("cli.no_companies")
