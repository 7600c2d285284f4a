"""``ipdesk outline``: a patent's section outline (P073 + P019) as a table, JSON or text."""

from __future__ import annotations

import argparse
import asyncio
import json
import unicodedata

from ipdesk.cli.common import EXIT_FAILED, EXIT_OK, CliError, say, session_for


def cmd_outline(args: argparse.Namespace) -> int:
    from ipdesk.services.outline_service import OutlineService, build, default_lang
    from ipdesk.services.patents import InvalidEntry, parse_patent

    parsed = parse_patent(args.patent)
    if isinstance(parsed, InvalidEntry):
        raise CliError(
            f"{args.patent!r} is not a patent number or id: {parsed.reason('en')}",
            f"{args.patent!r} 不是专利号或专利 ID：{parsed.reason('zh')}",
        )
    by, patent = parsed
    lang = args.lang or default_lang(patent, by)
    with session_for(args) as ctx:
        service = OutlineService(ctx.client, ctx.store, profile=ctx.profile)
        data = asyncio.run(
            service.fetch(patent, lang, by=by, replace_by_related=args.related, refresh=args.refresh)
        )
    outline = build(data)
    for op, error in data.errors.items():
        say(f"{op}: {error.message('en')}", f"{op}：{error.message('zh')}")
    sections = [
        {
            "name": s.title,
            "category": s.category_name or s.category_id or "",
            "start": s.start,
            "end": s.end,
            "warnings": list(s.warnings),
        }
        for s in outline.sections
    ]
    if args.format == "json":
        related = data.description.pn_related if data.description is not None else None
        print(
            json.dumps(
                {
                    "patent": patent,
                    "lang": data.lang,
                    "pn_related": related,
                    "notes": outline.notes,
                    "sections": sections,
                },
                ensure_ascii=False,
                indent=1,
            )
        )
    elif args.format == "text":
        if not sections:
            print(outline.plain_text)
        for s in outline.sections:
            print(f"## {s.title}\n")
            if s.start is not None and s.end is not None:
                body = outline.plain_text[s.start : s.end].strip()
                print(body.removeprefix(s.title.strip()).strip() + "\n")  # the heading once
    else:
        print(f"{'start':>8}  {'end':>8}  {_pad('category', 24)}  name")
        for s in sections:
            start = "-" if s["start"] is None else s["start"]
            end = "-" if s["end"] is None else s["end"]
            print(f"{start:>8}  {end:>8}  {_pad(s['category'], 24)}  {s['name']}")
    if args.format != "json":
        _outline_notes(outline, data, lang)
    return EXIT_FAILED if data.errors else EXIT_OK


def _pad(text: str, width: int) -> str:
    """Left-aligned in `width` terminal columns (CJK characters take two)."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - used)


def _outline_notes(outline, data, lang: str) -> None:
    texts = [] if data.description is None else [t.lang for t in data.description.texts if t.lang]
    if "no_text" in outline.notes:
        say(
            "No description text is available for this patent; --related uses a family member's text.",
            "该专利没有说明书全文；使用 --related 可改用同族专利的全文。",
        )
    elif "no_sections" in outline.notes:
        other = [t for t in texts if t.upper() != lang]
        hint = f" The text is in {', '.join(other)}: try --lang {other[0].upper()}." if other else ""
        hint_zh = f"全文语言为 {', '.join(other)}：请尝试 --lang {other[0].upper()}。" if other else ""
        say(
            f"The service gives no section outline in {lang} for this patent.{hint}",
            f"服务没有提供该专利 {lang} 的章节结构。{hint_zh}",
        )
    if any(s.warnings for s in outline.sections) or set(outline.notes) - {"no_text", "no_sections"}:
        say(
            "Some section positions given by the service were corrected (see 'warnings' in --format json).",
            "服务给出的部分章节位置已被修正（见 --format json 中的 warnings）。",
        )
