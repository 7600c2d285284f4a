"""PatSnap Open Platform client: auth, errors, rate limiting, typed models, redaction (no Qt).

Names are exported lazily (PEP 562): `from ipdesk.api import X` imports only X's submodule, so importing the error
types or models does not load `requests` (~75 ms, OpenSSL); the client imports it when it creates its session.
"""

from __future__ import annotations

import importlib
from typing import Any

# Eager: `redact` names both a submodule and a function; binding the function here keeps `ipdesk.api.redact`
# the function (as before) whoever imports the submodule first. The module is small (logging, re).
from ipdesk.api.redact import RedactingFilter as RedactingFilter
from ipdesk.api.redact import install_redaction as install_redaction
from ipdesk.api.redact import redact as redact
from ipdesk.api.redact import register_secret as register_secret

_EXPORTS: dict[str, tuple[str, ...]] = {
    "auth": ("AccessToken", "Credentials", "Secret", "TokenCache", "parse_token_response"),
    "client": ("CallRecord", "CompanyQuery", "PatSnapClient"),
    "config": (
        "BASE_URL_PRESETS",
        "CHINA_BASE_URL",
        "GLOBAL_BASE_URL",
        "ClientConfig",
        "is_loopback_host",
        "validate_base_url",
    ),
    "errors": (
        "ERROR_KEYS",
        "ApiError",
        "AuthError",
        "BadRequestError",
        "CancelledError",
        "CompanyNotFoundError",
        "InsecureUrlError",
        "ParseError",
        "PlanError",
        "QuotaError",
        "RateLimitError",
        "ServiceBusyError",
        "TransportError",
        "error_for_code",
        "error_for_http",
    ),
    "models": (
        "RISK_COUNT_FIELDS",
        "RISK_EVENT_FIELDS",
        "Bibliography",
        "CompanyIdentity",
        "Description",
        "DescriptionOffsets",
        "DescriptionText",
        "RiskCounts",
        "RiskTrend",
        "Section",
        "SectionName",
        "SeicCode",
        "SeicEntry",
        "SeicResult",
        "parse_bibliography",
        "parse_description",
        "parse_description_offset",
        "parse_risk_counts",
        "parse_risk_trend",
        "parse_seic",
    ),
    "ratelimit": ("RateLimiter", "default_limiter"),
    "transport": ("OPERATIONS", "build_request"),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}
__all__ = sorted([*_MODULE_OF, "RedactingFilter", "install_redaction", "redact", "register_secret"])


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
