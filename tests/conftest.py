"""Shared test harness.

- Every test gets its own data folder through IPDESK_DATA_DIR (nothing touches the real user folder).
- `sandbox` starts the built-in sandbox server on a free loopback port (real HTTP).
- `require_tool` skips when a tool is missing on a developer machine, but FAILS under CI=true.
"""

from __future__ import annotations

import os
import shutil

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"


def require_tool(name: str) -> str:
    """Return the path of an executable, or skip (fail under CI=true) when it is missing."""
    path = shutil.which(name)
    if path is None:
        message = f"required tool not found on PATH: {name}"
        if IN_CI:
            pytest.fail(message + " (CI=true: a missing tool is a failure)")
        pytest.skip(message)
    return path


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    data = tmp_path / "ipdesk-data"
    data.mkdir()
    monkeypatch.setenv("IPDESK_DATA_DIR", str(data))
    for var in ("PATSNAP_CLIENT_ID", "PATSNAP_CLIENT_SECRET", "PATSNAP_API_KEY", "IPDESK_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    return data


@pytest.fixture
def data_dir(_isolated_data_dir):
    return _isolated_data_dir


@pytest.fixture
def sandbox():
    from ipdesk.sandbox.server import SandboxServer

    server = SandboxServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def demo_credentials():
    from ipdesk.api.auth import Credentials, Secret
    from ipdesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

    return Credentials(mode="client_credentials", client_id=DEMO_CLIENT_ID, secret=Secret(DEMO_CLIENT_SECRET))
