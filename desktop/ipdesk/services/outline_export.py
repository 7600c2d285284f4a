"""Export an outline (see :mod:`ipdesk.services.outline`) as Markdown or plain text with headings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipdesk.services.outline import Outline, OutlineSection

__all__ = ["export_markdown", "export_text"]


def _heading_label(s: OutlineSection, i: int) -> str:
    return s.title or s.category_name or f"Section {i + 1}"


def _body(outline: Outline, s: OutlineSection) -> str:
    if s.start is None or s.end is None:
        return ""
    begin = s.heading_end if s.heading_end is not None and s.heading_end <= s.end else s.start
    return outline.plain_text[begin : s.end].strip()


def _parts(outline: Outline, section_indices: Sequence[int] | None) -> list[tuple[str | None, str]]:
    """(heading or None, body) pairs for an export."""
    if not outline.sections:
        return [(None, outline.plain_text.strip())]
    indices = range(len(outline.sections)) if section_indices is None else section_indices
    parts: list[tuple[str | None, str]] = []
    first = outline.sections[0].start
    if section_indices is None and first:
        preamble = outline.plain_text[:first].strip()
        if preamble:
            parts.append((None, preamble))
    for i in indices:
        s = outline.sections[i]
        parts.append((_heading_label(s, i), _body(outline, s)))
    return parts


_MD_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+-]|=+\s*$|(\d+)([.)]))")


def _md_escape(line: str) -> str:
    line = _MD_INLINE.sub(r"\\\1", line)
    m = _MD_LINE_START.match(line)
    if m:
        if m.group(3):
            return f"{m.group(1)}{m.group(3)}\\{m.group(4)}{line[m.end() :]}"
        return f"{m.group(1)}\\{line[len(m.group(1)) :]}"
    return line


def export_markdown(
    outline: Outline, section_indices: Sequence[int] | None = None, title: str | None = None
) -> str:
    """Markdown: `# title`, one `## heading` per section, each text line as its own paragraph."""
    out: list[str] = []
    if title:
        out.append(f"# {_md_escape(title)}")
    for heading, body in _parts(outline, section_indices):
        if heading is not None:
            out.append(f"## {_md_escape(heading)}")
        paragraphs = [_md_escape(line.strip()) for line in body.split("\n") if line.strip()]
        if paragraphs:
            out.append("\n\n".join(paragraphs))
    return "\n\n".join(out) + "\n"


def export_text(
    outline: Outline, section_indices: Sequence[int] | None = None, title: str | None = None
) -> str:
    """Plain text: the title, then each section's heading (underlined) followed by its text."""
    out: list[str] = []
    if title:
        out.append(f"{title}\n{'=' * len(title)}")
    for heading, body in _parts(outline, section_indices):
        if heading is not None:
            out.append(f"{heading}\n{'-' * len(heading)}")
        if body:
            out.append(body)
    return "\n\n".join(out) + "\n"
