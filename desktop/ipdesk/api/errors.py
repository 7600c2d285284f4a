"""Typed exceptions for every PatSnap error code, with English and Chinese messages (from ipdesk.messages).

Each message says what happened and what to do. Exception texts pass through the redactor, so a
server message that echoes a secret never reaches a log or a dialog.
"""

from __future__ import annotations

import datetime

from ipdesk.api.redact import redact
from ipdesk.messages import t

# code -> catalogue key of its message (ipdesk.messages): what happened + what to do.
ERROR_KEYS: dict[int, str] = {
    # business errors (683000xx)
    68300004: "api.invalid_params",
    68300005: "api.search_failed",
    68300006: "api.data_unreadable",
    68300007: "api.malformed_request",
    68300008: "api.service_interrupted",
    68300010: "api.upload_rules",
    68300012: "api.company_not_found",
    # platform errors (672000xx)
    67200000: "api.platform_limit",
    67200001: "api.total_limit",
    67200002: "api.qps_exceeded",
    67200003: "api.auth_failed",
    67200004: "api.not_in_plan",
    67200005: "api.balance_low",
    67200006: "api.client_expired",
    67200007: "api.daily_limit",
    67200008: "api.apikey_missing",
    67200009: "api.apikey_mismatch",
    67200012: "api.illegal_request",
    67200100: "api.server_busy",
    67200101: "api.no_such_api",
}

# ApiError.kind (failures that carry no error code) -> catalogue key of its message
KIND_KEYS: dict[str, str] = {
    "http_401": "api.http_401",
    "http_403": "api.http_403",
    "http_404": "api.http_404",
    "http_4xx": "api.http_4xx",
    "http_busy": "api.http_busy",
    "transport": "api.transport",
    "connect": "api.connect",
    "tls": "api.tls",
    "redirect": "api.redirect",
    "too_large": "api.too_large",
    "parse": "api.parse",
    "insecure": "api.insecure",
    "bad_input": "api.bad_input",
    "cancelled": "api.cancelled",
    "unknown": "api.unknown",
}


def _format_wait(seconds: float, lang: str) -> str:
    seconds = max(0, round(seconds))
    if seconds < 120:
        return t("api.wait_seconds", lang, seconds=seconds)
    minutes = round(seconds / 60)
    if minutes < 120:
        return t("api.wait_minutes", lang, minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    return t("api.wait_hours", lang, hours=hours, minutes=minutes)


def _format_at(when: datetime.datetime) -> str:
    local = when.astimezone()  # the computer's time zone
    if local.date() == datetime.datetime.now().astimezone().date():
        return local.strftime("%H:%M:%S")
    return local.strftime("%Y-%m-%d %H:%M")


class ApiError(Exception):
    """Base of every client error. `message(lang)` gives the user-facing text."""

    retryable: bool = False
    fatal: bool = False
    kind: str = "unknown"
    retry_after: float | None = None  # seconds the service asked to wait (Retry-After header), when valid
    retry_at: datetime.datetime | None = None  # the moment that wait ends (aware); appended to message()
    key: str | None = None  # the catalogue key of the message, when neither the code nor the kind gives it

    def __init__(
        self,
        detail: str | None = None,
        *,
        code: int | None = None,
        http_status: int | None = None,
        operation: str | None = None,
        server_message: str | None = None,
        retryable: bool | None = None,
        kind: str | None = None,
        key: str | None = None,
        params: dict[str, object] | None = None,
    ) -> None:
        self.code = code
        self.http_status = http_status
        self.operation = operation
        self.detail = redact(detail) if detail else None
        self.server_message = redact(str(server_message)) if server_message else None
        if retryable is not None:
            self.retryable = retryable
        if kind is not None:
            self.kind = kind
        if key is not None:
            self.key = key
        self.params = {name: redact(str(value)) for name, value in (params or {}).items()}  # e.g. {host}
        super().__init__(self.detail or "")

    def set_retry_after(self, seconds: float, now: datetime.datetime | None = None) -> None:
        """Record the service's Retry-After (seconds from `now`, default the current time)."""
        now = now or datetime.datetime.now(datetime.UTC)
        self.retry_after = float(seconds)
        self.retry_at = now + datetime.timedelta(seconds=seconds)

    def message(self, lang: str = "en") -> str:
        """The user-facing text in `lang` ("zh..." Chinese, else English): what happened + what to do."""
        key = ERROR_KEYS.get(self.code) if self.code is not None else None
        text = t(key or self.key or KIND_KEYS.get(self.kind, "api.unknown"), lang, **self.params)
        if self.retry_at is not None and self.retry_after is not None:
            retry_at = t(
                "api.retry_at", lang, wait=_format_wait(self.retry_after, lang), at=_format_at(self.retry_at)
            )
            text = t("api.with_retry_at", lang, message=text, retry_at=retry_at)
        return text

    def __str__(self) -> str:
        where = []
        if self.operation:
            where.append(self.operation)
        if self.code is not None:
            where.append(str(self.code))
        if self.http_status is not None:
            where.append(f"HTTP {self.http_status}")
        text = self.message("en")
        if self.detail:
            text += f" ({self.detail})"
        if self.server_message:
            text += f" [server: {self.server_message}]"
        return redact(f"[{' '.join(where)}] {text}" if where else text)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, http_status={self.http_status!r}, operation={self.operation!r})"


class AuthError(ApiError):
    fatal = True
    kind = "http_401"


class QuotaError(ApiError):
    fatal = True


class PlanError(QuotaError):
    pass


class RateLimitError(ApiError):
    retryable = True


class ServiceBusyError(ApiError):
    retryable = True
    kind = "http_busy"


class BadRequestError(ApiError):
    kind = "bad_input"


class CompanyNotFoundError(ApiError):
    pass


class TransportError(ApiError):
    retryable = True
    kind = "transport"


class TrustError(TransportError):
    """No secure connection to ``host``: its certificate is not trusted (``untrusted``) or the TLS handshake
    failed. Every call would fail the same way, so a job stops at once and says what to set."""

    retryable = False
    fatal = True
    kind = "tls"

    def __init__(self, host: str, *, untrusted: bool, detail: str = "", **kwargs) -> None:
        key = "api.tls_untrusted" if untrusted else "api.tls_failed"
        super().__init__(detail, key=key, params={"host": host, "detail": detail[:120]}, **kwargs)


class TooLargeError(TransportError):
    """An answer larger than the client accepts (``limit``, words such as "20 MB"): refused while it streams,
    never stored, not asked for again."""

    retryable = False
    kind = "too_large"

    def __init__(self, limit: str, **kwargs) -> None:
        super().__init__(f"answer larger than {limit}", params={"limit": limit}, **kwargs)


class RedirectError(ApiError):
    """The service address answered with a redirect to ``location``: a wrong base URL or a proxy in the way.
    Every call would be redirected, so a job stops at once (and never splits it into per-key calls)."""

    fatal = True
    kind = "redirect"

    def __init__(self, location: str, **kwargs) -> None:
        super().__init__(f"redirected to {location}", params={"location": location}, **kwargs)


class ParseError(ApiError):
    kind = "parse"

    def __init__(self, detail: str | None = None, *, field: str = "", **kwargs) -> None:
        self.field = field
        super().__init__(detail or (f"unexpected value in field '{field}'" if field else None), **kwargs)


class InsecureUrlError(ApiError):
    fatal = True
    kind = "insecure"


class CancelledError(ApiError):
    """The caller's cancel event was set while waiting; not an error of the service."""

    fatal = True
    kind = "cancelled"


_CODE_CLASSES: dict[int, type[ApiError]] = {
    **dict.fromkeys((67200003, 67200008, 67200009), AuthError),
    **dict.fromkeys((67200000, 67200001, 67200005, 67200006, 67200007), QuotaError),
    67200004: PlanError,
    67200002: RateLimitError,
    **dict.fromkeys((67200100, 68300005, 68300008), ServiceBusyError),
    **dict.fromkeys((68300004, 68300006, 68300007, 68300010, 67200012, 67200101), BadRequestError),
    68300012: CompanyNotFoundError,
}
# codes that say the address is wrong rather than the input: their errors are of the kind of an HTTP 404
_CODE_KINDS: dict[int, str] = {67200101: "http_404"}


def error_for_code(
    code: int,
    *,
    http_status: int | None = None,
    operation: str | None = None,
    server_message: str | None = None,
) -> ApiError:
    """The typed exception for a service error code (a plain ApiError for an unknown code)."""
    cls = _CODE_CLASSES.get(code, ApiError)
    return cls(
        code=code,
        http_status=http_status,
        operation=operation,
        server_message=server_message,
        kind=_CODE_KINDS.get(code),
    )


def error_for_http(
    status: int, *, operation: str | None = None, server_message: str | None = None
) -> ApiError:
    """The typed exception for a non-success HTTP status that carried no error code."""
    kw = {"http_status": status, "operation": operation, "server_message": server_message}
    if status == 401:
        return AuthError(**kw)
    if status == 403:
        return AuthError(kind="http_403", **kw)
    if status == 429 or status >= 500:
        return ServiceBusyError(**kw)
    if status == 404:
        return BadRequestError(kind="http_404", **kw)
    return BadRequestError(kind="http_4xx", **kw)
