"""Hostile input files through the real command line: refused fast, in little memory, with a message that gives
the limit, never a traceback; long input lines cut in every message."""

from __future__ import annotations

import os
import time
import zipfile

import pytest
from support import child_env, classify_tab, run_cli

from ipdesk.services.outline_service import read_description_file
from ipdesk.services.tables import DEFAULT_LIMITS, TableError

ROW = b'<row><c t="inlineStr"><is><t>US9800501B2</t></is></c></row>'
SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
MEMORY_MB = 200  # an ipdesk process with Python, requests and openpyxl loaded stays well below this


def workbook(path, sheet_xml_parts, *, unpacked: int | None = None) -> None:
    """A real .xlsx whose first sheet is written from ``sheet_xml_parts`` (bytes, streamed into the ZIP)."""
    from openpyxl import Workbook

    template = path.with_name("template.xlsx")
    book = Workbook()
    book.active.append(["patent"])
    book.save(template)
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, source.read(info))
        with target.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for part in sheet_xml_parts:
                sheet.write(part)
    template.unlink()


@pytest.fixture(scope="module")
def bomb(tmp_path_factory):
    """A 6 MB .xlsx that unpacks to 2 GB (rows of one patent number)."""
    path = tmp_path_factory.mktemp("bomb") / "patents.xlsx"
    chunk = ROW * (4 * 2**20 // len(ROW))

    def parts():
        yield SHEET_HEAD + b"<sheetData>"
        for _ in range(2 * 2**30 // len(chunk)):
            yield chunk
        yield b"</sheetData></worksheet>"

    workbook(path, parts())
    assert path.stat().st_size < 8 * 2**20
    return path


def test_a_zip_bomb_workbook_is_refused_from_its_directory(bomb, tmp_path):
    run = run_cli(["classify", "--input", str(bomb)], child_env(tmp_path))
    assert run.returncode == 2, run.stderr
    assert "patents.xlsx unpacks to 2,048 MB" in run.stderr and "(256 MB unpacked)" in run.stderr
    assert not run.traceback
    assert run.seconds < 10 and run.max_rss_mb < MEMORY_MB, (run.seconds, run.max_rss_mb)


def test_a_workbook_declaring_more_rows_than_the_limit_is_refused_before_its_rows(tmp_path):
    path = tmp_path / "long.xlsx"
    rows = 3 * DEFAULT_LIMITS.max_rows
    workbook(
        path,
        [SHEET_HEAD, f'<dimension ref="A1:A{rows}"/><sheetData>'.encode(), ROW, b"</sheetData></worksheet>"],
    )
    run = run_cli(["classify", "--input", str(path)], child_env(tmp_path), timeout=60)
    assert (
        run.returncode == 2 and "long.xlsx is larger than an import accepts (1,000,000 rows)" in run.stderr
    ), run.stderr
    assert not run.traceback and run.seconds < 10


def test_rows_of_nothing_without_end_are_refused_while_reading(tmp_path):
    path = tmp_path / "sparse.xlsx"
    far = 4 * DEFAULT_LIMITS.max_rows  # one row far down: openpyxl yields every empty row up to it
    workbook(path, [SHEET_HEAD, b"<sheetData>", ROW, f'<row r="{far}"><c t="inlineStr"><is><t>US1B1</t></is></c></row>'.encode(), b"</sheetData></worksheet>"])  # fmt: skip
    run = run_cli(["classify", "--input", str(path)], child_env(tmp_path), timeout=120)
    assert run.returncode == 2 and "(1,000,000 rows)" in run.stderr, run.stderr
    assert run.max_rss_mb < MEMORY_MB


def test_the_classification_tab_refuses_the_zip_bomb_in_words(bomb, qloop, qtbot, sandbox, tmp_path):
    import resource

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with classify_tab(qtbot, tmp_path, sandbox.base_url) as tab:
        tab.open_file(str(bomb))
        qtbot.waitUntil(lambda: "patents.xlsx unpacks to 2,048 MB" in tab.message.text(), timeout=10000)
        assert tab.input.text() == ""
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 100, grown_mb  # read from its directory, never unpacked


@pytest.fixture(scope="module")
def random_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("binary") / "list.csv"
    with path.open("wb") as fh:
        for _ in range(50):
            fh.write(os.urandom(10**6))
    return path


def test_a_50_mb_binary_file_is_refused_from_its_first_bytes(random_file, tmp_path):
    run = run_cli(["classify", "--input", str(random_file)], child_env(tmp_path))
    assert run.returncode == 2 and "list.csv is a binary file, not text or a table" in run.stderr, run.stderr
    assert not run.traceback
    assert run.seconds < 5 and run.max_rss_mb < 120, (run.seconds, run.max_rss_mb)


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(DEFAULT_LIMITS.max_bytes + 1)  # sparse: nothing to read, only its size
    run = run_cli(["classify", "--input", str(path)], child_env(tmp_path))
    assert run.returncode == 2 and "huge.txt is larger than an import accepts (50 MB)" in run.stderr, (
        run.stderr
    )
    assert run.seconds < 5


@pytest.mark.parametrize("lang", ["en_US.UTF-8", "zh_CN.UTF-8"])
def test_a_10_mb_line_is_cut_in_messages(tmp_path, lang):
    path = tmp_path / "list.txt"
    path.write_text("Z" * 10**7 + "\n", encoding="utf-8")
    run = run_cli(["classify", "--input", str(path)], child_env(tmp_path, lang=lang))
    assert run.returncode == 2 and not run.traceback, run.stderr
    assert len(run.stderr) < 2000, len(run.stderr)
    assert "Z" * 79 + "…" in run.stderr and "Z" * 81 not in run.stderr


def test_a_long_column_name_is_cut_in_the_unknown_column_message(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Y" * 100_000 + ",patent\nx,US9800501B2\n", encoding="utf-8")
    run = run_cli(["classify", "--input", str(path), "--column", "Q" * 100_000], child_env(tmp_path))
    assert run.returncode == 2 and "no column" in run.stderr, run.stderr[:500]
    assert len(run.stderr) < 2000


def test_a_binary_description_file_is_refused_without_reading_it_whole(random_file):
    started = time.monotonic()
    with pytest.raises(TableError, match="is not a text or HTML file") as caught:
        read_description_file(random_file)
    assert time.monotonic() - started < 1
    assert caught.value.message("zh") != caught.value.message("en")


def test_a_text_description_file_still_opens(tmp_path):
    path = tmp_path / "description.html"
    path.write_bytes("<p>说明书 Description</p>".encode("gb18030"))
    assert read_description_file(path) == "<p>说明书 Description</p>"
