"""A report as a PDF file: Qt's own PDF writer (vector text and charts, the fonts' used glyphs embedded).

``write_pdf(report, path, cancel=event, progress=fn)`` blocks: call it from a worker (the GUI's task runner, the
command line). The file is written whole or not at all (``services.files.atomic_output``)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter

from ipdesk.documents.layout import Paged
from ipdesk.documents.render import LAYOUT_SHARE, Progress, a4_layout, layout, paint_document, phased
from ipdesk.services.files import atomic_output
from ipdesk.services.reports.model import Report

RESOLUTION = 1200  # dots per inch of the writer's coordinates (text and lines stay vectors)


def pdf_bytes(
    paged: Paged, *, cancel: threading.Event | None = None, progress: Progress | None = None
) -> bytes:
    """The PDF of a laid-out report."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(a4_layout())
    writer.setTitle(paged.report.title)
    writer.setCreator("IP Desk")
    paint_document(paged, writer, cancel=cancel, progress=progress)
    del writer  # flushes the document's end into the buffer
    buffer.close()
    return bytes(data.data())


def write_pdf(
    report: Report, path, *, cancel: threading.Event | None = None, progress: Progress | None = None
) -> int:
    """Write ``report`` to ``path`` as PDF; returns the number of pages. ``cancel``: an event (the task's cancel
    event) that stops it (RenderCancelled; nothing is written); ``progress(done, 100)``."""
    paged = layout(report, cancel=cancel, progress=phased(progress, 0, LAYOUT_SHARE))
    return save_pdf(paged, path, cancel=cancel, progress=phased(progress, LAYOUT_SHARE, 100 - LAYOUT_SHARE))


def save_pdf(
    paged: Paged, path, *, cancel: threading.Event | None = None, progress: Progress | None = None
) -> int:
    """Write a laid-out report (the one the dialog previews) to ``path``; returns the number of pages."""
    data = pdf_bytes(paged, cancel=cancel, progress=progress)
    with atomic_output(path, "wb") as stream:
        stream.write(data)
    return paged.page_count
