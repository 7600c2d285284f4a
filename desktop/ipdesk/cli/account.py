"""``ipdesk credentials`` (a profile's secret in the keyring) and ``ipdesk usage`` (the ledger of API calls)."""

from __future__ import annotations

import argparse
import os

from ipdesk.cli.common import EXIT_OK, CliError, env_credentials, load_profiles, say


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
            if env_credentials():
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
    from ipdesk.services.session import database_path
    from ipdesk.services.store import Store

    with Store(database_path(args.demo)) as store:
        rows = store.usage.usage(profile=args.profile)
    if not rows:
        say("No API calls recorded yet.", "尚无 API 调用记录。")
        return EXIT_OK
    print(f"{'day':<10}  {'profile':<16}  {'op':<6}  {'calls':>7}  {'results':>8}")
    for row in rows:
        print(f"{row.day.isoformat():<10}  {row.profile:<16}  {row.op:<6}  {row.calls:>7}  {row.results:>8}")
    return EXIT_OK
