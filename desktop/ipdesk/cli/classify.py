"""``ipdesk classify``: SEIC classification (P022) of a patent list from a file or standard input, with
``--with-biblio`` each patent's bibliography (P011) too."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from ipdesk.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    CliExit,
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


def say_invalid(patents) -> None:
    """The invalid entries of a patent list (the first ``MAX_INVALID_SHOWN``) on stderr, each with why."""
    lang = message_lang()
    for entry in patents.invalid[:MAX_INVALID_SHOWN]:
        say("cli.invalid_entry", line=entry.line, entry=repr(clip(entry.raw)), reason=entry.reason(lang))
    if len(patents.invalid) > MAX_INVALID_SHOWN:
        say("cli.more_invalid", count=len(patents.invalid) - MAX_INVALID_SHOWN)


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


def read_patents(args: argparse.Namespace):
    """(the list of ``--input`` (``--column``) normalised, the text it was read as); its invalid lines told on
    stderr (CliError when no entry is valid)."""
    from ipdesk.services.patents import normalize_patent_list

    text = read_list(args.input, args.column)
    patents = normalize_patent_list(text)
    say_invalid(patents)
    if patents.unique == 0:
        raise CliError("cli.no_valid_patents")
    return patents, text


def classify_patents(ctx, args: argparse.Namespace, patents, lang: str, entered: str | None = None):
    """Classify ``patents`` in ``lang`` ("en" | "cn") in the session ``ctx``, with their bibliography when
    ``--with-biblio``: the plan told, the one rule for paid work applied, answers from the store or fetched
    (resuming the same list's unfinished job); ``entered``: the text of the list, kept with a new job so the
    GUI reopens it with its invalid and duplicate lines. Returns the outcome, the plan and the calls made
    (P022 + P011)."""
    from ipdesk.services.classify import ClassifyJob, plan_classification

    plan = plan_classification(
        ctx.store, patents.numbers, patents.ids, lang, refresh=args.refresh, with_biblio=args.with_biblio
    )
    counts = {
        "unique": patents.unique,
        "duplicates": patents.duplicates,
        "invalid": len(patents.invalid),
        "cached": len(plan.cached),
        "calls": plan.calls_needed,
    }
    if args.with_biblio:
        say("cli.classify_plan_biblio", **counts, seic=plan.seic_calls, biblio=plan.biblio_calls)
    else:
        say("cli.classify_plan", **counts)
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
        lang=lang,
        profile=ctx.profile,
        on_progress=progress,
        message_lang=message_lang(),
        raw_text=patents.raw_text,
        on_follow=lambda job_id: say("cli.already_running"),
        with_biblio=args.with_biblio,
        entered=entered,
    )
    try:
        outcome = asyncio.run(job.run(patents.numbers, patents.ids, refresh=args.refresh))
    except KeyboardInterrupt:
        progress.end()
        raise CliExit(interrupted(job, ctx.store)) from None
    progress.end()
    return outcome, plan, ctx.counter.calls["P022"] + ctx.counter.calls["P011"]


def tell_summary(patents, plan, calls: int, outcome) -> None:
    """The run's summary on stderr."""
    summary = outcome.summary
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
    if failed and outcome.fatal is None and outcome.store_error is None:
        say("cli.some_failed")


def run_status(outcome, store) -> int:
    """The exit code of a classification run: 1 when the store could not take the answers (saying what to do and
    where they are kept), 3 for a fatal error, 1 when some entries failed, else 0."""
    if outcome.store_error is not None:
        return store_stopped(outcome, store)
    if outcome.fatal is not None:
        return fatal_exit(outcome.fatal)
    if outcome.summary.failed or outcome.summary.pending:
        return EXIT_FAILED
    return EXIT_OK


def cmd_classify(args: argparse.Namespace) -> int:
    from ipdesk.services.classify import export_columns
    from ipdesk.services.classify_export import write_classification
    from ipdesk.services.export import format_for

    fmt = args.format or (format_for(args.output) if args.output else "csv")
    if fmt == "xlsx" and not args.output and sys.stdout.isatty():
        raise CliError("cli.xlsx_needs_output")
    patents, entered = read_patents(args)
    with session_for(args) as ctx:
        outcome, plan, calls = classify_patents(ctx, args, patents, args.lang, entered)
        target = args.output or (sys.stdout.buffer if fmt == "xlsx" else sys.stdout)
        write_classification(
            outcome.rows,
            target,
            fmt,
            export_columns(args.with_biblio),
            inputs=patents,
            input_lines=args.input_lines,
            lang=message_lang(),
        )
        if not args.output:
            sys.stdout.flush()
        tell_summary(patents, plan, calls, outcome)
        return run_status(outcome, ctx.store)


def store_stopped(outcome, store) -> int:
    """The store could not take the answers: what is wrong, what to do, and where the paid answers are."""
    lang = message_lang()
    print(outcome.store_error.message(lang), file=sys.stderr, flush=True)
    spool = (store.spool.written or store.spool.path) if store.spool is not None else ""
    if outcome.spooled:
        say("store.answers_spooled", count=outcome.spooled, spool=spool)
    if outcome.unsaved > outcome.spooled:
        say("store.answers_not_kept", count=outcome.unsaved - outcome.spooled, spool=spool)
    return EXIT_FAILED


def interrupted(job, store) -> int:
    """Ctrl+C: the answers already received are stored (a second Ctrl+C does not stop that), then how much is
    stored and how to resume."""
    import signal

    from ipdesk.services.store import StoreError

    job.cancel.set()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # the answers being written are written
    try:
        if job.keeper is not None:
            job.keeper.wait_idle(5.0)
        record = None
        if job.job_id is not None:
            try:
                store.jobs.set_job_status(job.job_id, "cancelled")
                record = store.jobs.job(job.job_id)
            except StoreError:
                record = None
        if record is not None:
            say("cli.classify_interrupted", stored=record.done, total=record.total, pending=record.pending)
        else:
            say("cli.interrupted")
    finally:
        signal.signal(signal.SIGINT, previous)
    return EXIT_INTERRUPTED
