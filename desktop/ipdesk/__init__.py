"""IP Desk: a desktop workbench for IP analysts on the PatSnap Open Platform API.

The version is written here once; the package metadata (pyproject.toml) reads it from this line, so the app
knows it without importlib.metadata (~3 MiB and ~15 ms to scan the installed distributions)."""

__version__ = "0.1.0"
