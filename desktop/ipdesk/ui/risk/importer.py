"""Watchlist import from CSV/XLSX (the user picks the column) and the report/history rows for export."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from ipdesk.api.models import RISK_COUNT_FIELDS, RISK_EVENT_FIELDS, RiskCounts
from ipdesk.services.companies import classify_company
from ipdesk.services.risk import FLAGS, POSITIVE_FIELDS, flag_values, risk_score
from ipdesk.ui.widgets.dialogs import dialog_buttons

Table = tuple[list[str], list[list[str]]]  # header, rows

PREVIEW_ROWS = 8


def read_table(path: str | Path) -> Table:
    """Header and rows of a CSV (UTF-8 with or without BOM, or GB18030) or the first sheet of an XLSX."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            values = [
                ["" if v is None else str(v).strip() for v in row]
                for row in book.active.iter_rows(values_only=True)
            ]
        finally:
            book.close()
    else:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        values = [[cell.strip() for cell in row] for row in csv.reader(text.splitlines())]
    values = [row for row in values if any(row)]
    if not values:
        return [], []
    width = max(len(row) for row in values)
    values = [row + [""] * (width - len(row)) for row in values]
    return values[0], values[1:]


def guess_column(table: Table) -> int:
    """The column most of whose cells look like credit or organisation codes, else the first one."""
    header, rows = table
    best, best_score = 0, -1
    for col in range(len(header)):
        cells = [row[col] for row in rows[:50] if row[col]]
        score = sum(classify_company(cell).kind != "company_name" for cell in cells)
        if score > best_score:
            best, best_score = col, score
    return best


class ColumnDialog(QDialog):
    """Pick the column holding the company identifiers (with a preview of its first cells)."""

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskImportColumnDialog")
        self.table = table
        header, _rows = table
        self.setWindowTitle(self.tr("Import companies"))
        self.setAccessibleName(self.tr("Import companies"))
        label = QLabel(self.tr("Which column holds the company names or codes?"), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("riskImportColumnCombo")
        self.combo.setAccessibleName(self.tr("Column"))
        for i, name in enumerate(header):
            self.combo.addItem(name or self.tr("Column %1").replace("%1", str(i + 1)), i)
        label.setBuddy(self.combo)
        self.preview = QListWidget(self)
        self.preview.setObjectName("riskImportPreview")
        self.preview.setAccessibleName(self.tr("First values of the column"))
        buttons = dialog_buttons(
            self,
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            "riskImportButtons",
        )
        layout = QVBoxLayout(self)
        for widget in (label, self.combo, self.preview, buttons):
            layout.addWidget(widget)
        self.combo.currentIndexChanged.connect(self._preview)
        self.combo.setCurrentIndex(guess_column(table))
        self._preview()

    def column(self) -> int:
        return int(self.combo.currentData())

    def _preview(self, *_: object) -> None:
        self.preview.clear()
        col = self.column()
        self.preview.addItems([row[col] for row in self.table[1][:PREVIEW_ROWS] if row[col]])


def column_values(table: Table, column: int) -> list[str]:
    return [row[column] for row in table[1] if column < len(row) and row[column].strip()]


# -- export rows ------------------------------------------------------------------------------------------------
def report_row(row) -> dict[str, object]:
    """One watchlist row as a flat record: figures (None = unknown), flags, score, current counts."""
    company = row.company
    record: dict[str, object] = {
        "company": row.name,
        "identifier_kind": company.kind,
        "identifier": company.value,
        "last_refreshed": company.last_refreshed.isoformat(timespec="seconds")
        if company.last_refreshed
        else None,
        "tags": ", ".join(company.tags),
        "note": company.note,
    }
    trend = row.trend
    flags = flag_values(trend) if trend is not None else {}
    record["risk_score"] = risk_score(trend) if trend is not None else None
    record["flags"] = ", ".join(f for f in FLAGS if (flags.get(f) or 0) > 0)
    record["new_since_last_check"] = "yes" if company.flags_new else ""
    for flag in FLAGS:
        record[f"{flag}_growth"] = flags.get(flag)
    for name in POSITIVE_FIELDS:
        record[name] = trend.count_growth.get(name) if trend is not None else None
    current = row.current
    for name in RISK_COUNT_FIELDS:
        record[f"current_{name}"] = current.patent_count.get(name) if current is not None else None
    for name in RISK_EVENT_FIELDS:
        record[f"current_{name}_events"] = current.event_count.get(name) if current is not None else None
    record["error"] = row.error.message("en") if row.error is not None else ""
    return record


def history_rows(points: list[tuple[date, RiskCounts]]) -> list[dict[str, object]]:
    out = []
    for day, counts in sorted(points, key=lambda p: p[0]):
        record: dict[str, object] = {"date": day.isoformat()}
        record.update({name: counts.patent_count.get(name) for name in RISK_COUNT_FIELDS})
        record.update({f"{name}_events": counts.event_count.get(name) for name in RISK_EVENT_FIELDS})
        out.append(record)
    return out
