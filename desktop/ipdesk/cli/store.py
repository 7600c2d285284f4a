"""``ipdesk store check|backup|restore|new``: the data folder's health and what to do with a damaged database.

``check`` says the state (exit 0 healthy or low space, 1 read-only, 2 damaged or unopenable); ``backup`` makes
a rolling copy now; ``restore`` moves a damaged database aside (kept, renamed with a time stamp) and copies the
newest intact backup in its place; ``new`` moves it aside and lets the next command start an empty database.
A healthy database is never moved (it may be open in the GUI or another command).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ipdesk.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, message_lang, say


def cmd_store(args: argparse.Namespace) -> int:
    from ipdesk.services.paths import secure_data_dir
    from ipdesk.services.session import database_path
    from ipdesk.services.store import backups
    from ipdesk.services.store.health import check

    path = Path(database_path(args.demo))
    secure_data_dir(path.parent)
    health = check(path)
    if args.action == "check":
        print(health.message(message_lang()))
        if health.state == "damaged":
            say("cli.store_damaged_hint")
        return {"ok": EXIT_OK, "low_space": EXIT_OK, "full": EXIT_FAILED, "read_only": EXIT_FAILED}.get(
            health.state, EXIT_USAGE
        )
    if args.action == "backup":
        if not health.writable:  # a damaged database is not copied over good backups; a read-only folder
            print(health.message(message_lang()))
            return EXIT_USAGE
        copy = backups.rolling_backup(path, force=True)
        if copy is None:
            say("cli.store_nothing_to_back_up", path=path)
            return EXIT_USAGE
        say("cli.store_backed_up", path=copy)
        return EXIT_OK
    if health.state in ("read_only", "unopenable"):  # nothing can be moved or written
        print(health.message(message_lang()))
        return EXIT_USAGE
    if health.state != "damaged":  # a healthy database may be open in the GUI or another command right now
        say("cli.store_healthy_kept", path=path)
        return EXIT_USAGE
    if args.action == "restore":
        done = backups.restore_newest(path)  # StoreError "store.no_backup": said by main
        say("cli.store_restored", path=path, backup=done.backup, aside=done.aside or "-")
    else:
        done = backups.start_new(path)
        say("cli.store_new", path=path, aside=done.aside or "-")
    return EXIT_OK
