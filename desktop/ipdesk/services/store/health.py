"""The data folder's health, checked at start by both front-ends: can the database be read, written, trusted?

``check(path)`` looks at the folder and the file (permissions, a read-only mount, free space) and runs
SQLite's quick_check on a read-only connection for at most ``QUICK_CHECK_BUDGET_S`` (a large store is not
read whole at start: an unfinished check counts as healthy, ``Health.complete`` says so). It never writes to
the database. The result is a ``Health`` with a state:

- ``ok``: usable (also when the database does not exist yet and can be created);
- ``read_only``: readable but the file, its folder or the mount is read-only: open it read-only (browse what
  is stored), no paid work;
- ``damaged``: SQLite says the file is not a database or is malformed: never write to it; offer to restore
  the newest backup or start a new database (``backups``);
- ``unopenable``: it cannot be read at all (permission denied, a folder in the way);
- ``low_space``: usable, but the folder's file system has less than ``LOW_SPACE_BYTES`` free;
- ``full``: less than ``FULL_BYTES`` free: what is stored can be browsed (and a spool taken in), but no paid
  work starts, since its answers could not be kept.

``open_data_store(path, paid_work=...)`` is how both front-ends open the user's database: the folder's permissions
tightened, its health checked, then ``open_checked(path, paid_work=...)``, which opens the ``Store`` the state
allows (read-only when it must) or raises ``StoreHealthError`` with the words for the user. ``Health.message(lang)`` gives them for each state.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from ipdesk.messages import Message
from ipdesk.services.store.database import quick_check
from ipdesk.services.store.errors import StoreError

QUICK_CHECK_BUDGET_S = 0.3
LOW_SPACE_BYTES = 50 * 1024 * 1024
FULL_BYTES = (
    2 * 1024 * 1024
)  # less than a few batches' answers: paid work would pay for answers it cannot keep
MESSAGES = {  # state -> what to tell the user
    "ok": "health.ok",
    "read_only": "health.read_only",
    "damaged": "health.damaged",
    "unopenable": "health.unopenable",
    "low_space": "health.low_space",
    "full": "health.full",
}


@dataclass(frozen=True)
class Health:
    """What ``check`` found. ``detail``: what is wrong, in the catalogue's words (e.g. "permission denied on
    ...") or SQLite's own."""

    state: str
    path: Path
    detail: str | Message = ""
    free_bytes: int | None = None
    complete: bool = True  # the quick check ran to its end (False: stopped at its time budget)
    elapsed_ms: float = 0.0

    @property
    def writable(self) -> bool:
        return self.state in ("ok", "low_space", "full")

    @property
    def paid_work(self) -> bool:
        """Paid work may run: its answers can be kept (the one rule of both front-ends)."""
        return self.state in ("ok", "low_space")

    def msg(self) -> Message:
        """What to tell the user (the detail, a Message itself, follows the reader's language)."""
        return Message(
            MESSAGES[self.state],
            path=str(self.path),
            folder=str(self.path.parent),
            detail=self.detail,
            free=f"{(self.free_bytes or 0) / 1_048_576:.0f}",
        )

    def message(self, lang: str | None = "en") -> str:
        return self.msg().text(lang)


class StoreHealthError(StoreError):
    """The database cannot be used for what was asked; ``health`` says why, ``message(lang)`` in words."""

    def __init__(self, health: Health) -> None:
        self.health = health
        super().__init__(health.msg())


def _denied(path: Path) -> Message:
    return Message("health.denied_on", path=str(path))


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows)
        return False


def _writable(path: Path, folder: Path) -> Message | None:
    """ "" when SQLite can write the database at ``path`` (the file, its -wal/-shm and its folder), else why not."""
    if _read_only_mount(folder):
        return Message("health.read_only_mount", path=str(folder))
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            return _denied(candidate)
    if not os.access(folder, os.W_OK):
        return _denied(folder)
    return None


def check(path: str | os.PathLike[str], *, budget_s: float = QUICK_CHECK_BUDGET_S) -> Health:
    """The health of the database at ``path`` and its folder (see the module documentation). Writes nothing."""
    started = time.perf_counter()
    path = Path(path)
    folder = path.parent

    def result(
        state: str, detail: str | Message = "", free: int | None = None, complete: bool = True
    ) -> Health:
        return Health(state, path, detail, free, complete, (time.perf_counter() - started) * 1000)

    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not existing.is_dir():
        return result("unopenable", Message("health.not_a_folder", path=str(existing)))
    if not os.access(existing, os.R_OK | os.X_OK):
        return result("unopenable", _denied(existing))
    try:
        free = shutil.disk_usage(existing).free
    except OSError:
        free = None
    if existing != folder:  # the folder is made when the store opens
        if _read_only_mount(existing):
            return result("unopenable", Message("health.read_only_mount", path=str(existing)), free)
        if not os.access(existing, os.W_OK):
            return result("unopenable", _denied(existing), free)
    elif not path.exists():
        why = _writable(path, folder)
        if why:  # it cannot be made
            return result("unopenable", why, free)
    else:
        if path.is_dir():
            return result("unopenable", Message("health.is_a_folder", path=str(path)), free)
        if not os.access(path, os.R_OK):
            return result("unopenable", _denied(path), free)
        verdict, detail, complete = quick_check(path, budget_s)
        if verdict != "ok":
            return result(verdict, detail, free)
        why = _writable(path, folder)
        if why:
            return result("read_only", why, free, complete)
        return result(_space_state(free), "", free, complete)
    return result(_space_state(free), "", free)


def _space_state(free: int | None) -> str:
    if free is not None and free < FULL_BYTES:
        return "full"
    if free is not None and free < LOW_SPACE_BYTES:
        return "low_space"
    return "ok"


def open_checked(path: str | os.PathLike[str], *, paid_work: bool, health: Health | None = None):
    """The ``Store`` at ``path`` as its health allows: writable when it can be, read-only (browsing) when the
    folder or file is read-only and ``paid_work`` is False. ``StoreHealthError`` when it cannot be used for
    the work asked (damaged, unopenable, or read-only or full for paid work)."""
    from ipdesk.services.store import Store

    health = health or check(path)
    if health.state in ("damaged", "unopenable") or (paid_work and not health.paid_work):
        raise StoreHealthError(health)
    return Store(path, read_only=health.state == "read_only")


def open_data_store(path: str | os.PathLike[str], *, paid_work: bool):
    """The user's database as both front-ends open it: the data folder's permissions tightened
    (``paths.secure_data_dir``), its health checked, the ``Store`` opened as that allows. Returns (store, health);
    ``StoreHealthError`` (its ``health`` says why) when it cannot serve the work asked."""
    from ipdesk.services.paths import secure_data_dir

    path = Path(path)
    secure_data_dir(path.parent)
    health = check(path)
    return open_checked(path, paid_work=paid_work, health=health), health
