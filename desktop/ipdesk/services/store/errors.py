"""Errors of the store, whatever database is under it."""

from __future__ import annotations

import os

from ipdesk.messages import MessageError


class StoreError(MessageError):
    """The database cannot be used (damaged, not an IP Desk database, closed); ``message(lang)`` says so."""


class StoreVersionError(StoreError):
    """The database was written by a newer IP Desk than this one."""

    def __init__(self, path: str | os.PathLike[str], found: int, supported: int) -> None:
        self.path = str(path)
        self.found = found
        self.supported = supported
        super().__init__("store.newer_version", path=self.path, found=found, supported=supported)
