"""The report dialog: title, language (independent of the UI's), format, "only the filtered rows", a preview, Save…
and Print…. Everything slow runs on the app's task runner: building the report (the tab's ``build``), laying it
out and painting the first page; each further preview page; writing the file; printing. Cancel stops the running
one. The laid-out report the preview shows is the one saved and printed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipdesk.services.reports.cover import Source
from ipdesk.services.reports.model import Report
from ipdesk.ui.reports.preview import PREVIEW_DPI, PagePreview

LANGS = (("en", "English"), ("zh", "中文"))  # a language's name in its own language
FORMATS = ("pdf", "xlsx")
REBUILD_DELAY_MS = 400  # typing a title rebuilds the preview once the typing pauses


@dataclass(frozen=True)
class ReportOptions:
    """What the user chose; the tab's build function makes the report from it (on a worker)."""

    title: str
    lang: str
    only_filtered: bool = False


Build = Callable[[ReportOptions], Report]  # blocking and Qt-free: runs on a worker


def report_source(context) -> Source:
    """Where the tab's data came from: the sandbox in demo mode, else the active profile's endpoint."""
    profile = getattr(context, "profile", None)
    if getattr(context, "demo", False) or profile is None:
        return Source(sample=True)
    return Source(profile.base_url, profile.name)


class ReportDialog(QDialog):
    generated = Signal(int)  # the preview's report is ready: its page count
    written = Signal(str)  # a file was saved (its path) or "" after printing

    def __init__(
        self,
        context,
        build: Build,
        *,
        default_title: str = "",
        filter_option: bool = False,
        note: Callable[[ReportOptions], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``build(options)`` makes the report on a worker; ``note(options)``, if given, is a line the tab adds
        under the options (in the UI language), e.g. that its data is in another language than the report."""
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setAttribute(
            Qt.WidgetAttribute.WA_DeleteOnClose
        )  # a laid-out report is large: gone with the dialog
        self.context = context
        self._build = build
        self._note = note
        self.report: Report | None = None
        self.paged = None  # documents.layout.Paged of the preview
        self.task = None  # the running task (generation, a page, saving or printing)
        self._page_tasks: dict[int, object] = {}
        self._printer: QPrinter | None = None  # kept alive while a print task paints on it
        self._print_when_ready = False
        self._ratio = 1.0  # the preview's device pixel ratio when its report was made

        self.title_edit = QLineEdit(default_title, self)
        self.title_edit.setObjectName("reportTitleEdit")
        self.lang_combo = QComboBox(self)
        self.lang_combo.setObjectName("reportLangCombo")
        for code, name in LANGS:
            self.lang_combo.addItem(name, code)
        ui_lang = context.language.api_lang() if getattr(context, "language", None) is not None else "en"
        self.lang_combo.setCurrentIndex(1 if ui_lang == "zh" else 0)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("reportFormatCombo")
        self.format_combo.addItems(["", ""])
        self.filter_check = QCheckBox(self)
        self.filter_check.setObjectName("reportFilteredCheck")
        self._filter_option = filter_option
        self.form = QFormLayout()
        self.title_label, self.lang_label, self.format_label = QLabel(self), QLabel(self), QLabel(self)
        self.form.addRow(self.title_label, self.title_edit)
        self.form.addRow(self.lang_label, self.lang_combo)
        self.form.addRow(self.format_label, self.format_combo)
        self.form.addRow("", self.filter_check)
        self.note = QLabel(self)
        self.note.setObjectName("reportNote")
        self.note.setWordWrap(True)
        self.form.addRow("", self.note)
        self.form.setRowVisible(self.filter_check, filter_option)  # a hidden row leaves no gap
        self.form.setRowVisible(self.note, False)
        self.title_label.setBuddy(self.title_edit)
        self.lang_label.setBuddy(self.lang_combo)
        self.format_label.setBuddy(self.format_combo)

        self.preview = PagePreview(self)
        self.preview.pageRequested.connect(self._paint_page)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 100)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("reportCancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("reportSaveButton")
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("reportPrintButton")
        self.print_button.clicked.connect(self.print_)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("reportCloseButton")
        self.close_button.clicked.connect(self.reject)
        self.save_button.setDefault(True)

        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.preview, 1)
        layout.addLayout(bar)
        layout.addLayout(buttons)

        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(REBUILD_DELAY_MS)
        self._rebuild_timer.timeout.connect(self.generate)
        self.title_edit.textEdited.connect(lambda _text: self._rebuild_timer.start())
        self.lang_combo.currentIndexChanged.connect(lambda _i: self.generate())
        self.filter_check.toggled.connect(lambda _on: self.generate())
        self._set_busy(False)
        self.retranslateUi()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """A tall dialog for a page, within the screen (1280x720 leaves about 650 pixels)."""
        screen = (self.parentWidget() or self).screen()
        room = screen.availableGeometry() if screen is not None else None
        height = 820 if room is None else min(820, room.height() - 60)
        self.resize(760, max(480, height))

    # -- texts ------------------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Report"))
        self.setAccessibleName(self.tr("Report"))
        self.title_label.setText(self.tr("&Title:"))
        self.lang_label.setText(self.tr("&Language:"))
        self.format_label.setText(self.tr("&Format:"))
        self.format_combo.setItemText(0, self.tr("PDF"))
        self.format_combo.setItemText(1, self.tr("Excel workbook"))
        self.filter_check.setText(self.tr("Only the &filtered rows"))
        self.filter_check.setToolTip(self.tr("The report covers only the rows the table's filter shows"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("&Save…"))
        self.print_button.setText(self.tr("&Print…"))
        self.close_button.setText(self.tr("Close"))
        self.title_edit.setAccessibleName(self.tr("Report title"))
        self.title_edit.setPlaceholderText(self.tr("The report's standard title"))
        self.lang_combo.setAccessibleName(self.tr("Report language"))
        self.format_combo.setAccessibleName(self.tr("File format"))
        self.progress.setAccessibleName(self.tr("Report progress"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- options ----------------------------------------------------------------------------------------------
    def options(self) -> ReportOptions:
        return ReportOptions(
            self.title_edit.text().strip(),
            self.lang_combo.currentData(),
            self._filter_option and self.filter_check.isChecked(),
        )

    def format(self) -> str:
        return FORMATS[max(0, self.format_combo.currentIndex())]

    # -- work -------------------------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        ready = not busy and self.paged is not None
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _run(self, name: str, work, on_result, *, status: str) -> None:
        self.cancel()
        self.progress.setValue(0)
        self.status.setText(status)
        self._set_busy(True)

        def finished(_state: str) -> None:
            self.task = None
            self._set_busy(False)

        self.task = self.context.tasks.run(
            name,
            work,
            owner=self,
            on_result=on_result,
            on_error=self._failed,
            on_progress=lambda done, total: self.progress.setValue(done * 100 // total if total else 0),
            on_cancelled=lambda: self.status.setText(self.tr("Cancelled.")),
            on_finished=finished,
        )

    def _failed(self, text: str) -> None:
        self.status.setText(text)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def generate(self) -> None:
        """Build the report with the current options, lay it out and paint its first page (on a worker, which
        also imports the renderer the first time: ~20 ms the GUI thread does not wait for)."""
        self._rebuild_timer.stop()
        self._drop_page_tasks()
        self.paged = None
        build, options = self._build, self.options()
        self.note.setText(self._note(options) if self._note is not None else "")
        self.form.setRowVisible(self.note, bool(self.note.text()))

        ratio = self._ratio = self.devicePixelRatioF()

        def work(ctx):
            from ipdesk.documents.render import LAYOUT_SHARE, layout, phased, render_page

            report = build(options)
            ctx.check()
            paged = layout(report, cancel=ctx.cancel_event, progress=phased(ctx.progress, LAYOUT_SHARE, 90))
            return report, paged, render_page(paged, 0, PREVIEW_DPI * ratio)

        self._run(self.tr("Report"), work, self._generated, status=self.tr("Making the report…"))

    def _generated(self, result) -> None:
        self.report, self.paged, first = result
        first.setDevicePixelRatio(self._ratio)
        self.preview.reset(self.paged.page_count, first)
        self.status.clear()  # the page count is beside the page buttons ("Page 1 of 12")
        self.generated.emit(self.paged.page_count)
        if self._print_when_ready:
            self._print_when_ready = False
            QTimer.singleShot(0, self.print_)

    def _paint_page(self, index: int) -> None:
        """A preview page not painted yet: painted on a worker (beside other work: no progress bar)."""
        from ipdesk.documents.render import render_page

        paged, ratio = self.paged, self._ratio
        if paged is None or index in self._page_tasks:
            return

        def shown(image: QImage) -> None:
            self._page_tasks.pop(index, None)
            if paged is self.paged:
                image.setDevicePixelRatio(ratio)
                self.preview.set_image(index, image)

        self._page_tasks[index] = self.context.tasks.run(
            self.tr("Report"),
            lambda ctx: render_page(paged, index, PREVIEW_DPI * ratio),
            owner=self,
            on_result=shown,
            on_error=self._failed,
            on_finished=lambda _state: self._page_tasks.pop(index, None),
            show=False,
        )

    def _drop_page_tasks(self) -> None:
        for task in list(self._page_tasks.values()):
            task.cancel()
        self._page_tasks.clear()

    # -- save and print ---------------------------------------------------------------------------------------
    def save(self) -> None:
        fmt = self.format()
        filters = {"pdf": self.tr("PDF document (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)")}
        name = "report." + fmt
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Save the report"), name, filters[fmt])
        if path:
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
            self.save_to(path, fmt)

    def save_to(self, path: str, fmt: str | None = None) -> None:
        """Write the previewed report to ``path`` (on a worker): PDF from its laid-out pages, or the workbook."""
        fmt = fmt or self.format()
        report, paged = self.report, self.paged
        if report is None or paged is None:
            return

        if fmt == "pdf":
            from ipdesk.documents.pdf import save_pdf

            def work(ctx):
                return save_pdf(paged, path, cancel=ctx.cancel_event, progress=ctx.progress)
        else:
            from ipdesk.services.reports.xlsx import write_report_xlsx

            def work(ctx):
                return write_report_xlsx(report, path)

        def done(_result) -> None:
            self.status.setText(self.tr("Saved to {0}").format(path))
            if hasattr(self.context, "message"):
                self.context.message.emit(self.tr("Report saved to {0}").format(path))
            self.written.emit(path)

        self._run(self.tr("Save the report"), work, done, status=self.tr("Saving…"))

    def print_(self) -> None:
        """The system print dialog; the chosen printer prints on a worker."""
        if self.paged is None:
            self._print_when_ready = True
            return
        from ipdesk.documents.render import a4_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
        printer.setDocName(self.paged.report.title)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.paged.page_count)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the previewed report on ``printer`` (a worker paints; the printer is kept until it is done)."""
        from ipdesk.documents.render import print_report

        paged = self.paged
        if paged is None:
            return
        self._printer = printer

        def done(_result) -> None:
            self._printer = None
            self.status.setText(self.tr("Sent to the printer."))
            self.written.emit("")

        self._run(
            self.tr("Print the report"),
            lambda ctx: print_report(paged, printer, cancel=ctx.cancel_event, progress=ctx.progress),
            done,
            status=self.tr("Printing…"),
        )

    def start(self, *, print_when_ready: bool = False) -> None:
        """Show the dialog and make the preview; with ``print_when_ready`` the print dialog follows (Ctrl+P)."""
        self._print_when_ready = print_when_ready
        self.open()
        QTimer.singleShot(0, self.generate)  # after the dialog's first paint: two short turns, not one long

    def done(self, result: int) -> None:
        self.cancel()
        self._drop_page_tasks()
        super().done(result)
