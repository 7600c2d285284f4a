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


class StoreWriteError(StoreError):
    """The database could not take a write: ``kind`` says why ("full", "read_only", "damaged", "busy", "other")
    and the message what to do (free space, permissions, restore a backup)."""

    KEYS = {
        "full": "store.disk_full",
        "read_only": "store.read_only",
        "damaged": "store.damaged",
        "busy": "store.busy",
        "other": "store.write_failed",
    }

    def __init__(self, path: str | os.PathLike[str], kind: str, error: str) -> None:
        self.path = str(path)
        self.kind = kind if kind in self.KEYS else "other"
        super().__init__(self.KEYS[self.kind], path=self.path, error=error)
