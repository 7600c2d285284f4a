"""The wire format: operation table, request building, sending, and the `{status, error_code, data}` envelope."""

from __future__ import annotations

import datetime
import email.utils
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ipdesk.api.config import ClientConfig
from ipdesk.api.errors import (
    ApiError,
    ParseError,
    RedirectError,
    TooLargeError,
    TransportError,
    TrustError,
    error_for_code,
    error_for_http,
)
from ipdesk.messages import clip

if TYPE_CHECKING:  # requests (~75 ms, OpenSSL) is imported when a request is first built or sent
    import requests

OPERATIONS: dict[str, tuple[str, str]] = {
    "P022": ("GET", "/high-value-data/seic-classification"),
    "P073": ("GET", "/basic-patent-data/description-offset"),
    "P019": ("GET", "/basic-patent-data/description-data"),
    "P011": ("GET", "/basic-patent-data/simple-bibliography"),
    "C027": ("POST", "/company/enterprise-patent-risk-warning"),
    "C028": ("POST", "/company/enterprise-patent-risk-warning-backtracking"),
    "C029": ("POST", "/company/enterprise-patent-risk-warning-trend"),
}
TOKEN_PATH = "/oauth/token"
RETRY_AFTER_CEILING = 1e9  # seconds (~31 years): longer Retry-After values are read as this
# The longest Retry-After (seconds) the client waits for before a retry. A transient answer asking for a longer
# pause is not retried: its error is raised at once, and its message says when to try again.
RETRY_AFTER_MAX = 60.0
CHUNK_BYTES = 64 * 1024  # answers are read in pieces of this size, up to ClientConfig.max_answer_bytes


@dataclass(frozen=True)
class CallRecord:
    """Reported after every HTTP attempt (the usage ledger)."""

    operation: str  # "P022","P073","P019","P011","C027","C028","C029","token"
    ok: bool
    results: int
    error_code: int | None
    http_status: int | None
    elapsed: float
    sent: bool = True  # False: no (secure) connection to the service was made: the request never left
    kind: str | None = (
        None  # a failure's ApiError.kind ("tls": the service's certificate is not trusted, ...)
    )


def build_request(
    base_url: str,
    operation: str,
    *,
    bearer: str,
    client_id: str | None,
    params: dict[str, str] | None = None,
    body: dict[str, str] | None = None,
) -> requests.Request:
    """The HTTP request for one operation: Bearer auth, apikey=<client_id>, query or JSON body."""
    import requests

    method, path = OPERATIONS[operation]
    query = {"apikey": client_id} if client_id else {}
    query.update(params or {})
    headers = {"Authorization": f"Bearer {bearer}", "Accept": "application/json"}
    if method == "GET":
        return requests.Request(method, base_url + path, params=query, headers=headers)
    return requests.Request(method, base_url + path, params=query, headers=headers, json=body or {})


def count_results(operation: str, data: Any) -> int:
    if operation in ("P022", "P019", "P011"):
        return len(data) if isinstance(data, list) else 0
    return 1 if isinstance(data, dict) and data else 0


def envelope_code(payload: dict) -> int | None:
    code = payload.get("error_code")
    if code is None or isinstance(code, bool):
        return None
    if isinstance(code, int):
        return code
    if isinstance(code, float) and code.is_integer():
        return int(code)
    if isinstance(code, str) and code.strip().lstrip("-").isdigit():
        return int(code.strip())
    raise ParseError(field="error_code")


def envelope_status(payload: dict) -> bool | None:
    status = payload.get("status")
    if status is None or isinstance(status, bool):
        return status
    if isinstance(status, str) and status.strip().lower() in ("true", "false"):
        return status.strip().lower() == "true"
    raise ParseError(field="status")


def send(session: requests.Session, request: requests.Request, config: ClientConfig) -> requests.Response:
    """Send once and read the answer, at most ``config.max_answer_bytes`` of it (TooLargeError beyond: the rest is
    never downloaded); requests' failures become TransportError naming the host and what to check (TLS failures
    and too-large answers are not retryable)."""
    import requests

    prepared = session.prepare_request(request)
    # trust_env: requests takes REQUESTS_CA_BUNDLE, else CURL_CA_BUNDLE, when verify is True (corporate networks).
    settings = session.merge_environment_settings(prepared.url, {}, True, config.verify, None)  # streamed
    # The profile's CA bundle wins over the environment's; verification is never weakened to False by a session
    # or environment setting.
    env_verify = settings.get("verify")
    settings["verify"] = config.verify if config.ca_bundle or not isinstance(env_verify, str) else env_verify
    host = urlsplit(prepared.url or "").netloc or "?"
    try:
        response = session.send(
            prepared,
            timeout=(config.connect_timeout, config.read_timeout),
            allow_redirects=False,
            **settings,
        )
        _read_capped(response, config.max_answer_bytes)
        return response
    except requests.exceptions.SSLError as exc:
        untrusted = "CERTIFICATE_VERIFY_FAILED" in str(exc)
        raise TrustError(host, untrusted=untrusted, detail=_ssl_reason(exc)) from None
    except (
        requests.exceptions.Timeout,
        requests.exceptions.ConnectionError,
        requests.exceptions.ChunkedEncodingError,
        requests.exceptions.ContentDecodingError,
    ) as exc:
        detail = f"{type(exc).__name__}: {str(exc)[:200]}"
        key = connect_failure_key(exc)
        if key is None:
            raise TransportError(detail) from None
        params = {"host": host, "seconds": f"{config.connect_timeout:g}"}
        raise TransportError(detail, kind="connect", key=key, params=params) from None
    except requests.exceptions.RequestException as exc:
        raise TransportError(f"{type(exc).__name__}: {str(exc)[:200]}", retryable=False) from None


def _read_capped(response: requests.Response, limit: int) -> None:
    """Read the body of a streamed answer into ``response.content``, stopping at ``limit`` bytes."""
    declared = response.headers.get("Content-Length", "")
    too_large = TooLargeError(size_words(limit), http_status=response.status_code)
    if declared.isdigit() and int(declared) > limit:
        response.close()
        raise too_large
    body = bytearray()
    for chunk in response.iter_content(CHUNK_BYTES):
        body += chunk
        if len(body) > limit:
            response.close()  # the rest is never downloaded
            raise too_large
    response._content = bytes(body)  # what requests itself sets when it reads a body whole


def size_words(count: int) -> str:
    return f"{count / 2**20:g} MB" if count >= 2**20 else f"{count} bytes"


def _ssl_reason(exc: Exception) -> str:
    """The OpenSSL reason of a TLS failure (e.g. "WRONG_VERSION_NUMBER"), without the URL."""
    text = str(exc)
    for marker in ("[SSL: ", "ssl.SSLError: "):
        if marker in text:
            return text.split(marker, 1)[1].split("]", 1)[0][:80]
    return type(exc).__name__


def connect_failure_key(exc: Exception) -> str | None:
    """The message key when the request never reached the service: connection refused, unknown host, proxy
    failure, connect timeout (a read timeout or a reset came after the request was sent: None)."""
    import requests
    from urllib3.exceptions import NameResolutionError, NewConnectionError

    if isinstance(exc, requests.exceptions.ProxyError):
        return "api.connect_proxy"
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return "api.connect_timeout"
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    if isinstance(reason, NameResolutionError):
        return "api.connect_dns"
    if isinstance(reason, NewConnectionError):
        return (
            "api.connect_refused"
            if isinstance(reason.__cause__, ConnectionRefusedError)
            else "api.connect_host"
        )
    return None


def raise_for_lenient_code(payload: Any, status: int, operation: str) -> None:
    """Raise the typed error for a readable non-zero `error_code` in `payload`; ignore anything unreadable."""
    if not isinstance(payload, dict):
        return
    try:
        code = envelope_code(payload)
    except ParseError:
        return
    if code:
        raise error_for_code(
            code, http_status=status, operation=operation, server_message=payload.get("error_msg")
        )


def read_payload(response: requests.Response, operation: str) -> Any:
    status = response.status_code
    if 300 <= status < 400:  # redirects are never followed: a wrong base URL or a proxy in the way
        raise RedirectError(_where(response.headers.get("Location")), http_status=status, operation=operation)
    try:
        payload = json.loads(response.content)
    except (ValueError, RecursionError):
        payload = None
    if not 200 <= status < 300:
        raise_for_lenient_code(payload, status, operation)
        raise error_for_http(status, operation=operation)
    if payload is None:
        raise TransportError("the answer was not complete JSON", http_status=status, operation=operation)
    return payload


def _where(location: str | None) -> str:
    """A redirect's target as shown to the user: scheme, host and path (no query: it may carry a key)."""
    if not location:
        return "?"
    parts = urlsplit(location.strip())
    return clip(f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.netloc else parts.path or "?")


def check_envelope(payload: Any, status: int, operation: str, *, required: bool) -> Any:
    if not isinstance(payload, dict):
        raise ParseError(field="<envelope>", http_status=status, operation=operation)
    code = envelope_code(payload)
    flag = envelope_status(payload)
    message = payload.get("error_msg")
    if code:
        raise error_for_code(code, http_status=status, operation=operation, server_message=message)
    if flag is False:
        raise ApiError("status false without an error code", http_status=status, operation=operation,
                       server_message=message)  # fmt: skip
    if required and flag is None and code is None:
        raise ParseError(field="status", http_status=status, operation=operation)
    return payload.get("data")


def check_token_envelope(payload: Any, status: int) -> None:
    """Token answers may or may not carry the envelope (and `status` may be a word): only errors count."""
    if not isinstance(payload, dict):
        return
    raise_for_lenient_code(payload, status, "token")
    if payload.get("status") is False:
        raise ApiError("status false without an error code", http_status=status, operation="token")


def _http_date(value: str | None) -> datetime.datetime | None:
    """An RFC 9110 HTTP-date (or any RFC 5322 date) as an aware datetime; None when unreadable."""
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=datetime.UTC)  # "-0000": UTC


def parse_retry_after(
    value: str | None, *, date: str | None = None, now: datetime.datetime | None = None
) -> float | None:
    """Seconds to wait from a Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.

    An HTTP-date is measured against the answer's own `Date` header when that is readable (the server's clock,
    so a wrong local clock does not matter), else against `now` (default: the current time). Returns None for
    no header, garbage, a negative or zero delay, or a date not in the future: the caller keeps its backoff.
    """
    if value is None:
        return None
    text = value.strip()
    if text.isascii() and text.isdigit():  # delay-seconds = 1*DIGIT
        digits = text.lstrip("0")
        seconds = float(int(digits)) if 0 < len(digits) <= 9 else (RETRY_AFTER_CEILING if digits else 0.0)
        return seconds if seconds > 0 else None
    when = _http_date(text)
    if when is None:
        return None
    reference = _http_date(date) or now or datetime.datetime.now(datetime.UTC)
    seconds = min(RETRY_AFTER_CEILING, (when - reference).total_seconds())
    return seconds if seconds > 0 else None


def retry_after_of(response: requests.Response) -> float | None:
    """The Retry-After of an answer, in seconds (see parse_retry_after), or None."""
    return parse_retry_after(response.headers.get("Retry-After"), date=response.headers.get("Date"))


def note_retry_after(exc: ApiError, response: requests.Response | None) -> None:
    """Record the Retry-After of the answer that caused a retryable error on the error itself."""
    if exc.retryable and response is not None:
        seconds = retry_after_of(response)
        if seconds is not None:
            exc.set_retry_after(seconds)


def ca_bundle() -> tuple[str, int]:
    """The CA bundle HTTPS calls verify against (requests' certifi bundle) and how many CA certificates load from it
    (for ``--self-test``); FileNotFoundError when the bundle is missing."""
    import ssl
    from pathlib import Path

    import requests.certs

    where = requests.certs.where()
    if not Path(where).is_file():
        raise FileNotFoundError(where)
    return where, ssl.create_default_context(cafile=where).cert_store_stats()["x509_ca"]
