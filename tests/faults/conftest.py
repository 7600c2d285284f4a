"""Fixtures of the fault matrix (see ``fault_support`` for what it covers)."""

from __future__ import annotations

import pytest

from ipdesk.sandbox.server import SandboxServer


@pytest.fixture
def big_sandbox():
    """A sandbox whose request log keeps every request of a test."""
    with SandboxServer(log_size=200_000) as server:
        yield server
