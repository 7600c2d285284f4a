"""A whole GUI session with a real (non-demo) profile, its secret in the real Secret Service, against a sandbox
with a client id and secret made up for this test; afterwards no file the app wrote holds the secret, the
HTTP Basic form of it, or any token the sandbox issued (UTF-8, UTF-16 and UTF-32 forms; inside .xlsx too).

Two app processes, as a user would do it: the first adds the account in the Accounts dialog (the secret typed
into the form goes to the keyring), the second starts with that profile (the secret read back from the
keyring), classifies a list, opens an outline, refreshes risk data with a history backfill and exports
CSV, XLSX, JSON, PNG, Markdown and the risk reports. Then every file under the session's data folder, HOME,
TMPDIR and export folder is scanned, and the processes' output too.
"""

from __future__ import annotations

import base64
import secrets
import subprocess

import keyring
import pytest
from e2e_support import app_env, driver_command, files_under, scan

pytestmark = pytest.mark.e2e

EXPORTS = {
    "classification.csv",
    "classification.xlsx",
    "classification.json",
    "classification.png",
    "US8927118B2.md",
    "watchlist.csv",
    "watchlist.xlsx",
    "history.csv",
}


def test_a_whole_session_writes_no_secret_and_no_token(secret_service, sandbox_factory, e2e_root):
    client_id = f"e2e-client-{secrets.token_hex(4)}"
    client_secret = "e2e-secret-" + secrets.token_urlsafe(24)
    sandbox = sandbox_factory({client_id: client_secret})
    env = app_env(
        e2e_root,
        DBUS_SESSION_BUS_ADDRESS=secret_service["DBUS_SESSION_BUS_ADDRESS"],
        PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring",
    )
    outputs = []

    account = subprocess.run(
        driver_command("account", "Work", sandbox.base_url, client_id),
        input=client_secret + "\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    outputs.append(account.stdout + account.stderr)
    assert account.returncode == 0, outputs[-1]
    assert "Saved. The secret is in the system keyring." in account.stdout
    assert keyring.get_password("ipdesk", "Work:client_secret") == client_secret  # the real keyring has it

    exports = e2e_root / "exports"
    exports.mkdir()
    session = subprocess.run(
        driver_command("session", str(exports)), env=env, capture_output=True, text=True, timeout=120
    )
    outputs.append(session.stdout + session.stderr)
    assert session.returncode == 0, outputs[-1]
    assert "profile Work (" in session.stdout  # the saved profile, with the secret from the keyring
    assert {p.name for p in exports.iterdir()} == EXPORTS
    assert all(p.stat().st_size > 0 for p in exports.iterdir())

    # the session really talked to the sandbox, so the scan below cannot pass vacuously
    for op in ("token", "P022", "P073", "P019", "C027", "C029", "C028"):
        assert sandbox.counts.get(op, 0) > 0, (op, dict(sandbox.counts))
    assert sandbox.issued and len(set(sandbox.issued)) == len(sandbox.issued)
    assert any(e["auth_scheme"] == "Bearer" for e in sandbox.requests_log if e["op"] == "P022")

    files = files_under(e2e_root)
    names = {p.name for p in files}
    assert {"settings.ini", "ipdesk.log"} <= names, sorted(names)
    assert any(p.suffix in (".db", ".sqlite", ".sqlite3") for p in files), sorted(names)
    # the scanner finds what is there (the profile's non-secret fields) ...
    assert scan([p for p in files if p.name == "settings.ini"], {"client id": client_id})
    # ... and finds no secret and no token anywhere
    basic = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode()
    needles = {"client secret": client_secret, "Basic credentials": basic, **sandbox.issued_token_needles()}
    leaks = scan(files, needles)
    leaks += [f"process output: {label}" for label, v in needles.items() if any(v in o for o in outputs)]
    assert leaks == [], leaks
