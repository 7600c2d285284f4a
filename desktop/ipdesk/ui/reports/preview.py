"""The report dialog's preview: one page at a time, scrollable, with Previous/Next and "Page x of y". Pages are
painted as images on a worker (``documents.render.render_page``) when first shown and kept; the GUI thread only
turns the image into a pixmap."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

PREVIEW_DPI = 80  # about the width of the dialog's preview at 100 % scaling


class PagePreview(QWidget):
    pageRequested = Signal(int)  # a page index not painted yet: the dialog paints it on a worker

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.pages = 0
        self.index = 0
        self.images: dict[int, QImage] = {}
        self.page_label = QLabel(self)
        self.page_label.setObjectName("reportPreviewPage")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("reportPreviewScroll")
        self.scroll.setWidget(self.page_label)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button = QPushButton(self)
        self.previous_button.setObjectName("reportPreviousPage")
        self.previous_button.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("reportNextPage")
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        self.position = QLabel(self)
        self.position.setObjectName("reportPagePosition")
        nav = QHBoxLayout()
        nav.addStretch(1)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.position)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(nav)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.previous_button.setText(self.tr("◀ Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self._update_position()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def reset(self, pages: int, first: QImage | None = None) -> None:
        """A new report: ``pages`` pages, the first one's image if painted already."""
        self.pages = pages
        self.images = {} if first is None else {0: first}
        self.index = 0
        self.show_page(0)

    def clear(self) -> None:
        self.pages = 0
        self.images = {}
        self.page_label.clear()
        self._update_position()

    def show_page(self, index: int) -> None:
        if not self.pages:
            return
        self.index = max(0, min(index, self.pages - 1))
        image = self.images.get(self.index)
        if image is None:
            self.page_label.clear()
            self.pageRequested.emit(self.index)
        else:
            self.page_label.setPixmap(QPixmap.fromImage(image))
        self._update_position()

    def set_image(self, index: int, image: QImage) -> None:
        self.images[index] = image
        if index == self.index:
            self.page_label.setPixmap(QPixmap.fromImage(image))

    def _update_position(self) -> None:
        if self.pages:
            self.position.setText(self.tr("Page {0} of {1}").format(self.index + 1, self.pages))
        else:
            self.position.setText("")
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < self.pages)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_PageDown:
            self.show_page(self.index + 1)
        elif event.key() == Qt.Key.Key_PageUp:
            self.show_page(self.index - 1)
        else:
            super().keyPressEvent(event)
