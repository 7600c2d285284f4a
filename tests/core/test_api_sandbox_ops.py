"""The six operations against the sandbox over real HTTP; quirks; rate-limit adaptation; proxy; TLS."""

from __future__ import annotations

import http.client
import http.server
import json
import socket
import ssl
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest

from ipdesk.api import (
    ClientConfig,
    CompanyQuery,
    Credentials,
    PatSnapClient,
    RateLimiter,
    Secret,
    TransportError,
)
from ipdesk.sandbox.demo import (
    demo_companies,
    demo_description_patents,
    demo_patent_ids,
    demo_patent_numbers,
)


@pytest.fixture
def sandbox(shared_sandbox):
    return shared_sandbox


@pytest.fixture
def client(sandbox, demo_credentials):
    c = PatSnapClient(
        ClientConfig(base_url=sandbox.base_url, backoff_base=0.005, backoff_max=0.02),
        demo_credentials,
        limiter=RateLimiter(rate=500),
    )
    yield c
    c.close()


def test_seic_by_number_and_id_in_both_languages(client, sandbox):
    numbers = demo_patent_numbers()[:100]
    results = client.seic_classification(numbers, by="patent_number", lang="cn")
    assert len(results) == sum(sandbox.keys_served["P022"].values()) > 50
    assert {r.lang for r in results} == {"cn"} and {r.pn for r in results} <= set(numbers)
    assert any(len(r.classifications) == 2 for r in results)
    assert all(
        e.lv2 is None or e.lv2.no.startswith(e.lv1.no + ".") for r in results for e in r.classifications
    )
    ids = demo_patent_ids()[:5]
    by_id = client.seic_classification(ids, by="patent_id")
    assert by_id and {r.patent_id for r in by_id} <= set(ids) and by_id[0].lang == "en"


def test_descriptions_and_offsets(client):
    patents = demo_description_patents()
    seen_sections = 0
    for pn in patents[:4]:
        desc = client.description_data(pn, by="patent_number")
        assert desc is not None and desc.texts, pn
        lang = desc.texts[0].lang
        offsets = client.description_offset(pn, by="patent_number", lang=lang)
        seen_sections += len(offsets.sections)
        for section in offsets.sections:
            assert section.name.text and section.content_start is not None
    assert seen_sections > 0
    # the last one has no own text; it comes from its family member only on request
    assert client.description_data(patents[-1], by="patent_number") is None
    related = client.description_data(patents[-1], by="patent_number", replace_by_related=True)
    assert related is not None and related.pn_related


@pytest.mark.parametrize("kind", ["credit_code", "org_number", "company_name"])
def test_risk_operations_send_only_the_chosen_identifier(client, sandbox, kind):
    company = demo_companies()[1]
    value = company["name" if kind == "company_name" else kind]
    query = CompanyQuery(kind, value)
    now = client.risk_warning(query)
    trend = client.risk_trend(query)
    today = sandbox.today
    date = today.replace(day=1).strftime("%Y%m%d")
    back = client.risk_backtracking(query, date)
    assert (
        now.company.company_name == trend.company.company_name == back.company.company_name == company["name"]
    )
    assert now.date is None and back.date == date
    assert now.patent_count["apno_cnt"] is not None
    bodies = [
        e["json"] for e in sandbox.requests_log if e["time"] >= sandbox.test_started and e["op"] != "token"
    ]
    assert bodies == [{kind: value}, {kind: value}, {kind: value, "date": date}]


def test_quirks_are_tolerated(client, sandbox):
    sandbox.configure(quirks=True)
    results = client.seic_classification(demo_patent_numbers()[:20], by="patent_number")
    assert results and all(isinstance(e.lv1.no, str) for r in results for e in r.classifications)
    numeric = [c for c in demo_companies() if c["credit_code"].isdigit()]
    companies = numeric or demo_companies()
    counts = client.risk_warning(CompanyQuery("company_name", companies[0]["name"]))
    trend = client.risk_trend(CompanyQuery("company_name", companies[0]["name"]))
    if numeric:
        assert counts.company.credit_code_was_number and counts.company.credit_code.isdigit()
    assert set(trend.count_growth.values()) - {None} <= {
        v for v in trend.count_growth.values() if isinstance(v, int)
    }
    values = list(counts.patent_count.values()) + list(trend.count_growth.values())
    assert all(v is None or isinstance(v, int) for v in values)


def test_rate_limit_adaptation(sandbox, demo_credentials):
    """Sandbox capped at 10 QPS; the limiter starts at 40/s, meets 67200002 and lowers its rate to the cap."""
    sandbox.configure(qps=10)
    limiter = RateLimiter(rate=40, max_in_flight=4)
    records, rates = [], []

    def on_call(record):
        records.append(record)
        rates.append(limiter.rate)

    config = ClientConfig(base_url=sandbox.base_url, max_retries=10, backoff_base=0.05, backoff_max=0.5)
    client = PatSnapClient(config, demo_credentials, limiter=limiter, on_call=on_call)
    keys = demo_patent_numbers()[:20]
    started = time.monotonic()
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda k: client.seic_classification([k], by="patent_number"), keys))
    elapsed = time.monotonic() - started
    client.close()
    calls = [r for r in records if r.operation == "P022"]
    rejected = [r for r in calls if r.error_code == 67200002]
    assert len(results) == 20  # every call got through in the end
    assert rejected, "the QPS cap was never hit"
    assert limiter.rate_limited_count == len(rejected)
    assert min(rates) <= 10 < limiter.max_rate  # lowered from 40/s to about the cap
    # once lowered (and the requests already in flight answered), rejections stop being the rule
    lowered = next(i for i, rate in enumerate(rates) if rate < limiter.max_rate)
    later = calls[lowered + limiter.max_in_flight :]
    assert later and sum(r.error_code == 67200002 for r in later) <= len(later) * 0.3
    assert elapsed < 6, elapsed  # ~2 s at the cap
    assert limiter.rate < limiter.max_rate / 2  # and it does not spring back at once (slow recovery)


class _ForwardProxy(http.server.BaseHTTPRequestHandler):
    """A minimal HTTP forward proxy (absolute-form request targets), counting what it forwarded."""

    seen: list[str] = []

    def _forward(self):
        target = urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        conn = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
        headers = {
            k: v for k, v in self.headers.items() if k.lower() not in ("proxy-connection", "connection")
        }
        path = target.path + ("?" + target.query if target.query else "")
        conn.request(self.command, path, body=body or None, headers=headers)
        response = conn.getresponse()
        payload = response.read()
        self.seen.append(f"{self.command} {target.path}")
        self.send_response(response.status)
        for name, value in response.getheaders():
            if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
        conn.close()

    do_GET = do_POST = _forward

    def log_message(self, *args):
        pass


def test_proxy_from_environment_is_honoured(sandbox, demo_credentials, monkeypatch):
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _ForwardProxy)
    threading.Thread(target=proxy.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    _ForwardProxy.seen = []
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.server_address[1]}")
    try:
        client = PatSnapClient(
            ClientConfig(base_url=sandbox.base_url), demo_credentials, limiter=RateLimiter(500)
        )
        assert len(client.seic_classification(demo_patent_numbers()[:2], by="patent_number")) == 2
        client.close()
    finally:
        proxy.shutdown()
        proxy.server_close()
    assert _ForwardProxy.seen == ["POST /oauth/token", "GET /high-value-data/seic-classification"]


class _TokenOnly(http.server.BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        payload = json.dumps({"access_token": "tls-token-abc", "expires_in": 600}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def tls_server(tmp_path, require_tool):
    """An https token endpoint on 127.0.0.1 with a self-signed certificate: yields (base URL, cert path)."""
    openssl = require_tool("openssl")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _TokenOnly)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", cert
    finally:
        server.shutdown()
        server.server_close()


def test_tls_is_verified_and_a_custom_ca_bundle_is_used(tls_server):
    base, cert = tls_server
    creds = Credentials(mode="client_credentials", client_id="tls-client", secret=Secret("tls-secret"))
    records = []
    unknown_ca = PatSnapClient(ClientConfig(base_url=base), creds, on_call=records.append)
    with pytest.raises(TransportError) as info:
        unknown_ca.test_connection()
    assert info.value.kind == "tls" and not info.value.retryable and len(records) == 1
    assert "CA" in info.value.message("en")
    trusted = PatSnapClient(ClientConfig(base_url=base, ca_bundle=str(cert)), creds)
    assert "10 min" in trusted.test_connection()
    # a session that disabled verification cannot weaken the client
    import requests

    careless = requests.Session()
    careless.verify = False
    forced = PatSnapClient(ClientConfig(base_url=base), creds, session=careless)
    with pytest.raises(TransportError):
        forced.test_connection()


class _ConnectProxy(http.server.BaseHTTPRequestHandler):
    """A minimal tunnelling proxy (CONNECT), as corporate HTTPS proxies are; records the tunnels it opened."""

    seen: list[str] = []

    def do_CONNECT(self):  # noqa: N802
        host, port = self.path.rsplit(":", 1)
        upstream = socket.create_connection((host, int(port)), timeout=10)
        self.seen.append(f"CONNECT {self.path}")
        self.send_response(200, "Connection established")
        self.end_headers()
        pipes = [threading.Thread(target=_pipe, args=pair, daemon=True)
                 for pair in ((self.connection, upstream), (upstream, self.connection))]  # fmt: skip
        for pipe in pipes:
            pipe.start()
        for pipe in pipes:
            pipe.join(timeout=10)
        upstream.close()

    def log_message(self, *args):
        pass


def _pipe(source, target):
    try:
        while chunk := source.recv(65536):
            target.sendall(chunk)
    except OSError:
        pass
    finally:
        try:
            target.shutdown(socket.SHUT_WR)
        except OSError:
            pass


def test_https_proxy_from_environment_is_honoured(tls_server, monkeypatch):
    base, cert = tls_server
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _ConnectProxy)
    threading.Thread(target=proxy.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    _ConnectProxy.seen = []
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTP_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy.server_address[1]}")
    creds = Credentials(mode="client_credentials", client_id="tls-client", secret=Secret("tls-secret"))
    try:
        client = PatSnapClient(ClientConfig(base_url=base, ca_bundle=str(cert)), creds)
        assert "10 min" in client.test_connection()  # TLS end to end through the tunnel, still verified
        client.close()
    finally:
        proxy.shutdown()
        proxy.server_close()
    assert _ConnectProxy.seen == [f"CONNECT {urlsplit(base).netloc}"]
