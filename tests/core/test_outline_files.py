"""Descriptions loaded from files (the Full text tab's Load from file): decoded as saved by Word, Notepad or a
Chinese Windows, never refused for their encoding."""

from __future__ import annotations

import pytest

from ipdesk.services.outline_service import read_description_file, write_export

TEXT = "技术领域\n本发明涉及一种电池。\nTechnical field: a battery."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "gb18030"])
def test_every_common_encoding_reads_back_the_same_text(tmp_path, encoding):
    path = tmp_path / "description.txt"
    if encoding == "utf-16-be-bom":
        path.write_bytes(b"\xfe\xff" + TEXT.encode("utf-16-be"))
    else:
        path.write_bytes(TEXT.encode(encoding))
    assert read_description_file(path) == TEXT


def test_an_export_is_utf8_and_round_trips(tmp_path):
    path = tmp_path / "out.md"
    write_export(path, TEXT)
    assert path.read_bytes() == TEXT.encode("utf-8")
    assert read_description_file(path) == TEXT
