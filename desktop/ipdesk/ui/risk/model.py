"""The watchlist table model (one row per watched company) and its sort/filter proxy.

Unknown figures ('-', null, missing, or not refreshed yet) are shown as "—" with an "unknown" tooltip and sort
below every known figure; they are never shown as 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ipdesk.api.errors import ApiError, CompanyNotFoundError
from ipdesk.api.models import RiskCounts, RiskTrend
from ipdesk.services.risk import FLAGS, flag_values, risk_score
from ipdesk.services.store.watchlist import WatchedCompany
from ipdesk.services.watchlist import watch_name
from ipdesk.ui.core.dates import format_datetime

UNKNOWN = "—"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 2  # dict flag -> growth | None, or None when not refreshed
NEW_ROLE = Qt.ItemDataRole.UserRole + 3  # bool: "new since last check"
ROW_ROLE = Qt.ItemDataRole.UserRole + 4  # the WatchRow

(COMPANY, IDENTIFIER, REFRESHED, FLAGS_COL, SCORE, APPS, GRANTED) = range(7)
FLAG_COLS = {flag: 7 + i for i, flag in enumerate(FLAGS)}
TAGS = 7 + len(FLAGS)
STATUS = TAGS + 1
COLUMN_COUNT = STATUS + 1
POSITIVE = {APPS: "apno_cnt_growth", GRANTED: "granted_invention_cnt_growth"}
NUMERIC = {SCORE, APPS, GRANTED, *FLAG_COLS.values()}


FLAG_LABELS = {
    "pledge": QT_TRANSLATE_NOOP("RiskModel", "New pledges"),
    "litigation_defendant": QT_TRANSLATE_NOOP("RiskModel", "Litigation as defendant"),
    "reexam": QT_TRANSLATE_NOOP("RiskModel", "Invalidation requests"),
    "transfer_out": QT_TRANSLATE_NOOP("RiskModel", "Transfers out"),
    "rejected": QT_TRANSLATE_NOOP("RiskModel", "Rejections"),
}
FLAG_SHORT = {
    "pledge": QT_TRANSLATE_NOOP("RiskModel", "Pledge"),
    "litigation_defendant": QT_TRANSLATE_NOOP("RiskModel", "Defendant"),
    "reexam": QT_TRANSLATE_NOOP("RiskModel", "Invalidation"),
    "transfer_out": QT_TRANSLATE_NOOP("RiskModel", "Transfer out"),
    "rejected": QT_TRANSLATE_NOOP("RiskModel", "Rejected"),
}
KIND_LABELS = {
    "credit_code": QT_TRANSLATE_NOOP("RiskModel", "Credit code"),
    "org_number": QT_TRANSLATE_NOOP("RiskModel", "Organisation code"),
    "company_name": QT_TRANSLATE_NOOP("RiskModel", "Name"),
}


def flag_label(flag: str) -> str:
    return QCoreApplication.translate("RiskModel", FLAG_LABELS[flag])


def flag_short(flag: str) -> str:
    return QCoreApplication.translate("RiskModel", FLAG_SHORT[flag])


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("RiskModel", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def headers() -> list[str]:
    names = [
        QCoreApplication.translate("RiskModel", "Company"),
        QCoreApplication.translate("RiskModel", "Identifier"),
        QCoreApplication.translate("RiskModel", "Last refreshed"),
        QCoreApplication.translate("RiskModel", "Risk flags"),
        QCoreApplication.translate("RiskModel", "Risk score"),
    ]
    names += [
        QCoreApplication.translate("RiskModel", "Applications growth"),
        QCoreApplication.translate("RiskModel", "Granted inventions growth"),
    ]
    names += [flag_label(flag) for flag in FLAGS]
    return [
        *names,
        QCoreApplication.translate("RiskModel", "Tags"),
        QCoreApplication.translate("RiskModel", "Status"),
    ]


def error_text(error: ApiError, kind: str, lang: str) -> str:
    if isinstance(error, CompanyNotFoundError):
        text = QCoreApplication.translate("RiskModel", "Company not found in PatSnap data.")
        if kind != "credit_code":
            text += " " + QCoreApplication.translate("RiskModel", "Try the unified social credit code.")
        return text
    return error.message(lang)


def failure_text(error: ApiError, kind: str, lang: str) -> str:
    """What a row whose last refresh failed says in place of its flags and in its status."""
    return QCoreApplication.translate("RiskModel", "Refresh failed: %1").replace(
        "%1", error_text(error, kind, lang)
    )


@dataclass
class WatchRow:
    company: WatchedCompany
    trend: RiskTrend | None = None
    current: RiskCounts | None = None
    error: ApiError | None = None

    @property
    def key(self) -> str:
        return self.company.key

    @property
    def name(self) -> str:
        return watch_name(self.company, self.trend)

    def flags(self) -> dict[str, int | None] | None:
        return flag_values(self.trend) if self.trend is not None else None

    def raised(self) -> set[str]:
        return {f for f, v in (self.flags() or {}).items() if v is not None and v > 0}

    def score(self) -> int | None:
        return risk_score(self.trend) if self.trend is not None else None

    def figure(self, column: int) -> int | None:
        if self.trend is None:
            return None
        if column in POSITIVE:
            return self.trend.count_growth.get(POSITIVE[column])
        if column == SCORE:
            return self.score()
        for flag, col in FLAG_COLS.items():
            if col == column:
                return (self.flags() or {}).get(flag)
        return None


class WatchlistModel(QAbstractTableModel):
    def __init__(self, parent=None, lang=lambda: "en") -> None:
        super().__init__(parent)
        self._rows: list[WatchRow] = []
        self._by_key: dict[str, int] = {}
        self._headers = headers()
        self._lang = lang

    # -- content ------------------------------------------------------------------------------------------------
    def rows(self) -> list[WatchRow]:
        return list(self._rows)

    def row_for(self, key: str) -> WatchRow | None:
        index = self._by_key.get(key)
        return None if index is None else self._rows[index]

    def row_index(self, key: str) -> int | None:
        return self._by_key.get(key)

    def set_rows(self, rows: Iterable[WatchRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._by_key = {row.key: i for i, row in enumerate(self._rows)}
        self.endResetModel()

    def append_rows(self, rows: list[WatchRow]) -> None:
        """Append rows whose keys are not in the model yet (one insertion)."""
        rows = [r for r in dict((r.key, r) for r in rows).values() if r.key not in self._by_key]
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        for i, row in enumerate(rows, start=first):
            self._rows.append(row)
            self._by_key[row.key] = i
        self.endInsertRows()

    def upsert(self, row: WatchRow) -> None:
        index = self._by_key.get(row.key)
        if index is None:
            position = len(self._rows)
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.append(row)
            self._by_key[row.key] = position
            self.endInsertRows()
        else:
            self._rows[index] = row
            self.dataChanged.emit(self.index(index, 0), self.index(index, COLUMN_COUNT - 1))

    def update(self, key: str, **fields) -> None:
        """Change fields of a row (trend, current, error, company) and redraw it."""
        index = self._by_key.get(key)
        if index is None:
            return
        row = self._rows[index]
        for name, value in fields.items():
            setattr(row, name, value)
        self.dataChanged.emit(self.index(index, 0), self.index(index, COLUMN_COUNT - 1))

    def update_many(self, changes: dict[str, dict]) -> None:
        """Change many rows at once (key -> fields) with a single redraw."""
        touched = False
        for key, fields in changes.items():
            index = self._by_key.get(key)
            if index is not None:
                for name, value in fields.items():
                    setattr(self._rows[index], name, value)
                touched = True
        if touched:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def remove(self, key: str) -> None:
        index = self._by_key.get(key)
        if index is None:
            return
        self.beginRemoveRows(QModelIndex(), index, index)
        del self._rows[index]
        self._by_key = {row.key: i for i, row in enumerate(self._rows)}
        self.endRemoveRows()

    def retranslate(self) -> None:
        self._headers = headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    # -- Qt model -----------------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == SCORE:
                return QCoreApplication.translate(
                    "RiskModel",
                    "Risk score: 3 × (litigation as defendant + invalidation requests growth) "
                    "+ 2 × (new pledges + transfers out growth) + 1 × rejections growth.",
                )
            if section in (APPS, GRANTED):
                return QCoreApplication.translate(
                    "RiskModel", "Positive signal: growth since the previous release."
                )
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == NEW_ROLE:
            return row.company.flags_new
        if role == FLAGS_ROLE:
            return row.flags()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == COMPANY and row.company.flags_new:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, column) or self._tooltip(row, column)
        return None

    def _display(self, row: WatchRow, column: int) -> str:
        if column == COMPANY:
            return ("● " if row.company.flags_new else "") + row.name
        if column == IDENTIFIER:
            return row.company.value
        if column == REFRESHED:
            when = row.company.last_refreshed
            if when is None:
                return UNKNOWN
            return format_datetime(when)
        if column == FLAGS_COL:
            if row.trend is None:
                return (
                    UNKNOWN if row.error is None else failure_text(row.error, row.company.kind, self._lang())
                )
            return ", ".join(flag_short(f) for f in FLAGS if f in row.raised())
        if column in NUMERIC:
            value = row.figure(column)
            if value is None:
                return UNKNOWN
            return f"{value:+d}" if column != SCORE and value else str(value)
        if column == TAGS:
            return ", ".join(row.company.tags)
        if column == STATUS:
            if row.error is not None:
                return error_text(row.error, row.company.kind, self._lang())
            if row.company.flags_new:
                return QCoreApplication.translate("RiskModel", "New since last check")
            return (
                "" if row.trend is not None else QCoreApplication.translate("RiskModel", "Not refreshed yet")
            )
        return ""

    def _tooltip(self, row: WatchRow, column: int) -> str:
        if column == COMPANY:
            lines = [row.name]
            if row.company.flags_new:
                lines.append(
                    QCoreApplication.translate("RiskModel", "New since last check: flags appeared or grew.")
                )
            if row.company.note:
                lines.append(row.company.note)
            return "\n".join(lines)
        if column == IDENTIFIER:
            return kind_label(row.company.kind)
        if column == FLAGS_COL:
            flags = row.flags()
            if flags is None and row.error is not None:
                return failure_text(row.error, row.company.kind, self._lang())
            if flags is None:
                return QCoreApplication.translate("RiskModel", "Not refreshed yet")
            parts = []
            for flag in FLAGS:
                value = flags.get(flag)
                shown = QCoreApplication.translate("RiskModel", "unknown") if value is None else f"{value:+d}"
                parts.append(f"{flag_label(flag)}: {shown}")
            return "\n".join(parts)
        if column in NUMERIC or column == REFRESHED:
            if row.trend is None and column != REFRESHED:
                return QCoreApplication.translate("RiskModel", "unknown (not refreshed yet)")
            value = row.company.last_refreshed if column == REFRESHED else row.figure(column)
            return (
                QCoreApplication.translate("RiskModel", "unknown")
                if value is None
                else self._display(row, column)
            )
        if column == STATUS and row.error is not None:
            return error_text(row.error, row.company.kind, self._lang())
        return self._display(row, column)

    def _sort_value(self, row: WatchRow, column: int):
        if column == COMPANY:
            return row.name.casefold()
        if column == REFRESHED:
            when = row.company.last_refreshed
            return None if when is None else when.timestamp()
        if column == FLAGS_COL:
            return row.score()
        if column in NUMERIC:
            return row.figure(column)
        return self._display(row, column).casefold()
