"""A delegate that draws the risk flags of a watchlist row as coloured badges.

Raised flags (growth > 0) are filled badges in the flag's colour with "+growth"; a flag whose figure is unknown
is an outlined grey badge with "?"; a row not refreshed yet shows "—". A row with flags new since the last check
starts with a "NEW" badge.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ipdesk.services.risk import FLAGS
from ipdesk.ui.risk.model import FLAGS_ROLE, NEW_ROLE, UNKNOWN, flag_short

FLAG_COLOURS = {
    "pledge": QColor("#d35400"),
    "litigation_defendant": QColor("#c0392b"),
    "reexam": QColor("#8e44ad"),
    "transfer_out": QColor("#1f618d"),
    "rejected": QColor("#7d6608"),
}
NEW_COLOUR = QColor("#138d75")
UNKNOWN_COLOUR = QColor("#909497")
PAD_X, GAP, RADIUS = 5, 4, 4


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
        for text, colour, filled in badges:
            width = metrics.horizontalAdvance(text) + 2 * PAD_X
            if x + width > opt.rect.right():
                break
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
        if not_refreshed:
            group = QPalette.ColorGroup.Normal
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRect(x, opt.rect.top(), max(0, opt.rect.right() - x), opt.rect.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                UNKNOWN,
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        badges, _ = self._badges(index)
        width = sum(metrics.horizontalAdvance(t) + 2 * PAD_X + GAP for t, _c, _f in badges) + 8
        return QSize(max(width, 40), metrics.height() + 8)
