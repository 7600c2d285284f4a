"""``ipdesk classify``: SEIC classification (P022) of a patent list from a file or standard input."""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import sys
from pathlib import Path

from ipdesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    CliError,
    ProgressLine,
    fatal_exit,
    message_lang,
    open_context,
    say,
)

MAX_INVALID_SHOWN = 20


def _first_row_is_header(cells: list[str]) -> bool:
    from ipdesk.services.patents import InvalidEntry, parse_patent

    return bool(cells) and isinstance(parse_patent(cells[0]), InvalidEntry)


def _column_values(rows: list[list[str]], column: str | None) -> list[str]:
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return []
    index = 0
    if column is not None:
        header = [c.strip().lower() for c in rows[0]]
        if column.strip().lower() not in header:
            raise CliError(
                f"No column named '{column}' (columns: {', '.join(rows[0])}).",
                f"没有名为 '{column}' 的列（现有列：{', '.join(rows[0])}）。",
            )
        index = header.index(column.strip().lower())
        rows = rows[1:]
    elif _first_row_is_header(rows[0]):
        rows = rows[1:]
    return [r[index] for r in rows if index < len(r) and r[index].strip()]


def read_list(source: str, column: str | None = None) -> str:
    """The text of a patent list: stdin ('-'), a text file, or one column of a .csv / .xlsx file."""
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.exists() or path.is_dir():
        raise CliError(
            f"Cannot read {source}: no such file. Check the path, or use --input - to read the list from "
            f"standard input.",
            f"无法读取 {source}：文件不存在。请检查路径，或用 --input - 从标准输入读取列表。",
        )
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        rows = [
            ["" if v is None else str(v) for v in row]
            for row in book.worksheets[0].iter_rows(values_only=True)
        ]
        book.close()
        return "\n".join(_column_values(rows, column))
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    if suffix == ".csv" or column is not None:
        return "\n".join(_column_values(list(csv.reader(io.StringIO(text))), column))
    return text


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
        say("cli.invalid_entry", line=entry.line, entry=repr(entry.raw), reason=entry.reason(lang))
    if len(patents.invalid) > MAX_INVALID_SHOWN:
        more = len(patents.invalid) - MAX_INVALID_SHOWN
        say("cli.more_invalid", count=more)
    if patents.unique == 0:
        raise CliError("cli.no_valid_patents")
    ctx = open_context(args)
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
            failed=failed,
        )
        if failed and outcome.fatal is None:
            say("cli.some_failed")
    if outcome.fatal is not None:
        return fatal_exit(outcome.fatal)
    if summary.failed or summary.pending:
        return EXIT_FAILED
    return EXIT_OK
