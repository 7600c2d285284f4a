"""Section outline of a patent description: P073 offsets landed on rendered P019 text.

Real offsets are not always clean. :func:`build_outline` checks every section against its heading and:
- detects offsets counted in UTF-16 code units instead of code points (texts with astral characters) and
  converts them with the one conversion pair in :mod:`ipdesk.services.textpos`;
- maps offsets in the raw marked-up text to the rendered plain text (:mod:`ipdesk.services.markup`);
  offsets that were counted on the plain text are detected the same way (by their headings);
- sorts sections given out of order, accepts a missing start, clamps positions beyond the text.

All positions in an :class:`Outline` are code-point indices into ``plain_text`` (end exclusive); convert to
Qt positions with ``outline.utf16.to_utf16(i)``.

Section warning codes: 'clamped', 'heading_mismatch', 'heading_moved', 'utf16_corrected', 'start_missing',
'reordered', 'end_before_start'. Outline notes: 'no_sections', 'no_text', 'offsets_utf16', 'offsets_plain',
'reordered'.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ipdesk.services.markup import FormatSpan, OffsetMap, render
from ipdesk.services.outline_export import export_markdown, export_text
from ipdesk.services.textpos import Utf16Index, from_utf16, to_utf16

__all__ = [
    "Outline",
    "OutlineSection",
    "build_outline",
    "section_at",
    "section_text",
    "find_hits",
    "hits_per_section",
    "export_markdown",
    "export_text",
    "to_utf16",
    "from_utf16",
    "utf16_offset",
    "char_index",
]

# the names used in the module contract (interfaces.md) for the same one conversion pair
utf16_offset = to_utf16
char_index = from_utf16

_NEAR = 80  # how far (code points) from its offset a heading is still accepted


@dataclass(slots=True)
class OutlineSection:
    title: str
    category_id: str | None
    category_name: str | None
    heading_start: int | None
    start: int | None
    end: int | None
    warnings: list[str] = field(default_factory=list)
    hit_count: int = 0
    heading_end: int | None = None  # end of the heading text when it was found in the text
    source_index: int = 0  # position in the P073 list


@dataclass
class Outline:
    plain_text: str
    spans: list[FormatSpan]
    sections: list[OutlineSection]
    notes: list[str]
    offset_map: OffsetMap | None = None

    @cached_property
    def starts(self) -> list[int]:
        return [s.start for s in self.sections if s.start is not None]

    @cached_property
    def utf16(self) -> Utf16Index:
        """Converter between plain_text code points and Qt (UTF-16) positions."""
        return Utf16Index(self.plain_text)


@dataclass
class _Raw:  # one P073 section as given
    index: int
    title: str
    category_id: str | None
    category_name: str | None
    head: int | None
    head_end: int | None
    content: int | None
    content_end: int | None


def _collect(offsets: Any) -> list[_Raw]:
    out: list[_Raw] = []
    for i, sec in enumerate(getattr(offsets, "sections", None) or ()):
        name = sec.name
        ids = tuple(getattr(name, "category_ids", ()) or ())
        names = tuple(getattr(name, "category_names", ()) or ())
        title = (getattr(name, "text", None) or "").strip() or (names[0] if names else "")
        out.append(
            _Raw(
                i,
                title,
                ids[0] if ids else None,
                names[0] if names else None,
                name.idx_start,
                name.idx_end,
                sec.content_start,
                sec.content_end,
            )
        )
    return out


def _key(text: str) -> str:
    """Heading comparison key: case-folded letters and digits only (whitespace, brackets, markup gone)."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _heading_at(plain: str, pos: int, key: str) -> int | None:
    """End of the heading whose key starts at `pos` (skipping spaces/punctuation), else None."""
    if not key:
        return None
    k = 0
    limit = min(len(plain), pos + 4 * len(key) + 64)
    for i in range(pos, limit):
        ch = plain[i]
        if not ch.isalnum():
            continue
        folded = ch.casefold()
        if not key.startswith(folded, k):
            return None
        k += len(folded)
        if k >= len(key):
            return i + 1
    return None


def _heading_pattern(key: str) -> re.Pattern[str]:
    return re.compile(r"[\W_]*".join(re.escape(c) for c in key), re.IGNORECASE)


def _find_heading(plain: str, key: str, lo: int, hi: int, near: int | None = None) -> tuple[int, int] | None:
    """The heading inside plain[lo:hi] (the match nearest to `near`, else the first one)."""
    if not key or hi <= lo:
        return None
    pattern = _heading_pattern(key)
    if near is None:
        m = pattern.search(plain, lo, hi)
        return m.span() if m else None
    best = None
    for m in pattern.finditer(plain, lo, hi):
        if best is None or abs(m.start() - near) < abs(best[0] - near):
            best = m.span()
    return best


Converter = Callable[[int | None], tuple[int | None, bool]]


def _converter(length: int, index: Utf16Index | None, rendered_map: OffsetMap | None) -> Converter:
    """Offsets counted in code points (index None) or UTF-16 units of a text of `length` code points,
    mapped through the markup when `rendered_map` is given."""
    limit = index.utf16_length if index is not None else length

    def convert(pos: int | None) -> tuple[int | None, bool]:
        if pos is None:
            return None, False
        clamped = pos < 0 or pos > limit
        pos = min(max(pos, 0), limit)
        if index is not None:
            pos = index.from_utf16(pos)
        if rendered_map is not None:
            pos = rendered_map(pos)
        return pos, clamped

    return convert


Candidate = tuple[Callable[[], tuple[Converter, Converter | None]], list[str]]


def _candidates(raw: str, rendered: Any) -> list[Candidate]:
    """(factory of (converter, same text counted in code points), notes) per interpretation; the first is the
    documented one (code points of the raw text)."""
    plain, offset_map = rendered.plain, rendered.raw_to_plain
    raw_cp = _converter(len(raw), None, offset_map)
    out: list[Candidate] = [(lambda: (raw_cp, None), [])]
    raw_index = Utf16Index(raw)
    if raw_index.has_astral:
        out.append((lambda: (_converter(len(raw), raw_index, offset_map), raw_cp), ["offsets_utf16"]))
    if not offset_map.identity:
        plain_cp = _converter(len(plain), None, None)
        out.append((lambda: (plain_cp, None), ["offsets_plain"]))
        if raw_index.has_astral or "&" in raw:  # astral characters in plain come from raw or entities

            def plain_utf16() -> tuple[Converter, Converter | None]:
                index = Utf16Index(plain)
                return (_converter(len(plain), index, None) if index.has_astral else plain_cp), plain_cp

            out.append((plain_utf16, ["offsets_plain", "offsets_utf16"]))
    return out


def _choose_interpretation(
    raw: str, rendered: Any, secs: list[_Raw]
) -> tuple[Converter, Converter | None, list[str]]:
    """Try code points / UTF-16 units on the raw / plain text; keep the one whose headings land best.
    Returns (converter, the same text counted in code points when UTF-16 was chosen, notes)."""
    candidates = _candidates(raw, rendered)
    probes = [(s.head if s.head is not None else s.content, _key(s.title)) for s in secs]
    probes = [(p, k) for p, k in probes if p is not None and k]
    plain = rendered.plain
    best, best_score = None, -1
    for factory, notes in candidates:
        converters = factory()
        if len(candidates) == 1:
            return (*converters, notes)
        score = sum(1 for p, k in probes if _heading_at(plain, converters[0](p)[0], k) is not None)
        if score > best_score:
            best, best_score = (*converters, notes), score
        if best_score == len(probes):
            break
    assert best is not None
    return best


def build_outline(text_raw: str | None, offsets: Any | None) -> Outline:
    """Outline of a description (P019 text, possibly marked up) with P073 offsets; see the module docstring."""
    secs = _collect(offsets)
    notes: list[str] = []
    if not secs:
        notes.append("no_sections")
    if not text_raw or not text_raw.strip():
        notes.append("no_text")
        ordered = sorted(secs, key=lambda s: (_first_known(s) is None, _first_known(s) or 0, s.index))
        sections = [
            OutlineSection(s.title, s.category_id, s.category_name, None, None, None, source_index=s.index)
            for s in ordered
        ]
        return Outline("", [], sections, notes)
    rendered = render(text_raw)
    plain = rendered.plain
    if not secs:
        return Outline(plain, rendered.spans, [], notes, rendered.raw_to_plain)
    convert, plain_cp, interpretation = _choose_interpretation(text_raw, rendered, secs)
    notes.extend(interpretation)
    sections = [_place(s, convert, plain_cp) for s in secs]
    sections = _sort(sections, notes)
    _resolve(plain, sections)
    return Outline(plain, rendered.spans, sections, notes, rendered.raw_to_plain)


def _first_known(s: _Raw) -> int | None:
    return s.head if s.head is not None else s.content


def _place(s: _Raw, convert: Converter, plain_cp: Converter | None) -> OutlineSection:
    warnings: list[str] = []
    head, c1 = convert(s.head)
    head_end, c2 = convert(s.head_end)
    content, c3 = convert(s.content)
    content_end, c4 = convert(s.content_end)
    if c1 or c2 or c3 or c4:
        warnings.append("clamped")
    if plain_cp is not None and (s.head, s.content) != (None, None):
        if (plain_cp(s.head)[0], plain_cp(s.content)[0]) != (head, content):
            warnings.append("utf16_corrected")
    known = [p for p in (head, content) if p is not None]
    start = min(known) if known else None
    heading_start = head if head is not None else content
    # the section end: the content end, or the name's end when it clearly spans more than a heading
    end = content_end
    if end is None and head_end is not None and head is not None and head_end - head > len(s.title) + 8:
        end = head_end
    section = OutlineSection(
        s.title, s.category_id, s.category_name, heading_start, start, end, warnings, source_index=s.index
    )
    return section


def _sort(sections: list[OutlineSection], notes: list[str]) -> list[OutlineSection]:
    keys: list[tuple[int, int]] = []
    for i, s in enumerate(sections):  # a missing start stays right after its predecessor in the input
        keys.append((s.start, i) if s.start is not None else ((keys[-1][0] if keys else -1), i))
    for i in range(1, len(sections)):
        if keys[i][0] < keys[i - 1][0]:
            sections[i].warnings.append("reordered")
    if any("reordered" in s.warnings for s in sections):
        notes.append("reordered")
    order = sorted(range(len(sections)), key=keys.__getitem__)
    return [sections[i] for i in order]


def _resolve(plain: str, sections: list[OutlineSection]) -> None:
    """Find missing starts, check headings, fill in ends."""
    n = len(plain)
    for i, s in enumerate(sections):
        key = _key(s.title)
        if s.start is None:
            lo = sections[i - 1].start if i > 0 and sections[i - 1].start is not None else 0
            hi = next((t.start for t in sections[i + 1 :] if t.start is not None), n)
            found = _find_heading(plain, key, lo, hi)
            if found is not None:
                s.heading_start, s.start = found[0], found[0]
            else:
                s.heading_start = s.start = lo
            s.warnings.append("start_missing")
        heading_at = s.heading_start if s.heading_start is not None else s.start
        end_of_heading = _heading_at(plain, heading_at, key)
        if end_of_heading is not None:
            s.heading_start, s.heading_end = heading_at, end_of_heading
        elif key:
            found = _find_heading(
                plain,
                key,
                max(0, heading_at - _NEAR),
                min(n, heading_at + _NEAR + len(key) * 4),
                near=heading_at,
            )
            if found is not None:
                s.heading_start, s.heading_end = found
                s.start = min(s.start, found[0])
                s.warnings.append("heading_moved")
            else:
                s.heading_start = s.start
                s.warnings.append("heading_mismatch")
    for i, s in enumerate(sections):
        following = next((t.start for t in sections[i + 1 :] if t.start is not None and t.start > s.start), n)
        if s.end is not None and s.end < s.start:
            s.warnings.append("end_before_start")
            s.end = None
        if s.end is None or s.end <= (s.heading_end or s.start):
            s.end = max(following, s.start)


def section_at(outline: Outline, plain_pos: int) -> int:
    """Index of the section containing plain_pos (the last one starting at or before it); -1 before the first
    section or when the outline has no positions."""
    starts = outline.starts
    if len(starts) != len(outline.sections):
        return -1
    return bisect_right(starts, plain_pos) - 1


def section_text(outline: Outline, i: int) -> str:
    s = outline.sections[i]
    if s.start is None or s.end is None:
        return ""
    return outline.plain_text[s.start : s.end]


def find_hits(outline: Outline, query: str, case_sensitive: bool = False) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of query in plain_text, as (start, end) code-point ranges."""
    if not query:
        return []
    flags = 0 if case_sensitive else re.IGNORECASE
    return [m.span() for m in re.finditer(re.escape(query), outline.plain_text, flags)]


def hits_per_section(outline: Outline, hits: Sequence[tuple[int, int]]) -> list[int]:
    """How many hits start inside each section's [start, end)."""
    starts = sorted(h[0] for h in hits)
    counts = []
    for s in outline.sections:
        if s.start is None or s.end is None:
            counts.append(0)
        else:
            counts.append(bisect_left(starts, s.end) - bisect_left(starts, s.start))
    return counts
