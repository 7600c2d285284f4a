"""The wire format: operation table, request building, sending, and the `{status, error_code, data}` envelope."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ipdesk.api.config import ClientConfig
from ipdesk.api.errors import ApiError, ParseError, TransportError, error_for_code, error_for_http

if TYPE_CHECKING:  # requests (~75 ms, OpenSSL) is imported when a request is first built or sent
    import requests

OPERATIONS: dict[str, tuple[str, str]] = {
    "P022": ("GET", "/high-value-data/seic-classification"),
    "P073": ("GET", "/basic-patent-data/description-offset"),
    "P019": ("GET", "/basic-patent-data/description-data"),
    "C027": ("POST", "/company/enterprise-patent-risk-warning"),
    "C028": ("POST", "/company/enterprise-patent-risk-warning-backtracking"),
    "C029": ("POST", "/company/enterprise-patent-risk-warning-trend"),
}
TOKEN_PATH = "/oauth/token"


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
    if operation in ("P022", "P019"):
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
    """Send once; requests' failures become TransportError (TLS failures are not retryable)."""
    import requests

    prepared = session.prepare_request(request)
    settings = session.merge_environment_settings(prepared.url, {}, None, config.verify, None)
    # The profile's CA bundle wins; else a bundle from the environment (REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE,
    # corporate networks) is kept; never weakened to False by a session or environment setting.
    env_verify = settings.get("verify")
    settings["verify"] = config.verify if config.ca_bundle or not isinstance(env_verify, str) else env_verify
    try:
        return session.send(
            prepared,
            timeout=(config.connect_timeout, config.read_timeout),
            allow_redirects=False,
            **settings,
        )
    except requests.exceptions.SSLError as exc:
        raise TransportError(type(exc).__name__, retryable=False, kind="tls") from None
    except (
        requests.exceptions.Timeout,
        requests.exceptions.ConnectionError,
        requests.exceptions.ChunkedEncodingError,
        requests.exceptions.ContentDecodingError,
    ) as exc:
        raise TransportError(f"{type(exc).__name__}: {str(exc)[:200]}") from None
    except requests.exceptions.RequestException as exc:
        raise TransportError(f"{type(exc).__name__}: {str(exc)[:200]}", retryable=False) from None


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
