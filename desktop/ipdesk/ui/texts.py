"""Translated texts shared by several widgets (looked up at call time, so they follow a language switch)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def keyring_reason(reason: str) -> str:
    """The words for a ipdesk.services.secrets reason code."""
    texts = {
        "ok": QCoreApplication.translate("Texts", "The system keyring is available."),
        "no_backend": QCoreApplication.translate(
            "Texts",
            "No system keyring is available on this computer (no Secret Service, Keychain or Credential Manager "
            "was found).",
        ),
        "disabled": QCoreApplication.translate(
            "Texts", "The keyring is disabled in the keyring configuration."
        ),
        "not_system": QCoreApplication.translate(
            "Texts", "The only keyring available keeps secrets in a file, which IP Desk does not use."
        ),
        "timeout": QCoreApplication.translate(
            "Texts", "The system keyring did not answer in time (it may be locked or waiting for a password)."
        ),
        "locked": QCoreApplication.translate(
            "Texts", "The system keyring is locked. Unlock your password manager and try again."
        ),
        "error": QCoreApplication.translate(
            "Texts", "The system keyring reported an error. The details were written to the log."
        ),
    }
    return texts.get(reason, texts["error"])


def connection_state(state: str) -> str:
    texts = {
        "starting": QCoreApplication.translate("Texts", "Starting…"),
        "ready": QCoreApplication.translate("Texts", "Ready"),
        "connected": QCoreApplication.translate("Texts", "Connected"),
        "auth_failed": QCoreApplication.translate("Texts", "Sign-in failed"),
        "unreachable": QCoreApplication.translate("Texts", "Offline"),
        "error": QCoreApplication.translate("Texts", "Service error"),
        "no_secret": QCoreApplication.translate("Texts", "Secret missing"),
    }
    return texts.get(state, state)


def endpoint_name(endpoint: str) -> str:
    texts = {
        "global": QCoreApplication.translate("Texts", "PatSnap (global)"),
        "china": QCoreApplication.translate("Texts", "Zhihuiya (China)"),
        "custom": QCoreApplication.translate("Texts", "Custom URL"),
        "demo": QCoreApplication.translate("Texts", "Built-in sandbox"),
    }
    return texts.get(endpoint, endpoint)


def auth_mode_name(mode: str) -> str:
    texts = {
        "client_credentials": QCoreApplication.translate("Texts", "Client ID + client secret"),
        "api_key": QCoreApplication.translate("Texts", "API key"),
    }
    return texts.get(mode, mode)
