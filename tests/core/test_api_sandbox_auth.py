"""Auth against the sandbox over real HTTP: token shapes, renewal, API-key mode, redaction, URL rules."""

from __future__ import annotations

import logging
import time

import pytest

from ipdesk.api import (
    ApiError,
    AuthError,
    ClientConfig,
    CompanyQuery,
    Credentials,
    InsecureUrlError,
    PatSnapClient,
    RateLimiter,
    Secret,
    install_redaction,
)
from ipdesk.sandbox.demo import demo_companies, demo_description_patents, demo_patent_numbers
from ipdesk.sandbox.server import (
    DEMO_API_KEY,
    DEMO_CLIENT_ID,
    TOKEN_SHAPES,
)


@pytest.fixture
def sandbox(shared_sandbox):
    return shared_sandbox


def log_of(sandbox, since=None):
    """The sandbox's request log of this test (or since a time.time() stamp)."""
    since = sandbox.test_started if since is None else since
    return [e for e in sandbox.requests_log if e["time"] >= since]


def make_client(base_url, credentials, records=None, **config):
    config.setdefault("backoff_base", 0.005)
    config.setdefault("backoff_max", 0.02)
    return PatSnapClient(
        ClientConfig(base_url=base_url, **config),
        credentials,
        limiter=RateLimiter(rate=500),
        on_call=None if records is None else records.append,
    )


def _p022(client):
    return client.seic_classification(demo_patent_numbers()[:2], by="patent_number")


@pytest.mark.parametrize("shape", TOKEN_SHAPES)
@pytest.mark.parametrize("as_string", [False, True])
def test_every_token_shape(sandbox, demo_credentials, shape, as_string):
    sandbox.configure(token_shape=shape, expires_in_as_string=as_string, token_lifetime=900)
    client = make_client(sandbox.base_url, demo_credentials)
    assert "15 min" in client.test_connection()
    assert len(_p022(client)) == 2
    assert sandbox.counts["token"] == 1
    client.close()


def test_every_call_sends_bearer_and_apikey(sandbox, demo_credentials):
    client = make_client(sandbox.base_url, demo_credentials)
    company = CompanyQuery("credit_code", demo_companies()[0]["credit_code"])
    _p022(client)
    client.description_offset(demo_description_patents()[0], by="patent_number")
    client.description_data(demo_description_patents()[0], by="patent_number")
    client.risk_warning(company)
    client.risk_trend(company)
    entries = [e for e in log_of(sandbox) if e["op"] != "token"]
    assert [e["op"] for e in entries] == ["P022", "P073", "P019", "C027", "C029"]
    assert all(e["auth_scheme"] == "Bearer" and e["query"]["apikey"] == DEMO_CLIENT_ID for e in entries)
    [token_call] = [e for e in log_of(sandbox) if e["op"] == "token"]
    assert token_call["auth_scheme"] == "Basic" and token_call["form"] == {"grant_type": "client_credentials"}
    client.close()


def test_token_renewed_mid_run_before_expiry(sandbox, demo_credentials):
    sandbox.configure(token_lifetime=1)
    records = []
    client = make_client(sandbox.base_url, demo_credentials, records)
    deadline = time.monotonic() + 2.6
    calls = 0
    while time.monotonic() < deadline:
        assert len(_p022(client)) == 2
        calls += 1
        time.sleep(0.05)
    assert calls >= 15
    assert sandbox.counts["token"] >= 3  # renewed ahead of expiry, several times
    # renewed proactively: no call was refused for an expired token
    assert all(r.ok for r in records), [r for r in records if not r.ok]
    client.close()


def test_expires_in_as_string_is_honoured(sandbox, demo_credentials):
    sandbox.configure(expires_in_as_string=True, token_lifetime=1)
    client = make_client(sandbox.base_url, demo_credentials)
    _p022(client)
    _p022(client)
    assert sandbox.counts["token"] == 1
    time.sleep(0.8)  # past the renewal point of a "1" second token (a default 30 min would not renew)
    _p022(client)
    assert sandbox.counts["token"] == 2
    client.close()


def test_expired_token_on_the_server_is_renewed_once(sandbox, demo_credentials):
    """The server forgets our token early (lifetime shorter than it told us): 67200003, renew, go on."""
    client = make_client(sandbox.base_url, demo_credentials)
    _p022(client)
    client._tokens._token = type(client._tokens._token)(  # the server will not know this token
        value=Secret("forgotten-token-value"), lifetime=1800, expires_at=time.monotonic() + 1800
    )
    before = time.time()
    assert len(_p022(client)) == 2
    ops = [e["op"] for e in log_of(sandbox, before)]
    assert ops == ["P022", "token", "P022"]
    client.close()


def test_wrong_client_secret(sandbox):
    records = []
    creds = Credentials(
        mode="client_credentials", client_id=DEMO_CLIENT_ID, secret=Secret("not-the-secret-xyz")
    )
    client = make_client(sandbox.base_url, creds, records)
    with pytest.raises(AuthError) as info:
        client.test_connection()
    assert info.value.code == 67200003 and info.value.operation == "token"
    assert sandbox.counts["token"] == 1  # never retried
    assert "not-the-secret-xyz" not in str(info.value) + repr(info.value)
    with pytest.raises(AuthError):
        _p022(client)
    assert sandbox.counts["P022"] == 0
    client.close()


def test_api_key_mode(sandbox):
    creds = Credentials(mode="api_key", client_id=None, secret=Secret(DEMO_API_KEY))
    client = make_client(sandbox.base_url, creds)
    assert client.test_connection() == "API key accepted."
    assert len(_p022(client)) == 2
    assert sandbox.counts["token"] == 0
    entries = log_of(sandbox)
    assert len(entries) == 2
    assert all(e["auth_scheme"] == "Bearer" and "apikey" not in e["query"] for e in entries)
    client.close()
    # a client id, when configured, is sent as apikey
    creds = Credentials(mode="api_key", client_id="my-client", secret=Secret(DEMO_API_KEY))
    client = make_client(sandbox.base_url, creds)
    _p022(client)
    assert log_of(sandbox)[-1]["query"]["apikey"] == "my-client"
    client.close()


def test_wrong_api_key_is_not_renewed(sandbox):
    creds = Credentials(mode="api_key", client_id=None, secret=Secret("wrong-api-key-123"))
    client = make_client(sandbox.base_url, creds)
    with pytest.raises(AuthError) as info:
        client.test_connection()
    assert info.value.http_status == 401
    assert sandbox.counts["P022"] == 1 and sandbox.counts["token"] == 0
    client.close()


def test_plain_http_refused_but_loopback_names_work(sandbox, demo_credentials):
    for url in ("http://connect.patsnap.com", "http://192.168.1.10:8080", "http://example.com"):
        with pytest.raises(InsecureUrlError):
            make_client(url, demo_credentials)
    client = make_client(f"http://localhost:{sandbox.port}/", demo_credentials)
    assert client.config.base_url == f"http://localhost:{sandbox.port}"
    assert len(_p022(client)) == 2
    client.close()


def test_secrets_and_tokens_never_reach_logs_or_exceptions(sandbox, caplog):
    caplog.set_level(logging.DEBUG)
    install_redaction()  # the app does this at start-up; caplog's handler is on the root logger
    secret = "redaction-test-secret-9f8e7d"
    key = "redaction-test-key-1a2b3c"
    sandbox.clients[DEMO_CLIENT_ID + "-r"] = secret
    sandbox.api_keys.add(key)
    creds = Credentials(mode="client_credentials", client_id=DEMO_CLIENT_ID + "-r", secret=Secret(secret))
    client = make_client(sandbox.base_url, creds, max_retries=1)
    key_client = make_client(
        sandbox.base_url, Credentials(mode="api_key", client_id=None, secret=Secret(key))
    )
    tokens, errors = set(), []

    def collect():
        if client._tokens._token is not None:
            tokens.add(client._tokens._token.value.reveal())

    client.test_connection()
    collect()
    for fault in (67200003, 67200005, "truncated", "html_502", 68300004, 67200009):
        sandbox.configure(fail_next=[fault, fault, fault])
        try:
            _p022(client)
        except ApiError as exc:
            errors.append(exc)
            logging.getLogger("ipdesk.test").exception("call failed: %s", exc)
        collect()
    sandbox.configure(fail_next=[])
    key_client.risk_warning(CompanyQuery("company_name", demo_companies()[0]["name"]))
    sandbox.configure(fail_next=[67200003])
    try:
        key_client.test_connection()
    except ApiError as exc:
        errors.append(exc)
        logging.getLogger("ipdesk.test").warning("key call failed", exc_info=True)
    # a careless third-party log line carrying a header is masked by the filter on the handlers
    for token in tokens:
        logging.getLogger("thirdparty.http").debug("send: Authorization: Bearer %s", token)
    logging.getLogger("thirdparty.http").debug("secret in args %s", secret)

    assert len(tokens) >= 3 and len(errors) >= 4
    texts = [caplog.text]
    texts += [str(e) + repr(e) + e.message("en") + e.message("zh") for e in errors]
    texts += [repr(client), repr(creds), repr(client._tokens), repr(client._tokens._token)]
    texts += [r.getMessage() + str(r.exc_text) for r in caplog.records]
    for text in texts:
        for value in (secret, key, *tokens):
            assert value not in text
    assert "Bearer ***" in caplog.text and "67200005" in caplog.text
    client.close()
    key_client.close()
