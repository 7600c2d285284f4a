"""``ipdesk sandbox``: the built-in sandbox on loopback until Ctrl+C."""

from __future__ import annotations

import argparse

from ipdesk.cli.common import EXIT_OK, CliError, message_lang, say
from ipdesk.messages import t


def cmd_sandbox(args: argparse.Namespace) -> int:
    import threading

    from ipdesk.sandbox.credentials import DEMO_API_KEY, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
    from ipdesk.sandbox.server import SandboxServer

    try:
        server = SandboxServer(
            args.port, latency_ms=args.latency_ms, qps=args.qps, token_lifetime=args.token_lifetime
        ).start()
    except OSError as exc:
        raise CliError("cli.port_busy", port=args.port, reason=exc.strerror or exc) from None
    lang = message_lang()
    print(t("cli.sandbox_running", lang, url=server.base_url), flush=True)
    print(f"  client id:     {DEMO_CLIENT_ID}")
    print(f"  client secret: {DEMO_CLIENT_SECRET}")
    print(f"  API key:       {DEMO_API_KEY}")
    command = f"IPDESK_BASE_URL={server.base_url} PATSNAP_API_KEY={DEMO_API_KEY} ipdesk classify"
    print(t("cli.sandbox_example", lang, command=command), flush=True)
    say("cli.press_ctrl_c")
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
