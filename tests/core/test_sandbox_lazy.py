"""LazySandbox (the GUI demo mode's sandbox): an address at once, the server from the first connection."""

from __future__ import annotations

import socket
import time

import pytest

from ipdesk.api.auth import Credentials, Secret
from ipdesk.api.client import PatSnapClient
from ipdesk.api.config import ClientConfig
from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from ipdesk.sandbox.lazy import LazySandbox


def demo_client(base_url: str) -> PatSnapClient:
    credentials = Credentials(
        mode="client_credentials", client_id=DEMO_CLIENT_ID, secret=Secret(DEMO_CLIENT_SECRET)
    )
    return PatSnapClient(ClientConfig(base_url=base_url), credentials)


def test_the_first_request_starts_the_server_and_is_answered():
    sandbox = LazySandbox()
    try:
        assert sandbox.server is None and sandbox.base_url.startswith("http://127.0.0.1:")
        client = demo_client(sandbox.base_url)
        try:
            assert client.test_connection()  # token + one cheap call, over real HTTP
            answers = client.seic_classification(["CN110650438A"], by="patent_number")
        finally:
            client.close()
        assert sandbox.server is not None and sandbox.server.base_url == sandbox.base_url
        assert sandbox.server.counts["P022"] == 1 and len(answers) == 1
    finally:
        sandbox.stop()
        sandbox.stop()  # idempotent
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", int(sandbox.base_url.rsplit(":", 1)[1])), timeout=2)


def test_stopped_before_any_connection_it_closes_its_port():
    sandbox = LazySandbox()
    port = int(sandbox.base_url.rsplit(":", 1)[1])
    sandbox.stop()
    assert sandbox.server is None
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2)


def test_waiting_loads_neither_http_server_nor_the_demo_data(run_python):
    code = (
        "import sys\n"
        "from ipdesk.sandbox.lazy import LazySandbox\n"
        "s = LazySandbox()\n"
        "print(sorted(m for m in ('http.server', 'ssl', 'ipdesk.sandbox.server', 'ipdesk.sandbox.demo_data')"
        " if m in sys.modules))\n"
        "s.stop()\n"
    )
    stdout = run_python(code)
    assert stdout.strip() == "[]"


def test_a_sandbox_that_cannot_start_refuses_connections_instead_of_hanging(monkeypatch, caplog):
    from ipdesk.api.errors import TransportError
    from ipdesk.sandbox import server

    def broken(self, *, listening=None):
        raise RuntimeError("demo data missing")

    monkeypatch.setattr(server.SandboxServer, "start", broken)
    sandbox = LazySandbox()
    client = demo_client(sandbox.base_url)
    started = time.monotonic()
    try:
        with pytest.raises(TransportError):
            client.test_connection()
    finally:
        client.close()
        sandbox.stop()
    assert time.monotonic() - started < 10  # refused at once (and retried), not read timeouts of 30 s each
    assert "the demo sandbox could not start" in caplog.text and "demo data missing" in caplog.text
