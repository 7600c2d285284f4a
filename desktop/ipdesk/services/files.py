"""Files the app writes for the user (exports, reports): written whole or not at all.

``atomic_output(path)`` gives a temporary file in the target's folder; when the block ends without an error the
file is flushed to disk and renamed over the target in one step, so a crash, a kill or a full disk while writing
leaves the previous file as it was and never a file cut mid-row. On an error the temporary file is removed.

A process killed while writing cannot remove its temporary file (``.<name>.<pid>@<host>.<random>.part``); the
next atomic write to the same target removes those of dead processes of this host, and any older than a day.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ipdesk.services.processes import pid_alive

STALE_AFTER = 24 * 3600.0  # seconds after which any temporary file of a target is left over, whoever wrote it


@contextlib.contextmanager
def atomic_output(
    path: str | os.PathLike[str], mode: str = "wb", *, encoding: str | None = None, newline: str | None = None
) -> Iterator[IO]:
    """``with atomic_output("out.csv", "w", encoding="utf-8-sig", newline="") as f: ...``"""
    target = Path(path)
    remove_stale_parts(target)
    prefix = f".{target.name}.{os.getpid()}@{_host()}."
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=".part")
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname()) or "-"


def remove_stale_parts(target: Path, *, now: float | None = None) -> list[Path]:
    """Remove the temporary files of ``target`` left by processes of this host that no longer run, and those older
    than a day (from any host); the removed paths. Files that cannot be looked at or removed are left."""
    name = re.escape(target.name)
    ours = re.compile(rf"\.{name}\.(\d+)@([A-Za-z0-9-]+)\.[A-Za-z0-9_]+\.part")
    older = re.compile(rf"\.{name}\.[A-Za-z0-9_]{{8}}\.part")  # written before the name carried the pid
    now = time.time() if now is None else now
    host, removed = _host(), []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    for entry in entries:
        match = ours.fullmatch(entry.name)
        if match is None and older.fullmatch(entry.name) is None:
            continue
        try:
            dead = match is not None and match[2] == host and not _running(int(match[1]))
            if dead or now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _running(pid: int) -> bool:
    return pid == os.getpid() or pid_alive(pid)
