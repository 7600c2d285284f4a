"""Fixtures of the end-to-end suite (helpers are in e2e_support.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def tool(require_tool):
    """The harness's require_tool (tests/conftest.py): a tool's path; skips locally, fails under CI=true."""
    return require_tool


@pytest.fixture
def e2e_root(tmp_path) -> Path:
    """The folder holding everything an app process may write (data folder, HOME, TMPDIR, exports)."""
    root = tmp_path / "session"
    root.mkdir()
    return root


@pytest.fixture
def sandbox_factory():
    """Start a token-recording sandbox for the given clients ({client_id: secret}); stopped at teardown."""
    from e2e_support import recording_sandbox

    started = []

    def start(clients: dict[str, str]):
        started.append(recording_sandbox(clients))
        return started[-1]

    yield start
    for server in started:
        server.stop()
