"""The blocking, thread-safe PatSnap Open Platform client (requests); call it from worker threads."""

from __future__ import annotations

import datetime
import random
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ipdesk.api.auth import AccessToken, Credentials, Secret, TokenCache, parse_token_response
from ipdesk.api.config import ClientConfig
from ipdesk.api.errors import (
    ApiError,
    AuthError,
    BadRequestError,
    CancelledError,
    ParseError,
    RateLimitError,
)
from ipdesk.api.models import (
    Bibliography,
    Description,
    DescriptionOffsets,
    RiskCounts,
    RiskTrend,
    SeicResult,
    parse_bibliography,
    parse_description,
    parse_description_offset,
    parse_risk_counts,
    parse_risk_trend,
    parse_seic,
)
from ipdesk.api.ratelimit import RateLimiter, default_limiter
from ipdesk.api.redact import get_logger
from ipdesk.api.transport import (
    RETRY_AFTER_MAX,
    TOKEN_PATH,
    CallRecord,
    build_request,
    check_envelope,
    check_token_envelope,
    count_results,
    note_retry_after,
    read_payload,
    send,
)

if TYPE_CHECKING:  # requests (~75 ms, ~8 MiB with OpenSSL) is imported by a client's first request
    import requests

log = get_logger("ipdesk.api.client")

MAX_BATCH = 100
SEIC_LANGS = ("en", "cn")
OFFSET_LANGS = ("EN", "CN", "JP", "KR", "TW")
PATENT_KEYS = ("patent_id", "patent_number")
COMPANY_KINDS = ("credit_code", "org_number", "company_name")
RENEW_CODES = frozenset({67200003, 67200009})


@dataclass(frozen=True)
class CompanyQuery:
    """Exactly one company identifier, sent as the only body field."""

    kind: Literal["credit_code", "org_number", "company_name"]
    value: str

    def __post_init__(self) -> None:
        if self.kind not in COMPANY_KINDS:
            raise ValueError(f"unknown company identifier kind: {self.kind!r}")
        if not isinstance(self.value, str) or not self.value.strip():
            raise ValueError("the company identifier is empty")

    def body(self) -> dict[str, str]:
        return {self.kind: self.value.strip()}


class PatSnapClient:
    """Blocking and thread-safe. Every call is paced by the shared RateLimiter and retried when transient."""

    def __init__(
        self,
        config: ClientConfig,
        credentials: Credentials,
        *,
        limiter: RateLimiter | None = None,
        on_call: Callable[[CallRecord], None] | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.config = config
        self._credentials = credentials
        self._limiter = limiter if limiter is not None else default_limiter()
        self._on_call = on_call
        self._own_session = session is None
        self._session_value = session  # our own session is made on the first request (requests is heavy)
        self._lock = threading.Lock()  # the session (made on first use) and the jitter's random generator
        self._closed = threading.Event()
        self._tokens = TokenCache(self._fetch_token)
        self._rng = random.Random()

    @property
    def _session(self) -> requests.Session:
        if self._session_value is None:
            with self._lock:
                if self._session_value is None:
                    import requests
                    from requests.adapters import HTTPAdapter

                    session = requests.Session()  # trust_env stays on: HTTPS_PROXY / system proxies
                    adapter = HTTPAdapter(pool_connections=4, pool_maxsize=32, max_retries=0)
                    session.mount("https://", adapter)
                    session.mount("http://", adapter)
                    self._session_value = session
        return self._session_value

    def __repr__(self) -> str:
        return f"PatSnapClient(base_url={self.config.base_url!r}, mode={self._credentials.mode!r})"

    @property
    def limiter(self) -> RateLimiter:
        return self._limiter

    def close(self) -> None:
        self._closed.set()  # first: a token retry waiting under the token lock gives up at once
        self._tokens.clear()
        with self._lock:
            session, self._session_value = self._session_value, None
        if self._own_session and session is not None:
            session.close()

    # ------------------------------------------------------------------ operations
    def seic_classification(
        self,
        keys: Sequence[str],
        *,
        by: Literal["patent_id", "patent_number"],
        lang: str = "en",
        cancel: threading.Event | None = None,
    ) -> list[SeicResult]:
        """P022 for up to 100 patents (one call)."""
        by = self._check_by(by)
        lang = self._check_lang(lang.lower(), SEIC_LANGS)
        cleaned = self._check_batch(keys, "P022")
        if not cleaned:
            return []
        data = self._call("P022", params={by: ",".join(cleaned), "lang": lang}, cancel=cancel)
        return self._parse("P022", parse_seic, data)

    def simple_bibliography(
        self,
        keys: Sequence[str],
        *,
        by: Literal["patent_id", "patent_number"] = "patent_number",
        cancel: threading.Event | None = None,
    ) -> list[Bibliography]:
        """P011 for up to 100 patents (one call); the patents PatSnap does not know are left out."""
        by = self._check_by(by)
        cleaned = self._check_batch(keys, "P011")
        if not cleaned:
            return []
        data = self._call("P011", params={by: ",".join(cleaned)}, cancel=cancel)
        return self._parse("P011", parse_bibliography, data)

    def description_offset(
        self, patent: str, *, by: str, lang: str = "EN", cancel: threading.Event | None = None
    ) -> DescriptionOffsets:
        """P073: section offsets of one patent's description."""
        params = {self._check_by(by): self._check_patent(patent, "P073")}
        params["lang"] = self._check_lang(lang.upper(), OFFSET_LANGS)
        data = self._call("P073", params=params, cancel=cancel)
        return self._parse("P073", parse_description_offset, data)

    def description_data(
        self,
        patent: str,
        *,
        by: str,
        replace_by_related: bool = False,
        cancel: threading.Event | None = None,
    ) -> Description | None:
        """P019: the description text of one patent (None when the service has none)."""
        params = {
            self._check_by(by): self._check_patent(patent, "P019"),
            "replace_by_related": "1" if replace_by_related else "0",
        }
        data = self._call("P019", params=params, cancel=cancel)
        return self._parse("P019", parse_description, data)

    def risk_warning(self, company: CompanyQuery, *, cancel: threading.Event | None = None) -> RiskCounts:
        """C027: current patent risk counts."""
        data = self._call("C027", body=company.body(), cancel=cancel)
        return self._parse("C027", parse_risk_counts, data)

    def risk_backtracking(
        self, company: CompanyQuery, date: str | datetime.date, *, cancel: threading.Event | None = None
    ) -> RiskCounts:
        """C028: the risk counts as of `date` (YYYYMMDD)."""
        body = {**company.body(), "date": self._check_date(date)}
        data = self._call("C028", body=body, cancel=cancel)
        return self._parse("C028", parse_risk_counts, data)

    def risk_trend(self, company: CompanyQuery, *, cancel: threading.Event | None = None) -> RiskTrend:
        """C029: growth against the previous release."""
        data = self._call("C029", body=company.body(), cancel=cancel)
        return self._parse("C029", parse_risk_trend, data)

    def test_connection(self) -> str:
        """Check the credentials at no cost; a short English description, or ApiError."""
        if self._credentials.mode == "client_credentials":
            token = self._tokens.renew()
            return f"Authenticated with client credentials; token valid for {token.lifetime / 60:.0f} min."
        try:
            self._call("P022", params={})
        except BadRequestError as exc:
            if exc.code != 68300004:
                raise
        return "API key accepted."

    # ------------------------------------------------------------------ validation
    @staticmethod
    def _check_by(by: str) -> str:
        if by not in PATENT_KEYS:
            raise BadRequestError(f"'by' must be one of {PATENT_KEYS}")
        return by

    @staticmethod
    def _check_lang(lang: str, allowed: tuple[str, ...]) -> str:
        if lang not in allowed:
            raise BadRequestError(f"language must be one of {allowed}")
        return lang

    @staticmethod
    def _check_batch(keys: Sequence[str], operation: str) -> list[str]:
        cleaned = [str(k).strip() for k in keys]
        if any(not k or "," in k for k in cleaned):
            raise BadRequestError("a patent key is empty or contains a comma", operation=operation)
        if len(cleaned) > MAX_BATCH:
            raise BadRequestError(f"at most {MAX_BATCH} patents per call", operation=operation)
        return cleaned

    @staticmethod
    def _check_patent(patent: str, operation: str) -> str:
        value = str(patent).strip()
        if not value or "," in value:
            raise BadRequestError("one patent key is expected", operation=operation)
        return value

    @staticmethod
    def _check_date(date: str | datetime.date) -> str:
        text = date.strftime("%Y%m%d") if isinstance(date, datetime.date) else str(date).strip()
        try:
            if not re.fullmatch(r"\d{8}", text):
                raise ValueError
            datetime.datetime.strptime(text, "%Y%m%d")
        except ValueError:
            raise BadRequestError("the date must be YYYYMMDD", operation="C028") from None
        return text

    @staticmethod
    def _parse(operation: str, parser: Callable[[Any], Any], data: Any) -> Any:
        try:
            return parser(data)
        except ParseError as exc:
            exc.operation = operation
            log.warning("%s: unexpected answer shape at %s", operation, exc.field)
            raise

    # ------------------------------------------------------------------ machinery
    def _bearer(self) -> Secret:
        if self._credentials.mode == "api_key":
            return self._credentials.secret
        return self._tokens.get()

    def _call(
        self,
        operation: str,
        *,
        params: dict[str, str] | None = None,
        body: dict[str, str] | None = None,
        cancel: threading.Event | None = None,
    ) -> Any:
        """One operation with token renewal (once) and bounded retries; returns the envelope's `data`."""
        renewed = False
        attempt = 0
        while True:
            if cancel is not None and cancel.is_set():
                raise CancelledError(operation=operation)
            bearer = None
            try:
                with self._limiter.slot(cancel):
                    # the token is taken when the call may go, not before its wait for a slot: a short-lived
                    # token cannot expire in the queue
                    bearer = self._bearer()
                    request = build_request(
                        self.config.base_url,
                        operation,
                        bearer=bearer.reveal(),
                        client_id=self._credentials.client_id,
                        params=params,
                        body=body,
                    )
                    data = self._exchange(operation, request, envelope_required=True)
            except CancelledError:
                raise
            except ApiError as exc:
                if bearer is None:
                    raise  # the token endpoint's failure: final here (already retried)
                exc.operation = exc.operation or operation
                if isinstance(exc, RateLimitError):
                    self._limiter.on_rate_limited()
                if self._renewable(exc) and not renewed:
                    renewed = True
                    log.info("%s: authentication refused; renewing the token once", operation)
                    self._tokens.invalidate(bearer)
                    continue
                if self._should_retry(exc, attempt):
                    self._sleep_backoff(attempt, cancel, operation, exc)
                    attempt += 1
                    continue
                raise
            self._limiter.on_success()
            return data

    def _renewable(self, exc: ApiError) -> bool:
        if self._credentials.mode != "client_credentials" or not isinstance(exc, AuthError):
            return False
        return exc.code in RENEW_CODES or exc.http_status == 401

    def _should_retry(self, exc: ApiError, attempt: int) -> bool:
        if (exc.retry_after or 0.0) > RETRY_AFTER_MAX:  # set on retryable errors only; the user decides
            log.warning("%s: the service asked to wait %.0f s: not retrying", exc.operation, exc.retry_after)
            exc.fatal = True  # a job stops here (keeping what is done) instead of calling on in the pause
            return False
        return exc.retryable and attempt < self.config.max_retries

    def _sleep_backoff(
        self, attempt: int, cancel: threading.Event | None, operation: str, exc: ApiError
    ) -> None:
        cap = min(self.config.backoff_max, self.config.backoff_base * (2**attempt))
        with self._lock:
            delay = max(self._rng.uniform(0, cap), exc.retry_after or 0.0)  # at least the Retry-After
        self._limiter.pause(exc.retry_after or 0.0)  # a Retry-After holds back every call sharing the limiter
        log.info("%s: transient failure (%r); retry %d in %.2f s", operation, exc, attempt + 1, delay)
        if (cancel or self._closed).wait(delay):  # the token's retries (no cancel) end when the client closes
            raise CancelledError(operation=operation)

    def _fetch_token(self) -> AccessToken:
        creds = self._credentials
        attempt = 0
        import requests

        while True:
            request = requests.Request(
                "POST",
                self.config.base_url + TOKEN_PATH,
                data={"grant_type": "client_credentials"},
                auth=(creds.client_id or "", creds.secret.reveal()),
                headers={"Accept": "application/json"},
            )
            try:
                token = self._exchange("token", request, envelope_required=False)
            except ApiError as exc:
                exc.operation = "token"
                if self._should_retry(exc, attempt):
                    self._sleep_backoff(attempt, None, "token", exc)
                    attempt += 1
                    continue
                raise
            log.debug("token obtained; lifetime %.0f s", token.lifetime)
            return token

    def _exchange(self, operation: str, request: requests.Request, *, envelope_required: bool) -> Any:
        """Send once, interpret the answer, report a CallRecord. Returns `data` (or the AccessToken)."""
        started = time.monotonic()
        status: int | None = None
        code: int | None = None
        ok, sent, kind = False, True, None
        results = 0
        response = None
        try:
            response = send(self._session, request, self.config)
            status = response.status_code
            payload = read_payload(response, operation)
            if operation == "token":
                check_token_envelope(payload, status)
                result = self._parse("token", parse_token_response, payload)
                ok, results = True, 1
                return result
            data = check_envelope(payload, status, operation, required=envelope_required)
            ok, results = True, count_results(operation, data)
            return data
        except ApiError as exc:
            # no connection, or no secure one: the request never reached the service (services.session.counts_as_call)
            code, sent, kind = exc.code, exc.kind not in ("connect", "tls"), exc.kind
            status = status if exc.http_status is None else exc.http_status
            note_retry_after(exc, response)
            raise
        finally:
            elapsed = time.monotonic() - started
            log.debug(
                "%s %s -> HTTP %s, error_code %s, %d result(s) in %.3f s",
                operation, request.method, status, code, results, elapsed,
            )  # fmt: skip
            self._report(CallRecord(operation, ok, results, code, status, elapsed, sent, kind))

    def _report(self, record: CallRecord) -> None:
        if self._on_call is None:
            return
        try:
            self._on_call(record)
        except Exception:  # the ledger must never break a call
            log.exception("on_call callback failed")
