"""Secrets (client secret, API key) in the operating system's keyring, and nowhere else.

Qt-free, shared by the GUI and the CLI. Keyring calls can block (a D-Bus Secret Service may hang or wait for
the user to unlock it), so every call runs on a short-lived daemon thread and is abandoned after `timeout`
seconds; a hang marks the keyring unusable for the rest of the session. Callers in a GUI must still call
these methods off the GUI thread (they block for up to `timeout`).

When no usable keyring exists, a secret can be kept in memory for this session only (`session_only=True`).
There is deliberately no file fallback: a plaintext backend (keyrings.alt and the like) counts as unusable.

Entries: service "ipdesk", username f"{profile}:{kind}" with kind "client_secret" or "api_key".
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Literal, TypeVar

from ipdesk.api.redact import register_secret
from ipdesk.messages import t

log = logging.getLogger(__name__)

SERVICE = "ipdesk"
SecretKind = Literal["client_secret", "api_key"]
KINDS: tuple[SecretKind, ...] = ("client_secret", "api_key")

# Backends that keep secrets in a store the operating system protects. Anything else (a plaintext or
# self-encrypted file, the fail/null backends) is "no usable keyring".
SYSTEM_BACKEND_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
)

# Reason codes of BackendStatus.reason -> catalogue key of their text (the GUI has its own Qt texts for them).
REASON_KEYS = {
    "ok": "keyring.ok",
    "no_backend": "keyring.no_backend",
    "disabled": "keyring.disabled",
    "not_system": "keyring.not_system",
    "timeout": "keyring.timeout",
    "locked": "keyring.locked",
    "error": "keyring.error",
}


def reason_text(reason: str, lang: str = "en") -> str:
    """The words for a reason code in `lang`."""
    return t(REASON_KEYS.get(reason, "keyring.error"), lang)


T = TypeVar("T")


class KeyringUnavailable(Exception):
    """The keyring cannot be used now. `.reason` is a REASON_KEYS code; the text never holds a secret."""

    def __init__(self, reason: str, backend: str = "") -> None:
        super().__init__(reason_text(reason))
        self.reason = reason
        self.backend = backend

    def message(self, lang: str = "en") -> str:
        return reason_text(self.reason, lang)


@dataclass(frozen=True)
class BackendStatus:
    usable: bool
    name: str  # e.g. "SecretService Keyring"
    reason: str  # a REASON_KEYS code

    def __iter__(self):  # allows `usable, name, reason = store.backend_status()`
        return iter((self.usable, self.name, self.reason))

    @property
    def text(self) -> str:
        return reason_text(self.reason)

    def message(self, lang: str = "en") -> str:
        return reason_text(self.reason, lang)


def username(profile: str, kind: SecretKind) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown secret kind: {kind!r}")
    return f"{profile}:{kind}"


def _backend_name(backend: object) -> str:
    name = getattr(backend, "name", None)
    return str(name) if name else f"{type(backend).__module__}.{type(backend).__name__}"


def _is_system(backend: object) -> bool:
    module = type(backend).__module__
    return any(module == m or module.startswith(m + ".") for m in SYSTEM_BACKEND_MODULES)


def resolve_backend() -> tuple[object | None, BackendStatus]:
    """The concrete system backend keyring would use now, or None with the reason (does no I/O)."""
    import keyring
    from keyring.backends import chainer, fail, null

    current = keyring.get_keyring()
    name = _backend_name(current)
    if isinstance(current, fail.Keyring):
        return None, BackendStatus(False, name, "no_backend")
    if isinstance(current, null.Keyring):
        return None, BackendStatus(False, name, "disabled")
    if isinstance(current, chainer.ChainerBackend):
        chained = list(current.backends)
        for candidate in chained:  # highest priority first; use the first system store directly
            if _is_system(candidate):
                return candidate, BackendStatus(True, _backend_name(candidate), "ok")
        return None, BackendStatus(False, name, "not_system" if chained else "no_backend")
    if _is_system(current):
        return current, BackendStatus(True, name, "ok")
    return None, BackendStatus(False, name, "not_system")


class SecretStore:
    """get / set / delete secrets per (profile, kind); thread-safe; every keyring call bounded by `timeout`."""

    def __init__(self, *, service: str = SERVICE, timeout: float = 5.0) -> None:
        self.service = service
        self.timeout = timeout
        self._lock = threading.Lock()
        self._memory: dict[tuple[str, str], str] = {}
        self._hung = False  # a call timed out: do not pile up more blocked threads this session
        self._status: BackendStatus | None = None

    def __repr__(self) -> str:  # never the memory contents
        return f"SecretStore(service={self.service!r}, session_entries={len(self._memory)})"

    # -- keyring access with a timeout -------------------------------------------------------------
    def _call(self, fn: Callable[..., T], *args: object) -> T:
        if self._hung:
            raise KeyringUnavailable("timeout")
        future: Future = Future()

        def target() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller
                future.set_exception(exc)

        threading.Thread(target=target, name="ipdesk-keyring", daemon=True).start()
        try:
            return future.result(timeout=self.timeout)
        except FutureTimeout:
            self._hung = True
            self._status = None
            log.warning(
                "keyring call timed out after %.1f s; keyring disabled for this session", self.timeout
            )
            raise KeyringUnavailable("timeout") from None

    def _backend(self) -> object:
        backend, status = resolve_backend()
        if backend is None:
            raise KeyringUnavailable(status.reason, status.name)
        return backend

    @staticmethod
    def _translate(exc: Exception, backend: object) -> KeyringUnavailable:
        from keyring.errors import KeyringLocked

        locked = isinstance(exc, KeyringLocked) or type(exc).__name__ in {
            "LockedException",
            "PromptDismissedException",
        }
        log.warning("keyring error from %s: %s", _backend_name(backend), type(exc).__name__)
        return KeyringUnavailable("locked" if locked else "error", _backend_name(backend))

    # -- public API ----------------------------------------------------------------------------------
    def backend_status(self, *, refresh: bool = False) -> BackendStatus:
        """Probe the keyring (one read of a missing entry, bounded by the timeout). Cached until refresh."""
        if self._status is not None and not refresh:
            return self._status
        if self._hung:
            _, status = resolve_backend()
            self._status = BackendStatus(False, status.name, "timeout")
            return self._status
        backend, status = resolve_backend()
        if backend is not None:
            try:
                self._call(backend.get_password, self.service, "__ipdesk_probe__")
            except KeyringUnavailable as exc:
                status = BackendStatus(False, status.name, exc.reason)
            except Exception as exc:  # noqa: BLE001 - any backend failure means "not usable"
                status = BackendStatus(False, status.name, self._translate(exc, backend).reason)
        self._status = status
        return status

    def get(self, profile: str, kind: SecretKind) -> str | None:
        """The secret from this session's memory, else from the keyring; None when there is none.

        Raises KeyringUnavailable when the keyring cannot be read and nothing is in memory."""
        key = (profile, kind)
        with self._lock:
            if key in self._memory:
                return self._memory[key]
        backend = self._backend()
        try:
            value = self._call(backend.get_password, self.service, username(profile, kind))
            if value:
                register_secret(value)
            return value
        except KeyringUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001
            raise self._translate(exc, backend) from None

    def set(self, profile: str, kind: SecretKind, value: str, *, session_only: bool = False) -> str:
        """Store a secret; returns "keyring" or "session". Raises KeyringUnavailable (never writes a file)."""
        if not value:
            raise ValueError("empty secret")
        register_secret(value)
        name = username(profile, kind)
        if session_only:
            with self._lock:
                self._memory[(profile, kind)] = value
            return "session"
        backend = self._backend()
        try:
            self._call(backend.set_password, self.service, name, value)
        except KeyringUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001
            raise self._translate(exc, backend) from None
        with self._lock:  # the keyring now holds it; drop an older in-memory copy
            self._memory.pop((profile, kind), None)
        return "keyring"

    def in_session(self, profile: str, kind: SecretKind) -> bool:
        with self._lock:
            return (profile, kind) in self._memory

    def delete(self, profile: str, kind: SecretKind | None = None) -> None:
        """Delete the profile's secret(s) from memory and from the keyring (missing entries are fine).

        Raises KeyringUnavailable when a keyring exists but could not be reached."""
        kinds = KINDS if kind is None else (kind,)
        with self._lock:
            for k in kinds:
                self._memory.pop((profile, k), None)
        backend, _status = resolve_backend()
        if backend is None:
            return  # nothing can be in a keyring that does not exist
        from keyring.errors import PasswordDeleteError

        for k in kinds:
            try:
                self._call(backend.delete_password, self.service, username(profile, k))
            except PasswordDeleteError:
                pass
            except KeyringUnavailable:
                raise
            except Exception as exc:  # noqa: BLE001
                raise self._translate(exc, backend) from None

    def forget_session(self) -> None:
        with self._lock:
            self._memory.clear()
