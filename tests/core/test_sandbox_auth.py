"""Sandbox authentication over real HTTP: token endpoint, token shapes, expiry, apikey checks, API keys."""

from __future__ import annotations

import time

import pytest
import requests

from ipdesk.sandbox.server import (
    DEMO_API_KEY,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    TOKEN_SHAPES,
    SandboxServer,
)

P022 = "/high-value-data/seic-classification"


def token(sandbox, client=(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET), grant="client_credentials"):
    return requests.post(
        sandbox.base_url + "/oauth/token", auth=client, data={"grant_type": grant}, timeout=10
    )


def p022(sandbox, bearer, apikey=DEMO_CLIENT_ID):
    params = {"patent_number": "CN110650438A"}
    if apikey is not None:
        params["apikey"] = apikey
    headers = {"Authorization": f"Bearer {bearer}"} if bearer else {}
    return requests.get(sandbox.base_url + P022, params=params, headers=headers, timeout=10)


def test_token_then_call(sandbox):
    answer = token(sandbox)
    assert answer.status_code == 200
    body = answer.json()
    assert body["expires_in"] == 1800 and len(body["access_token"]) >= 20
    result = p022(sandbox, body["access_token"]).json()
    assert result["status"] is True and result["data"][0]["pn"] == "CN110650438A"
    assert sandbox.counts["token"] == 1 and sandbox.counts["P022"] == 1


@pytest.mark.parametrize(
    "client, grant, status, code",
    [
        ((DEMO_CLIENT_ID, "wrong"), "client_credentials", 401, 67200003),
        (("nobody", DEMO_CLIENT_SECRET), "client_credentials", 401, 67200003),
        ((DEMO_CLIENT_ID, DEMO_CLIENT_SECRET), "password", 400, 67200012),
    ],
)
def test_token_refused(sandbox, client, grant, status, code):
    answer = token(sandbox, client, grant)
    assert answer.status_code == status
    assert answer.json()["error_code"] == code and answer.json()["status"] is False


def test_token_refused_without_basic_auth(sandbox):
    answer = requests.post(
        sandbox.base_url + "/oauth/token", data={"grant_type": "client_credentials"}, timeout=10
    )
    assert answer.status_code == 401 and answer.json()["error_code"] == 67200003


@pytest.mark.parametrize(
    "bearer, apikey, status, code",
    [
        (None, DEMO_CLIENT_ID, 401, 67200003),
        ("not-a-token", DEMO_CLIENT_ID, 401, 67200003),
        ("VALID", None, 200, 67200008),
        ("VALID", "other-client", 200, 67200009),
        (DEMO_API_KEY, None, 200, 0),
        ("wrong-api-key", None, 401, 67200003),
    ],
)
def test_call_auth_checks(sandbox, bearer, apikey, status, code):
    if bearer == "VALID":
        bearer = token(sandbox).json()["access_token"]
    answer = p022(sandbox, bearer, apikey)
    assert answer.status_code == status
    assert answer.json()["error_code"] == code
    assert answer.json()["status"] is (code == 0)
    assert sandbox.keys_served["P022"]["CN110650438A"] == (1 if code == 0 else 0)


def test_token_is_bound_to_its_client():
    with SandboxServer(clients={"alpha": "sa", "beta": "sb"}, api_keys=set()) as sandbox:
        alpha = token(sandbox, ("alpha", "sa")).json()["access_token"]
        assert p022(sandbox, alpha, "alpha").json()["error_code"] == 0
        assert p022(sandbox, alpha, "beta").json()["error_code"] == 67200009
        assert p022(sandbox, DEMO_API_KEY, None).json()["error_code"] == 67200003  # no demo key configured


def test_token_expires(sandbox):
    sandbox.configure(token_lifetime=0.3)
    body = token(sandbox).json()
    assert body["expires_in"] == 0
    assert p022(sandbox, body["access_token"]).json()["error_code"] == 0
    time.sleep(0.4)
    expired = p022(sandbox, body["access_token"])
    assert expired.status_code == 401 and expired.json()["error_code"] == 67200003
    sandbox.configure(token_lifetime=60)
    fresh = token(sandbox).json()
    assert fresh["expires_in"] == 60
    assert p022(sandbox, fresh["access_token"]).json()["error_code"] == 0


@pytest.mark.parametrize("shape", TOKEN_SHAPES)
@pytest.mark.parametrize("as_string", [False, True])
def test_token_shapes(sandbox, shape, as_string):
    sandbox.configure(token_shape=shape, expires_in_as_string=as_string, token_lifetime=900)
    body = token(sandbox).json()
    inner = body["data"] if shape.endswith("_data") else body
    if shape.endswith("_data"):
        assert body["status"] is True and body["error_code"] == 0
    name = "token" if shape in ("token", "token_data") else "access_token"
    assert set(inner) >= {name, "expires_in"} and ({"token", "access_token"} - {name}).isdisjoint(inner)
    assert inner["expires_in"] == ("900" if as_string else 900)
    if shape == "issued_at":
        assert abs(inner["issued_at"] - time.time() * 1000) < 60_000
    assert p022(sandbox, inner[name]).json()["error_code"] == 0


def test_unknown_path_and_wrong_method(sandbox):
    missing = requests.get(sandbox.base_url + "/no/such/api", timeout=10)
    assert missing.status_code == 404 and missing.json()["error_code"] == 67200101
    wrong = requests.post(sandbox.base_url + P022, timeout=10)
    assert wrong.status_code == 405 and wrong.json()["error_code"] == 67200101


def test_secrets_not_in_log_or_repr(sandbox):
    bearer = token(sandbox).json()["access_token"]
    p022(sandbox, bearer)
    dump = repr(sandbox.requests_log) + repr(sandbox)
    assert bearer not in dump and DEMO_CLIENT_SECRET not in dump
    assert [e["auth_scheme"] for e in sandbox.requests_log] == ["Basic", "Bearer"]
