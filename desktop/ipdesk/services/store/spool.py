"""Answers paid for that the database could not take (disk full, read-only, damaged): a spool file beside it.

``<database>.spool.jsonl``, readable and writable by its owner only (0600), one JSON object per line:
``{"op", "key", "variant", "profile", "fetched_at", "payload"}``. A job that cannot store an answer appends it
here before it stops; the next ``Store`` opened on the database takes the spool in first (``take_in``: the
answers go to ``results``, then the file is deleted). Taking in renames the file first, so answers appended
meanwhile by another process start a new spool instead of being lost.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ipdesk.services.store.columns import from_iso, to_iso, utc_now

log = logging.getLogger(__name__)

SUFFIX = ".spool.jsonl"


class Spool:
    """The spool file of one database (``store.spool``)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    @classmethod
    def beside(cls, database_path: str | os.PathLike[str]) -> Spool:
        database_path = Path(database_path)
        return cls(database_path.with_name(database_path.name + SUFFIX))

    def append(self, op: str, answers: Mapping[str, Any], variant: str = "", profile: str = "") -> bool:
        """Add answers (key -> payload) to the spool, flushed to disk; False when even that failed."""
        stamp = to_iso(utc_now())
        lines = "".join(
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
        )
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                os.write(fd, lines.encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            log.error("could not write %d answers to the spool %s: %s", len(answers), self.path, exc)
            return False
        return True

    def pending_files(self) -> list[Path]:
        """The spool and any spool being taken in by a run that stopped halfway."""
        return sorted(self.path.parent.glob(self.path.name.removesuffix(SUFFIX) + ".spool*.jsonl"))

    def count(self) -> int:
        """How many answers wait in the spool."""
        total = 0
        for path in self.pending_files():
            try:
                total += sum(1 for line in path.read_text("utf-8").splitlines() if line.strip())
            except OSError:
                pass
        return total

    def take_in(self, results) -> int:
        """Store the spooled answers in ``results`` (a ``store.results``) and delete the spool; returns how many.

        Raises the store's error (the spool is kept) when the database cannot take them."""
        taken = 0
        for path in self.pending_files():
            if path == self.path:
                moved = path.with_name(f"{path.name.removesuffix(SUFFIX)}.spool.{secrets.token_hex(4)}.jsonl")
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
            text = path.read_text("utf-8")
        except FileNotFoundError:
            return 0
        for line in text.splitlines():
            try:
                entry = json.loads(line)
                group = (entry["op"], entry["variant"], entry["profile"], entry["fetched_at"])
                groups[group].append((entry["key"], entry["payload"]))
            except (ValueError, KeyError, TypeError):  # a line cut by a crash while it was written
                continue
        for (op, variant, profile, fetched_at), pairs in groups.items():
            results.put_results(op, pairs, variant, profile, fetched_at=from_iso(fetched_at))
        return sum(len(pairs) for pairs in groups.values())
