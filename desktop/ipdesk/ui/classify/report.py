"""File → Report… and File → Print… of the Classification tab: the report dialog over the tab's results.

The rows (all, and the ones the filter shows), the typed list, the run's API calls and the answers its plan
found in the store (of a list reopened from the store: every answered entry) are taken on the GUI thread when the dialog opens; the list is normalised and the report
built on a worker (``services.reports.classify``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ipdesk.ui.reports.dialog import ReportDialog, ReportOptions, report_source


def is_cjk(text: str) -> bool:
    """Has ``text`` Chinese characters (an industry name of a list classified in Chinese)?"""
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def open_report(tab, *, print_when_ready: bool = False) -> ReportDialog | None:
    """The report dialog of ``tab`` (a ClassifyTab), shown; None (and a message) when there are no results."""
    rows = list(tab.results.model.rows())
    if not rows:
        tab.show_message(
            QCoreApplication.translate(
                "ClassifyTab", "Classify a list first: the report is made of its results."
            )
        )
        return None
    shown = tab.results.shown_rows()
    text = tab.input.edit.toPlainText()
    end = tab._last_end
    calls = end.calls if end is not None else 0
    from_store = tab.planned_from_store  # reopened results: every answered entry
    source = report_source(tab.context)

    def build(options: ReportOptions):
        from ipdesk.services.patents import normalize_patent_list
        from ipdesk.services.reports.classify import build_classify_report

        return build_classify_report(
            shown if options.only_filtered else rows,
            normalize_patent_list(text),
            lang=options.lang,
            source=source,
            title=options.title,
            calls=calls,
            from_store=from_store,
            only_filtered=options.only_filtered,
        )

    # industry names: in the report's language where the bundled taxonomy knows the code, else as classified
    classified_zh = any(is_cjk(row.seic_lv1_desc) for row in rows[:200])
    from ipdesk.services.reports.classify import untranslated_industries

    kept = {lang: untranslated_industries(rows, lang) for lang in ("en", "zh")}

    def note(options: ReportOptions) -> str:
        if (options.lang == "zh") == classified_zh or not kept[options.lang]:
            return ""
        if classified_zh:
            return QCoreApplication.translate(
                "ClassifyTab",
                "The level-2 industry names stay in Chinese, as the list was classified (IP Desk knows the English "
                "names of level 1 only).",
            )
        return QCoreApplication.translate(
            "ClassifyTab",
            "The industry names stay in English, as the list was classified; classify it with results in "
            "Chinese to have them in Chinese.",
        )

    dialog = ReportDialog(tab.context, build, filter_option=len(shown) != len(rows), note=note, parent=tab)
    dialog.start(print_when_ready=print_when_ready)
    return dialog
