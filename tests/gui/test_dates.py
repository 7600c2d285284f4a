"""Issue 16 (11): one date form per UI language (ipdesk.ui.core.dates), following a language switch."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QDate

from ipdesk.ui.core.dates import format_date, format_datetime, qt_date_format


def test_one_unambiguous_form_per_language():
    when = datetime(2026, 12, 4, 9, 0)
    assert format_datetime(when, "en") == "2026-12-04 09:00"
    assert format_datetime(when, "zh_CN") == "2026年12月4日 09:00"
    assert format_date(date(2026, 9, 16), "en") == "2026-09-16"
    assert format_date(date(2026, 9, 16), "zh") == "2026年9月16日"
    assert QDate(2026, 9, 16).toString(qt_date_format("en")) == "2026-09-16"
    assert QDate(2026, 9, 16).toString(qt_date_format("zh")) == "2026年9月16日"


def test_an_aware_time_is_shown_in_local_time():
    aware = datetime(2026, 12, 4, 9, 0, tzinfo=timezone(timedelta(hours=3)))
    assert format_datetime(aware, "en") == aware.astimezone().strftime("%Y-%m-%d %H:%M")


def test_without_a_language_the_ui_language_decides(sandbox_context):
    context = sandbox_context()
    when = datetime(2026, 12, 4, 21, 5)
    try:
        context.language.apply("en")
        assert format_datetime(when) == "2026-12-04 21:05"
        context.language.apply("zh_CN")
        assert format_datetime(when) == "2026年12月4日 21:05"
    finally:
        context.language.apply("en")
