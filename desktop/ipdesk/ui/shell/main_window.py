"""The main window: demo banner, the three tabs, menus, status bar; saves and restores its layout.

Only the current tab is built at startup; the others are LazyTab pages (see tab_loader.LazyTabsMixin).
The modules the window's frame needs (this one, tabs, tab_loader) write `QtCore.Qt.X`, never `from QtCore
import Qt` (and QtWidgets.QMessageBox, QtCore.QUrl): PySide6 builds a class's enums when the class is first
used - all ~100 of the Qt namespace take ~15 ms - and for these that is after the first paint, not before it.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QByteArray, QEvent
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipdesk.services.paths import log_dir
from ipdesk.ui.core.context import AppContext
from ipdesk.ui.shell.actions import WindowActions
from ipdesk.ui.shell.banner import DemoBanner
from ipdesk.ui.shell.statusbar import StatusBar
from ipdesk.ui.shell.store_health import StoreHealthBanner, StoreRepair
from ipdesk.ui.shell.tab_loader import LazyTabsMixin
from ipdesk.ui.shell.tabs import TAB_SPECS, LazyTab, supports

DEFAULT_SIZE = (1120, 720)
FORWARDED = {
    "import": "import_file",
    "export": "export",
    "report": "report",
    "print": "print_report",
    "copy": "copy",
    "select_all": "select_all",
    "find": "find",
}
FOCUS_FALLBACK = {"copy": "copy", "select_all": "selectAll"}  # line edits, text views


class MainWindow(LazyTabsMixin, QMainWindow):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, build_current: bool = True
    ) -> None:
        """build_current=False leaves the current tab to `ensure_tab` (app.finish_start, after the first paint)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context = context
        context.setParent(self)
        self._close_confirmed = False
        self._shut = False
        self._accounts = None
        self._usage = None
        self._swapping = False  # a LazyTab is being replaced (currentChanged fires meanwhile)
        self._focused_once = False

        central = QWidget(self)
        central.setObjectName("centralWidget")
        self.banner = DemoBanner(central)
        self.banner.setVisible(
            context.demo
        )  # known before the start when the context was told what to expect
        self.banner.addAccountRequested.connect(self.open_accounts)
        self.store_banner = StoreHealthBanner(context, central)  # a read-only, damaged or full data folder
        self.store_repair = StoreRepair(context, self)
        self.store_banner.repairRequested.connect(lambda: self.store_repair.offer(self.store_banner.health))
        self.store_banner.retryRequested.connect(context.reopen_store)
        context.healthChanged.connect(self._health_changed)
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        for spec in TAB_SPECS:
            self.tabs.addTab(LazyTab(spec, self.tabs), spec.title())
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.store_banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.status = StatusBar(context, self)
        self.setStatusBar(self.status)
        self.menus = WindowActions(self)
        self.links = None  # TabLinks, made when the first tab is built
        self.release_monitor = None  # made by start_services, after the first paint
        self._wire()
        context.profileChanged.connect(self._profile_changed)
        self._default_splitters: dict[str, QByteArray] = {}  # filled as tabs are built (_restore_splitters)
        self.retranslateUi()
        self.restore_layout()  # the last tab made current: built by ensure_tab below or after the first paint
        self.tabs.currentChanged.connect(self.ensure_tab)
        self.tabs.currentChanged.connect(self._update_actions)
        if build_current:
            self.start_services()
            self.ensure_tab(self.tabs.currentIndex())
        self._update_actions()

    # -- wiring --------------------------------------------------------------------------------------
    def _wire(self) -> None:
        a = self.menus.actions
        for key in FORWARDED:
            a[key].triggered.connect(lambda _checked=False, k=key: self.forward(k))
        a["quit"].triggered.connect(self.close)
        a["reset_layout"].triggered.connect(self.reset_layout)
        a["accounts"].triggered.connect(self.open_accounts)
        a["test_connection"].triggered.connect(self.test_connection)
        a["usage"].triggered.connect(self.open_usage)
        self.status.calls_label.clicked.connect(self.open_usage)
        a["about"].triggered.connect(self.show_about)
        a["open_logs"].triggered.connect(self.open_log_folder)
        a["copy_diagnostics"].triggered.connect(self.copy_diagnostics)
        language = self.context.language
        self.menus.language_actions[language.choice()].setChecked(True)
        self.menus.language_group.triggered.connect(lambda action: language.apply(action.data()))

    def start_services(self) -> None:
        """What the window runs beside its tabs, made once the first frame is painted (app.finish_start; for a
        window built at once, in its constructor): the release monitor, which refreshes and notifies with no
        Risk tab built. Idempotent."""
        if self.release_monitor is None:
            from ipdesk.ui.risk.release_monitor import release_monitor

            self.release_monitor = release_monitor(self.context)

    def tab_built(self, tab: QWidget) -> None:
        if self.links is None:
            from ipdesk.ui.shell.links import TabLinks

            self.links = TabLinks(self)
        self.links.connect_tab(tab)

    def current_tab(self) -> QWidget | None:
        return self.tabs.currentWidget()

    def forward(self, key: str) -> bool:
        """Run File/Edit action `key` on the current tab (or, for copy/select all, the focused widget)."""
        tab = self.current_tab()
        method = FORWARDED[key]
        if supports(tab, method):
            getattr(tab, method)()
            return True
        focus = QGuiApplication.focusObject()
        fallback = FOCUS_FALLBACK.get(key)
        if fallback and focus is not None and callable(getattr(focus, fallback, None)):
            getattr(focus, fallback)()
            return True
        return False

    def _update_actions(self, *_: object) -> None:
        tab = self.current_tab()
        for key in ("import", "export", "report", "print", "find"):
            self.menus.actions[key].setEnabled(supports(tab, FORWARDED[key]))

    def _profile_changed(self, *_: object) -> None:
        self.banner.setVisible(self.context.demo)
        self.store_banner.show_health(self.context.health())
        self.retranslateUi()

    def _health_changed(self, *_: object) -> None:
        """The current mode's database was (re)opened: the bar says what is wrong; a damaged one is offered
        to be restored or replaced, once."""
        health = self.context.health()
        self.store_banner.show_health(health)
        self.store_repair.offer_once(health)

    def retranslateUi(self) -> None:
        title = self.tr("IP Desk")
        if self.context.demo:
            title = self.tr("IP Desk — demo mode")
        self.setWindowTitle(title)
        self.setAccessibleName(self.tr("IP Desk main window"))
        self.tabs.setAccessibleName(self.tr("Tools"))
        for index, spec in enumerate(TAB_SPECS):
            self.tabs.setTabText(index, spec.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.menus.retranslateUi()
            self.retranslateUi()
        super().changeEvent(event)

    # -- menu commands -----------------------------------------------------------------------------------
    def open_accounts(self) -> None:
        from ipdesk.ui.shell.accounts import AccountsDialog

        if self._accounts is not None:
            self._accounts.raise_()
            self._accounts.activateWindow()
            return
        dialog = AccountsDialog(self.context, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "_accounts", None))
        self._accounts = dialog
        dialog.open()

    def open_usage(self) -> None:
        """Account → Usage… (or a click on the status bar's API calls): one window, raised if open."""
        from ipdesk.ui.shell.usage import UsageDialog

        if self._usage is not None:
            self._usage.raise_()
            self._usage.activateWindow()
            return
        dialog = UsageDialog(self.context, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "_usage", None))
        self._usage = dialog
        dialog.show()

    def _info(self, name: str, title: str, text: str, icon=None) -> QtWidgets.QMessageBox:
        icon = QtWidgets.QMessageBox.Icon.Information if icon is None else icon
        box = QtWidgets.QMessageBox(icon, title, text, QtWidgets.QMessageBox.StandardButton.Ok, self)
        box.setObjectName(name)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def test_connection(self) -> None:
        def ok(_description: str) -> None:
            text = self.tr("The connection works: the service accepted the credentials.")
            self.status.show_message(text)
            self._info("testConnectionResult", self.tr("Test connection"), text)

        def failed(text: str) -> None:
            self._info(
                "testConnectionResult",
                self.tr("Test connection"),
                self.tr("The connection test failed: %1").replace("%1", text),
                QtWidgets.QMessageBox.Icon.Warning,
            )

        self.status.show_message(lambda: self.tr("Testing the connection…"))
        self.context.test_connection(owner=self, on_result=ok, on_error=failed)

    def show_about(self) -> None:
        from ipdesk.ui.shell import about

        box = self._info("aboutBox", self.tr("About IP Desk"), about.about_html())
        box.setTextFormat(QtCore.Qt.TextFormat.RichText)
        box.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        icon = QGuiApplication.windowIcon()
        if not icon.isNull():
            box.setIconPixmap(icon.pixmap(64, 64))

    def open_log_folder(self) -> bool:
        return QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(log_dir())))

    def copy_diagnostics(self) -> None:
        from ipdesk.ui.shell import about

        def done(status) -> None:
            QGuiApplication.clipboard().setText(about.diagnostics(self.context, status))
            self.status.show_message(
                lambda: self.tr("Diagnostics copied to the clipboard (without secrets).")
            )

        self.context.tasks.run(
            "diagnostics",
            lambda ctx: self.context.secrets.backend_status(),
            owner=self,
            on_result=done,
            on_error=lambda _t: done(None),
            show=False,
        )

    # -- layout persistence ------------------------------------------------------------------------------
    def _splitters(self) -> list[QSplitter]:
        return [s for s in self.findChildren(QSplitter) if s.objectName()]

    def restore_layout(self) -> None:
        s = self.context.settings
        geometry = s.value("window/geometry")
        if not (isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(geometry)):
            self._default_geometry()
        state = s.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)
        # the splitters live in the tabs: each tab restores its own when it is built (_restore_splitters)
        last = str(s.value("window/last_tab", "") or "")
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).objectName() == f"tab_{last}":
                self.tabs.setCurrentIndex(index)

    def _default_geometry(self) -> None:
        screen = self.screen().availableGeometry()
        width, height = min(DEFAULT_SIZE[0], screen.width()), min(DEFAULT_SIZE[1], screen.height())
        self.resize(width, height)
        self.move(screen.center().x() - width // 2, screen.center().y() - height // 2)

    def save_layout(self) -> None:
        s = self.context.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        for splitter in self._splitters():
            s.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        current = self.current_tab()
        if current is not None:
            s.setValue("window/last_tab", current.objectName().removeprefix("tab_"))
        s.sync()

    def reset_layout(self) -> None:
        s = self.context.settings
        for key in ("window/geometry", "window/state", "splitters"):
            s.remove(key)
        if self.isMaximized() or self.isFullScreen():
            self.showNormal()
        self._default_geometry()
        for splitter in self._splitters():
            default = self._default_splitters.get(splitter.objectName())
            if default is not None:
                splitter.restoreState(default)

    # -- closing -------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        jobs = [t for t in self.context.tasks.running() if t.shown and t.ask_on_close]
        if jobs and not self._close_confirmed:
            event.ignore()
            self._ask_stop_jobs(len(jobs))
            return
        self.save_layout()
        self.shutdown()
        event.accept()

    def _ask_stop_jobs(self, count: int) -> None:
        if self.findChild(QtWidgets.QMessageBox, "confirmStopJobs") is not None:
            return
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            self.tr("Jobs are running"),
            self.tr(
                "Jobs still running: %1. Stop them and quit? Stopped jobs are paused and can be resumed "
                "the next time you start IP Desk."
            ).replace("%1", str(count)),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmStopJobs")
        box.button(QtWidgets.QMessageBox.StandardButton.Yes).setText(self.tr("Stop and quit"))
        box.button(QtWidgets.QMessageBox.StandardButton.No).setText(self.tr("Keep running"))
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.No)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        box.finished.connect(
            lambda answer: (
                self._stop_jobs_and_close() if answer == QtWidgets.QMessageBox.StandardButton.Yes else None
            )
        )
        box.open()

    def _stop_jobs_and_close(self) -> None:
        self.context.tasks.stop_all(pause=True)
        self._close_confirmed = True
        self.close()

    def shutdown(self) -> None:
        """Stop every task (paused) and release the client, sandbox and store. Idempotent."""
        if self._shut:
            return
        self._shut = True
        self.context.tasks.stop_all(pause=True)
        self.context.shutdown()
