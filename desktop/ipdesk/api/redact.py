"""Keeping secrets out of logs and exception texts.

Secrets (client secret, API key, access tokens) are registered when they are created; `redact` replaces
them, and anything that looks like an Authorization header or a token field, by '***'.
"""

from __future__ import annotations

import logging
import re
import threading

MASK = "***"
_MAX_SECRETS = 512  # tokens renew every ~30 min; keep the registry bounded
# Shorter values are not PatSnap secrets (client secrets, API keys and tokens are far longer); masking them
# everywhere would garble ordinary text - a token "12" would turn error code 68300012 into "683000***".
MIN_SECRET_LENGTH = 6

_lock = threading.Lock()
_secrets: dict[str, None] = {}  # insertion-ordered set
_ordered: tuple[str, ...] = ()

_PATTERNS = (
    # Authorization: Bearer xxx / Basic xxx
    (re.compile(r"\b([Bb]earer|BEARER|Basic|BASIC)(\s+)[A-Za-z0-9._~+/\-]{8,}=*"), r"\1\2" + MASK),
    # token=..., "access_token": "...", client_secret=..., 'api_key': '...'
    (
        re.compile(
            r"""(?i)(\b(?:access_token|token|client_secret|secret|api_key|password)\b['"]?\s*[:=]\s*['"]?)"""
            r"""[^'"\s&,;}]+"""
        ),
        r"\1" + MASK,
    ),
)


def register_secret(value: str) -> None:
    """Remember a secret so that `redact` masks it wherever it appears (values shorter than
    MIN_SECRET_LENGTH are ignored)."""
    global _ordered
    if not isinstance(value, str) or len(value.strip()) < MIN_SECRET_LENGTH:
        return
    with _lock:
        if value in _secrets:
            return
        _secrets[value] = None
        while len(_secrets) > _MAX_SECRETS:
            del _secrets[next(iter(_secrets))]
        _ordered = tuple(sorted(_secrets, key=len, reverse=True))


def redact(text: str) -> str:
    """`text` with every registered secret and every credential-looking fragment masked."""
    if not isinstance(text, str):
        text = str(text)
    for secret in _ordered:
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern, repl in _PATTERNS:
        text = pattern.sub(repl, text)
    return text


class RedactingFilter(logging.Filter):
    """Renders each record's message (and traceback) once, redacted."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: keep the template only
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self._formatter.formatException(record.exc_info)
            record.exc_text = redact(record.exc_text)
            # the formatter re-renders from exc_info only when exc_text is empty; keep the type for handlers
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_FILTER = RedactingFilter()
# loggers whose records may carry request details: filtered at the source as well
_LIBRARY_LOGGERS = ("ipdesk", "urllib3", "urllib3.connectionpool", "requests")


def _add_once(target: logging.Filterer) -> None:
    if not any(isinstance(f, RedactingFilter) for f in target.filters):
        target.addFilter(_FILTER)


def install_redaction(logger: logging.Logger | None = None) -> None:
    """Add the redacting filter to the handlers of `logger` (default: root) and to the library loggers."""
    target = logger if logger is not None else logging.getLogger()
    for handler in target.handlers:
        _add_once(handler)
    _add_once(target)
    for name in _LIBRARY_LOGGERS:
        _add_once(logging.getLogger(name))


def get_logger(name: str) -> logging.Logger:
    """A logger whose own records are redacted even if nobody called install_redaction."""
    log = logging.getLogger(name)
    _add_once(log)
    return log
