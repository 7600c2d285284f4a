"""Fixtures shared by the core tests (on top of tests/conftest.py).

- `shared_sandbox`: one sandbox server per test module (starting and stopping one per test is slow), put back
  to its initial state before and after each test; `sandbox.reset()` also waits for requests a client gave up
  on (read timeouts), so that they cannot spill into the next test's counts or injected-fault draws.
- `client` and `store` (a PatSnapClient on the sandbox, a Store) come from tests/conftest.py.
"""

from __future__ import annotations

import time

import pytest

from ipdesk.sandbox.server import SandboxServer


@pytest.fixture(scope="module")
def module_sandbox():
    with SandboxServer() as server:
        yield server


@pytest.fixture
def shared_sandbox(module_sandbox):
    assert module_sandbox.reset(), "requests of an earlier test were still running after 5 s"
    module_sandbox.test_started = time.time()
    yield module_sandbox
    module_sandbox.reset()


@pytest.fixture
def cli_env(sandbox, demo_credentials, monkeypatch):
    """The command line pointed at the test's sandbox with its credentials (English messages); the sandbox."""
    monkeypatch.setenv("IPDESK_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("PATSNAP_CLIENT_ID", demo_credentials.client_id)
    monkeypatch.setenv("PATSNAP_CLIENT_SECRET", demo_credentials.secret.reveal())
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    return sandbox
