"""Find section headings in a description text and compute P073-style section offsets.

A heading is a line of its own:
- an upper-case caption ("BACKGROUND OF THE INVENTION", "TECHNICAL FIELD"), at most 80 characters,
  no final full stop, not a table caption ("TABLE 1") nor a figure line;
- a numbered caption ("1. Field of the Invention"), short and without a final full stop;
- a known title-case caption of Japanese-style documents ("Problems to be Solved by the Invention");
- a Chinese caption (技术领域, 背景技术, 发明内容, 附图说明, 具体实施方式, optionally in 【】).
Offsets are code-point indexes into the text exactly as served (markup included); the end is exclusive.
The sandbox serves them as they are, or converted to UTF-16 units (knob offset_units="utf16", as a Java
service would count).
"""

from __future__ import annotations

import re

CATEGORY_NAMES = {
    "1": ("技术领域", "Technical Field"),
    "2": ("背景技术", "Background Art"),
    "3": ("发明内容", "Summary of Invention"),
    "4": ("附图说明", "Brief Description of Drawings"),
    "5": ("具体实施方式", "Description of Embodiments"),
    "6": ("其他", "Others"),
}

_CN_HEADINGS = {
    "技术领域": "1",
    "背景技术": "2",
    "发明内容": "3",
    "附图说明": "4",
    "具体实施方式": "5",
}
_TITLE_CASE_HEADINGS = (
    "problems to be solved by the invention",
    "means for solving the problems",
    "effects of the invention",
)
# Order matters: the first rule whose words all occur in the heading wins.
_CATEGORY_RULES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("DRAWING",), "4"),
    (("FIGURE",), "4"),
    (("RELATED", "APPLICATION"), "6"),
    (("CROSS", "REFERENCE"), "6"),
    (("FIELD",), "1"),
    (("BACKGROUND",), "2"),
    (("RELATED", "ART"), "2"),
    (("PRIOR", "ART"), "2"),
    (("SUMMARY",), "3"),
    (("DISCLOSURE",), "3"),
    (("PROBLEMS",), "3"),
    (("MEANS", "SOLVING"), "3"),
    (("EFFECTS",), "3"),
    (("OBJECT",), "3"),
    (("DETAILED", "DESCRIPTION"), "5"),
    (("EMBODIMENT",), "5"),
    (("BEST", "MODE"), "5"),
    (("EXAMPLES",), "5"),
)
_NUMBERED = re.compile(r"^\d{1,2}\.\s+[A-Z][A-Za-z ,'()/-]{2,60}$")
_UPPER_CAPTION = re.compile(r"^[A-Z][A-Z0-9 ,.'()/&-]*$")
_NOT_HEADING = re.compile(r"^(TABLE|FIG\.|FIGS\.)\s")


def _strip_markup(line: str) -> str:
    return re.sub(r"<[^>]+>", "", line).strip()


def is_heading(line: str) -> bool:
    text = _strip_markup(line)
    if not text or len(text) > 80 or _NOT_HEADING.match(text):
        return False
    if text.strip("【】") in _CN_HEADINGS:
        return True
    if text.endswith(".") or text.endswith(":") or text.endswith(";"):
        return False
    if line[:1].isspace():
        return False
    if _UPPER_CAPTION.match(text) and sum(c.isalpha() for c in text) >= 4:
        return True
    if _NUMBERED.match(text):
        return True
    return text.lower() in _TITLE_CASE_HEADINGS


def category_for(heading: str) -> str:
    text = _strip_markup(heading).strip("【】")
    if text in _CN_HEADINGS:
        return _CN_HEADINGS[text]
    upper = text.upper()
    for words, category in _CATEGORY_RULES:
        if all(word in upper for word in words):
            return category
    return "6"


def find_sections(text: str) -> list[dict]:
    """Sections in code-point offsets: [{text, name: [start, end], content: [start, end], category}]."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    heads = [(start, line) for start, line in lines if is_heading(line)]
    sections = []
    for i, (start, line) in enumerate(heads):
        name_end = start + len(line)
        content_start = min(name_end + 1, len(text))
        content_end = heads[i + 1][0] - 1 if i + 1 < len(heads) else len(text.rstrip("\n"))
        sections.append(
            {
                "text": line,
                "name": [start, name_end],
                "content": [content_start, max(content_start, content_end)],
                "category": category_for(line),
            }
        )
    return sections


def utf16_index(text: str, index: int) -> int:
    """UTF-16 code-unit offset of a code-point index."""
    return index + sum(1 for c in text[:index] if ord(c) > 0xFFFF)
