"""The data folder's health in the main window: a non-modal bar saying why the database cannot be (fully)
used and what to do, and, for a damaged database, the offer to restore the newest backup or start a new one.

The words come from the Qt-free catalogue (``services.store.health.Health.message``); the work (moving the
damaged file aside, copying a backup) runs on a worker through ``services.store.backups``.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from ipdesk.ui.core.context import AppContext
from ipdesk.ui.shell.banner import NoticeBar

log = logging.getLogger(__name__)

SHOWN_STATES = ("read_only", "damaged", "unopenable", "low_space", "full")


def on_screen(health):
    """``(health to put in words, SQLite's report or "")``: a damaged database's report from SQLite (lines of
    page numbers, in English) is too long for the bar and the dialog's sentence; it goes to their details (the
    bar's tooltip, the dialog's "Show Details…") and the sentence says in the reader's language what it means.
    A short detail (e.g. "file is not a database") stays in the sentence."""
    detail = health.detail if health is not None else ""
    if health is None or health.state != "damaged" or not isinstance(detail, str):
        return health, ""
    report = detail.strip()
    if "\n" not in report and len(report) <= 80:
        return health, ""
    summary = QtCore.QCoreApplication.translate("StoreHealthBanner", "SQLite found damaged pages")
    return dataclasses.replace(health, detail=summary), report


class StoreHealthBanner(NoticeBar):
    """Shown while the current database is read-only, damaged, unopenable or short of space."""

    repairRequested = Signal()  # damaged: restore the newest backup or start a new database
    retryRequested = Signal()  # check again (e.g. after fixing the permissions)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("storeHealthBanner", parent)
        self.context = context
        self.health = None
        self.repair_button = self.add_button("storeRepairButton")
        self.repair_button.clicked.connect(self.repairRequested)
        self.retry_button = self.add_button("storeRetryButton")
        self.retry_button.clicked.connect(self.retryRequested)
        self.setVisible(False)
        self.retranslateUi()

    def show_health(self, health) -> None:
        """Show the bar for ``health`` (a ``Health``), or hide it when there is nothing to say."""
        self.health = health
        # set here, not in __init__: the window's frame is built before the first paint, and Qt enums are
        # built on first use (see main_window)
        self.label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retranslateUi()
        self.setVisible(health is not None and health.state in SHOWN_STATES)

    def retranslateUi(self) -> None:
        health = self.health
        damaged = health is not None and health.state == "damaged"
        shown, report = on_screen(health)
        self.label.setText("" if shown is None else shown.message(self.context.api_lang()))
        self.label.setToolTip(report)
        self.repair_button.setText(self.tr("Restore or start new…"))
        self.repair_button.setVisible(damaged)
        self.retry_button.setText(self.tr("Check again"))
        self.retry_button.setVisible(not damaged)
        self.setAccessibleName(self.tr("Database notice"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class StoreRepair(QtCore.QObject):
    """The offer made for a damaged database (a dialog at start, or from the bar's button), and its work."""

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.asked: set[str] = set()  # the databases already offered at start (once each)

    def offer_once(self, health) -> None:
        if health is not None and health.state == "damaged" and str(health.path) not in self.asked:
            self.asked.add(str(health.path))
            self.offer(health)

    def offer(self, health) -> QtWidgets.QMessageBox | None:
        if self.window.findChild(QtWidgets.QMessageBox, "storeDamagedDialog") is not None:
            return None
        shown, report = on_screen(health)
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            self.tr("The database is damaged"),
            shown.message(self.context.api_lang()),
            QtWidgets.QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("storeDamagedDialog")
        box.setDetailedText(report)
        restore = box.addButton(
            self.tr("Restore the newest backup"), QtWidgets.QMessageBox.ButtonRole.AcceptRole
        )
        restore.setObjectName("storeRestoreButton")
        new = box.addButton(self.tr("Start a new database"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
        new.setObjectName("storeNewButton")
        later = box.addButton(self.tr("Not now"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("storeLaterButton")
        box.setDefaultButton(restore)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button) -> None:
            if button is restore:
                self.run(health.path, restore=True)
            elif button is new:
                self.run(health.path, restore=False)

        box.buttonClicked.connect(clicked)
        box.open()
        return box

    def run(self, path, *, restore: bool):
        """Move the damaged database aside and restore the newest backup (or start a new one), on a worker;
        then open the store again. Returns the Task."""

        def work(ctx):
            from ipdesk.services.store import backups

            self.context.release_store()  # found damaged while open (a later check): closed before it moves
            return backups.restore_newest(path) if restore else backups.start_new(path)

        def done(result) -> None:
            if result.backup is not None:
                text = self.tr("Restored the database from the backup %1. The damaged file is kept as %2.")
                text = text.replace("%1", str(result.backup))
            else:
                text = self.tr("Started a new database. The damaged file is kept as %2.")
            self.context.message.emit(text.replace("%2", str(result.aside or "-")))
            self.context.reopen_store()

        def failed(text: str) -> None:
            box = QtWidgets.QMessageBox(
                QtWidgets.QMessageBox.Icon.Warning,
                self.tr("The database is damaged"),
                text,
                QtWidgets.QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setObjectName("storeRepairFailed")
            box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        return self.context.tasks.run(
            lambda: self.tr("Restore the database") if restore else self.tr("Start a new database"),
            work,
            owner=self,
            on_result=done,
            on_error=failed,
            ask_on_close=False,
        )
