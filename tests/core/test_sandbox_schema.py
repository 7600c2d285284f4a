"""Every sandbox operation answers envelopes that validate against the official OpenAPI subset
(tests/contract/patsnap-openapi-subset.json, a copy of shared/api-docs/), success and error answers alike, over real HTTP.

The schemas are made strict for the test (additionalProperties: false on every object that lists its
properties), so a field the docs do not know fails too. OpenAPI `example` keys are ignored."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
import requests

from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from ipdesk.sandbox.demo import (
    demo_bibliography_only,
    demo_companies,
    demo_description_patents,
    demo_patent_ids,
    demo_patent_numbers,
)
from ipdesk.sandbox.handler import ROUTES

SPEC_PATH = Path(__file__).resolve().parents[1] / "contract" / "patsnap-openapi-subset.json"
OPS = {"P022", "P073", "P019", "P011", "C027", "C028", "C029"}
QUERY_OPS = ("P022", "P073", "P019", "P011")


@pytest.fixture(scope="module")
def spec() -> dict:
    return json.loads(SPEC_PATH.read_text(encoding="utf-8"))


def _strict(node):
    if isinstance(node, dict):
        node = {k: _strict(v) for k, v in node.items() if k != "example"}
        if node.get("type") == "object" and "properties" in node:
            node.setdefault("additionalProperties", False)
    elif isinstance(node, list):
        node = [_strict(v) for v in node]
    return node


def _validator(spec: dict, method: str, path: str) -> jsonschema.Draft7Validator:
    schema = spec["paths"][path][method.lower()]["responses"]["200"]["content"]["application/json"]["schema"]
    root = {**copy.deepcopy(schema), "components": _strict(spec["components"])}
    return jsonschema.Draft7Validator(root)


def _route(op: str) -> tuple[str, str]:
    return next(key for key, value in ROUTES.items() if value == op)


class Api:
    def __init__(self, sandbox):
        self.base = sandbox.base_url
        self.session = requests.Session()
        answer = self.session.post(
            self.base + "/oauth/token",
            auth=(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET),
            data={"grant_type": "client_credentials"},
            timeout=10,
        ).json()
        self.session.headers["Authorization"] = "Bearer " + answer["access_token"]

    def call(self, op: str, params: dict | None = None, body: dict | None = None) -> requests.Response:
        method, path = _route(op)
        params = {**(params or {}), "apikey": DEMO_CLIENT_ID}
        return self.session.request(method, self.base + path, params=params, json=body, timeout=10)


def test_routes_match_the_spec(spec):
    for (method, path), op in ROUTES.items():
        if op in OPS:
            assert method.lower() in spec["paths"][path], (op, method, path)
            assert op in spec["paths"][path][method.lower()]["summary"]
    assert {op for op in ROUTES.values()} - {"token"} == OPS


def _cases() -> dict[str, list[dict]]:
    numbers, ids = demo_patent_numbers(), demo_patent_ids()
    company = demo_companies()[0]
    p022 = [
        {"patent_number": ",".join(numbers[:100]), "lang": "en"},
        {"patent_number": ",".join(numbers[100:200]), "lang": "cn"},
        {"patent_id": ",".join(ids[200:300])},
        {"patent_number": "XX0000000A"},
        {"patent_number": ",".join(numbers[:101])},  # error envelope
        {},
    ]
    p073 = [
        {"patent_number": pn, "lang": "CN" if pn.startswith("CN") else "EN"}
        for pn in demo_description_patents()
    ]
    p073 += [{"patent_number": "CN116420141A", "lang": "JP"}, {"patent_number": "NOPE1A"}, {"lang": "XX"}]
    p019 = [
        {"patent_number": pn, "replace_by_related": r} for pn in demo_description_patents() for r in (0, 1)
    ]
    p019 += [{"patent_number": "NOPE1A"}, {"patent_number": "CN110650438A", "replace_by_related": 7}]
    risk = [{"credit_code": c["credit_code"]} for c in demo_companies()] + [
        {"company_name": "不存在的公司"},
        {},
    ]
    c028 = [{**body, "date": "20260316"} for body in risk] + [
        {"org_number": company["org_number"], "date": "2026"}
    ]
    p011 = [
        {"patent_number": ",".join(numbers[:100])},
        {"patent_number": ",".join(numbers[100:200] + demo_bibliography_only())},
        {"patent_id": ",".join(ids[200:300])},
        {"patent_number": ",".join(numbers[300:] + ["XX0000000A"])},
        {"patent_number": "XX0000000A"},  # unknown: left out, data []
        {"patent_number": ",".join(numbers[:101])},  # more than 100: error envelope
        {},
    ]
    return {"P022": p022, "P073": p073, "P019": p019, "P011": p011, "C027": risk, "C028": c028, "C029": risk}


@pytest.mark.parametrize("unknown_as", ["omit", "null_rejected"])
def test_every_operation_answers_valid_envelopes(sandbox, spec, unknown_as):
    import datetime

    sandbox.configure(today=datetime.date(2026, 11, 20))
    api = Api(sandbox)
    errors_seen, results_seen = set(), 0
    for op, cases in _cases().items():
        validator = _validator(spec, *_route(op))
        for case in cases:
            if op in QUERY_OPS:
                response = api.call(op, params=case)
            else:
                response = api.call(op, body=case)
            assert response.status_code == 200, (op, case)
            answer = response.json()
            problems = [e.message for e in validator.iter_errors(answer)]
            assert problems == [], (op, case, problems)
            if answer["error_code"]:
                errors_seen.add((op, answer["error_code"]))
                assert answer["status"] is False and answer["error_msg"]
            else:
                results_seen += 1
                assert answer["status"] is True and "data" in answer
    assert {("P022", 68300004), ("P073", 68300004), ("C027", 68300012), ("C028", 68300012)} <= errors_seen
    assert ("P011", 68300004) in errors_seen
    assert results_seen > 60
    if unknown_as == "null_rejected":
        # the schemas have no `nullable`: an unknown value sent as null must fail them (checks the checker)
        sandbox.configure(unknown_as="null")
        unknown = next(c for c in demo_companies() if c["name"].startswith("成都"))
        answer = api.call("C027", body={"credit_code": unknown["credit_code"]}).json()
        assert answer["data"]["patent_count"]["rejected"] is None
        assert list(_validator(spec, *_route("C027")).iter_errors(answer))


def test_quirks_mode_breaks_the_schema_the_way_the_docs_do(sandbox, spec):
    sandbox.configure(quirks=True)
    api = Api(sandbox)
    answer = api.call("P022", params={"patent_number": "CN110650438A"}).json()
    entry = answer["data"][0]["seic_classification"][0]
    assert entry["seic_lv2"]["seic_no"] == 1.1 and entry["seic_lv1"]["seic_no"] == 1
    fields = {e.path[-1] for e in _validator(spec, *_route("P022")).iter_errors(answer)}
    assert fields == {"seic_no"}
    hanchuan = api.call("C029", body={"org_number": "05669441-9"}).json()["data"]
    assert isinstance(hanchuan["credit_code"], int)
    assert hanchuan["credit_code"] == 913205940566944300  # lost digits, exactly as in the docs
