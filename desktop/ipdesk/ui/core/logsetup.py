"""Logging for the GUI: a rotating file in data_dir()/logs (mode 0o600) with the api layer's redacting filter;
on stderr when that folder cannot be made or written (a read-only data folder must not stop the app).

Qt messages and uncaught exceptions (e.g. in slots) go to the same log instead of a console traceback.
The redacting filter is loaded with the first record (importing ipdesk.api pulls in requests, which the GUI
does not need before its window is shown); no record reaches the file unredacted.
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from ipdesk.services.paths import log_dir

LOG_FILENAME = "ipdesk.log"
HANDLER_NAME = "ipdesk-file"
_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


class LazyRedactingFilter(logging.Filter):
    """The api layer's RedactingFilter, imported when the first record arrives; it then also installs the
    filter on the root and library loggers (install_redaction), as setup_logging did before."""

    def __init__(self) -> None:
        super().__init__()
        self._real: logging.Filter | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        if self._real is None:
            from ipdesk.api.redact import RedactingFilter, install_redaction

            install_redaction(logging.getLogger("ipdesk"))  # library loggers (the root handler: this filter)
            _add_logger_filter(logging.getLogger(), RedactingFilter)
            self._real = RedactingFilter()
        return self._real.filter(record)


def _add_logger_filter(logger: logging.Logger, cls: type) -> None:
    if not any(isinstance(f, cls) for f in logger.filters):
        logger.addFilter(cls())


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files are created with mode 0o600 (owner only), whatever the umask."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115 - the handler's


def log_file() -> Path:
    return log_dir() / LOG_FILENAME


def _writable_log_file() -> Path | None:
    """The log file, if its folder exists or can be made and it can be written; else None."""
    try:
        path = log_file()
    except OSError:
        return None
    if path.exists():
        return path if os.access(path, os.W_OK) else None
    return path if os.access(path.parent, os.W_OK) else None


def setup_logging(level: int = logging.INFO, *, qt_messages: bool = True) -> Path | None:
    """Install the rotating file handler (replacing an earlier one of ours); returns the log file path, or None
    when the log folder cannot be written (the records then go to stderr)."""
    path = _writable_log_file()
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
    if path is None:  # no console at all (a windowed app on Windows): nowhere to write
        handler: logging.Handler = logging.StreamHandler(sys.stderr) if sys.stderr else logging.NullHandler()
    else:
        handler = PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
        )
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    handler.addFilter(LazyRedactingFilter())
    if qt_messages:
        _route_qt_messages()
        _log_uncaught()
    if path is None:
        logging.getLogger(__name__).warning("the log folder cannot be written: logging to stderr")
    return path


def _route_qt_messages() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind, _context, message) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def _uncaught(kind, value, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    logging.getLogger("ipdesk").error("uncaught exception", exc_info=(kind, value, tb))


def _log_uncaught() -> None:
    sys.excepthook = _uncaught
