"""A one-line label that elides its text to the width it is given (the whole text in its tooltip when cut).

QLabel never elides: a long title or applicant list would either widen the window or wrap onto more lines. This
label asks for no width of its own (it takes what the layout leaves) and draws ``…`` where the text is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

ELIDE_SLACK = 4  # pixels


class ElidedLabel(QWidget):
    def __init__(
        self, parent: QWidget | None = None, *, elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight
    ):
        super().__init__(parent)
        self._text = ""
        self._tooltip = ""  # a tooltip of its own (else the whole text, when cut)
        self._elide = elide
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - the Qt spelling, like QLabel
        self._text = " ".join(text.split())  # one line
        self.setAccessibleDescription(self._text)
        self._update_tooltip()
        self.updateGeometry()  # the size hint is the whole text's
        self.update()

    def setToolTip(self, tip: str) -> None:  # noqa: N802
        self._tooltip = tip
        self._update_tooltip()

    def _shown(self) -> str:
        return self.fontMetrics().elidedText(self._text, self._elide, self.contentsRect().width())

    def is_elided(self) -> bool:
        return self._shown() != self._text

    def _update_tooltip(self) -> None:
        """The whole text when it is cut, then the label's own tooltip (if any)."""
        cut = self._text if self._text and self.is_elided() else ""
        super().setToolTip("\n\n".join(part for part in (cut, self._tooltip) if part))

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = (
            self.fontMetrics()
        )  # a few pixels more: eliding measures the shaped text, a hair wider at times
        return QSize(metrics.horizontalAdvance(self._text) + ELIDE_SLACK, metrics.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.fontMetrics().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_tooltip()

    def changeEvent(self, event) -> None:  # noqa: N802 - a new font changes the height and the cut
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
            self._update_tooltip()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self._shown(),
        )
