"""Connection settings: base URL presets, URL validation, timeouts, retry policy."""

from __future__ import annotations

import ipaddress
import math
from dataclasses import dataclass
from urllib.parse import urlsplit

from ipdesk.api.errors import InsecureUrlError

GLOBAL_BASE_URL = "https://connect.patsnap.com"
CHINA_BASE_URL = "https://connect.zhihuiya.com"
BASE_URL_PRESETS = {"global": GLOBAL_BASE_URL, "china": CHINA_BASE_URL}


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1 (a name under .localhost is not trusted: the system resolver
    may send it to DNS, which could answer with any address)."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def validate_base_url(url: str) -> str:
    """The URL without trailing '/'; InsecureUrlError for plain http to a non-loopback host."""
    if not isinstance(url, str):
        raise InsecureUrlError("the base URL must be text", kind="bad_input")
    url = url.strip().rstrip("/")
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        raise InsecureUrlError(f"not a valid URL: {url!r}", kind="bad_input") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host:
        raise InsecureUrlError(f"not an http(s) URL: {url!r}", kind="bad_input")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise InsecureUrlError("the base URL must not carry a query, fragment or user info", kind="bad_input")
    if scheme == "http" and not is_loopback_host(host):
        raise InsecureUrlError(f"plain http is refused for non-loopback host {host!r}")
    return url


@dataclass(frozen=True)
class ClientConfig:
    base_url: str
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    ca_bundle: str | None = None  # path to a custom CA bundle; TLS verification is always on
    max_retries: int = 4
    backoff_base: float = 0.5  # seconds; exponential with full jitter, capped by backoff_max
    backoff_max: float = 8.0
    max_answer_bytes: int = 20 * 2**20  # a larger answer is refused while it streams (TooLargeError)

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_url", validate_base_url(self.base_url))
        for name in ("connect_timeout", "read_timeout"):
            value = getattr(self, name)
            if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
                raise ValueError(f"{name} must be a positive number of seconds")
        if self.max_retries < 0 or self.backoff_base < 0 or self.backoff_max < 0:
            raise ValueError("max_retries, backoff_base and backoff_max must not be negative")

    @property
    def verify(self) -> str | bool:
        """The value for requests' `verify`: the CA bundle path, else True. Never False."""
        return self.ca_bundle or True
