"""``ipdesk risk``: patent risk warnings of companies (C029 + C027, C028 history)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from ipdesk.cli.common import EXIT_FAILED, EXIT_OK, CliError, ProgressLine, fatal_exit, say, session_for


def _companies(args: argparse.Namespace) -> list[str]:
    """The companies named on the command line, then those of --input's column (the one table reader)."""
    companies = list(args.companies)
    if args.input:
        from ipdesk.services.tables import TableError, company_score, read_column

        try:
            companies += read_column(args.input, args.column, company_score)
        except TableError as exc:
            raise CliError(exc.en, exc.zh) from exc
    elif args.column:
        raise CliError("--column needs --input FILE.", "--column 需要与 --input FILE 一起使用。")
    if not companies:
        raise CliError(
            "No companies given: name them (a name, credit code or organisation code each), or read them from a "
            "file with --input FILE [--column NAME].",
            "未提供企业：请直接列出（企业名称、统一社会信用代码或组织机构代码），或用 --input FILE [--column NAME] "
            "从文件读取。",
        )
    return companies


def _queries(args: argparse.Namespace):
    from ipdesk.services.companies import classify_company, to_query

    queries, wrong_en, wrong_zh = [], [], []
    for text in _companies(args):
        entry = classify_company(text)
        if not entry.value:
            raise CliError(
                f"Empty company entry {text!r}: give a company name, a credit code or an organisation code.",
                f"空的企业条目 {text!r}：请提供企业名称、统一社会信用代码或组织机构代码。",
            )
        check = entry.check
        if check is not None and not check.ok and not args.no_verify:
            wrong_en.append(f"{entry.display}: {check.detail_en or check.message_en}")
            wrong_zh.append(f"{entry.display}：{check.detail_zh or check.message_zh}")
            continue
        queries.append(to_query(entry, allow_unverified=args.no_verify))
    if wrong_en:  # every wrong code at once, before any call
        raise CliError(
            "\n".join(wrong_en)
            + "\nNo call was made; correct the code(s), or use --no-verify to send them anyway.",
            "\n".join(wrong_zh) + "\n未发出任何请求；请更正代码，或使用 --no-verify 仍然查询。",
        )
    return queries


def cmd_risk(args: argparse.Namespace) -> int:
    from ipdesk.services.risk import RiskService, company_key, growth_record

    keys = list(dict.fromkeys(company_key(q) for q in _queries(args)))
    with session_for(args) as ctx:
        service = RiskService(ctx.client, ctx.store, profile=ctx.profile)
        progress = ProgressLine()
        try:
            outcome = asyncio.run(service.refresh(keys, force=args.refresh, on_progress=progress))
            history_outcome = None
            if args.history and outcome.fatal is None:
                plan = service.backfill_plan(
                    [c.key for c in outcome.companies if c.error is None], args.releases
                )
                say(
                    f"History: {len(plan)} C028 calls for snapshots not stored yet "
                    f"(last {args.releases} release dates).",
                    f"历史：需要 {len(plan)} 次 C028 调用获取尚未保存的快照（最近 {args.releases} 个发布日）。",
                )
                history_outcome = asyncio.run(service.backfill(plan, on_progress=progress))
        finally:
            progress.end()
        records = []
        for company in outcome.companies:
            record = growth_record(company)
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
    for record in records:
        print(f"{record.get('company_name') or record['company']}  [{record['company']}]")
        if record["error"]:
            print(f"  error: {record['error']}")
            continue
        print(
            f"  flags: {record['flags'] or '-'}  score: {record['score']}"
            + (f"  new: {record['new_flags']}" if record["new_flags"] else "")
        )
        for name, value in record.items():
            if name.endswith("_growth"):
                print(f"  {name:<36} {'unknown' if value is None else value}")
        for snap in record.get("history", []):
            values = ", ".join(f"{k}={'?' if v is None else v}" for k, v in snap.items() if k != "date")
            print(f"  {snap['date']}: {values}")
    if not records:
        print("(no companies)", file=sys.stderr)
