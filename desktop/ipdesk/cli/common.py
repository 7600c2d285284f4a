"""What every ``ipdesk`` command shares: exit codes, messages in the user's language, the session (client +
store) for a command, and the progress line."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ipdesk.messages import Message, t

if TYPE_CHECKING:
    from ipdesk.services.batch import Progress


log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_AUTH, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class CliError(Exception):
    """A message for the user and the exit code: ``CliError("cli.no_such_profile", profile=name)`` (a catalogue
    key and its parameters) or ``CliError(message)`` (a ready Message, e.g. a service error's ``.msg``)."""

    def __init__(self, key: str | Message, *, code: int = EXIT_USAGE, **params: object) -> None:
        self.code = code
        self.message = key if isinstance(key, Message) else Message(key, **params)
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        """The message in `lang` ("zh..." Chinese, else English)."""
        return self.message.text(lang)


class CliExit(Exception):
    """End the command with ``code``, everything already said (e.g. an interrupted run, after saying how much is
    stored)."""

    def __init__(self, code: int) -> None:
        self.code = code
        super().__init__(code)


def message_lang() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def say(key: str, /, **params: object) -> None:
    """The catalogue message `key` on stderr in the user's language."""
    print(t(key, message_lang(), **params), file=sys.stderr, flush=True)


def api_error_text(error, lang: str) -> str:
    """The mapped message of an ApiError, with where to fix credentials on the command line."""
    from ipdesk.api.errors import AuthError

    text = error.message(lang)
    if isinstance(error, AuthError):
        text += "\n" + t("cli.auth_hint", lang)
    return text


def load_profiles():
    """The ProfileStore shared with the GUI (QSettings); a JSON file when QtCore is not available."""
    from ipdesk.services.profiles import JsonFileSettings, ProfileStore

    try:
        from ipdesk.ui.core.settings import QSettingsBackend

        backend = QSettingsBackend()
    except ImportError:
        from ipdesk.services.paths import data_dir

        backend = JsonFileSettings(data_dir() / "settings.json")
    return ProfileStore(backend)


def session_for(args: argparse.Namespace, *, browse: bool = False):
    """The session (client + store) for a command, on the sandbox with --demo (CliError when there are no usable
    credentials). ``browse``: the command can answer from the store alone; on a read-only data folder it gets the
    read-only store and no client (``client`` None: it answers what is stored, ``refuse_call`` for the rest)."""
    from ipdesk.services.secrets import SecretStore
    from ipdesk.services.session import ContextError, Session, open_session

    store = open_store(args.demo, paid_work=not browse)
    if store.read_only:  # only when browsing
        return Session(client=None, store=store, profile=args.profile or "", base_url="")
    profile = demo = sandbox = None
    try:
        if args.demo:  # the front-end starts the built-in sandbox; services never import it
            from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
            from ipdesk.sandbox.server import SandboxServer
            from ipdesk.services.profiles import Profile

            sandbox = SandboxServer().start()
            demo = (
                Profile("demo", sandbox.base_url, "client_credentials", DEMO_CLIENT_ID),
                DEMO_CLIENT_SECRET,
            )
        else:
            profiles = load_profiles()
            profile = profiles.get(args.profile) if args.profile else profiles.current_profile()
            if args.profile and profile is None and not env_credentials():
                raise CliError("cli.no_such_profile", profile=args.profile)
    except BaseException:
        store.close()
        raise
    try:
        return open_session(
            profile=profile,
            profile_name=args.profile,
            base_url=args.base_url,
            demo=demo,
            secrets=SecretStore(),
            store=store,
            on_close=None if sandbox is None else sandbox.stop,
        )
    except ContextError as exc:
        store.close()
        raise CliError(exc.msg, code=EXIT_AUTH) from None
    except BaseException:
        store.close()
        raise


def refuse_call(what: str) -> CliError:
    """The refusal of a browsing command on a read-only store when ``what`` (e.g. a patent or companies) is not
    stored: answering it would need a call, and a paid answer could not be kept."""
    return CliError("cli.read_only_not_stored", what=what)


def open_store(demo: bool, *, paid_work: bool):
    """The store of a command after the data folder's health check (``services.store.health``): permissions
    tightened, read-only when the folder is (browsing commands only; said on stderr), a rolling backup once a
    day when healthy; ``StoreHealthError`` (a StoreError, its message says what to do) when it cannot serve."""
    from ipdesk.services.session import database_path
    from ipdesk.services.store import StoreError
    from ipdesk.services.store.backups import backup_after_start
    from ipdesk.services.store.health import open_data_store

    path = Path(database_path(demo))
    store, health = open_data_store(path, paid_work=paid_work)
    if health.state == "low_space" or (health.state in ("read_only", "full") and not paid_work):
        print(health.message(message_lang()), file=sys.stderr, flush=True)
    try:
        backup_after_start(health, demo=demo)
    except (OSError, StoreError) as exc:  # a backup that cannot be made never stops the command
        log.warning("no rolling backup of %s: %s", path, exc)
    return store


def env_credentials() -> bool:
    return bool(os.environ.get("PATSNAP_API_KEY") or os.environ.get("PATSNAP_CLIENT_SECRET"))


class ProgressLine:
    """Progress on stderr, only when it is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self._last = 0.0

    def __call__(self, p: Progress) -> None:
        if not self.enabled or (time.monotonic() - self._last < 0.2 and p.remaining):
            return
        self._last = time.monotonic()
        lang = message_lang()
        text = t(
            "cli.progress",
            lang,
            done=p.done,
            total=p.total,
            failed=p.failed,
            remaining=p.remaining,
            calls=p.calls,
        )
        if p.eta_seconds is not None and p.remaining:
            text = t("cli.progress_eta", lang, progress=text, seconds=f"{p.eta_seconds:.0f}")
        sys.stderr.write(f"\r{text}   ")
        sys.stderr.flush()

    def end(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def api_exit_code(error) -> int:
    """2 for a service address the user must correct (plain http:// to another computer, a redirect, a
    certificate not trusted), 3 for the other errors that stop a run (authentication, plan, quota), else 1."""
    from ipdesk.api.errors import InsecureUrlError, RedirectError, TrustError

    if isinstance(error, InsecureUrlError | RedirectError | TrustError):
        return EXIT_USAGE
    return EXIT_AUTH if error.fatal else EXIT_FAILED


def fatal_exit(error) -> int:
    print(api_error_text(error, message_lang()), file=sys.stderr)
    return api_exit_code(error)
