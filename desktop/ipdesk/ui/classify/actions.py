"""File/Edit menu actions of the Classification tab (the shell forwards them): export, copy, select all, find."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog

from ipdesk.ui.classify.export import export_table

# dialog filter -> format (the chart is a picture, the rest are table formats)
_FORMATS = ("csv", "xlsx", "json", "png")


class TabActionsMixin:
    """Needs ``self.results`` (ResultsPanel), ``self.context`` and ``show_message``."""

    def _filters(self) -> list[str]:
        return [
            self.tr("Table as CSV, UTF-8 (*.csv)"),
            self.tr("Table as Excel workbook (*.xlsx)"),
            self.tr("Table as JSON (*.json)"),
            self.tr("Chart as PNG image (*.png)"),
        ]

    def export(self) -> None:
        """Ask for a file and a format; the table's shown rows or the chart picture are written there."""
        filters = self._filters()
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export"), "classification.csv", ";;".join(filters)
        )
        if not path:
            return
        fmt = _FORMATS[filters.index(chosen)] if chosen in filters else "csv"
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        self.export_to(path, fmt)

    def export_to(self, path: str, fmt: str, on_done: Callable[[int], None] | None = None) -> None:
        """Write the shown rows (csv/xlsx/json, on a worker) or the chart (png)."""
        if fmt == "png":
            ok = self.results.chart.save_png(path)
            if not ok:
                self.show_message(self.tr("The chart could not be saved to {0}.").format(path))
            elif on_done is not None:
                on_done(1)
            return
        rows = self.results.shown_rows()
        with_biblio = self.results.model.has_biblio()
        note = None
        if getattr(self.context, "demo", False):  # sample data: the name says so, and the file where it can
            from ipdesk.services.export import sample_path

            path = sample_path(path)
            note = self.tr(
                "Sample data: these results come from IP Desk's built-in demo, not from PatSnap. "
                "Do not use them for analysis."
            )

        def done(count: int) -> None:
            if hasattr(self.context, "message"):
                self.context.message.emit(self.tr("Exported {0} rows to {1}").format(count, path))
            if on_done is not None:
                on_done(count)

        self.context.tasks.run(
            self.tr("Export"),
            lambda ctx: export_table(rows, path, fmt, note, with_biblio=with_biblio),
            owner=self,
            on_result=done,
            on_error=self.show_message,
        )

    def copy(self) -> None:
        if self.input.edit.hasFocus():
            self.input.edit.copy()
        else:
            self.results.copy()

    def select_all(self) -> None:
        if self.input.edit.hasFocus():
            self.input.edit.selectAll()
        else:
            self.results.select_all()

    def find(self) -> None:
        self.results.filter_edit.setFocus()
        self.results.filter_edit.selectAll()
