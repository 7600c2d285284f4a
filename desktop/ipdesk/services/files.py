"""Files the app writes for the user (exports, reports): written whole or not at all.

``atomic_output(path)`` gives a temporary file in the target's folder; when the block ends without an error the
file is flushed to disk and renamed over the target in one step, so a crash, a kill or a full disk while writing
leaves the previous file as it was and never a file cut mid-row. On an error the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_output(
    path: str | os.PathLike[str], mode: str = "wb", *, encoding: str | None = None, newline: str | None = None
) -> Iterator[IO]:
    """``with atomic_output("out.csv", "w", encoding="utf-8-sig", newline="") as f: ...``"""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
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
