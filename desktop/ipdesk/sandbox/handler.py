"""HTTP request handling of the sandbox: routing, faults, auth, envelopes, the token endpoint."""

from __future__ import annotations

import base64
import binascii
import json
import logging
import socket
import struct
import time
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from ipdesk.sandbox import ops_patents, ops_risk
from ipdesk.sandbox.ops_common import ERROR_MESSAGES, OpError

if TYPE_CHECKING:
    from ipdesk.sandbox.server import SandboxServer

log = logging.getLogger(__name__)

ROUTES = {
    ("POST", "/oauth/token"): "token",
    ("GET", "/high-value-data/seic-classification"): "P022",
    ("GET", "/basic-patent-data/description-offset"): "P073",
    ("GET", "/basic-patent-data/description-data"): "P019",
    ("GET", "/basic-patent-data/simple-bibliography"): "P011",
    ("POST", "/company/enterprise-patent-risk-warning"): "C027",
    ("POST", "/company/enterprise-patent-risk-warning-backtracking"): "C028",
    ("POST", "/company/enterprise-patent-risk-warning-trend"): "C029",
}
QUERY_OPS = {
    "P022": ops_patents.seic_classification,
    "P073": ops_patents.description_offset,
    "P019": ops_patents.description_data,
    "P011": ops_patents.simple_bibliography,
}
BODY_OPS = {"C027": ops_risk.risk_warning, "C028": ops_risk.risk_backtracking, "C029": ops_risk.risk_trend}
_STATUS_CODES = {401: 67200003, 403: 67200004, 404: 67200101, 429: 67200002}
_HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"


def envelope(code: int, data: Any = None, message: str | None = None) -> dict:
    body: dict[str, Any] = {"status": code == 0, "error_code": code}
    if code:
        body["error_msg"] = message or ERROR_MESSAGES.get(code, "Error")
    if data is not None:
        body["data"] = data
    return body


class SandboxHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "IPDeskSandbox/1.0"
    timeout = 60  # idle keep-alive connections end after this

    @property
    def sandbox(self) -> SandboxServer:
        return self.server.sandbox  # type: ignore[attr-defined]

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # headers + body: no Nagle wait
        with self.server.connections_lock:  # type: ignore[attr-defined]
            self.server.connections.add(self.connection)  # type: ignore[attr-defined]

    def finish(self) -> None:
        with self.server.connections_lock:  # type: ignore[attr-defined]
            self.server.connections.discard(self.connection)  # type: ignore[attr-defined]
        try:
            super().finish()
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        log.debug("sandbox: " + format, *args)

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self._handle("GET")

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        self._handle("POST")

    # ----- plumbing
    def _send(self, status: int, payload: bytes, content_type: str, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def _json(self, body: dict, status: int = 200, headers: dict | None = None) -> None:
        payload = json.dumps(body, ensure_ascii=False).encode()
        self._send(status, payload, "application/json;charset=UTF-8", headers)

    def _error(
        self, code: int, message: str | None = None, status: int | None = None, headers: dict | None = None
    ) -> None:
        self._json(envelope(code, message=message), status or (401 if code == 67200003 else 200), headers)

    def _retry_after(self, status: int) -> dict[str, str] | None:
        value = self.sandbox.retry_after_header(status)
        return {"Retry-After": value} if value is not None else None

    def _read_body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        return self.rfile.read(length) if length > 0 else b""

    def _handle(self, method: str) -> None:
        self.sandbox.request_started()
        try:
            self._handle_request(method)
        finally:
            self.sandbox.request_finished()

    def _handle_request(self, method: str) -> None:
        url = urlsplit(self.path)
        raw_query = parse_qs(url.query, keep_blank_values=True)
        query = {k: v[0] if len(v) == 1 else v for k, v in raw_query.items()}
        body = self._read_body()
        op = ROUTES.get((method, url.path))
        if op is None:
            known_path = any(path == url.path for _, path in ROUTES)
            self._error(67200101, status=405 if known_path else 404)
            return
        json_body = None
        if op in BODY_OPS and body:
            try:
                json_body = json.loads(body)
            except ValueError:
                json_body = None
        auth = self.headers.get("Authorization") or ""
        entry = {
            "time": time.time(),
            "op": op,
            "method": method,
            "path": url.path,
            "query": query,
            "json": json_body,
            "auth_scheme": auth.split(" ", 1)[0] if auth else None,
            "content_type": self.headers.get("Content-Type"),
        }
        if op == "token":
            entry["form"] = {k: v for k, v in query.items() if k == "grant_type"}
            entry["form"].update(
                {k: v[0] for k, v in parse_qs(body.decode("latin-1")).items() if k == "grant_type"}
            )
        self.sandbox.record_request(op, entry)
        latency = float(self.sandbox.knob("latency_ms") or 0)
        if latency > 0:
            time.sleep(latency / 1000.0)
        fault = self.sandbox.next_fault(op)
        if fault is not None and fault != "ok":
            self._fault(fault)
            return
        if op == "token":
            self._token(body)
            return
        if self.sandbox.over_qps(op):
            self._error(67200002)
            return
        bearer = auth[7:].strip() if auth.lower().startswith("bearer ") else None
        apikey = query.get("apikey") if isinstance(query.get("apikey"), str) else None
        code = self.sandbox.check_bearer(bearer, apikey)
        if code:
            self._error(code)
            return
        try:
            if op in QUERY_OPS:
                flat = {k: v if isinstance(v, str) else v[-1] for k, v in query.items()}
                data, served = QUERY_OPS[op](flat, self.sandbox.serve_context())
            else:
                if json_body is None:
                    raise OpError(68300004)
                data, served = BODY_OPS[op](json_body, self.sandbox.serve_context())
        except OpError as exc:
            self._error(exc.code, exc.message)
            return
        except Exception:  # a sandbox bug: answer like a failing service, keep serving
            log.exception("sandbox operation %s failed", op)
            self._error(68300008, status=500)
            return
        self.sandbox.record_served(op, served)
        self._json(envelope(0, data))

    def _fault(self, fault: int | str) -> None:
        if isinstance(fault, int):
            status = 401 if fault == 67200003 else 200
            self._error(fault, status=status, headers=self._retry_after(status))
        elif fault == "truncated":
            payload = json.dumps(envelope(0, [])).encode() + b" " * 64
            self.send_response(200)
            self.send_header("Content-Type", "application/json;charset=UTF-8")
            self.send_header("Content-Length", str(len(payload) + 512))
            self.end_headers()
            self.wfile.write(payload[: len(payload) // 2])
            self.close_connection = True
        elif fault == "non_json":
            garbage = b"OK <not json> upstream answered garbage"
            self._send(200, garbage, "application/json;charset=UTF-8", self._retry_after(200))
        elif fault == "html_502":
            self._send(502, _HTML_502, "text/html", self._retry_after(502))
        elif fault == "reset":
            self.close_connection = True
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        elif str(fault).startswith("http_"):
            status = int(str(fault)[5:])
            code = _STATUS_CODES.get(status, 67200100)
            self._json(envelope(code), status, self._retry_after(status))

    def _token(self, body: bytes) -> None:
        auth = self.headers.get("Authorization") or ""
        client_id = secret = ""
        if auth.lower().startswith("basic "):
            try:
                client_id, _, secret = base64.b64decode(auth[6:].strip()).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                client_id = secret = ""
        if not client_id or not self.sandbox.check_client(client_id, secret):
            self._error(67200003)
            return
        form = {k: v[0] for k, v in parse_qs(body.decode("latin-1")).items()}
        if form.get("grant_type") != "client_credentials":
            self._error(67200012, status=400)
            return
        token, lifetime = self.sandbox.issue_token(client_id)
        expires: int | str = int(round(lifetime))
        if self.sandbox.knob("expires_in_as_string"):
            expires = str(expires)
        shape = self.sandbox.knob("token_shape")
        name = "token" if shape in ("token", "token_data") else "access_token"
        answer: dict[str, Any] = {name: token, "token_type": "Bearer", "expires_in": expires}
        if shape == "issued_at":
            answer["issued_at"] = int(time.time() * 1000)
            answer["status"] = "approved"
        if shape.endswith("_data"):
            answer = envelope(0, answer)
        self._json(answer)
