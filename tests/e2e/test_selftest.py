"""`ipdesk --self-test` (ipdesk.ui.selftest.run_self_test) from source, in a fresh process as a user would run it.

The frozen bundle runs the same checks in packaging/linux/smoke.sh (CI: packaging/ci.sh)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

pytestmark = pytest.mark.e2e

LINE = re.compile(r"^self-test: (?P<check>[a-z]+): (?P<status>ok|FAILED)( \((?P<detail>.*)\))?$")
CHECKS = {"window", "tabs", "classify", "outline", "risk", "resources", "https", "keyring"}


def run(args: list[str], env: dict[str, str], timeout: float = 120) -> tuple[int, dict[str, tuple[str, str]]]:
    code = "import sys; from ipdesk.ui.selftest import run_self_test; sys.exit(run_self_test({}))".format(
        "require_keyring=True" if "--require-keyring" in args else ""
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    lines = {}
    for line in proc.stdout.splitlines():
        match = LINE.match(line)
        if match:
            lines[match["check"]] = (match["status"], match["detail"] or "")
    return proc.returncode, lines


def no_bus_env(tmp_path) -> dict[str, str]:
    # no session bus; and keyring's own choice (the test harness sets PYTHON_KEYRING_BACKEND to disable it)
    env = {
        k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")
    }
    env.update(QT_QPA_PLATFORM="offscreen", IPDESK_DATA_DIR=str(tmp_path / "user-data"))
    return env


def test_self_test_passes_without_a_session_bus_and_says_why(tmp_path):
    code, lines = run([], no_bus_env(tmp_path))
    assert set(lines) == CHECKS, lines
    assert all(status == "ok" for status, _ in lines.values()), lines
    assert code == 0
    detail = lines["keyring"][1]
    assert "no Secret Service is running" in detail and "SecretService" in detail
    # the user's data folder is left alone: everything ran in a temporary one
    assert not (tmp_path / "user-data").exists() or not any((tmp_path / "user-data").iterdir())


def test_require_keyring_fails_without_a_usable_keyring(tmp_path):
    code, lines = run(["--require-keyring"], no_bus_env(tmp_path))
    assert lines["keyring"][0] == "FAILED" and "no usable keyring" in lines["keyring"][1]
    assert lines["classify"][0] == "ok"
    assert code == 1


def test_keyring_round_trip_in_a_real_secret_service(tmp_path, tool):
    dbus_run_session = tool("dbus-run-session")
    tool("gnome-keyring-daemon")
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True, mode=0o700)
    env = no_bus_env(tmp_path)
    env.pop(
        "PYTHON_KEYRING_BACKEND", None
    )  # the test harness disables the keyring; this test wants the real one
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(home / "run"), XDG_DATA_HOME=str(home / "share"))
    code = "import sys; from ipdesk.ui.selftest import run_self_test; sys.exit(run_self_test(require_keyring=True))"
    script = (
        'printf secret | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" -c "$1"'
    )
    proc = subprocess.run(
        [dbus_run_session, "--", "sh", "-c", script, sys.executable, code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    keyring_line = [line for line in proc.stdout.splitlines() if line.startswith("self-test: keyring:")]
    assert keyring_line == [
        "self-test: keyring: ok (SecretService Keyring: stored, read back and deleted a throw-away secret)"
    ], proc.stdout + proc.stderr
    assert proc.returncode == 0, proc.stdout
