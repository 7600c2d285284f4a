"""Count axes of the charts: whole steps, every label on its grid line. Qt-free."""

from __future__ import annotations


def nice_axis(largest: int, max_ticks: int = 6) -> tuple[int, int]:
    """(end, step) of a count axis: a whole step of 1, 2 or 5 × 10^k, at most ``max_ticks`` intervals, and an
    end that is a multiple of the step above ``largest`` (room for the bar's value label), so every label sits
    on its grid line and a bar of n ends exactly on the line labelled n."""
    largest = max(1, int(largest))
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            end = (largest // step + 1) * step
            if end // step <= max_ticks:
                return end, step
        magnitude *= 10
