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
            raise CliError(exc.en, exc.zh) from exc
        raise CliError(
            exc.en + " Or use --input - to read the list from standard input.",
            exc.zh + "也可以用 --input - 从标准输入读取列表。",
        ) from exc


def confirm_paid_work(calls: int, cached: int, *, yes: bool, interactive: bool) -> None:
    """The one rule for paid work (``services.cost``): above the threshold, ask (a terminal) or require
    ``--yes`` (a pipe, a script, or a list read from standard input, which cannot also answer the question)."""
    from ipdesk.services.cost import confirm_threshold, needs_confirmation

    threshold = confirm_threshold(load_profiles().backend.get)
    if yes or not needs_confirmation(calls, threshold):
        return
    if not interactive:
        raise CliError(
            f"This run makes {calls} paid API calls ({cached} answers come from the store), more than "
            f"{threshold}: add --yes to run it without asking.",
            f"本次运行将进行 {calls} 次付费 API 调用（{cached} 个结果来自本地库），超过 {threshold} 次："
            "加上 --yes 即可不经询问直接运行。",
            code=EXIT_USAGE,
        )
    lang = message_lang()
    question = (
        f"本次运行将进行 {calls} 次付费 API 调用（{cached} 个结果来自本地库）。继续吗？[y/N] "
        if lang == "zh"
        else f"This run makes {calls} paid API calls ({cached} answers come from the store). Continue? [y/N] "
    )
    sys.stderr.write(question)
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    if answer not in ("y", "yes", "是"):
        raise CliError("Nothing was sent.", "未发送任何请求。", code=EXIT_USAGE)


def cmd_classify(args: argparse.Namespace) -> int:
    from ipdesk.services.classify import COLUMNS, ClassifyJob, plan_classification
    from ipdesk.services.export import format_for, write_rows
    from ipdesk.services.patents import normalize_patent_list

    fmt = args.format or (format_for(args.output) if args.output else "csv")
    if fmt == "xlsx" and not args.output and sys.stdout.isatty():
        raise CliError(
            "XLSX output is binary: give --output FILE.xlsx (or redirect standard output to a file).",
            "XLSX 输出是二进制文件：请指定 --output FILE.xlsx（或将标准输出重定向到文件）。",
        )
    patents = normalize_patent_list(read_list(args.input, args.column))
    lang = message_lang()
    for entry in patents.invalid[:MAX_INVALID_SHOWN]:
        say(
            f"invalid (line {entry.line}): {entry.raw!r}: {entry.reason('en')}",
            f"无效（第 {entry.line} 行）：{entry.raw!r}：{entry.reason('zh')}",
        )
    if len(patents.invalid) > MAX_INVALID_SHOWN:
        more = len(patents.invalid) - MAX_INVALID_SHOWN
        say(f"... and {more} more invalid entries", f"……另有 {more} 个无效条目")
    if patents.unique == 0:
        raise CliError(
            "No valid patent numbers or ids in the input. Give one per line (e.g. US9800501B2, CN110650438A or a "
            "PatSnap patent id), in a text file, a .csv/.xlsx column (--column NAME) or on standard input.",
            "输入中没有有效的专利号或专利 ID。请每行一个（如 US9800501B2、CN110650438A 或 PatSnap 专利 ID），"
            "放在文本文件、.csv/.xlsx 的某一列（--column NAME）中或通过标准输入提供。",
        )
    ctx = session_for(args)
    with ctx:
        plan = plan_classification(ctx.store, patents.numbers, patents.ids, args.lang, refresh=args.refresh)
        say(
            f"{patents.unique} unique, {patents.duplicates} duplicates, {len(patents.invalid)} invalid, "
            f"{len(plan.cached)} already in the store, {plan.calls_needed} API calls needed",
            f"{patents.unique} 个不重复，{patents.duplicates} 个重复，{len(patents.invalid)} 个无效，"
            f"{len(plan.cached)} 个已在本地库中，需要 {plan.calls_needed} 次 API 调用",
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
            f"inputs: {patents.total_entries}, duplicates: {patents.duplicates}, invalid: {len(patents.invalid)}, "
            f"cached: {len(plan.cached)}, API calls made: {calls}, ok: {summary.ok}, none: {summary.none}, "
            f"not found: {summary.not_found}, failed: {failed}",
            f"输入：{patents.total_entries}，重复：{patents.duplicates}，无效：{len(patents.invalid)}，"
            f"本地已有：{len(plan.cached)}，API 调用：{calls}，成功：{summary.ok}，无分类：{summary.none}，"
            f"PatSnap 中未找到：{summary.not_found}，失败：{failed}",
        )
        if summary.same_patent:
            say(
                f"{summary.patents} distinct patents: {summary.same_patent} listed twice (by number and by "
                "PatSnap id); their rows are all kept.",
                f"不同专利 {summary.patents} 件：其中 {summary.same_patent} 件被列出两次（专利号和 PatSnap ID），"
                "各行均保留。",
            )
        if failed and outcome.fatal is None:
            say(
                "Some patents failed (see the status and error columns); run the same command again to retry "
                "only those.",
                "部分专利失败（见 status 和 error 列）；再次运行同一命令即可只重试这些专利。",
            )
    if outcome.fatal is not None:
        return fatal_exit(outcome.fatal)
    if summary.failed or summary.pending:
        return EXIT_FAILED
    return EXIT_OK
