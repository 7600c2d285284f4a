"""Translated texts shared by several widgets (looked up at call time, so they follow a language switch).

The tables hold the English source texts, marked for lupdate with QT_TRANSLATE_NOOP; `_words` translates
the entry for a code when it is asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KEYRING_REASONS = {
    "ok": QT_TRANSLATE_NOOP("Texts", "The system keyring is available."),
    "no_backend": QT_TRANSLATE_NOOP(
        "Texts",
        "No system keyring is available on this computer (no Secret Service, Keychain or Credential Manager "
        "was found).",
    ),
    "disabled": QT_TRANSLATE_NOOP("Texts", "The keyring is disabled in the keyring configuration."),
    "not_system": QT_TRANSLATE_NOOP(
        "Texts", "The only keyring available keeps secrets in a file, which IP Desk does not use."
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "Texts", "The system keyring did not answer in time (it may be locked or waiting for a password)."
    ),
    "locked": QT_TRANSLATE_NOOP(
        "Texts", "The system keyring is locked. Unlock your password manager and try again."
    ),
    "error": QT_TRANSLATE_NOOP(
        "Texts", "The system keyring reported an error. The details were written to the log."
    ),
}
CONNECTION_STATES = {
    "starting": QT_TRANSLATE_NOOP("Texts", "Starting…"),
    "ready": QT_TRANSLATE_NOOP("Texts", "Ready"),
    "connected": QT_TRANSLATE_NOOP("Texts", "Connected"),
    "auth_failed": QT_TRANSLATE_NOOP("Texts", "Sign-in failed"),
    "unreachable": QT_TRANSLATE_NOOP("Texts", "Offline"),
    "untrusted": QT_TRANSLATE_NOOP("Texts", "Certificate not trusted"),
    "error": QT_TRANSLATE_NOOP("Texts", "Service error"),
    "no_secret": QT_TRANSLATE_NOOP("Texts", "Secret missing"),
}
ENDPOINTS = {
    "global": QT_TRANSLATE_NOOP("Texts", "PatSnap (global)"),
    "china": QT_TRANSLATE_NOOP("Texts", "Zhihuiya (China)"),
    "custom": QT_TRANSLATE_NOOP("Texts", "Custom URL"),
    "demo": QT_TRANSLATE_NOOP("Texts", "Built-in sandbox"),
}
AUTH_MODES = {
    "client_credentials": QT_TRANSLATE_NOOP("Texts", "Client ID + client secret"),
    "api_key": QT_TRANSLATE_NOOP("Texts", "API key"),
}

PATENT_TYPES = {  # the P011 patent type (Bibliography.patent_type, ClassRow.patent_type)
    "application": QT_TRANSLATE_NOOP("Texts", "Application"),
    "grant": QT_TRANSLATE_NOOP("Texts", "Granted patent"),
    "utility": QT_TRANSLATE_NOOP("Texts", "Utility model"),
    "design": QT_TRANSLATE_NOOP("Texts", "Design"),
}


def _words(table: dict[str, str], code: str, default: str | None = None) -> str:
    """The translated text for `code`, else `default` (the code itself when no default is given)."""
    source = table.get(code, default)
    return QCoreApplication.translate("Texts", source) if source is not None else code


def keyring_reason(reason: str) -> str:
    """The words for a ipdesk.services.secrets reason code."""
    return _words(KEYRING_REASONS, reason, KEYRING_REASONS["error"])


def connection_state(state: str) -> str:
    return _words(CONNECTION_STATES, state)


def endpoint_name(endpoint: str) -> str:
    return _words(ENDPOINTS, endpoint)


def auth_mode_name(mode: str) -> str:
    return _words(AUTH_MODES, mode)


def patent_type_name(patent_type: str) -> str:
    """The words for a patent type ("grant" -> "Granted patent"); an unknown word as it is, "" as ""."""
    return _words(PATENT_TYPES, patent_type)
