"""Render P019 description text (light inline HTML) to plain text + format spans + an offset map.

P019 texts carry paragraph numbers ``<b class="d_n">【0001】</b>`` (often with JSON-escaped quotes
``<b class=\\"d_n\\">``), ``<b> <i> <u> <sub> <sup> <br>``, escaped newlines (a literal backslash + ``n``),
CRLF line ends and HTML entities. P073 offsets count positions in that raw text, so rendering keeps an exact
map from every raw code-point index to the plain-text index (:class:`OffsetMap`).

html.parser cannot report the absolute offset of every token, so tokens are found with one regular
expression; entities are decoded by ``html.unescape`` itself, applied to each entity (same semantics as
``html.unescape`` on the whole text). Unknown tags are dropped and their text kept.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass
from operator import attrgetter

__all__ = ["FormatSpan", "OffsetMap", "Rendered", "render", "SPAN_KINDS"]

SPAN_KINDS = ("paragraph_number", "bold", "italic", "underline", "sub", "sup")

_KIND_BY_TAG = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "sub": "sub",
    "sup": "sup",
}
# tags that start a new line when they do not already start one
_BLOCK_TAGS = frozenset({"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "heading", "paragraph"})

_TOKEN = re.compile(
    r"(?=[<\\\r&])"  # a quick first-character test: 5x faster scanning of long texts
    r"(?:(?P<tag><(?P<close>\\?/)?(?P<name>[A-Za-z][\w:.-]*)(?P<attrs>(?:\s[^<>]*?)?)(?P<selfclose>\\?/)?>)"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<decl><[?!][^<>]*>)"
    r"|(?P<esc>\\(?:r\\n|[nrt\"'/\\]))"
    r"|(?P<cr>\r\n?)"
    # the charref pattern of html.unescape, minus backslash and CR so escapes are never swallowed
    r"|(?P<ent>&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f\r <&#;\\]{1,32};?)))",
    re.S,
)
_ESCAPES = {"\\n": "\n", "\\r": "\n", "\\r\\n": "\n", "\\t": "\t", '\\"': '"', "\\'": "'", "\\/": "/"}
_ESCAPES["\\\\"] = "\\"
_PARA_CLASS = re.compile(r"\bd_n\b")
_SPAN_ORDER = attrgetter("start", "end", "kind")


@dataclass(frozen=True, slots=True)
class FormatSpan:
    start: int  # plain code-point index
    end: int  # exclusive
    kind: str  # one of SPAN_KINDS


class OffsetMap:
    """Maps raw code-point indices (0..len(raw), clamped) to plain-text indices.

    Stored piecewise: one entry per markup token, identity shift in between, so a text without markup costs
    nothing. A raw index inside a token maps to where the token's output starts."""

    __slots__ = ("raw_length", "plain_length", "_raw_starts", "_raw_ends", "_plain_starts", "_shifts")

    def __init__(
        self,
        raw_length: int,
        plain_length: int,
        raw_starts: list[int] | None = None,
        raw_ends: list[int] | None = None,
        plain_starts: list[int] | None = None,
        shifts: list[int] | None = None,
    ) -> None:
        self.raw_length = raw_length
        self.plain_length = plain_length
        self._raw_starts = raw_starts or []
        self._raw_ends = raw_ends or []
        self._plain_starts = plain_starts or []
        self._shifts = shifts or []  # plain - raw after each token

    @property
    def identity(self) -> bool:
        return not self._raw_starts

    def __call__(self, raw_index: int) -> int:
        if raw_index <= 0:
            return 0
        if raw_index >= self.raw_length:
            return self.plain_length
        k = bisect_right(self._raw_starts, raw_index) - 1
        if k < 0:
            return raw_index
        if raw_index < self._raw_ends[k]:
            return self._plain_starts[k]
        return raw_index + self._shifts[k]


@dataclass(frozen=True)
class Rendered:
    plain: str
    spans: list[FormatSpan]
    raw_to_plain: OffsetMap


def _tag_info(m: re.Match[str]) -> tuple[str, bool, bool, str | None]:
    """(name, is_close, is_self_closing, span kind) of a tag match."""
    name = m.group("name").lower()
    kind = _KIND_BY_TAG.get(name)
    if name == "b" and _PARA_CLASS.search(m.group("attrs") or ""):
        kind = "paragraph_number"
    return name, bool(m.group("close")), bool(m.group("selfclose")), kind


def render(raw_text: str) -> Rendered:
    """Render raw P019 text; see the module docstring."""
    raw = raw_text or ""
    n = len(raw)
    if not any(c in raw for c in "<&\\\r"):
        return Rendered(raw, [], OffsetMap(n, n))
    out: list[str] = []
    raw_starts: list[int] = []
    raw_ends: list[int] = []
    plain_starts: list[int] = []
    shifts: list[int] = []
    spans: list[FormatSpan] = []
    open_tags: list[tuple[str, str | None, int]] = []  # (tag name, span kind, plain start)
    tag_cache: dict[str, tuple[str, bool, bool, str | None]] = {}
    entity_cache: dict[str, str] = {}
    plain_len = 0
    last_char = ""  # last plain character written
    copied = 0  # raw text before this index is already in `out`
    for m in _TOKEN.finditer(raw):
        group = m.lastgroup
        text = m.group()
        if group == "ent":
            value = entity_cache.get(text)
            if value is None:
                value = entity_cache[text] = html.unescape(text)
            if value == text:  # not an entity: stays as text (the pattern cannot swallow another token)
                continue
        start, end = m.span()
        if start > copied:
            out.append(raw[copied:start])
            plain_len += start - copied
            last_char = raw[start - 1]
        if group == "tag":
            info = tag_cache.get(text)
            if info is None:
                info = tag_cache[text] = _tag_info(m)
            name, is_close, self_closing, kind = info
            value = ""
            if name == "br":
                value = "\n"
            elif is_close:
                for k in range(len(open_tags) - 1, -1, -1):
                    if open_tags[k][0] == name:
                        for _tag, open_kind, s in open_tags[k:]:
                            if open_kind and plain_len > s:
                                spans.append(FormatSpan(s, plain_len, open_kind))
                        del open_tags[k:]
                        break
            else:
                if name in _BLOCK_TAGS and plain_len and last_char != "\n":
                    value = "\n"
                if not self_closing:
                    open_tags.append((name, kind, plain_len + len(value)))
        elif group == "esc":
            value = _ESCAPES[text]
        elif group == "cr":
            value = "\n"
        elif group != "ent":  # comment / declaration / processing instruction
            value = ""
        raw_starts.append(start)
        raw_ends.append(end)
        plain_starts.append(plain_len)
        if value:
            out.append(value)
            last_char = value[-1]
            plain_len += len(value)
        shifts.append(plain_len - end)
        copied = end
    if copied < n:
        out.append(raw[copied:])
        plain_len += n - copied
    for _tag, kind, s in open_tags:  # unclosed tags run to the end
        if kind and plain_len > s:
            spans.append(FormatSpan(s, plain_len, kind))
    spans.sort(key=_SPAN_ORDER)
    plain = "".join(out)
    return Rendered(plain, spans, OffsetMap(n, len(plain), raw_starts, raw_ends, plain_starts, shifts))
