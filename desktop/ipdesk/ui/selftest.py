"""`ipdesk --self-test`: prove that an installed (frozen or not) IP Desk works, without touching the user's data.

Checks, each printed as one line ``self-test: <check>: ok (detail)`` or ``self-test: <check>: FAILED (reason)``:

- resources:  demo data, icons and the compiled Chinese translations are in the package (bundle);
- window:     the main window opens (offscreen unless QT_QPA_PLATFORM says otherwise) in demo mode on the
              built-in sandbox, every tab is the real tab (not the "could not be loaded" placeholder), with
              the time from process start to the window shown;
- classify / outline / risk:  a few patents classified (P022), one outline opened (P073 + P019, and shown in
              the Full text tab when it offers ``open_patent``), one company refreshed (C029 + C027), through
              the window's own client and store on the sandbox (loopback only: nothing goes to the internet);
- keyring:    the active backend is a system store (not keyring.backends.fail / null / a file), and a throw-away
              secret is stored, read back and deleted through ipdesk.services.secrets.SecretStore.
              Strict (a missing usable keyring is a failure) with ``require_keyring=True``, and by default on
              macOS and Windows. On Linux, by default, no usable keyring (e.g. no D-Bus session bus, no Secret
              Service running) still passes when the bundle provably carries the backends (keyring's entry
              points, the SecretService backend and secretstorage/jeepney importable, and the reason keyring
              gives being the missing service, not a missing module); the line says so plainly.
              All keyring work runs on a worker thread with a timeout (a D-Bus call may hang).
- https:      ssl imports, requests' CA bundle (certifi) exists and loads into an SSLContext with > 100 CAs.

Everything runs in a temporary data folder (IPDESK_DATA_DIR) with temporary QSettings, removed afterwards.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

KEYRING_TIMEOUT = 20.0  # seconds for the whole keyring probe (backend choice + set/get/delete)
STEP_TIMEOUT = 60.0  # seconds for each sandbox step
_T_IMPORT = time.perf_counter()


class CheckFailed(Exception):
    """A check failed; the message is the reason printed on its line."""


def report(check: str, ok: bool, detail: str = "") -> bool:
    status = "ok" if ok else "FAILED"
    print(f"self-test: {check}: {status}" + (f" ({detail})" if detail else ""), flush=True)
    return ok


def process_age_ms() -> float | None:
    """Milliseconds since this process started (Linux /proc), or None when unknown."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        stat = Path("/proc/self/stat").read_text()
        start = int(stat.rsplit(")", 1)[1].split()[19]) / ticks  # field 22: starttime
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime - start) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _run_guarded(check: str, fn: Callable[[], str]) -> bool:
    try:
        return report(check, True, fn())
    except CheckFailed as exc:
        return report(check, False, str(exc))
    except Exception as exc:  # noqa: BLE001 - any crash is a failed check, shown as its type and text
        return report(check, False, f"{type(exc).__name__}: {exc}")


# -- resources and HTTPS (no Qt) -------------------------------------------------------------------------------
def check_resources() -> str:
    from importlib import resources

    root = resources.files("ipdesk.resources")
    qm = [p.name for p in (root / "translations").iterdir() if p.name.endswith("_zh_CN.qm")]
    icons = [p.name for p in (root / "icons").iterdir() if p.name.endswith(".png")]
    demo = [p.name for p in (root / "demo").iterdir() if p.name.endswith(".json")]
    fonts = [p.name for p in (root / "fonts").iterdir() if p.name.endswith(".ttf")]  # the reports' Chinese
    found_all = (("zh_CN .qm", qm), ("icons", icons), ("demo data", demo), ("report font", fonts))
    missing = [name for name, found in found_all if not found]
    if missing:
        raise CheckFailed("missing " + ", ".join(missing))
    return f"{len(qm)} translations, {len(icons)} icons, {len(demo)} demo files, {len(fonts)} font"


def check_https() -> str:
    import ssl

    from ipdesk.api.transport import ca_bundle

    try:
        where, cas = ca_bundle()
    except FileNotFoundError as exc:
        raise CheckFailed(f"CA bundle not found at {exc}") from None
    if cas <= 100:
        raise CheckFailed(f"only {cas} CA certificates in {where}")
    override = os.environ.get("REQUESTS_CA_BUNDLE")
    note = f"; REQUESTS_CA_BUNDLE={override} overrides it" if override else ""
    return f"{ssl.OPENSSL_VERSION}, {cas} CAs in {Path(where).name}{note}"


# -- keyring -----------------------------------------------------------------------------------------------------
def keyring_bundled() -> str:
    """Prove keyring's backends are in this build even when none is usable; raise CheckFailed otherwise."""
    import keyring.backend as kb

    names = sorted(ep.name for ep in kb.metadata.entry_points(group="keyring.backends"))
    chosen = os.environ.get("PYTHON_KEYRING_BACKEND")
    if not names and not chosen:
        raise CheckFailed("keyring's backend entry points are missing and no backend is chosen explicitly")
    if sys.platform.startswith("linux"):
        import jeepney  # noqa: F401 - the D-Bus transport secretstorage uses
        import secretstorage  # noqa: F401
        from keyring.backends import SecretService

        try:
            SecretService.Keyring.priority  # noqa: B018 - raises the reason it cannot be used
            why = "usable"
        except RuntimeError as exc:
            why = str(exc)
            if "required" in why:  # "SecretStorage required": the module is missing from the bundle
                raise CheckFailed(f"SecretService backend unusable: {why}") from None
    else:
        why = "n/a"
    listed = [type(k).__module__.rsplit(".", 1)[-1] for k in kb.get_all_keyring()]
    source = f"chosen by PYTHON_KEYRING_BACKEND={chosen}" if chosen else f"entry points {','.join(names)}"
    return f"{source}; viable: {','.join(listed) or 'none'}; SecretService: {why}"


def keyring_probe() -> tuple[bool, str]:
    """(usable, text): the backend status, then a throw-away secret stored, read back and deleted."""
    from ipdesk.services.secrets import SecretStore

    store = SecretStore(timeout=KEYRING_TIMEOUT / 3)
    status = store.backend_status()
    if not status.usable:
        return False, f"{status.name}: {status.text}"
    profile, value = f"self-test-{uuid.uuid4().hex[:8]}", f"ipdesk-self-test-{uuid.uuid4().hex}"
    store.set(profile, "api_key", value)
    try:
        back = store.get(profile, "api_key")
    finally:
        store.delete(profile, "api_key")
    if back != value:
        raise CheckFailed(f"{status.name} stored a secret but read back something else")
    if store.get(profile, "api_key") is not None:
        raise CheckFailed(f"{status.name} did not delete the throw-away secret")
    return True, f"{status.name}: stored, read back and deleted a throw-away secret"


def _in_thread(fn: Callable[[], object], timeout: float) -> object:
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - re-raised on the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, name="ipdesk-self-test-keyring", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise CheckFailed(f"no answer within {timeout:.0f} s (a D-Bus call may hang)")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]


def check_keyring(require: bool) -> str:
    def probe() -> tuple[str, bool, str]:
        return keyring_bundled(), *keyring_probe()

    bundled, usable, text = _in_thread(probe, KEYRING_TIMEOUT)  # type: ignore[misc]
    if usable:
        return text
    if require:
        raise CheckFailed(f"no usable keyring: {text} [{bundled}]")
    bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    plain = "no D-Bus session bus, so no Secret Service is running" if not bus else "no usable Secret Service"
    return f"{plain}: secrets would be kept for this session only; backends are bundled [{bundled}]"


# -- the window and the sandbox steps ---------------------------------------------------------------------------
async def _wait_for(predicate: Callable[[], object], timeout: float, what: str) -> object:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise CheckFailed(f"timed out after {timeout:.0f} s waiting for {what}")
        await asyncio.sleep(0.02)


async def step_classify(context) -> str:
    from ipdesk.sandbox.demo import demo_patent_numbers
    from ipdesk.services.classify import ClassifyJob

    numbers = demo_patent_numbers()[:5]
    job = ClassifyJob(context.client(), context.store(), profile=context.profile.name)
    outcome = await asyncio.wait_for(job.run(numbers, []), STEP_TIMEOUT)
    s = outcome.summary
    if s.failed or s.pending or not s.ok:
        raise CheckFailed(f"{s.ok} classified, {s.failed} failed, {s.pending} pending of {len(numbers)}")
    return f"{len(numbers)} patents, {s.ok} classified, {s.none} without SEIC, {s.calls} call(s)"


async def step_outline(context, tab) -> str:
    from ipdesk.sandbox.demo import demo_description_patents
    from ipdesk.services.outline_service import OutlineService, build

    # an English text with sections
    patent = next(p for p in demo_description_patents() if p.startswith("US"))
    service = OutlineService(context.client(), context.store(), profile=context.profile.name)
    data = await asyncio.wait_for(service.fetch(patent, "EN"), STEP_TIMEOUT)
    if data.errors or not data.text:
        raise CheckFailed(
            f"{patent}: " + ("; ".join(f"{op}: {e}" for op, e in data.errors.items()) or "no text")
        )
    sections = len(build(data).sections)
    if not sections:
        raise CheckFailed(f"{patent}: the outline has no sections")
    shown = ""
    if callable(getattr(tab, "open_patent", None)) and callable(getattr(tab, "find_view", None)):
        tab.open_patent(patent, "EN")  # answered from the store just filled
        await _wait_for(lambda: tab.find_view(patent, "EN") >= 0, STEP_TIMEOUT, "the Full text view")
        shown = ", shown in the Full text tab"
    return f"{patent}: {len(data.text)} characters, {sections} sections{shown}"


async def step_risk(context) -> str:
    from ipdesk.api.client import CompanyQuery
    from ipdesk.sandbox.demo import demo_companies
    from ipdesk.services.risk import RiskService, company_key

    company = demo_companies()[0]
    key = company_key(CompanyQuery(kind="credit_code", value=company["credit_code"]))
    service = RiskService(context.client(), context.store(), profile=context.profile.name)
    outcome = await asyncio.wait_for(service.refresh([key], force=True), STEP_TIMEOUT)
    risk = outcome.companies[0]
    if risk.error is not None or risk.trend is None or risk.current is None:
        raise CheckFailed(f"{company['name']}: {risk.error or 'no answer'}")
    return f"{company['name']}: {len(risk.flags)} risk flag(s), score {risk.score}"


async def _run_steps(window, results: list[bool], t0: float) -> None:
    from PySide6.QtGui import QGuiApplication

    from ipdesk.ui.shell.tabs import TAB_SPECS, PlaceholderTab

    await asyncio.sleep(0)  # one turn of the event loop: the window is exposed
    age = process_age_ms()
    since = (
        f"{age:.0f} ms after process start"
        if age is not None
        else (f"{(time.perf_counter() - _T_IMPORT) * 1000:.0f} ms after the self-test started")
    )
    visible = window.isVisible()
    platform = QGuiApplication.platformName()
    results.append(
        report(
            "window",
            visible,
            f"{platform} platform, shown {since}, window built in {(time.perf_counter() - t0) * 1000:.0f} ms",
        )
    )
    context = window.context
    await _wait_for(lambda: context.client() is not None and context.demo, STEP_TIMEOUT, "demo mode")
    tabs = {spec.key: window.tabs.widget(i) for i, spec in enumerate(TAB_SPECS)}
    placeholders = [k for k, w in tabs.items() if isinstance(w, PlaceholderTab)]
    detail = (
        f"placeholder for {', '.join(placeholders)}"
        if placeholders
        else ", ".join(type(w).__name__ for w in tabs.values())
    )
    results.append(report("tabs", not placeholders, detail))
    steps = (
        ("classify", lambda: step_classify(context)),
        ("outline", lambda: step_outline(context, tabs.get("fulltext"))),
        ("risk", lambda: step_risk(context)),
    )
    for check, make in steps:
        try:
            results.append(report(check, True, await make()))
        except CheckFailed as exc:
            results.append(report(check, False, str(exc)))
        except Exception as exc:  # noqa: BLE001
            results.append(report(check, False, f"{type(exc).__name__}: {exc}"))


def check_gui(results: list[bool]) -> None:
    """Open the main window in demo mode and run the sandbox steps on its qasync loop."""
    import qasync
    from PySide6.QtCore import QSettings

    from ipdesk.ui.app import create_application, create_main_window

    t0 = time.perf_counter()
    app = create_application(["ipdesk", "--self-test"])
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):  # never the user's settings
        QSettings.setPath(fmt, QSettings.Scope.UserScope, os.environ["IPDESK_DATA_DIR"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = None
    try:
        window = create_main_window(demo=True)
        window.show()
        with loop:
            loop.run_until_complete(_run_steps(window, results, t0))
    except Exception as exc:  # noqa: BLE001
        results.append(report("gui", False, f"{type(exc).__name__}: {exc}"))
    finally:
        if window is not None:
            window.shutdown()
            window.hide()


def run_self_test(require_keyring: bool | None = None) -> int:
    """Run every check, print one line each; 0 when all passed, 1 otherwise."""
    require = require_keyring if require_keyring is not None else sys.platform in ("darwin", "win32")
    # A display only when the caller asks for one by setting QT_QPA_PLATFORM.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    old_data = os.environ.get("IPDESK_DATA_DIR")
    results: list[bool] = []
    frozen = "frozen (PyInstaller)" if getattr(sys, "frozen", False) else "from source"
    print(
        f"self-test: IP Desk {_version()} {frozen}, Python {sys.version.split()[0]}, {sys.platform}",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="ipdesk-self-test-") as folder:
        os.environ["IPDESK_DATA_DIR"] = folder
        try:
            check_gui(results)  # first: its "shown after" is the time from process start to the main window
            results.append(_run_guarded("resources", check_resources))
            results.append(_run_guarded("https", check_https))
            results.append(_run_guarded("keyring", lambda: check_keyring(require)))
        finally:
            if old_data is None:
                os.environ.pop("IPDESK_DATA_DIR", None)
            else:
                os.environ["IPDESK_DATA_DIR"] = old_data
    failed = results.count(False)
    print(
        f"self-test: {'passed' if not failed else f'FAILED ({failed} of {len(results)} checks)'}", flush=True
    )
    return 0 if not failed else 1


def _version() -> str:
    try:
        from ipdesk import __version__

        return __version__
    except ImportError:
        return "?"
