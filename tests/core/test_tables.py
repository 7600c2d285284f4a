"""The one table reader (services.tables): encodings, delimiters, lines above the header, column choice, errors;
every file is written by the test with the encoding a real program would use."""

from __future__ import annotations

import codecs

import pytest

from ipdesk.services.tables import (
    Limits,
    TableError,
    company_score,
    patent_score,
    read_column,
    read_table,
)

PATENTS = ["CN110650438A", "US9800501B2", "EP3000001A1"]
URL = "https://analytics.zhihuiya.com/search/result/tablelist?q=TTL%3A%28battery%29&sort=sdesc"


def csv_text(sep: str = ",", preamble: bool = False) -> str:
    lines = [URL] if preamble else []
    lines.append(sep.join(["序号", "专利号", "标题"]))
    lines += [sep.join([str(i), p, f"电池 {i}"]) for i, p in enumerate(PATENTS, 1)]
    return "\r\n".join(lines) + "\r\n"


def test_gb18030_csv_with_chinese_header(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(csv_text().encode("gb18030"))
    table = read_table(path, score=patent_score)
    assert table.headers == ("序号", "专利号", "标题") and table.has_header
    assert table.values(table.find_column("专利号")) == PATENTS
    assert read_column(path, "专利号") == PATENTS
    assert read_column(path, score=patent_score) == PATENTS  # guessed from the cells


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        lambda t: t.encode("utf-16-le"),  # no BOM: told from the NUL bytes
        lambda t: t.encode("utf-16-be"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("utf-8"),
    ],
    ids=["utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf8-bom", "utf8"],
)
def test_encodings(tmp_path, encode):
    path = tmp_path / "list.csv"
    path.write_bytes(encode(csv_text(sep="\t")))
    assert read_column(path, "专利号") == PATENTS
    assert read_table(path).headers == ("序号", "专利号", "标题")


def test_semicolon_and_tab_delimiters(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(csv_text(sep=";").encode("utf-8"))
    assert read_column(path, " 专利号 ") == PATENTS
    tsv = tmp_path / "list.tsv"
    tsv.write_text(csv_text(sep="\t"), encoding="utf-8")
    assert read_column(tsv, "专利号") == PATENTS
    txt = tmp_path / "copied.txt"  # cells copied from a spreadsheet
    txt.write_text(csv_text(sep="\t"), encoding="utf-8")
    assert read_column(txt, score=patent_score) == PATENTS


@pytest.mark.parametrize("column", [None, "专利号"])
def test_search_url_line_then_header_on_line_2(tmp_path, column):
    path = tmp_path / "export.csv"
    path.write_bytes(csv_text(preamble=True).encode("gb18030"))
    table = read_table(path, column=column, score=patent_score)
    assert table.headers == ("序号", "专利号", "标题") and table.skipped == 1
    assert [row[1] for row in table.rows] == PATENTS
    assert read_column(path, column, patent_score) == PATENTS


def test_xlsx_with_a_title_row(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Search results: battery (3 patents)"])
    sheet.append(["No.", "Publication Number", "Applicant"])
    for i, p in enumerate(PATENTS, 1):
        sheet.append([i, p, "ACME Co., Ltd."])
    book.save(tmp_path / "list.xlsx")
    table = read_table(tmp_path / "list.xlsx", score=patent_score)
    assert table.headers == ("No.", "Publication Number", "Applicant") and len(table.rows) == 3
    assert table.guess_column(patent_score) == 1
    assert read_column(tmp_path / "list.xlsx", "publication number") == PATENTS  # case/space-insensitive
    assert (
        read_column(tmp_path / "list.xlsx", "ＰＵＢＬＩＣＡＴＩＯＮ　ＮＵＭＢＥＲ") == PATENTS
    )  # full-width


def test_header_is_never_an_entry(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("专利号\n" + "\n".join(PATENTS) + "\n", encoding="utf-8")
    assert read_column(one, score=patent_score) == PATENTS
    bare = tmp_path / "bare.csv"  # no header at all: every row is an entry
    bare.write_text("\n".join(PATENTS), encoding="utf-8")
    table = read_table(bare, score=patent_score)
    assert not table.has_header and table.values(0) == PATENTS and table.label(0) == "#1"
    companies = tmp_path / "companies.csv"  # names only: the header is told from names that read as companies
    companies.write_text("企业名称\n小米科技有限责任公司\n华为技术有限公司\n", encoding="utf-8-sig")
    assert read_column(companies, score=company_score) == ["小米科技有限责任公司", "华为技术有限公司"]
    assert read_column(companies, "企业名称") == ["小米科技有限责任公司", "华为技术有限公司"]
    no_header = tmp_path / "no-header.csv"  # a search URL, then rows with no header: the URL is not a row
    no_header.write_text(f"{URL}\n1,{PATENTS[0]}\n2,{PATENTS[1]}\n", encoding="utf-8")
    table = read_table(no_header, score=patent_score)
    assert not table.has_header and table.skipped == 1 and table.values(1) == PATENTS[:2]
    plain = tmp_path / "plain.txt"  # several entries on a line stay one cell for the list parser
    plain.write_text("CN110650438A, US 9,800,501 B2\nEP3000001A1\n", encoding="utf-8")
    assert read_column(plain, score=patent_score) == ["CN110650438A, US 9,800,501 B2", "EP3000001A1"]


def test_company_column_is_guessed_by_codes(tmp_path):
    path = tmp_path / "watch.csv"
    path.write_text(
        "序号,企业名称,统一社会信用代码\n1,小米科技有限责任公司,91110108551385082Q\n", encoding="utf-8-sig"
    )
    table = read_table(path, score=company_score)
    assert table.guess_column(company_score) == 2 and table.values(2) == ["91110108551385082Q"]


def test_unknown_column_lists_the_decoded_names(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(csv_text(preamble=True).encode("gb18030"))
    with pytest.raises(TableError) as caught:
        read_column(path, "Patent", patent_score)
    assert "序号, 专利号, 标题" in caught.value.message(
        "en"
    ) and "序号, 专利号, 标题" in caught.value.message("zh")
    assert "Patent" in caught.value.message("en")
    with pytest.raises(TableError, match="no column '7'"):
        read_table(path, score=patent_score).find_column(7)


@pytest.mark.parametrize(
    "name, data, says",
    [
        ("empty.csv", b"", "empty"),
        ("blank.csv", b" \r\n\r\n,,\r\n", "empty"),
        ("image.csv", bytes(range(256)) * 4, "binary"),
        ("doc.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        ("archive.xlsx", b"PK\x03\x04" + b"\0" * 60, "ZIP"),
        ("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 60, "old-format"),
        ("missing.csv", None, "Cannot read"),
    ],
)
def test_files_that_are_not_tables_are_refused_with_a_reason(tmp_path, name, data, says):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(TableError, match=says) as caught:
        read_table(path, score=patent_score)
    assert caught.value.message("zh") != caught.value.message("en") and name in caught.value.message("en")


def test_limits_are_checked_in_one_place(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(csv_text(), encoding="utf-8")
    with pytest.raises(TableError, match="10 bytes"):
        read_table(path, limits=Limits(max_bytes=10))
    with pytest.raises(TableError, match="2 rows"):
        read_table(path, limits=Limits(max_rows=2))
    assert len(read_table(path, limits=Limits(max_bytes=10_000, max_rows=4)).rows) == 3
