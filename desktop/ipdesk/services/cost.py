"""One rule for paid work, shared by the GUI and the command line.

A run that will make more than ``threshold`` API calls asks first (the GUI with a dialog, ``ipdesk`` with a
y/N question or ``--yes``); at or below it, it runs. The threshold is the non-secret setting ``SETTING_KEY``
(default ``DEFAULT_THRESHOLD``), read through any settings backend with ``get(key) -> str | None``.
"""

from __future__ import annotations

from collections.abc import Callable

SETTING_KEY = "paid_work/confirm_above_calls"
DEFAULT_THRESHOLD = 20


def confirm_threshold(get: Callable[[str], object] | None = None) -> int:
    """The threshold from the setting (``get(SETTING_KEY)``); the default when unset or not a whole number >= 0."""
    value = get(SETTING_KEY) if get is not None else None
    try:
        number = int(str(value).strip()) if value is not None else DEFAULT_THRESHOLD
    except ValueError:
        return DEFAULT_THRESHOLD
    return number if number >= 0 else DEFAULT_THRESHOLD


def needs_confirmation(calls: int, threshold: int = DEFAULT_THRESHOLD) -> bool:
    """True when a run of ``calls`` paid API calls must be confirmed first."""
    return calls > threshold
