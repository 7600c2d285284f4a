"""The IP Desk local store: everything already paid for and the app's own state, in one database.

``Store(path)`` or ``Store.open_default()`` (``paths.database_path()``) opens the SQLite file;
``Store(database)`` runs on any ``database.Database``. The store is made of parts over that one database object,
each in its own module with the records it returns:

- ``store.results`` (``results.Results``): cached API answers;
- ``store.jobs`` (``jobs.Jobs``): batch jobs and the state of each of their keys;
- ``store.watchlist`` (``watchlist.Watchlist``): the companies of the risk watchlist;
- ``store.usage`` (``usage.Usage``): the usage ledger;
- ``store.state`` (``state.State``): recently opened full texts and small key/value app state;
- ``store.claims`` (``claims.Claims``): which run is fetching which key now (work shared across processes);
- ``store.spool`` (``spool.Spool``, SQLite file only): answers paid for that the database could not take; opening
  the store takes them in first.

Thread-safe (the database serialises its use); every write method commits before it returns. Opening a database
written by a newer IP Desk raises ``StoreVersionError`` (a ``StoreError``) with a message for the user.
"""

from __future__ import annotations

import logging
import os

from ipdesk.services import paths
from ipdesk.services.store.claims import Claims
from ipdesk.services.store.database import Database, ReadOnlySQLiteDatabase, SQLiteDatabase
from ipdesk.services.store.errors import StoreError, StoreVersionError, StoreWriteError
from ipdesk.services.store.jobs import Jobs
from ipdesk.services.store.results import Results
from ipdesk.services.store.spool import Spool
from ipdesk.services.store.state import State
from ipdesk.services.store.usage import Usage
from ipdesk.services.store.watchlist import Watchlist

__all__ = ["Store", "StoreError", "StoreVersionError", "StoreWriteError"]

log = logging.getLogger(__name__)


class Store:
    """The local database and its parts. See the module documentation."""

    def __init__(self, source: str | os.PathLike[str] | Database, *, read_only: bool = False) -> None:
        """``read_only``: open the file read-only (a read-only folder, file or mount; see ``store.health``)."""
        if isinstance(source, (str, os.PathLike)):
            source = (ReadOnlySQLiteDatabase if read_only else SQLiteDatabase)(source)
        self.database: Database = source
        self.results = Results(self.database)
        self.jobs = Jobs(self.database)
        self.watchlist = Watchlist(self.database)
        self.usage = Usage(self.database)
        self.state = State(self.database)
        self.claims = Claims(self.database)
        path = getattr(self.database, "path", None)
        self.spool: Spool | None = Spool.beside(path) if path is not None else None
        if not self.read_only:  # a read-only store keeps the spool for the run that can write it
            self.take_in_spool()

    def take_in_spool(self) -> int:
        """Store the answers a run had to spool (the database could not take them then); 0 when there are none
        or the database still cannot take them (the spool is kept)."""
        if self.spool is None:
            return 0
        try:
            return self.spool.take_in(self.results)
        except StoreError as exc:
            log.warning("the spooled answers stay in %s: %s", self.spool.path, exc)
            return 0

    @classmethod
    def open_default(cls) -> Store:
        """The user's database (``$IPDESK_DATA_DIR`` or the platform data folder)."""
        return cls(paths.database_path())

    def close(self) -> None:
        """Close the database (idempotent); the parts raise ``StoreError`` afterwards."""
        self.database.close()

    @property
    def closed(self) -> bool:
        return self.database.closed

    @property
    def read_only(self) -> bool:
        """Opened read-only: what is stored can be read, nothing can be written (no paid work)."""
        return bool(getattr(self.database, "read_only", False))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.database!r})"
