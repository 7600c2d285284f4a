"""Painting a laid-out report on a device: a PDF writer or a printer (every page, ``print_report``) and page
images for the preview (``render_page``, ``render_pages``). QtGui only: safe on a worker thread (QImage, never
QPixmap). A page is scaled to fit the device's paintable area, so a printer's other paper size still shows whole
pages."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter

from ipdesk.documents.fonts import ReportFonts
from ipdesk.documents.layout import Canceller, Layout, Paged
from ipdesk.documents.text import PAGE_H, PAGE_W
from ipdesk.services.reports.model import Report

Progress = Callable[[int, int], None]
LAYOUT_SHARE = 20  # of 100: laying out; the rest is painting the pages


def layout(
    report: Report, *, cancel: threading.Event | None = None, progress: Progress | None = None
) -> Paged:
    """The report on pages (measured, not painted). ``progress(done, total)`` counts blocks."""
    return Layout(report, cancel, progress).run()


def a4_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
    )


def paint_document(
    paged: Paged,
    device: QPagedPaintDevice,
    *,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    pages: range | None = None,
) -> None:
    """The pages of ``paged`` (all, or the indexes in ``pages``) on ``device`` (a QPdfWriter or a QPrinter, set
    up by the caller), one ``newPage`` between pages. ``progress(done, count)``."""
    stop = Canceller(cancel)
    fonts = ReportFonts(paged.report.lang, device.logicalDpiY())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the page device could not be opened")
    try:
        scale = min(device.width() / PAGE_W, device.height() / PAGE_H)
        chosen = [
            i for i in (pages if pages is not None else range(paged.page_count)) if 0 <= i < paged.page_count
        ]
        for done, index in enumerate(chosen):
            stop.check()
            if done:
                device.newPage()
            painter.resetTransform()
            painter.scale(scale, scale)
            paged.paint_page(painter, index, fonts)
            if progress is not None:
                progress(done + 1, len(chosen))
    finally:
        painter.end()


def render_page(paged: Paged, index: int, dpi: float) -> QImage:
    """Page ``index`` as an image at ``dpi`` (white paper)."""
    scale = dpi / 72.0
    image = QImage(round(PAGE_W * scale), round(PAGE_H * scale), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        paged.paint_page(painter, index, ReportFonts(paged.report.lang, dpi))
    finally:
        painter.end()
    return image


def render_pages(
    report: Report, dpi: float, *, cancel: threading.Event | None = None, progress: Progress | None = None
) -> list[QImage]:
    """Every page as an image (for short reports and tests; the dialog renders the pages it shows)."""
    paged = layout(report, cancel=cancel)
    stop = Canceller(cancel)
    images = []
    for index in range(paged.page_count):
        stop.check()
        images.append(render_page(paged, index, dpi))
        if progress is not None:
            progress(index + 1, paged.page_count)
    return images


def print_report(
    paged: Paged,
    printer: QPagedPaintDevice,
    *,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> None:
    """A laid-out report on a printer the user chose (QPrinter from the print dialog, or one with a PDF output
    file): the pages the print dialog's range names, on its paper (scaled to fit)."""
    paint_document(paged, printer, cancel=cancel, progress=progress)


def phased(progress: Progress | None, start: int, share: int) -> Progress | None:
    """A ``progress(done, total)`` of one phase, reported as part of 0..100 (``share`` points from ``start``)."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(start + (share * done // total if total else 0), 100)

    return report
