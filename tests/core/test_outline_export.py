"""Outline search, hit counts per section, section text and the Markdown / plain-text exports."""

from __future__ import annotations

from ipdesk.api.models import DescriptionOffsets, Section, SectionName
from ipdesk.services.outline import (
    build_outline,
    export_markdown,
    export_text,
    find_hits,
    hits_per_section,
    section_text,
)

RAW = (
    "Preamble line\r\n"
    "<b>TECHNICAL FIELD</b>\r\nThe 𝑥-ray field. Field notes *bold* and_under.\r\n"
    "BACKGROUND\r\n# not a heading\r\n1. first item\r\nfield𠀋FIELD\\n- dash\r\n"
    "SUMMARY\r\nH<sub>2</sub>O summary.\r\n"
)


def offsets_utf16(raw: str, headings: list[str]) -> DescriptionOffsets:
    def u16(i: int) -> int:
        return len(raw[:i].encode("utf-16-le")) // 2

    sections = []
    for h in headings:
        at = raw.index(h)
        sections.append(Section(SectionName(h, u16(at), u16(at + len(h)), ("1",), ("c",)), None, None))
    return DescriptionOffsets("US1", None, "EN", tuple(sections))


HEADS = ["TECHNICAL FIELD", "BACKGROUND", "SUMMARY"]


def outline():
    return build_outline(RAW, offsets_utf16(RAW, HEADS))


def test_find_hits_case_insensitive_and_sensitive():
    o = outline()
    hits = find_hits(o, "field")
    assert [o.plain_text[a:b] for a, b in hits] == ["FIELD", "field", "Field", "field", "FIELD"]
    assert [o.plain_text[a:b] for a, b in find_hits(o, "field", case_sensitive=True)] == ["field", "field"]
    assert find_hits(o, "") == [] and find_hits(o, "absent") == []
    assert find_hits(o, "*bold*") == [(o.plain_text.index("*bold*"), o.plain_text.index("*bold*") + 6)]


def test_hits_per_section():
    o = outline()
    assert "offsets_utf16" in o.notes
    counts = hits_per_section(o, find_hits(o, "field"))
    assert counts == [3, 2, 0]
    assert hits_per_section(o, find_hits(o, "preamble")) == [0, 0, 0]  # before the first section
    assert hits_per_section(o, []) == [0, 0, 0]


def test_section_text_is_exactly_the_section():
    o = outline()
    assert section_text(o, 0) == "TECHNICAL FIELD\nThe 𝑥-ray field. Field notes *bold* and_under.\n"
    assert section_text(o, 2) == "SUMMARY\nH2O summary.\n"
    assert "".join(section_text(o, i) for i in range(3)) == o.plain_text[o.sections[0].start :]


def test_export_markdown_whole_and_chosen_sections():
    md = export_markdown(outline(), title="US1 description")
    assert md.startswith("# US1 description\n\nPreamble line\n\n## TECHNICAL FIELD\n\nThe 𝑥-ray field.")
    assert "\\*bold\\* and\\_under." in md
    assert (
        "## BACKGROUND\n\n\\# not a heading\n\n1\\. first item\n\nfield𠀋FIELD\n\n\\- dash\n\n## SUMMARY"
        in md
    )
    assert md.endswith("## SUMMARY\n\nH2O summary.\n")
    chosen = export_markdown(outline(), section_indices=[2, 0])
    assert chosen.startswith("## SUMMARY\n\nH2O summary.\n\n## TECHNICAL FIELD\n\nThe")
    assert "Preamble" not in chosen and "BACKGROUND" not in chosen


def test_export_text():
    text = export_text(outline(), section_indices=[1], title="US1")
    assert (
        text == "US1\n===\n\nBACKGROUND\n----------\n\n# not a heading\n1. first item\nfield𠀋FIELD\n- dash\n"
    )


def test_exports_without_sections_or_text():
    no_sections = build_outline(RAW, None)
    assert export_text(no_sections).startswith("Preamble line\nTECHNICAL FIELD\nThe 𝑥-ray")
    assert export_markdown(no_sections, title="T").startswith("# T\n\nPreamble line\n\nTECHNICAL FIELD\n\n")
    no_text = build_outline(None, offsets_utf16(RAW, HEADS))
    assert export_markdown(no_text) == "## TECHNICAL FIELD\n\n## BACKGROUND\n\n## SUMMARY\n"
    assert section_text(no_text, 0) == ""
    assert hits_per_section(no_text, [(0, 1)]) == [0, 0, 0]
