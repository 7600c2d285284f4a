"""The harness itself: a real Secret Service and a real X server can be started."""

import os
import subprocess

import keyring


def test_secret_service_roundtrip(secret_service):
    keyring.set_password("ipdesk-harness", "probe", "value-123")
    assert keyring.get_password("ipdesk-harness", "probe") == "value-123"
    keyring.delete_password("ipdesk-harness", "probe")
    assert keyring.get_password("ipdesk-harness", "probe") is None


def test_default_backend_is_not_the_developers_keyring():
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.fail"


def test_xvfb_display(xvfb_display):
    env = dict(os.environ, DISPLAY=xvfb_display)
    out = subprocess.run(["xdpyinfo"], env=env, capture_output=True, text=True, timeout=20)
    assert out.returncode == 0, out.stderr
    assert "1400x900" in out.stdout
