"""Server-free parts: URL validation, token shapes, the rate limiter, redaction, secrets in repr."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from ipdesk.api import (
    CHINA_BASE_URL,
    GLOBAL_BASE_URL,
    ClientConfig,
    Credentials,
    InsecureUrlError,
    ParseError,
    RateLimiter,
    RedactingFilter,
    Secret,
    install_redaction,
    parse_token_response,
    redact,
    register_secret,
    validate_base_url,
)
from ipdesk.api.errors import CancelledError


# --- base URLs ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [GLOBAL_BASE_URL, CHINA_BASE_URL + "/", "http://127.0.0.1:8080", "http://127.9.9.9", "http://[::1]:9000/",
     "http://[::1]", "http://127.0.0.2", "http://LOCALHOST.:8080", "http://localhost:5000",
     "https://proxy.example.com/patsnap"],
)  # fmt: skip
def test_accepted_base_urls(url):
    assert validate_base_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url",
    ["http://connect.patsnap.com", "http://10.0.0.1", "http://128.0.0.1", "http://[::2]", "http://localhost.evil.com",
     "http://127.0.0.1.evil.com", "http://evil.localhost", "http://localhost@evil.com", "http://0x7f.0.0.1",
     "http://2130706433", "http://[::ffff:7f00:1]:80", "http://[fe80::1]", "http://0.0.0.0",
     "ftp://127.0.0.1", "connect.patsnap.com", "", "https://user:pw@host", "https://host/?apikey=x", "http://127.0.0.1:99999"],
)  # fmt: skip
def test_refused_base_urls(url):
    with pytest.raises(InsecureUrlError) as info:
        validate_base_url(url)
    assert info.value.message("en") and info.value.message("zh")


def test_plain_http_refusal_message():
    with pytest.raises(InsecureUrlError) as info:
        ClientConfig(base_url="http://connect.zhihuiya.com")
    assert "https" in info.value.message("en") and "https" in info.value.message("zh")


def test_config_defaults_and_verify_never_false():
    config = ClientConfig(base_url=GLOBAL_BASE_URL + "/")
    assert config.base_url == GLOBAL_BASE_URL
    assert (config.connect_timeout, config.read_timeout) == (5.0, 30.0)
    assert config.verify is True
    assert ClientConfig(base_url=GLOBAL_BASE_URL, ca_bundle="/etc/corp-ca.pem").verify == "/etc/corp-ca.pem"
    with pytest.raises(ValueError):
        ClientConfig(base_url=GLOBAL_BASE_URL, read_timeout=0)


# --- token shapes ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("payload", "lifetime"),
    [
        ({"token": "t1", "expires_in": 1800}, 1800),
        ({"access_token": "t1", "expires_in": "600"}, 600),
        ({"data": {"token": "t1", "expires_in": "120"}, "status": True, "error_code": 0}, 120),
        ({"data": {"access_token": "t1"}, "status": True, "error_code": 0}, 1800),
        ({"access_token": "t1", "token_type": "bearer"}, 1800),
        ({"token": "t1", "expires_in": 300.0}, 300),
    ],
)
def test_token_shapes(payload, lifetime):
    token = parse_token_response(payload, now_wall=1000.0, now_mono=50.0)
    assert token.value.reveal() == "t1"
    assert token.lifetime == lifetime
    assert token.expires_at == 50.0 + lifetime
    assert token.renew_at() == token.expires_at - min(60, lifetime / 4)
    assert "t1" not in repr(token)


def test_token_issued_at_in_ms_shortens_remaining_life():
    token = parse_token_response(
        {"token": "t2", "expires_in": 1800, "issued_at": 1_700_000_000_000 - 300_000},
        now_wall=1_700_000_000.0,
        now_mono=0.0,
    )
    assert token.expires_at == pytest.approx(1500.0)
    # issued_at given in seconds is accepted too
    token = parse_token_response(
        {"token": "t2", "expires_in": "1800", "issued_at": "1699999900"}, now_wall=1.7e9, now_mono=0.0
    )
    assert token.expires_at == pytest.approx(1700.0)
    # an issued_at far in the past (clock skew) costs at most half the lifetime
    token = parse_token_response(
        {"token": "t2", "expires_in": 1800, "issued_at": 1}, now_wall=1e9, now_mono=0.0
    )
    assert token.expires_at == pytest.approx(900.0)


@pytest.mark.parametrize(
    ("payload", "field"),
    [({"expires_in": 10}, "token"), ({"token": 12}, "token"), ({"token": "a b"}, "token"), ([], "token"),
     ({"access_token": "x", "expires_in": "soon"}, "expires_in"), ({"token": "x", "expires_in": -1}, "expires_in"),
     ({"data": {"token": "x", "expires_in": True}}, "data.expires_in"), ({"token": "x", "issued_at": "yesterday"}, "issued_at")],
)  # fmt: skip
def test_token_wrong_shapes(payload, field):
    with pytest.raises(ParseError) as info:
        parse_token_response(payload)
    assert info.value.field == field


# --- rate limiter ---------------------------------------------------------------------------------
def test_limiter_paces_requests():
    limiter = RateLimiter(rate=50, max_in_flight=4)
    started = time.monotonic()
    for _ in range(11):
        with limiter.slot():
            pass
    assert time.monotonic() - started >= 0.19  # 10 intervals of 20 ms


def test_limiter_bounds_in_flight():
    limiter = RateLimiter(rate=1000, max_in_flight=2)
    peak = 0
    lock = threading.Lock()

    def work():
        nonlocal peak
        with limiter.slot():
            with lock:
                peak = max(peak, limiter.in_flight)
            time.sleep(0.02)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert peak == 2 and limiter.in_flight == 0


def test_limiter_decreases_and_recovers_slowly():
    now = [0.0]
    limiter = RateLimiter(rate=10, recovery_seconds=20, decrease_cooldown=1.0, clock=lambda: now[0])
    limiter.on_rate_limited()
    assert limiter.rate == 5
    now[0] = 0.5
    limiter.on_rate_limited()  # same burst (within the cooldown): counted once
    assert limiter.rate == 5 and limiter.rate_limited_count == 2
    now[0] = 2.0
    limiter.on_rate_limited()
    assert limiter.rate == 2.5
    now[0] = 4.0
    limiter.on_success()
    assert limiter.rate == pytest.approx(3.5)  # +max_rate/20 per second of success
    for step in range(1, 40):
        now[0] = 4.0 + step
        limiter.on_success()
        assert limiter.rate <= 10
    assert limiter.rate == limiter.max_rate == 10
    for step in range(60):
        now[0] = 100.0 + 2 * step
        limiter.on_rate_limited()
    assert limiter.rate == limiter.min_rate > 0


def test_limiter_configure_resets_the_adapted_rate():
    limiter = RateLimiter(rate=10)
    limiter.on_rate_limited()
    assert limiter.rate == 5
    limiter.configure(rate=20, max_in_flight=3)
    assert (limiter.rate, limiter.max_rate, limiter.max_in_flight) == (20, 20, 3)


def test_limiter_counts_one_burst_of_rejections_once():
    limiter = RateLimiter(rate=8)
    for _ in range(5):
        limiter.on_rate_limited()
    assert limiter.rate == 4 and limiter.rate_limited_count == 5


def test_limiter_cancel_while_waiting():
    limiter = RateLimiter(rate=0.5, max_in_flight=1)
    limiter.acquire()
    cancel = threading.Event()
    threading.Timer(0.05, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(CancelledError):
        limiter.acquire(cancel)
    assert time.monotonic() - started < 1.0
    limiter.release()
    assert limiter.in_flight == 0


# --- secrets and redaction ------------------------------------------------------------------------
def test_secret_and_credentials_never_show_the_value():
    secret = Secret("s3cr3t-value-123")
    creds = Credentials(mode="client_credentials", client_id="my-client", secret=secret)
    for text in (repr(secret), str(secret), repr(creds), str(creds), f"{creds!r} {secret}"):
        assert "s3cr3t-value-123" not in text
    assert "my-client" in repr(creds)
    assert secret.reveal() == "s3cr3t-value-123" and secret == Secret("s3cr3t-value-123")
    with pytest.raises(ValueError):
        Credentials(mode="client_credentials", client_id=None, secret=Secret("x"))
    Credentials(mode="api_key", client_id=None, secret=Secret("key-abc"))


def test_redact_registered_secrets_and_headers():
    register_secret("tok-5f2a9e-registered")
    text = redact(
        "token tok-5f2a9e-registered; Authorization: Bearer abcdefgh12345678; Authorization: Basic "
        'aXBkZXNrLWRlbW86c2VjcmV0; {"access_token": "zzz-unregistered-1", "expires_in": 1800} token=qq11ww22'
    )
    for leaked in (
        "tok-5f2a9e-registered",
        "abcdefgh12345678",
        "aXBkZXNrLWRlbW86c2VjcmV0",
        "zzz-unregistered-1",
        "qq11ww22",
    ):
        assert leaked not in text, text
    assert "1800" in text and "***" in text
    assert (
        redact("Analytic basic access error! /basic-patent-data")
        == "Analytic basic access error! /basic-patent-data"
    )


def test_values_too_short_to_be_secrets_do_not_garble_text():
    register_secret("12")  # e.g. a token field holding a tiny number in a malformed answer
    register_secret("abcdef")
    assert redact("[C027 68300012 HTTP 200] abcdef") == "[C027 68300012 HTTP 200] ***"


def test_filter_redacts_args_and_tracebacks(caplog):
    register_secret("very-secret-in-traceback")
    logger = logging.getLogger("ipdesk.test_api_units")
    logger.addFilter(RedactingFilter())
    with caplog.at_level(logging.DEBUG):
        logger.debug("auth header %s", "Bearer very-secret-in-traceback")
        try:
            raise RuntimeError("boom very-secret-in-traceback")
        except RuntimeError:
            logger.exception("failed")
    assert "very-secret-in-traceback" not in caplog.text
    assert caplog.text.count("***") >= 2


def test_install_redaction_on_handlers():
    logger = logging.getLogger("ipdesk.test_install")
    handler = logging.Handler()
    logger.addHandler(handler)
    try:
        install_redaction(logger)
        install_redaction(logger)
        assert sum(isinstance(f, RedactingFilter) for f in handler.filters) == 1
        assert any(
            isinstance(f, RedactingFilter) for f in logging.getLogger("urllib3.connectionpool").filters
        )
    finally:
        logger.removeHandler(handler)


def test_a_client_imports_requests_at_its_first_request_not_before(sandbox, run_python):
    """requests (with urllib3, OpenSSL and charset_normalizer: ~8 MiB, ~75 ms) is loaded by the first call, so
    the GUI's demo start - which makes no call - never pays for it."""
    code = (
        "import sys\n"
        "from ipdesk.api.auth import Credentials, Secret\n"
        "from ipdesk.api.client import PatSnapClient\n"
        "from ipdesk.api.config import ClientConfig\n"
        "from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET\n"
        f"client = PatSnapClient(ClientConfig(base_url={sandbox.base_url!r}),\n"
        "    Credentials(mode='client_credentials', client_id=DEMO_CLIENT_ID, secret=Secret(DEMO_CLIENT_SECRET)))\n"
        "print('requests' in sys.modules)\n"
        "client.test_connection()\n"
        "print('requests' in sys.modules)\n"
        "client.close()\n"
    )
    stdout = run_python(code)
    assert stdout.split() == ["False", "True"]
