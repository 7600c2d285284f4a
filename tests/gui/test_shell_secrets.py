"""SecretStore (keyring with a timeout, session-only fallback) and ProfileStore. Qt-free modules."""

from __future__ import annotations

import socket
import time

import keyring
import pytest

from ipdesk.services.profiles import JsonFileSettings, Profile, ProfileError, ProfileStore
from ipdesk.services.secrets import KeyringUnavailable, SecretStore


def test_no_backend_is_said_plainly_and_session_memory_works(data_dir):
    store = SecretStore()
    usable, name, reason = store.backend_status()
    assert (usable, reason) == (False, "no_backend") and name
    with pytest.raises(KeyringUnavailable) as err:
        store.set("p", "client_secret", "s3cr3t-value")
    assert err.value.reason == "no_backend" and "s3cr3t" not in str(err.value)
    assert store.set("p", "client_secret", "s3cr3t-value", session_only=True) == "session"
    assert store.get("p", "client_secret") == "s3cr3t-value"
    assert "s3cr3t" not in repr(store)
    store.delete("p")
    with pytest.raises(KeyringUnavailable):
        store.get("p", "client_secret")
    assert list(data_dir.rglob("*")) == []  # nothing written anywhere


def test_secret_service_round_trip(secret_service):
    store = SecretStore()
    status = store.backend_status()
    assert status.usable and "SecretService" in status.name
    assert store.set("Team A", "api_key", "key-123456") == "keyring"
    assert keyring.get_password("ipdesk", "Team A:api_key") == "key-123456"
    assert store.get("Team A", "api_key") == "key-123456"
    assert store.get("Team A", "client_secret") is None
    store.delete("Team A")
    assert keyring.get_password("ipdesk", "Team A:api_key") is None
    store.delete("Team A")  # deleting what is not there is fine


def test_a_hanging_keyring_times_out_and_is_reported(tmp_path, monkeypatch):
    """A D-Bus address whose peer accepts and never answers: the Secret Service call hangs for real."""
    from keyring.backends import SecretService

    path = tmp_path / "silent-bus"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(4)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={path}")
    keyring.set_keyring(SecretService.Keyring())
    try:
        store = SecretStore(timeout=0.5)
        start = time.monotonic()
        status = store.backend_status()
        assert (status.usable, status.reason) == (False, "timeout")
        assert time.monotonic() - start < 2
        start = time.monotonic()
        with pytest.raises(KeyringUnavailable) as err:
            store.get("p", "client_secret")
        assert err.value.reason == "timeout" and time.monotonic() - start < 0.2  # no second wait
        assert store.set("p", "client_secret", "kept-in-memory", session_only=True) == "session"
        assert store.get("p", "client_secret") == "kept-in-memory"
    finally:
        server.close()


def test_profiles_persist_through_a_settings_backend(tmp_path):
    store = ProfileStore(JsonFileSettings(tmp_path / "profiles.json"))
    assert store.list() == [] and store.current_profile() is None
    saved = store.save(Profile(" Work ", "https://connect.zhihuiya.com/", "client_credentials", " id-1 "))
    assert saved == Profile("Work", "https://connect.zhihuiya.com", "client_credentials", "id-1")
    assert saved.endpoint == "china" and saved.secret_kind == "client_secret"
    store.set_current("Work")
    store.save(Profile("Key", "http://127.0.0.1:8080", "api_key", None))
    again = ProfileStore(JsonFileSettings(tmp_path / "profiles.json"))
    assert again.names() == ["Work", "Key"] and again.current_profile().name == "Work"
    assert again.get("Key").endpoint == "custom" and again.get("Key").secret_kind == "api_key"
    again.save(Profile("Office", saved.base_url, "client_credentials", "id-1"), replacing="Work")
    assert again.names() == ["Office", "Key"] and again.current() == "Office"
    again.delete("Office")
    assert again.names() == ["Key"] and again.current() is None


@pytest.mark.parametrize(
    ("profile", "field"),
    [
        (Profile("", "https://connect.patsnap.com"), "name"),
        (Profile("a:b", "https://connect.patsnap.com", "api_key"), "name"),
        (Profile("x", "http://example.com", "api_key"), "base_url"),
        (Profile("x", "ftp://example.com", "api_key"), "base_url"),
        (Profile("x", "https://connect.patsnap.com", "client_credentials", None), "client_id"),
    ],
)
def test_invalid_profiles_name_the_field(tmp_path, profile, field):
    store = ProfileStore(JsonFileSettings(tmp_path / "p.json"))
    with pytest.raises(ProfileError) as err:
        store.save(profile)
    assert err.value.field == field
    assert store.list() == []
