"""Copies of the database, and what to do with a damaged one.

- ``rolling_backup(path)``: at a quiet moment (once a day at most, after a healthy start check), a copy made
  with SQLite's backup API into ``backups/<name>.<YYYYmmdd-HHMMSS>.bak`` beside the database, keeping the
  newest ``KEEP`` (the copies made before a migration, ``<name>.v<n>.bak``, are kept apart and never pruned).
- ``restore_newest(path)``: the damaged file (with its -wal/-shm) is moved aside, renamed with a time stamp
  and kept, and the newest backup that passes SQLite's integrity_check is copied in its place.
- ``start_new(path)``: the damaged file is moved aside the same way; the store creates a new one when opened.

Every copy is created with mode 0o600. Nothing here writes to the damaged file itself.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ipdesk.services.paths import BACKUP_DIRNAME
from ipdesk.services.store.database import copy_file, intact
from ipdesk.services.store.errors import StoreError

log = logging.getLogger(__name__)

KEEP = 5
INTERVAL_S = 24 * 3600
SIDE_FILES = ("-wal", "-shm")


def backup_dir(path: Path) -> Path:
    return Path(path).parent / BACKUP_DIRNAME


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def rolling_backups(path: Path) -> list[Path]:
    """The rolling copies of the database at ``path``, newest first."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{Path(path).name}.*.bak") if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def candidates(path: Path) -> list[Path]:
    """Every copy that could replace the database (rolling ones and the ones made before migrations), newest
    first."""
    path = Path(path)
    found = rolling_backups(path) + [p for p in path.parent.glob(f"{path.name}.v*.bak") if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def backup_after_start(health, *, demo: bool) -> Path | None:
    """The rolling copy a start makes (at most once a day): of a healthy database paid answers live in, never of
    the demo database (its answers cost nothing)."""
    if demo or health is None or health.state != "ok":
        return None
    return rolling_backup(health.path)


def rolling_backup(
    path: Path, *, keep: int = KEEP, interval_s: float = INTERVAL_S, force: bool = False
) -> Path | None:
    """A new rolling copy of the (healthy) database at ``path`` unless the newest is younger than
    ``interval_s`` (``force``: always); prunes all but the newest ``keep``. Returns the new copy or None."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return None
    existing = rolling_backups(path)
    if existing and not force and time.time() - existing[0].stat().st_mtime < interval_s:
        return None
    folder = backup_dir(path)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"{path.name}.{_stamp()}.bak"
    if target.exists():
        target = folder / f"{path.name}.{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.bak"
    copy_file(path, target)
    for old in rolling_backups(path)[keep:]:
        old.unlink(missing_ok=True)
    log.info("rolling backup of the database: %s", target)
    return target


def move_aside(path: Path) -> Path:
    """Rename the database at ``path`` (and its -wal/-shm) to ``<name>.damaged-<stamp>``: kept, out of the way."""
    path = Path(path)
    aside = path.with_name(f"{path.name}.damaged-{_stamp()}")
    if aside.exists():
        aside = path.with_name(f"{path.name}.damaged-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}")
    os.replace(path, aside)
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{aside}{suffix}"))
    log.warning("moved the database %s aside to %s", path, aside)
    return aside


@dataclass(frozen=True)
class Restored:
    aside: Path | None  # where the damaged file now is (None: there was none)
    backup: Path | None  # the copy restored (None: started a new database)


def restore_newest(path: Path) -> Restored:
    """Move the database aside and copy the newest intact backup in its place (see the module documentation).
    ``StoreError("store.no_backup")`` when there is no intact backup (then nothing is moved)."""
    path = Path(path)
    source = next((c for c in candidates(path) if intact(c)), None)
    if source is None:
        raise StoreError("store.no_backup", folder=str(path.parent))
    aside = move_aside(path) if path.exists() else None
    copy_file(source, path)
    log.warning("restored the database %s from %s", path, source)
    return Restored(aside, source)


def start_new(path: Path) -> Restored:
    """Move the database aside; the store makes a new empty one when it is next opened."""
    path = Path(path)
    return Restored(move_aside(path) if path.exists() else None, None)
