"""The charts' count axes (services.axis): whole steps, labels on grid lines, room above the highest value."""

from __future__ import annotations

import pytest

from ipdesk.services.axis import nice_axis, value_range


@pytest.mark.parametrize(
    ("largest", "expected"), [(0, (2, 1)), (6, (8, 2)), (27, (30, 5)), (606, (800, 200))]
)
def test_bar_axes_end_on_a_whole_step_above_the_largest_bar(largest, expected):
    assert nice_axis(largest) == expected


@pytest.mark.parametrize(
    ("low", "high", "ticks", "expected"),
    [
        (63, 63, 3, (62, 64, 1)),
        (52, 63, 3, (50, 65, 5)),
        (0, 2603, 3, (0, 3000, 1000)),
        (5, 9, 5, (4, 10, 2)),
    ],
)
def test_history_axes_hold_every_point_in_few_whole_steps(low, high, ticks, expected):
    bottom, top, step = value_range(low, high, max_ticks=ticks)
    assert (bottom, top, step) == expected
    assert bottom <= low and high < top and bottom % step == 0 and top % step == 0
    assert (top - bottom) // step <= ticks
