"""Account profiles: the non-secret fields (name, endpoint, auth mode, client ID). Qt-free.

Secrets live in the keyring (ipdesk.services.secrets), never here. Persistence goes through an injected
`SettingsBackend` (three string methods). The GUI passes `ipdesk.ui.core.settings.QSettingsBackend` (QtCore only);
the CLI should pass the same QSettings backend so that both see the same profiles (`make_settings()` in
ipdesk.ui.core.settings needs only QtCore, no QApplication). `JsonFileSettings` is a Qt-free backend for
contexts without Qt (a small JSON file of non-secret fields).

Stored keys: "accounts/profiles" = JSON list of profile dicts; "accounts/current" = the active profile name.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal, Protocol

from ipdesk.api.config import CHINA_BASE_URL, GLOBAL_BASE_URL
from ipdesk.messages import Message

AuthMode = Literal["client_credentials", "api_key"]
Endpoint = Literal["global", "china", "custom"]
ENDPOINT_URLS: dict[str, str] = {"global": GLOBAL_BASE_URL, "china": CHINA_BASE_URL}
PROFILES_KEY = "accounts/profiles"
CURRENT_KEY = "accounts/current"
MAX_NAME = 64


class ProfileError(ValueError):
    """A profile field is invalid; `.field` names it, `.message` says what to do (str(): in English)."""

    def __init__(self, field: str, key: str, /, **params: object) -> None:
        self.field, self.message = field, Message(key, **params)
        super().__init__(self.message.text("en"))


@dataclass(frozen=True)
class Profile:
    name: str
    base_url: str
    mode: AuthMode = "client_credentials"
    client_id: str | None = None

    @property
    def endpoint(self) -> Endpoint:
        for key, url in ENDPOINT_URLS.items():
            if self.base_url.rstrip("/") == url:
                return key  # type: ignore[return-value]
        return "custom"

    @property
    def secret_kind(self) -> Literal["client_secret", "api_key"]:
        return "client_secret" if self.mode == "client_credentials" else "api_key"

    def to_dict(self) -> dict[str, str | None]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Profile:
        mode = data.get("mode") or "client_credentials"
        if mode not in ("client_credentials", "api_key"):
            mode = "client_credentials"
        return cls(
            name=str(data["name"]),
            base_url=str(data.get("base_url") or GLOBAL_BASE_URL),
            mode=mode,
            client_id=(str(data["client_id"]) if data.get("client_id") else None),
        )


def validate_profile(profile: Profile) -> Profile:
    """Check every field; returns a cleaned copy or raises ProfileError(field, message key)."""
    from ipdesk.api.config import validate_base_url
    from ipdesk.api.errors import ApiError

    name = profile.name.strip()
    if not name:
        raise ProfileError("name", "profile.no_name")
    if len(name) > MAX_NAME or any(ord(c) < 32 for c in name) or ":" in name:
        raise ProfileError("name", "profile.bad_name", max=MAX_NAME)
    try:
        base_url = validate_base_url(profile.base_url.strip())
    except (ApiError, ValueError):
        raise ProfileError("base_url", "profile.bad_url") from None
    client_id = (profile.client_id or "").strip() or None
    if profile.mode == "client_credentials" and not client_id:
        raise ProfileError("client_id", "profile.no_client_id")
    return Profile(name=name, base_url=base_url, mode=profile.mode, client_id=client_id)


class SettingsBackend(Protocol):
    def get(self, key: str) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...
    def remove(self, key: str) -> None: ...


class JsonFileSettings:
    """A Qt-free SettingsBackend: one small JSON object in a file (non-secret values only)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, self.path)

    def get(self, key: str) -> str | None:
        with self._lock:
            value = self._read().get(key)
        return None if value is None else str(value)

    def set(self, key: str, value: str) -> None:
        with self._lock:
            data = self._read()
            data[key] = value
            self._write(data)

    def remove(self, key: str) -> None:
        with self._lock:
            data = self._read()
            if data.pop(key, None) is not None:
                self._write(data)


class ProfileStore:
    """The list of profiles and the current one, over a SettingsBackend."""

    def __init__(self, backend: SettingsBackend) -> None:
        self.backend = backend

    def list(self) -> list[Profile]:
        raw = self.backend.get(PROFILES_KEY)
        if not raw:
            return []
        try:
            items = json.loads(raw)
        except ValueError:
            return []
        out: list[Profile] = []
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and item.get("name"):
                out.append(Profile.from_dict(item))
        return out

    def names(self) -> list[str]:
        return [p.name for p in self.list()]

    def get(self, name: str) -> Profile | None:
        return next((p for p in self.list() if p.name == name), None)

    def _write(self, profiles: list[Profile]) -> None:
        self.backend.set(PROFILES_KEY, json.dumps([p.to_dict() for p in profiles], ensure_ascii=False))

    def save(self, profile: Profile, *, replacing: str | None = None) -> Profile:
        """Add or replace (by name, or the profile called `replacing` when renaming). Returns the saved copy."""
        profile = validate_profile(profile)
        profiles = self.list()
        old = replacing or profile.name
        if profile.name != old and any(p.name == profile.name for p in profiles):
            raise ProfileError("name", "profile.name_taken")
        index = next((i for i, p in enumerate(profiles) if p.name == old), None)
        if index is None:
            profiles.append(profile)
        else:
            profiles[index] = profile
        self._write(profiles)
        if replacing and replacing != profile.name and self.current() == replacing:
            self.set_current(profile.name)
        return profile

    def delete(self, name: str) -> None:
        """Remove the non-secret fields (the caller deletes the keyring entries with SecretStore.delete)."""
        self._write([p for p in self.list() if p.name != name])
        if self.current() == name:
            self.backend.remove(CURRENT_KEY)

    def current(self) -> str | None:
        return self.backend.get(CURRENT_KEY) or None

    def set_current(self, name: str | None) -> None:
        if name is None:
            self.backend.remove(CURRENT_KEY)
        else:
            self.backend.set(CURRENT_KEY, name)

    def current_profile(self) -> Profile | None:
        profiles = self.list()
        wanted = self.current()
        return next((p for p in profiles if p.name == wanted), profiles[0] if profiles else None)
