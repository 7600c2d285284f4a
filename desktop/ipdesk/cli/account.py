"""``ipdesk credentials`` (a profile's secret in the keyring) and ``ipdesk usage`` (the ledger of API calls)."""

from __future__ import annotations

import argparse
import os

from ipdesk.cli.common import (
    EXIT_OK,
    CliError,
    env_credentials,
    load_profiles,
    message_lang,
    open_store,
    say,
)
from ipdesk.messages import t


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
                raise CliError("cli.no_profile_to_show", profile=name)
            status = secrets.backend_status()
            stored = secrets.get(profile.name, profile.secret_kind) if status.usable else None
            print(f"profile:   {profile.name}")
            print(f"base URL:  {profile.base_url}")
            print(f"mode:      {profile.mode}")
            print(f"client id: {profile.client_id or '-'}")
            lang = message_lang()
            if stored:
                where = t("cli.secret_stored_in", lang, backend=status.name)
            else:
                where = t("cli.secret_not_stored", lang) if status.usable else status.message(lang)
            print(f"{profile.secret_kind}: {where}")
            if env_credentials():
                print(t("cli.env_overrides_keyring", lang))
            return EXIT_OK
        if args.action == "delete":
            secrets.delete(name)
            say("cli.secrets_deleted", profile=name)
            return EXIT_OK
        mode = "api_key" if args.api_key else (profile.mode if profile else "client_credentials")
        client_id = args.client_id or (profile.client_id if profile else None)
        if mode == "client_credentials" and not client_id:
            client_id = input(t("cli.prompt_client_id", message_lang())).strip()
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
            raise CliError(exc.message) from None
        prompt = "cli.prompt_client_secret" if mode == "client_credentials" else "cli.prompt_api_key"
        value = getpass.getpass(t(prompt, message_lang()))
        if not value.strip():
            raise CliError("cli.nothing_entered")
        secrets.set(saved.name, saved.secret_kind, value.strip())
        if profiles.current() is None:
            profiles.set_current(saved.name)
        say("cli.secret_stored", profile=saved.name)
        return EXIT_OK
    except KeyringUnavailable as exc:
        raise CliError("cli.keyring_unusable", reason=exc.message(message_lang())) from None


def cmd_usage(args: argparse.Namespace) -> int:
    with open_store(args.demo, paid_work=False) as store:
        rows = store.usage.usage(profile=args.profile)
    if not rows:
        say("cli.no_usage")
        return EXIT_OK
    print(f"{'day':<10}  {'profile':<16}  {'op':<6}  {'calls':>7}  {'results':>8}")
    for row in rows:
        print(f"{row.day.isoformat():<10}  {row.profile:<16}  {row.op:<6}  {row.calls:>7}  {row.results:>8}")
    return EXIT_OK
