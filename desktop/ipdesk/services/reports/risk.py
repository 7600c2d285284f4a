"""The risk report: a company watchlist as a ``Report`` in English or Chinese.

Cover (date, data source, the release the figures reflect), the watchlist sorted by risk score with its raised
flags (``services.risk``: flags, weights and score), a chart of the flagged companies' scores, each flagged
company's trend over the stored releases for every raised indicator (line charts from the C028 history and the
current C027 counts), and what changed since the previous release (the C029 growth figures, and whether a flag is
new since the company's last check). Everything is read from the store (``watchlist_history``); no call is made.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from ipdesk.api.models import RISK_COUNT_FIELDS, RiskCounts
from ipdesk.messages import t
from ipdesk.services import releases
from ipdesk.services.reports.cover import Source, start_report
from ipdesk.services.reports.model import Block, Chart, Facts, Heading, Paragraph, Report, Series, Table
from ipdesk.services.risk import FLAG_FIELDS, FLAGS, raised_flags, risk_score
from ipdesk.services.watchlist import WatchEntry, watch_name

FLAG_KEYS = {
    "pledge": "report.flag_pledge",
    "litigation_defendant": "report.flag_litigation_defendant",
    "reexam": "report.flag_reexam",
    "transfer_out": "report.flag_transfer_out",
    "rejected": "report.flag_rejected",
}
History = Mapping[str, Sequence[tuple[date, RiskCounts]]]


def watchlist_history(risk, entries: Sequence[WatchEntry]) -> dict[str, list[tuple[date, RiskCounts]]]:
    """Each watched company's stored history points (``RiskService.history_points``; blocking store reads)."""
    return {entry.company.key: risk.history_points(entry.company.key) for entry in entries}


def _flags(entry: WatchEntry) -> dict[str, int]:
    return raised_flags(entry.trend) if entry.trend is not None else {}


def _score(entry: WatchEntry) -> int:
    return risk_score(entry.trend) if entry.trend is not None else 0


def flag_name(flag: str, lang: str) -> str:
    return t(FLAG_KEYS[flag], lang)


def indicator_fields(flag: str) -> list[tuple[str, str]]:
    """(which, field) of a flag's figures in C027/C028: ("patents", a patent_count field) and ("events", an
    event_count field), from the growth figures the flag is raised on."""
    fields = []
    for growth in FLAG_FIELDS[flag]:
        name = growth.removesuffix("_growth")
        fields.append(("patents" if name in RISK_COUNT_FIELDS else "events", name))
    return fields


def build_risk_report(
    entries: Sequence[WatchEntry],
    history: History,
    *,
    lang: str,
    source: Source,
    title: str = "",
    created: datetime | None = None,
) -> Report:
    """The report of a watchlist: ``entries`` as ``WatchlistService.entries`` reads them, ``history`` as
    ``watchlist_history`` gathers it (company key -> history points, oldest first)."""
    ranked = sorted(
        entries, key=lambda e: (e.trend is None, -_score(e), watch_name(e.company, e.trend).lower())
    )
    flagged = [e for e in ranked if _flags(e)]
    checked = [e.company.last_release_checked for e in entries if e.company.last_release_checked]
    latest = max(checked) if checked else None
    release = latest.isoformat() if latest else t("report.release_none", lang)
    report = start_report(
        "risk",
        lang,
        source,
        title=title or t("report.risk_title", lang),
        subtitle=t("report.risk_subtitle", lang, companies=len(entries), flagged=len(flagged)),
        created=created,
        facts=(
            (t("report.release", lang), release),
            (t("report.companies", lang), str(len(entries))),
            (t("report.flagged", lang), str(len(flagged))),
        ),
    )
    blocks = report.blocks
    blocks += _watchlist(ranked, flagged, lang)
    blocks += _changes(ranked, latest, lang)
    blocks += _trends(flagged, history, lang)
    return report


def _watchlist(ranked: Sequence[WatchEntry], flagged: Sequence[WatchEntry], lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(t("report.watchlist", lang)), Paragraph(t("report.score_note", lang))]
    rows = []
    for entry in ranked:
        company = entry.company
        flags = _flags(entry)
        rows.append(
            (
                watch_name(company, entry.trend),
                company.value,
                _score(entry) if entry.trend is not None else None,
                t("report.list_separator", lang).join(f"{flag_name(f, lang)} +{v}" for f, v in flags.items()),
                t("report.yes", lang) if company.flags_new and flags else "",
                company.last_release_checked.isoformat() if company.last_release_checked else "",
                entry.error.message(lang) if entry.error is not None else "",
            )
        )
    blocks.append(
        Table(
            t("report.watchlist_table", lang),
            (
                t("report.col_company", lang),
                t("report.col_code_company", lang),
                t("report.col_score", lang),
                t("report.col_flags", lang),
                t("report.col_new", lang),
                t("report.col_release", lang),
                t("report.col_error", lang),
            ),
            tuple(rows),
            numeric=(2,),
            sheet=t("report.sheet_watchlist", lang),
        )
    )
    if flagged:
        score = t("report.col_score", lang)
        blocks.append(
            Chart(
                t("report.score_chart", lang),
                "bar",
                tuple(watch_name(e.company, e.trend) for e in flagged),
                (Series(score, tuple(float(_score(e)) for e in flagged)),),
                value_label=score,
            )
        )
    else:
        blocks.append(Paragraph(t("report.no_flags", lang)))
    return blocks


def _changes(ranked: Sequence[WatchEntry], latest: date | None, lang: str) -> list[Block]:
    """The C029 growth since the previous release of every indicator that moved, per company."""
    blocks: list[Block] = [Heading(t("report.changes", lang))]
    if latest is not None:
        previous = releases.previous_release(latest).isoformat()
        blocks.append(
            Paragraph(t("report.changes_period", lang, release=latest.isoformat(), previous=previous))
        )
    blocks.append(Paragraph(t("report.changes_note", lang)))
    rows = []
    for entry in ranked:
        if entry.trend is None:
            continue
        name = watch_name(entry.company, entry.trend)
        for flag in FLAGS:
            figures = []
            for which, field in indicator_fields(flag):
                growth = field + "_growth"
                value = (entry.trend.count_growth if which == "patents" else entry.trend.event_growth).get(
                    growth
                )
                figures.append((which, value))
            patents = next((v for w, v in figures if w == "patents"), None)
            events = next((v for w, v in figures if w == "events"), None)
            if not any(v for _, v in figures):
                continue
            raised = flag in _flags(entry)
            rows.append(
                (name, flag_name(flag, lang), patents, events, t("report.yes", lang) if raised else "")
            )
    if not rows:
        blocks.append(Paragraph(t("report.no_changes", lang)))
        return blocks
    blocks.append(
        Table(
            t("report.changes_table", lang),
            (
                t("report.col_company", lang),
                t("report.col_indicator", lang),
                t("report.col_patents_growth", lang),
                t("report.col_events_growth", lang),
                t("report.col_raised", lang),
            ),
            tuple(rows),
            numeric=(2, 3),
        )
    )
    return blocks


def _trends(flagged: Sequence[WatchEntry], history: History, lang: str) -> list[Block]:
    if not flagged:
        return []
    blocks: list[Block] = [Heading(t("report.trends", lang))]
    labels = {"patents": t("report.series_patents", lang), "events": t("report.series_events", lang)}
    for entry in flagged:
        company = entry.company
        name = watch_name(company, entry.trend)
        flags = _flags(entry)
        blocks.append(Heading(name, level=2))
        blocks.append(
            Facts(
                name,
                (
                    (t("report.col_code_company", lang), company.value),
                    (t("report.col_score", lang), str(_score(entry))),
                    (
                        t("report.col_flags", lang),
                        t("report.list_separator", lang).join(flag_name(f, lang) for f in flags),
                    ),
                ),
            )
        )
        points = list(history.get(company.key, ()))
        if len(points) < 2:
            blocks.append(Paragraph(t("report.no_history", lang)))
            continue
        periods = tuple(day.isoformat() for day, _ in points)
        for flag in flags:
            series = []
            for which, field in indicator_fields(flag):
                values = [
                    (counts.patent_count if which == "patents" else counts.event_count).get(field)
                    for _, counts in points
                ]
                if all(v is None for v in values):
                    continue
                series.append(Series(labels[which], tuple(float(v or 0) for v in values)))
            if series:
                blocks.append(
                    Chart(
                        t("report.trend_chart", lang, indicator=flag_name(flag, lang), company=name),
                        "line",
                        periods,
                        tuple(series),
                        value_label=t("report.col_count", lang),
                    )
                )
    return blocks
