"""The tab registry: the main window builds each tab from here.

Contract for tab developers: the first importable package of TabSpec.modules (`ipdesk.ui.<area>`) defines

    def create_tab(context: AppContext, parent: QWidget | None = None) -> QWidget

The widget may implement any of the `TabActions` methods; File/Edit menu entries are forwarded to the current
tab when it has the matching method (and disabled otherwise). Give splitters an objectName: the main window
saves and restores every named QSplitter. Retranslate in `changeEvent(QEvent.LanguageChange)`.
Until a tab module exists, a placeholder frame stands in for it. Tabs are built when first shown (LazyTab).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import NamedTuple, Protocol, runtime_checkable

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


@runtime_checkable
class TabActions(Protocol):
    """Optional methods a tab implements for File/Edit menu forwarding (each one on its own)."""

    def import_file(self) -> None: ...
    def export(self) -> None: ...
    def report(self) -> None: ...
    def print_report(self) -> None: ...
    def copy(self) -> None: ...
    def select_all(self) -> None: ...
    def find(self) -> None: ...


ACTION_METHODS = ("import_file", "export", "report", "print_report", "copy", "select_all", "find")


class TabSpec(NamedTuple):  # (a NamedTuple: dataclasses is not imported before the first paint)
    key: str  # stable id: objectName "tab_<key>", QSettings value of the last tab
    modules: tuple[str, ...]  # candidates, first importable wins
    title: Callable[[], str]  # translated at call time
    summary: Callable[[], str]


TAB_SPECS: tuple[TabSpec, ...] = (
    TabSpec(
        "classification",
        ("ipdesk.ui.classify",),
        lambda: QCoreApplication.translate("Tabs", "Classification"),
        lambda: QCoreApplication.translate(
            "Tabs",
            "Classify lists of patents by strategic emerging industry (SEIC). "
            "This tool is not included in this build of IP Desk.",
        ),
    ),
    TabSpec(
        "fulltext",
        ("ipdesk.ui.fulltext",),
        lambda: QCoreApplication.translate("Tabs", "Full text"),
        lambda: QCoreApplication.translate(
            "Tabs",
            "Read a patent description with a clickable outline of its sections. "
            "This tool is not included in this build of IP Desk.",
        ),
    ),
    TabSpec(
        "risk",
        ("ipdesk.ui.risk",),
        lambda: QCoreApplication.translate("Tabs", "Risk monitoring"),
        lambda: QCoreApplication.translate(
            "Tabs",
            "Watch companies for patent risk warnings (pledges, litigation, transfers). "
            "This tool is not included in this build of IP Desk.",
        ),
    ),
)


class PlaceholderTab(QWidget):
    """Stands in for a tab whose module is not installed (or failed to load)."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None, *, failed: bool = False) -> None:
        super().__init__(parent)
        self.spec = spec
        self.failed = failed
        self.setObjectName(f"tab_{spec.key}")
        self._label = QLabel(self)
        self._label.setObjectName(f"placeholder_{spec.key}")
        self._label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(self._label)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        if self.failed:
            body = QCoreApplication.translate(
                "Tabs", "This tool could not be loaded. The details were written to the log."
            )
        else:
            body = self.spec.summary()
        self._label.setText(f"<h2>{self.spec.title()}</h2><p>{body}</p>")
        self._label.setAccessibleName(self.spec.title())
        self.setAccessibleName(self.spec.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class LazyTab(QWidget):
    """An empty page holding a tab's place until it is first shown; the main window then replaces it by the
    real tab (build_tab), so the tab's module is imported and its widgets built only when needed."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"tab_{spec.key}")
        self.setAccessibleName(spec.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.spec.title())
        super().changeEvent(event)


def build_tab(spec: TabSpec, context: object, parent: QWidget | None = None) -> QWidget:
    """The tab's widget from its module's create_tab(), else a placeholder."""
    module = None
    for name in spec.modules:
        try:
            module = importlib.import_module(name)
            break
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # not installed: try the next candidate
            log.exception("tab %s: a module it needs is missing", spec.key)
            return PlaceholderTab(spec, parent, failed=True)
        except Exception:
            log.exception("tab %s failed to import", spec.key)
            return PlaceholderTab(spec, parent, failed=True)
    if module is None:
        return PlaceholderTab(spec, parent)
    try:
        widget = module.create_tab(context, parent)
    except Exception:
        log.exception("tab %s failed to build", spec.key)
        return PlaceholderTab(spec, parent, failed=True)
    if not widget.objectName():
        widget.setObjectName(f"tab_{spec.key}")
    if not widget.accessibleName():
        widget.setAccessibleName(spec.title())
    return widget


def supports(widget: QWidget | None, method: str) -> bool:
    return widget is not None and callable(getattr(widget, method, None))
