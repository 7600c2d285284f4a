"""PatSnap Open Platform client: auth, errors, rate limiting, typed models, redaction (no Qt)."""

from __future__ import annotations

from ipdesk.api.auth import AccessToken, Credentials, Secret, TokenCache, parse_token_response
from ipdesk.api.client import CallRecord, CompanyQuery, PatSnapClient
from ipdesk.api.config import (
    BASE_URL_PRESETS,
    CHINA_BASE_URL,
    GLOBAL_BASE_URL,
    ClientConfig,
    is_loopback_host,
    validate_base_url,
)
from ipdesk.api.errors import (
    ERROR_MESSAGES,
    ApiError,
    AuthError,
    BadRequestError,
    CancelledError,
    CompanyNotFoundError,
    InsecureUrlError,
    ParseError,
    PlanError,
    QuotaError,
    RateLimitError,
    ServiceBusyError,
    TransportError,
    error_for_code,
    error_for_http,
)
from ipdesk.api.models import (
    RISK_COUNT_FIELDS,
    RISK_EVENT_FIELDS,
    CompanyIdentity,
    Description,
    DescriptionOffsets,
    DescriptionText,
    RiskCounts,
    RiskTrend,
    Section,
    SectionName,
    SeicCode,
    SeicEntry,
    SeicResult,
    parse_description,
    parse_description_offset,
    parse_risk_counts,
    parse_risk_trend,
    parse_seic,
)
from ipdesk.api.ratelimit import RateLimiter, default_limiter
from ipdesk.api.redact import RedactingFilter, install_redaction, redact, register_secret
from ipdesk.api.transport import OPERATIONS, build_request

__all__ = [
    "AccessToken", "ApiError", "AuthError", "BASE_URL_PRESETS", "BadRequestError", "CHINA_BASE_URL",
    "CallRecord", "CancelledError", "ClientConfig", "CompanyIdentity", "CompanyNotFoundError", "CompanyQuery",
    "Credentials", "Description", "DescriptionOffsets", "DescriptionText", "ERROR_MESSAGES", "GLOBAL_BASE_URL",
    "InsecureUrlError", "OPERATIONS", "ParseError", "PatSnapClient", "PlanError", "QuotaError",
    "RISK_COUNT_FIELDS", "RISK_EVENT_FIELDS", "RateLimitError", "RateLimiter", "RedactingFilter",
    "RiskCounts", "RiskTrend", "Secret", "Section", "SectionName", "SeicCode", "SeicEntry", "SeicResult",
    "ServiceBusyError", "TokenCache", "TransportError", "build_request", "default_limiter", "error_for_code",
    "error_for_http", "install_redaction", "is_loopback_host", "parse_description", "parse_description_offset",
    "parse_risk_counts", "parse_risk_trend", "parse_seic", "parse_token_response", "redact",
    "register_secret", "validate_base_url",
]  # fmt: skip
