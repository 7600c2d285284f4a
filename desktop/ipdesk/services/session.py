"""The one session factory of both front-ends: a profile (or a URL) and its credentials -> a ready PatSnapClient
whose every call goes to the usage ledger; for the command line also the Session (client + store + profile).

Credentials: ``PATSNAP_CLIENT_ID`` + ``PATSNAP_CLIENT_SECRET``, or ``PATSNAP_API_KEY``, override the keyring
(for scripts); otherwise the profile's client ID and its secret from the keyring (``SecretStore``).
Base URL: explicit argument, else ``IPDESK_BASE_URL``, else the profile's, else the global endpoint.
Demo: the front-end starts the built-in sandbox (services never import it) and passes its profile and secret;
its answers go to a separate database (``demo.sqlite3`` next to the real one) so they never mix with answers
paid for.
Every HTTP attempt is written to the usage ledger (calls and results per operation per day per profile).
"""

from __future__ import annotations

import logging
import os
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ipdesk.api.auth import Credentials, Secret
from ipdesk.api.client import CallRecord, PatSnapClient
from ipdesk.api.config import GLOBAL_BASE_URL, ClientConfig
from ipdesk.api.ratelimit import RateLimiter
from ipdesk.messages import MessageError
from ipdesk.services import paths
from ipdesk.services.store import Store

log = logging.getLogger(__name__)

ENV_CLIENT_ID = "PATSNAP_CLIENT_ID"
ENV_CLIENT_SECRET = "PATSNAP_CLIENT_SECRET"
ENV_API_KEY = "PATSNAP_API_KEY"
ENV_BASE_URL = "IPDESK_BASE_URL"
DEFAULT_PROFILE = "default"
DEMO_PROFILE = "demo"
DEMO_DATABASE = "demo.sqlite3"


class ContextError(MessageError):
    """No usable credentials or settings; ``message(lang)`` tells the user what to do."""


_ENV_NAMES = {"id_var": ENV_CLIENT_ID, "secret_var": ENV_CLIENT_SECRET, "key_var": ENV_API_KEY}


class CallCounter:
    """Calls and results per operation seen in this session (thread-safe)."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.results: Counter[str] = Counter()
        self._lock = threading.Lock()

    def add(self, record: CallRecord) -> None:
        if not counts_as_call(record):  # the ledger's rule: the summary and `ipdesk usage` agree
            return
        with self._lock:
            self.calls[record.operation] += 1
            self.results[record.operation] += record.results


@dataclass
class Session:
    client: PatSnapClient | None  # None: a read-only store opened for browsing, where no call may be made
    store: Store
    profile: str
    base_url: str
    on_close: Any = None  # e.g. stops the in-process sandbox the front-end started with --demo
    counter: CallCounter = field(default_factory=CallCounter)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        self.store.close()
        if self.on_close is not None:
            self.on_close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def credentials_from_env(env: Mapping[str, str]) -> Credentials | None:
    client_id = env.get(ENV_CLIENT_ID, "").strip() or None
    secret = env.get(ENV_CLIENT_SECRET, "").strip()
    api_key = env.get(ENV_API_KEY, "").strip()
    if client_id and secret:
        return Credentials("client_credentials", client_id, Secret(secret))
    if api_key:
        return Credentials("api_key", client_id, Secret(api_key))
    if secret and not client_id:
        raise ContextError("session.secret_without_id", **_ENV_NAMES)
    return None


def credentials_from_profile(profile, secrets) -> Credentials:
    """The profile's credentials with its secret from the keyring (ContextError when there is none)."""
    from ipdesk.services.secrets import KeyringUnavailable

    kind = profile.secret_kind
    try:
        value = secrets.get(profile.name, kind) if secrets is not None else None
    except KeyringUnavailable as exc:
        raise ContextError(
            "session.secret_unreadable", profile=profile.name, reason=str(exc), **_ENV_NAMES
        ) from None
    if not value:
        raise ContextError("session.no_secret", profile=profile.name)
    return Credentials(profile.mode, profile.client_id, Secret(value))


def counts_as_call(record: CallRecord) -> bool:
    """The one rule of what is an API call (the usage ledger, the GUI's and the CLI's counts, the README): an
    attempt counts once the request was sent to the service (it may be charged even when no answer came back);
    one that could not connect does not, nor do token requests (not API calls in the quota sense)."""
    return record.operation != "token" and record.sent


def record_call(store, profile: str, record: CallRecord) -> bool:
    """The usage ledger's entry for ``record`` when it ``counts_as_call``. True if counted."""
    if not counts_as_call(record):
        return False
    store.usage.record_usage(profile, record.operation, calls=1, results=record.results if record.ok else 0)
    return True


def database_path(demo: bool) -> os.PathLike[str]:
    return paths.data_dir() / DEMO_DATABASE if demo else paths.database_path()


def connect(
    profile,
    secret: str,
    *,
    limiter: RateLimiter | None = None,
    on_call: Callable[[CallRecord], None] | None = None,
    config_overrides: Mapping[str, Any] | None = None,
) -> PatSnapClient:
    """A PatSnapClient for ``profile`` (an ``ipdesk.services.profiles.Profile``: base URL, mode, client ID) and its
    secret, on the process's shared rate limiter unless one is given. Callable from any thread; makes no call."""
    credentials = Credentials(profile.mode, profile.client_id, Secret(secret))
    config = ClientConfig(base_url=profile.base_url, **dict(config_overrides or {}))
    return PatSnapClient(config, credentials, limiter=limiter, on_call=on_call)


def ledger(store_of: Callable[[], Any], profile_name: str) -> Callable[[CallRecord], None]:
    """An ``on_call`` that writes each attempt to the usage ledger of ``store_of()`` (the one rule, record_call);
    a ledger that cannot be written never breaks the call."""

    def on_call(record: CallRecord) -> None:
        store = store_of()
        if store is None:
            return
        try:
            record_call(store, profile_name, record)
        except Exception:  # noqa: BLE001 - the ledger must never break a call
            log.exception("could not record usage")

    return on_call


def open_session(
    *,
    profile=None,
    profile_name: str | None = None,
    base_url: str | None = None,
    demo=None,
    secrets=None,
    env: Mapping[str, str] | None = None,
    store: Store | None = None,
    limiter: RateLimiter | None = None,
    config_overrides: Mapping[str, Any] | None = None,
    on_close: Callable[[], None] | None = None,
) -> Session:
    """A ready client + store for the command line. ``profile``: the saved Profile (or None). ``demo``: the
    (Profile, secret) of a sandbox the front-end started (its answers go to ``demo.sqlite3``)."""
    env = os.environ if env is None else env
    secret: str | None = None
    if demo is not None:
        profile, secret = demo
        name = DEMO_PROFILE
    else:
        from ipdesk.services.profiles import Profile

        name = profile_name or (profile.name if profile is not None else None) or DEFAULT_PROFILE
        credentials = credentials_from_env(env)
        if credentials is None:
            if profile is None:
                raise ContextError("session.no_credentials", **_ENV_NAMES)
            credentials = credentials_from_profile(profile, secrets)
        url = (
            base_url
            or env.get(ENV_BASE_URL, "").strip()
            or (profile.base_url if profile is not None else "")
            or GLOBAL_BASE_URL
        )
        profile = Profile(name, url, credentials.mode, credentials.client_id)
        secret = credentials.secret.reveal()
    try:
        ClientConfig(base_url=profile.base_url, **dict(config_overrides or {}))  # a bad URL fails here, first
        if store is None:
            store = Store(database_path(demo is not None))
    except BaseException:
        if on_close is not None:
            on_close()
        raise
    counter = CallCounter()
    record = ledger(lambda: store, name)

    def on_call(call: CallRecord) -> None:
        counter.add(call)
        record(call)

    client = connect(profile, secret, limiter=limiter, on_call=on_call, config_overrides=config_overrides)
    return Session(
        client=client,
        store=store,
        profile=name,
        base_url=client.config.base_url,
        on_close=on_close,
        counter=counter,
    )
