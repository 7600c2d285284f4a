"""The ``ipdesk`` command: the GUI with no subcommand, else the same services headless.

Exit codes: 0 all done; 1 some items failed (the rest written); 2 bad usage or input; 3 authentication, plan or
quota error; 130 interrupted (Ctrl+C; run the same command again to resume). Errors are printed as the mapped
message (Chinese when LANG starts with zh), never as a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from ipdesk.cli_args import (  # noqa: F401 - EXIT_USAGE, message_lang and say are used by cli_jobs too
    EXIT_USAGE,
    Parser,
    api_error_text,
    message_lang,
    non_negative,
    port_number,
    positive,
    release_count,
    say,
)

EXIT_OK, EXIT_FAILED, EXIT_AUTH, EXIT_INTERRUPTED = 0, 1, 3, 130


class CliError(Exception):
    """A message for the user and the exit code."""

    def __init__(self, en: str, zh: str | None = None, code: int = EXIT_USAGE) -> None:
        super().__init__(en)
        self.en, self.zh, self.code = en, zh or en, code


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """The global options; ``suppress`` for their copy after the subcommand (keeps values given before it)."""
    extra = {"default": argparse.SUPPRESS} if suppress else {}
    parser.add_argument(
        "--profile", metavar="NAME", help="account profile (default: the current one)", **extra
    )
    parser.add_argument(
        "--base-url", metavar="URL", help="API base URL (default: $IPDESK_BASE_URL or the profile's)", **extra
    )
    flags = {
        "--demo": "start the built-in sandbox in-process and use it",
        "--verbose": "log requests and decisions to stderr",
        "--self-test": "check the installation and exit",
        "--require-keyring": "with --self-test: fail when no usable system keyring is found",
    }
    for flag, text in flags.items():
        parser.add_argument(flag, action="store_true", help=text, **extra)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="ipdesk", description="IP Desk: PatSnap Open Platform workbench")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)  # the global options also after the subcommand

    p = sub.add_parser("classify", parents=[common], help="SEIC classification (P022) of a patent list")
    p.add_argument("--lang", choices=("en", "cn"), default="en")
    p.add_argument("--input", metavar="FILE|-", default="-", help="text, .csv or .xlsx list (default: stdin)")
    p.add_argument("--output", metavar="FILE", help="default: stdout")
    p.add_argument(
        "--format", choices=("csv", "json", "xlsx"), help="default: from --output's extension, else csv"
    )
    p.add_argument("--refresh", action="store_true", help="fetch again even what the store holds")
    p.add_argument("--column", metavar="NAME", help="column of a .csv/.xlsx input (default: the first)")

    p = sub.add_parser("outline", parents=[common], help="section outline of a description (P073 + P019)")
    p.add_argument("patent", metavar="PATENT")
    p.add_argument(
        "--lang",
        type=str.upper,
        choices=("EN", "CN", "JP", "KR", "TW"),
        help="default: the office's language for CN/JP/KR/TW numbers, else EN",
    )
    p.add_argument("--format", choices=("json", "text"), help="default: a table of the sections")
    p.add_argument("--related", action="store_true", help="use a family member's text when there is none")
    p.add_argument("--refresh", action="store_true")

    p = sub.add_parser("risk", parents=[common], help="company patent risk warning (C029 + C027, C028)")
    p.add_argument("companies", metavar="COMPANY", nargs="+", help="name, credit code or organisation code")
    p.add_argument("--history", action="store_true", help="add the stored and C028 snapshots")
    p.add_argument(
        "--releases", type=release_count, default=6, metavar="N", help="release dates back for --history (6)"
    )
    p.add_argument("--format", choices=("json", "csv"), help="default: readable text")
    p.add_argument("--no-verify", action="store_true", help="send codes whose check character is wrong")
    p.add_argument("--refresh", action="store_true", help="fetch again even when the stored answer is fresh")

    p = sub.add_parser("sandbox", parents=[common], help="run the built-in sandbox until Ctrl+C")
    p.add_argument("--port", type=port_number, default=0, help="default: any free port")
    p.add_argument("--latency-ms", type=non_negative, default=0.0)
    p.add_argument("--qps", type=positive, default=None)
    p.add_argument("--token-lifetime", type=positive, default=1800.0, metavar="S")

    p = sub.add_parser("credentials", parents=[common], help="store, show or delete a profile's secret")
    p.add_argument("action", choices=("set", "show", "delete"))
    p.add_argument("--client-id", metavar="ID", help="with set: the client ID (client credentials mode)")
    p.add_argument("--api-key", action="store_true", help="with set: the profile uses an API key")

    sub.add_parser("usage", parents=[common], help="calls and results per day, profile and operation")
    p = sub.add_parser(
        "jobs",
        parents=[common],
        help="classification jobs not finished (run the same command again to finish)",
    )
    p.add_argument("--all", action="store_true", help="finished jobs too")
    return parser


def _setup_logging(verbose: bool) -> None:
    from ipdesk.api.redact import install_redaction

    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    install_redaction()


def load_profiles():
    """The ProfileStore shared with the GUI (QSettings); a JSON file when QtCore is not available."""
    from ipdesk.services.profiles import JsonFileSettings, ProfileStore

    try:
        from ipdesk.ui.settings import QSettingsBackend

        backend = QSettingsBackend()
    except ImportError:
        from ipdesk.services.paths import data_dir

        backend = JsonFileSettings(data_dir() / "settings.json")
    return ProfileStore(backend)


def open_context(args: argparse.Namespace, **kwargs):
    """The client + store for a command (CliError when there are no usable credentials)."""
    from ipdesk.services.context import ContextError, build_context
    from ipdesk.services.secrets import SecretStore

    profile = None
    if not args.demo:
        profiles = load_profiles()
        profile = profiles.get(args.profile) if args.profile else profiles.current_profile()
        if args.profile and profile is None and not _env_credentials():
            raise CliError(
                f"No profile named '{args.profile}'. Create it with `ipdesk credentials set --profile "
                f"{args.profile}`, or set PATSNAP_CLIENT_ID and PATSNAP_CLIENT_SECRET (or PATSNAP_API_KEY).",
                f"没有名为 '{args.profile}' 的配置。请用 `ipdesk credentials set --profile {args.profile}` 创建，"
                f"或设置 PATSNAP_CLIENT_ID 和 PATSNAP_CLIENT_SECRET（或 PATSNAP_API_KEY）。",
            )
    try:
        return build_context(
            profile=profile,
            profile_name=args.profile,
            base_url=args.base_url,
            demo=args.demo,
            secrets=SecretStore(),
            **kwargs,
        )
    except ContextError as exc:
        raise CliError(exc.en, exc.zh, EXIT_AUTH) from None


def _env_credentials() -> bool:
    return bool(os.environ.get("PATSNAP_API_KEY") or os.environ.get("PATSNAP_CLIENT_SECRET"))


def cmd_sandbox(args: argparse.Namespace) -> int:
    import threading

    from ipdesk.sandbox.server import DEMO_API_KEY, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer

    try:
        server = SandboxServer(
            args.port, latency_ms=args.latency_ms, qps=args.qps, token_lifetime=args.token_lifetime
        ).start()
    except OSError as exc:
        raise CliError(
            f"Cannot listen on 127.0.0.1 port {args.port}: {exc.strerror or exc}. Choose another port, or "
            f"--port 0 for any free one.",
            f"无法在 127.0.0.1 的端口 {args.port} 上监听：{exc.strerror or exc}。请换一个端口，或用 --port 0 "
            f"自动选择空闲端口。",
        ) from None
    print(f"IP Desk sandbox running at {server.base_url}", flush=True)
    print(f"  client id:     {DEMO_CLIENT_ID}")
    print(f"  client secret: {DEMO_CLIENT_SECRET}")
    print(f"  API key:       {DEMO_API_KEY}")
    print(
        f"  e.g. IPDESK_BASE_URL={server.base_url} PATSNAP_API_KEY={DEMO_API_KEY} ipdesk classify", flush=True
    )
    say("Press Ctrl+C to stop.", "按 Ctrl+C 停止。")
    stop = threading.Event()
    try:
        import signal

        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    except (ValueError, OSError):  # not the main thread
        pass
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return EXIT_OK


def cmd_credentials(args: argparse.Namespace) -> int:
    import getpass

    from ipdesk.services.profiles import Profile, ProfileError
    from ipdesk.services.secrets import KeyringUnavailable, SecretStore

    profiles = load_profiles()
    name = args.profile or profiles.current() or "default"
    profile = profiles.get(name)
    secrets = SecretStore()
    try:
        if args.action == "show":
            if profile is None:
                raise CliError(
                    f"No profile named '{name}'. Create it with `ipdesk credentials set --profile {name} "
                    f"--client-id ID` (or --api-key), or in the app (Account → Accounts…).",
                    f"没有名为 '{name}' 的配置。请用 `ipdesk credentials set --profile {name} --client-id ID`"
                    f"（或 --api-key）创建，或在应用中（账户 → 账户管理…）创建。",
                )
            status = secrets.backend_status()
            stored = secrets.get(profile.name, profile.secret_kind) if status.usable else None
            print(f"profile:   {profile.name}")
            print(f"base URL:  {profile.base_url}")
            print(f"mode:      {profile.mode}")
            print(f"client id: {profile.client_id or '-'}")
            where = f"stored in {status.name}" if stored else ("not stored" if status.usable else status.text)
            print(f"{profile.secret_kind}: {where}")
            if _env_credentials():
                print("note: PATSNAP_* environment variables are set and override the keyring")
            return EXIT_OK
        if args.action == "delete":
            secrets.delete(name)
            say(f"Deleted the secrets of profile '{name}'.", f"已删除配置 '{name}' 的密钥。")
            return EXIT_OK
        mode = "api_key" if args.api_key else (profile.mode if profile else "client_credentials")
        client_id = args.client_id or (profile.client_id if profile else None)
        if mode == "client_credentials" and not client_id:
            client_id = input("Client ID: ").strip()
        base_url = (
            args.base_url or (profile.base_url if profile else None) or os.environ.get("IPDESK_BASE_URL")
        )
        try:
            saved = profiles.save(
                Profile(
                    name=name,
                    base_url=base_url or Profile.from_dict({"name": name}).base_url,
                    mode=mode,
                    client_id=client_id,
                )
            )
        except ProfileError as exc:
            raise CliError(str(exc)) from None
        value = getpass.getpass("Client secret: " if mode == "client_credentials" else "API key: ")
        if not value.strip():
            raise CliError("Nothing entered; nothing stored.", "未输入内容，未保存。")
        secrets.set(saved.name, saved.secret_kind, value.strip())
        if profiles.current() is None:
            profiles.set_current(saved.name)
        say(
            f"Stored the secret of profile '{saved.name}' in the system keyring.",
            f"已将配置 '{saved.name}' 的密钥保存到系统钥匙串。",
        )
        return EXIT_OK
    except KeyringUnavailable as exc:
        raise CliError(
            f"The system keyring cannot be used: {exc}. Set PATSNAP_CLIENT_ID and PATSNAP_CLIENT_SECRET (or "
            f"PATSNAP_API_KEY) in the environment instead.",
            f"无法使用系统钥匙串：{exc}。请改为在环境变量中设置 PATSNAP_CLIENT_ID 和 PATSNAP_CLIENT_SECRET"
            f"（或 PATSNAP_API_KEY）。",
        ) from None


def cmd_usage(args: argparse.Namespace) -> int:
    from ipdesk.services.context import database_path
    from ipdesk.services.store import Store

    with Store(database_path(args.demo)) as store:
        rows = store.usage(profile=args.profile)
    if not rows:
        say("No API calls recorded yet.", "尚无 API 调用记录。")
        return EXIT_OK
    print(f"{'day':<10}  {'profile':<16}  {'op':<6}  {'calls':>7}  {'results':>8}")
    for row in rows:
        print(f"{row.day.isoformat():<10}  {row.profile:<16}  {row.op:<6}  {row.calls:>7}  {row.results:>8}")
    return EXIT_OK


def cmd_jobs(args: argparse.Namespace) -> int:
    from ipdesk.services.context import database_path
    from ipdesk.services.store import Store

    with Store(database_path(args.demo)) as store:
        jobs = [j for j in store.list_jobs() if args.all or j.pending or j.failed]
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


def run_command(args: argparse.Namespace) -> int:
    if args.command == "sandbox":
        return cmd_sandbox(args)
    if args.command == "credentials":
        return cmd_credentials(args)
    if args.command == "usage":
        return cmd_usage(args)
    if args.command == "jobs":
        return cmd_jobs(args)
    from ipdesk import cli_jobs

    return getattr(cli_jobs, f"cmd_{args.command}")(args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pre = argparse.ArgumentParser(add_help=False)
    _global_options(pre)
    known, rest = pre.parse_known_args(argv)
    if not rest and not known.self_test:
        from ipdesk.display_check import ensure_display  # says what is missing before Qt loads or aborts

        if ensure_display():
            return 1
        from ipdesk.app import run_gui  # the GUI (no subcommand); imported only when wanted

        return run_gui(argv, demo=True if known.demo else None)
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    if args.self_test:
        from ipdesk.selftest import run_self_test

        return run_self_test(require_keyring=True if args.require_keyring else None)
    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    from ipdesk.api.errors import ApiError
    from ipdesk.services.store import StoreError

    lang = message_lang()
    try:
        return run_command(args)
    except CliError as exc:
        print(exc.zh if lang == "zh" else exc.en, file=sys.stderr)
        return exc.code
    except ApiError as exc:
        print(api_error_text(exc, lang), file=sys.stderr)
        return EXIT_AUTH if exc.fatal else EXIT_FAILED
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        say("Interrupted; run the same command again to resume.", "已中断；再次运行同一命令即可继续。")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # files: --input / --output
        where = f" {exc.filename}" if exc.filename else ""
        say(
            f"Cannot use{where}: {exc.strerror or exc}. Check the path and its permissions.",
            f"无法使用{where}：{exc.strerror or exc}。请检查路径及其权限。",
        )
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
