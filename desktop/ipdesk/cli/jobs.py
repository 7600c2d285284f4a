"""``ipdesk jobs``: the classification jobs not finished."""

from __future__ import annotations

import argparse

from ipdesk.cli.common import EXIT_OK, say


def cmd_jobs(args: argparse.Namespace) -> int:
    from ipdesk.services.session import database_path
    from ipdesk.services.store import Store

    with Store(database_path(args.demo)) as store:
        jobs = [j for j in store.jobs.list_jobs() if args.all or j.pending or j.failed]
    if not jobs:
        say("cli.no_unfinished_jobs")
        return EXIT_OK
    print(
        f"{'id':>5}  {'kind':<9}  {'status':<9}  {'started':<16}  {'lang':<7}  {'total':>7}  {'done':>7}  "
        f"{'failed':>7}  {'pending':>7}"
    )
    for job in jobs:
        started = job.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        lang = str(job.params.get("lang", ""))
        if job.params.get("with_biblio"):  # run again with --with-biblio to finish it
            lang += "+P011"
        print(
            f"{job.id:>5}  {job.kind:<9}  {job.status:<9}  {started:<16}  {lang:<7}  {job.total:>7}  "
            f"{job.done:>7}  {job.failed:>7}  {job.pending:>7}"
        )
    say("cli.finish_jobs_hint")
    return EXIT_OK
