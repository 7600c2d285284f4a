"""Performance sanity for build_outline on a 2,000,000-character description with 500 sections (the real
benchmark lives in tests/benchmarks). Prints the times; asserts only a loose bound and the result."""

from __future__ import annotations

import random
import time

from ipdesk.api.models import DescriptionOffsets, Section, SectionName
from ipdesk.services.outline import build_outline, find_hits, hits_per_section, section_at
from ipdesk.services.textpos import Utf16Index

SECTIONS = 500
TARGET = 2_000_000


def big_document(astral: bool, dense: bool = False) -> tuple[str, DescriptionOffsets, list[str]]:
    """Paragraphs of about 100 words, each with a paragraph number, CRLF line ends and a few sub/sup
    (dense: markup in every few words)."""
    rng = random.Random(2)
    words = ["signal", "antenna", "字段", "波束", "the", "of", "beam", "and", "a", "layer"] * (
        1 if dense else 12
    )
    words += ["H<sub>2</sub>O", "x<sup>2</sup>", "&amp;"]
    if astral:
        words += ["𠀋", "𝑥"]
    per_section = TARGET // SECTIONS
    parts: list[str] = []
    heads: list[tuple[int, int, str]] = []
    length = 0
    para = 0
    for k in range(SECTIONS):
        title = f"SECTION {k} HEADING"
        heads.append((length, length + len(title), title))
        chunk = [title, "\r\n"]
        size = len(title) + 2
        while size < per_section:
            para += 1
            line = (
                f'<b class=\\"d_n\\">【{para:05d}】</b>'
                + " ".join(rng.choice(words) for _ in range(100))
                + "\r\n"
            )
            chunk.append(line)
            size += len(line)
        text = "".join(chunk)
        parts.append(text)
        length += len(text)
    raw = "".join(parts)
    u16 = Utf16Index(raw).to_utf16
    sections = []
    for k, (s, e, title) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(raw)
        sections.append(Section(SectionName(title, u16(s), u16(e), (), ()), u16(e), u16(end)))
    return raw, DescriptionOffsets("BIG", None, "EN", tuple(sections)), [h[2] for h in heads]


def test_build_outline_two_million_characters_500_sections():
    for astral, dense in ((False, False), (True, False), (True, True)):
        raw, offsets, titles = big_document(astral, dense)
        assert len(raw) >= TARGET
        started = time.perf_counter()
        outline = build_outline(raw, offsets)
        elapsed = time.perf_counter() - started
        print(
            f"\nbuild_outline: {len(raw):,} raw chars, {SECTIONS} sections, {len(outline.spans):,} spans, "
            f"astral={astral}, dense={dense}: {elapsed * 1000:.0f} ms"
        )
        assert [s.title for s in outline.sections] == titles
        assert all(s.warnings in ([], ["utf16_corrected"]) for s in outline.sections)
        assert ("offsets_utf16" in outline.notes) is astral
        plain = outline.plain_text
        assert all(plain.startswith(s.title, s.start) for s in outline.sections)
        assert elapsed < 5.0  # loose sanity bound only; the target (300 ms) is measured by the benchmark

        started = time.perf_counter()
        step = len(plain) // 20_000
        found = [section_at(outline, p) for p in range(0, len(plain), step)]
        lookups = time.perf_counter() - started
        assert found == sorted(found) and found[-1] == SECTIONS - 1
        started = time.perf_counter()
        hits = find_hits(outline, "ANTENNA")
        counts = hits_per_section(outline, hits)
        search = time.perf_counter() - started
        assert sum(counts) == len(hits) > 0
        started = time.perf_counter()
        index = outline.utf16
        conversions = [index.to_utf16(s.start) for s in outline.sections] * 20
        back = [index.from_utf16(u) for u in conversions]
        convert = time.perf_counter() - started
        assert back[:SECTIONS] == [s.start for s in outline.sections]
        print(
            f"  {len(found):,} section_at: {lookups * 1000:.1f} ms; search {len(hits):,} hits + counts: "
            f"{search * 1000:.0f} ms; utf16 index + {2 * len(conversions):,} conversions: {convert * 1000:.1f} ms"
        )
