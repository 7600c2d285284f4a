"""Help menu contents: the About text and the diagnostics report (secrets removed)."""

from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QLibraryInfo, qVersion

from ipdesk import __version__
from ipdesk.api.redact import redact
from ipdesk.services.paths import data_dir, log_dir
from ipdesk.ui.core.context import AppContext


def about_html() -> str:
    rows = (
        (QCoreApplication.translate("About", "Version"), __version__),
        (QCoreApplication.translate("About", "Qt version"), f"{qVersion()} (PySide6 {pyside_version})"),
        (QCoreApplication.translate("About", "Data folder"), str(data_dir())),
    )
    blurb = QCoreApplication.translate(
        "About", "A desktop workbench for IP analysts on the PatSnap Open Platform."
    )
    table = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
    return f"<h3>IP Desk</h3><p>{blurb}</p><table>{table}</table>"


def diagnostics(context: AppContext, keyring_status: object | None = None) -> str:
    """Plain-text technical details for a support request. No secret, token or client ID is included."""
    profile = context.profile
    lines = [
        f"IP Desk {__version__}",
        f"Python {sys.version.split()[0]} ({platform.python_implementation()})",
        f"Qt {qVersion()} / PySide6 {pyside_version} (built {QLibraryInfo.version().toString()})",
        f"Platform: {platform.platform()} / {QCoreApplication.instance().platformName()}",
        f"Data folder: {data_dir()}",
        f"Log folder: {log_dir()}",
        f"UI language: {context.language.choice()} -> {context.language.effective()}",
        f"Demo mode: {context.demo}",
        f"Connection state: {context.state}",
        f"API calls today: {context.calls_today}",
        f"Profiles: {len(context.profiles.list())}",
    ]
    if profile is not None:
        lines += [
            f"Active profile endpoint: {'sandbox' if context.demo else profile.endpoint} ({profile.base_url})",
            f"Authentication mode: {profile.mode}; client ID set: {bool(profile.client_id)}",
        ]
    if keyring_status is not None:
        usable, name, reason = keyring_status
        lines.append(f"Keyring: {name} (usable: {usable}, {reason})")
    running = context.tasks.running()
    lines.append(f"Running jobs: {len(running)}")
    return redact("\n".join(lines))
