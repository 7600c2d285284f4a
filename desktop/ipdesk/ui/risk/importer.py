"""Watchlist import: the column dialog over a table read by ``services.tables`` (the user picks the column),
and the report/history rows for export."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from ipdesk.api.models import RISK_COUNT_FIELDS, RISK_EVENT_FIELDS, RiskCounts
from ipdesk.services.risk import FLAGS, POSITIVE_FIELDS, flag_values, risk_score
from ipdesk.ui.widgets.dialogs import dialog_buttons

if TYPE_CHECKING:
    from ipdesk.services.tables import Table

PREVIEW_ROWS = 8


class ColumnDialog(QDialog):
    """Pick the column holding the company identifiers (with a preview of its first cells)."""

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskImportColumnDialog")
        self.table = table
        self.setWindowTitle(self.tr("Import companies"))
        self.setAccessibleName(self.tr("Import companies"))
        label = QLabel(self.tr("Which column holds the company names or codes?"), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("riskImportColumnCombo")
        self.combo.setAccessibleName(self.tr("Column"))
        for i, name in enumerate(table.headers):
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
        from ipdesk.services.tables import company_score

        self.combo.setCurrentIndex(table.guess_column(company_score))
        self._preview()

    def column(self) -> int:
        return int(self.combo.currentData())

    def _preview(self, *_: object) -> None:
        self.preview.clear()
        self.preview.addItems(self.table.values(self.column())[:PREVIEW_ROWS])

    def values(self) -> list[str]:
        """The non-empty cells of the chosen column."""
        return self.table.values(self.column())


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
