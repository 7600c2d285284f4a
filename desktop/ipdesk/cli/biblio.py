"""``ipdesk biblio``: the bibliography (P011) of patents named on the command line and/or read from a file."""

from __future__ import annotations

import argparse
import asyncio
import sys

from ipdesk.cli.classify import confirm_paid_work, read_list, say_invalid
from ipdesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    CliError,
    ProgressLine,
    fatal_exit,
    message_lang,
    say,
    session_for,
)
from ipdesk.messages import t


def _entries(args: argparse.Namespace) -> list[str]:
    """The patents named on the command line, then those of --input (its patent column, or --column)."""
    entries = list(args.patents)
    if args.input:
        entries += read_list(args.input, args.column).splitlines()
    elif args.column:
        raise CliError("cli.risk_column_needs_input")
    if not entries:
        raise CliError("cli.biblio_no_patents")
    return entries


def cmd_biblio(args: argparse.Namespace) -> int:
    from ipdesk.services.biblio import (
        LIST_FIELDS,
        RECORD_FIELDS,
        BiblioService,
        biblio_calls,
        bibliography_record,
        failed_record,
        keys_to_fetch,
        stored_bibliographies,
    )
    from ipdesk.services.export import format_for, write_rows
    from ipdesk.services.patents import normalize_patent_list

    patents = normalize_patent_list("\n".join(_entries(args)))
    say_invalid(patents)
    if patents.unique == 0:
        raise CliError("cli.no_valid_patents")
    fmt = args.format or (format_for(args.output, "json") if args.output else "json")
    fmt = fmt if fmt in ("json", "csv") else "json"
    seen = {key: i for i, key in enumerate(patents.raw_text)}  # the order entered: numbers and ids mixed
    keys = sorted(patents.numbers + patents.ids, key=lambda k: seen.get(k, len(seen)))
    lang = message_lang()
    with session_for(args) as ctx:
        todo = keys_to_fetch(ctx.store, keys, refresh=args.refresh)
        cached, calls = len(keys) - len(todo), biblio_calls(todo)
        say("cli.biblio_plan", patents=len(keys), cached=cached, calls=calls)
        interactive = args.input != "-" and sys.stdin.isatty()
        confirm_paid_work(calls, cached, yes=args.yes, interactive=interactive)
        service = BiblioService(ctx.client, ctx.store, profile=ctx.profile)
        progress = ProgressLine()
        try:
            outcome = asyncio.run(service.fetch(keys, refresh=args.refresh, on_progress=progress))
        finally:
            progress.end()
        stored = stored_bibliographies(ctx.store, keys)
        made = ctx.counter.calls["P011"]
    records = []
    for key in keys:
        raw = patents.raw_text.get(key)
        if key in outcome.failures:
            error = outcome.failures[key]
            message = (
                f"{error.code}: {error.message(lang)}" if error.code is not None else error.message(lang)
            )
            records.append(failed_record(key, message, raw=raw))
        elif key in stored:
            records.append(bibliography_record(key, stored[key], raw=raw))
        else:
            records.append(failed_record(key, t("cli.biblio_not_fetched", lang), raw=raw))
    if fmt == "csv":  # one cell per list: its items joined by "; " (names hold commas)
        records = [{k: "; ".join(v) if k in LIST_FIELDS else v for k, v in r.items()} for r in records]
    write_rows(records, args.output or sys.stdout, fmt, RECORD_FIELDS)
    if not args.output:
        sys.stdout.flush()
    statuses = [r["status"] for r in records]
    failed = statuses.count("failed")
    say(
        "cli.biblio_summary",
        patents=len(keys),
        cached=cached,
        calls=made,
        found=statuses.count("ok"),
        not_found=statuses.count("not_found"),
        failed=failed,
    )
    if failed and outcome.fatal is None:
        say("cli.biblio_some_failed")
    if outcome.fatal is not None:
        return fatal_exit(outcome.fatal)
    return EXIT_FAILED if failed else EXIT_OK
