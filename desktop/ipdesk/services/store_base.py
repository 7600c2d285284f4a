"""The SQLite connection under the store: file creation, pragmas, migrations, locking, transactions.

One connection (``check_same_thread=False``) is shared by worker threads and the GUI/event-loop thread; a
``threading.Lock`` serialises every use of it. Writes run in ``BEGIN IMMEDIATE`` ... ``COMMIT`` and are durable
when the method returns (WAL with ``synchronous=NORMAL``: a power cut may lose the last transactions, a crash or
kill of the app does not).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from ipdesk.services.migrations import StoreError, check_not_newer, migrate

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
IN_CHUNK = 500  # keys per "IN (...)" list, well under SQLite's variable limit


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    """UTC ISO 8601 text (a naive datetime is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_iso(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def date_from_iso(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def chunks(items: list, size: int = IN_CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def where_equal(**conditions: object) -> tuple[str, list]:
    """A `` WHERE a = ? AND b = ?`` clause (or "") and its parameters, for the conditions that are not None."""
    given = [(column, value) for column, value in conditions.items() if value is not None]
    if not given:
        return "", []
    return " WHERE " + " AND ".join(f"{column} = ?" for column, _ in given), [value for _, value in given]


def _create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (0o600), unless it exists.

    Done with ``os.open(..., 0o600)`` rather than by changing the process umask, which would race with other
    threads. SQLite gives its ``-wal`` and ``-shm`` files the permissions of the database file.
    """
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass


class StoreBase:
    """Owns the connection; subclasses and mixins use ``_read()`` and ``_write()``."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _create_private_file(self.path)
        try:
            conn = sqlite3.connect(
                self.path, check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
            )
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open the IP Desk database {self.path}: {exc}") from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            check_not_newer(conn, self.path)  # before anything (even the WAL switch) writes to the file
            self.journal_mode = self._configure(conn)
            self.found_version = migrate(conn, self.path)
        except StoreError:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(
                f"The file {self.path} is not an IP Desk database or is damaged ({exc}). "
                f"Move it away (IP Desk will start with an empty database) or restore it from a backup."
            ) from exc
        self._conn = conn

    @staticmethod
    def _configure(conn: sqlite3.Connection) -> str:
        mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
        if mode != "wal":
            log.warning("SQLite could not switch the database to WAL mode (journal mode is %s)", mode)
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        return mode

    # -- life cycle ---------------------------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.execute("PRAGMA optimize")
                except sqlite3.Error:
                    pass
                self._conn.close()
                self._conn = None

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

    def pragma(self, name: str) -> object:
        """Read a pragma (diagnostics and tests), e.g. ``pragma("journal_mode")``."""
        if not name.replace("_", "").isalnum():
            raise ValueError(f"not a pragma name: {name!r}")
        with self._read() as conn:
            return conn.execute(f"PRAGMA {name}").fetchone()[0]

    # -- transactions -------------------------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"The IP Desk database {self.path} is closed.")
        return self._conn

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._connection()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed when the block ends (rolled back on an exception)."""
        with self._lock:
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
