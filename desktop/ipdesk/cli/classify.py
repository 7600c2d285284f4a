"""``ipdesk classify``: SEIC classification (P022) of a patent list from a file or standard input."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from ipdesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    ProgressLine,
    fatal_exit,
    load_profiles,
    message_lang,
    say,
    session_for,
)
from ipdesk.messages import clip, t

MAX_INVALID_SHOWN = 20


def read_list(source: str, column: str | None = None) -> str:
    """The text of a patent list: stdin ('-'), or a file read by the one table reader (the column named
    ``column``, else the one holding patents; the header row and lines above it are not entries)."""
    if source == "-":
        return sys.stdin.read()
    from ipdesk.services.tables import TableError, patent_score, read_column

    try:
        return "\n".join(read_column(source, column, patent_score))
    except TableError as exc:
        if Path(source).exists():
            raise CliError(exc.msg) from exc
        raise CliError("cli.input_unreadable", problem=exc.message(message_lang())) from exc


def confirm_paid_work(calls: int, cached: int, *, yes: bool, interactive: bool) -> None:
    """The one rule for paid work (``services.cost``): above the threshold, ask (a terminal) or require
    ``--yes`` (a pipe, a script, or a list read from standard input, which cannot also answer the question)."""
    from ipdesk.services.cost import confirm_threshold, needs_confirmation

    threshold = confirm_threshold(load_profiles().backend.get)
    if yes or not needs_confirmation(calls, threshold):
        return
    if not interactive:
        raise CliError("cli.paid_needs_yes", code=EXIT_USAGE, calls=calls, cached=cached, threshold=threshold)
    question = t("cli.paid_question", message_lang(), calls=calls, cached=cached)
    sys.stderr.write(question + " ")
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    if answer not in ("y", "yes", "是"):
        raise CliError("cli.nothing_sent", code=EXIT_USAGE)


def cmd_classify(args: argparse.Namespace) -> int:
    from ipdesk.services.classify import COLUMNS, ClassifyJob, plan_classification
    from ipdesk.services.export import format_for, write_rows
    from ipdesk.services.patents import normalize_patent_list

    fmt = args.format or (format_for(args.output) if args.output else "csv")
    if fmt == "xlsx" and not args.output and sys.stdout.isatty():
        raise CliError("cli.xlsx_needs_output")
    patents = normalize_patent_list(read_list(args.input, args.column))
    lang = message_lang()
    for entry in patents.invalid[:MAX_INVALID_SHOWN]:
        say("cli.invalid_entry", line=entry.line, entry=repr(clip(entry.raw)), reason=entry.reason(lang))
    if len(patents.invalid) > MAX_INVALID_SHOWN:
        more = len(patents.invalid) - MAX_INVALID_SHOWN
        say("cli.more_invalid", count=more)
    if patents.unique == 0:
        raise CliError("cli.no_valid_patents")
    ctx = session_for(args)
    with ctx:
        plan = plan_classification(ctx.store, patents.numbers, patents.ids, args.lang, refresh=args.refresh)
        say(
            "cli.classify_plan",
            unique=patents.unique,
            duplicates=patents.duplicates,
            invalid=len(patents.invalid),
            cached=len(plan.cached),
            calls=plan.calls_needed,
        )
        confirm_paid_work(
            plan.calls_needed,
            len(plan.cached),
            yes=args.yes,
            interactive=args.input != "-" and sys.stdin.isatty(),
        )
        progress = ProgressLine()
        job = ClassifyJob(
            ctx.client,
            ctx.store,
            lang=args.lang,
            profile=ctx.profile,
            on_progress=progress,
            message_lang=lang,
            raw_text=patents.raw_text,
        )
        try:
            outcome = asyncio.run(job.run(patents.numbers, patents.ids, refresh=args.refresh))
        finally:
            progress.end()
        calls = ctx.counter.calls["P022"]
        summary = outcome.summary
        if args.output:
            write_rows(outcome.rows, args.output, fmt, COLUMNS)
        elif fmt == "xlsx":
            write_rows(outcome.rows, sys.stdout.buffer, fmt, COLUMNS)
        else:
            write_rows(outcome.rows, sys.stdout, fmt, COLUMNS)
            sys.stdout.flush()
        failed = summary.failed + summary.pending
        say(
            "cli.classify_summary",
            inputs=patents.total_entries,
            duplicates=patents.duplicates,
            invalid=len(patents.invalid),
            cached=len(plan.cached),
            calls=calls,
            ok=summary.ok,
            none=summary.none,
            not_found=summary.not_found,
            failed=failed,
        )
        if summary.same_patent:
            say("cli.same_patent_twice", patents=summary.patents, twice=summary.same_patent)
        if failed and outcome.fatal is None:
            say("cli.some_failed")
    if outcome.fatal is not None:
        return fatal_exit(outcome.fatal)
    if summary.failed or summary.pending:
        return EXIT_FAILED
    return EXIT_OK
