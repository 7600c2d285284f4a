"""PyInstaller runtime hook: make sure the frozen app has a keyring backend.

keyring discovers its backends through package entry points (group "keyring.backends"). The spec ships
keyring's metadata, so normally keyring chooses by priority, exactly as in development (on Linux: Secret
Service or KWallet, whichever runs; none when there is no D-Bus session, and the app then says so and offers
a session-only secret). If that metadata were ever lost, keyring would silently fall back to the 'fail'
backend: in that case only, choose this platform's system backend explicitly. A user's own choice
(PYTHON_KEYRING_BACKEND, or keyringrc.cfg) always wins.
"""

import glob
import os
import sys

SYSTEM_BACKENDS = {
    "linux": "keyring.backends.SecretService.Keyring",
    "darwin": "keyring.backends.macOS.Keyring",
    "win32": "keyring.backends.Windows.WinVaultKeyring",
}


def _entry_points_present() -> bool:
    """keyring's entry_points.txt is in the bundle (a file check: no metadata scan at every start)."""
    root = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))
    return bool(glob.glob(os.path.join(glob.escape(root), "keyring-*.dist-info", "entry_points.txt")))


_platform = "linux" if sys.platform.startswith("linux") else sys.platform
if (
    "PYTHON_KEYRING_BACKEND" not in os.environ
    and _platform in SYSTEM_BACKENDS
    and not _entry_points_present()
):
    os.environ["PYTHON_KEYRING_BACKEND"] = SYSTEM_BACKENDS[_platform]
