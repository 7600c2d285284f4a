"""A Qt platform-plugin folder in which a system library of the xcb plugin is missing, for tests and .ci/run.

A system library cannot be taken away from the machine for one process, so the plugin is made to ask for one
the machine does not have: `plugins/platforms/libqxcb.so` is a copy of PySide6's plugin with one needed name
changed (libxcb-cursor.so.0 -> libxcb-cursor.so.7, same length, so nothing else moves), and `lib` is a link to
PySide6's Qt/lib (the plugin's RUNPATH is $ORIGIN/../../lib). Point QT_QPA_PLATFORM_PLUGIN_PATH (which Qt and
ipdesk.display_check search first) at `plugins/platforms`.

    python tests/core/xcb_hidden.py DEST     # makes DEST/plugins/platforms and prints its path
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

HIDDEN = "libxcb-cursor.so.0"
ASKED = "libxcb-cursor.so.7"  # what the copy needs instead: on no machine


def qt_dir() -> Path:
    spec = importlib.util.find_spec("PySide6")
    assert spec and spec.submodule_search_locations, "PySide6 is not installed"
    return Path(list(spec.submodule_search_locations)[0]) / "Qt"


def _patched(source: Path, old: str, new: str) -> bytes:
    assert len(old) == len(new)
    data = source.read_bytes()
    key = old.encode() + b"\0"
    assert data.count(key) == 1, f"{old} is not needed by {source}"
    return data.replace(key, new.encode() + b"\0")


def make_plugin_dir(dest: Path, *, wayland: str | None = None) -> Path:
    """dest/plugins/platforms with the xcb plugin lacking a library. wayland: None (no wayland plugin there),
    "loadable" (a stand-in whose libraries are all present: a copy of the minimal plugin) or "missing" (PySide6's
    wayland plugin asking for libwayland-client.so.7)."""
    platforms = dest / "plugins" / "platforms"
    platforms.mkdir(parents=True, exist_ok=True)
    real = qt_dir()
    if not (dest / "lib").exists():
        os.symlink(real / "lib", dest / "lib")
    (platforms / "libqxcb.so").write_bytes(
        _patched(real / "plugins" / "platforms" / "libqxcb.so", HIDDEN, ASKED)
    )
    if wayland == "loadable":
        (platforms / "libqwayland.so").write_bytes(
            (real / "plugins" / "platforms" / "libqminimal.so").read_bytes()
        )
    elif wayland == "missing":
        source = real / "plugins" / "platforms" / "libqwayland.so"
        (platforms / "libqwayland.so").write_bytes(
            _patched(source, "libwayland-client.so.0", "libwayland-client.so.7")
        )
    return platforms


if __name__ == "__main__":
    print(make_plugin_dir(Path(sys.argv[1])))
