"""The ONE conversion between Python code-point indices and UTF-16 code-unit offsets.

Qt (QString, QTextCursor, QTextDocument) counts positions in UTF-16 code units; Python counts code points.
They differ by one for every character outside the Basic Multilingual Plane (U+10000 and above: rare CJK
ideographs such as U+2000B, mathematical letters such as U+1D465, emoji). Every conversion in IP Desk goes
through :class:`Utf16Index` (or the two module functions, which cache one index per recent text).

An index is built once per text (a C-speed regex scan); each conversion is then a bisect over the positions
of the astral characters, so millions of calls on a 2,000,000-character text stay cheap.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import OrderedDict
from threading import Lock

__all__ = ["Utf16Index", "to_utf16", "from_utf16", "utf16_index_for", "utf16_length"]

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Index:
    """Position converter for one text (immutable once built)."""

    __slots__ = ("length", "utf16_length", "_astral", "_astral_u16")

    def __init__(self, text: str) -> None:
        self.length = len(text)
        astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral = astral
        # UTF-16 offset of each astral character's high surrogate
        self._astral_u16 = [pos + k for k, pos in enumerate(astral)]
        self.utf16_length = self.length + len(astral)

    @property
    def has_astral(self) -> bool:
        return bool(self._astral)

    def to_utf16(self, char_index: int) -> int:
        """UTF-16 offset of the code point at ``char_index`` (clamped to 0..len(text))."""
        if char_index <= 0:
            return 0
        if char_index >= self.length:
            return self.utf16_length
        if not self._astral:
            return char_index
        return char_index + bisect_left(self._astral, char_index)

    def from_utf16(self, utf16_index: int) -> int:
        """Code-point index for a UTF-16 offset (clamped). An offset that falls between the two halves of a
        surrogate pair maps to the character that contains it (rounds down)."""
        if utf16_index <= 0:
            return 0
        if utf16_index >= self.utf16_length:
            return self.length
        if not self._astral:
            return utf16_index
        return utf16_index - bisect_left(self._astral_u16, utf16_index)


_CACHE: OrderedDict[str, Utf16Index] = OrderedDict()
_CACHE_SIZE = 4
_CACHE_LOCK = Lock()


def utf16_index_for(text: str) -> Utf16Index:
    """A cached :class:`Utf16Index` for ``text`` (the last few texts are kept)."""
    with _CACHE_LOCK:
        index = _CACHE.get(text)
        if index is not None:
            _CACHE.move_to_end(text)
            return index
    index = Utf16Index(text)
    with _CACHE_LOCK:
        _CACHE[text] = index
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return index


def to_utf16(text: str, char_index: int) -> int:
    """Python code-point index -> UTF-16 code-unit offset (what Qt uses)."""
    return utf16_index_for(text).to_utf16(char_index)


def from_utf16(text: str, utf16_index: int) -> int:
    """UTF-16 code-unit offset (what Qt uses) -> Python code-point index."""
    return utf16_index_for(text).from_utf16(utf16_index)


def utf16_length(text: str) -> int:
    return utf16_index_for(text).utf16_length
