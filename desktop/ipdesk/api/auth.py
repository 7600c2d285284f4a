"""Credentials, the Secret wrapper, and the in-memory access-token cache."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from ipdesk.api.errors import ParseError
from ipdesk.api.redact import register_secret

DEFAULT_TOKEN_LIFETIME = 1800.0  # seconds, when the service gives none
RENEW_MARGIN = 60.0  # renew this long before expiry (at most a quarter of the lifetime)


class Secret:
    """A secret string that never shows itself in repr/str; `.reveal()` gives the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("Secret wraps a str")
        self._value = value
        register_secret(value)

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        import hmac  # here, not at import: it loads OpenSSL (libcrypto, ~4 MiB) that the GUI may never need

        return hmac.compare_digest(
            self._value.encode("utf-8", "surrogatepass"), other._value.encode("utf-8", "surrogatepass")
        )

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self):  # never pickled into files
        raise TypeError("Secret cannot be pickled")


@dataclass(frozen=True, repr=False)
class Credentials:
    mode: Literal["client_credentials", "api_key"]
    client_id: str | None
    secret: Secret  # client secret or API key

    def __post_init__(self) -> None:
        if self.mode not in ("client_credentials", "api_key"):
            raise ValueError(f"unknown credentials mode: {self.mode!r}")
        if not isinstance(self.secret, Secret):
            raise TypeError("secret must be a Secret")
        if not self.secret.reveal().strip():
            raise ValueError("the secret / API key is empty")
        if self.mode == "client_credentials" and not (self.client_id and self.client_id.strip()):
            raise ValueError("client credentials need a client ID")
        register_secret(self.secret.reveal())

    def __repr__(self) -> str:
        return f"Credentials(mode={self.mode!r}, client_id={self.client_id!r}, secret=Secret('***'))"

    __str__ = __repr__


@dataclass(frozen=True, repr=False)
class AccessToken:
    value: Secret
    lifetime: float  # seconds, as granted
    expires_at: float  # time.monotonic() deadline

    def renew_at(self) -> float:
        return self.expires_at - min(RENEW_MARGIN, self.lifetime / 4)

    def __repr__(self) -> str:
        return f"AccessToken(value=Secret('***'), lifetime={self.lifetime:.0f})"


def _number(value: Any, field: str) -> float:
    if isinstance(value, bool):
        raise ParseError(field=field)
    if isinstance(value, int | float):
        result = float(value)
    elif isinstance(value, str):
        try:
            result = float(value.strip())
        except ValueError:
            raise ParseError(field=field) from None
    else:
        raise ParseError(field=field)
    if not math.isfinite(result):
        raise ParseError(field=field)
    return result


def parse_token_response(payload: Any, *, now_wall: float | None = None, now_mono: float | None = None):
    """An AccessToken from any of the shapes the token endpoint has been seen to answer.

    `token` | `access_token`, top level or under `data`; `expires_in` number or numeric string
    (default 30 min); optional `issued_at` in ms (seconds accepted too). Clock skew between us and the
    server can shorten the lifetime by at most half.
    """
    now_wall = time.time() if now_wall is None else now_wall
    now_mono = time.monotonic() if now_mono is None else now_mono
    if not isinstance(payload, dict):
        raise ParseError(field="token")
    source, prefix = payload, ""
    data = payload.get("data")
    if isinstance(data, dict) and ("token" in data or "access_token" in data):
        source, prefix = data, "data."
    key = "access_token" if "access_token" in source else "token"
    token = source.get(key)
    if not isinstance(token, str) or not token.strip() or any(c.isspace() for c in token.strip()):
        raise ParseError(field=prefix + key)
    token = token.strip()
    lifetime = DEFAULT_TOKEN_LIFETIME
    if source.get("expires_in") is not None:
        lifetime = _number(source["expires_in"], prefix + "expires_in")
        if lifetime <= 0:
            raise ParseError(field=prefix + "expires_in")
    remaining = lifetime
    if source.get("issued_at") is not None:
        issued = _number(source["issued_at"], prefix + "issued_at")
        issued_s = issued / 1000.0 if issued > 1e11 else issued
        age = min(max(0.0, now_wall - issued_s), lifetime / 2)
        remaining = lifetime - age
    return AccessToken(value=Secret(token), lifetime=lifetime, expires_at=now_mono + remaining)


class TokenCache:
    """Holds the current token in memory; one thread fetches while others wait."""

    def __init__(self, fetch: Callable[[], AccessToken]) -> None:
        self._fetch = fetch
        self._lock = threading.Lock()
        self._token: AccessToken | None = None

    def get(self) -> Secret:
        with self._lock:
            token = self._token
            if token is None or time.monotonic() >= token.renew_at():
                token = self._fetch()
                self._token = token
            return token.value

    def renew(self) -> AccessToken:
        """Fetch a new token now."""
        with self._lock:
            self._token = self._fetch()
            return self._token

    def invalidate(self, used: Secret | None = None) -> None:
        """Drop the token (only if it is still the one `used`, so a parallel renewal is kept)."""
        with self._lock:
            if self._token is not None and (used is None or self._token.value == used):
                self._token = None

    def clear(self) -> None:
        with self._lock:
            self._token = None

    def __repr__(self) -> str:
        return f"TokenCache(has_token={self._token is not None})"
