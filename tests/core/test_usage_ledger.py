"""The usage ledger's rule (GUI status bar and `ipdesk usage` alike): an attempt counts as an API call when it
reached the service; a connection reset before any answer, and token requests, do not count."""

from __future__ import annotations

from ipdesk.api.client import PatSnapClient
from ipdesk.api.config import ClientConfig
from ipdesk.services.context import record_call
from ipdesk.services.store import Store


def test_only_attempts_that_reached_the_service_are_counted(sandbox, demo_credentials, data_dir):
    store = Store(data_dir / "ledger.sqlite3")
    counted = []
    client = PatSnapClient(
        ClientConfig(base_url=sandbox.base_url),
        demo_credentials,
        on_call=lambda record: counted.append((record.operation, record_call(store, "p", record))),
    )
    try:
        client.seic_classification(["CN110650438A"], by="patent_number")  # token + one call
        sandbox.configure(fail_next=["reset", "html_502"])  # no answer, then a 502 page, then the answer
        client.seic_classification(["CN110650438A"], by="patent_number")
    finally:
        client.close()
    assert counted == [("token", False), ("P022", True), ("P022", False), ("P022", True), ("P022", True)]
    assert store.calls_today("p") == 3
    store.close()
