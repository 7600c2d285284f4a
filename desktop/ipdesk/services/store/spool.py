"""Answers paid for that the database could not take (disk full, read-only, damaged): spool files beside it.

One JSON object per line, ``{"op", "key", "variant", "profile", "fetched_at", "payload"}``, in files readable
and writable by their owner only (0600) named ``<database>.spool*.jsonl``. A job that cannot store an answer
writes it there before it stops; the next ``Store`` opened on the database (and every classification run) takes
the spool in first (``take_in``: the answers go to ``results``, then the files are deleted).

A full disk would refuse the spool too, so a run keeps room for it: ``reserve()`` writes ``RESERVE_BYTES`` of
zeros to ``<database>.spool-reserve.<pid>`` when the run starts (real blocks, not a sparse file), ``append``
writes the answers over those zeros (no new block is needed), and ``release()`` at the end of the run deletes the
reserve, or, when answers were written into it, cuts it after them and renames it ``<database>.spool.<pid>-
<token>.jsonl`` so the next run takes it in. Answers that do not fit go to ``<database>.spool.jsonl``. A dead
process's reserve is handled the same way by the next ``reserve()``.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import threading
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ipdesk.services.store.columns import from_iso, to_iso, utc_now

log = logging.getLogger(__name__)

SUFFIX = ".spool.jsonl"
RESERVE_BYTES = 512 * 1024  # room for the answers of the batches in flight when the disk fills up


class Spool:
    """The spool of one database (``store.spool``)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)  # the shared spool file
        self.base = self.path.name.removesuffix(SUFFIX)  # the database's file name
        self.written: Path | None = None  # where this process's answers went last
        self._guard = threading.Lock()
        self._reserved = 0  # size of this process's reserve (0: none)
        self._used = 0  # bytes of answers written into it

    @classmethod
    def beside(cls, database_path: str | os.PathLike[str]) -> Spool:
        database_path = Path(database_path)
        return cls(database_path.with_name(database_path.name + SUFFIX))

    # -- writing ---------------------------------------------------------------------------------------------

    def append(self, op: str, answers: Mapping[str, Any], variant: str = "", profile: str = "") -> bool:
        """Write answers (key -> payload) to the spool, flushed to disk; False when even that failed."""
        stamp = to_iso(utc_now())
        data = "".join(
            json.dumps(
                {
                    "op": op,
                    "key": key,
                    "variant": variant,
                    "profile": profile,
                    "fetched_at": stamp,
                    "payload": value,
                },
                ensure_ascii=False,
                separators=(",", ":"),
            )
            + "\n"
            for key, value in answers.items()
        ).encode("utf-8")
        with self._guard:
            try:
                if self._reserved and self._used + len(data) <= self._reserved:
                    self._write_at(self._reserve_path(os.getpid()), self._used, data)
                    self._used += len(data)
                    self.written = self._reserve_path(os.getpid())
                else:
                    self._append(self.path, data)
                    self.written = self.path
                return True
            except OSError as exc:
                log.error(
                    "could not write %d answers to the spool beside %s: %s", len(answers), self.base, exc
                )
                return False

    @staticmethod
    def _write_at(path: Path, offset: int, data: bytes) -> None:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        try:
            os.lseek(fd, offset, os.SEEK_SET)  # not os.pwrite: Windows has none (the caller holds the guard)
            if os.write(fd, data) != len(data):
                raise OSError(errno.ENOSPC, "short write to the spool")
            os.fsync(fd)
        finally:
            os.close(fd)

    @staticmethod
    def _append(path: Path, data: bytes) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o600)
        try:
            if os.write(fd, data) != len(data):
                raise OSError(errno.ENOSPC, "short write to the spool")
            os.fsync(fd)
        finally:
            os.close(fd)

    # -- the reserve -----------------------------------------------------------------------------------------

    def _reserve_path(self, pid: int) -> Path:
        return self.path.with_name(f"{self.base}.spool-reserve.{pid}")

    def reserve(self, size: int = RESERVE_BYTES) -> bool:
        """Keep ``size`` bytes of room for this process's spool; False when the disk has not even that."""
        from ipdesk.services.store.claims import pid_alive

        for stale in self.path.parent.glob(f"{self.base}.spool-reserve.*"):
            pid = stale.name.rsplit(".", 1)[-1]
            if pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid)):
                self._settle(stale, None)
        with self._guard:
            if self._reserved:
                return True
            path = self._reserve_path(os.getpid())
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
            except OSError:
                return False
            try:
                os.write(fd, b"\0" * size)
                os.fsync(fd)
            except OSError:
                path.unlink(missing_ok=True)
                return False
            finally:
                os.close(fd)
            self._reserved, self._used = size, 0
            return True

    def release(self) -> None:
        """The run ended: delete the reserve, or keep the answers written into it for the next run."""
        with self._guard:
            if not self._reserved:
                return
            path = self._reserve_path(os.getpid())
            kept = self._settle(path, self._used)
            if kept is not None and self.written == path:
                self.written = kept
            self._reserved = self._used = 0

    def _settle(self, path: Path, used: int | None) -> Path | None:
        """Cut a reserve after its answers (``used`` bytes; None: up to the first zero byte) and name it a spool
        file; delete it when it holds none. Returns the spool file, if any."""
        try:
            if used is None:
                used = path.read_bytes().find(b"\0")
                used = path.stat().st_size if used < 0 else used
            if used == 0:
                path.unlink(missing_ok=True)
                return None
            os.truncate(path, used)
            import secrets  # here: it loads OpenSSL (hmac), which opening a store with no spool does not need

            target = path.with_name(
                f"{self.base}.spool.{path.name.rsplit('.', 1)[-1]}-{secrets.token_hex(4)}.jsonl"
            )
            path.rename(target)
            return target
        except OSError as exc:
            log.error("could not settle the spool reserve %s: %s", path, exc)
            return None

    # -- reading ---------------------------------------------------------------------------------------------

    def pending_files(self) -> list[Path]:
        """The spool files waiting to be taken in."""
        return sorted(self.path.parent.glob(f"{self.base}.spool*.jsonl"))

    def count(self) -> int:
        """How many answers wait in the spool."""
        total = 0
        for path in self.pending_files():
            try:
                total += sum(1 for line in path.read_text("utf-8").splitlines() if line.strip("\0 "))
            except OSError:
                pass
        return total

    def take_in(self, results) -> int:
        """Store the spooled answers in ``results`` (a ``store.results``) and delete the spool; returns how many.

        Raises the store's error (the spool is kept) when the database cannot take them."""
        taken = 0
        for path in self.pending_files():
            if path == self.path:  # renamed first: answers spooled meanwhile start a new file
                import secrets  # here: see _settle

                moved = path.with_name(f"{self.base}.spool.taking-{secrets.token_hex(4)}.jsonl")
                try:
                    path.rename(moved)
                except FileNotFoundError:  # another process took it in
                    continue
                path = moved
            taken += self._take_file(path, results)
            path.unlink(missing_ok=True)
        if taken:
            log.info("took %d spooled answers into the database", taken)
        return taken

    @staticmethod
    def _take_file(path: Path, results) -> int:
        groups: dict[tuple, list[tuple[str, Any]]] = defaultdict(list)
        try:
            text = path.read_text("utf-8", errors="replace")
        except FileNotFoundError:
            return 0
        for line in text.splitlines():
            try:
                entry = json.loads(line.strip("\0"))
                group = (entry["op"], entry["variant"], entry["profile"], entry["fetched_at"])
                groups[group].append((entry["key"], entry["payload"]))
            except (ValueError, KeyError, TypeError):  # a line cut by a crash while it was written
                continue
        for (op, variant, profile, fetched_at), pairs in groups.items():
            results.put_results(op, pairs, variant, profile, fetched_at=from_iso(fetched_at))
        return sum(len(pairs) for pairs in groups.values())
