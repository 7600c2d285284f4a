"""The one object that knows the store is a database, and which one.

``Database`` is the interface the parts of the store (results, jobs, watchlist, usage, state) are written
against; ``SQLiteDatabase`` is the local file, the only implementation today. A part receives a ``Database`` and
uses nothing else of it than ``read()`` and ``write()``: each is a context manager yielding a ``Transaction``, on
which the part runs SQL and reads rows back as tuples.

What a second implementation (e.g. a shared team database on a server) must provide:

- ``read()``: a consistent enough view for one method's queries; ``write()``: one transaction, committed when
  the block ends and rolled back when it raises, durable when the method returns. Both usable from several
  threads at once (the GUI calls the store from worker threads).
- the SQL the parts write: qmark parameters (``?``; translate them for a driver with another paramstyle),
  ``INSERT ... ON CONFLICT (...) DO UPDATE SET ... = excluded....`` / ``DO NOTHING``, ``CASE``, ``COALESCE``;
  on a cursor ``fetchone``/``fetchall`` (rows as tuples), ``rowcount``, and ``lastrowid`` after inserting one row
  into ``jobs`` (integer primary key).
- its own schema and its creation/upgrade (``migrations`` is the SQLite schema), and ``StoreError`` (or
  ``StoreVersionError``) when it cannot be used.

SQLite specifics (one connection guarded by a lock, WAL, pragmas, file permissions, backups before a
migration) are all in this module, the only one of the store that imports ``sqlite3``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable
from urllib.parse import quote

from ipdesk.services.store.errors import StoreError, StoreVersionError, StoreWriteError
from ipdesk.services.store.migrations import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


class Cursor(Protocol):
    """What ``Transaction.execute`` returns (a DB-API cursor)."""

    @property
    def rowcount(self) -> int: ...

    @property
    def lastrowid(self) -> int | None: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Transaction(Protocol):
    """What ``Database.read()`` and ``Database.write()`` yield: runs SQL with qmark (``?``) parameters."""

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor: ...


@runtime_checkable
class Database(Protocol):
    """The database under the store. See the module documentation for what an implementation must do."""

    def read(self) -> AbstractContextManager[Transaction]:
        """Run queries (no writes) inside the block."""
        ...

    def write(self) -> AbstractContextManager[Transaction]:
        """One write transaction, committed when the block ends, rolled back when it raises."""
        ...

    def close(self) -> None:
        """Release the database; idempotent. ``read``/``write`` raise ``StoreError`` afterwards."""
        ...

    @property
    def closed(self) -> bool: ...


def _create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (0o600), unless it exists.

    Done with ``os.open(..., 0o600)`` rather than by changing the process umask, which would race with other
    threads. SQLite gives its ``-wal`` and ``-shm`` files the permissions of the database file.
    """
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """The SQLite URI opening ``path`` read-only (``immutable`` when not even the -shm file can be made)."""
    return f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")


def connect_read_only(path: Path, *, timeout: float = 5.0) -> sqlite3.Connection:
    """A read-only connection; in a folder where SQLite cannot create the WAL index, an immutable one."""
    conn = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False, timeout=timeout)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if "unable to open" not in str(exc) and "readonly" not in str(exc):  # no -shm could be made
            raise
    return sqlite3.connect(
        read_only_uri(path, immutable=True), uri=True, check_same_thread=False, timeout=timeout
    )


def quick_check(path: Path, budget_s: float) -> tuple[str, str, bool]:
    """SQLite's ``PRAGMA quick_check`` of the file at ``path`` on a read-only connection, stopped after
    ``budget_s``: ``(verdict, detail, complete)`` with verdict "ok", "damaged" (SQLite's words in ``detail``)
    or "unopenable" (the file cannot be opened). Writes nothing."""
    try:
        conn = connect_read_only(path)
    except sqlite3.OperationalError as exc:
        return "unopenable", f"{exc} ({path})", True
    except sqlite3.DatabaseError as exc:
        return "damaged", str(exc), True
    deadline = time.monotonic() + budget_s
    stopped = False

    def over_budget() -> int:
        nonlocal stopped
        stopped = time.monotonic() > deadline
        return int(stopped)

    try:
        conn.set_progress_handler(over_budget, 10_000)
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.OperationalError as exc:
        if stopped:
            return "ok", "", False
        return ("unopenable" if "unable to open" in str(exc) else "damaged"), str(exc), True
    except sqlite3.DatabaseError as exc:  # not a database, malformed schema
        return "damaged", str(exc), True
    finally:
        conn.close()
    found = "; ".join(str(r[0]) for r in rows)
    return ("ok", "", True) if found == "ok" else ("damaged", found, True)


def intact(path: Path) -> bool:
    """``PRAGMA integrity_check`` of the file at ``path`` says "ok" (a whole read; for backups)."""
    try:
        conn = connect_read_only(path)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def copy_file(source: Path, target: Path) -> Path:
    """Copy the database file ``source`` to the new file ``target`` (0o600) with SQLite's backup API, read-only
    on the source; ``StoreError`` when SQLite cannot (the partial target is removed)."""
    try:
        conn = connect_read_only(source)
        try:
            return backup(conn, target)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise StoreError("store.cannot_open", path=str(source), error=str(exc)) from exc


@contextmanager
def _closed_on_error(conn: sqlite3.Connection, path: Path) -> Iterator[None]:
    """Close ``conn`` when the block raises; SQLite's "not a database" and the like become ``StoreError``."""
    try:
        yield
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError("store.not_a_database", path=str(path), error=str(exc)) from exc


class SQLiteDatabase:
    """The local database file: a ``Database``.

    One connection (``check_same_thread=False``) is shared by worker threads and the GUI/event-loop thread; a
    ``threading.Lock`` serialises every use of it. Writes run in ``BEGIN IMMEDIATE`` ... ``COMMIT`` and are
    durable when the block ends (WAL with ``synchronous=NORMAL``: a power cut may lose the last transactions, a
    crash or kill of the app does not). Opening brings the schema to ``SCHEMA_VERSION`` (``migrate``).
    """

    read_only = False

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
            raise StoreError("store.cannot_open", path=str(self.path), error=str(exc)) from exc
        with _closed_on_error(conn, self.path):
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            check_not_newer(conn, self.path)  # before anything (even the WAL switch) writes to the file
            self.journal_mode = self._configure(conn)
            self.found_version = migrate(conn, self.path)
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
                    if not self.read_only:
                        self._conn.execute("PRAGMA optimize")
                except sqlite3.Error:
                    pass
                self._conn.close()
                self._conn = None

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

    def pragma(self, name: str) -> object:
        """Read a pragma (diagnostics and tests), e.g. ``pragma("journal_mode")``."""
        if not name.replace("_", "").isalnum():
            raise ValueError(f"not a pragma name: {name!r}")
        with self.read() as conn:
            return conn.execute(f"PRAGMA {name}").fetchone()[0]

    # -- transactions -------------------------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError("store.closed", path=str(self.path))
        return self._conn

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._connection()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed when the block ends (rolled back on an exception).

        A database that cannot take the write (disk full, read-only, damaged, locked too long) raises
        ``StoreWriteError``, whose message says what to do; nothing of the transaction is kept then."""
        with self._lock:
            conn = self._connection()
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    _rollback(conn)
                    raise
                conn.execute("COMMIT")
            except (sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
                if isinstance(exc, (sqlite3.IntegrityError, sqlite3.ProgrammingError)):
                    raise
                _rollback(conn)
                raise StoreWriteError(self.path, write_error_kind(exc), str(exc)) from exc


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction, if SQLite has not already done so (it does after SQLITE_FULL)."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass


def write_error_kind(exc: sqlite3.Error) -> str:
    """What a failed write means for the user: "full", "read_only", "damaged", "busy" or "other"."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return "full"
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN")) or "readonly" in text:
        return "read_only"
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR")) or "malformed" in text:
        return "damaged"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return "busy"
    return "other"


class ReadOnlySQLiteDatabase(SQLiteDatabase):
    """The local database file opened read-only (``mode=ro``): for a read-only folder, file or mount, where what
    is stored can be browsed. Nothing is migrated or written; ``write()`` raises ``StoreWriteError`` (kind "read_only")
    (the front-ends refuse paid work before that, see ``store.health``)."""

    read_only = True

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = self._open_read_only()

    def _open_read_only(self) -> sqlite3.Connection:
        try:
            conn = connect_read_only(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise StoreError("store.cannot_open", path=str(self.path), error=str(exc)) from exc
        with _closed_on_error(conn, self.path):
            found = check_not_newer(conn, self.path)
        if found != SCHEMA_VERSION:
            conn.close()
            raise StoreError(
                "store.read_only_old", path=str(self.path), found=found, supported=SCHEMA_VERSION
            )
        self.journal_mode = "read-only"
        self.found_version = found
        return conn

    def write(self) -> AbstractContextManager[sqlite3.Connection]:
        raise StoreWriteError(self.path, "read_only", "opened read-only")


# -- schema version, backup, migration ---------------------------------------------------------------------------


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_path(path: Path, version: int) -> Path:
    """``<file>.v<version>.bak``, or with a time stamp when that name is taken."""
    candidate = path.with_name(f"{path.name}.v{version}.bak")
    if candidate.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        candidate = path.with_name(f"{path.name}.v{version}.{stamp}.bak")
    return candidate


def backup(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the whole database to ``target`` (created with mode 0o600) with SQLite's backup API."""
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def check_not_newer(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of the database; StoreVersionError if it is newer than this IP Desk knows."""
    found = user_version(conn)
    if found > SCHEMA_VERSION:
        raise StoreVersionError(path, found, SCHEMA_VERSION)
    return found


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Bring the database at ``path`` (open as ``conn``, autocommit mode) to SCHEMA_VERSION.

    Returns the version found. Raises StoreVersionError for a newer database (nothing is written then). An
    existing database is backed up first (``backup_path``).
    """
    found = check_not_newer(conn, path)
    if found == SCHEMA_VERSION:
        return found
    if found > 0:
        target = backup(conn, backup_path(path, found))
        log.info("backed up the database (schema %d) to %s before migrating", found, target)
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = user_version(conn)  # another process may have migrated meanwhile
        if current > SCHEMA_VERSION:
            raise StoreVersionError(path, current, SCHEMA_VERSION)
        for version in range(current, SCHEMA_VERSION):
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    log.info("migrated the database %s from schema %d to %d", path, found, SCHEMA_VERSION)
    return found
