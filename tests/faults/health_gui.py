"""Starts the real IP Desk GUI (offscreen) on the data folder of $IPDESK_DATA_DIR for the data-folder fault
tests, and reports what the user sees. Not collected by pytest; run by support.run_gui.

    python health_gui.py start      the health bar and the damaged-database dialog after start
    python health_gui.py restore    start, then answer the damaged-database dialog with "Restore the newest backup"
    python health_gui.py new        start, then answer it with "Start a new database"
    python health_gui.py classify   start, then ask the Classification tab for a run (paid work)
    python health_gui.py retry      start, make the data folder and database writable, press "Check again"

The app is built as `ipdesk` builds it (ipdesk.ui.app: create_application, setup_logging, a qasync loop,
create_main_window in demo mode). Prints `RESULT <json>`; a failure prints `FAIL <text>` and exits 1.
"""

from __future__ import annotations

import asyncio
import json
import sys
import traceback


async def wait_for(predicate, what: str, timeout: float = 30.0):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


def seen(window) -> dict:
    from PySide6.QtWidgets import QMessageBox

    health = window.context.health()
    dialog = window.findChild(QMessageBox, "storeDamagedDialog")
    store = window.context._stores.get(True)
    return {
        "state": None if health is None else health.state,
        "banner": window.store_banner.isVisible(),
        "banner_text": window.store_banner.label.text(),
        "dialog": dialog is not None and dialog.isVisible(),
        "dialog_text": "" if dialog is None else dialog.text(),
        "read_only": None if store is None else store.read_only,
        "refusal": window.context.paid_work_refusal(),
    }


async def scenario(window, action: str) -> dict:
    from PySide6.QtWidgets import QMessageBox, QPushButton

    context = window.context

    def checked() -> bool:  # demo mode installed and its database's health shown
        return (
            bool(context.demo)
            and context.health() is not None
            and window.store_banner.health is context.health()
        )

    await wait_for(checked, "the start's health check")
    await asyncio.sleep(0.2)
    result = {"start": seen(window)}
    if action in ("restore", "new"):
        dialog = window.findChild(QMessageBox, "storeDamagedDialog")
        name = "storeRestoreButton" if action == "restore" else "storeNewButton"
        dialog.findChild(QPushButton, name).click()
        await wait_for(
            lambda: (window.context.health() or 0) and window.context.health().state == "ok", "a restore"
        )
        await asyncio.sleep(0.2)
        result["after"] = seen(window)
    if action == "retry":
        import os

        from ipdesk.services.session import database_path

        path = database_path(True)
        os.chmod(path.parent, 0o700)
        os.chmod(path, 0o600)
        window.store_banner.retry_button.click()
        await wait_for(lambda: (context.health() or 0) and context.health().state == "ok", "the check again")
        await asyncio.sleep(0.2)
        result["after"] = seen(window)
    if action == "classify":
        from ipdesk.ui.classify.tab import ClassifyTab

        window.tabs.setCurrentIndex(0)
        tab = window.ensure_tab(0)
        assert isinstance(tab, ClassifyTab), type(tab)
        errors: list[str] = []
        tab.runner.errorOccurred.connect(errors.append)
        started = tab.runner.start(["CN100000A"], [], "en", refresh=False)
        result["classify"] = {"started": started, "errors": errors}
    return result


def main(argv: list[str]) -> int:
    import qasync

    from ipdesk.ui.app import create_application, create_main_window
    from ipdesk.ui.core.logsetup import setup_logging

    app = create_application(["ipdesk"])
    log_path = setup_logging()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = create_main_window(demo=True)
    window.show()
    outcome: dict = {}

    async def run() -> None:
        try:
            outcome.update(await scenario(window, argv[1]))
            outcome["log"] = None if log_path is None else str(log_path)
            print("RESULT " + json.dumps(outcome), flush=True)
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            print(f"FAIL {type(exc).__name__}: {exc}", flush=True)
            traceback.print_exc()
            outcome["failed"] = True
        finally:
            window.close()
            app.quit()

    with loop:
        loop.run_until_complete(run())
    return 1 if outcome.get("failed") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
