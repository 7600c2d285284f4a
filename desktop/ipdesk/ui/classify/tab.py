"""The Classification tab (issue 5): SEIC classification (P022) for lists of any size.

Input box + live counts (``classify_input``), run controls and progress (here), the results table and chart
(``classify_results``), jobs run by ``classify_run``. The shell finds it through ``create_tab``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ipdesk.ui.classify.actions import TabActionsMixin
from ipdesk.ui.classify.input import InputPanel, LanguageCombo
from ipdesk.ui.classify.recent import RecentListsButton
from ipdesk.ui.classify.results import ResultsPanel
from ipdesk.ui.classify.row_links import RowLinks
from ipdesk.ui.classify.run import ClassifyRunner, RunEnd, RunProgress, count_input, normalize
from ipdesk.ui.core.dates import format_datetime

MESSAGE_COLOR = QColor(0xC6, 0x28, 0x28)  # in the label's palette: a style sheet would cost ~0.5 MiB
# The last list is kept in the store's state part, not in QSettings: it names a job of that database, so it follows
# the data folder and the profile (demo mode has its own database) together with the answers it refers to.
LAST_LIST_STATE = "classify.last_list"
# QSettings only says whether a last list was ever kept: without one, the start opens no store for it.
LAST_LIST_SETTING = "classify/has_last_list"
BIBLIO_SETTING = "classify/with_biblio"  # the "With bibliography" option, as the user last left it


class ClassifyTab(TabActionsMixin, QWidget):
    openFullTextRequested = Signal(str, str)  # patent, "patent_number" | "patent_id": the shell routes it

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_classification")
        self.context = context
        self.runner = ClassifyRunner(context, self)
        self._count_generation = 0
        self._parsed: tuple[str, object] | None = None  # (text, its PatentInput): normalised once per text
        self._last_end: RunEnd | None = None
        self._cancelling = False
        self._reopened = False  # the results shown were reopened from the store (no run in this session)
        self._restored = False  # the last list was looked for once the first profile was installed
        self.paid_work_box = None  # the open "paid API calls" question, if any
        self.report_dialog = None  # the last report dialog opened (File → Report…)
        self.planned_from_store = (
            0  # entries the last run's plan found in the store (reopened: every answered one)
        )

        self.input = InputPanel(self)
        self.input.recountRequested.connect(self.recount)
        self.input.fileDropped.connect(self.open_file)
        self.input.submitRequested.connect(self.classify)  # Ctrl+Enter in the list box
        self.open_button = self._button("classifyOpenButton", self.import_file)
        self.lang_combo = LanguageCombo(self)
        self.lang_combo.setObjectName("classifyLangCombo")
        if (
            context.api_lang() == "zh"
        ):  # a Chinese interface gets Chinese industry names (a reopened list keeps its own)
            self.lang_combo.setCurrentIndex(self.lang_combo.findData("cn"))
        self.lang_combo.currentIndexChanged.connect(self.input.recount_now)
        self.lang_label = QLabel(self)
        self.lang_label.setBuddy(self.lang_combo)
        self.refresh_check = QCheckBox(self)
        self.refresh_check.setObjectName("classifyRefreshCheck")
        self.refresh_check.toggled.connect(self.input.recount_now)
        self.biblio_check = QCheckBox(
            self
        )  # P011 beside P022: ceil(N/100) more calls per kind, off by default
        self.biblio_check.setObjectName("classifyBiblioCheck")
        settings = getattr(context, "settings", None)
        if settings is not None:
            self.biblio_check.setChecked(settings.value(BIBLIO_SETTING, False, type=bool) is True)
        self.biblio_check.toggled.connect(self._biblio_toggled)
        self.jobs_button = QToolButton(self)
        self.jobs_button.setObjectName("classifyJobsButton")
        self.jobs_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.jobs_menu = QMenu(self.jobs_button)
        self.jobs_menu.setObjectName("classifyJobsMenu")
        self.jobs_menu.aboutToShow.connect(self._fill_jobs_menu)
        self.jobs_button.setMenu(self.jobs_menu)
        self.jobs_button.installEventFilter(self)
        self.recent_button = RecentListsButton(context, self)
        self.recent_button.chosen.connect(self.reopen_list)
        self.classify_button = self._button("classifyButton", self.classify)
        self.classify_button.setDefault(True)
        controls = QHBoxLayout()
        for widget in (
            self.open_button,
            self.lang_label,
            self.lang_combo,
            self.refresh_check,
            self.biblio_check,
            self.jobs_button,
            self.recent_button,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.classify_button)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("classifyProgressBar")
        self.progress.setTextVisible(True)
        self.progress.hide()  # beside "Nothing sent yet." an empty bar looks like a text box: shown from the first run
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("classifyProgressLabel")
        # changing texts must not re-layout the tab (the table and the chart) several times a second
        self.progress_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.cancel_button = self._button("classifyCancelButton", self.cancel)
        self.resume_button = self._button("classifyResumeButton", self.resume)
        self.retry_button = self._button("classifyRetryButton", self.resume)
        run_row = QHBoxLayout()
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.progress_label, 2)
        for button in (self.cancel_button, self.resume_button, self.retry_button):
            run_row.addWidget(button)
        self.message = QLabel(self)
        self.message.setObjectName("classifyMessageLabel")
        self.message.setWordWrap(True)
        palette = QPalette()  # only the text colour: the other roles follow the app's light or dark palette
        palette.setColor(QPalette.ColorRole.WindowText, MESSAGE_COLOR)
        self.message.setPalette(palette)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.input, 1)
        top_layout.addLayout(controls)
        top_layout.addLayout(run_row)
        top_layout.addWidget(self.message)
        self.results = ResultsPanel(self)
        self.results.views.run_task = self._run_view_task
        self.row_links = RowLinks(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("classifySplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.results)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.runner.rowsReset.connect(self.results.reset_rows)
        self.runner.rowsAdded.connect(self.results.add_rows)
        self.runner.progressChanged.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.errorOccurred.connect(self.show_message)
        self.runner.busyChanged.connect(lambda _busy: self._update_buttons())
        self._jobs_reading = False
        self.runner.jobsLoaded.connect(self._jobs_arrived)
        if hasattr(context, "profileChanged"):
            context.profileChanged.connect(lambda _p: (self.input.recount_now(), self.runner.jobs_changed()))
            context.profileChanged.connect(lambda _p: self.restore_last_list())
        self.retranslateUi()
        self._update_buttons()
        if getattr(context, "profile", None) is not None:  # built after the start: the store is known
            self.restore_last_list()

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- texts ----------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        texts = (
            (
                self.open_button,
                self.tr("Open…"),
                self.tr("Open a .txt, .csv or .xlsx file"),
                self.tr("Open file"),
            ),
            (
                self.classify_button,
                self.tr("Classify"),
                self.tr("Send the list (nothing is sent before)"),
                self.tr("Classify"),
            ),
            (
                self.cancel_button,
                self.tr("Cancel"),
                self.tr("Stop after the batches in flight"),
                self.tr("Cancel"),
            ),
            (
                self.resume_button,
                self.tr("Resume"),
                self.tr("Continue the stopped job where it left off"),
                self.tr("Resume"),
            ),
            (
                self.retry_button,
                self.tr("Retry failed"),
                self.tr("Send the failed patents again"),
                self.tr("Retry failed"),
            ),
        )
        for button, text, tip, name in texts:
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(name)
        self.lang_label.setText(self.tr("Results in:"))
        self.lang_combo.setAccessibleName(self.tr("Result language"))
        self.refresh_check.setText(self.tr("Fetch again (ignore stored results)"))
        self.refresh_check.setAccessibleName(self.tr("Fetch again"))
        self.biblio_check.setText(self.tr("With bibliography"))
        self.biblio_check.setToolTip(
            self.tr(
                "Also fetch each patent's title, assignee, dates and type (one more API call per 100 patents): "
                "the table gains those columns and the portfolio views by assignee and by year"
            )
        )
        self.biblio_check.setAccessibleName(self.tr("With bibliography"))
        self.jobs_button.setText(self.tr("Jobs"))
        self.jobs_button.setToolTip(self.tr("Stopped or unfinished jobs that can be resumed"))
        self.jobs_button.setAccessibleName(self.tr("Resumable jobs"))
        self.progress.setAccessibleName(self.tr("Classification progress"))
        self.message.setAccessibleName(self.tr("Message"))
        self.results.model.set_status_texts(self.status_texts())
        if self._reopened and self._last_end is not None:
            self._show_reopened(self._last_end)
        elif self._last_end is not None:
            self._show_end(self._last_end)
        elif not self.runner.busy:
            self.progress_label.setText(self.tr("Nothing sent yet."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def status_texts(self) -> dict[str, str]:
        return {
            "ok": self.tr("Classified"),
            "none": self.tr("No SEIC classification"),
            "not_found": self.tr("Not found in PatSnap"),
        }

    def lang(self) -> str:
        return self.lang_combo.currentData()

    def with_biblio(self) -> bool:
        return self.biblio_check.isChecked()

    def _biblio_toggled(self, on: bool) -> None:
        settings = getattr(self.context, "settings", None)
        if settings is not None:
            settings.setValue(BIBLIO_SETTING, on)
        self.input.recount_now()

    def _run_view_task(self, name: str, work, on_result) -> None:
        """The portfolio views are built on a worker (tens of milliseconds for a large list)."""
        self.context.tasks.run(name, lambda ctx: work(), owner=self, on_result=on_result, show=False)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- live counts ----------------------------------------------------------------------------------
    def recount(self) -> None:
        """Normalise the text and look the keys up in the store, on a worker; shows the counts line."""
        self._count_generation += 1
        generation = self._count_generation
        text, lang, refresh = self.input.text(), self.lang(), self.refresh_check.isChecked()
        with_biblio = self.with_biblio()
        store_of = self.context.store
        self.input.lang_for_reasons = self.context.api_lang()
        if not text.strip():  # nothing to count: no worker, no store (it is opened once there is a list)
            self.input.clear_counts()
            return

        known = self._parsed[1] if self._parsed is not None and self._parsed[0] == text else None

        def done(result) -> None:
            if generation == self._count_generation:
                self._parsed = (text, result[0])  # Classify and the next recount start from it
                self.input.show_counts(*result)
                if result[0].unique and self.message.text() == self._no_valid_text():
                    self.show_message("")  # the list is valid now: the earlier complaint no longer holds
                if result[0].unique:  # a run is likely next: get the chart ready now, not mid-run
                    self.results.chart.prepare()

        def work(ctx):
            return count_input(text, lang, refresh, store_of, parsed=known, with_biblio=with_biblio)

        self.context.tasks.run("count", work, owner=self, on_result=done, show=False)

    # --- run ------------------------------------------------------------------------------------------
    def classify(self) -> None:
        """Normalise the list (worker) and start the job; nothing is sent before this."""
        if self.runner.busy:
            return
        text, lang, refresh = self.input.text(), self.lang(), self.refresh_check.isChecked()
        with_biblio = self.with_biblio()
        self.show_message("")

        def start(parsed) -> None:
            if not parsed.unique:
                self.show_message(self._no_valid_text())
                return
            self._confirm_then_start(parsed, lang, refresh, with_biblio, text)

        if self._parsed is not None and self._parsed[0] == text:  # counted already: no second pass
            start(self._parsed[1])
            return
        self.context.tasks.run(
            "normalise",
            lambda ctx: normalize(text),
            owner=self,
            on_result=start,
            on_error=self.show_message,
            show=False,
        )

    def _no_valid_text(self) -> str:
        return self.tr("Enter at least one valid patent number or patent ID.")

    def _confirm_then_start(
        self, parsed, lang: str, refresh: bool, with_biblio: bool = False, entered: str | None = None
    ) -> None:
        """Plan the run on a worker (what the store holds, the calls needed); above the paid-work threshold
        (``services.cost``) ask first, saying how many calls and how many answers come from the store."""
        store_of = self.context.store

        def planned(result) -> None:
            _parsed, cached, calls, _biblio_calls = result
            if self.runner.busy:
                return
            self.planned_from_store = cached  # the report's "answered from the store"
            from ipdesk.services.cost import needs_confirmation

            if needs_confirmation(calls, self.confirm_threshold()):
                self.ask_paid_work(
                    calls, cached, lambda: self._start(parsed, lang, refresh, with_biblio, entered)
                )
            else:
                self._start(parsed, lang, refresh, with_biblio, entered)

        self.context.tasks.run(
            "plan",
            lambda ctx: count_input("", lang, refresh, store_of, parsed=parsed, with_biblio=with_biblio),
            owner=self,
            on_result=planned,
            on_error=self.show_message,
            show=False,
        )

    def confirm_threshold(self) -> int:
        from ipdesk.services.cost import confirm_threshold

        settings = getattr(self.context, "settings", None)
        return confirm_threshold(settings.value if settings is not None else None)

    def ask_paid_work(self, calls: int, cached: int, start) -> None:
        """Ask before a large paid run (window-modal, not a nested event loop); Yes calls ``start``."""
        from PySide6.QtWidgets import QMessageBox

        if self.paid_work_box is not None:
            return

        box = QMessageBox(self)
        box.setObjectName("classifyConfirmBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Paid API calls"))
        box.setText(
            self.tr("This run makes {0} paid API calls; {1} answers come from the store. Start it?").format(
                calls, cached
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.paid_work_box = box

        yes = box.button(QMessageBox.StandardButton.Yes)

        def answered(_result: int) -> None:
            self.paid_work_box = None
            if box.clickedButton() is yes and not self.runner.busy:
                start()

        box.finished.connect(answered)
        box.open()

    def _start(
        self, parsed, lang: str, refresh: bool, with_biblio: bool = False, entered: str | None = None
    ) -> None:
        """``entered``: the text ``parsed`` comes from, kept with a new job so the list reopens as entered."""
        self._begin()
        started = self.runner.start(
            parsed.numbers,
            parsed.ids,
            lang,
            refresh=refresh,
            raw_text=parsed.raw_text,
            with_biblio=with_biblio,
            entered=entered,
        )
        if not started:
            self._update_buttons()

    def resume(self, job_id: int | None = None) -> None:
        job_id = job_id if job_id is not None else self.runner.job_id
        if job_id is None or self.runner.busy:
            return
        self.show_message("")
        self._begin()
        self.runner.resume(job_id)

    def cancel(self) -> None:
        if self.runner.busy and not self._cancelling:
            self._cancelling = True
            self.runner.cancel()
            self.progress_label.setText(self.tr("Stopping… waiting for the batches in flight."))
            self._update_buttons()

    def _begin(self) -> None:
        self._last_end = None
        self._reopened = False
        self._cancelling = False
        self.progress.show()
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Starting…"))
        self._update_buttons()

    def _on_progress(self, p: RunProgress) -> None:
        self.progress.setRange(0, max(1, p.total))
        self.progress.setValue(p.done + p.failed)
        if self._cancelling:
            return
        text = self.tr(
            "{0} of {3} entries answered, {1} failed, {2} remaining · API calls: {4} · {5}"
        ).format(p.done, p.failed, p.remaining, p.total, p.calls, self._duration(p.eta_seconds))
        if p.following:  # the why on the message line (it wraps), the counts beside the bar stay whole
            notice = self.tr(
                "This list is already running in another IP Desk window or process: this window follows that "
                "run and shows its answers, without paying for them again."
            )
            if self.message.text() != notice:
                self.show_message(notice)
            text = self.tr("Following: {0}").format(text)
        self.progress_label.setText(text)

    def _duration(self, seconds: float | None) -> str:
        if seconds is None:
            return self.tr("estimating time left")
        seconds = int(round(seconds))
        if seconds >= 60:
            return self.tr("about {0} min {1} s left").format(seconds // 60, seconds % 60)
        return self.tr("about {0} s left").format(seconds)

    def _on_finished(self, end: RunEnd) -> None:
        self._cancelling = False
        self._last_end = end
        if end.status != "error":
            self.results.finish(end.failed_rows, end.alt_names)
            if not self.input.text().strip() and end.keys:
                self.input.set_text("\n".join(end.keys))  # a job resumed from the list after a restart
        self._show_end(end)
        self._update_buttons()
        self.reload_jobs()
        self.input.recount_now()
        if end.status != "error" and end.job_id is not None:
            self._remember_list(end.job_id)

    def _show_end(self, end: RunEnd) -> None:
        self.progress.show()
        if end.status == "error":
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress_label.setText(self.tr("The run could not be started."))
            self.show_message(end.fatal_message or "")
            return
        self.progress.setRange(0, max(1, end.total))
        self.progress.setValue(end.done + end.failed)
        if end.pending:
            text = self.tr(
                "Stopped: {0} of {1} entries answered, {2} failed, {3} remaining · API calls: {4}. "
                "Resume continues where it stopped."
            )
        elif end.failed:
            text = self.tr("Finished: {0} of {1} entries answered, {2} failed · API calls: {4}.")
        else:
            text = self.tr("Finished: {0} of {1} entries answered · API calls: {4}.")
        self.progress_label.setText(text.format(end.done, end.total, end.failed, end.pending, end.calls))
        self.show_message(end.fatal_message or "")

    def _update_buttons(self) -> None:
        busy = self.runner.busy
        end = self._last_end
        self.classify_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy and not self._cancelling)
        can_resume = not busy and end is not None and end.job_id is not None and end.status != "error"
        self.resume_button.setVisible(bool(can_resume and end.pending))
        self.retry_button.setVisible(bool(can_resume and not end.pending and end.failed))
        self.jobs_button.setEnabled(not busy)
        self.recent_button.setEnabled(not busy)

    def add_patent(self, patent: str) -> None:
        """Put a patent in the list (once) for the user to classify (from another tab): nothing is sent."""
        lines = self.input.text().splitlines()
        if patent.upper() not in (line.strip().upper() for line in lines):
            kept = [line for line in lines if line.strip()]
            self.input.set_text("\n".join([*kept, patent]))
        self.input.recount_now()

    # --- job list -------------------------------------------------------------------------------------
    def reload_jobs(self) -> None:
        self.runner.reload_jobs()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.jobs_button and event.type() == QEvent.Type.FocusIn:
            self.runner.jobs_wanted()  # keyboard: read the list before the menu is opened
        return super().eventFilter(watched, event)

    def _fill_jobs_menu(self) -> None:
        self._show_jobs(self.runner.jobs_now())

    def _jobs_arrived(self) -> None:
        if self._jobs_reading:  # the menu said "Reading…": fill it now (while open, or for its next showing)
            self._show_jobs(self.runner.jobs)

    def _show_jobs(self, jobs: list | None) -> None:
        self.jobs_menu.clear()
        self._jobs_reading = jobs is None
        if jobs is None:  # still being read on a worker: the open menu fills in when the list arrives
            action = self.jobs_menu.addAction(self.tr("Reading the jobs…"))
            action.setEnabled(False)
            return
        if not jobs:
            action = self.jobs_menu.addAction(self.tr("No stopped jobs"))
            action.setEnabled(False)
        for job in jobs:
            when = format_datetime(job.updated_at)
            label = self.tr("Job {0} · patents: {1} · {2} left, {3} failed · {4} · {5}").format(
                job.id, job.total, job.pending, job.failed, job.params.get("lang", "en"), when
            )
            action = self.jobs_menu.addAction(label)
            action.triggered.connect(lambda _checked=False, j=job.id: self.resume(j))

    # --- continuity: the last list and the recent lists, reopened from the store ------------------------
    def restore_last_list(self) -> None:
        """Show the last classified list and its results as they were left, from the store (no call). Once, when
        the first profile is installed; after a profile switch again, unless a run or a typed list is in the way."""
        if self._restored and (self.runner.busy or self.input.text().strip()):
            return
        self._restored = True
        settings = getattr(self.context, "settings", None)
        if settings is None or settings.value(LAST_LIST_SETTING, False, type=bool) is not True:
            return  # no list was ever kept: the store is not opened for it (start-up stays light)
        store_of, lang = self.context.store, self.context.api_lang()
        self.context.tasks.run(
            "last list",
            lambda ctx: _read_list(store_of, None, lang),
            owner=self,
            on_result=self._show_stored,
            show=False,
        )

    def reopen_list(self, job_id: int) -> None:
        """Reopen an earlier classified list (Recent lists) from the store, without any call."""
        if self.runner.busy:
            return
        store_of, lang = self.context.store, self.context.api_lang()

        def shown(result) -> None:
            if result is not None:
                self._show_stored(result)
                self._remember_list(job_id)

        self.context.tasks.run(
            "reopen list",
            lambda ctx: _read_list(store_of, job_id, lang),
            owner=self,
            on_result=shown,
            on_error=self.show_message,
            show=False,
        )

    def _show_stored(self, result) -> None:
        """Show a list read by ``_read_list``: its entries, language, table and chart."""
        if result is None or self.runner.busy:
            return
        stored, dist = result
        index = self.lang_combo.findData(stored.lang)
        if index >= 0:
            self.lang_combo.setCurrentIndex(index)
        self.input.set_text(stored.text)  # as entered: the same counts, invalid and duplicate lines
        self.results.reset_rows(stored.rows, dist, stored.with_biblio)
        self.results.finish(stored.failed_rows, stored.alt_names)
        job = stored.job
        self.runner.job_id, self.runner.lang = job.id, stored.lang
        self._last_end = RunEnd(
            job.id, job.status, job.total, job.done, job.failed, job.pending, keys=list(stored.keys)
        )
        self._reopened = True
        self.planned_from_store = stored.from_store
        self._show_reopened(self._last_end)
        self._update_buttons()
        self.input.recount_now()

    def _show_reopened(self, end: RunEnd) -> None:
        self.progress.show()
        self.progress.setRange(0, max(1, end.total))
        self.progress.setValue(end.done + end.failed)
        self.progress_label.setText(
            self.tr(
                "Reopened from the store: {0} of {1} entries answered, {2} failed, {3} remaining · no API call."
            ).format(end.done, end.total, end.failed, end.pending)
        )
        self.show_message("")

    def _remember_list(self, job_id: int) -> None:
        """Keep ``job_id`` as the last list (in the store, on a worker) and read the recent lists again."""
        store_of = self.context.store

        def write(ctx) -> None:
            store = store_of()
            if store is not None and not store.read_only:  # a read-only store is browsed, not written
                store.state.set_state(LAST_LIST_STATE, job_id)

        def written(_none) -> None:
            settings = getattr(self.context, "settings", None)
            if settings is not None:
                settings.setValue(LAST_LIST_SETTING, True)
            self.recent_button.reload()

        self.context.tasks.run("remember list", write, owner=self, on_result=written, show=False)

    # --- files ----------------------------------------------------------------------------------------
    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a patent list"),
            "",
            self.tr("Patent lists (*.txt *.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Read the file on a worker (the one table reader); ask for the column when there are several."""

        def read(ctx):
            from ipdesk.services.tables import patent_score, read_table

            return read_table(path, score=patent_score)

        def loaded(table) -> None:
            column = self.input.pick_column(table)
            if column is not None:
                self.input.set_text(table.text_of(column))
                self.input.recount_now()

        self.context.tasks.run(
            self.tr("Open file"),
            read,
            owner=self,
            on_result=loaded,
            on_error=self.show_message,
            show=False,
        )


def _read_list(store_of, job_id: int | None, lang: str):
    """(StoredList, its chart Distribution) of job ``job_id`` (None: the last list kept) from the store
    ``store_of()`` alone, or None (blocking, for a worker; no client, no call)."""
    store = store_of()
    if store is None:
        return None
    if job_id is None:
        job_id = store.state.get_state(LAST_LIST_STATE)
        if not isinstance(job_id, int):
            return None
    from ipdesk.services.classify import stored_list
    from ipdesk.ui.classify.chart import Distribution

    stored = stored_list(store, job_id, lang)
    if stored is None:
        return None
    dist = Distribution()
    dist.add_rows(stored.rows)
    return stored, dist
