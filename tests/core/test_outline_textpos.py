"""The ONE conversion pair between code points (Python) and UTF-16 units (Qt)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ipdesk.services import outline, textpos
from ipdesk.services.textpos import Utf16Index, from_utf16, to_utf16, utf16_length


def oracle(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


# any code point except lone surrogates (which Qt strings cannot hold as characters either)
unicode_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
astral_heavy = st.text(
    st.sampled_from(["a", "字", "𠀋", "𝑥", "😀", "\n", "\U0010ffff", "\uffff"]), max_size=60
)


@given(st.one_of(unicode_text, astral_heavy), st.data())
def test_round_trip_and_oracle(text, data):
    index = Utf16Index(text)
    assert index.utf16_length == oracle(text, len(text)) == utf16_length(text)
    for i in range(len(text) + 1):
        u = index.to_utf16(i)
        assert u == oracle(text, i) == to_utf16(text, i)
        assert index.from_utf16(u) == i == from_utf16(text, u)
    u = data.draw(st.integers(0, index.utf16_length))
    i = index.from_utf16(u)
    # a unit between the halves of a surrogate pair belongs to (rounds down to) that character
    assert index.to_utf16(i) <= u <= index.to_utf16(i) + 1
    if index.to_utf16(i) != u:
        assert ord(text[i]) > 0xFFFF


@given(astral_heavy, st.integers(-1000, 1000))
def test_clamping(text, offset):
    index = Utf16Index(text)
    assert 0 <= index.to_utf16(offset) <= index.utf16_length
    assert 0 <= index.from_utf16(offset) <= len(text)
    if offset < 0:
        assert index.to_utf16(offset) == 0 == index.from_utf16(offset)
    if offset > index.utf16_length:
        assert index.from_utf16(offset) == len(text)


def test_known_values():
    text = "a𠀋b𝑥c"
    assert [to_utf16(text, i) for i in range(6)] == [0, 1, 3, 4, 6, 7]
    assert [from_utf16(text, u) for u in range(8)] == [0, 1, 1, 2, 3, 3, 4, 5]
    assert not Utf16Index("plain BMP 字").has_astral and Utf16Index(text).has_astral


def test_contract_names_are_the_same_pair():
    assert outline.utf16_offset is textpos.to_utf16 and outline.char_index is textpos.from_utf16
    assert outline.to_utf16 is textpos.to_utf16 and outline.from_utf16 is textpos.from_utf16


def test_cache_keeps_one_index_per_recent_text():
    texts = [f"{k}𝑥" * 10 for k in range(6)]
    first = textpos.utf16_index_for(texts[0])
    assert textpos.utf16_index_for(texts[0]) is first
    for t in texts[1:]:
        textpos.utf16_index_for(t)
    assert textpos.utf16_index_for(texts[0]) is not first  # evicted after newer texts
    assert to_utf16(texts[0], 2) == 3
