"""Fixtures of the fault matrix (issue 15; the matrix is in README.md, the helpers in ``support``)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from support import classify_tab, hand_over

from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from ipdesk.sandbox.server import SandboxServer


@pytest.fixture
def big_sandbox():
    """A sandbox whose request log keeps every request of a test."""
    with SandboxServer(log_size=200_000) as server:
        yield server


@pytest.fixture
def make_gui_tab(qloop, qtbot, big_sandbox, tmp_path):
    """Factory: a shown Classification tab (offscreen, ``support.classify_tab``) on the demo client credentials
    of ``big_sandbox``, in the test's data folder (the one the CLI processes get). Runs stopped at teardown."""
    with contextlib.ExitStack() as tabs:
        yield lambda: tabs.enter_context(
            classify_tab(
                qtbot, tmp_path, big_sandbox.base_url, client_id=DEMO_CLIENT_ID, secret=DEMO_CLIENT_SECRET
            )
        )


@pytest.fixture
def folder():
    """A folder an unprivileged child can reach (pytest's own tmp folders are private to root), with a
    ``data`` folder and a ``home`` inside, handed to that child when the tests run as root. Cleaned up even
    when a test left it read-only, immutable or mounted."""
    base = Path(tempfile.mkdtemp(prefix="ipdesk-faults-", dir="/tmp"))
    base.chmod(0o755)
    (base / "data").mkdir(mode=0o700)
    (base / "home").mkdir(mode=0o700)
    hand_over(base)
    yield base
    subprocess.run(["umount", str(base / "data")], capture_output=True)
    for path in [base, *base.rglob("*")]:
        if shutil.which("chattr") and path.is_file():
            subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        if not path.is_symlink():
            os.chmod(path, 0o700 if path.is_dir() else 0o600)
    shutil.rmtree(base, ignore_errors=True)
