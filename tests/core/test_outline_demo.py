"""Every demo patent, fetched from the real sandbox over HTTP (P073 + P019): each section lands on its
heading, and the same outline comes out when the offsets are sent in UTF-16 units of a text with astral
characters and CRLF line ends."""

from __future__ import annotations

import re

import pytest

from ipdesk.api.client import PatSnapClient
from ipdesk.api.config import ClientConfig
from ipdesk.api.models import DescriptionOffsets, Section, SectionName
from ipdesk.api.ratelimit import RateLimiter
from ipdesk.sandbox.demo import demo_description_patents
from ipdesk.services.outline import build_outline, section_text


@pytest.fixture
def client(sandbox, demo_credentials):
    c = PatSnapClient(ClientConfig(sandbox.base_url), demo_credentials, limiter=RateLimiter(rate=500.0))
    yield c
    c.close()


def fetch(client, pn):
    lang = "CN" if pn.startswith("CN") else "EN"
    offsets = client.description_offset(pn, by="patent_number", lang=lang)
    description = client.description_data(pn, by="patent_number", replace_by_related=True)
    text = None
    if description is not None:  # WO2023284221A1 has only its family member's CN text
        text = description.text_for(lang) or (description.texts[0] if description.texts else None)
    return offsets, (text.text if text else None)


def test_demo_patent_without_own_text_gives_the_outline_alone(client):
    pn = demo_description_patents()[-1]
    offsets = client.description_offset(pn, by="patent_number", lang="CN")
    description = client.description_data(pn, by="patent_number", replace_by_related=False)
    raw = description.text_for("CN").text if description and description.text_for("CN") else None
    outline = build_outline(raw, offsets)
    assert raw is None and "no_text" in outline.notes and outline.plain_text == ""


@pytest.mark.parametrize("units", ["codepoint", "utf16"])
def test_every_demo_patent_lands(sandbox, client, units):
    sandbox.configure(offset_units=units)
    seen_sections = utf16_docs = 0
    for pn in demo_description_patents():
        offsets, raw = fetch(client, pn)
        outline = build_outline(raw, offsets)
        assert raw, pn
        if not offsets.sections:
            assert outline.notes == ["no_sections"], pn
            continue
        assert sorted(s.title for s in outline.sections) == sorted(s.name.text for s in offsets.sections), pn
        for i, s in enumerate(outline.sections):
            assert set(s.warnings) <= {"utf16_corrected"}, (pn, s)
            assert section_text(outline, i).startswith(outline.plain_text[s.heading_start : s.heading_end])
            key = "".join(c for c in s.title.casefold() if c.isalnum())
            found = "".join(
                c for c in outline.plain_text[s.heading_start : s.heading_end].casefold() if c.isalnum()
            )
            assert found == key, (pn, s)
            seen_sections += 1
        assert re.search(r"</?(b|i|sub|sup|br)\b[^>]*>", outline.plain_text) is None, pn
        astral = any(ord(c) > 0xFFFF for c in raw)
        corrected = any("utf16_corrected" in s.warnings for s in outline.sections)
        assert ("offsets_utf16" in outline.notes) is corrected, pn
        utf16_docs += corrected
        assert astral or not corrected, pn
    assert seen_sections > 30
    assert utf16_docs >= 1 if units == "utf16" else utf16_docs == 0


def test_demo_patent_with_astral_crlf_and_utf16_offsets(client):
    """Make the demo text harder (astral characters in every paragraph, CRLF) and send the offsets in UTF-16
    units: the sections still land where they landed in the clean text."""
    offsets, raw = fetch(client, "CN110650438A")
    clean = build_outline(raw, offsets)
    # insert an astral character after every line feed and switch to CRLF; keep a map old -> new index
    new_index, pos = [], 0
    for ch in raw:
        new_index.append(pos)
        pos += 3 if ch == "\n" else 1
    new_index.append(pos)
    hard = raw.replace("\n", "\r\n𠀋")

    def u16(i):
        return None if i is None else len(hard[: new_index[i]].encode("utf-16-le")) // 2

    sections = tuple(
        Section(
            SectionName(
                s.name.text,
                u16(s.name.idx_start),
                u16(s.name.idx_end),
                s.name.category_ids,
                s.name.category_names,
            ),
            u16(s.content_start),
            u16(s.content_end),
        )
        for s in offsets.sections
    )
    outline = build_outline(hard, DescriptionOffsets(offsets.pn, None, "CN", sections))
    assert "offsets_utf16" in outline.notes
    assert outline.plain_text.replace("𠀋", "") == clean.plain_text
    for a, b in zip(clean.sections, outline.sections, strict=True):
        assert (
            outline.plain_text[b.heading_start : b.heading_end]
            == clean.plain_text[a.heading_start : a.heading_end]
        )
        assert section_text(outline, outline.sections.index(b)).replace("𠀋", "") == section_text(
            clean, clean.sections.index(a)
        )
        assert "heading_mismatch" not in b.warnings
