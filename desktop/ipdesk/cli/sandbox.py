"""``ipdesk sandbox``: the built-in sandbox on loopback until Ctrl+C."""

from __future__ import annotations

import argparse

from ipdesk.cli.common import EXIT_OK, CliError, say


def cmd_sandbox(args: argparse.Namespace) -> int:
    import threading

    from ipdesk.sandbox.credentials import DEMO_API_KEY, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
    from ipdesk.sandbox.server import SandboxServer

    try:
        server = SandboxServer(
            args.port, latency_ms=args.latency_ms, qps=args.qps, token_lifetime=args.token_lifetime
        ).start()
    except OSError as exc:
        raise CliError(
            f"Cannot listen on 127.0.0.1 port {args.port}: {exc.strerror or exc}. Choose another port, or "
            f"--port 0 for any free one.",
            f"无法在 127.0.0.1 的端口 {args.port} 上监听：{exc.strerror or exc}。请换一个端口，或用 --port 0 "
            f"自动选择空闲端口。",
        ) from None
    print(f"IP Desk sandbox running at {server.base_url}", flush=True)
    print(f"  client id:     {DEMO_CLIENT_ID}")
    print(f"  client secret: {DEMO_CLIENT_SECRET}")
    print(f"  API key:       {DEMO_API_KEY}")
    print(
        f"  e.g. IPDESK_BASE_URL={server.base_url} PATSNAP_API_KEY={DEMO_API_KEY} ipdesk classify", flush=True
    )
    say("Press Ctrl+C to stop.", "按 Ctrl+C 停止。")
    stop = threading.Event()
    try:
        import signal

        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    except (ValueError, OSError):  # not the main thread
        pass
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return EXIT_OK
