"""Dates and times as the GUI shows them: one unambiguous form that follows the UI language.

English (and any other language we do not ship): year-month-day and a 24-hour clock, ``2026-12-04 09:00``.
Chinese: ``2026年12月4日 09:00``. Never the locale's short format ("12/4/26 9:00 AM" reads two ways).

``lang`` is the UI language ("en", "zh_CN") or an API language ("en", "zh"); None follows the default QLocale,
which ``ipdesk.ui.core.i18n.LanguageManager.apply`` sets with the UI language, so a view that formats when it
paints (a model's ``data()``) follows a language switch by itself.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale


def is_chinese(lang: str | None = None) -> bool:
    if lang is None:
        return QLocale().language() == QLocale.Language.Chinese
    return lang.lower().startswith("zh")


def format_date(day: date | datetime, lang: str | None = None) -> str:
    """``2026-12-04`` / ``2026年12月4日`` (an aware datetime is shown in local time)."""
    if isinstance(day, datetime):
        day = _local(day).date()
    if is_chinese(lang):
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


def format_datetime(when: datetime, lang: str | None = None) -> str:
    """``2026-12-04 09:00`` / ``2026年12月4日 09:00``, in local time when `when` is aware."""
    when = _local(when)
    return f"{format_date(when.date(), lang)} {when:%H:%M}"


def qt_date_format(lang: str | None = None) -> str:
    """The same date form as a Qt format string, for widgets that take one (QDateTimeAxis, QDateEdit)."""
    return "yyyy年M月d日" if is_chinese(lang) else "yyyy-MM-dd"


def _local(when: datetime) -> datetime:
    return when.astimezone() if when.tzinfo is not None else when
