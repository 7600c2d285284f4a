"""``ipdesk outline``: a patent's section outline (P073 + P019) as a table, JSON or text."""

from __future__ import annotations

import argparse
import asyncio
import json
import unicodedata

from ipdesk.cli.common import EXIT_FAILED, EXIT_OK, CliError, message_lang, refuse_call, say, session_for


def cmd_outline(args: argparse.Namespace) -> int:
    from ipdesk.services.outline_service import OutlineService, build, default_lang
    from ipdesk.services.patents import InvalidEntry, parse_patent

    parsed = parse_patent(args.patent)
    if isinstance(parsed, InvalidEntry):
        raise CliError("cli.not_a_patent", entry=repr(args.patent), reason=parsed.reason(message_lang()))
    by, patent = parsed
    lang = args.lang or default_lang(patent, by)
    with session_for(args, browse=True) as ctx:
        service = OutlineService(ctx.client, ctx.store, profile=ctx.profile)
        if ctx.client is None:  # a read-only store: what it holds, no call
            data = None if args.refresh else service.cached(patent, lang, replace_by_related=args.related)
            if data is None:
                raise refuse_call(f"{patent} ({lang.upper()})")
        else:
            data = asyncio.run(
                service.fetch(patent, lang, by=by, replace_by_related=args.related, refresh=args.refresh)
            )
    outline = build(data)
    for op, error in data.errors.items():
        say("cli.operation_failed", operation=op, message=error.message(message_lang()))
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
        say("cli.outline_no_text")
    elif "no_sections" in outline.notes:
        other = [t for t in texts if t.upper() != lang]
        if other:
            say("cli.outline_no_sections_try", lang=lang, languages=", ".join(other), other=other[0].upper())
        else:
            say("cli.outline_no_sections", lang=lang)
    if any(s.warnings for s in outline.sections) or set(outline.notes) - {"no_text", "no_sections"}:
        say("cli.outline_corrected")
