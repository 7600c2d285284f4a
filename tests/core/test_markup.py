"""render(): P019 inline markup -> plain text, format spans and the raw -> plain offset map."""

from __future__ import annotations

import html
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ipdesk.services.markup import SPAN_KINDS, FormatSpan, render

API_DOC = Path(__file__).resolve().parents[1] / "contract" / "patsnap-openapi-subset.json"  # see its README


def p019_example() -> str:
    schemas = json.loads(API_DOC.read_text(encoding="utf-8"))["components"]["schemas"]
    return schemas["P019BasicPatentDataDescriptionData_PatentDescriptionNew"]["properties"]["text"]["example"]


def texts(r, kind):
    return [r.plain[s.start : s.end] for s in r.spans if s.kind == kind]


def test_p019_documented_example():
    raw = p019_example()
    assert '<b class=\\"d_n\\">' in raw and "\\n" in raw  # the escaped forms really are in the example
    r = render(raw)
    assert "<" not in r.plain and "\\" not in r.plain and "d_n" not in r.plain
    numbers = texts(r, "paragraph_number")
    assert numbers[:3] == ["【0001】", "【0002】", "【0003】"] and len(numbers) == raw.count("d_n")
    starts = [s.start for s in r.spans if s.kind == "paragraph_number"]
    assert all(p == 0 or r.plain[p - 1] == "\n" for p in starts)
    assert texts(r, "sub")[:2] == ["BE", "BE"] and len(texts(r, "sub")) == raw.count("<sub>")
    assert r.plain.startswith("【0001】【発明の属する技術分野】本発明は")
    assert "\n【0002】\n【従来の技術】" in r.plain
    # every paragraph number in raw maps to its plain position
    at = raw.index("【0003】")
    assert r.plain[r.raw_to_plain(at) :].startswith("【0003】このことを")


def test_tags_and_kinds():
    r = render("<b>B</b><strong>S</strong><i>I</i><em>E</em><u>U</u>H<sub>2</sub>O x<sup>n</sup>")
    assert r.plain == "BSIEUH2O xn"
    got = [(r.plain[s.start : s.end], s.kind) for s in r.spans]
    assert got == [
        ("B", "bold"),
        ("S", "bold"),
        ("I", "italic"),
        ("E", "italic"),
        ("U", "underline"),
        ("2", "sub"),
        ("n", "sup"),
    ]
    assert {s.kind for s in r.spans} <= set(SPAN_KINDS)


def test_paragraph_number_with_plain_and_escaped_quotes_and_nesting():
    r = render('<b class="d_n">【0001】</b>a\\n<b class=\\"d_n\\">[0002]</b><b><i>bi</i></b>')
    assert r.plain == "【0001】a\n[0002]bi"
    assert r.spans == [
        FormatSpan(0, 6, "paragraph_number"),
        FormatSpan(8, 14, "paragraph_number"),
        FormatSpan(14, 16, "bold"),
        FormatSpan(14, 16, "italic"),
    ]


def test_line_breaks():
    assert render("a<br>b<br/>c<BR />d\\ne\\r\\nf\r\ng\rh").plain == "a\nb\nc\nd\ne\nf\ng\nh"
    assert render('tab\\tq\\"x\\\\n').plain == 'tab\tq"x\\n'  # an escaped backslash is not a newline


def test_entities_follow_html_unescape():
    r = render("x&lt;y &amp;lt; &#x2000B; &#119909; &nbsp;|AT&T &foo; a & b &ampx")
    assert r.plain == "x<y &lt; 𠀋 𝑥 \xa0|AT&T &foo; a & b &x"
    assert r.plain == html.unescape("x&lt;y &amp;lt; &#x2000B; &#119909; &nbsp;|AT&T &foo; a & b &ampx")


def test_unknown_tags_dropped_text_kept_and_stray_brackets_kept():
    r = render(
        '<span style="c">kept</span> <figref idref="f1">FIG. 1</figref><!-- note --><?pi x?> a < b, x<0.5 >'
    )
    assert r.plain == "kept FIG. 1 a < b, x<0.5 >"
    assert r.spans == []


def test_block_tags_start_a_line_and_unclosed_tags_run_to_the_end():
    r = render("<p>one</p><p>two</p>\n<div>three</div><p><sub>open")
    assert r.plain == "one\ntwo\nthree\nopen"
    assert r.spans == [FormatSpan(14, 18, "sub")]


def test_plain_text_passes_through_untouched():
    text = "no markup at all 𠀋 字\n" * 3
    r = render(text)
    assert r.plain == text and r.spans == [] and r.raw_to_plain.identity
    assert [r.raw_to_plain(i) for i in (-5, 0, 7, len(text), len(text) + 9)] == [
        0,
        0,
        7,
        len(text),
        len(text),
    ]


def test_offset_map_inside_and_after_tokens():
    raw = "ab<b>cd</b>&amp;e\r\nf"
    r = render(raw)
    assert r.plain == "abcd&e\nf"
    expected = {0: 0, 2: 2, 3: 2, 5: 2, 6: 3, 7: 4, 10: 4, 11: 4, 13: 4, 16: 5, 17: 6, 18: 6, 19: 7, 20: 8}
    assert {i: r.raw_to_plain(i) for i in expected} == expected


PIECES = [
    ("<b>", ""), ("</b>", ""), ("<sub>", ""), ("</sub>", ""), ('<b class=\\"d_n\\">', ""), ("<br/>", "\n"),
    ("\\n", "\n"), ("\r\n", "\n"), ("\r", "\n"), ("&amp;", "&"), ("&#x1D465;", "𝑥"), ("<x-y a='1'>", ""),
    ("abc", "abc"), ("𠀋", "𠀋"), ("字 ", "字 "), ("&", "&"), ("<", "<"), ("n", "n"), (" ", " "),
]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_offset_map_property(pieces):
    """Texts built from known pieces: the plain text is the concatenation of their renderings and every
    piece boundary in raw maps to the matching boundary in plain; the map never decreases."""
    raw = "".join(p for p, _ in pieces)
    r = render(raw)
    assert r.plain == "".join(q for _, q in pieces)
    raw_pos = plain_pos = 0
    for p, q in pieces:
        assert r.raw_to_plain(raw_pos) == plain_pos
        raw_pos, plain_pos = raw_pos + len(p), plain_pos + len(q)
    assert r.raw_to_plain(raw_pos) == plain_pos == len(r.plain)
    mapped = [r.raw_to_plain(i) for i in range(len(raw) + 1)]
    assert mapped == sorted(mapped)
    assert all(0 <= s.start < s.end <= len(r.plain) for s in r.spans)


@given(st.text(st.sampled_from("&#;xX0123456789abcdefltgmpAMPsu ."), max_size=40))
def test_entity_semantics_equal_html_unescape(text):
    assert render(text).plain == html.unescape(text)
