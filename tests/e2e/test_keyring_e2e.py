"""The keyring for real: gnome-keyring's Secret Service on a private D-Bus session (the `secret_service`
fixture) stores, reads and deletes a profile's secret, and other processes see it while it is stored; with no
keyring backend the GUI's session-only path works and nothing is written in plain text."""

from __future__ import annotations

import secrets
import subprocess
import sys

import keyring
import pytest
from e2e_support import app_env, driver_command, files_under, scan

from ipdesk.services.secrets import KeyringUnavailable, SecretStore

pytestmark = pytest.mark.e2e

READ_IN_OTHER_PROCESS = (
    "import sys, keyring\n"
    "value = keyring.get_password('ipdesk', sys.argv[1])\n"
    "print('none' if value is None else 'match' if value == sys.stdin.readline().strip() else 'other')\n"
)


def other_process_reads(env: dict, user: str, secret: str) -> str:
    """'match', 'other' or 'none': what a second Python process gets from the keyring (the secret it compares
    with comes on stdin, never on the command line)."""
    env = dict(env, PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring")
    out = subprocess.run(
        [sys.executable, "-c", READ_IN_OTHER_PROCESS, user],
        input=secret + "\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return out.stdout.strip()


def secret_tool_lookup(tool_path: str, env: dict, user: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [tool_path, "lookup", "service", "ipdesk", "username", user],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_secret_service_stores_reads_and_deletes_a_profile_secret(secret_service, tool):
    import os

    secret_tool = tool("secret-tool")
    env = dict(os.environ)
    profile = f"e2e-{secrets.token_hex(4)}"
    client_secret = "cs-" + secrets.token_urlsafe(24)
    api_key = "ak-" + secrets.token_urlsafe(24)
    store = SecretStore(timeout=10)

    status = store.backend_status(refresh=True)
    assert status.usable and status.reason == "ok", status
    assert store.set(profile, "client_secret", client_secret) == "keyring"
    assert store.set(profile, "api_key", api_key) == "keyring"
    assert not store.in_session(profile, "client_secret")
    assert client_secret not in repr(store)

    assert store.get(profile, "client_secret") == client_secret
    assert SecretStore().get(profile, "api_key") == api_key  # a fresh store object reads the service
    # other processes see the entries: the secret is in the real Secret Service, not in this process
    looked_up = secret_tool_lookup(secret_tool, env, f"{profile}:client_secret")
    assert looked_up.returncode == 0 and looked_up.stdout.strip() == client_secret
    assert other_process_reads(env, f"{profile}:api_key", api_key) == "match"

    store.delete(profile, "client_secret")
    assert store.get(profile, "client_secret") is None
    assert secret_tool_lookup(secret_tool, env, f"{profile}:client_secret").stdout.strip() == ""
    assert other_process_reads(env, f"{profile}:api_key", api_key) == "match"  # only that kind went
    store.delete(profile)  # every kind of the profile
    assert store.get(profile, "api_key") is None
    assert other_process_reads(env, f"{profile}:api_key", api_key) == "none"
    assert keyring.get_password("ipdesk", f"{profile}:api_key") is None


def test_without_a_keyring_the_secret_stays_in_this_session_only(sandbox_factory, e2e_root, data_dir):
    """The default backend in tests is keyring's 'fail' backend: no usable keyring. Saving a profile in the
    Accounts dialog offers the session-only path; the secret works for calls but is written nowhere."""
    store = SecretStore()
    assert not store.backend_status().usable
    with pytest.raises(KeyringUnavailable):
        store.set("p", "client_secret", "x-" + secrets.token_hex(8))

    client_id, client_secret = f"e2e-{secrets.token_hex(4)}", "cs-" + secrets.token_urlsafe(24)
    sandbox = sandbox_factory({client_id: client_secret})
    env = app_env(e2e_root)
    run = subprocess.run(
        driver_command("account", "NoKeyring", sandbox.base_url, client_id, "--session-only"),
        input=client_secret + "\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "No system keyring is available" in run.stdout  # said plainly in the dialog
    assert "The secret is kept in memory until IP Desk closes" in run.stdout
    assert '"profile": "NoKeyring", "demo": false' in run.stdout
    assert sandbox.counts["token"] >= 1 and sandbox.counts["P022"] >= 1  # the secret really worked
    files = files_under(e2e_root)
    assert any(p.name == "settings.ini" for p in files) and any(p.suffix == ".log" for p in files)
    ini = next(p for p in files if p.name == "settings.ini").read_text(encoding="utf-8")
    assert "NoKeyring" in ini and client_id in ini  # the profile's other fields are saved
    assert scan(files, {"client id": client_id})  # the scanner finds what is there
    needles = {"client secret": client_secret, **sandbox.issued_token_needles()}
    leaks = scan(files, needles) + [
        f"driver output: {label}" for label, v in needles.items() if v in run.stdout + run.stderr
    ]
    assert leaks == [], leaks

    # the next start has the profile but no secret: it says so and does not fall back to any file
    again = subprocess.run(
        driver_command("session", str(e2e_root / "exports")),
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode == 1 and "expected the saved profile" in again.stdout
    assert "state=no_secret" in again.stdout
