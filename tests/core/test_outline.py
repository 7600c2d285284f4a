"""build_outline: every case of issue 6 "Offsets must land right", on texts with astral characters
(U+2000B, U+1D465), inline markup, escaped newlines and CRLF line ends."""

from __future__ import annotations

import random

import pytest

from ipdesk.api.models import DescriptionOffsets, Section, SectionName
from ipdesk.services.outline import build_outline, section_at

# raw P019-style text: JSON-escaped quotes and newlines, CRLF, entities, sub/sup/i/br, astral characters
RAW = (
    '<b class=\\"d_n\\">【0001】</b>技术领域\\n本发明涉及𠀋字处理，特别是𝑥<sub>1</sub>。\r\n'
    '<b class="d_n">【0002】</b>背景技术\r\n现有技术&amp;问题 𝑥𝑦 H<sub>2</sub>O\\n'
    '<b class="d_n">【0003】</b><b>发明内容</b>\r\n本发明 <i>提供</i> 𠀋𠀋 方法<br/>结束。\r\n'
    "具体实施方式\r\n实施例一 …… 𝑥<sup>2</sup> &#x2000B;\r\n"
)
HEADINGS = ["技术领域", "背景技术", "发明内容", "具体实施方式"]


def utf16_units(text: str, index: int) -> int:
    """Independent oracle: UTF-16 length of text[:index] by encoding."""
    return len(text[:index].encode("utf-16-le")) // 2


def make_offsets(raw: str, headings: list[str], *, unit: str = "cp", text_for_positions: str | None = None):
    """P073-like offsets for `headings` found in the text (heading range + content up to the next heading)."""
    text = raw if text_for_positions is None else text_for_positions
    pos = [text.index(h) for h in headings]
    conv = (lambda i: utf16_units(text, i)) if unit == "utf16" else (lambda i: i)
    sections = []
    for k, h in enumerate(headings):
        end = pos[k + 1] if k + 1 < len(headings) else len(text)
        name = SectionName(h, conv(pos[k]), conv(pos[k] + len(h)), (str(k + 1),), (f"cat {h}",))
        sections.append(Section(name, conv(pos[k] + len(h)), conv(end)))
    return DescriptionOffsets("CN000001A", "pid-1", "CN", tuple(sections))


def expected_ranges(plain: str, headings: list[str]) -> list[tuple[int, int]]:
    pos = [plain.index(h) for h in headings]
    return [(p, pos[k + 1] if k + 1 < len(pos) else len(plain)) for k, p in enumerate(pos)]


def assert_lands(outline, headings=HEADINGS):
    plain = outline.plain_text
    assert [s.title for s in outline.sections] == headings
    for s, (start, end) in zip(outline.sections, expected_ranges(plain, headings), strict=True):
        assert (s.heading_start, s.start, s.end) == (start, start, end), s
        assert plain[s.heading_start : s.heading_end] == s.title


def test_fixture_text_has_what_the_cases_need():
    assert any(ord(c) > 0xFFFF for c in RAW) and "\r\n" in RAW and "\\n" in RAW and "<sub>" in RAW


def test_code_point_offsets_through_markup_land_on_headings():
    outline = build_outline(RAW, make_offsets(RAW, HEADINGS))
    assert outline.notes == []
    assert_lands(outline)
    assert all(s.warnings == [] for s in outline.sections)
    assert (
        "<" not in outline.plain_text and "\r" not in outline.plain_text and "\\n" not in outline.plain_text
    )
    assert outline.plain_text.endswith("𝑥2 𠀋\n")
    assert [(s.category_id, s.category_name) for s in outline.sections][0] == ("1", "cat 技术领域")


def test_utf16_offsets_detected_and_corrected():
    outline = build_outline(RAW, make_offsets(RAW, HEADINGS, unit="utf16"))
    assert "offsets_utf16" in outline.notes
    assert_lands(outline)
    # the first heading has no astral character before it, so only the later ones moved
    assert [("utf16_corrected" in s.warnings) for s in outline.sections] == [False, True, True, True]


def test_utf16_offsets_without_markup_and_with_astral_heading():
    raw = "𝑥𝑦𝑧 preface\nTECHNICAL FIELD\nabc 𠀋\n𝑥 Background 𝑥\nmore\nSUMMARY\nend"
    heads = ["TECHNICAL FIELD", "𝑥 Background 𝑥", "SUMMARY"]
    for unit, utf16 in (("cp", False), ("utf16", True)):
        outline = build_outline(raw, make_offsets(raw, heads, unit=unit))
        assert ("offsets_utf16" in outline.notes) is utf16
        assert_lands(outline, heads)


def test_offsets_counted_on_plain_text_are_recognised():
    plain = build_outline(RAW, None).plain_text
    outline = build_outline(RAW, make_offsets(RAW, HEADINGS, text_for_positions=plain))
    assert "offsets_plain" in outline.notes
    assert_lands(outline)


def test_heading_wrapped_in_markup_and_case_whitespace_tolerant():
    raw = "intro\r\n<b>Technical\r\n  Field</b>\r\nbody one\r\n<u>background</u> ART\r\nbody two"
    name1 = SectionName("TECHNICAL FIELD", raw.index("<b>"), None, (), ())
    name2 = SectionName("Background art", raw.index("<u>"), None, (), ())
    outline = build_outline(
        raw, DescriptionOffsets(None, None, "EN", (Section(name1, None, None), Section(name2, None, None)))
    )
    plain = outline.plain_text
    a, b = outline.sections
    assert (a.start, a.end, b.start, b.end) == (
        plain.index("Technical"),
        plain.index("background"),
        plain.index("background"),
        len(plain),
    )
    assert plain[a.heading_start : a.heading_end] == "Technical\n  Field"
    assert a.warnings == [] and b.warnings == []


def test_sections_out_of_order_are_sorted():
    offsets = make_offsets(RAW, HEADINGS, unit="utf16")
    shuffled = (offsets.sections[2], offsets.sections[0], offsets.sections[3], offsets.sections[1])
    outline = build_outline(RAW, DescriptionOffsets("X", None, "CN", shuffled))
    assert_lands(outline)
    assert "reordered" in outline.notes and "offsets_utf16" in outline.notes
    assert [s.source_index for s in outline.sections] == [1, 3, 0, 2]
    flagged = {s.title for s in outline.sections if "reordered" in s.warnings}
    assert flagged == {"技术领域", "背景技术"}  # each came after a later section in the input


def test_missing_first_idx_start_uses_the_heading_found():
    offsets = make_offsets(RAW, HEADINGS, unit="utf16")
    first = offsets.sections[0]
    missing = Section(SectionName(first.name.text, None, None, (), ()), None, first.content_end)
    outline = build_outline(RAW, DescriptionOffsets("X", None, "CN", (missing, *offsets.sections[1:])))
    assert_lands(outline)
    assert outline.sections[0].warnings == ["start_missing"]
    assert all("start_missing" not in s.warnings for s in outline.sections[1:])


def test_missing_first_idx_start_without_heading_in_text_starts_at_zero():
    raw = "no heading here\nSUMMARY\ntext"
    first = Section(SectionName("Abstract", None, None, (), ()), None, None)
    second = Section(SectionName("SUMMARY", raw.index("SUMMARY"), None, (), ()), None, None)
    outline = build_outline(raw, DescriptionOffsets(None, None, None, (first, second)))
    a, b = outline.sections
    assert (a.start, a.end, b.start, b.end) == (0, raw.index("SUMMARY"), raw.index("SUMMARY"), len(raw))
    assert "start_missing" in a.warnings


def test_positions_beyond_the_text_are_clamped_with_a_warning():
    offsets = make_offsets(RAW, HEADINGS)
    last = offsets.sections[-1]
    too_long = Section(last.name, last.content_start, len(RAW) + 500)
    beyond = Section(SectionName("附图说明", len(RAW) * 3, len(RAW) * 3 + 4, (), ()), None, len(RAW) * 4)
    outline = build_outline(
        RAW, DescriptionOffsets("X", None, "CN", (*offsets.sections[:-1], too_long, beyond))
    )
    n = len(outline.plain_text)
    *firsts, long_one, extra = outline.sections
    assert [s.warnings for s in firsts] == [[], [], []]
    assert long_one.end == n and long_one.warnings == ["clamped"]
    assert (extra.start, extra.end) == (n, n)
    assert "clamped" in extra.warnings and "heading_mismatch" in extra.warnings
    assert 0 <= min(s.start for s in outline.sections) and max(s.end for s in outline.sections) == n


def test_negative_positions_are_clamped():
    raw = "TECHNICAL FIELD\nabc"
    outline = build_outline(
        raw,
        DescriptionOffsets(
            None, None, None, (Section(SectionName("TECHNICAL FIELD", -3, 12, (), ()), None, None),)
        ),
    )
    (s,) = outline.sections
    assert (s.start, s.end) == (0, len(raw)) and "clamped" in s.warnings


def test_no_sections_shows_the_whole_text():
    for offsets in (None, DescriptionOffsets("X", None, "CN", ())):
        outline = build_outline(RAW, offsets)
        assert outline.sections == [] and outline.notes == ["no_sections"]
        assert outline.plain_text.startswith("【0001】技术领域\n本发明")
        assert section_at(outline, 5) == -1


@pytest.mark.parametrize("text", [None, "", "  \r\n "])
def test_no_text_gives_the_sections_alone(text):
    offsets = make_offsets(RAW, HEADINGS)
    shuffled = DescriptionOffsets("X", None, "CN", tuple(reversed(offsets.sections)))
    outline = build_outline(text, shuffled)
    assert outline.notes == ["no_text"] and outline.plain_text == ""
    assert [s.title for s in outline.sections] == HEADINGS
    assert all((s.heading_start, s.start, s.end) == (None, None, None) for s in outline.sections)
    assert section_at(outline, 0) == -1


def test_no_text_and_no_sections():
    outline = build_outline(None, None)
    assert outline.sections == [] and set(outline.notes) == {"no_text", "no_sections"}


def test_heading_near_its_offset_is_moved_and_far_one_is_flagged():
    raw = "alpha beta\nTECHNICAL FIELD\nbody text here\nSUMMARY OF THE INVENTION\nsummary body " + "x " * 200
    near = Section(SectionName("Technical field", raw.index("TECHNICAL") - 4, None, (), ()), None, None)
    far_pos = raw.index("summary body") + 250
    far = Section(SectionName("Detailed description", far_pos, None, (), ()), None, None)
    summary = Section(SectionName("Summary of the invention", raw.index("SUMMARY"), None, (), ()), None, None)
    outline = build_outline(raw, DescriptionOffsets(None, None, None, (near, summary, far)))
    a, b, c = outline.sections
    assert (a.heading_start, a.start, a.warnings) == (
        raw.index("TECHNICAL"),
        raw.index("TECHNICAL") - 4,
        ["heading_moved"],
    )
    assert a.end == raw.index("SUMMARY") and b.warnings == []
    assert (c.start, c.heading_start, c.heading_end, c.warnings) == (
        far_pos,
        far_pos,
        None,
        ["heading_mismatch"],
    )


def test_end_defaults_to_next_start_and_inverted_end_is_flagged():
    raw = "ONE\naaa\nTWO\nbbb\nTHREE\nccc"
    s1 = Section(SectionName("ONE", 0, 3, (), ()), 4, None)
    s2 = Section(SectionName("TWO", raw.index("TWO"), None, (), ()), None, 2)
    s3 = Section(SectionName("THREE", raw.index("THREE"), None, (), ()), None, None)
    outline = build_outline(raw, DescriptionOffsets(None, None, None, (s1, s2, s3)))
    assert [(s.start, s.end) for s in outline.sections] == [(0, 8), (8, 16), (16, len(raw))]
    assert outline.sections[1].warnings == ["end_before_start"]


def test_section_at_follows_positions():
    outline = build_outline(RAW, make_offsets(RAW, HEADINGS, unit="utf16"))
    starts = [s.start for s in outline.sections]
    assert section_at(outline, 0) == -1  # the first paragraph number precedes the first heading
    for i, s in enumerate(starts):
        assert section_at(outline, s) == i
        assert section_at(outline, s - 1) == i - 1
    assert section_at(outline, len(outline.plain_text) + 10) == len(starts) - 1


def test_random_documents_land_in_every_interpretation():
    """Generated documents with astral characters, markup and CRLF; offsets in code points or UTF-16 units,
    given in a shuffled order: every section lands on its heading."""
    rng = random.Random(6)
    pieces = ["text ", "𠀋", "𝑥", "<sub>2</sub>", "<i>i</i>", "\\n", "\r\n", "&amp;", "字", "<br>", " "]
    for _round in range(30):
        headings = [f"Heading {k} {'ABCDEFGH'[k % 8]}" for k in range(rng.randint(1, 8))]
        parts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))]
        for h in headings:
            parts.append(f'<b class=\\"d_n\\">【{rng.randint(1, 99):04d}】</b>{h}\r\n')
            parts.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))))
        raw = "".join(parts)
        unit = rng.choice(["cp", "utf16"])
        offsets = make_offsets(raw, headings, unit=unit)
        order = list(offsets.sections)
        rng.shuffle(order)
        outline = build_outline(raw, DescriptionOffsets(None, None, None, tuple(order)))
        assert_lands(outline, headings)
        assert not any("heading_mismatch" in s.warnings for s in outline.sections)
