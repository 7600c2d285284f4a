"""AppContext: what every tab shares — the active profile and its API client, the store, the task layer,
the secret store and the UI language. Switching profiles emits `profileChanged`; tabs fetch `client()` at the
time of each call, so a switch takes effect without a restart.

With no profile configured (or `demo=True`) the app runs on the built-in sandbox ("demo mode").
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal

from ipdesk.ui.core.i18n import LanguageManager
from ipdesk.ui.core.tasks import Task, TaskManager, _event_loop

if TYPE_CHECKING:  # imported when first used: ipdesk.api (and requests) is not needed to show the window
    from ipdesk.services.profiles import Profile, ProfileStore
    from ipdesk.services.secrets import SecretStore

log = logging.getLogger(__name__)

DEMO_PROFILE_NAME = "(demo)"
AUTH_CODES = {67200003, 67200008, 67200009}


class MissingSecret(Exception):
    """The profile has no secret in the keyring (or in this session's memory)."""

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "AppContext", "No secret is stored for the profile “{0}”. Open Account → Accounts… and enter it."
        ).format(self.args[0] if self.args else "")


class AppContext(QObject):
    profileChanged = Signal(object)  # the active Profile (demo profile in demo mode)
    connectionChanged = Signal(str)  # a state code, see ipdesk.ui.core.texts.connection_state
    usageChanged = Signal(int)  # today's API calls of the active profile
    message = Signal(str)  # a short user message for the status bar
    healthChanged = Signal(object)  # the services.store.health.Health of the current mode's database
    _callRecorded = Signal(str, object)  # from the worker that made the call

    def __init__(
        self,
        *,
        settings: QSettings,
        language: LanguageManager,
        tasks: TaskManager | None = None,
        secrets: SecretStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = language
        self.tasks = tasks or TaskManager(language.api_lang, parent=self)
        self._secrets = secrets
        self._profiles: ProfileStore | None = None
        self._lazy_lock = threading.Lock()  # secrets is first used on a worker or the GUI thread
        self._store_lock = threading.Lock()
        self.profile: Profile | None = None
        self.demo = False
        self.state = "starting"
        self.calls_today: int | None = None
        self._client: Any = None
        self._sandbox: Any = None
        self._stores: dict[bool, Any] = {}
        self._stores_failed: set[bool] = set()
        self._health: dict[bool, Any] = {}  # demo? -> Health found when its store was opened
        self._generation = 0
        self._usage_timer = QTimer(self, singleShot=True, interval=500)
        self._usage_timer.timeout.connect(self.refresh_usage)
        self._callRecorded.connect(self._after_call)

    # -- accessors -------------------------------------------------------------------------------------
    @property
    def profiles(self) -> ProfileStore:
        """The saved profiles (created on first use)."""
        if self._profiles is None:
            from ipdesk.services.profiles import ProfileStore
            from ipdesk.ui.core.settings import QSettingsBackend

            self._profiles = ProfileStore(QSettingsBackend(self.settings))
        return self._profiles

    @property
    def secrets(self) -> SecretStore:
        """The keyring-backed secret store (created on first use)."""
        if self._secrets is None:
            from ipdesk.services.secrets import SecretStore

            with self._lazy_lock:
                if self._secrets is None:
                    self._secrets = SecretStore()
        return self._secrets

    def client(self) -> Any:
        """The PatSnapClient of the active profile (None while starting or when the secret is missing)."""
        return self._client

    def api_lang(self) -> str:
        return self.language.api_lang()

    def store(self) -> Any:
        """The local Store of the current mode (opened on first use, after the data folder's health check:
        read-only when the folder or file is; None if it cannot be opened, damaged or unopenable — `health()`
        says why). Demo mode has its own database, so sandbox answers never mix with answers paid for. A start or
        a switch opens it on the worker that makes the client, so the tabs asking on the GUI thread once the mode
        is installed (`profileChanged`) never open it there (the quick check, the spool taken in)."""
        return self._store_of(bool(self.demo))

    def _store_of(self, demo: bool, *, announce: bool = True) -> Any:
        if demo not in self._stores and demo not in self._stores_failed:
            with self._store_lock:  # workers ask at the same time at startup: open it once
                if demo not in self._stores and demo not in self._stores_failed:
                    self._open_store(demo, announce=announce)
        return self._stores.get(demo)

    def _open_store(self, demo: bool, *, announce: bool = True) -> None:
        from ipdesk.services.session import database_path
        from ipdesk.services.store import health

        path = database_path(demo)
        found = None
        try:
            self._stores[demo], found = health.open_data_store(path, paid_work=False)
        except health.StoreHealthError as exc:
            self._stores_failed.add(demo)
            found = exc.health
            log.warning("the local store cannot be used: %s (%s)", found.state, found.detail)
        except Exception as exc:
            self._stores_failed.add(demo)
            log.exception("cannot open the local store")
            found = health.Health("unopenable", path, str(exc))
        self._health[demo] = found
        if not announce:  # opened by a start's worker: `_install` announces it once the mode is in use
            return
        try:
            self.healthChanged.emit(found)  # queued to the GUI thread when opened on a worker
        except RuntimeError:  # the context was deleted while quitting
            pass

    def health(self) -> Any:
        """The Health of the current mode's database (None until its store was first asked for)."""
        return self._health.get(bool(self.demo))

    def paid_work_refusal(self) -> str | None:
        """Why paid work cannot run now for want of a writable store (read-only, damaged, unopenable), in the
        UI's language; None when the store can take answers. Never blames the account for the database."""
        store = self.store()
        found = self.health()
        if found is not None and not found.paid_work:  # answers paid for could not be kept
            return found.message(self.api_lang())
        if store is not None and not store.read_only:
            return None
        from ipdesk.messages import t
        from ipdesk.services.session import database_path

        return t("store.opened_read_only", self.api_lang(), path=str(database_path(bool(self.demo))))

    def check_health(self) -> Task:
        """When a mode (profile or demo) is installed, on a worker: open its store (the health check;
        `healthChanged`), then, when it is healthy, a rolling backup of the database paid answers live in (at
        most once a day)."""

        def work(ctx):
            from ipdesk.services.store.backups import backup_after_start

            demo = bool(self.demo)
            if self.store() is not None:
                backup_after_start(self._health.get(demo), demo=demo)

        return self.tasks.run("health", work, owner=self, show=False)

    def reopen_store(self) -> Task:
        """Check the current mode's database again on a worker (the bar's "Check again", after a restore).
        A writable store stays open (a run may be using it): only its health is looked at again; a read-only
        or missing one is forgotten (closed) and opened anew, so a folder made writable is used at once."""
        demo = bool(self.demo)
        with self._store_lock:
            current = self._stores.get(demo)
            if current is None or current.read_only:
                self._stores.pop(demo, None)
                self._stores_failed.discard(demo)
                self._health.pop(demo, None)
        if current is not None and not current.read_only:
            return self.tasks.run("health", lambda ctx: self._recheck(demo), owner=self, show=False)
        if current is not None:
            current.close()
        return self.tasks.run("health", lambda ctx: self.store(), owner=self, show=False)

    def release_store(self) -> None:
        """Close the current mode's store and keep it closed until `reopen_store` (before its file is moved
        aside: a damaged database is restored or replaced). Callable from a worker."""
        demo = bool(self.demo)
        with self._store_lock:
            current = self._stores.pop(demo, None)
            self._stores_failed.add(demo)
        if current is not None:
            current.close()

    def _recheck(self, demo: bool) -> None:
        from ipdesk.services.session import database_path
        from ipdesk.services.store import health

        found = health.check(database_path(demo))
        self._health[demo] = found
        try:
            self.healthChanged.emit(found)
        except RuntimeError:  # the context was deleted while quitting
            pass

    # -- switching -------------------------------------------------------------------------------------
    def expect(self, demo: bool | None = None) -> None:
        """Before `start`: mark demo mode now when it will be used (demo=True, or no profile is saved), so the
        first frame of the window already shows the demo banner."""
        self.demo = bool(demo) or self.profiles.current_profile() is None

    def start(self, demo: bool | None = None) -> None:
        profile = None if demo else self.profiles.current_profile()
        if profile is None:
            self.use_demo()
        else:
            self.use_profile(profile)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.connectionChanged.emit(state)

    def use_demo(self) -> Task:
        """Switch to the built-in sandbox. Its address is known at once; the server itself starts with the
        first request (LazySandbox), and the demo client is made on a worker."""
        from ipdesk.sandbox.lazy import LazySandbox

        self._generation += 1
        generation = self._generation
        self._set_state("starting")
        if self._sandbox is None:  # made here, not on the worker: a cancelled start cannot leak it
            self._sandbox = LazySandbox()
        sandbox = self._sandbox

        def work(ctx):
            from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
            from ipdesk.services.profiles import Profile

            profile = Profile(DEMO_PROFILE_NAME, sandbox.base_url, "client_credentials", DEMO_CLIENT_ID)
            # opened here, not by the tabs on the GUI thread once the mode is installed
            self._store_of(True, announce=False)
            return profile, self.make_client(profile, DEMO_CLIENT_SECRET)

        def done(result) -> None:
            profile, client = result
            if generation != self._generation:
                self._close_later(client)
                return
            self._install(profile, client, demo=True)

        return self.tasks.run(
            "demo", work, owner=self, on_result=done, on_error=self._switch_failed, show=False
        )

    def use_profile(self, profile: Profile, secret: str | None = None) -> Task:
        """Switch to a saved profile; its secret is read from the keyring on a worker (bounded wait)."""
        self._generation += 1
        generation = self._generation
        self._set_state("starting")

        def work(ctx):
            # opened here, not by the tabs on the GUI thread once the mode is installed
            self._store_of(False, announce=False)
            value = secret or self.secrets.get(profile.name, profile.secret_kind)
            if not value:
                raise MissingSecret(profile.name)
            return self.make_client(profile, value)

        def done(client) -> None:
            if generation != self._generation:
                self._close_later(client)
                return
            self.profiles.set_current(profile.name)
            self._install(profile, client, demo=False)

        def failed(text: str) -> None:
            if generation != self._generation:
                return
            self.profiles.set_current(profile.name)
            self._install(profile, None, demo=False)
            self._set_state("no_secret")
            self.message.emit(text)

        return self.tasks.run(profile.name, work, owner=self, on_result=done, on_error=failed, show=False)

    def _switch_failed(self, text: str) -> None:
        self._set_state("error")
        self.message.emit(text)

    def _install(self, profile: Profile, client: Any, *, demo: bool) -> None:
        old, self._client = self._client, client
        self.profile = profile
        self.demo = demo
        if client is not None:
            self._set_state("ready")
        self._close_later(old)
        found = self._health.get(demo)
        if found is not None:  # the start's worker opened the store (the health check, the spool taken in)
            self.healthChanged.emit(found)
        self.profileChanged.emit(profile)
        self.refresh_usage()
        self.check_health()

    def _close_later(self, client: Any) -> None:
        if client is not None:
            _event_loop().run_in_executor(self.tasks.executor, client.close)

    # -- clients ----------------------------------------------------------------------------------------
    def make_client(self, profile: Profile, secret: str, *, record_usage: bool = True) -> Any:
        """A PatSnapClient for `profile` (callable from any thread), made by the services' one session factory;
        each call goes to the usage ledger and, queued, to the GUI thread (connection state, calls today)."""
        from ipdesk.services.session import connect, ledger

        name = profile.name
        record = ledger(self.store, name)

        def on_call(call) -> None:  # worker thread
            record(call)
            try:
                self._callRecorded.emit(name, call)  # queued to the GUI thread
            except RuntimeError:  # the context was deleted while quitting
                pass

        return connect(profile, secret, on_call=on_call if record_usage else None)

    def _after_call(self, profile_name: str, record: Any) -> None:
        if not shiboken6.isValid(self) or self.profile is None or profile_name != self.profile.name:
            return
        if record.ok:
            self._set_state("connected")
        elif record.error_code in AUTH_CODES or record.http_status in (401, 403):
            self._set_state("auth_failed")
        elif record.kind == "tls":
            self._set_state("untrusted")
        elif record.http_status is None and record.error_code is None:
            self._set_state("unreachable")
        elif record.http_status is not None and record.http_status >= 500:
            self._set_state("error")
        self._usage_timer.start()

    def refresh_usage(self) -> None:
        if self.profile is None:
            return
        name = self.profile.name

        def work(ctx):
            store = self.store()
            return None if store is None else store.usage.calls_today(name)

        def done(count) -> None:
            if self.profile is not None and self.profile.name == name:
                self.calls_today = count
                self.usageChanged.emit(-1 if count is None else count)

        self.tasks.run("usage", work, owner=self, on_result=done, show=False)

    def test_connection(
        self,
        *,
        owner: QObject,
        on_result,
        on_error,
        profile: Profile | None = None,
        secret: str | None = None,
    ) -> Task:
        """Run PatSnapClient.test_connection() on a worker: for `profile` + `secret` (the Accounts dialog,
        before saving), else for the active profile."""
        target = profile or self.profile

        def work(ctx):
            if profile is None and self._client is not None:
                return self._client.test_connection()
            value = secret or self.secrets.get(target.name, target.secret_kind)
            if not value:
                raise MissingSecret(target.name)
            client = self.make_client(target, value)
            try:
                return client.test_connection()
            finally:
                client.close()

        return self.tasks.run(
            lambda: self.tr("Test connection"), work, owner=owner, on_result=on_result, on_error=on_error
        )

    def shutdown(self) -> None:
        """Close the client and stop the sandbox (aboutToQuit)."""
        self._usage_timer.stop()
        client, self._client = self._client, None
        if client is not None:
            client.close()
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None
        stores, self._stores = self._stores, {}
        for store in stores.values():
            store.close()
