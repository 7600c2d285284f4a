"""The classification report's appendix on A4 paper, read back with pypdf: the 32-digit PatSnap ids stay in the
workbook (``Table.page_columns``), so do the entries and errors when they add nothing, and on a portrait page the
patent numbers (and in Chinese, with its shorter headers, the dates) are printed whole while the long text columns
give way."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from ipdesk.documents.pdf import write_pdf
from ipdesk.services.classify import ClassRow, export_columns
from ipdesk.services.patents import normalize_patent_list
from ipdesk.services.reports.classify import build_classify_report
from ipdesk.services.reports.cover import Source
from ipdesk.services.reports.model import Table

ROWS = 60


def classified() -> list[ClassRow]:
    """Classified patents with their bibliography (long titles and assignees, Chinese industry names)."""
    return [
        ClassRow(
            f"CN{110000000 + i}A", f"CN{110000000 + i}A", f"{i:032x}", "1", "新一代信息技术产业", "1.2",
            "电子核心产业", "ok", "", f"CN{110000000 + i}A",
            title=f"Method and device number {i} for processing signals in a network",
            assignee=f"Assignee {i} Technology Co., Ltd.",
            application_date=f"2015-03-{1 + i % 28:02d}",
            publication_date=f"2017-06-{1 + i % 28:02d}",
            patent_type="grant",
        )
        for i in range(ROWS)
    ]  # fmt: skip


@pytest.mark.parametrize("lang", ("en", "zh"))
def test_appendix_prints_whole_patent_numbers_without_patsnap_ids(qapp, tmp_path, lang):
    rows = classified()
    inputs = normalize_patent_list("\n".join(row.input for row in rows))
    report = build_classify_report(rows, inputs, lang=lang, source=Source(sample=True))
    appendix = report.blocks[-1]
    assert isinstance(appendix, Table) and len(appendix.headers) == len(export_columns(True)) == 14
    hidden = {export_columns(True).index(name) for name in ("input", "patent_id", "error")}
    assert appendix.page_columns == tuple(
        i for i in range(14) if i not in hidden
    )  # the workbook keeps them all

    path = tmp_path / "report.pdf"
    write_pdf(report, path)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    for row in rows:
        assert row.patent_number in text  # not cut
        assert row.patent_id not in text
        assert lang == "en" or (row.application_date in text and row.publication_date in text)
    assert rows[0].application_date in text
    assert rows[0].title not in text  # the long text columns give way on a portrait page ("…")
