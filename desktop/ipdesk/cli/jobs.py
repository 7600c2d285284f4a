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
        say("No unfinished jobs.", "没有未完成的任务。")
        return EXIT_OK
    print(
        f"{'id':>5}  {'kind':<9}  {'status':<9}  {'started':<16}  {'lang':<4}  {'total':>7}  {'done':>7}  "
        f"{'failed':>7}  {'pending':>7}"
    )
    for job in jobs:
        started = job.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        lang = str(job.params.get("lang", ""))
        print(
            f"{job.id:>5}  {job.kind:<9}  {job.status:<9}  {started:<16}  {lang:<4}  {job.total:>7}  "
            f"{job.done:>7}  {job.failed:>7}  {job.pending:>7}"
        )
    say(
        "To finish a job, run the same `ipdesk classify` command again (or use Jobs in the Classification tab): "
        "only what is missing is fetched.",
        "要完成任务，请再次运行相同的 `ipdesk classify` 命令（或使用“分类”页中的“任务”）：只获取缺少的部分。",
    )
    return EXIT_OK
