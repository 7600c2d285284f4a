"""The process's one pool of worker threads for blocking API calls (``requests`` runs there), shared by every
service and both front-ends, made on first use and never per run. How many calls are really in flight is the
shared RateLimiter's business (IPDESK_MAX_IN_FLIGHT); the pool only has to be large enough that one job's
queued units never hold back another job's."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

POOL_SIZE = 16

_pool: ThreadPoolExecutor | None = None
_lock = threading.Lock()


def api_pool() -> ThreadPoolExecutor:
    """The shared pool (thread-safe)."""
    global _pool
    if _pool is None:
        with _lock:
            if _pool is None:
                _pool = ThreadPoolExecutor(POOL_SIZE, thread_name_prefix="ipdesk-api")
    return _pool
