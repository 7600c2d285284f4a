"""The sandbox of the GUI's demo mode, started by its first connection.

Demo mode needs the sandbox's address at once (the demo profile's base URL), not the server: its HTTP machinery
(http.server, which brings in OpenSSL through http.client) and the demo data are only needed once a request
comes, and many sessions make none. LazySandbox listens on a loopback port straight away; a waiting thread
starts the real SandboxServer on that same socket when the first connection arrives (the connection waits in
the listen backlog meanwhile, so the client sees nothing but a first answer a few milliseconds slower).
"""

from __future__ import annotations

import logging
import selectors
import socket
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipdesk.sandbox.server import SandboxServer

log = logging.getLogger(__name__)


class LazySandbox:
    """A listening loopback socket now; a SandboxServer on it from the first connection. Thread-safe."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._port = self._socket.getsockname()[1]
        self._wake_read, self._wake_write = socket.socketpair()
        self._lock = threading.Lock()
        self._server: SandboxServer | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._wait, name="ipdesk-sandbox-wait", daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    @property
    def server(self) -> SandboxServer | None:
        """The running SandboxServer, or None while no connection has come."""
        return self._server

    def __repr__(self) -> str:
        return f"LazySandbox({self.base_url}, started={self._server is not None})"

    def _wait(self) -> None:
        with selectors.DefaultSelector() as selector:  # not select.select: it fails on descriptors >= 1024
            selector.register(self._socket, selectors.EVENT_READ)
            selector.register(self._wake_read, selectors.EVENT_READ)
            try:
                selector.select()
            except (OSError, ValueError):  # closed under us by stop()
                if not self._stopped:
                    log.exception("the demo sandbox stopped waiting")
                return
        with self._lock:
            if self._stopped:
                return
            try:
                from ipdesk.sandbox.server import SandboxServer

                self._server = SandboxServer().start(listening=self._socket)
            except Exception:  # refuse connections from now on: a client fails at once, not after timeouts
                log.exception("the demo sandbox could not start")
                self._socket.close()

    def stop(self) -> None:
        """Stop the server if it started, else close the socket; idempotent."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
            server = self._server
        self._wake_write.send(b"x")
        self._thread.join(timeout=5)
        if server is not None:
            server.stop()  # closes the listening socket too
        else:
            self._socket.close()
        self._wake_read.close()
        self._wake_write.close()
