"""How long the GUI thread stops answering: the benchmarks' stall meter."""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Iterator

from PySide6.QtCore import QElapsedTimer, QTimer


class StallMeter:
    """The longest gap between ticks of a 5 ms timer on the GUI thread, beyond its interval."""

    def __init__(self) -> None:
        self.longest = 0
        self.stalls: list[tuple[int, float]] = []  # (gap beyond the interval in ms, seconds since start)
        self._clock = QElapsedTimer()
        self._since = QElapsedTimer()
        self._timer = QTimer(interval=5)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._clock.start()
        self._since.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        gap = self._clock.restart() - 5
        self.longest = max(self.longest, gap)
        if gap >= 20:
            self.stalls.append((gap, self._since.elapsed() / 1000))


@contextlib.contextmanager
def measured() -> Iterator[StallMeter]:
    """A StallMeter running for the ``with`` block, set up as the app runs (``sys.setswitchinterval(0.001)``, as
    app.run_gui: workers hand the GUI thread the GIL sooner). The objects earlier tests of the pytest process left
    behind are not the app's: the garbage collector's full passes over them (~100 ms in a whole-suite run) are
    kept out of the measured stalls (``gc.freeze``)."""
    meter = StallMeter()
    switch = sys.getswitchinterval()
    sys.setswitchinterval(0.001)
    gc.collect()
    gc.freeze()
    meter.start()
    try:
        yield meter
    finally:
        meter.stop()
        gc.unfreeze()
        sys.setswitchinterval(switch)
