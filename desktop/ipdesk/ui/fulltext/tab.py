"""The Full text tab (issue 6): an open bar, one closable sub-tab per patent, and a Recent list; each document
headed by its bibliography (issue 17, ``ui.fulltext.bibliography``: a task of its own, the outline never waits).

Opening runs one task on the shell's task layer: P073 and P019 are fetched at the same time on worker threads
(``OutlineService.fetch`` over the shell's worker pool, answered from the store when cached), then the outline is
built on a worker; the GUI thread only shows the result. Recent items reopen from the store, offline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipdesk.services.outline_service import (
    LANGS,
    OutlineData,
    OutlineService,
    default_lang,
    read_description_file,
    write_export,
)
from ipdesk.services.patents import InvalidEntry, parse_patent
from ipdesk.ui.core.dates import format_datetime
from ipdesk.ui.core.tasks import Task
from ipdesk.ui.fulltext.bibliography import BibliographyLoader
from ipdesk.ui.fulltext.export import FORMATS, ExportDialog
from ipdesk.ui.fulltext.outline import category_label
from ipdesk.ui.fulltext.view import PatentView
from ipdesk.ui.widgets.empty_state import EmptyHint

log = logging.getLogger(__name__)
RECENT_ROLE = Qt.ItemDataRole.UserRole
# The open documents are kept in the store's state part, not in QSettings: they name answers of that database, so
# they follow the data folder and the profile (demo mode has its own database) together with the texts.
OPEN_STATE = "fulltext.open_documents"
SAVE_DELAY_MS = 400  # the open documents are written once scrolling or switching rests


class FileProblem(Exception):
    """A description file that cannot be read or written: (template, path, reason)."""

    def user_message(self) -> str:
        template, path, reason = self.args
        return QCoreApplication.translate("FullTextTab", template).format(path, reason)


def _read(path: str) -> str:
    try:
        return read_description_file(path)
    except OSError as exc:
        raise FileProblem(
            QT_TRANSLATE_NOOP("FullTextTab", "Cannot read {0}: {1}"), path, exc.strerror or exc
        ) from None


def _write(path: str, content: str) -> None:
    try:
        write_export(path, content)
    except OSError as exc:
        raise FileProblem(
            QT_TRANSLATE_NOOP("FullTextTab", "Cannot write {0}: {1}"), path, exc.strerror or exc
        ) from None


class NotConnected(Exception):
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "FullTextTab", "Not connected yet and {0} is not in the local store. Try again in a moment."
        ).format(self.args[0] if self.args else "")


class NotStored(Exception):
    """Not in a store that cannot take a new answer (read-only, damaged): the store's words say why."""

    def user_message(self) -> str:
        return str(self.args[0])


class FullTextTab(QWidget):
    classifyRequested = Signal(str)  # a patent for the Classification tab's list: the shell routes it

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_fulltext")
        self.context = context
        self.pending: dict[tuple[str, str, bool | None], object] = {}
        self._status: Callable[[], str] | None = None  # the status line's words (see show_status)
        self._status_error = False
        self._recent_opened: list[datetime] = []  # when each Recent row was opened (its tooltip)
        self.bibliographies = BibliographyLoader(self)  # the documents' headers

        self.patent_edit = QLineEdit(self)
        self.patent_edit.setObjectName("fulltextPatentEdit")
        self.patent_edit.setClearButtonEnabled(True)
        self.patent_edit.returnPressed.connect(self.open_from_bar)
        self.patent_label = QLabel(self)
        self.patent_label.setBuddy(self.patent_edit)
        self.lang_combo = QComboBox(self)
        self.lang_combo.setObjectName("fulltextLangCombo")
        self.lang_combo.addItem("", "")  # the office's language (services.outline_service.default_lang)
        for lang in LANGS:
            self.lang_combo.addItem(lang, lang)
        self.lang_label = QLabel(self)
        self.lang_label.setBuddy(self.lang_combo)
        self.related_check = QCheckBox(self)
        self.related_check.setObjectName("fulltextRelatedCheck")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("fulltextOpenButton")
        self.open_button.clicked.connect(self.open_from_bar)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("fulltextStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        bar.addWidget(self.patent_label)
        bar.addWidget(self.patent_edit, 2)
        bar.addWidget(self.lang_label)
        bar.addWidget(self.lang_combo)
        bar.addWidget(self.related_check)
        bar.addWidget(self.open_button)

        self.recent_label = QLabel(self)
        self.recent_list = QListWidget(self)
        self.recent_list.setObjectName("fulltextRecentList")
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.recent_label.setBuddy(self.recent_list)
        self.recent_hint = EmptyHint(self.recent_list, self._recent_empty_text, "fulltextRecentEmptyHint")
        recent = QWidget(self)
        recent_layout = QVBoxLayout(recent)
        recent_layout.setContentsMargins(0, 0, 0, 0)
        recent_layout.addWidget(self.recent_label)
        recent_layout.addWidget(self.recent_list, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("fulltextTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_view)
        self.tabs.currentChanged.connect(lambda _i: self.bibliographies.refresh_classes(self.current_view()))
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("fulltextEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.tabs)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("fulltextSplitter")
        self.splitter.addWidget(recent)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1000])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.splitter, 1)
        self.status_label.hide()
        self.retranslateUi()
        self.refresh_recent()
        if hasattr(context, "profileChanged"):  # another profile (or demo mode) may use another database
            context.profileChanged.connect(lambda _p: self.refresh_recent())
        self._setup_continuity()

    # -- texts ----------------------------------------------------------------------------------------------
    def _recent_empty_text(self) -> str:
        return self.tr("Patents you open are listed here and reopen offline.")

    def retranslateUi(self) -> None:
        self.recent_hint.retranslate()
        self.patent_label.setText(self.tr("&Patent:"))
        self.patent_edit.setPlaceholderText(self.tr("Patent number or PatSnap patent id, then Enter"))
        self.patent_edit.setAccessibleName(self.tr("Patent number or patent id"))
        self.lang_label.setText(self.tr("&Language:"))
        self.lang_combo.setAccessibleName(self.tr("Language of the outline"))
        self.lang_combo.setItemText(0, self.tr("Office's language"))
        self.lang_combo.setItemData(
            0,
            self.tr("The patent office's language for CN, JP, KR and TW numbers, else English"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.related_check.setText(self.tr("Use a family member's text if needed"))
        self.related_check.setToolTip(
            self.tr("When this patent has no description, show the text of a family member (marked as such).")
        )
        self.related_check.setAccessibleName(self.tr("Use a family member's text"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the patent"))
        self.status_label.setAccessibleName(self.tr("Status"))
        self.recent_label.setText(self.tr("&Recent"))
        self.recent_list.setAccessibleName(self.tr("Recently opened patents"))
        self.recent_list.setToolTip(self.tr("Double-click or press Enter to reopen (works offline)"))
        self.tabs.setAccessibleName(self.tr("Open patents"))
        self.empty_label.setText(
            self.tr("Type a patent number (for example {0}) and press Enter to read its description.").format(
                "US8927118B2"
            )
        )
        self.setAccessibleName(self.tr("Full text"))
        self._recent_tooltips()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self._show_status_words()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - back from the Classification tab: classes asked for there
        super().showEvent(event)
        self.bibliographies.refresh_classes(self.current_view())

    def show_status(self, words: Callable[[], str] | None, error: bool = False) -> None:
        """Show (None: hide) the status line. `words` is asked again after a language switch, so the message
        (an error kept as its exception or entry, not as text) is always in the UI language."""
        self._status = words
        self._status_error = error
        self._show_status_words()

    def show_error(self, task: Task) -> None:
        """on_error of this tab's tasks: the task's exception, worded in the current language."""
        exc = task.error
        self.show_status(lambda: self.context.tasks.user_message(exc), error=True)

    def _show_status_words(self) -> None:
        text, error = (self._status() if self._status is not None else ""), self._status_error
        self.status_label.setText(text)
        self.status_label.setStyleSheet(
            "color: palette(bright-text); background: #b3261e; padding: 3px;" if error else ""
        )
        self.status_label.setVisible(bool(text))

    # -- opening --------------------------------------------------------------------------------------------
    def open_from_bar(self) -> None:
        text = self.patent_edit.text().strip()
        if not text:
            return
        parsed = parse_patent(text)
        if isinstance(parsed, InvalidEntry):
            self.show_status(lambda: parsed.reason(self.context.api_lang()), error=True)
            return
        by, patent = parsed
        lang = self.lang_combo.currentData() or default_lang(patent, by)
        self.open_patent(patent, lang, self.related_check.isChecked())

    def open_in_office_language(self, patent: str, by: str = "patent_number"):
        """Open a patent asked for from another tab, in its office's language."""
        return self.open_patent(patent, default_lang(patent, by), self.related_check.isChecked())

    def find_view(self, patent: str, lang: str) -> int:
        for i in range(self.tabs.count()):
            view = self.tabs.widget(i)
            if view.patent == patent and view.lang == lang:
                return i
        return -1

    def open_patent(self, patent: str, lang: str, related: bool | None = False):
        """Open (or switch to) a patent; related=None: reopen whatever the store holds (Recent)."""
        lang = lang.upper()
        index = self.find_view(patent, lang)
        if index >= 0 and related is not True:
            self.tabs.setCurrentIndex(index)
            self.stack.setCurrentWidget(self.tabs)
            self.bibliographies.fetch(
                patent
            )  # a header that failed (or was not stored at start): tried again
            return None
        key = (patent, lang, related)
        if key in self.pending:
            return self.pending[key]
        context = self.context
        client, store = context.client(), context.store()
        refusal = context.paid_work_refusal()  # read-only (or no) database: what is stored only, no paid call
        if refusal is not None:
            client = None
        profile = context.profile.name if context.profile is not None else ""

        async def work(ctx):
            if store is None:
                raise NotStored(refusal)
            opened = await OutlineService(client, store, profile=profile).open(patent, lang, related=related)
            if opened is None:
                raise NotStored(refusal) if refusal is not None else NotConnected(patent)
            return opened

        self.show_status(lambda: self.tr("Opening {0} ({1})…").format(patent, lang))
        task = context.tasks.run(
            lambda: self.tr("Open {0}").format(patent),
            work,
            owner=self,
            on_result=self._opened,
            on_error=lambda _text: self.show_error(task),
            on_finished=lambda _state: self.pending.pop(key, None),
        )
        self.pending[key] = task
        self.bibliographies.fetch(patent)  # beside the outline, which does not wait for it
        return task

    def _opened(self, result: tuple[OutlineData, object]) -> None:
        data, outline = result
        errors, user_message = list(data.errors.values()), self.context.tasks.user_message
        pn_related = data.description.pn_related if data.description is not None else None
        index = self.find_view(data.patent, data.lang)
        if index >= 0:
            view = self.tabs.widget(index)
        else:
            view = PatentView(data.patent, data.lang, self.tabs)
            view.loadFileRequested.connect(lambda v=view: self.load_file_into(v))
            view.classifyRequested.connect(self.classifyRequested)
            self.bibliographies.attach(view)
            self._watch_reading(view)
            index = self.tabs.addTab(view, f"{data.patent} · {data.lang}")
        view.set_outline(
            outline,
            offsets=data.offsets,
            pn_related=pn_related,
            notes=lambda: [user_message(err) for err in errors],
        )
        tip = (
            data.patent if not pn_related else self.tr("{0} (text from {1})").format(data.patent, pn_related)
        )
        self.tabs.setTabToolTip(index, tip)
        self.tabs.setCurrentIndex(index)
        self.stack.setCurrentWidget(self.tabs)
        self.show_status(None)
        self.refresh_recent()
        self._schedule_save()

    def close_view(self, index: int) -> None:
        view = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if view is not None:
            view.deleteLater()
        if self.tabs.count() == 0:
            self.stack.setCurrentWidget(self.empty_label)
        self._schedule_save()

    def current_view(self) -> PatentView | None:
        view = self.tabs.currentWidget() if self.stack.currentWidget() is self.tabs else None
        return view if isinstance(view, PatentView) else None

    def views(self) -> list[PatentView]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    # -- continuity: the open documents and their reading position, reopened from the store -----------------
    def _setup_continuity(self) -> None:
        self._restoring = False  # while the documents are reopened nothing is saved
        self._restored = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_open_documents)
        self.tabs.currentChanged.connect(self._schedule_save)
        self.tabs.tabBar().tabMoved.connect(self._schedule_save)
        if hasattr(self.context, "profileChanged"):
            self.context.profileChanged.connect(lambda _p: self.restore_open_documents())
        if getattr(self.context, "profile", None) is not None:  # built after the start: the store is known
            self.restore_open_documents()

    def _schedule_save(self, *_args) -> None:
        if not self._restoring:
            self._save_timer.start()

    def open_documents(self) -> dict:
        """The open patents (file loads left out), their language and reading position, and the current one."""
        views = [v for v in self.views() if isinstance(v, PatentView) and v.lang]
        current = self.current_view()
        return {
            "documents": [{"patent": v.patent, "lang": v.lang, "top": v.reading_position()} for v in views],
            "current": views.index(current) if current in views else -1,
        }

    def save_open_documents(self):
        """Write the open documents to the store (on a worker)."""
        self._save_timer.stop()
        store = self.context.store()
        if store is None or store.read_only or self._restoring:
            return None  # a read-only store (the bar says so) is browsed: the open documents are not written
        state = self.open_documents()
        return self.context.tasks.run_from_timer(
            "save open documents",
            lambda ctx: store.state.set_state(OPEN_STATE, state),
            owner=self,
            show=False,
        )

    def restore_open_documents(self):
        """Reopen the documents open at the last quit, from the store alone (no client: no call), at their
        reading position. Once; after a profile switch again if no document is open."""
        if self._restored and (self.tabs.count() or self.pending or self._restoring):
            return None
        self._restored = True
        store = self.context.store()
        if store is None:
            return None
        self._restoring = True

        async def work(ctx):
            state = store.state.get_state(OPEN_STATE) or {}
            service, opened = OutlineService(None, store), []
            for doc in state.get("documents", []):
                result = await service.open(doc["patent"], doc["lang"], related=None)
                if result is not None:
                    opened.append((result, int(doc.get("top", 0))))
            return opened, int(state.get("current", -1))

        def done(result) -> None:
            opened, current = result
            for data_outline, top in opened:
                self._opened(data_outline)
                self.tabs.currentWidget().restore_reading_position(top)
            if 0 <= current < self.tabs.count():
                self.tabs.setCurrentIndex(current)
            self.bibliographies.restore([data_outline[0].patent for data_outline, _top in opened])

        return self.context.tasks.run(
            "reopen documents",
            work,
            owner=self,
            on_result=done,
            on_error=lambda _text: log.warning("the open documents could not be reopened: %s", _text),
            on_finished=lambda _state: setattr(self, "_restoring", False),
            show=False,
        )

    def _watch_reading(self, view: PatentView) -> None:
        view.text.verticalScrollBar().valueChanged.connect(self._schedule_save)

    # -- recent ---------------------------------------------------------------------------------------------
    def refresh_recent(self):
        """Read the recent patents on a worker; the store is asked for there too (at start, built before the
        profile, this tab would otherwise open it on the GUI thread)."""
        store_of = self.context.store

        def work(ctx):
            store = store_of()
            return None if store is None else store.state.recent(30)

        return self.context.tasks.run("recent", work, owner=self, on_result=self._show_recent, show=False)

    def _show_recent(self, items) -> None:
        if items is None:  # no store (yet): the list stays as it is
            return
        self.recent_list.clear()
        self._recent_opened = [item.opened_at for item in items]
        for item in items:
            row = QListWidgetItem(f"{item.patent} · {item.lang}", self.recent_list)
            row.setData(RECENT_ROLE, (item.patent, item.lang))
        self._recent_tooltips()

    def _recent_tooltips(self) -> None:
        for i, opened in enumerate(self._recent_opened):
            self.recent_list.item(i).setToolTip(self.tr("Opened {0}").format(format_datetime(opened)))

    def _recent_activated(self, item: QListWidgetItem) -> None:
        patent, lang = item.data(RECENT_ROLE)
        self.open_patent(patent, lang, related=None)

    # -- files ----------------------------------------------------------------------------------------------
    def load_file_into(self, view: PatentView | None) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Load description from file"),
            "",
            self.tr("Text or HTML (*.txt *.htm *.html);;All files (*)"),
        )
        if not path:
            return

        def loaded(text: str) -> None:
            target = view
            if target is None or not shiboken6.isValid(target):
                target = PatentView(Path(path).stem, "", self.tabs)
                target.loadFileRequested.connect(lambda v=target: self.load_file_into(v))
                self.tabs.setCurrentIndex(self.tabs.addTab(target, Path(path).name))
                self.stack.setCurrentWidget(self.tabs)
            target.load_text(text)

        task = self.context.tasks.run(
            lambda: self.tr("Load description from file"),
            lambda ctx: _read(path),
            owner=self,
            on_result=loaded,
            on_error=lambda _text: self.show_error(task),
        )

    # -- shell protocol (File / Edit menus) -------------------------------------------------------------------
    def import_file(self) -> None:
        self.load_file_into(self.current_view())

    def export(self) -> None:
        view = self.current_view()
        if view is None:
            self.show_status(lambda: self.tr("Open a patent first."), error=True)
            return
        titles = [s.title or category_label(s) for s in view.outline.sections]
        dialog = ExportDialog(titles, view.tree.selected_sections(), self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        fmt, chosen = dialog.format(), dialog.chosen()
        if chosen == []:
            self.show_status(lambda: self.tr("Choose at least one section to export."), error=True)
            return
        name_filter, suffix = FORMATS[fmt]
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Export description"), view.patent + suffix, name_filter
        )
        if not path:
            return
        content = view.export_content(fmt, chosen)
        self.context.tasks.run(
            lambda: self.tr("Export"),
            lambda ctx: _write(path, content),
            owner=self,
            on_result=lambda _none: self.show_status(lambda: self.tr("Exported to {0}").format(path)),
            on_error=lambda text: QMessageBox.warning(self, self.tr("Export"), text),
        )

    def copy(self) -> None:
        view = self.current_view()
        if view is not None:
            view.copy()

    def select_all(self) -> None:
        view = self.current_view()
        if view is not None:
            view.select_all()

    def find(self) -> None:
        view = self.current_view()
        if view is not None:
            view.show_find()
