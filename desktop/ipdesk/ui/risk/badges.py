"""A delegate that draws the risk flags of a watchlist row as coloured badges.

Raised flags (growth > 0) are filled badges in the flag's colour with "+growth"; a flag whose figure is unknown
is an outlined grey badge with "?"; a row not refreshed yet shows "—", one whose refresh failed "Refresh failed: …"
in red. A row with flags new since the last check starts with a "NEW" badge. When the column is narrower than
the badges, those that fit are drawn and a grey "+N" badge stands for the rest (the cell's tooltip lists all).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ipdesk.services.risk import FLAGS
from ipdesk.ui.risk.model import FLAGS_ROLE, NEW_ROLE, ROW_ROLE, UNKNOWN, flag_short

FLAG_COLOURS = {
    "pledge": QColor("#d35400"),
    "litigation_defendant": QColor("#c0392b"),
    "reexam": QColor("#8e44ad"),
    "transfer_out": QColor("#1f618d"),
    "rejected": QColor("#7d6608"),
}
NEW_COLOUR = QColor("#138d75")
UNKNOWN_COLOUR = QColor("#909497")
FAILED_COLOUR = QColor("#c62828")
PAD_X, GAP, RADIUS = 5, 4, 4


def fit_badges(widths: list[int], available: int, more_width) -> tuple[int, int]:
    """How many badges of these ``widths`` fit in ``available`` pixels, leaving room for a "+N" badge
    (``more_width(n)`` pixels) when some do not: (shown, hidden)."""
    if sum(w + GAP for w in widths) - GAP <= available:
        return len(widths), 0
    shown, used = 0, 0
    for width in widths:
        hidden = len(widths) - shown - 1
        if used + width + GAP + (more_width(hidden) if hidden else 0) > available:
            break
        used += width + GAP
        shown += 1
    return shown, len(widths) - shown


def badges_for(flags: dict[str, int | None] | None, new: bool) -> list[tuple[str, QColor, bool]]:
    """(text, colour, filled) for each badge of a row, in drawing order."""
    out: list[tuple[str, QColor, bool]] = []
    if new:
        out.append((QCoreApplication.translate("RiskBadges", "NEW"), NEW_COLOUR, True))
    if flags is None:
        return out
    for flag in FLAGS:
        value = flags.get(flag)
        if value is None:
            out.append((f"{flag_short(flag)} ?", UNKNOWN_COLOUR, False))
        elif value > 0:
            out.append((f"{flag_short(flag)} +{value}", FLAG_COLOURS[flag], True))
    return out


class FlagBadgeDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.drawn: dict[str, list[str]] = {}  # company key -> the badge texts last drawn (tests read it)

    def _badges(self, index) -> tuple[list[tuple[str, QColor, bool]], bool]:
        flags = index.data(FLAGS_ROLE)
        return badges_for(flags, bool(index.data(NEW_ROLE))), flags is None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        badges, not_refreshed = self._badges(index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(opt.font)
        height = min(opt.rect.height() - 4, metrics.height() + 4)
        x = opt.rect.left() + 3
        top = opt.rect.top() + (opt.rect.height() - height) // 2
        widths = [metrics.horizontalAdvance(text) + 2 * PAD_X for text, _c, _f in badges]

        def more_width(hidden: int) -> int:
            return metrics.horizontalAdvance(f"+{hidden}") + 2 * PAD_X

        shown, hidden = fit_badges(widths, opt.rect.width() - 6, more_width)
        drawn = badges[:shown]
        if hidden:
            drawn.append((f"+{hidden}", UNKNOWN_COLOUR, True))
        for text, colour, filled in drawn:
            width = metrics.horizontalAdvance(text) + 2 * PAD_X
            rect = QRectF(x, top, width, height)
            if filled:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(rect, RADIUS, RADIUS)
                painter.setPen(QColor("white"))
            else:
                painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
                painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + GAP
        key = index.data(ROW_ROLE).key
        self.drawn[key] = [text for text, _c, _f in drawn]
        if not_refreshed:
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or UNKNOWN)
            colour = opt.palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.PlaceholderText)
            painter.setPen(colour if text == UNKNOWN else FAILED_COLOUR)
            area = QRect(x, opt.rect.top(), max(0, opt.rect.right() - x), opt.rect.height())
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width()),
            )
            self.drawn[key].append(text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        badges, _ = self._badges(index)
        width = sum(metrics.horizontalAdvance(t) + 2 * PAD_X + GAP for t, _c, _f in badges) + 8
        return QSize(max(width, 40), metrics.height() + 8)
