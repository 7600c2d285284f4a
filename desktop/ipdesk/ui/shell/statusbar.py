"""The status bar: active profile and endpoint, connection state, today's API calls (a click opens the Usage
window), running jobs.

Temporary messages follow a language switch: a message given as a callable (``show_message(lambda:
self.tr(...))``) is worded again in the new language for the rest of its time; a message given as ready-made
text (the ``message`` signals carry words) cannot be, so it is cleared rather than left in the old language.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from ipdesk.ui.core import texts
from ipdesk.ui.core.context import AppContext
from ipdesk.ui.core.tasks import Task


class JobsWidget(QWidget):
    """The newest running task shown (name, progress bar, cancel); the others are counted."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobsWidget")
        self._tasks: list[Task] = []
        self.label = QLabel(self)
        self.label.setObjectName("jobsLabel")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("jobsProgress")
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(16)
        self.cancel = QToolButton(self)
        self.cancel.setObjectName("jobsCancelButton")
        self.cancel.setAutoRaise(True)
        self.cancel.clicked.connect(self._cancel_current)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        context.tasks.taskStarted.connect(self._add)
        context.tasks.taskFinished.connect(self._remove)
        self.retranslateUi()
        self._update()

    def current(self) -> Task | None:
        return self._tasks[-1] if self._tasks else None

    def _add(self, task: Task) -> None:
        self._tasks.append(task)
        task.progressChanged.connect(self._update)
        self._update()

    def _remove(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        self._update()

    def _cancel_current(self) -> None:
        task = self.current()
        if task is not None:
            task.cancel()

    def _update(self, *_: object) -> None:
        if not shiboken6.isValid(self):
            return
        task = self.current()
        self.setVisible(task is not None)
        if task is None:
            return
        more = len(self._tasks) - 1
        text = task.name if more == 0 else self.tr("%1 (+%n more)", "", more).replace("%1", task.name)
        self.label.setText(text)
        self.label.setToolTip("\n".join(t.name for t in reversed(self._tasks)))
        if task.total > 0:
            self.bar.setRange(0, task.total)
            self.bar.setValue(min(task.done, task.total))
        else:
            self.bar.setRange(0, 0)  # busy indicator
        self.bar.setAccessibleName(self.tr("Progress of %1").replace("%1", task.name))

    def retranslateUi(self) -> None:
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Cancel this job"))
        self.cancel.setAccessibleName(self.tr("Cancel job"))
        self.label.setAccessibleName(self.tr("Running job"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class CallsLabel(QLabel):
    """Today's API calls; a click opens the Usage window (Account → Usage… is the keyboard's way there)."""

    clicked = Signal()

    def enterEvent(self, event: QEvent) -> None:  # (QtCore.Qt's enums are built after the first paint)
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        super().enterEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        left = event.button() == QtCore.Qt.MouseButton.LeftButton
        if left and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class StatusBar(QStatusBar):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.context = context
        self._retranslate: Callable[[], str] | None = None
        self._shown = ""
        self._until = 0.0
        self.profile_label = QLabel(self)
        self.profile_label.setObjectName("statusProfile")
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("statusConnection")
        self.calls_label = CallsLabel(self)
        self.calls_label.setObjectName("statusCallsToday")
        self.jobs = JobsWidget(context, self)
        self.addPermanentWidget(self.jobs)
        for label in (self.profile_label, self.connection_label, self.calls_label):
            separator = QFrame(self)
            separator.setFrameShape(QFrame.Shape.VLine)
            separator.setFrameShadow(QFrame.Shadow.Sunken)
            self.addPermanentWidget(separator)
            label.setContentsMargins(4, 0, 4, 0)
            self.addPermanentWidget(label)
        context.profileChanged.connect(self.refresh)
        context.connectionChanged.connect(self.refresh)
        context.usageChanged.connect(self.refresh)
        context.message.connect(self.show_message)
        context.tasks.message.connect(self.show_message)
        self.retranslateUi()

    MESSAGE_MS = 10000

    def show_message(self, text: str | Callable[[], str], timeout_ms: int = MESSAGE_MS) -> None:
        """Show a temporary message; a callable is asked again for its words after a language switch."""
        self._retranslate = text if callable(text) else None
        shown = text() if callable(text) else text
        self._shown = shown
        self._until = time.monotonic() + timeout_ms / 1000
        self.showMessage(shown, timeout_ms)

    def _message_language_changed(self) -> None:
        current = self.currentMessage()
        if not current:
            return
        if self._retranslate is not None and current == self._shown:
            left_ms = max(1000, int((self._until - time.monotonic()) * 1000))
            self.show_message(self._retranslate, left_ms)
        else:
            self.clearMessage()  # words from before the switch: better gone than in the old language

    def refresh(self, *_: object) -> None:
        ctx = self.context
        profile = ctx.profile
        if ctx.demo:  # known before the start (AppContext.expect): the first frame already says so
            self.profile_label.setText(self.tr("Demo (%1)").replace("%1", texts.endpoint_name("demo")))
            self.profile_label.setToolTip(profile.base_url if profile is not None else "")
        elif profile is None:
            self.profile_label.setText(self.tr("No profile"))
            self.profile_label.setToolTip("")
        else:
            self.profile_label.setText(f"{profile.name} · {texts.endpoint_name(profile.endpoint)}")
            self.profile_label.setToolTip(profile.base_url)
        self.connection_label.setText(texts.connection_state(ctx.state))
        calls = ctx.calls_today
        self.calls_label.setText(
            self.tr("API calls today: %1").replace(
                "%1", "–" if calls is None else QLocale().toString(int(calls))
            )
        )

    def retranslateUi(self) -> None:
        self.profile_label.setAccessibleName(self.tr("Active profile"))
        self.connection_label.setAccessibleName(self.tr("Connection state"))
        self.calls_label.setAccessibleName(self.tr("API calls today"))
        self.calls_label.setToolTip(self.tr("Click to see the API calls per day, operation and account"))
        self.setAccessibleName(self.tr("Status bar"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self._message_language_changed()
        super().changeEvent(event)
