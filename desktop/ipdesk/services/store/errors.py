"""Errors of the store, whatever database is under it."""

from __future__ import annotations

import os


class StoreError(Exception):
    """The database cannot be used (damaged, not an IP Desk database, closed)."""


class StoreVersionError(StoreError):
    """The database was written by a newer IP Desk than this one."""

    def __init__(self, path: str | os.PathLike[str], found: int, supported: int) -> None:
        self.path = str(path)
        self.found = found
        self.supported = supported
        super().__init__(
            f"The IP Desk database {self.path} has schema version {found}, but this version of IP Desk only "
            f"supports schema versions up to {supported}: it was written by a newer IP Desk. "
            f"Update IP Desk to the latest version to open it. The file has not been changed."
        )
