"""What both reports' covers share: where the data came from (or the demo mode's mark on every page) and the
date, written the same way in every report (``start_report``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ipdesk.messages import t
from ipdesk.services.reports.model import Report


@dataclass(frozen=True)
class Source:
    """Where a report's data came from, in no language: the PatSnap endpoint and profile of the session, or
    ``sample`` (the built-in sandbox of demo mode). A front-end builds it from its session."""

    endpoint: str = ""
    profile: str = ""
    sample: bool = False

    def text(self, lang: str) -> str:
        if self.sample:
            return t("report.sample_mark", lang)
        return t("report.source_patsnap", lang, endpoint=self.endpoint or "-", profile=self.profile or "-")

    def mark(self, lang: str) -> str:
        """The line printed on every page: the sandbox's words in demo mode, else nothing."""
        return t("report.sample_mark", lang) if self.sample else ""


def when(moment: datetime) -> str:
    """A report's date and time as written on its cover (the same in both languages: ISO, to the minute)."""
    return moment.strftime("%Y-%m-%d %H:%M")


def start_report(
    kind: str,
    lang: str,
    source: Source,
    *,
    title: str,
    subtitle: str,
    created: datetime | None = None,
    facts: tuple[tuple[str, str], ...] = (),
) -> Report:
    """A report with no blocks yet: its cover says when it was made and where the data came from, then
    ``facts`` (label/value lines); ``created``: now unless given."""
    created = created or datetime.now().astimezone()
    return Report(
        kind=kind,
        lang=lang,
        title=title,
        subtitle=subtitle,
        created=created,
        source=source.text(lang),
        mark=source.mark(lang),
        cover=(
            (t("report.created", lang), when(created)),
            (t("report.source", lang), source.text(lang)),
            *facts,
        ),
    )
