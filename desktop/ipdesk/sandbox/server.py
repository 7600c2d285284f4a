"""The built-in sandbox: a real HTTP server on 127.0.0.1 that behaves like the PatSnap Open Platform.

    with SandboxServer() as sandbox:          # port 0: a free port
        requests.post(sandbox.base_url + "/oauth/token", auth=(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET), ...)

Auth: POST /oauth/token (HTTP Basic, grant_type=client_credentials) gives a token bound to its client;
API calls need `Authorization: Bearer <token>` and `apikey=<client_id>`. A key in `api_keys` is accepted
as a Bearer key without apikey. Error answers use the envelope; 67200003 comes with HTTP 401, every
other code with HTTP 200 (as the real gateway does for business errors).

Knobs (constructor or configure()): latency_ms, qps (67200002 above it, sliding 1 s window), token_lifetime,
inject={code: rate}, inject_ops={"P022", ...} (None: the seven operations; add "token" to target it),
fail_next=[code | "ok" | "truncated" | "non_json" | "html_502" | "http_429" | "http_<status>" | "reset"],
retry_after (the Retry-After header of fault answers, from fail_next or inject: None, the default, sends "1"
with http_429 only; "" sends none; a str or number is sent as is on every code, non_json, html_502 and
http_<status> fault, e.g. "120" or "soon"; an aware datetime is sent as an HTTP-date, e.g. for 503),
quirks (seic_no numbers, credit_code number, "-" for unknown), unknown_as ("omit"|"null"|"dash"),
offset_units ("codepoint" default | "utf16"), expires_in_as_string, token_shape (see TOKEN_SHAPES), today, seed.
"""

from __future__ import annotations

import collections
import datetime
import email.utils
import logging
import random
import secrets
import socket
import threading
import time
from http.server import ThreadingHTTPServer
from typing import Any

from ipdesk.sandbox.credentials import DEMO_API_KEY, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from ipdesk.sandbox.handler import SandboxHandler
from ipdesk.sandbox.ops_common import ServeContext

log = logging.getLogger(__name__)

OPERATIONS = ("P022", "P073", "P019", "P011", "C027", "C028", "C029")
FAULTS = ("ok", "truncated", "non_json", "html_502", "http_429", "reset")
TOKEN_SHAPES = ("access_token", "token", "token_data", "access_token_data", "issued_at")
_KNOBS = {
    "latency_ms": 0.0,
    "qps": None,
    "token_lifetime": 1800.0,
    "inject": {},
    "inject_ops": None,
    "fail_next": [],
    "retry_after": None,
    "quirks": False,
    "unknown_as": None,
    "offset_units": "codepoint",
    "expires_in_as_string": False,
    "token_shape": "access_token",
    "today": None,
    "seed": 0,
}


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, sandbox: SandboxServer, listening: socket.socket | None = None):
        self.sandbox = sandbox
        self.connections: set = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, SandboxHandler, bind_and_activate=listening is None)
        if listening is not None:  # serve a socket already bound and listening (LazySandbox)
            self.socket.close()
            self.socket = listening
            self.server_address = listening.getsockname()

    def handle_error(self, request, client_address) -> None:  # no tracebacks on stderr
        import sys

        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError, OSError)):
            log.debug("sandbox connection closed: %r", exc)
        else:
            log.exception("sandbox handler error")


class SandboxServer:
    def __init__(
        self,
        port: int = 0,
        *,
        latency_ms: float = 0,
        qps: float | None = None,
        token_lifetime: float = 1800,
        clients: dict[str, str] | None = None,
        api_keys: set[str] | None = None,
        today: datetime.date | None = None,
        log_size: int = 1000,
        **knobs: Any,
    ):
        self._port = port
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._busy = 0  # requests being handled right now
        self.clients = dict(clients) if clients is not None else {DEMO_CLIENT_ID: DEMO_CLIENT_SECRET}
        self.api_keys = set(api_keys) if api_keys is not None else {DEMO_API_KEY}
        self._knobs: dict[str, Any] = dict(_KNOBS)
        self._fail_next: collections.deque = collections.deque()
        self._rng = random.Random(0)
        self._tokens: dict[str, tuple[str, float]] = {}
        self._window: collections.deque[float] = collections.deque()
        self._log: collections.deque[dict] = collections.deque(maxlen=log_size)
        self.counts: collections.Counter[str] = collections.Counter()
        self.refused: collections.Counter[str] = (
            collections.Counter()
        )  # per operation: answered 67200002 (QPS)
        self.keys_served: dict[str, collections.Counter] = {op: collections.Counter() for op in OPERATIONS}
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.configure(latency_ms=latency_ms, qps=qps, token_lifetime=token_lifetime, today=today, **knobs)
        self._initial_knobs = dict(self._knobs)

    # ----- lifecycle
    def start(self, *, listening: socket.socket | None = None) -> SandboxServer:
        """Serve on 127.0.0.1:port, or on `listening`, a loopback socket already bound and listening."""
        if self._httpd is None:
            self._httpd = _HTTPServer(("127.0.0.1", self._port), self, listening)
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, args=(0.05,), name="ipdesk-sandbox", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        with httpd.connections_lock:
            open_connections = list(httpd.connections)
        for connection in open_connections:  # idle keep-alive connections
            try:
                connection.shutdown(2)
            except OSError:
                pass
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("sandbox not started")
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __repr__(self) -> str:
        state = f"port={self.port}" if self._httpd is not None else "stopped"
        return f"SandboxServer({state})"

    # ----- knobs
    def configure(self, **knobs: Any) -> None:
        unknown = set(knobs) - set(_KNOBS)
        if unknown:
            raise TypeError(f"unknown sandbox knob(s): {', '.join(sorted(unknown))}")
        with self._lock:
            for name, value in knobs.items():
                if name == "fail_next":
                    for item in value:
                        if (
                            not isinstance(item, int)
                            and item not in FAULTS
                            and not str(item).startswith("http_")
                        ):
                            raise ValueError(f"unknown fault: {item!r}")
                    self._fail_next = collections.deque(value)
                elif name == "retry_after" and (
                    isinstance(value, bool)
                    or not isinstance(value, str | int | float | datetime.datetime | None)
                ):
                    raise ValueError("retry_after must be None, text, a number or a datetime")
                elif name == "token_shape" and value not in TOKEN_SHAPES:
                    raise ValueError(f"token_shape must be one of {TOKEN_SHAPES}")
                elif name == "seed":
                    self._rng = random.Random(value)
                elif name == "inject":
                    value = {int(code): float(rate) for code, rate in (value or {}).items()}
                elif name == "inject_ops" and value is not None:
                    value = set(value)
                self._knobs[name] = value

    def knob(self, name: str) -> Any:
        with self._lock:
            return self._knobs[name]

    @property
    def today(self) -> datetime.date:
        return self.knob("today") or datetime.date.today()

    def serve_context(self) -> ServeContext:
        with self._lock:
            quirks = bool(self._knobs["quirks"])
            unknown_as = self._knobs["unknown_as"] or ("dash" if quirks else "omit")
            offset_units = self._knobs["offset_units"]
        return ServeContext(today=self.today, quirks=quirks, unknown_as=unknown_as, offset_units=offset_units)

    def reset(self, idle_timeout: float = 5.0) -> bool:
        """Back to the state after construction: knobs (and the injection RNG), counters, log, QPS window.

        Waits first (at most `idle_timeout` s) for requests still being handled, e.g. ones a client gave up
        on after a read timeout, so that they cannot draw injected faults or count as calls of the next run.
        Returns False when some were still in progress.
        """
        idle = self.wait_idle(idle_timeout)
        initial = dict(self._initial_knobs)
        self.configure(**{k: v for k, v in initial.items() if k != "fail_next"}, fail_next=[])
        with self._lock:
            self._window.clear()
            self._log.clear()
        self.reset_counts()
        return idle

    def request_started(self) -> None:
        with self._lock:
            self._busy += 1

    def request_finished(self) -> None:
        with self._lock:
            self._busy -= 1
            if self._busy == 0:
                self._idle.notify_all()

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Block until no request is being handled (True), or `timeout` seconds passed (False)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._busy == 0, timeout)

    # ----- counters and log
    def reset_counts(self) -> None:
        with self._lock:
            self.counts.clear()
            self.refused.clear()
            for counter in self.keys_served.values():
                counter.clear()

    @property
    def requests_log(self) -> list[dict]:
        with self._lock:
            return list(self._log)

    def record_request(self, op: str, entry: dict) -> None:
        with self._lock:
            self.counts[op] += 1
            self._log.append(entry)

    def record_served(self, op: str, keys: list[str]) -> None:
        with self._lock:
            self.keys_served[op].update(keys)

    # ----- decisions used by the handler
    def next_fault(self, op: str) -> int | str | None:
        """The next fail_next entry, or an injected code drawn at its rate, for this operation."""
        with self._lock:
            targets = self._knobs["inject_ops"]
            if (op in targets) if targets is not None else op in OPERATIONS:
                if self._fail_next:
                    return self._fail_next.popleft()
                for code, rate in self._knobs["inject"].items():
                    if self._rng.random() < rate:
                        return code
        return None

    def retry_after_header(self, status: int) -> str | None:
        """The Retry-After value of a fault answer with HTTP `status` (None: no header); see the retry_after knob."""
        value = self.knob("retry_after")
        if value is None:
            return "1" if status == 429 else None
        if isinstance(value, datetime.datetime):
            return email.utils.format_datetime(value.astimezone(datetime.UTC), usegmt=True)
        return str(value) or None

    def over_qps(self, op: str = "") -> bool:
        with self._lock:
            qps = self._knobs["qps"]
            if qps is None:
                return False
            now = time.monotonic()
            while self._window and now - self._window[0] >= 1.0:
                self._window.popleft()
            if len(self._window) >= qps:
                self.refused[op] += 1
                return True
            self._window.append(now)
            return False

    def issue_token(self, client_id: str) -> tuple[str, float]:
        token = secrets.token_urlsafe(24)
        with self._lock:
            lifetime = float(self._knobs["token_lifetime"])
            now = time.monotonic()
            self._tokens = {t: v for t, v in self._tokens.items() if v[1] > now}
            self._tokens[token] = (client_id, now + lifetime)
        return token, lifetime

    def issued_tokens(self) -> list[str]:
        """The access tokens issued and not yet expired (for tests that look for leaked tokens)."""
        with self._lock:
            now = time.monotonic()
            return [token for token, (_, expires) in self._tokens.items() if expires > now]

    def check_bearer(self, bearer: str | None, apikey: str | None) -> int:
        """0 when authorised, else the platform error code."""
        if bearer is None:
            return 67200003
        if bearer in self.api_keys:
            return 0
        with self._lock:
            found = self._tokens.get(bearer)
        if found is None or found[1] <= time.monotonic():
            return 67200003
        if not apikey:
            return 67200008
        return 0 if apikey == found[0] else 67200009

    def check_client(self, client_id: str, secret: str) -> bool:
        expected = self.clients.get(client_id)
        return expected is not None and secrets.compare_digest(expected.encode(), secret.encode())
