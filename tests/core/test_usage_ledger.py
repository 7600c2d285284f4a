"""The usage ledger's rule (GUI status bar and `ipdesk usage` alike): an attempt counts as an API call once the
request was sent (a reset or a read timeout may still be charged); one that could not connect does not, nor do
token requests."""

from __future__ import annotations

import pytest

from ipdesk.api.client import PatSnapClient
from ipdesk.api.config import ClientConfig
from ipdesk.services.session import record_call
from ipdesk.services.store import Store


def test_attempts_sent_to_the_service_are_counted(sandbox, demo_credentials, data_dir):
    store = Store(data_dir / "ledger.sqlite3")
    counted = []
    client = PatSnapClient(
        ClientConfig(base_url=sandbox.base_url),
        demo_credentials,
        on_call=lambda record: counted.append((record.operation, record_call(store, "p", record))),
    )
    try:
        client.seic_classification(["CN110650438A"], by="patent_number")  # token + one call
        sandbox.configure(fail_next=["reset", "html_502"])  # read then reset, a 502 page, then the answer
        client.seic_classification(["CN110650438A"], by="patent_number")
    finally:
        client.close()
    assert counted == [("token", False), ("P022", True), ("P022", True), ("P022", True), ("P022", True)]
    assert store.usage.calls_today("p") == 4
    store.close()


def test_an_attempt_that_could_not_connect_is_not_counted(demo_credentials, data_dir):
    import socket

    from ipdesk.api.errors import TransportError

    with socket.create_server(("127.0.0.1", 0)) as probe:  # a port nobody listens on once closed
        port = probe.getsockname()[1]
    store = Store(data_dir / "ledger.sqlite3")
    records = []
    client = PatSnapClient(
        ClientConfig(base_url=f"http://127.0.0.1:{port}", max_retries=1),
        demo_credentials,
        on_call=lambda record: records.append((record, record_call(store, "p", record))),
    )
    try:
        with pytest.raises(TransportError) as info:
            client.seic_classification(["CN110650438A"], by="patent_number")
    finally:
        client.close()
    assert info.value.kind == "connect" and "Could not connect" in info.value.message("en")
    assert records and all(not record.sent and not counted for record, counted in records)
    assert store.usage.calls_today("p") == 0
    store.close()
