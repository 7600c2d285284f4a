"""The way to the service, through the real command line: a certificate not trusted (and the CA bundle settings
that fix it), a host that cannot be found, plain http:// to another computer, a token that lives 3 seconds."""

from __future__ import annotations

import datetime
import ipaddress
import math
import ssl

import pytest
from support import FAKE_KEY, FaultServer, child_env, classify_tab, patent_numbers, run_cli, write_list

from ipdesk.sandbox.demo import demo_patent_numbers


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory):
    """(certificate file, TLS server context) of a certificate for 127.0.0.1 that no CA signed."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "IP Desk fault test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return cert_file, context


def patents(tmp_path, count: int):
    return write_list(tmp_path, patent_numbers(count))


def test_a_self_signed_certificate_stops_the_run_and_says_to_set_a_ca_bundle(self_signed, tmp_path):
    _, context = self_signed
    src = patents(tmp_path, 7)
    with FaultServer("ok", tls_context=context) as server:
        host = server.base_url.removeprefix("https://")
        run = run_cli(
            ["classify", "--input", str(src)], child_env(tmp_path, base_url=server.base_url, api_key=FAKE_KEY)
        )
        zh = run_cli(
            ["classify", "--input", str(src)],
            child_env(tmp_path, base_url=server.base_url, api_key=FAKE_KEY, lang="zh_CN.UTF-8"),
        )
    assert run.returncode == 2 and not run.traceback, run.stderr[-2000:]
    assert f"Certificate not trusted: the certificate of {host} is not trusted. Set a CA bundle" in run.stderr
    assert "REQUESTS_CA_BUNDLE or CURL_CA_BUNDLE" in run.stderr
    assert "API calls made: 0," in run.stderr  # no request ever reached the service
    assert zh.returncode == 2 and f"证书不受信任：{host} 的证书不受信任" in zh.stderr


@pytest.mark.parametrize("variable", ["REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"])
def test_a_ca_bundle_from_the_environment_is_trusted(self_signed, tmp_path, variable):
    cert_file, context = self_signed
    src = patents(tmp_path, 7)
    with FaultServer("ok", tls_context=context) as server:
        run = run_cli(
            ["classify", "--input", str(src)],
            child_env(tmp_path, base_url=server.base_url, api_key=FAKE_KEY, **{variable: str(cert_file)}),
        )
        assert run.returncode == 0 and server.requests == 1, run.stderr[-2000:]


def test_an_unknown_host_is_named_with_what_to_check(tmp_path):
    run = run_cli(
        ["classify", "--input", str(patents(tmp_path, 3))],
        child_env(tmp_path, base_url="https://ipdesk-test.invalid", api_key=FAKE_KEY),
    )
    assert run.returncode == 1 and not run.traceback, run.stderr[-2000:]
    assert (
        "Could not connect to ipdesk-test.invalid: the host name was not found. Check the base URL"
        in run.stdout
    )
    assert "API calls made: 0," in run.stderr


@pytest.mark.parametrize("lang", ["en_US.UTF-8", "zh_CN.UTF-8"])
def test_plain_http_to_another_computer_is_bad_usage(tmp_path, lang):
    run = run_cli(
        ["classify", "--input", str(patents(tmp_path, 3))],
        child_env(tmp_path, base_url="http://example.com", api_key=FAKE_KEY, lang=lang),
    )
    assert run.returncode == 2 and not run.traceback, run.stderr
    assert "https://" in run.stderr


def test_a_3_second_token_is_renewed_before_it_expires(sandbox, tmp_path):
    sandbox.configure(token_lifetime=3, latency_ms=100)
    count = 2000
    src = patents(tmp_path, count)
    env = child_env(tmp_path, base_url=sandbox.base_url, IPDESK_QPS="3", IPDESK_MAX_IN_FLIGHT="2")
    run = run_cli(["classify", "--input", str(src), "--yes"], env, timeout=120)
    assert run.returncode == 0 and not run.traceback, run.stderr[-2000:]
    units = math.ceil(count / 100)
    assert sandbox.counts["token"] >= 2  # the run outlived its first token
    assert (
        sandbox.counts["P022"] == units
    )  # no call refused for an expired token (a refused one is sent again)
    assert f"API calls made: {units}," in run.stderr


def test_the_classification_tab_says_the_certificate_is_not_trusted(self_signed, qloop, qtbot, tmp_path):
    _, tls = self_signed
    with FaultServer("ok", tls_context=tls) as server, classify_tab(qtbot, tmp_path, server.base_url) as tab:
        tab.input.set_text("\n".join(demo_patent_numbers()[:7]))
        tab.classify()
        host = server.base_url.removeprefix("https://")
        expected = f"Certificate not trusted: the certificate of {host} is not trusted. Set a CA bundle"
        qtbot.waitUntil(lambda: expected in tab.message.text(), timeout=20000)
        assert server.requests == 0


def test_the_status_bar_says_the_certificate_is_not_trusted(self_signed, qloop, qtbot, tmp_path):
    from ipdesk.ui.shell.statusbar import StatusBar

    _, tls = self_signed
    with FaultServer("ok", tls_context=tls) as server, classify_tab(qtbot, tmp_path, server.base_url) as tab:
        bar = StatusBar(tab.context)
        qtbot.addWidget(bar)
        tab.input.set_text("\n".join(demo_patent_numbers()[:7]))
        tab.classify()
        qtbot.waitUntil(lambda: "Certificate not trusted:" in tab.message.text(), timeout=20000)
        qtbot.waitUntil(lambda: bar.connection_label.text() == "Certificate not trusted", timeout=5000)
        assert tab.context.state == "untrusted"


def test_every_error_kind_has_a_message_in_both_languages():
    from ipdesk.api import errors

    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.ApiError)]
    assert {c.kind for c in classes} <= set(errors.KIND_KEYS)
    made = [
        errors.TrustError("h:1", untrusted=True),
        errors.TrustError("h:1", untrusted=False, detail="WRONG_VERSION_NUMBER"),
        errors.TooLargeError("20 MB"),
        errors.RedirectError("https://h/x"),
        *(errors.TransportError(kind="connect", key=k, params={"host": "h", "seconds": 5}) for k in (
            "api.connect_host", "api.connect_refused", "api.connect_dns", "api.connect_timeout", "api.connect_proxy"
        )),
    ]  # fmt: skip
    for error in made:
        english, chinese = error.message("en"), error.message("zh")
        assert english != chinese and "{" not in english + chinese
    assert errors.TrustError("h", untrusted=True).fatal and errors.RedirectError("x").fatal
    assert not errors.TooLargeError("1 MB").retryable
