"""The classification report: a classified patent list as a ``Report`` in English or Chinese.

Cover (title, date, data source), the method box (entries, duplicates, invalid lines with their reasons, not
found, no SEIC class, answered from the store, API calls), the level-1 distribution (chart and table of distinct
patents and their shares), each level-1 industry's level-2 breakdown, and the full result table as an appendix.
Every count comes from ``services.portfolio.Distribution`` (distinct patents), so the report says what the
Classification tab's chart says. Industries are named in the report's language from the bundled SEIC taxonomy
(``services.taxonomy``) where it knows the code's name, else as the list was classified.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ipdesk.messages import t
from ipdesk.services.classify import BIBLIO_COLUMNS, ClassRow, export_columns
from ipdesk.services.patents import PatentInput
from ipdesk.services.portfolio import Distribution, PortfolioMatrix, by_assignee, by_year
from ipdesk.services.reports.cover import Source, start_report
from ipdesk.services.reports.model import (
    Block,
    Chart,
    Facts,
    Heading,
    Matrix,
    PageBreak,
    Paragraph,
    Report,
    Series,
    Table,
)
from ipdesk.services.taxonomy import seic_name

# a result column -> its header in a report (the exports keep the machine names)
COLUMN_KEYS = {
    "input": "report.col_input",
    "patent_number": "report.col_patent_number",
    "patent_id": "report.col_patent_id",
    "seic_lv1_no": "report.col_lv1_no",
    "seic_lv1_desc": "report.col_lv1_desc",
    "seic_lv2_no": "report.col_lv2_no",
    "seic_lv2_desc": "report.col_lv2_desc",
    "status": "report.col_status",
    "error": "report.col_error",
    "title": "report.col_title",
    "assignee": "report.col_assignee",
    "application_date": "report.col_application_date",
    "publication_date": "report.col_publication_date",
    "patent_type": "report.col_patent_type",
}
STATUS_KEYS = {
    "ok": "report.status_ok",
    "none": "report.status_none",
    "not_found": "report.status_not_found",
    "failed": "report.status_failed",
}
LINE_KIND_KEYS = {
    "invalid": "report.line_invalid",
    "application": "report.line_application",
    "duplicate": "report.line_duplicate",
}


def has_bibliography(rows: Sequence[ClassRow]) -> bool:
    """Were the rows classified "with bibliography" (any bibliography field filled)?"""
    return any(getattr(row, name) for row in rows for name in BIBLIO_COLUMNS)


def build_classify_report(
    rows: Sequence[ClassRow],
    inputs: PatentInput,
    *,
    lang: str,
    source: Source,
    title: str = "",
    calls: int = 0,
    from_store: int = 0,
    only_filtered: bool = False,
    created: datetime | None = None,
) -> Report:
    """The report of a classified list. ``rows``: the result rows (the table's shown rows with
    ``only_filtered``); ``inputs``: the list as normalised (its duplicates and invalid lines); ``calls``: the API
    calls the run spent; ``from_store``: entries answered from the store without a call."""
    rows = industries_named(rows, lang)
    dist = Distribution()
    dist.add_rows(rows)
    report = start_report(
        "classify",
        lang,
        source,
        title=title or t("report.classify_title", lang),
        subtitle=t("report.classify_subtitle", lang, count=dist.total),
        created=created,
        facts=(
            (t("report.inputs", lang), str(inputs.total_entries)),
            (t("report.patents", lang), str(dist.total)),
        ),
    )
    blocks = report.blocks
    blocks += _method(
        dist, inputs, lang, calls=calls, from_store=from_store, only_filtered=only_filtered, rows=rows
    )
    blocks += _level1(dist, lang)
    blocks += _level2(dist, lang)
    if has_bibliography(rows):
        blocks += _views(rows, lang)
    blocks += _appendix(rows, lang)
    return report


def industries_named(rows: Sequence[ClassRow], lang: str) -> list[ClassRow]:
    """``rows`` with their industry names in ``lang`` where the bundled taxonomy knows the code (no call)."""
    named = []
    for row in rows:
        lv1 = seic_name(row.seic_lv1_no, lang) if row.seic_lv1_no else None
        lv2 = seic_name(row.seic_lv2_no, lang) if row.seic_lv2_no else None
        if (lv1 or row.seic_lv1_desc) != row.seic_lv1_desc or (lv2 or row.seic_lv2_desc) != row.seic_lv2_desc:
            row = row._replace(seic_lv1_desc=lv1 or row.seic_lv1_desc, seic_lv2_desc=lv2 or row.seic_lv2_desc)
        named.append(row)
    return named


def untranslated_industries(rows: Sequence[ClassRow], lang: str) -> bool:
    """Does a report in ``lang`` keep some industry name as classified (a code the taxonomy has no ``lang``
    name for)?"""
    codes = {code for row in rows for code in (row.seic_lv1_no, row.seic_lv2_no) if code}
    return any(seic_name(code, lang) is None for code in codes)


def _method(
    dist: Distribution,
    inputs: PatentInput,
    lang: str,
    *,
    calls: int,
    from_store: int,
    only_filtered: bool,
    rows: Sequence[ClassRow],
) -> list[Block]:
    blocks: list[Block] = [Heading(t("report.method", lang))]
    if only_filtered:
        blocks.append(Paragraph(t("report.only_filtered", lang, count=len(rows))))
    facts = [
        (t("report.inputs", lang), inputs.total_entries),
        (t("report.duplicates", lang), inputs.duplicates),
        (t("report.invalid", lang), len(inputs.invalid)),
        (t("report.unique", lang), inputs.unique),
        (t("report.from_store", lang), from_store),
        (t("report.calls", lang), calls),
        (t("report.patents", lang), dist.total),
        (t("report.classified", lang), dist.classified),
        (t("report.no_class", lang), len(dist.none)),
        (t("report.not_found", lang), len(dist.not_found)),
        (t("report.failed", lang), len(dist.failed)),
    ]
    if dist.same_patent:
        facts.append((t("report.same_patent", lang), dist.same_patent))
    blocks.append(Facts(t("report.method_box", lang), tuple((label, str(value)) for label, value in facts)))
    lines = inputs.left_out()
    if lines:
        blocks.append(
            Table(
                t("report.lines_title", lang),
                (
                    t("report.col_line", lang),
                    t("report.col_entry", lang),
                    t("report.col_kind", lang),
                    t("report.col_reason", lang),
                ),
                tuple((e.line, e.raw, t(LINE_KIND_KEYS[e.kind], lang), e.reason(lang)) for e in lines),
                numeric=(0,),
                sheet=t("report.sheet_lines", lang),
            )
        )
    return blocks


def _industry_table(
    title: str, counts: list[tuple[str, str, int]], whole: int, lang: str, share_key: str
) -> Table:
    return Table(
        title,
        (
            t("report.col_code", lang),
            t("report.col_industry", lang),
            t("report.col_patents", lang),
            t(share_key, lang),
        ),
        tuple((code, name, n, n / whole if whole else 0.0) for code, name, n in counts),
        numeric=(2, 3),
        percent=(3,),
    )


def _level1(dist: Distribution, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(t("report.level1", lang))]
    level1 = dist.level1()
    if not level1:
        blocks.append(Paragraph(t("report.no_industry", lang)))
        return blocks
    patents = t("report.col_patents", lang)
    blocks.append(
        Chart(
            t("report.level1_chart", lang),
            "bar",
            tuple(name or code for code, name, _ in level1),
            (Series(patents, tuple(float(n) for _, _, n in level1)),),
            value_label=patents,
        )
    )
    blocks.append(
        _industry_table(t("report.level1_table", lang), level1, dist.total, lang, "report.col_share")
    )
    blocks.append(Paragraph(t("report.share_note", lang, patents=dist.total)))
    return blocks


def _level2(dist: Distribution, lang: str) -> list[Block]:
    level1 = [row for row in dist.level1() if dist.level2(row[0])]
    if not level1:
        return []
    blocks: list[Block] = [Heading(t("report.level2", lang))]
    patents = t("report.col_patents", lang)
    for code, name, count in level1:
        level2 = dist.level2(code)
        blocks.append(Heading(f"{code} {name}".strip(), level=2))
        blocks.append(
            Chart(
                t("report.level2_chart", lang, industry=name or code),
                "bar",
                tuple(n or c for c, n, _ in level2),
                (Series(patents, tuple(float(n) for _, _, n in level2)),),
                value_label=patents,
            )
        )
        blocks.append(
            _industry_table(
                t("report.level2_table", lang, industry=name or code),
                level2,
                count,
                lang,
                "report.col_share_industry",
            )
        )
    return blocks


TOP_ASSIGNEES = 15


def _views(rows: Sequence[ClassRow], lang: str) -> list[Block]:
    """The portfolio by assignee and by application year (``services.portfolio``), when the rows carry the
    bibliography."""
    blocks: list[Block] = []
    views = (
        ("report.by_assignee", "report.by_assignee_others", by_assignee(rows, TOP_ASSIGNEES)),
        ("report.by_year", "report.by_year_others", by_year(rows, "application")),
    )
    for title_key, others_key, view in views:
        if view.empty:
            continue
        blocks.append(Heading(t(title_key, lang)))
        blocks.append(_matrix(t(title_key, lang), view))
        if view.others:
            blocks.append(Paragraph(t(others_key, lang, count=view.others)))
    return blocks


def _matrix(title: str, view: PortfolioMatrix) -> Matrix:
    return Matrix(
        title,
        view.row_labels,
        tuple(name or code for code, name in zip(view.column_codes, view.column_names, strict=True)),
        view.counts,
    )


def _off_paper(rows: Sequence[ClassRow]) -> set[str]:
    """The appendix's columns its A4 pages leave to the workbook: the PatSnap ids (32 hex digits each), and the
    entries and errors when they add nothing (every entry is its patent number; no row failed)."""
    hidden = {"patent_id"}
    if all(row.input == row.patent_number for row in rows):
        hidden.add("input")
    if not any(row.error for row in rows):
        hidden.add("error")
    return hidden


def _appendix(rows: Sequence[ClassRow], lang: str) -> list[Block]:
    columns = export_columns(has_bibliography(rows))
    status = columns.index("status")
    off_paper = _off_paper(rows)
    body = []
    for row in rows:
        cells = [getattr(row, name) for name in columns]
        cells[status] = t(STATUS_KEYS[row.status], lang) if row.status in STATUS_KEYS else row.status
        body.append(tuple(cells))
    return [
        PageBreak(),
        Heading(t("report.appendix", lang)),
        Table(
            t("report.appendix_table", lang, count=len(rows)),
            tuple(t(COLUMN_KEYS[name], lang) for name in columns),
            tuple(body),
            sheet=t("report.sheet_results", lang),
            page_columns=tuple(i for i, name in enumerate(columns) if name not in off_paper),
        ),
    ]
