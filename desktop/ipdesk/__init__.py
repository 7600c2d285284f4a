"""IP Desk. `ipdesk.__version__` is read from the installed metadata on first use (importlib.metadata costs
~20 ms at import, which the GUI's startup path does not pay)."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("ipdesk")
    except PackageNotFoundError:  # running from a source tree
        value = "0.0.0+src"
    globals()["__version__"] = value
    return value
