"""One process-wide rate limiter: requests per second and requests in flight, adaptive on 67200002."""

from __future__ import annotations

import collections
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ipdesk.api.errors import CancelledError

_POLL = 0.05  # seconds between cancel checks while waiting for a free in-flight slot


# Starts are spaced 5 % wider than 1/rate. The service counts requests in a one-second window as they arrive:
# spaced exactly 1/rate apart, rate+1 starts fit in a closed one-second window, and network jitter bunches
# two of them, so the account's own QPS would be refused (67200002) now and then.
PACING_MARGIN = 0.05


class RateLimiter:
    """Thread-safe pacing: requests are spaced 1/rate apart and at most max_in_flight run at once.

    on_rate_limited() halves the rate, or lowers it to 90 % of the successes seen in the last second when
    that is lower (the quota the service just showed us); never below min_rate, and at most once per
    cooldown (QPS quotas are counted over one-second windows, so one burst of rejections counts once). on_success() recovers
    slowly: the rate grows back by max_rate/recovery_seconds per second of successful traffic, so a full
    recovery takes about `recovery_seconds`.
    """

    def __init__(
        self,
        rate: float = 10.0,
        max_in_flight: int = 8,
        *,
        min_rate: float = 0.2,
        decrease_factor: float = 0.5,
        recovery_seconds: float = 60.0,
        decrease_cooldown: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate <= 0 or max_in_flight < 1:
            raise ValueError("rate must be > 0 and max_in_flight >= 1")
        self.max_rate = float(rate)
        self.rate = float(rate)
        self.max_in_flight = max_in_flight
        self.min_rate = min(min_rate, self.max_rate)
        self._factor = decrease_factor
        self._recovery_seconds = max(1e-3, recovery_seconds)
        self._cooldown = decrease_cooldown
        self._clock = clock
        self._last_update = clock()
        self._recent: collections.deque[float] = collections.deque()  # success times, last second
        self._cond = threading.Condition()
        self._in_flight = 0
        self._next_start = 0.0  # monotonic time of the next free start slot
        self._last_decrease = float("-inf")
        self.rate_limited_count = 0

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def configure(self, rate: float | None = None, max_in_flight: int | None = None) -> None:
        """Change the configured maximum rate and/or concurrency (e.g. from Settings)."""
        with self._cond:
            if rate is not None and rate > 0:
                self.max_rate = self.rate = float(rate)  # an explicit setting restarts the adaptation
                self._next_start = min(self._next_start, time.monotonic() + 1.0 / self.rate)
                self.min_rate = min(self.min_rate, self.max_rate)
            if max_in_flight is not None and max_in_flight >= 1:
                self.max_in_flight = max_in_flight
            self._cond.notify_all()

    def acquire(self, cancel: threading.Event | None = None) -> None:
        """Block until an in-flight slot and a start slot are free. CancelledError if `cancel` is set."""
        with self._cond:
            while self._in_flight >= self.max_in_flight:
                if cancel is not None and cancel.is_set():
                    raise CancelledError()
                self._cond.wait(_POLL if cancel is not None else None)
            self._in_flight += 1
            now = time.monotonic()
            start = max(now, self._next_start)
            self._next_start = start + (1.0 + PACING_MARGIN) / self.rate
        delay = start - now
        if delay > 0:
            if cancel is None:
                time.sleep(delay)
            elif cancel.wait(delay):
                self.release()
                raise CancelledError()
        elif cancel is not None and cancel.is_set():
            self.release()
            raise CancelledError()

    def release(self) -> None:
        with self._cond:
            if self._in_flight > 0:
                self._in_flight -= 1
            self._cond.notify()

    @contextmanager
    def slot(self, cancel: threading.Event | None = None) -> Iterator[None]:
        self.acquire(cancel)
        try:
            yield
        finally:
            self.release()

    def on_rate_limited(self) -> None:
        """The service answered 67200002: multiplicative decrease."""
        with self._cond:
            self.rate_limited_count += 1
            now = self._clock()
            self._last_update = now
            if now - self._last_decrease < self._cooldown:
                return
            self._last_decrease = now
            self._trim(now)
            if len(self._recent) >= 3:
                # the service just showed how many requests a second it accepts: settle just below that
                target = min(self.rate, 0.9 * len(self._recent))
            else:  # too little traffic to tell: multiplicative decrease
                target = self.rate * self._factor
            self.rate = max(self.min_rate, target)
            # push the next start out so the lowered rate applies at once
            self._next_start = max(self._next_start, time.monotonic() + 1.0 / self.rate)

    def pause(self, seconds: float) -> None:
        """Start nothing for `seconds`: the service asked for a pause (Retry-After), and it applies to every
        call sharing this limiter, not only to the one that was told."""
        if seconds <= 0:
            return
        with self._cond:
            self._next_start = max(self._next_start, time.monotonic() + seconds)
            self._cond.notify_all()

    def on_success(self) -> None:
        """A request went through: slow additive recovery (per second of success) up to max_rate."""
        with self._cond:
            now = self._clock()
            self._recent.append(now)
            self._trim(now)
            elapsed = max(0.0, now - self._last_update)
            self._last_update = now
            if self.rate < self.max_rate:
                self.rate = min(self.max_rate, self.rate + elapsed * self.max_rate / self._recovery_seconds)

    def _trim(self, now: float) -> None:
        while self._recent and now - self._recent[0] > 1.0:
            self._recent.popleft()

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate:.2f}, max_rate={self.max_rate:.2f}, in_flight={self._in_flight})"


_default: RateLimiter | None = None
_default_lock = threading.Lock()


def _env_number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, "") or default)
    except ValueError:
        return default
    return value if value > 0 else default


def default_limiter() -> RateLimiter:
    """The limiter shared by every client in this process: IPDESK_QPS requests per second (default 10) and
    IPDESK_MAX_IN_FLIGHT requests at once (default 8)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = RateLimiter(
                rate=_env_number("IPDESK_QPS", 10.0),
                max_in_flight=int(_env_number("IPDESK_MAX_IN_FLIGHT", 8)),
            )
        return _default
