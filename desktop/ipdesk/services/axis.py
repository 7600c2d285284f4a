"""Count axes of the charts: whole steps of 1, 2 or 5 × 10^k, every label on its grid line. Qt-free."""

from __future__ import annotations


def _steps():
    """1, 2, 5, 10, 20, 50, ... (the steps an axis may take)."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            yield factor * magnitude
        magnitude *= 10


def nice_axis(largest: int, max_ticks: int = 6) -> tuple[int, int]:
    """(end, step) of a count axis from 0: at most ``max_ticks`` intervals, and an end that is a multiple of the
    step above ``largest`` (room for the bar's value label), so every label sits on its grid line and a bar of n
    ends exactly on the line labelled n."""
    largest = max(1, int(largest))
    for step in _steps():
        end = (largest // step + 1) * step
        if end // step <= max_ticks:
            return end, step
    raise AssertionError("unreachable")


def value_range(low: int, high: int, max_ticks: int = 5) -> tuple[int, int, int]:
    """(bottom, top, step) of an axis for values from ``low`` to ``high`` (a history line): whole multiples of
    the step, at most ``max_ticks`` intervals, the highest point off the top frame, never below 0 for counts."""
    low, high = int(low), int(high)
    for step in _steps():
        bottom = (low // step) * step
        if bottom == low and bottom > 0:
            bottom = max(0, bottom - step)
        top = (high // step + 1) * step  # strictly above the highest point
        if (top - bottom) // step <= max_ticks:
            return bottom, top, step
    raise AssertionError("unreachable")
