"""Contract: every request the client sends matches the OpenAPI subset (tests/contract, from shared/api-docs).

Requests are recorded where they arrive (the sandbox's request log, over real HTTP) and compared with
the spec: method, path, query parameter names and values, JSON body properties.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from ipdesk.api import OPERATIONS, ClientConfig, CompanyQuery, Credentials, PatSnapClient, RateLimiter, Secret
from ipdesk.sandbox.credentials import DEMO_API_KEY
from ipdesk.sandbox.demo import demo_companies, demo_description_patents, demo_patent_ids, demo_patent_numbers

SPEC_PATH = Path(__file__).resolve().parents[1] / "contract" / "patsnap-openapi-subset.json"
AUTH_QUERY = {"apikey"}  # the platform's auth parameter, on every call (not part of each operation's spec)


def load_spec() -> dict:
    return json.loads(SPEC_PATH.read_text("utf-8"))


@pytest.fixture(scope="module")
def spec():
    return load_spec()


def _resolve(spec: dict, schema: dict) -> dict:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return schema


def _operation(spec, method, path):
    op = spec["paths"].get(path, {}).get(method.lower())
    assert op is not None, f"{method} {path} is not in the OpenAPI subset"
    return op


def test_operation_table_matches_the_spec(spec):
    for code, (method, path) in OPERATIONS.items():
        op = _operation(spec, method, path)
        assert op["summary"].startswith(code), (code, op["summary"])
    spec_ops = {op["summary"].split()[0] for methods in spec["paths"].values() for op in methods.values()}
    assert spec_ops == set(OPERATIONS)  # IP Desk uses every operation of the subset


def _check_request(spec, entry):
    op = _operation(spec, entry["method"], entry["path"])
    query = entry["query"]
    names = {p["name"] for p in op.get("parameters", []) if p.get("in") == "query"}
    assert set(query) <= names | AUTH_QUERY, (entry["path"], set(query) - names)
    assert entry["auth_scheme"] == "Bearer"
    if entry["method"] == "GET":
        assert entry["json"] is None
        assert len({"patent_id", "patent_number"} & set(query)) == 1  # exactly one key kind
        return
    schema = _resolve(spec, op["requestBody"]["content"]["application/json"]["schema"])
    body = entry["json"]
    assert entry["content_type"].startswith("application/json")
    assert isinstance(body, dict) and set(body) <= set(schema["properties"]), set(body) - set(
        schema["properties"]
    )
    assert set(schema.get("required", [])) <= set(body)
    assert all(isinstance(v, str) for v in body.values())  # the spec types every property as string
    identifiers = set(body) & {"credit_code", "org_number", "company_name"}
    assert len(identifiers) == 1, body  # only the identifier the user meant
    if "date" in body:
        assert re.fullmatch(r"\d{8}", body["date"])


def _exercise(client: PatSnapClient, today) -> None:
    client.seic_classification(demo_patent_numbers()[:3], by="patent_number", lang="en")
    client.seic_classification(demo_patent_ids()[:3], by="patent_id", lang="cn")
    pn = demo_description_patents()[0]
    client.description_offset(pn, by="patent_number", lang="CN")
    client.description_offset(demo_patent_ids()[0], by="patent_id")
    client.description_data(pn, by="patent_number")
    client.description_data(pn, by="patent_number", replace_by_related=True)
    client.simple_bibliography(demo_patent_numbers()[:100])  # the default kind: numbers
    client.simple_bibliography(demo_patent_ids()[:3], by="patent_id")
    company = demo_companies()[0]
    for kind, value in (("credit_code", company["credit_code"]), ("org_number", company["org_number"]),
                        ("company_name", company["name"])):  # fmt: skip
        query = CompanyQuery(kind, value)
        client.risk_warning(query)
        client.risk_trend(query)
        client.risk_backtracking(query, today.replace(day=1))


@pytest.mark.parametrize("mode", ["client_credentials", "api_key"])
def test_every_request_matches_the_spec(spec, sandbox, demo_credentials, mode):
    creds = (
        demo_credentials
        if mode == "client_credentials"
        else Credentials("api_key", None, Secret(DEMO_API_KEY))
    )
    client = PatSnapClient(ClientConfig(base_url=sandbox.base_url), creds, limiter=RateLimiter(rate=500))
    started = time.time()
    _exercise(client, sandbox.today)
    client.close()
    entries = [e for e in sandbox.requests_log if e["time"] >= started]
    api_calls = [e for e in entries if e["op"] != "token"]
    assert {e["op"] for e in api_calls} == set(OPERATIONS)
    assert len(api_calls) == 17
    for entry in api_calls:
        _check_request(spec, entry)
        if mode == "client_credentials":
            assert entry["query"]["apikey"] == demo_credentials.client_id
        else:
            assert "apikey" not in entry["query"]
    by_op = {e["op"]: e["query"] for e in api_calls}
    assert by_op["P022"]["lang"] in ("en", "cn") and by_op["P073"]["lang"] in ("EN", "CN", "JP", "KR", "TW")
    assert {e["query"].get("replace_by_related") for e in api_calls if e["op"] == "P019"} == {"0", "1"}
    p011 = [e["query"] for e in api_calls if e["op"] == "P011"]
    assert p011[0]["patent_number"] == ",".join(demo_patent_numbers()[:100])  # one call, comma-joined
    assert p011[1]["patent_id"] == ",".join(demo_patent_ids()[:3])
    tokens = [e for e in entries if e["op"] == "token"]
    if mode == "client_credentials":
        [token] = tokens
        assert (token["method"], token["path"], token["auth_scheme"]) == ("POST", "/oauth/token", "Basic")
        assert token["form"] == {"grant_type": "client_credentials"}
    else:
        assert tokens == []
